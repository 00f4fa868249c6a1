"""Whole flows through the full-screen app, driven by keys at 80x24."""

import asyncio
import json

from faces_support import loaded, settle, today

from assessment.faces.tui.app import make_app
from assessment.records.store import Store


def app_for(tmp_path, **options):
    options.setdefault("loaded", loaded())
    return make_app(db=str(tmp_path / "db" / "assessments.json"), today=today,
                    export_dir=tmp_path / "out", **options)


async def fill_intake(pilot, name="Kompas"):
    """Type the required fields; choose list values by keyboard."""
    screen = pilot.app.screen
    await pilot.press(*name)  # system name has focus first
    await pilot.press("tab", "enter", "down", "enter")  # organisation type: first choice
    await pilot.press("tab", *"BZK", "tab", *"Dienst Uitvoering", "tab")  # ministry, organisation
    screen.query_one("#field-status").focus()
    await pilot.press("enter", "down", "down", "down", "down", "enter")  # status: in use
    await pilot.press("ctrl+s")
    await settle(pilot)


async def answer_all(pilot, description="Het systeem [bold]rekent[/]"):
    await pilot.press("enter")  # is_ai: yes (first option)
    await pilot.press("1", "enter")  # purpose: benefits
    await pilot.press("space", "2", "enter")  # groups: citizens and staff
    await pilot.press(*"2024-01-31", "enter")  # start_date
    await pilot.press(*description, "enter")
    await settle(pilot)


def test_complete_an_assessment(tmp_path):
    asyncio.run(_complete(tmp_path))


async def _complete(tmp_path):
    app = app_for(tmp_path, start="new")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "IntakeScreen"
        await fill_intake(pilot)
        assert type(app.screen).__name__ == "QuestionScreen"
        await answer_all(pilot)
        assert type(app.screen).__name__ == "ReviewScreen"
        await pilot.press("c")
        await settle(pilot)
        assert type(app.screen).__name__ == "ResultScreen"
        record_id = app.session.record_id
        walk = app.session.walk
    assert walk.complete
    assert walk.values == {"is_ai": "yes", "purpose": "benefits", "groups": ("citizens", "staff"),
                           "start_date": "2024-01-31", "description": "Het systeem [bold]rekent[/]"}
    with Store.open(tmp_path / "db" / "assessments.json") as store:
        record = store.get(record_id)
    assert record.intake.system_name == "Kompas"
    assert record.intake.status == "in_use"
    assert [a.question_id for a in record.answers] == list(walk.values)


async def _started(app, pilot):
    """Skip the keyboard intake (tested above): fill the form's values and save."""
    await settle(pilot)
    screen = app.screen
    for name, value in {"system_name": "Kompas", "ministry": "BZK", "organisation": "DUO",
                        "organisation_type": "agentschap", "status": "in_use"}.items():
        screen.query_one(f"#field-{name}").value = value
    await pilot.press("ctrl+s")
    await settle(pilot)


