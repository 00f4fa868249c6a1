"""A settled question may save a question, never change a result: where an earlier answer settled a
question (say profiling, which keeps an Annex III system high-risk whatever art. 6(3) says), each
answer it could have had gives the same classification and the same steps as passing it over."""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from assessment import answers_file
from assessment.engine.walk import Walk
from assessment.intake import Intake
from assessment.outcome.evaluate import evaluate
from assessment.questionnaire.model import Kind, Questionnaire
from assessment.questionnaire.shipped import load_default
from questionnaire_support import answers_for

QUESTIONNAIRE = load_default().questionnaire
AS_OF = dt.date(2026, 11, 26)
SCENARIOS = sorted((Path(__file__).parent / "scenarios").glob("*.yaml"))


def unsettled(q: Questionnaire, question_id: str) -> Questionnaire:
    """The questionnaire with one question always asked (its settlement removed)."""
    fields = {name: getattr(q, name) for name in Questionnaire.model_fields}
    fields["questions"] = tuple(x.model_copy(update={"settled": None}) if x.id == question_id else x
                                for x in q.questions)
    return Questionnaire(**fields)


def choices(question) -> list:
    """Every answer to try on a settled question: each option (as its own choice for multiple choice)."""
    ids = [o.id for o in question.options]
    return [(i,) for i in ids] if question.kind == Kind.MULTIPLE else ids


def walk_with(q: Questionnaire, walk: Walk, question_id: str, value) -> Walk:
    """`walk`'s answers replayed on `q`, `question_id` answered `value`; a question the new answer
    newly brings on the path gets its first option."""
    given_ = {a.question_id: a.value for a in walk.answers}
    given_[question_id] = value
    twin = Walk(q)
    while (question := twin.current()) is not None:
        if question.id in given_:
            answer = given_[question.id]
        else:
            first = question.options[0].id
            answer = (first,) if question.kind == Kind.MULTIPLE else first
        twin = twin.answer(question.id, answer)
    return twin


GROUNDS = ("grounds", "ap_list", "criteria")
"""Step details that list the grounds found for a step (the DPIA's): a further ground may add to the
list without changing the step."""


def conclusions(outcome) -> dict:
    """What no answer to a settled question may move: every conclusion with its reason, whether it is
    provisional, and the steps (which, for whom, how urgent, by when, whether done or registered).
    Left out: the traces, step texts and GROUNDS, which name the further answer given, and the open
    questions, which list a 'don't know' given to it; `provisional` says whether such a question
    could change anything."""
    c = outcome.classification.model_dump(mode="json")
    for key in ("trace", "open_questions", "not_asked"):
        c.pop(key)
    steps = [(s.id, s.status, s.owner, s.deadline, s.deadline_reason, s.overdue, s.timing, s.applies_from,
              s.in_force, {k: v for k, v in s.detail.items() if k not in GROUNDS}) for s in outcome.steps]
    return {"classification": c, "steps": steps}


def assert_settled_cannot_matter(walk: Walk, intake: Intake) -> int:
    """Try every answer on every settled question of `walk`; returns how many were tried."""
    assert walk.complete
    base = conclusions(evaluate(walk, intake, AS_OF))
    tried = 0
    for passed in walk.passed:
        if passed.value is not None:
            continue  # passed over by a gate: tests/test_gating_equivalence.py
        q = unsettled(walk.questionnaire, passed.question_id)
        for value in choices(q.question(passed.question_id)):
            twin = walk_with(q, walk, passed.question_id, value)
            assert conclusions(evaluate(twin, intake, AS_OF)) == base, (passed.question_id, value)
            tried += 1
    return tried


def walk_of(path: Path, q: Questionnaire = QUESTIONNAIRE) -> tuple[Walk, Intake]:
    given_ = answers_file.read(path)
    walk = Walk(q)
    while (question := walk.current()) is not None and question.id in given_.answers:
        walk = walk.answer(question.id, given_.answers[question.id])
    return walk, given_.intake


def test_a_settlement_that_could_matter_is_caught():
    """The check can fail: settling 'is an IAMA done' once the outcome has legal effects would hide
    whether the IAMA step is done."""
    wrong = QUESTIONNAIRE.question("impact_approach").settled
    fields = {name: getattr(QUESTIONNAIRE, name) for name in Questionnaire.model_fields}
    fields["questions"] = tuple(x.model_copy(update={"settled": wrong}) if x.id == "iama_done" else x
                                for x in QUESTIONNAIRE.questions)
    walk, intake = walk_of(SCENARIOS[0].with_name("benefits_eligibility_5a.yaml"), Questionnaire(**fields))
    assert "iama_done" in [p.question_id for p in walk.passed]
    with pytest.raises(AssertionError, match="iama_done"):
        assert_settled_cannot_matter(walk, intake)


def test_the_shipped_questionnaire_settles_questions():
    assert sum(q.settled is not None for q in QUESTIONNAIRE.questions) >= 5


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_each_golden_scenario_settles_only_what_cannot_matter(path: Path):
    assert_settled_cannot_matter(*walk_of(path))


def test_the_golden_scenarios_exercise_every_settlement():
    settled = {q.id for q in QUESTIONNAIRE.questions if q.settled is not None}
    seen: set[str] = set()
    for path in SCENARIOS:
        walk, _ = walk_of(path)
        seen |= {p.question_id for p in walk.passed if p.value is None}
    assert seen == settled


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_complete_walks_settle_only_what_cannot_matter(data):
    walk = Walk(QUESTIONNAIRE)
    while (question := walk.current()) is not None:
        walk = walk.answer(question.id, data.draw(answers_for(
            question, dates=(dt.date(2020, 1, 1), dt.date(2026, 11, 1)),
            text=st.sampled_from(["Motivering in eigen woorden"]))))
    assert_settled_cannot_matter(walk, Intake())
