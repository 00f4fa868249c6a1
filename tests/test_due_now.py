"""What binds now: a step is due now when its duty is in force for what already runs, its moment has
passed, or the processing it must precede already runs, and it is not known to be done. The summary
names those steps before the first date ahead."""

import datetime as dt
from pathlib import Path

from assessment import answers_file
from assessment.engine.walk import Walk
from assessment.outcome.evaluate import evaluate
from assessment.presentation.given import from_walk
from assessment.presentation.present import present
from assessment.presentation.text import text
from assessment.questionnaire.shipped import load_default

SCENARIOS = Path(__file__).parent / "scenarios"
AS_OF = dt.date(2026, 11, 26)


def outcome_of(name: str, **intake):
    given = answers_file.read(SCENARIOS / f"{name}.yaml")
    walk = Walk(load_default().questionnaire)
    while (question := walk.current()) is not None and question.id in given.answers:
        walk = walk.answer(question.id, given.answers[question.id])
    outcome = evaluate(walk, given.intake.model_copy(update=intake), AS_OF)
    return walk, outcome, {s.id: s for s in outcome.steps}


def test_a_system_in_use_owes_its_dpia_and_ai_literacy_now_and_its_2030_duties_later():
    _, _, steps = outcome_of("benefits_eligibility_5a")
    assert steps["dpia"].due_now and steps["ai_literacy"].due_now
    assert not steps["conformity_assessment"].due_now and not steps["fria"].due_now
    assert not steps["iama"].due_now  # policy: no statutory moment


def test_a_planned_system_owes_its_dpia_before_the_processing_starts_not_now():
    _, _, steps = outcome_of("benefits_eligibility_5a", status="planned", in_service_on=None,
                             processing_started_on=None)
    assert not steps["dpia"].due_now and not steps["ai_literacy"].due_now


def test_a_dpia_already_done_is_not_due_now():
    walk, _, _ = outcome_of("benefits_eligibility_5a")
    done, _ = walk.edit("dpia_done", "yes")
    given = answers_file.read(SCENARIOS / "benefits_eligibility_5a.yaml")
    steps = {s.id: s for s in evaluate(done, given.intake, AS_OF).steps}
    assert not steps["dpia"].due_now


def test_the_summary_names_what_is_due_now_before_the_first_date_and_the_step_says_now():
    walk, outcome, _ = outcome_of("benefits_eligibility_5a")
    shown = text(present(outcome, from_walk(walk), "nl"), "nl")
    line = next(x for x in shown.splitlines() if x.startswith("Stappen:"))
    assert "nu al aan de orde: AI-geletterdheid van medewerkers, DPIA" in line
    assert line.index("nu al aan de orde") < line.index("eerste termijn 2 augustus 2030")
    dpia = shown.splitlines().index(next(x for x in shown.splitlines() if x.startswith("• DPIA")))
    assert "Uiterlijk: nu" in shown.splitlines()[dpia + 1]
