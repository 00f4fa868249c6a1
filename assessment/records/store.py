"""The database: one small TinyDB file per assessment in a folder, plus an index, one writer.

Layout for `--db data/assessments.json`:
    data/assessments.json          the index: a format marker and cached summaries for `list`
    data/assessments.records/ID.json  one assessment (a TinyDB with one document)
    data/assessments.backups/      rotating backups per assessment
    data/assessments.json.lock     held while the database is open

Saving an answer rewrites only that assessment's small file, so its cost does not grow with the
number of stored assessments. The index is a cache of summaries keyed by each file's content
hash; it is refreshed when listing, never on the answer path.
"""

import datetime as dt
import hashlib
import os
import re
import threading
from pathlib import Path
from typing import cast

from filelock import FileLock, Timeout
from pydantic import ValidationError
from tinydb import TinyDB
from tinydb.table import Document

from assessment.errors import UserError
from assessment.files.atomic import (FILE_MODE, clean_temp_files, fsync_folder, make_folder)
from assessment.records.backups import Backups
from assessment.records.location import default_path
from assessment.records.models import ID_PATTERN, Record, RecordSummary
from assessment.records.storage import AtomicJSONStorage, CorruptDatabase, open_tinydb

MARKER = {"format": "assessment-db", "version": 1}
_ID = re.compile(ID_PATTERN)
_PREFIX = re.compile(r"^[0-9a-f]{1,32}$")


def _changed_at(summary: RecordSummary) -> dt.datetime:
    """Sort key: imported records may carry another UTC offset than local ones."""
    moment = dt.datetime.fromisoformat(summary.updated_at)
    return moment if moment.tzinfo else moment.astimezone()


class Store:
    """Open with `Store.open(path)`, use as a context manager; every call on the opening thread."""

    def __init__(self, path: Path, lock: FileLock) -> None:
        self.path = path
        self.records_dir = path.with_name(path.stem + ".records")
        self.backups = Backups(path.with_name(path.stem + ".backups"))
        self._lock = lock
        self._thread = threading.get_ident()
        self._files: dict[str, TinyDB] = {}
        self._index: TinyDB | None = None

    # opening and closing ---------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> "Store":
        """Take the writer lock (a second instance gets a UserError), clean up, check the index."""
        target = default_path(path)
        if target.is_dir():
            raise UserError("the database must be a file path, not a folder", str(target))
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

    def _start(self) -> None:
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

    def close(self) -> None:
        for db in self._files.values():
            db.close()
        self._files.clear()
        if self._index is not None:
            self._index.close()
            self._index = None
        if self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # reading -----------------------------------------------------------------------------------

    def ids(self) -> list[str]:
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
        path = self.file_of(record_id)
        db = self._db(record_id)
        document = db.table("record").get(doc_id=1)
        if document is None:
            raise CorruptDatabase(path, "no assessment in the file")
        try:
            record = Record.model_validate(dict(document))
        except ValidationError as exc:
            error = exc.errors(include_url=False)[0]
            field = ".".join(str(p) for p in error["loc"])
            raise CorruptDatabase(path, f"field {field}: {error['msg']}") from None
        if record.id != record_id:
            raise CorruptDatabase(path, f"holds assessment {record.id}, not {record_id}")
        return record

    def summaries(self) -> list[RecordSummary]:
        """Every stored assessment, most recently changed first."""
        index = self._require_index().table("summaries")
        cached = {d["id"]: dict(d) for d in index.all()}  # plain dicts: re-inserted below
        fresh, changed = [], False
        for record_id in self.ids():
            digest = self._digest(record_id)
            entry = cached.get(record_id)
            if entry and entry.get("digest") == digest:
                try:
                    fresh.append((entry, RecordSummary.model_validate(entry["summary"])))
                    continue
                except (ValidationError, KeyError, TypeError):
                    pass  # an older cache shape: rebuild this entry from the record
            summary = self.get(record_id).summary()
            entry = {"id": record_id, "digest": digest, "summary": summary.model_dump(mode="json")}
            fresh.append((entry, summary))
            changed = True
        if changed or len(fresh) != len(cached):
            index.truncate()
            index.insert_multiple(entry for entry, _ in fresh)
        return sorted((s for _, s in fresh), key=_changed_at, reverse=True)

    def _digest(self, record_id: str) -> str:
        """What the cached summary is keyed by. Reading and hashing a small file is far cheaper
        than validating it, and unlike mtime it cannot miss two writes within one clock tick."""
        path = self.file_of(record_id)
        try:
            return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
        except OSError as exc:
            raise CorruptDatabase(path, exc.strerror or str(exc)) from None

    # writing -----------------------------------------------------------------------------------

    def save(self, record: Record) -> None:
        """Write one assessment; on disk (fsynced, atomically replaced) when this returns."""
        if not _ID.match(record.id):
            raise ValueError(f"not a record id: {record.id!r}")
        try:
            self._write(record)
        except OSError as exc:  # disk full, permissions: the previous version is still intact
            raise UserError(f"cannot save the assessment ({exc.strerror or exc}); the last saved "
                            "version is intact", str(self.file_of(record.id))) from None

    def _write(self, record: Record) -> None:
        table = self._db(record.id).table("record")
        document = record.model_dump(mode="json")
        # upsert() on a new file writes twice (an empty update, then the insert): insert directly.
        # update() merges keys, which is a full replace here: a Record always dumps every field.
        if table.contains(doc_id=1):
            table.update(document, doc_ids=[1])
        else:
            table.insert(Document(document, doc_id=1))

    def save_many(self, records: list[Record]) -> None:
        """Write several assessments, each atomically, with one folder fsync at the end; all are
        durable when this returns (an import writes hundreds)."""
        for record in records:
            storage = cast(AtomicJSONStorage, self._db(record.id).storage)  # what open_tinydb uses
            storage.sync_folder = False
            try:
                self.save(record)
            finally:
                storage.sync_folder = True
        fsync_folder(self.records_dir)

    def backup(self, record_id: str) -> Path | None:
        self._check_thread()
        return self.backups.take(record_id, self.file_of(record_id))

    def delete(self, id_or_prefix: str) -> str:
        """Delete one assessment (a backup copy is kept); returns its full id."""
        record_id = self.resolve(id_or_prefix)
        self.get(record_id)  # never delete what we cannot read without saying so
        self.backup(record_id)
        db = self._files.pop(record_id, None)
        if db is not None:
            db.close()
        self.file_of(record_id).unlink()
        fsync_folder(self.records_dir)
        return record_id

    # helpers -----------------------------------------------------------------------------------

    def file_of(self, record_id: str) -> Path:
        return self.records_dir / f"{record_id}.json"

    def _db(self, record_id: str) -> TinyDB:
        self._check_thread()
        db = self._files.get(record_id)
        if db is None:
            db = open_tinydb(self.file_of(record_id))
            self._files[record_id] = db
        return db

    def _require_index(self) -> TinyDB:
        self._check_thread()
        if self._index is None:
            raise UserError("the database is closed", str(self.path))
        return self._index

    def _check_thread(self) -> None:
        if threading.get_ident() != self._thread:
            raise RuntimeError("TinyDB is not thread-safe: use the store on the thread that opened it")
