"""What is stored per assessment. Free text is kept exactly as typed."""

import datetime as dt
import re
import uuid
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assessment.engine.walk import Answer
from assessment.intake import Intake, SystemStatus
from assessment.outcome.models import Applicability, Outcome, RiskClass

RECORD_FORMAT: Final = 1
ID_PATTERN = r"^[0-9a-f]{32}$"


def new_id() -> str:
    """A language-neutral id; `list` shows the first 8 characters and any unique prefix finds it."""
    return uuid.uuid4().hex


def now() -> str:
    """Local time with its offset, ISO 8601, to the second."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` unchanged, unless it holds lone surrogates (invalid Unicode, e.g. from a YAML escape
    or a broken terminal decode): those cannot be written as UTF-8 and become U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


class _Stored(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StoredAnswer(_Stored):
    question_id: str
    value: str | tuple[str, ...]
    note: str = ""
    flagged: bool = False
    answered_at: str = ""
    source: Literal["", "intake", "override"] = ""

    @classmethod
    def of(cls, answer: Answer) -> "StoredAnswer":
        value = storable(answer.value) if isinstance(answer.value, str) else answer.value
        return cls(question_id=answer.question_id, value=value, note=storable(answer.note),
                   flagged=answer.flagged, answered_at=answer.answered_at, source=answer.source)

    def to_answer(self) -> Answer:
        return Answer(self.question_id, self.value, self.note, self.flagged, self.answered_at, self.source)


class Latest(_Stored):
    """The last evaluated result, so `list` and the home screen need not re-classify everything.
    Applicability and risk class are None while the walk is incomplete (there is no classification)."""

    complete: bool
    applicability: Applicability | None = None
    risk_class: RiskClass | None = None
    as_of: dt.date
    provisional: bool = False
    """The classification rests on 'weet ik niet' answers (the home list says 'voorlopig')."""

    @classmethod
    def of(cls, outcome: Outcome) -> "Latest":
        c = outcome.classification
        return cls(complete=outcome.complete, as_of=outcome.as_of,
                   applicability=c.applicability if c else None,
                   risk_class=c.risk_class if c else None, provisional=bool(c and c.provisional))


def moment(text: str) -> dt.datetime:
    """An ISO 8601 time as an aware datetime in UTC (a naive one is taken as local time);
    ValueError for text that is not a time or one outside the calendar once in UTC (a year 9999
    with offset -14:00 is past the year 9999)."""
    try:
        parsed = dt.datetime.fromisoformat(text)
        return (parsed if parsed.tzinfo else parsed.astimezone()).astimezone(dt.UTC)
    except (ValueError, OverflowError):
        raise ValueError(f"{text[:40]!r} is not a date and time (ISO 8601)") from None


class Record(_Stored):
    format: Literal[1] = RECORD_FORMAT
    id: str
    revision: int = Field(default=0, ge=0)
    """Raised by one on every save; a save refuses when the file on disk has another revision
    than the one this version was made from (see Store.save). 0: saved before revisions existed."""
    created_at: str
    updated_at: str
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_hash: str
    intake: Intake = Intake()
    answers: tuple[StoredAnswer, ...] = ()
    set_aside: tuple[StoredAnswer, ...] = ()
    """Answers that left the path when the questionnaire changed: kept, shown, never silently lost."""
    latest: Latest | None = None
    imported: dict[str, Any] | None = None
    """The exported assessment this record was imported from, kept verbatim until changed here, so
    exporting it again gives the same document."""

    @field_validator("created_at", "updated_at")
    @classmethod
    def _a_time(cls, value: str) -> str:
        moment(value)
        return value

    @property
    def complete(self) -> bool:
        return bool(self.latest and self.latest.complete)

    def summary(self) -> "RecordSummary":
        # Only a complete walk has a classification; a record saved before that rule may still carry
        # a risk class from a partial walk, which must not reach `list` or the home screen.
        latest = self.latest if self.complete else None
        return RecordSummary(
            id=self.id, system_name=self.intake.system_name, organisation=self.intake.organisation,
            status=self.intake.status, risk_class=latest.risk_class if latest else None,
            applicability=latest.applicability if latest else None,
            provisional=bool(latest and latest.provisional), updated_at=self.updated_at,
            created_at=self.created_at, complete=self.complete,
            answered=len(self.answers), flagged=sum(a.flagged for a in self.answers),
            questionnaire_version=self.questionnaire_version, imported=self.imported is not None)


class RecordSummary(_Stored):
    """One line of `list` and the home screen."""

    id: str
    system_name: str
    organisation: str
    status: SystemStatus | None
    risk_class: RiskClass | None
    applicability: Applicability | None = None
    provisional: bool = False
    updated_at: str
    created_at: str = ""
    complete: bool
    answered: int = 0
    flagged: int = 0
    questionnaire_version: str = ""
    imported: bool = False
