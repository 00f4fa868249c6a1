"""One assessment's file: read fresh from disk every time, written atomically.

The layout is a TinyDB file with one table `record` holding one document (doc id 1), so the files
stay readable by TinyDB; but they are read and written here directly, never through a cache, so a
save always compares against what is really on disk (see `Store.save`).
"""

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assessment.intake import STORED
from assessment.files.atomic import write_atomic
from assessment.records.models import Record
from assessment.records.storage import CorruptDatabase, read_json_file


def _document(path: Path) -> dict[str, Any] | None:
    data = read_json_file(path)
    if data is None:
        return None
    document = data.get("record", {}).get("1")
    if not isinstance(document, dict):
        raise CorruptDatabase(path, "no assessment in the file")
    return document


def read_record(path: Path, record_id: str) -> Record | None:
    """The record in `path`, None when there is no file, CorruptDatabase when it is unreadable."""
    document = _document(path)
    if document is None:
        return None
    try:
        record = Record.model_validate(document, context=STORED)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        field = ".".join(str(p) for p in error["loc"])
        raise CorruptDatabase(path, f"field {field}: {error['msg'].removeprefix('Value error, ')}") from None
    if record.id != record_id:
        raise CorruptDatabase(path, f"holds assessment {record.id}, not {record_id}")
    return record


def revision_on_disk(path: Path) -> int | None:
    """The revision of the record in `path` (0 for a file from before revisions), None when there
    is no file; CorruptDatabase when it cannot be read, so nobody writes over what they cannot see."""
    document = _document(path)
    if document is None:
        return None
    revision = document.get("revision", 0)
    if type(revision) is not int:
        raise CorruptDatabase(path, "field revision: not a whole number")
    return revision


def encode(record: Record) -> bytes:
    document = record.model_dump(mode="json")
    return json.dumps({"record": {"1": document}}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_record(path: Path, record: Record, *, sync_folder: bool = True) -> None:
    write_atomic(path, encode(record), sync_folder=sync_folder)
