"""The working records of step derivation: one reason for one step (`Want`) and what the rules
read (`Context`). Shared by the AI Act step rules and the GDPR/policy step rules."""

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
    values: dict[str, str | Text] = field(default_factory=dict)
    refs: list[str] = field(default_factory=list)
    trace: list[TraceItem] = field(default_factory=list)
    detail: dict[str, str | list[str]] = field(default_factory=dict)
    topic: object = KEEP
    owner: Role | str | None = None
    caveat: Text | None = None
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
    def public(self) -> bool:
        """A public-law body or public-service provider: the explicit answer, else the intake's type."""
        said = self.facts.flag(Fact.PUBLIC_BODY)
        return self.intake.public_body if said is None else said

    def has(self, role: Role) -> bool:
        return role in self.c.roles
