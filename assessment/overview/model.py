"""The overview as typed data: what every renderer shows and what `--format json` prints.

JSON shape: `Overview.model_json_schema()`; `schema` and `version` identify it. Ids are
language-neutral; texts from the exports keep both languages ({nl, en}); free text is as typed.
"""

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assessment.i18n import Text
from assessment.outcome.models import OpenQuestion

OVERVIEW_SCHEMA = "assessment-overview"
OVERVIEW_VERSION = 1
HORIZON_DAYS = 90
"""Steps whose deadline falls within this many days of the as-of date are listed as due soon."""

Situation = Literal["active", "switched_off", "excepted"]
"""How a prohibited practice stands: still running, stopped, or cleared by an exception ground."""


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SystemRef(_Out):
    """Who and what, repeated in every list so each entry reads on its own."""

    assessment_id: str
    system_name: str
    ministry: str
    organisation: str


class SystemRow(SystemRef):
    """One assessed system: the complete register the 2025 inventory lacked."""

    organisation_type: str | None
    status: str | None
    switched_off_on: dt.date | None
    function: str
    business_process: str
    applicability: str | None
    """None while the assessment is unfinished."""
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


class ExceptionClaim(_Out):
    ref: str
    exception_ref: str
    motivation: str | None
    cleared: bool


class PracticeSystem(_Out):
    system: SystemRef
    situation: Situation
    status: str | None
    switched_off_on: dt.date | None
    exception_ref: str | None
    motivation: str | None
    business_process: str


class PracticeGroup(_Out):
    """Uitvraag questions 1-3 per practice: which systems, and how each stands."""

    ref: str
    active: int
    switched_off: int
    excepted: int
    systems: list[PracticeSystem]


class ProcessGroup(_Out):
    """Uitvraag question 4: the business process and the systems with a prohibited practice in it."""

    business_process: str
    systems: list[PracticeSystem]


class StepState(_Out):
    """Whether a step is still open for a system, with its deadline and (register) category."""

    open: bool
    """The step is among the system's next steps (not done, or required and not yet met)."""
    deadline: dt.date | None = None
    category: str | None = None


class HighRiskEntry(_Out):
    system: SystemRef
    status: str | None
    basis: list[str]
    annex_iii: list[str]
    fria: StepState
    eu_database_registration: StepState
    algoritmeregister: StepState
    provisional: bool


class TransparencyGroup(_Out):
    ref: str
    systems: list[SystemRef]


class ProvisionalEntry(_Out):
    system: SystemRef
    complete: bool
    open_questions: list[OpenQuestion]


class DeadlineEntry(_Out):
    system: SystemRef
    step_id: str
    title: Text
    owner: str
    step_status: str
    deadline: dt.date
    days_left: int
    """Negative when the deadline has passed."""
    overdue: bool


class Count(_Out):
    value: str | None
    """The id counted; None where the field was left empty."""
    count: int


class Counts(_Out):
    ministry: list[Count]
    organisation_type: list[Count]
    status: list[Count]
    risk_class: list[Count]


class SkippedFile(_Out):
    path: str
    reason: Literal["empty", "binary", "too_large", "unreadable", "not_json_file", "invalid"]
    detail: str


class DroppedCopy(_Out):
    source: str
    reason: Literal["identical", "older"]
    """'identical': the same version again; 'older': a newer version of it was found."""


class Duplicate(_Out):
    assessment_id: str
    system_name: str
    kept: str
    dropped: list[DroppedCopy]


class Totals(_Out):
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


class Overview(_Out):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    schema_id: Literal["assessment-overview"] = Field(OVERVIEW_SCHEMA, alias="schema")
    """Serialise with by_alias=True: the JSON key is `schema`."""
    version: Literal[1] = OVERVIEW_VERSION
    tool_version: str
    as_of: dt.date
    horizon_days: int
    totals: Totals
    practices: list[PracticeGroup]
    processes: list[ProcessGroup]
    counts: Counts
    high_risk: list[HighRiskEntry]
    transparency: list[TransparencyGroup]
    provisional: list[ProvisionalEntry]
    deadlines: list[DeadlineEntry]
    systems: list[SystemRow]
    skipped: list[SkippedFile]
    duplicates: list[Duplicate]


SystemRow.model_rebuild()
