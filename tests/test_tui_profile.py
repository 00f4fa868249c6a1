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
    assert blocks["Signalen"] == ["art. 50, derde lid, AI-verordening"]  # cited for readers
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
            return str(table.get_row_at(0)[4])

    assert asyncio.run(flow()) == "nog onbekend"
