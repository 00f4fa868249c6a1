"""Import exported assessments: validate everything first, then write; never duplicate.

An assessment is identified by its id. Importing one that is already stored with the same content
changes nothing; a newer version (later `updated_at`) replaces the stored one, which is backed up
first; an older version is skipped so local work is never overwritten by a stale file.
"""

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from assessment.errors import UserError
from assessment.records.models import Latest, Record, StoredAnswer
from assessment.records.store import Store
from assessment.transfer.document import MAX_BYTES, ExportedAnswer, ExportedAssessment, parse_export


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_newer: list[str] = field(default_factory=list)


def read_export(path: Path) -> list[ExportedAssessment]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:  # refuse before reading a huge file into memory
            raise UserError(f"file too large ({size // (1024 * 1024)} MB; at most "
                            f"{MAX_BYTES // (1024 * 1024)} MB per file): split the export", source)
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read file ({exc.strerror or exc})", source) from None
    return list(parse_export(raw, source).assessments)


def _stored(answer: ExportedAnswer) -> StoredAnswer:
    value = answer.value if isinstance(answer.value, str) else tuple(answer.value)
    return StoredAnswer(question_id=answer.question_id, value=value, note=answer.note,
                        flagged=answer.flagged, source=answer.source,
                        answered_at=answer.answered_at.isoformat() if answer.answered_at else "")


def record_of(assessment: ExportedAssessment) -> Record:
    # An export from before classification waited for a complete walk may carry one for an unfinished
    # assessment; it is not a conclusion, so the record does not remember it.
    c = assessment.classification if assessment.complete else None
    return Record(
        id=assessment.id, created_at=assessment.created_at.isoformat(),
        updated_at=assessment.updated_at.isoformat(),
        questionnaire_id=assessment.questionnaire.id,
        questionnaire_version=assessment.questionnaire.version,
        questionnaire_hash=assessment.questionnaire.content_hash, intake=assessment.intake,
        answers=tuple(_stored(a) for a in assessment.answers),
        set_aside=tuple(_stored(a) for a in assessment.set_aside),
        latest=Latest(complete=assessment.complete, as_of=assessment.as_of,
                      applicability=c.applicability if c else None, risk_class=c.risk_class if c else None),
        imported=assessment.model_dump(mode="json"))


def _moment(record: Record):
    return dt.datetime.fromisoformat(record.updated_at).astimezone(dt.UTC)


def _content(record: Record) -> tuple:
    return (record.questionnaire_id, record.questionnaire_hash, record.intake,
            [(a.question_id, a.value, a.note, a.flagged) for a in record.answers],
            [(a.question_id, a.value, a.note, a.flagged) for a in record.set_aside])


def import_files(store: Store, paths: list[Path]) -> ImportResult:
    # 1. read and validate every file; any error stops here, before anything is written
    incoming: dict[str, tuple[Record, str]] = {}
    for path in paths:
        for number, assessment in enumerate(read_export(path), start=1):
            record = record_of(assessment)
            seen = incoming.get(record.id)
            if seen and _content(seen[0]) != _content(record):
                raise UserError(f"assessment {number} (id {record.id}) differs from the one with "
                                f"the same id in {seen[1]}: import them separately", str(path))
            if not seen or _moment(record) > _moment(seen[0]):
                incoming[record.id] = (record, str(path))
    # 2. decide per assessment, reading (and so checking) every stored one it would touch
    result, writes = ImportResult(), []
    for record_id, (record, _) in incoming.items():
        if not store.exists(record_id):
            result.added.append(record_id)
            writes.append(record)
            continue
        stored = store.get(record_id)
        if _content(stored) == _content(record):
            result.unchanged.append(record_id)
        elif _moment(record) > _moment(stored):
            result.updated.append(record_id)
            writes.append(record)
        else:
            result.kept_newer.append(record_id)
    # 3. write
    for record in writes:
        if store.exists(record.id):
            store.backup(record.id)
    store.save_many(writes)
    return result
