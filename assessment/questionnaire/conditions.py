"""Branching conditions as data: answer is/in, contains any/all, answered, all/any/not.

Conditions are parsed into small models and evaluated by plain code; nothing is ever run as an
expression. Each condition can also list what it reads, so the validator can check it statically.
"""

from collections.abc import Iterator, Mapping
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

AnswerValue = str | tuple[str, ...]
"""An option id, a tuple of option ids (multiple choice), a text, or an ISO date."""

Answers = Mapping[str, AnswerValue]


class _Base(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class AnswerIs(_Base):
    answer: str
    is_: str = Field(alias="is")

    def holds(self, answers: Answers) -> bool:
        return answers.get(self.answer) == self.is_

    def reads(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        yield self.answer, (self.is_,)


class AnswerIn(_Base):
    answer: str
    in_: tuple[str, ...] = Field(alias="in", min_length=1)

    def holds(self, answers: Answers) -> bool:
        return answers.get(self.answer) in self.in_

    def reads(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        yield self.answer, self.in_


class ContainsAny(_Base):
    answer: str
    contains_any: tuple[str, ...] = Field(min_length=1)

    def holds(self, answers: Answers) -> bool:
        picked = chosen(answers.get(self.answer))
        return any(option in picked for option in self.contains_any)

    def reads(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        yield self.answer, self.contains_any


class ContainsAll(_Base):
    answer: str
    contains_all: tuple[str, ...] = Field(min_length=1)

    def holds(self, answers: Answers) -> bool:
        picked = chosen(answers.get(self.answer))
        return all(option in picked for option in self.contains_all)

    def reads(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        yield self.answer, self.contains_all


class Answered(_Base):
    answered: str

    def holds(self, answers: Answers) -> bool:
        return self.answered in answers

    def reads(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        yield self.answered, ()


class AllOf(_Base):
    all: tuple["Condition", ...] = Field(min_length=1)

    def holds(self, answers: Answers) -> bool:
        return all(c.holds(answers) for c in self.all)

    def reads(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        for c in self.all:
            yield from c.reads()


class AnyOf(_Base):
    any: tuple["Condition", ...] = Field(min_length=1)

    def holds(self, answers: Answers) -> bool:
        return any(c.holds(answers) for c in self.any)

    def reads(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        for c in self.any:
            yield from c.reads()


class Not(_Base):
    not_: "Condition" = Field(alias="not")

    def holds(self, answers: Answers) -> bool:
        return not self.not_.holds(answers)

    def reads(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        yield from self.not_.reads()


def chosen(value: AnswerValue | None) -> tuple[str, ...]:
    """The option ids an answer holds: none, one, or the ticked ones."""
    if value is None:
        return ()
    return value if isinstance(value, tuple) else (value,)


FORMS = ("is", "in", "contains_any", "contains_all", "answered", "all", "any", "not")
"""The key that tells each condition form apart, in the order they are recognised."""


def _kind(value: Any) -> str | None:
    """Pick the condition form by its distinctive key, so errors name the right form."""
    if isinstance(value, BaseModel):
        return {
            AnswerIs: "is", AnswerIn: "in", ContainsAny: "contains_any",
            ContainsAll: "contains_all", Answered: "answered", AllOf: "all", AnyOf: "any", Not: "not",
        }[type(value)]
    if isinstance(value, dict):
        for key in FORMS:
            if key in value:
                return key
    return None


Condition = Annotated[
    Annotated[AnswerIs, Tag("is")]
    | Annotated[AnswerIn, Tag("in")]
    | Annotated[ContainsAny, Tag("contains_any")]
    | Annotated[ContainsAll, Tag("contains_all")]
    | Annotated[Answered, Tag("answered")]
    | Annotated[AllOf, Tag("all")]
    | Annotated[AnyOf, Tag("any")]
    | Annotated[Not, Tag("not")],
    Discriminator(
        _kind,
        custom_error_type="condition",
        custom_error_message=(
            "a condition needs one of: answer+is, answer+in, answer+contains_any, "
            "answer+contains_all, answered, all, any, not"
        ),
    ),
]

AllOf.model_rebuild()
AnyOf.model_rebuild()
Not.model_rebuild()
