"""Both faces over the shipped questionnaire: a question the details answer is not asked, and an
answer that contradicts the details is raised and settled there."""

import argparse
import asyncio
import contextlib

from faces_support import TODAY, settle
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from test_plain_flow import DOWN, ENTER

from assessment.faces.plain.flow import run_plain
from assessment.faces.tui.app import make_app
from assessment.questionnaire.shipped import load_default
from assessment.records.store import Store

CTRL_C = "\x03"
# Name, type (3rd: agentschap), ministry (8th: IenW), organisation, function, process, status (4th:
# in use), acquisition (2nd: built in house), the four lifecycle dates (left empty), contact,
# interviewee, officer, date, the five register fields (left empty); read back: right.
DETAILS = ["Kompas\r", "3" + ENTER, "8" + ENTER, "RWS\r", "\r", "\r", "4" + ENTER, "2" + ENTER,
           *["\r"] * 8, *["\r"] * 5, ENTER]
YES, NO = "1" + ENTER, "2" + ENTER
# is_algorithm, ai_definition, system_type: first options; special situations: none (6th); the stage
# is not asked; the role: only "we use it" (contradicts "built in house").
NONE_SPECIAL = DOWN * 5 + " " + ENTER
TO_ROLES = [YES, YES, YES, NONE_SPECIAL, DOWN + " " + ENTER]


def plain_until_interrupted(tmp_path, keys) -> None:
    """Run `new --plain` with each prompt getting the next of `keys`, all of them used, the last a Ctrl-C."""
    args = argparse.Namespace(db=str(tmp_path / "a.json"), lang="nl", questionnaire=None, id=None, plain=True)
    with contextlib.ExitStack() as stack:
        def io():
            pipe = stack.enter_context(create_pipe_input())
            pipe.send_text(next(keys))
            return {"input": pipe, "output": DummyOutput()}

        assert run_plain(args, io=io, today=TODAY) == 130
    assert next(keys, None) is None


def stored(tmp_path):
    with Store.open(tmp_path / "a.json") as store:
        (summary,) = store.summaries()
        return store.get(summary.id)


def test_plain_does_not_ask_what_the_details_answer_and_raises_a_contradiction(tmp_path, capsys):
    keys = iter(DETAILS + TO_ROLES + ["2" + ENTER, CTRL_C])  # the contradiction: the answer holds
    plain_until_interrupted(tmp_path, keys)
    out = capsys.readouterr().out
    assert "In welke fase is het systeem?" not in out
    assert "Antwoord en gegevens spreken elkaar tegen" in out and "Herkomst = zelf gebouwd" in out
    record = stored(tmp_path)
    sources = {a.question_id: a.source for a in record.answers}
    assert sources["excl_pre_market"] == "intake" and sources["role_base"] == "override"
    assert (record.intake.ministry_id, record.intake.organisation_type) == ("ienw", "agentschap")


def full_screen(tmp_path):
    return make_app(db=str(tmp_path / "a.json"), loaded=load_default(), today=lambda: TODAY, blink=False,
                    export_dir=tmp_path / "out", start="new")


async def fill_details(pilot, acquisition):
    """A municipality's system in use, with `acquisition`; the form not yet saved."""
    await settle(pilot)
    for name, value in {"system_name": "Kompas", "organisation_type": "gemeente", "organisation": "Utrecht",
                        "status": "in_use", "acquisition": acquisition}.items():
        pilot.app.screen.query_one(f"#field-{name}").value = value
    await settle(pilot)


def test_full_screen_does_not_ask_what_the_details_answer_and_raises_a_contradiction(tmp_path):
    async def flow():
        from assessment.faces.tui.screens.conflict import ConflictScreen

        app = full_screen(tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await fill_details(pilot, "in_house")
            assert app.screen.query_one("#row-ministry").has_class("-hidden")  # a municipality has none
            await pilot.press("ctrl+s")
            await settle(pilot)
            for key in ["1", "1", "1", "6"]:  # yes, yes, AI system, no special situation
                await pilot.press(key, "enter")
                await settle(pilot)
            assert app.screen.question.id == "role_base"  # the stage came from the details
            await pilot.press("2", "enter")  # the role: only "we use it"
            await settle(pilot)
            assert isinstance(app.screen, ConflictScreen)
            await pilot.press("1")  # the details hold: the role is asked again
            await settle(pilot)
            assert app.screen.editing == "role_base"
            await pilot.press("1", "enter")  # add "we develop it"
            await settle(pilot)
            assert app.screen.session.conflicts() == []
            # The public-body question was answered by the organisation type.
            assert app.screen.session.walk.answer_to("public_body").source == "intake"
            assert app.screen.question.id not in ("public_body", "role_base")

    asyncio.run(flow())


def test_full_screen_raises_a_contradiction_made_by_changing_the_details(tmp_path):
    async def flow():
        from assessment.faces.tui.screens.conflict import ConflictScreen
        from assessment.faces.tui.screens.intake import IntakeScreen

        app = full_screen(tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await fill_details(pilot, "procured")
            await pilot.press("ctrl+s")
            await settle(pilot)
            for key in ["1", "1", "1", "6"]:
                await pilot.press(key, "enter")
                await settle(pilot)
            await pilot.press("2", "enter")  # the role: only "we use it" (fits "procured")
            await settle(pilot)
            assert not isinstance(app.screen, ConflictScreen)
            app.screen.action_intake()
            await settle(pilot)
            assert isinstance(app.screen, IntakeScreen)
            app.screen.query_one("#field-acquisition").value = "in_house"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, ConflictScreen)  # built in house, yet "we use it" only
            await pilot.press("2")  # the answer holds
            await settle(pilot)
            assert app.screen.session.walk.answer_to("role_base").source == "override"

    asyncio.run(flow())


def test_plain_keeping_an_answer_changes_the_details_and_asks_what_they_then_need(tmp_path, capsys):
    # Status "procured or planned" (1st), acquisition procured (4th): the stage is asked; "switched
    # off" contradicts it; the answer holds, so the status follows and the switch-off date is asked.
    planned = DETAILS[:6] + ["1" + ENTER, "4" + ENTER, *["\r"] * 6, *["\r"] * 5, ENTER]
    stage = [YES, YES, YES, NONE_SPECIAL, "4" + ENTER]
    keys = iter(planned + stage + ["2" + ENTER, "2025-06-30\r", ENTER, CTRL_C])  # the date, read back: right
    plain_until_interrupted(tmp_path, keys)
    assert "De gegevens zijn aangepast: Status van het systeem = buiten gebruik" in capsys.readouterr().out
    record = stored(tmp_path)
    assert (record.intake.status, record.intake.switched_off_on.isoformat()) == ("switched_off", "2025-06-30")
