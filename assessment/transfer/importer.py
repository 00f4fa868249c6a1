"""Import exported assessments: validate everything first, then write all as one transaction.

An assessment is identified by its id. Importing one that is already stored with the same content
changes nothing. Which of two versions is newer is decided by their revisions (raised with every
saved change), never by the clock when both have one: a higher revision replaces the stored one
(backed up first), a lower one is skipped and reported as older, and the same revision with other
content means both sides changed it: the stored one is kept and the conflict reported. Exports
from before revisions existed fall back to `updated_at`.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assessment.errors import UserError
from assessment.files.reading import FileRefused, read_regular
from assessment.questionnaire.loader import Loaded
from assessment.records.models import Latest, Record, StoredAnswer, moment
from assessment.records.staging import commit
from assessment.records.store import Store
from assessment.transfer.checks import check_assessment
from assessment.transfer.document import MAX_BYTES, ExportedAnswer, ExportedAssessment, parse_export


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_newer: list[str] = field(default_factory=list)
    """Older than the stored version (a lower revision): the stored one is kept."""
    conflicts: list[str] = field(default_factory=list)
    """Changed on both sides since they parted (the same revision, other content): stored kept."""


def read_export(path: Path, loaded: Loaded | None = None) -> list[ExportedAssessment]:
    source = str(path)
    try:
        raw = read_regular(path, MAX_BYTES)
    except FileRefused as exc:
        hint = ": split the export" if exc.kind == "too_large" else ""
        raise UserError(f"{exc.reason}{hint}", source) from None
    assessments = list(parse_export(raw, source).assessments)
    for number, assessment in enumerate(assessments, start=1):
        check_assessment(assessment, number, source, loaded)
    return assessments


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
        id=assessment.id, revision=assessment.revision or 0, created_at=assessment.created_at.isoformat(),
        updated_at=assessment.updated_at.isoformat(),
        questionnaire_id=assessment.questionnaire.id,
        questionnaire_version=assessment.questionnaire.version,
        questionnaire_hash=assessment.questionnaire.content_hash, intake=assessment.intake,
        answers=tuple(_stored(a) for a in assessment.answers),
        set_aside=tuple(_stored(a) for a in assessment.set_aside),
        latest=Latest(complete=assessment.complete, as_of=assessment.as_of,
                      applicability=c.applicability if c else None, risk_class=c.risk_class if c else None),
        imported=assessment.model_dump(mode="json"))


def _content(record: Record) -> tuple:
    return (record.questionnaire_id, record.questionnaire_hash, record.intake,
            [(a.question_id, a.value, a.note, a.flagged) for a in record.answers],
            [(a.question_id, a.value, a.note, a.flagged) for a in record.set_aside])


def _revision(record: Record) -> int | None:
    """The revision to compare by: an imported record not changed here keeps the one it came with."""
    if record.imported is not None:
        given = record.imported.get("revision")
        return given if type(given) is int else None
    return record.revision or None


def _newer(incoming: Record, stored: Record) -> bool | None:
    """True when `incoming` is the newer version, False when older, None when both changed."""
    mine, theirs = _revision(incoming), _revision(stored)
    if mine is not None and theirs is not None:
        return None if mine == theirs else mine > theirs
    return moment(incoming.updated_at) > moment(stored.updated_at)


def import_files(store: Store, paths: list[Path], loaded: Loaded | None = None,
                 before_commit: Callable[[], None] = lambda: None) -> ImportResult:
    """Import `paths` into `store`; `loaded` is the questionnaire the answers are checked against
    (the command passes the shipped one; without it only sizes and times are checked)."""
    # 1. read and validate every file; any error stops here, before anything is written
    incoming: dict[str, tuple[Record, str]] = {}
    for path in paths:
        for number, assessment in enumerate(read_export(path, loaded), start=1):
            record = record_of(assessment)
            seen = incoming.get(record.id)
            if seen and _content(seen[0]) != _content(record):
                if _newer(record, seen[0]) is None:
                    raise UserError(f"assessment {number} (id {record.id}) differs from the one with "
                                    f"the same id in {seen[1]}: import them separately", str(path))
            if not seen or _newer(record, seen[0]):
                incoming[record.id] = (record, str(path))
    # 2. decide per assessment, reading (and so checking) every stored one it would touch
    result, writes = ImportResult(), []
    expected: dict[str, int | None] = {}
    for record_id, (record, _) in incoming.items():
        if not store.exists(record_id):
            result.added.append(record_id)
            writes.append(record.model_copy(update={"revision": max(record.revision, 1)}))
            expected[record_id] = None
            continue
        stored = store.get(record_id)
        newer = _newer(record, stored)
        if _content(stored) == _content(record):
            result.unchanged.append(record_id)
        elif newer:
            result.updated.append(record_id)
            # Above the stored revision, so a window still holding the stored version cannot
            # save over the import (see Store.save).
            writes.append(record.model_copy(update={"revision": max(record.revision, stored.revision + 1)}))
            expected[record_id] = stored.revision
        elif newer is None:
            result.conflicts.append(record_id)
        else:
            result.kept_newer.append(record_id)
    # 3. write, all or nothing
    if writes:
        commit(store, writes, expected, before_commit)
    return result