def test_back_and_edit_drops_answers_after_saying_so(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("enter", "1", "enter")  # is_ai yes, purpose benefits
            await pilot.press("escape")  # back to 'purpose': its answer stays, and is chosen
            await settle(pilot)
            assert list(app.session.walk.values) == ["is_ai", "purpose"]
            assert (app.screen.question.id, app.screen.editing) == ("purpose", "purpose")
            await pilot.press("enter", "space", "enter", *"2025-02-01", "enter")
            await settle(pilot)
            assert app.session.walk.current().id == "description"
            await pilot.press("ctrl+o")  # overview: jump to 'purpose' (second line)
            await settle(pilot)
            await pilot.press("home", "down", "enter")
            await settle(pilot)
            assert app.screen.editing == "purpose"
            await pilot.press("2", "enter")  # chat: 'groups' and 'start_date' leave the path
            await settle(pilot)
            assert type(app.screen).__name__ == "ConfirmScreen"
            message = str(app.screen.query_one("#message").render())
            assert "2" in message and "Wie merkt er iets van?" in message
            await pilot.press("n")  # refuse: nothing changes
            await settle(pilot)
            assert app.session.walk.values["purpose"] == "benefits"
            await pilot.press("enter")  # confirm again, then accept
            await settle(pilot)
            await pilot.press("j")
            await settle(pilot)
            walk = app.session.walk
            assert walk.values == {"is_ai": "yes", "purpose": "chat"}
            assert walk.current().id == "description"
            record_id = app.session.record_id
        with Store.open(tmp_path / "db" / "assessments.json") as store:
            stored = store.get(record_id)
        assert [a.question_id for a in stored.answers] == ["is_ai", "purpose"]

    asyncio.run(flow())


def test_quit_and_resume_keeps_every_confirmed_answer(tmp_path):
    async def first_half():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("enter", "ctrl+n", *"check [/] this", "escape", "ctrl+f", "1", "enter")
            await settle(pilot)
            await pilot.press("ctrl+q")
            return app.session.record_id

    record_id = asyncio.run(first_half())

    async def second_half():
        app = app_for(tmp_path, start="resume", record_id=record_id[:6])
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert type(app.screen).__name__ == "QuestionScreen"
            assert app.screen.question.id == "groups"
            purpose = app.session.walk.answer_to("purpose")
            assert (purpose.value, purpose.note, purpose.flagged) == ("benefits", "check [/] this", True)

    asyncio.run(second_half())


async def _to_outcome(app, pilot) -> None:
    """Start, answer the one question that ends the walk, and conclude from the review."""
    await _started(app, pilot)
    await pilot.press("down", "enter")  # is_ai: no -> end
    await settle(pilot)
    assert type(app.screen).__name__ == "ReviewScreen"
    await pilot.press("c")
    await settle(pilot)


def test_export_writes_json_and_report_and_says_where(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await _to_outcome(app, pilot)
            await pilot.press("x")  # asks for the folder first: the current one, here tmp/out
            await settle(pilot)
            assert type(app.screen).__name__ == "ExportScreen"
            assert app.screen.query_one("#folder").value == str(tmp_path / "out")
            await pilot.press("enter")
            await settle(pilot)
            assert str(app.last_export[0]) in str(app.screen.query_one("#status").render())
            await pilot.press("escape")
            await settle(pilot)
            shown = str(app.screen.query_one("#exported").render())
            return app.last_export, shown

    paths, shown = asyncio.run(flow())
    assert sorted(p.suffix for p in paths) == [".html", ".html", ".json", ".json", ".md", ".md"]
    assert sum("-algoritmeregister." in p.name for p in paths) == 3  # the draft beside the export
    assert all(p.parent == (tmp_path / "out").resolve() and p.exists() for p in paths)
    assert str(paths[0]) in shown
    from assessment.transfer.document import parse_export

    json_path = next(p for p in paths if p.suffix == ".json" and "-algoritmeregister" not in p.name)
    document = parse_export(json_path.read_bytes(), str(json_path))
    assert document.assessments[0].intake.system_name == "Kompas"


def test_the_outcome_writes_the_register_draft_on_its_own(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await _to_outcome(app, pilot)
            await pilot.press("a")  # the draft Algoritmeregister entry, folder asked first
            await settle(pilot)
            assert type(app.screen).__name__ == "ExportScreen"
            assert "Algoritmeregister" in str(app.screen.query_one("#what").render())
            await pilot.press("enter")
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
            return app.last_export, str(app.screen.query_one("#exported").render())

    paths, shown = asyncio.run(flow())
    assert sorted(p.suffix for p in paths) == [".html", ".json", ".md"]
    assert all("-algoritmeregister." in p.name and p.exists() and str(p) in shown for p in paths)
    draft = json.loads(next(p for p in paths if p.suffix == ".json").read_text("utf-8"))
    assert draft["entry"]["name"] == "Kompas" and draft["entry"]["lang"] == "nld"


def test_language_switch_and_markup_shown_literally(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            question = app.screen.query_one("#question")
            assert "Is het een AI-systeem?" in str(question.render())
            await pilot.press("ctrl+l")
            await settle(pilot)
            assert "Is it an AI system?" in str(question.render())
            await pilot.press("ctrl+n", *"[bold]x[/]", "enter", "enter")
            await settle(pilot)
            await pilot.press("ctrl+o")
            await settle(pilot)
            from textual.widgets import OptionList

            from io import StringIO

            from rich.console import Console

            console = Console(width=200, record=True, file=StringIO())
            console.print(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
            return console.export_text(), app.lang

    prompt, lang = asyncio.run(flow())
    assert lang == "en"
    assert "Is it an AI system? → Yes" in prompt and "[bold]x[/]" in prompt


def test_home_deletes_only_after_confirmation(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("f2")
            await settle(pilot)
            assert type(app.screen).__name__ == "HomeScreen"
            assert len(app.screen.summaries) == 1
            await pilot.press("d", "n")
            await settle(pilot)
            assert len(app.store.summaries()) == 1
            await pilot.press("d", "j")
            await settle(pilot)
            return app.store.summaries()

    assert asyncio.run(flow()) == []


def test_a_second_window_on_the_same_database_is_refused(tmp_path):
    async def flow():
        with Store.open(tmp_path / "db" / "assessments.json"):
            app = app_for(tmp_path)
            async with app.run_test(size=(80, 24)) as pilot:
                await settle(pilot)
            return app.error

    error = asyncio.run(flow())
    assert error and "in gebruik door een ander venster" in error  # in the chosen language (Dutch)
