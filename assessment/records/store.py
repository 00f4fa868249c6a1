"""The database: one small file per assessment in a folder, plus an index; one writer, any readers.

Layout for `--db data/assessments.json`:
    data/assessments.json          the index: a format marker and cached summaries for `list`
    data/assessments.records/ID.json  one assessment (a TinyDB file with one document)
    data/assessments.backups/      numbered backups per assessment
    data/assessments.json.lock     held while a writer has the database open
    data/assessments.json.save     held for the moment of each save (see `save`)

Saving an answer rewrites only that assessment's small file, so its cost does not grow with the
number of stored assessments. The index is a cache of summaries keyed by each file's content
hash; a writer refreshes it when listing, never on the answer path. Readers (`list`, `show`,
`export`, `report`) take no lock and write nothing: they work while a writer has the database
open, and on read-only media. One unreadable record file never hides the others.
"""

import datetime as dt
import hashlib
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout
from pydantic import ValidationError
from tinydb import TinyDB

from assessment.errors import UserError
from assessment.files.atomic import FILE_MODE, clean_temp_files, fsync_folder, make_folder
from assessment.records.backups import Backups
from assessment.records.location import default_path
from assessment.records.models import ID_PATTERN, Record, RecordSummary, moment
from assessment.records.recordfile import read_record, revision_on_disk, write_record
from assessment.records.storage import CorruptDatabase, open_tinydb, read_json_file

MARKER = {"format": "assessment-db", "version": 1}
_ID = re.compile(ID_PATTERN)
_PREFIX = re.compile(r"^[0-9a-f]{1,32}$")
_EPOCH = dt.datetime.min.replace(tzinfo=dt.UTC)


def _changed_at(summary: RecordSummary) -> dt.datetime:
    """Sort key: imported records may carry another UTC offset than local ones."""
    try:
        return moment(summary.updated_at)
    except ValueError:  # a cached summary from before times were checked
        return _EPOCH


@dataclass(frozen=True)
class Unreadable:
    """A record file that cannot be read: listed with the reason, never overwritten."""

    id: str
    path: Path
    reason: str


class RecordChanged(UserError):
    """A save found another version on disk than the one it was made from."""


