"""Gating may save questions, never change a result: a gated walk and the same walk with every
passed-over question answered as its context implies give the same classification and steps."""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from assessment import answers_file
from assessment.engine.walk import Answer, Walk
from assessment.intake import Intake
from assessment.outcome.evaluate import evaluate
from assessment.questionnaire.model import Questionnaire
from assessment.questionnaire.shipped import load_default
from questionnaire_support import answers_for

QUESTIONNAIRE = load_default().questionnaire
AS_OF = dt.date(2026, 11, 26)
SCENARIOS = sorted((Path(__file__).parent / "scenarios").glob("*.yaml"))


def without_gates(q: Questionnaire) -> Questionnaire:
    fields = {name: getattr(q, name) for name in Questionnaire.model_fields}
    fields["questions"] = tuple(x.model_copy(update={"gate": None}) for x in q.questions)
    return Questionnaire(**fields)


UNGATED = without_gates(QUESTIONNAIRE)


COUNTERFACTUAL = ("not_asked", "checks", "alternatives", "affects")
"""What says how the result was reached rather than what it is: the 'not asked' markers, and the
what-if metadata of unknown answers. A what-if on a screening-relevant answer (say the kinds of
personal data) opens a gated item in the gated walk, where the ungated twin already has it answered;
so the two may differ there by design, while the conclusions and steps may not."""


def _result(outcome) -> dict:
    """The outcome's conclusions and steps, without the markers in COUNTERFACTUAL."""
    data = outcome.model_dump(mode="json")

    def strip(node):
        if isinstance(node, dict):
            for key in COUNTERFACTUAL:
                node.pop(key, None)
            for value in node.values():
                strip(value)
        elif isinstance(node, list):
            for value in node:
                strip(value)
    strip(data)
    return data


def assert_same_result(walk: Walk, intake: Intake) -> None:
    assert walk.complete
    # Settled questions imply nothing and stay settled in the twin (tests/test_settled_equivalence.py).
    filled = list(walk.answers) + [Answer(p.question_id, p.value) for p in walk.passed if p.value is not None]
    ungated, off_path = Walk.replay(UNGATED, filled)
    assert ungated.complete and not off_path
    assert _result(evaluate(walk, intake, AS_OF)) == _result(evaluate(ungated, intake, AS_OF))


def test_the_shipped_questionnaire_gates_items():
    assert sum(q.gate is not None for q in QUESTIONNAIRE.questions) >= 10


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_each_golden_scenario_gives_the_same_result_ungated(path: Path):
    given_ = answers_file.read(path)
    walk = Walk(QUESTIONNAIRE)
    while (question := walk.current()) is not None and question.id in given_.answers:
        walk = walk.answer(question.id, given_.answers[question.id])
    assert_same_result(walk, given_.intake)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_complete_walks_give_the_same_result_ungated(data):
    walk = Walk(QUESTIONNAIRE)
    while (question := walk.current()) is not None:
        walk = walk.answer(question.id, data.draw(answers_for(
            question, dates=(dt.date(2020, 1, 1), dt.date(2026, 11, 1)),
            text=st.sampled_from(["Motivering in eigen woorden"]))))
    assert_same_result(walk, Intake())
