"""Pydantic models of a questionnaire file. Extra fields are forbidden everywhere."""

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from functools import cached_property
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assessment.i18n import Text
from assessment.legal.facts import check_fact
from assessment.questionnaire.conditions import AnswerValue, Condition, chosen

END = "end"
"""The reserved goto target that finishes the questionnaire."""

ID_PATTERN = r"^[a-z][a-z0-9_]*$"


class Kind(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    YES_NO = "yes_no"
    TEXT = "text"
    DATE = "date"


def _read_ids(condition: Condition, values: Mapping[str, AnswerValue]) -> tuple[str, ...]:
    """The answered questions a condition reads; where it names options, only those whose answer
    holds one of them, if any does (a settlement by 'legal effects or risk selection' names the
    'yes', not a 'don't know' beside it)."""
    reads = [(qid, options) for qid, options in condition.reads() if qid in values]
    holding = [qid for qid, options in reads if not options or set(chosen(values[qid])) & set(options)]
    return tuple(dict.fromkeys(holding or [qid for qid, _ in reads]))


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_facts(facts: dict[str, Any]) -> dict[str, Any]:
    for name, value in facts.items():
        problem = check_fact(name, value)
        if problem:
            raise ValueError(f"fact {name}: {problem}")
    return facts


_YES_NO_TEXT = {
    "yes": Text(nl="Ja", en="Yes"),
    "no": Text(nl="Nee", en="No"),
    "unknown": Text(nl="Weet ik niet", en="Don't know"),
}


class Option(_Model):
    id: str = Field(pattern=ID_PATTERN)
    text: Text | None = None
    help: Text | None = None
    refs: tuple[str, ...] = ()
    facts: dict[str, Any] = {}
    unknown: bool = False
    """Choosing it means 'don't know': it becomes an open question for an expert."""
    exclusive: bool = False
    """Multiple choice only: this option cannot be combined with others (e.g. 'none')."""

    _facts = field_validator("facts")(classmethod(lambda cls, v: _check_facts(v)))

    @property
    def label(self) -> Text:
        assert self.text is not None  # filled for yes/no by Question
        return self.text


class Rule(_Model):
    when: Condition | None = None
    goto: str


class Gate(_Model):
    """Ask a question only in the context where it can matter.

    When the walk reaches the question and `when` does not hold, the question is passed over: the
    walk records `implied` (the answer its context implies, e.g. "no") as if it had been given, so
    the classification sees the same facts, and the trace says `because` why it was not asked.
    """

    when: Condition
    implied: str | tuple[str, ...]
    """Option id (a tuple for multiple choice) the context implies."""
    because: Text
    """Why the question is not asked, as a reader sees it ("not used in a workplace or school")."""


class Settled(_Model):
    """Pass over a question that an earlier item answer has made moot.

    When the walk reaches the question and `when` holds, no answer to it could change the
    classification or which steps are due (say: an Annex III system that profiles people is high-risk
    whatever the art. 6(3) conditions say). Nothing is recorded for it, and the trace says `because`.
    """

    when: Condition
    because: Text


class PassOver(NamedTuple):
    """Why the walk passes over a question: the answer implied (None when settled) and the reason."""

    implied: AnswerValue | None
    because: Text
    reads: tuple[str, ...]
    """The answered questions that decided it."""


class Question(_Model):
    id: str = Field(pattern=ID_PATTERN)
    section: str
    kind: Kind
    text: Text
    help: Text
    refs: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    """Glossary ids whose definitions are shown with the question."""
    options: tuple[Option, ...] = ()
    facts: dict[str, Any] = {}
    """Facts established by any answer except 'unknown' (used on text and date questions)."""
    optional: bool = False
    """Text questions only: may be left empty."""
    gate: Gate | None = None
    """Ask only when the gate's condition holds; otherwise pass over it with the implied answer."""
    settled: Settled | None = None
    """Pass over it, implying nothing, when an earlier answer has already settled what it decides."""
    screening: bool = False
    """A context question: it only decides which items are asked. It sets no facts, and its
    'don't know' opens every item it gates instead of becoming an open question."""
    next: tuple[Rule, ...] = Field(min_length=1)

    _facts = field_validator("facts")(classmethod(lambda cls, v: _check_facts(v)))

    @model_validator(mode="after")
    def _options_fit_kind(self) -> "Question":
        if self.kind in (Kind.TEXT, Kind.DATE):
            if self.options:
                raise ValueError(f"a {self.kind} question has no options")
            return self
        if self.kind == Kind.YES_NO:
            # Options may be left out (plain yes/no) or listed to attach facts, refs or 'unknown'.
            options = self.options or (Option(id="yes"), Option(id="no"))
            ids = [o.id for o in options]
            if not {"yes", "no"} <= set(ids) or not set(ids) <= set(_YES_NO_TEXT):
                raise ValueError("a yes_no question has options yes, no and optionally unknown")
            if any(o.exclusive for o in options):
                raise ValueError("'exclusive' is only for multiple-choice options")
            filled = tuple(
                o.model_copy(update={
                    "text": o.text or _YES_NO_TEXT[o.id],
                    "unknown": o.unknown or o.id == "unknown",
                })
                for o in options
            )
            # The model is frozen; this completes it once, during validation.
            object.__setattr__(self, "options", filled)
            return self
        if len(self.options) < 2:
            raise ValueError(f"a {self.kind} question needs at least two options")
        missing = [o.id for o in self.options if o.text is None]
        if missing:
            raise ValueError(f"option {missing[0]!r} needs a text (only yes/no options have a default)")
        return self

    @model_validator(mode="after")
    def _screening_sets_no_facts(self) -> "Question":
        if self.screening and (self.facts or any(o.facts for o in self.options)):
            raise ValueError("a screening question sets no facts: it only decides what is asked")
        return self

    @model_validator(mode="after")
    def _gate_fits(self) -> "Question":
        if self.gate is None:
            return self
        if self.kind in (Kind.TEXT, Kind.DATE):
            raise ValueError("only choice questions can have a gate (it implies an option)")
        implied = self.gate.implied
        ids = (implied,) if isinstance(implied, str) else implied
        if isinstance(implied, tuple) != (self.kind == Kind.MULTIPLE) or not ids:
            raise ValueError("gate.implied is a list of option ids for multiple choice, else one id")
        for option_id in ids:
            option = self.option(option_id)
            if option is None:
                raise ValueError(f"gate.implied names unknown option {option_id!r}")
            if option.unknown:
                raise ValueError("gate.implied cannot be the 'don't know' option")
        return self

    def passed_over(self, values: Mapping[str, AnswerValue]) -> PassOver | None:
        """Why the walk passes over this question given the answers so far; None when it is asked.
        A settled question is passed over first: its answer could not matter, whatever the context."""
        if self.settled is not None and self.settled.when.holds(values):
            return PassOver(None, self.settled.because, _read_ids(self.settled.when, values))
        if self.gate is not None and not self.gate.when.holds(values):
            # A gate that does not hold: every screening answer it read ruled the item out.
            reads = tuple(dict.fromkeys(qid for qid, _ in self.gate.when.reads() if qid in values))
            return PassOver(self.gate.implied, self.gate.because, reads)
        return None

    @property
    def may_pass_over(self) -> bool:
        return self.gate is not None or self.settled is not None

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    @property
    def allows_unknown(self) -> bool:
        return any(o.unknown for o in self.options)


class Section(_Model):
    id: str = Field(pattern=ID_PATTERN)
    title: Text
    intro: Text | None = None


class Term(_Model):
    id: str = Field(pattern=ID_PATTERN)
    term: Text
    definition: Text
    refs: tuple[str, ...] = ()


class Questionnaire(_Model):
    id: str = Field(pattern=ID_PATTERN)
    version: str
    title: Text
    legal_as_of: dt.date
    start: str | None = None
    """The first question; defaults to the first in the file."""
    sections: tuple[Section, ...] = Field(min_length=1)
    glossary: tuple[Term, ...] = ()
    questions: tuple[Question, ...] = Field(min_length=1)

    model_config = ConfigDict(extra="forbid", frozen=True, ignored_types=(cached_property,))

    @cached_property
    def by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    @cached_property
    def sections_by_id(self) -> dict[str, Section]:
        return {s.id: s for s in self.sections}

    @cached_property
    def terms_by_id(self) -> dict[str, Term]:
        return {t.id: t for t in self.glossary}

    @property
    def first(self) -> str:
        return self.start or self.questions[0].id

    @cached_property
    def derived(self) -> dict[str, Any]:
        """Scratch space for values computed from this (immutable) questionnaire, e.g. route lengths."""
        return {}

    def question(self, question_id: str) -> Question:
        return self.by_id[question_id]
