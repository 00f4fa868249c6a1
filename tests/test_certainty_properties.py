"""Certainty over random complete walks of the shipped questionnaire (issue 9): provisional exactly
when some open question could change a conclusion, and answering an open question with any of its
options never gives a conclusion outside the alternatives listed for it.

The alternative walks are rebuilt here through the engine's own `Walk.edit` and `Walk.current` (not
the certainty module's continuation): the answers given are kept where the new path meets them, each
question new on the path is answered 'don't know' (a text left empty)."""

import datetime as dt

from hypothesis import HealthCheck, given, settings, strategies as st

from assessment.engine.walk import Answer, Walk
from assessment.intake import Intake
from assessment.outcome.certainty import CONCLUSIONS, conclusions
from assessment.outcome.classify import classify
from assessment.outcome.evaluate import evaluate
from assessment.outcome.facts_found import collect
from assessment.questionnaire.model import Kind, Question
from assessment.questionnaire.shipped import load_default
from questionnaire_support import answers_for

QUESTIONNAIRE = load_default().questionnaire
AS_OF = dt.date(2026, 11, 22)
INTAKES = st.builds(Intake, organisation_type=st.sampled_from(["kerndepartement", "other"]),
                    status=st.sampled_from(["in_development", "in_use"]))


def _answer(question: Question, draw) -> object:
    # Lean towards 'don't know' so that walks have open questions to test.
    unknown = [o.id for o in question.options if o.unknown]
    if unknown and draw(st.integers(0, 3)) == 0:
        return [unknown[0]] if question.kind == Kind.MULTIPLE else unknown[0]
    return draw(answers_for(question, dates=(dt.date(2020, 1, 1), dt.date(2026, 11, 1)),
                            text=st.sampled_from(["Motivering in eigen woorden"])))


def _dont_know(question: Question):
    if question.kind in (Kind.TEXT, Kind.DATE):
        return ""
    option = next((o for o in question.options if o.unknown), None) or next(
        (o for o in question.options if not o.facts), question.options[0])
    return (option.id,) if question.kind == Kind.MULTIPLE else option.id


def _finish(walk: Walk, given: Walk) -> Walk:
    """Follow the path to its end: the answers given where the path meets them, else 'don't know'."""
    while (question := walk.current()) is not None:
        old = given.answer_to(question.id)
        value = old.value if old is not None else _dont_know(question)
        walk = Walk(walk.questionnaire, walk.answers + (Answer(question.id, value),))
    return walk


def _options(question: Question) -> list:
    return [[o.id] if question.kind == Kind.MULTIPLE else o.id for o in question.options if not o.unknown]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), intake=INTAKES)
def test_affects_lists_every_conclusion_an_answer_can_change(data, intake):
    walk = Walk(QUESTIONNAIRE)
    while (question := walk.current()) is not None:
        walk = walk.answer(question.id, _answer(question, data.draw))
    c = evaluate(walk, intake, AS_OF).classification
    assert c is not None
    assert c.provisional == any(q.affects for q in c.open_questions)
    now = conclusions(c)
    for open_question in c.open_questions:
        question = QUESTIONNAIRE.question(open_question.question_id)
        listed = {str(a.answer): a.changes for a in open_question.alternatives}
        assert set(open_question.affects) == {n for a in open_question.alternatives for n in a.changes}
        known = [x for x in (walk.answer_to(question.id).value if question.kind == Kind.MULTIPLE else ())
                 if not question.option(x).unknown]  # type: ignore[union-attr]
        for value in _options(question):
            if known:  # multiple choice: the options already known stay chosen
                chosen = value if question.option(value[0]).exclusive else sorted(  # type: ignore[union-attr]
                    {*known, *value}, key=[o.id for o in question.options].index)
                value = chosen
            edited, _ = walk.edit(question.id, value)
            other = _finish(edited, walk)
            then = conclusions(classify(collect(other), intake, complete=True))
            changed = {n: then[n] for n in CONCLUSIONS if then[n] != now[n]}
            assert changed == listed.get(str(value), {}), (question.id, value, changed)
            assert set(changed) <= set(open_question.affects)
