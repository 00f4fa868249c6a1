"""Answers that come from elsewhere (the intake): given on the walk without asking, marked with
their source, skipped when going back, and kept in step when what they came from changes.

Pure: the answers to give are a plain mapping of question id to value; which intake fact answers
which question is `assessment.app.intake_links`."""

from collections.abc import Mapping
from dataclasses import replace

from assessment.engine.walk import AnswerError, Walk
from assessment.questionnaire.conditions import AnswerValue

INTAKE = "intake"
"""Source of an answer taken from the intake."""
OVERRIDE = "override"
"""Source of an answer the officer kept although the intake says otherwise."""


def fill(walk: Walk, given: Mapping[str, AnswerValue], answered_at: str = "") -> Walk:
    """Answer the current question from `given` as long as it has one, marked as from the intake."""
    while (question := walk.current()) is not None and question.id in given:
        try:
            walk = walk.answer(question.id, given[question.id], answered_at=answered_at, source=INTAKE)
        except AnswerError:
            break  # the intake's answer does not fit this questionnaire: the question is asked
    return walk


def back(walk: Walk) -> Walk:
    """Withdraw back to the last question that was asked: answers from the intake after it go too
    (they come back as soon as it is answered again)."""
    answers = list(walk.answers)
    while answers and answers[-1].source == INTAKE:
        answers.pop()
    if answers:
        answers.pop()
    return replace(walk, answers=tuple(answers))


def asked(walk: Walk) -> int:
    """How many answers were given here rather than taken from the intake."""
    return sum(a.source != INTAKE for a in walk.answers)


def follow(walk: Walk, given: Mapping[str, AnswerValue], answered_at: str = "") -> tuple[Walk, list[str]]:
    """The walk with every answer the intake gives set to the intake's value (the latest word
    counts, whoever gave the earlier answer); returns it and the answers that left the path.
    An answer taken from the intake that the intake no longer gives stays, as if asked."""
    dropped: list[str] = []
    for answer in walk.answers:
        current = walk.answer_to(answer.question_id)
        if current is None:
            continue  # dropped by an earlier change
        if answer.question_id in given:
            if current.value != given[answer.question_id] or current.source != INTAKE:
                try:
                    walk, gone = walk.edit(answer.question_id, given[answer.question_id],
                                           answered_at=answered_at, source=INTAKE)
                except AnswerError:
                    continue
                dropped += gone
        elif current.source == INTAKE:
            walk, _ = walk.edit(answer.question_id, current.value, source="")
    return walk, dropped