class Store:
    """Open with `Store.open(path)` (the writer) or `Store.read(path)` (a reader), use as a context
    manager; every call on the opening thread."""

    def __init__(self, path: Path, lock: FileLock | None) -> None:
        self.path = path
        self.records_dir = path.with_name(path.stem + ".records")
        self.backups = Backups(path.with_name(path.stem + ".backups"))
        self.read_only = lock is None
        self._lock = lock
        self.save_lock = FileLock(f"{path}.save", timeout=30, mode=FILE_MODE)
        self._thread = threading.get_ident()
        self._index: TinyDB | None = None

    # opening and closing ---------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> "Store":
        """Take the writer lock (a second instance gets a UserError), clean up, check the index."""
        target = _target(path)
        try:
            make_folder(target.parent)
        except OSError as exc:
            raise UserError(f"cannot create the database folder ({exc.strerror or exc})", str(target)) from None
        lock = FileLock(f"{target}.lock", timeout=0, mode=FILE_MODE)
        try:
            lock.acquire()
        except Timeout:
            raise UserError("the database is in use by another assessment window or process; "
                            "close that first (on network shares locks are unreliable: use a local "
                            "database)", str(target)) from None
        except OSError as exc:
            raise UserError(f"cannot lock the database ({exc.strerror or exc})", str(target)) from None
        store = cls(target, lock)
        try:
            store._start()
        except OSError as exc:
            store.close()
            raise UserError(f"cannot open the database ({exc.strerror or exc})", str(target)) from None
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def read(cls, path: str | os.PathLike[str] | None = None) -> "Store":
        """A reader: no lock, nothing written, not even the index cache. A database that does
        not exist yet reads as empty."""
        target = _target(path)
        store = cls(target, None)
        index = read_json_file(target)  # CorruptDatabase names the file
        if index is not None and list(index.get("database", {}).values()) != [MARKER]:
            raise CorruptDatabase(target, "not an assessment database")
        return store

    def _start(self) -> None:
        from assessment.records.staging import finish_imports

        clean_temp_files(self.path.parent, self.path.name)
        clean_temp_files(self.records_dir)
        self.backups.clean()
        index = open_tinydb(self.path)
        data = index.storage.read()
        if data is None:
            index.table("database").insert(MARKER)
        elif [dict(d) for d in index.table("database").all()] != [MARKER]:
            raise CorruptDatabase(self.path, "not an assessment database")
        self._index = index
        make_folder(self.records_dir)
        finish_imports(self)

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # reading -----------------------------------------------------------------------------------

    def ids(self) -> list[str]:
        if not self.records_dir.is_dir():
            return []
        return sorted(p.stem for p in self.records_dir.glob("*.json") if _ID.match(p.stem))

    def resolve(self, id_or_prefix: str) -> str:
        """The full id for a unique prefix; a UserError when none or several match."""
        wanted = id_or_prefix.strip().lower()
        if not _PREFIX.match(wanted):
            raise UserError(f"{id_or_prefix!r} is not an assessment id (hexadecimal, as `list` shows)")
        matches = [i for i in self.ids() if i.startswith(wanted)]
        if not matches:
            raise UserError(f"no assessment with id {id_or_prefix!r}", str(self.path))
        if len(matches) > 1:
            shown = ", ".join(m[:12] for m in matches[:5])
            raise UserError(f"id {id_or_prefix!r} is ambiguous ({shown}{', ...' if len(matches) > 5 else ''}): "
                            "type more characters")
        return matches[0]

    def find(self, id_or_prefix: str) -> Record:
        return self.get(self.resolve(id_or_prefix))

    def exists(self, record_id: str) -> bool:
        return self.file_of(record_id).exists()

    def get(self, record_id: str) -> Record:
        """The record as it is on disk now; CorruptDatabase naming the file when unreadable."""
        self._check_thread()
        record = read_record(self.file_of(record_id), record_id)
        if record is None:
            raise UserError(f"no assessment with id {record_id!r}", str(self.path))
        return record

    def summaries(self) -> list[RecordSummary]:
        """Every readable stored assessment, most recently changed first."""
        return self.listing()[0]

    def listing(self) -> tuple[list[RecordSummary], list[Unreadable]]:
        """Every stored assessment, most recently changed first, and the files that cannot be read."""
        cached = self._cached_summaries()
        fresh, unreadable, changed = [], [], False
        for record_id in self.ids():
            try:
                digest = self._digest(record_id)
                entry = cached.get(record_id)
                if entry and entry.get("digest") == digest:
                    try:
                        fresh.append((entry, RecordSummary.model_validate(entry["summary"])))
                        continue
                    except (ValidationError, KeyError, TypeError):
                        pass  # an older cache shape: rebuild this entry from the record
                summary = self.get(record_id).summary()
            except CorruptDatabase as exc:
                unreadable.append(Unreadable(record_id, exc.path, exc.why))
                changed = True
                continue
            entry = {"id": record_id, "digest": digest, "summary": summary.model_dump(mode="json")}
            fresh.append((entry, summary))
            changed = True
        if changed or len(fresh) != len(cached):
            self._cache_summaries([entry for entry, _ in fresh])
        return sorted((s for _, s in fresh), key=_changed_at, reverse=True), unreadable

    def _cached_summaries(self) -> dict[str, dict]:
        if self._index is not None:
            return {d["id"]: dict(d) for d in self._index.table("summaries").all()}
        try:  # a reader: whatever the writer cached last, if it can be read at all
            table = (read_json_file(self.path) or {}).get("summaries", {})
        except CorruptDatabase:
            return {}
        return {d["id"]: d for d in table.values() if isinstance(d, dict) and isinstance(d.get("id"), str)}

    def _cache_summaries(self, entries: list[dict]) -> None:
        """Keep the summaries for the next `list` (writer only). The index is only a cache: when
        it cannot be written (disk full, read-only), listing still works, just slower next time."""
        if self._index is None:
            return
        table = self._index.table("summaries")
        try:
            table.truncate()
            table.insert_multiple(entries)
        except OSError:
            pass

    def _digest(self, record_id: str) -> str:
        """What the cached summary is keyed by. Reading and hashing a small file is far cheaper
        than validating it, and unlike mtime it cannot miss two writes within one clock tick."""
        path = self.file_of(record_id)
        try:
            return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
        except OSError as exc:
            raise CorruptDatabase(path, exc.strerror or str(exc)) from None

    # writing -----------------------------------------------------------------------------------

    def save(self, record: Record) -> Record:
        """Write one assessment and return it as written (its revision raised by one); on disk
        (fsynced, atomically replaced) when this returns.

        Compare-and-swap: `record.revision` is the revision it was made from, and the file on disk
        must still hold that revision (a new record: no file). Otherwise another window or process
        saved in between (possible only when the writer lock was bypassed, e.g. its file deleted)
        and nothing is written: RecordChanged says so."""
        if not _ID.match(record.id):
            raise ValueError(f"not a record id: {record.id!r}")
        self._writable()
        path = self.file_of(record.id)
        written = record.model_copy(update={"revision": record.revision + 1})
        try:
            with self.save_lock:
                on_disk = revision_on_disk(path)
                expected = record.revision if self.exists(record.id) or record.revision else None
                if on_disk != expected:
                    raise RecordChanged(
                        f"assessment {record.id[:8]} was changed by another window or process since "
                        "it was opened here; nothing was written: close this one and resume it again "
                        "to see the other changes", str(path))
                write_record(path, written)
        except Timeout:
            raise UserError("the database is busy saving in another process; nothing was written, "
                            "try again", str(self.path)) from None
        except OSError as exc:  # disk full, permissions: the previous version is still intact
            raise UserError(f"cannot save the assessment ({exc.strerror or exc}); the last saved "
                            "version is intact", str(path)) from None
        return written

    def backup(self, record_id: str) -> Path | None:
        self._check_thread()
        self._writable()
        try:
            return self.backups.take(record_id, self.file_of(record_id))
        except OSError as exc:  # e.g. X.backups is a file, or the disk is full
            raise UserError(f"cannot keep a backup copy ({exc.strerror or exc}); nothing was changed",
                            str(self.backups.folder)) from None

    def delete(self, id_or_prefix: str) -> str:
        """Delete one assessment (a backup copy is kept); returns its full id."""
        record_id = self.resolve(id_or_prefix)
        self.get(record_id)  # never delete what we cannot read without saying so
        self.backup(record_id)
        try:
            self.file_of(record_id).unlink()
            fsync_folder(self.records_dir)
        except OSError as exc:
            raise UserError(f"cannot delete the assessment ({exc.strerror or exc})",
                            str(self.file_of(record_id))) from None
        return record_id

    # helpers -----------------------------------------------------------------------------------

    def file_of(self, record_id: str) -> Path:
        return self.records_dir / f"{record_id}.json"

    def _writable(self) -> None:
        if self.read_only:
            raise RuntimeError("a reader cannot write: open the store with Store.open")

    def _check_thread(self) -> None:
        if threading.get_ident() != self._thread:
            raise RuntimeError("use the store on the thread that opened it")


def _target(path: str | os.PathLike[str] | None) -> Path:
    target = default_path(path)
    if target.is_dir():
        raise UserError("the database must be a file path, not a folder", str(target))
    return target
