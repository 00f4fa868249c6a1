"""Writing many records as one transaction (an import): all or nothing, also when killed.

Every record is first written to a staging folder inside the records folder, and the records it
replaces are backed up. Only then is a COMMITTED mark written; from that moment the import counts,
and moving the staged files in (renames: no disk space needed) is finished by whoever opens the
database next if this process dies halfway. A staging folder without the mark is debris of an
import that never committed and is removed: the database is as it was before.
"""

import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

from assessment.errors import UserError
from assessment.files.atomic import fsync_folder, make_folder, write_atomic
from assessment.records.models import Record
from assessment.records.recordfile import revision_on_disk, write_record

PREFIX = ".import-"
MARK = "COMMITTED"


def commit(store, records: list[Record], expected: dict[str, int | None],
           before_commit: Callable[[], None] = lambda: None) -> None:
    """Write `records` (each with its final revision) into `store` as one transaction.
    `expected` holds, per id, the revision on disk the decision to write was based on (None: no
    file); when another process changed one meanwhile, nothing is written."""
    staging = store.records_dir / f"{PREFIX}{secrets.token_hex(4)}"
    try:
        make_folder(staging)
        for record in records:
            write_record(staging / f"{record.id}.json", record, sync_folder=False)
        fsync_folder(staging)
        for record in records:
            if expected.get(record.id) is not None:
                store.backup(record.id)
        with store.save_lock:
            for record in records:
                on_disk = revision_on_disk(store.file_of(record.id))
                if on_disk != expected.get(record.id):
                    raise UserError(f"assessment {record.id[:8]} was changed by another window or "
                                    "process during the import; nothing was imported: try again",
                                    str(store.file_of(record.id)))
            before_commit()
            write_atomic(staging / MARK, b"")
            _move_in(staging, store.records_dir)
    except OSError as exc:
        _discard(staging)
        raise UserError(f"cannot import ({exc.strerror or exc}); nothing was imported",
                        str(store.path)) from None
    except BaseException:
        _discard(staging)  # only removes an uncommitted folder
        raise


def _move_in(staging: Path, records_dir: Path) -> None:
    for staged in sorted(staging.glob("*.json")):
        os.replace(staged, records_dir / staged.name)
    fsync_folder(records_dir)
    (staging / MARK).unlink()
    staging.rmdir()
    fsync_folder(records_dir)


def _discard(staging: Path) -> None:
    if staging.is_dir() and not (staging / MARK).exists():
        shutil.rmtree(staging, ignore_errors=True)


def finish_imports(store) -> None:
    """At the writer's start: finish committed imports a killed process left halfway, and remove
    the staging folders of imports that never committed."""
    for staging in store.records_dir.glob(f"{PREFIX}*"):
        if not staging.is_dir():
            continue
        if (staging / MARK).exists():
            _move_in(staging, store.records_dir)
        else:
            shutil.rmtree(staging, ignore_errors=True)
