"""Write one assessment's export (JSON for the CIO office), its report and its draft
Algoritmeregister entry next to each other.

UI-free and store-free: the caller reads the record (on the store's thread) and may run this in
a worker thread. The document and report themselves come from `assessment.transfer` and
`assessment.report`; this only chooses the file names and writes them."""

import datetime as dt
from pathlib import Path

from assessment.errors import UserError
from assessment.files.atomic import make_folder
from assessment.files.output import write_output
from assessment.language import Lang
from assessment.questionnaire.loader import Loaded
from assessment.records.models import Record


def file_stem(record: Record) -> str:
    return f"beoordeling-{record.id[:8]}"


def export_files(record: Record, loaded: Loaded, as_of: dt.date, folder: Path, lang: Lang) -> list[Path]:
    """Write `<stem>.json` (for the CIO office), the report as `.md` and `.html`, and, when the
    assessment gives one, the draft register entry (`<stem>-algoritmeregister.json/.md/.html`) into
    `folder`; returns the paths written."""
    from assessment.transfer.document import dump
    from assessment.transfer.export import export_document

    from assessment.report import html, markdown
    from assessment.report.content import build

    document = export_document([record], loaded, as_of)  # refuses an intake with gaps, saying which
    stem = folder / file_stem(record)
    exported = document.assessments[0]
    report = build(exported, lang)
    written = [
        _write(stem.with_suffix(".json"), dump(document)),
        _write(stem.with_suffix(".md"), markdown.render(report)),
        _write(stem.with_suffix(".html"), html.render(report)),
    ]
    if exported.register_draft is not None:
        written += _draft_files(exported.register_draft, exported.answers, folder, record)
    return written


def register_files(record: Record, loaded: Loaded, as_of: dt.date, folder: Path) -> list[Path]:
    """Write only the draft Algoritmeregister entry (`.json`, `.md`, `.html`); also for an intake
    that cannot be exported yet. A UserError says why there is no draft."""
    from assessment.register.build import NoDraft
    from assessment.transfer.export import exported_assessment, register_draft

    try:
        draft = register_draft(record, loaded, as_of)
    except NoDraft as exc:
        raise UserError(f"no register entry for this assessment: {exc}") from None
    answers = exported_assessment(record, loaded, as_of).answers
    return _draft_files(draft, answers, folder, record)


def _draft_files(draft, answers, folder: Path, record: Record) -> list[Path]:
    from assessment.report.register_draft import question_lookup, render

    stem = folder / f"{file_stem(record)}-algoritmeregister"
    questions = question_lookup(answers)
    return [_write(stem.with_suffix(f".{fmt}"), render(draft, fmt, questions)) for fmt in ("json", "md", "html")]


def _write(target: Path, text: str) -> Path:
    try:
        make_folder(target.parent)  # owner only, like the database
        write_output(target, text.encode("utf-8"))  # a device or pipe is written, never replaced
    except OSError as exc:
        raise UserError(f"cannot write file ({exc.strerror or exc})", str(target)) from None
    return target.resolve()
