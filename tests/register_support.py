"""Replaying a golden scenario into a draft Algoritmeregister entry."""

import datetime as dt
from pathlib import Path

from assessment import answers_file
from assessment.cli.run_command import replay
from assessment.engine.walk import Walk
from assessment.intake import Intake
from assessment.outcome.evaluate import evaluate
from assessment.questionnaire.shipped import load_default
from assessment.register.build import build
from assessment.register.model import RegisterDraft

SCENARIOS = Path(__file__).parent / "scenarios"
AS_OF = dt.date(2026, 11, 22)
ID = "0123456789abcdef0123456789abcdef"


def scenario(name: str, **intake_changes) -> tuple[Walk, Intake]:
    given = answers_file.read(SCENARIOS / f"{name}.yaml")
    walk, unused = replay(given, Walk(load_default().questionnaire))
    assert not unused
    intake = Intake.model_validate({**given.intake.model_dump(), **intake_changes})
    return walk, intake


def draft_of(walk: Walk, intake: Intake) -> RegisterDraft:
    outcome = evaluate(walk, intake, AS_OF)
    return build(assessment_id=ID, intake=intake, walk=walk, outcome=outcome, made_on=AS_OF)


def scenario_draft(name: str, **intake_changes) -> RegisterDraft:
    return draft_of(*scenario(name, **intake_changes))
