"""The working records of step derivation: one reason for one step (`Want`) and what the rules
read (`Context`). Shared by the AI Act step rules and the GDPR/policy step rules."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from assessment.i18n import Text
from assessment.intake import Intake
from assessment.legal.facts import Fact, Role
from assessment.outcome.dates import DateTable
from assessment.outcome.facts_found import FactSet
from assessment.outcome.models import Classification, TraceItem

KEEP = object()
"""Marker: keep the catalogue's own topic for the deadline."""


@dataclass
class Want:
    """One reason for one step: which variant, what fills its template, and the answers behind it."""

    step: str
    variant: str
    values: Mapping[str, str | Text] = field(default_factory=dict)
    refs: list[str] = field(default_factory=list)
    trace: list[TraceItem] = field(default_factory=list)
    detail: dict[str, str | list[str]] = field(default_factory=dict)
    topic: object = KEEP
    owner: Role | str | None = None
    caveat: Text | None = None
    decided_by: str | None = None
    """A lifecycle date of the intake that decides part of this reason's timing but is not known."""
    """Said after the reason, e.g. that the step rests on high risk assumed while a question is open."""


@dataclass(frozen=True)
class Context:
    c: Classification
    facts: FactSet
    intake: Intake
    complete: bool
    table: DateTable | None = None
    step_questions: tuple[str, ...] = ()
    """Open questions that change only steps not derived from these answers (see outcome.step_checks)."""

    @property
    def public_authority(self) -> bool:
        """A public authority (art. 26(8), 49(3)): the explicit answer, else the intake's type."""
        said = self.facts.flag(Fact.PUBLIC_AUTHORITY)
        return self.intake.public_body if said is None else said

    @property
    def public_service(self) -> bool:
        """A body governed by public law or a private public-service provider (art. 27(1) FRIA)."""
        said = self.facts.flag(Fact.PUBLIC_SERVICE)
        return self.public_authority if said is None else said

    @property
    def public(self) -> bool:
        """Intended to be used by public authorities (art. 111(2)): decides the 2030 date."""
        return intended_for_public_authorities(self.facts, self.intake)

    def has(self, role: Role) -> bool:
        return role in self.c.roles


def intended_for_public_authorities(facts: FactSet, intake: Intake) -> bool:
    """Art. 111(2): the explicit answer; a system a public authority uses is meant for one."""
    said = facts.flag(Fact.FOR_PUBLIC_AUTHORITIES)
    if said is not None:
        return said
    authority = facts.flag(Fact.PUBLIC_AUTHORITY)
    return intake.public_body if authority is None else authority
