"""The slim, typed view of one exported assessment that the overview needs.

An export carries every answer and the full trace; the overview reads only the intake, the
classification's conclusions and the steps. Keeping just those lets 10,000 exports fit in memory.
"""

import datetime as dt
from dataclasses import dataclass

from assessment.intake import Intake
from assessment.i18n import Text
from assessment.outcome.models import Classification, NextStep, OpenQuestion, PracticeFinding, StepStatus
from assessment.transfer.document import ExportedAssessment


@dataclass(frozen=True, slots=True)
class StepInfo:
    """A next step as the overview shows it (no trace)."""

    id: str
    title: Text
    status: StepStatus
    owner: str
    deadline: dt.date | None
    refs: tuple[str, ...]
    category: str | None
    """The Algoritmeregister category (A/B/C) when the step says so."""

    @classmethod
    def of(cls, step: NextStep) -> "StepInfo":
        category = step.detail.get("category")
        return cls(id=step.id, title=step.title, status=step.status, owner=str(step.owner),
                   deadline=step.deadline, refs=tuple(step.refs),
                   category=category if isinstance(category, str) else None)


@dataclass(frozen=True, slots=True)
class RegisterState:
    """The Algoritmeregister as the export tells it: the category, and whether it carries a draft."""

    category: str
    """A, B or C."""
    drafted: bool
    open_mandatory: tuple[str, ...]
    """Register fields needed to publish that the draft leaves to the owner (register keys)."""


@dataclass(frozen=True, slots=True)
class SystemRecord:
    """One assessed system, from one export file."""

    assessment_id: str
    source: str
    """The file it was read from."""
    updated_at: dt.datetime | None
    """When the assessment itself last changed; decides which duplicate is the latest."""
    exported_at: dt.datetime | None
    questionnaire: str
    """Questionnaire id and version, e.g. 'ai-act 1.0'."""
    legal_as_of: dt.date | None
    complete: bool
    intake: Intake
    applicability: str | None
    risk_class: str | None
    roles: tuple[str, ...]
    high_risk_basis: tuple[str, ...]
    derogation: str | None
    practices: tuple[PracticeFinding, ...]
    transparency: tuple[str, ...]
    provisional: bool
    open_questions: tuple[OpenQuestion, ...]
    impact: str | None
    steps: tuple[StepInfo, ...]
    register: RegisterState | None = None
    """None when the assessment gives no register category (unfinished, not an algorithm, not used
    by the organisation itself)."""

    @property
    def order_key(self) -> tuple:
        """Later is newer: the assessment's own change time, then the export time, then the file."""
        floor = dt.datetime.min.replace(tzinfo=dt.UTC)
        return (_aware(self.updated_at) or floor, _aware(self.exported_at) or floor, self.source)

    def step(self, step_id: str) -> StepInfo | None:
        return next((s for s in self.steps if s.id == step_id), None)


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    # Naive times cannot be compared with aware ones; exports write UTC, so read naive as UTC.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment


def classification_fields(c: Classification | None) -> dict:
    """The SystemRecord fields taken from a classification (None while the walk is unfinished)."""
    if c is None:
        return dict(applicability=None, risk_class=None, roles=(), high_risk_basis=(), derogation=None,
                    practices=(), transparency=(), provisional=True, open_questions=(), impact=None)
    return dict(applicability=c.applicability, risk_class=c.risk_class,
                roles=tuple(str(r) for r in c.roles), high_risk_basis=tuple(c.high_risk_basis),
                derogation=c.derogation, practices=tuple(c.prohibited_practices),
                transparency=tuple(c.transparency_duties), provisional=c.provisional,
                open_questions=tuple(c.open_questions), impact=c.profile.impact)


def register_state(a: ExportedAssessment) -> RegisterState | None:
    """From the draft the export carries; an export without one (older, or a system switched off)
    still tells the category through its register step, without a draft."""
    if a.register_draft is not None:
        d = a.register_draft
        return RegisterState(category=d.category, drafted=True, open_mandatory=tuple(d.open_mandatory()))
    category = next((s.detail.get("category") for s in a.steps if s.id == "algoritmeregister"), None)
    return RegisterState(category=category, drafted=False, open_mandatory=()) \
        if isinstance(category, str) else None


def from_export(a: ExportedAssessment, exported_at: dt.datetime, source: str) -> SystemRecord:
    """The slim record of one exported assessment; the answers and traces stay behind."""
    return SystemRecord(
        assessment_id=a.id, source=source, updated_at=a.updated_at, exported_at=exported_at,
        questionnaire=f"{a.questionnaire.id} {a.questionnaire.version}",
        legal_as_of=a.questionnaire.legal_as_of, complete=a.complete, intake=a.intake,
        steps=tuple(StepInfo.of(s) for s in a.steps), **classification_fields(a.classification),
        register=register_state(a),
    )
