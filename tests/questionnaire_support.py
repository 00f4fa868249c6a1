"""Shared helpers for tests that build or walk questionnaires."""

import datetime as dt

from hypothesis import strategies as st

from assessment.questionnaire.model import Kind, Question

#: The top of a minimal questionnaire file; tests append their own questions.
HEADER = """\
id: t
version: "1"
title: {nl: Toets, en: Test}
legal_as_of: 2026-11-22
sections:
  - {id: s, title: {nl: Deel, en: Part}}
questions:
"""


def answers_for(question: Question, *, dates: tuple[dt.date, dt.date],
                text: st.SearchStrategy[str]) -> st.SearchStrategy:
    """Every kind of valid answer to `question`: dates drawn from `dates`, text from `text`
    (or empty when the question is optional)."""
    ids = [o.id for o in question.options]
    if question.kind in (Kind.SINGLE, Kind.YES_NO):
        return st.sampled_from(ids)
    if question.kind == Kind.MULTIPLE:
        exclusive = [o.id for o in question.options if o.exclusive]
        combinable = [o.id for o in question.options if not o.exclusive]
        choices = [st.lists(st.sampled_from(exclusive), min_size=1, max_size=1)] if exclusive else []
        if combinable:
            choices.append(st.lists(st.sampled_from(combinable), min_size=1, unique=True))
        return st.one_of(choices)
    if question.kind == Kind.DATE:
        return st.dates(*dates).map(dt.date.isoformat)
    return st.one_of(st.just(""), text) if question.optional else text
