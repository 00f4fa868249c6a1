"""The dates table (data/dates.yaml): when each part of the law applies, with source and check date.

Amendments (the Digital Omnibus rows) supersede the row they replace; a topic resolves to the row
nobody supersedes. The Omnibus is adopted law: its rows are not marked 'verify' for that reason. Its
Official Journal reference is data with a verified flag of its own; a step is marked 'verify' only
when its date row says the date itself is still to be checked.
"""

import datetime as dt
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from assessment.i18n import Text
from assessment.legal.refs import is_canonical
from assessment.outcome.datafile import load_model
from assessment.resources import content_dir

DATA_DIR = content_dir("data")
DATES_FILE = DATA_DIR / "dates.yaml"


class DateRow(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    topic: str
    date: dt.date
    covers: Text
    source: str
    verified_on: dt.date
    omnibus: bool = False
    oj_reference: Text | None = None
    """Where the amending act is published (e.g. 'Regulation (EU) 2026/1744, OJ L of 24 July 2026')."""
    oj_verified: bool = False
    """True once that Official Journal reference has been checked against the OJ itself."""
    verify: bool = False
    """The date itself is still to be checked against its source: steps resting on it say so."""
    supersedes: str | None = None

    @field_validator("source")
    @classmethod
    def _canonical(cls, value: str) -> str:
        if not is_canonical(value):
            raise ValueError(f"{value!r} is not a canonical legal reference")
        return value


class DateTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rows: tuple[DateRow, ...]

    @model_validator(mode="after")
    def _consistent(self) -> "DateTable":
        ids = [r.id for r in self.rows]
        if len(ids) != len(set(ids)):
            raise ValueError("row ids must be unique")
        for row in self.rows:
            if row.supersedes and row.supersedes not in ids:
                raise ValueError(f"{row.id}: supersedes unknown row {row.supersedes!r}")
        for topic in {r.topic for r in self.rows}:
            if len(self._current(topic)) != 1:
                raise ValueError(f"topic {topic!r} must resolve to exactly one row")
        return self

    def _current(self, topic: str) -> list[DateRow]:
        replaced = {r.supersedes for r in self.rows if r.supersedes}
        return [r for r in self.rows if r.topic == topic and r.id not in replaced]

    def effective(self, topic: str) -> DateRow:
        """The row that applies for `topic` (after amendments); KeyError for an unknown topic."""
        found = self._current(topic)
        if not found:
            raise KeyError(topic)
        return found[0]

    def row(self, row_id: str) -> DateRow:
        return next(r for r in self.rows if r.id == row_id)

    def in_force(self, as_of: dt.date) -> list[DateRow]:
        """Rows in effect on `as_of` (superseded rows left out), oldest first."""
        replaced = {r.supersedes for r in self.rows if r.supersedes}
        return sorted((r for r in self.rows if r.id not in replaced and r.date <= as_of),
                      key=lambda r: r.date)


def load_dates(path: Path | None = None) -> DateTable:
    return load_model(path or DATES_FILE, DateTable)


@lru_cache(maxsize=1)
def shipped_dates() -> DateTable:
    return load_dates(DATES_FILE)
