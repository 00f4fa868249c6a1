"""Rotating backups: the last few versions of each record, taken before it is changed or deleted."""

import datetime as dt
from pathlib import Path

from assessment.files.atomic import clean_temp_files, make_folder, write_atomic

KEEP = 5
"""Backups kept per assessment."""


class Backups:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def clean(self) -> None:
        clean_temp_files(self.folder)

    def take(self, record_id: str, source: Path) -> Path | None:
        """Copy `source` aside and drop the oldest copies beyond KEEP."""
        if not source.exists():
            return None
        make_folder(self.folder)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.folder / f"{record_id}.{stamp}.json"
        write_atomic(target, source.read_bytes())
        for old in self.of(record_id)[KEEP:]:
            old.unlink(missing_ok=True)
        return target

    def of(self, record_id: str) -> list[Path]:
        """The backups of one record, newest first."""
        if not self.folder.is_dir():
            return []
        return sorted(self.folder.glob(f"{record_id}.*.json"), reverse=True)
