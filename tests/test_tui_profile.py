"""The 'profile so far': only what the answers have established while the walk is open; the
classification itself once it is complete."""

import datetime as dt

from assessment.engine.walk import Walk
from assessment.faces.present import profile_blocks
from assessment.intake import Intake
from assessment.outcome.evaluate import evaluate
from assessment.questionnaire.shipped import load_default

INTAKE = Intake.model_validate({"system_name": "Kompas", "ministry": "BZK", "organisation": "DUO",
                                "organisation_type": "agentschap", "status": "in_use"})
AS_OF = dt.date(2026, 11, 22)


def _blocks(walk, lang="nl"):
    return dict(profile_blocks(evaluate(walk, INTAKE, AS_OF), lang))


def test_after_one_answer_no_conclusion_is_shown():
    walk = Walk(load_default().questionnaire)
    walk = walk.answer(walk.current().id, "yes")  # is it an algorithm? yes
    blocks = _blocks(walk)
    assert blocks["Risicoklasse"] == ["nog niet bekend"]
    assert blocks["Rol"] == ["nog niet bekend"]
    text = " ".join(line for lines in blocks.values() for line in lines)
    assert "geen rol" not in text and "voorlopig" not in text
    assert _blocks(walk, "en")["Risk class"] == ["not known yet"]


def test_when_complete_the_classification_is_shown():
    walk = Walk(load_default().questionnaire)
    walk = walk.answer(walk.current().id, "no")  # not an algorithm: the walk ends here
    assert walk.complete
    blocks = _blocks(walk)
    assert blocks["Risicoklasse"] != ["nog niet bekend"]
    assert blocks["Risicoklasse"][0]  # the classifier's own label, e.g. 'geen algoritme'


def test_signals_show_while_conclusions_wait():
    from faces_support import fixed_outcome, loaded

    walk = Walk(loaded().questionnaire)
    walk = walk.answer("is_ai", "yes")
    outcome = fixed_outcome(walk, INTAKE, AS_OF)  # says high risk, deployer, art. 50(3), one open question
    blocks = dict(profile_blocks(outcome, "nl"))
    assert blocks["Risicoklasse"] == ["nog niet bekend"]
    assert blocks["Rol"] == ["nog niet bekend"]  # no answer behind the role in its trace
    assert blocks["Signalen"] == ["AI Act art. 50(3)"]
    assert blocks["Open vragen"] == ["Is het een AI-systeem?"]


def test_home_list_says_not_known_for_an_open_assessment(tmp_path):
    import asyncio

    from faces_support import settle
    from test_tui_flow import _started, app_for
    from textual.widgets import DataTable

    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("enter", "f2")  # one answer, then the stored assessments
            await settle(pilot)
            table = app.screen.query_one(DataTable)
            return [str(c) for c in table.get_row_at(0)]

    system, organisation, status, risk, progress, edited = asyncio.run(flow())
    assert (system, organisation, status, risk, progress) == (
        "Kompas", "DUO", "in gebruik", "nog onbekend", "1 antw.")
    assert edited[2] == edited[5] == "-" and len(edited) == 10  # DD-MM-YYYY


def test_home_list_marks_a_provisional_risk_class_and_cuts_nothing():
    from types import SimpleNamespace

    from assessment.faces.tui.screens.home import _widths, home_row

    summary = SimpleNamespace(complete=True, risk_class="high_risk", applicability="applies", provisional=True,
                              answered=31, system_name="Wegschade-prioritering met beeldherkenning",
                              organisation="Rijkswaterstaat", status="in_use", updated_at="2026-11-05T10:11:12")
    row = home_row(summary, "nl")
    assert row[3] == "hoog-risico AI-systeem (voorlopig)" and row[5] == "05-11-2026"
    for total in (80, 120, 140):
        widths = _widths(total, [row], "nl")
        assert sum(widths) + 2 * len(widths) + 2 <= total  # the columns use the width, no more
        assert total == 80 or widths[1] >= len(row[1])  # with room, a short organisation is whole
    assert _widths(140, [row], "nl")[0] >= len(row[0])
