"""Which intake facts answer which questions (data/intake_answers.yaml), and where an answer
contradicts the intake. Pure: no faces, no storage; `Session` applies it."""

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assessment.intake import Intake
from assessment.organisations import load_organisations
from assessment.outcome.datafile import load_model
from assessment.questionnaire.conditions import AnswerValue
from assessment.questionnaire.model import Questionnaire
from assessment.resources import content_dir

LINKS_FILE = content_dir("data") / "intake_answers.yaml"


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rule(_Data):
    answer: str | None = None
    """The option the intake answers the question with (the question is not asked)."""
    fits: tuple[str, ...] = ()
    """Options that agree with the intake, when it does not answer the question by itself."""

    @property
    def agreeing(self) -> tuple[str, ...]:
        return (self.answer,) if self.answer else self.fits


OrganisationFact = Literal["public_authority", "public_law_or_service", "for_public_authorities"]


class Link(_Data):
    field: Literal["status", "organisation_type", "acquisition"]
    question: str
    values: dict[str, Rule] = {}
    by_organisation: dict[str, dict[OrganisationFact, bool]] = {}
    """Option -> the facts of data/organisations.yaml an organisation type must have for it (all
    known and equal); a type that matches no option leaves the question to be asked."""

    def rule(self, intake: Intake) -> Rule | None:
        """What the intake says about the question; None when it says nothing."""
        value = getattr(intake, self.field)
        if value is None:
            return None
        if self.by_organisation:
            kind = load_organisations().kind(str(value))
            found = [option for option, facts in self.by_organisation.items()
                     if kind is not None and all(getattr(kind, f) is v for f, v in facts.items())]
            return Rule(answer=found[0]) if len(found) == 1 else None
        return self.values.get(str(value))

    def agrees(self, intake: Intake, value: AnswerValue) -> bool:
        rule = self.rule(intake)
        if rule is None:
            return True
        chosen = (value,) if isinstance(value, str) else value
        return any(option in rule.agreeing for option in chosen)

    def intake_value(self, value: AnswerValue) -> str | None:
        """The one intake value that gives `value` as its answer; None when none or several do."""
        if self.by_organisation or not isinstance(value, str):
            return None
        found = [v for v, rule in self.values.items() if rule.answer == value]
        return found[0] if len(found) == 1 else None


@dataclass(frozen=True)
class Conflict:
    """An answer that contradicts the intake: both faces show it and ask which holds."""

    question_id: str
    field: str
    intake_value: str
    answer: AnswerValue
    intake_answers: bool
    """True when the intake gives an answer of its own (keeping the intake sets it); False when it
    only rules answers out (keeping the intake means answering the question again)."""


class Links(_Data):
    links: tuple[Link, ...]

    def given(self, intake: Intake) -> dict[str, AnswerValue]:
        """The answers the intake gives, by question id."""
        out: dict[str, AnswerValue] = {}
        for link in self.links:
            rule = link.rule(intake)
            if rule is not None and rule.answer is not None:
                out[link.question] = rule.answer
        return out

    def link_for(self, question_id: str) -> Link | None:
        return next((link for link in self.links if link.question == question_id), None)

    def conflicts(self, answers: Mapping[str, tuple[AnswerValue, str]], intake: Intake) -> list[Conflict]:
        """Answers (value and source by question id) that contradict the intake; an answer the
        officer chose to keep over the intake ('override') is not raised again."""
        out = []
        for link in self.links:
            found = answers.get(link.question)
            if found is None or found[1] == "override" or link.agrees(intake, found[0]):
                continue
            rule = link.rule(intake)
            out.append(Conflict(link.question, link.field, str(getattr(intake, link.field)), found[0],
                                intake_answers=rule is not None and rule.answer is not None))
        return out

    def problems(self, questionnaire: Questionnaire) -> list[str]:
        """Links naming a question or option the questionnaire does not have."""
        out = []
        for link in self.links:
            question = questionnaire.by_id.get(link.question)
            if question is None:
                out.append(f"{link.field}: no question {link.question!r}")
                continue
            options = set(link.by_organisation) | {o for rule in link.values.values() for o in rule.agreeing}
            out += [f"{link.field}: question {link.question} has no option {o!r}"
                    for o in sorted(options) if question.option(o) is None]
        return out


@lru_cache(maxsize=4)
def load_links(path: Path = LINKS_FILE) -> Links:
    return load_model(path, Links)
