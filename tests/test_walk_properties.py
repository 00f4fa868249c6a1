"""Random walks over every shipped questionnaire, and the back/edit invariants of the engine."""

import datetime as dt
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from assessment.engine.walk import Walk
from assessment.questionnaire.loader import Loaded, load, shipped
from assessment.questionnaire.model import Question
from questionnaire_support import answers_for as any_answer

TESTS = Path(__file__).parent
FILES = shipped() + [TESTS / "data" / "branching.yaml"]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def loaded(path: Path) -> Loaded:
    return load(path)


def answers_for(question: Question) -> st.SearchStrategy:
    """Every kind of valid answer to `question`."""
    return any_answer(question, dates=(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
                      text=st.text(min_size=1, max_size=40).filter(str.strip))


def random_walk(data: st.DataObject, questionnaire) -> tuple[Walk, list]:
    """Answer at random until the end; returns the walk and its progress before each answer."""
    walk = Walk(questionnaire)
    seen: list[str] = []
    progress = []
    while (question := walk.current()) is not None:
        assert question.id not in seen, f"{question.id} asked twice on one path"
        assert len(seen) < len(questionnaire.questions), "walk longer than the questionnaire"
        seen.append(question.id)
        progress.append(walk.progress())
        walk = walk.answer(question.id, data.draw(answers_for(question), label=question.id))
    return walk, progress


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
@SETTINGS
@given(data=st.data())
def test_random_walk_reaches_the_end_without_revisiting(path, data):
    questionnaire = loaded(path).questionnaire
    walk, progress = random_walk(data, questionnaire)
    assert walk.complete
    total = len(walk.answers)
    for step, p in enumerate(progress):
        # the real remaining length lies within the estimate given at that step
        assert p.answered == step and p.remaining_min <= total - step <= p.remaining_max
    assert walk.progress().estimate == 1.0


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
@SETTINGS
@given(data=st.data())
def test_back_then_same_answer_gives_the_same_walk(path, data):
    walk, _ = random_walk(data, loaded(path).questionnaire)
    cut = data.draw(st.integers(1, len(walk.answers)), label="cut")
    walk = Walk(walk.questionnaire, walk.answers[:cut])
    last = walk.answers[-1]
    again = walk.back().answer(last.question_id, last.value, note=last.note, flagged=last.flagged,
                               answered_at=last.answered_at)
    assert again == walk


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
@SETTINGS
@given(data=st.data())
def test_edit_then_replay_equals_the_edit(path, data):
    questionnaire = loaded(path).questionnaire
    walk, _ = random_walk(data, questionnaire)
    target = data.draw(st.sampled_from(walk.answers), label="edited")
    value = data.draw(answers_for(questionnaire.question(target.question_id)), label="new value")
    edited, dropped = walk.edit(target.question_id, value)

    # the edited walk is a valid walk in itself ...
    assert Walk.replay(questionnaire, edited.answers) == (edited, [])
    # ... and replaying all old answers with the one change gives the same walk, off-path = dropped
    changed = [edited.answer_to(a.question_id) or a if a.question_id == target.question_id else a
               for a in walk.answers]
    replayed, off = Walk.replay(questionnaire, changed)
    assert replayed == edited
    assert [a.question_id for a in off] == dropped
    # nothing kept was altered except the edited answer
    for answer in edited.answers:
        if answer.question_id != target.question_id:
            assert answer == walk.answer_to(answer.question_id)
    assert set(dropped) == {a.question_id for a in walk.answers} - {a.question_id for a in edited.answers}
