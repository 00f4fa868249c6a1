"""Rotating backups: the last few versions of each record, taken before it is changed or deleted.

Backups are numbered per record (`ID.000000007.json`), never named by the clock: a clock set back
must not make the newest copy look oldest and get it pruned. Copies named by time by earlier
versions of the tool (`ID.20260101T120000000000Z.json`) count as older than every numbered one.
"""

import re
from pathlib import Path

from assessment.files.atomic import clean_temp_files, make_folder, write_atomic

KEEP = 5
"""Backups kept per assessment."""
_NUMBERED = re.compile(r"^\d{9}$")


def _order(path: Path) -> tuple[int, int, str]:
    """Sort key, oldest first: time-named copies (by name), then numbered ones (by number)."""
    tag = path.name.split(".")[1]
    return (1, int(tag), "") if _NUMBERED.match(tag) else (0, 0, tag)


class Backups:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def clean(self) -> None:
        clean_temp_files(self.folder)

    def take(self, record_id: str, source: Path) -> Path | None:
        """Copy `source` aside as the next numbered backup and drop the oldest beyond KEEP."""
        if not source.exists():
            return None
        make_folder(self.folder)
        existing = self.of(record_id)
        number = _order(existing[0])[1] + 1 if existing else 1
        target = self.folder / f"{record_id}.{number:09d}.json"
        write_atomic(target, source.read_bytes())
        for old in self.of(record_id)[KEEP:]:
            old.unlink(missing_ok=True)
        return target

    def of(self, record_id: str) -> list[Path]:
        """The backups of one record, newest first."""
        if not self.folder.is_dir():
            return []
        return sorted(self.folder.glob(f"{record_id}.*.json"), key=_order, reverse=True)
