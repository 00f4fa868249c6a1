"""The overview as typed data: what every renderer shows and what `--format json` prints.

Frozen dataclasses, not pydantic models: their values come from exports that were validated
strictly when read, and an overview of 10,000 systems builds ~100,000 of them (a pydantic model
costs several times more to make). `ADAPTER` serialises them and gives the JSON Schema.
JSON shape: `ADAPTER.json_schema()`; `schema` and `version` identify it. Ids are language-neutral;
texts from the exports keep both languages ({nl, en}); free text is as typed.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Final, Literal, TypeVar, dataclass_transform

from pydantic import ConfigDict, TypeAdapter

from assessment.i18n import Text
from assessment.outcome.models import OpenQuestion

OVERVIEW_SCHEMA: Final = "assessment-overview"
OVERVIEW_VERSION: Final = 1
HORIZON_DAYS = 90
"""Steps whose deadline falls within this many days of the as-of date are listed as due soon."""

_T = TypeVar("_T")

SkipReason = Literal["empty", "binary", "too_large", "unreadable", "not_json_file", "invalid"]
"""Why a file was left out of the overview."""

Situation = Literal["active", "switched_off", "excepted"]
"""How a prohibited practice stands: still running, stopped, or cleared by an exception ground."""


@dataclass_transform(frozen_default=True, kw_only_default=True)
def _out(cls: type[_T]) -> type[_T]:
    """A frozen, slotted, keyword-only dataclass whose field docstrings describe the schema
    (dataclass_transform tells type checkers it is a dataclass)."""
    made = dataclass(frozen=True, slots=True, kw_only=True)(cls)
    # The docstrings under the fields become their descriptions in the published JSON Schema.
    made.__pydantic_config__ = ConfigDict(use_attribute_docstrings=True)  # type: ignore[attr-defined]
    return made


@_out
class SystemRef:
    """Who and what, repeated in every list so each entry reads on its own."""

    assessment_id: str
    system_name: str
    ministry: str
    organisation: str


@_out
class SystemRow(SystemRef):
    """One assessed system: the complete register the 2025 inventory lacked."""

    ministry_id: str | None
    """The ministry's id (data/organisations.yaml): exported, or matched from the name; null when
    no ministry was given or the name matches none (then it is listed under unmapped_ministries)."""
    organisation_type: str | None
    status: str | None
    switched_off_on: dt.date | None
    function: str
    business_process: str
    applicability: str | None
    """null while the assessment is unfinished."""
    risk_class: str | None
    risk_group: str
    """The risk class, or why there is none (the applicability id), or 'unfinished'."""
    roles: list[str]
    high_risk_basis: list[str]
    derogation: str | None
    prohibited: list[str]
    """Prohibited practices not cleared by an exception."""
    excepted: list[str]
    """Prohibited practices cleared by a claimed and motivated exception."""
    exception_claims: list["ExceptionClaim"]
    transparency: list[str]
    fria: "StepState"
    eu_database_registration: "StepState"
    algoritmeregister: "StepState"
    register_category: str | None
    """The Algoritmeregister category (A, B, C); null when the assessment gives none."""
    register_draft: bool
    """The export carries a draft register entry."""
    register_open_mandatory: list[str]
    """Register fields needed to publish that the draft leaves to the owner (register keys)."""
    next_deadline: dt.date | None
    """The earliest deadline among the system's next steps."""
    overdue_steps: int
    """Steps whose deadline lies before the as-of date."""
    provisional: bool
    open_questions: int
    complete: bool
    assessed_on: dt.date | None
    legal_as_of: dt.date | None
    questionnaire: str
    source: str


@_out
class ExceptionClaim:
    ref: str
    exception_ref: str
    motivation: str | None
    cleared: bool


@_out
class PracticeSystem:
    system: SystemRef
    ref: str
    """The practice."""
    situation: Situation
    status: str | None
    switched_off_on: dt.date | None
    exception_ref: str | None
    motivation: str | None
    business_process: str


@_out
class PracticeGroup:
    """Uitvraag questions 1-3 per practice: which systems, and how each stands."""

    ref: str
    active: int
    switched_off: int
    excepted: int
    systems: list[PracticeSystem]


@_out
class ProcessGroup:
    """Uitvraag question 4: the business process and the systems with a prohibited practice in it."""

    business_process: str
    systems: list[PracticeSystem]


@_out
class StepState:
    """Whether a step is still open for a system, with its deadline and (register) category."""

    open: bool
    """The step is among the system's next steps (not done, or required and not yet met)."""
    deadline: dt.date | None = None
    category: str | None = None


@_out
class HighRiskEntry:
    system: SystemRef
    status: str | None
    basis: list[str]
    annex_iii: list[str]
    fria: StepState
    eu_database_registration: StepState
    algoritmeregister: StepState
    provisional: bool


@_out
class RegisterDraftState:
    """A system in Algoritmeregister category A or B: is a draft entry there, and what must the owner
    still write before it can be published."""

    system: SystemRef
    category: str
    status: str | None
    draft: bool
    """The export carries a draft entry (exports made before drafts existed carry none)."""
    open_mandatory: list[str]
    """Register keys (e.g. 'contact_email') the register needs that the draft leaves open."""


@_out
class TransparencyGroup:
    ref: str
    systems: list[SystemRef]


@_out
class ProvisionalEntry:
    system: SystemRef
    complete: bool
    open_questions: list[OpenQuestion]


@_out
class DeadlineEntry:
    system: SystemRef
    step_id: str
    title: Text
    owner: str
    step_status: str
    deadline: dt.date
    days_left: int
    """Negative when the deadline has passed."""
    overdue: bool


@_out
class Count:
    value: str | None
    """The id counted; null where the field was left empty."""
    count: int


@_out
class Counts:
    ministry: list[Count]
    """Per ministry id; 'unmapped' counts the names that match no ministry (listed in
    unmapped_ministries)."""
    organisation_type: list[Count]
    status: list[Count]
    risk_class: list[Count]


@_out
class UnmappedMinistry:
    """A ministry written by hand (an export from before the list) that matches no known ministry."""

    name: str
    """As written in the export."""
    systems: list[SystemRef]


@_out
class SkippedFile:
    path: str
    reason: SkipReason
    detail: str


@_out
class DroppedCopy:
    source: str
    reason: Literal["identical", "older"]
    """'identical': the same version again; 'older': a newer version of it was found."""


@_out
class Duplicate:
    assessment_id: str
    system_name: str
    kept: str
    dropped: list[DroppedCopy]


@_out
class Totals:
    files_read: int
    files_skipped: int
    assessments_read: int
    duplicates_dropped: int
    systems: int
    prohibited_active: int
    """Systems with at least one practice still active."""
    prohibited_switched_off: int
    excepted: int
    high_risk: int
    provisional: int
    deadlines_overdue: int
    deadlines_due_soon: int


@_out
class Overview:
    schema: Literal["assessment-overview"] = OVERVIEW_SCHEMA
    version: Literal[1] = OVERVIEW_VERSION
    tool_version: str
    as_of: dt.date
    horizon_days: int
    totals: Totals
    practices: list[PracticeGroup]
    processes: list[ProcessGroup]
    counts: Counts
    high_risk: list[HighRiskEntry]
    register_drafts: list[RegisterDraftState]
    """Every system in register category A or B."""
    transparency: list[TransparencyGroup]
    provisional: list[ProvisionalEntry]
    deadlines: list[DeadlineEntry]
    systems: list[SystemRow]
    skipped: list[SkippedFile]
    duplicates: list[Duplicate]
    unmapped_ministries: list[UnmappedMinistry]


ADAPTER: TypeAdapter[Overview] = TypeAdapter(Overview)
