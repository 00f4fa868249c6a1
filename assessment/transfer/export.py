"""From stored records to the export document (and the view the reports are rendered from)."""

import datetime as dt
import json

from assessment import __version__
from assessment.errors import UserError
from assessment.i18n import Text
from assessment.intake import Intake
from assessment.limits import INTAKE, MAX_NOTE, MAX_TEXT, clip
from assessment.outcome.evaluate import evaluate
from assessment.questionnaire.loader import Loaded
from assessment.questionnaire.model import Questionnaire
from assessment.records.models import Record, StoredAnswer, new_id
from assessment.records.replay import changed_questionnaire, walk_of
from assessment.register.build import NoDraft
from assessment.register.build import build as build_draft
from assessment.register.model import RegisterDraft
from assessment.transfer.document import (SCHEMA_VERSION, ExportDocument, ExportedAnswer,
                                          ExportedAssessment, QuestionnairePin, ShownOption)

_GONE = Text(nl="(deze vraag staat niet meer in de vragenlijst)",
             en="(this question is no longer in the questionnaire)")


def _when(text: str) -> dt.datetime:
    """A record's own time, with its offset (checked when the record was read)."""
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.astimezone()


def _time(text: str) -> dt.datetime | None:
    """An answer's time; one that is no time is left out rather than failing the export."""
    try:
        return _when(text) if text else None
    except ValueError:
        return None


def _clipped_intake(intake: Intake) -> Intake:
    """The intake within the limits the export promises; a field stored beyond them (before the
    limit held at the door) is cut with a visible mark rather than failing the whole export."""
    over = {name: clip(getattr(intake, name), limit) for name, limit in INTAKE.items()
            if len(getattr(intake, name)) > limit}
    return intake.model_copy(update=over) if over else intake


def _answer(q: Questionnaire, stored: StoredAnswer) -> ExportedAnswer:
    question = q.by_id.get(stored.question_id)
    value = clip(stored.value, MAX_TEXT) if isinstance(stored.value, str) else list(stored.value)
    shown = []
    if question is not None and question.options:
        for option_id in [value] if isinstance(value, str) else value:
            option = question.option(option_id)
            if option is not None:
                shown.append(ShownOption(id=option.id, text=option.label))
    return ExportedAnswer(question_id=stored.question_id, value=value,
                          question=question.text if question else _GONE, options=shown,
                          note=clip(stored.note, MAX_NOTE), flagged=stored.flagged, answered_at=_time(stored.answered_at),
                          source=stored.source)


def exported_assessment(record: Record, loaded: Loaded, as_of: dt.date) -> ExportedAssessment:
    """The record as the CIO office receives it. An imported record that was not changed here is
    given back exactly as it came in; otherwise its answers are classified anew as of `as_of`."""
    if record.imported is not None:
        return ExportedAssessment.model_validate_json(json.dumps(record.imported), strict=True)
    q = loaded.questionnaire
    if record.questionnaire_id != q.id:
        raise UserError(f"assessment {record.id[:8]} was made with questionnaire "
                        f"{record.questionnaire_id!r}, not {q.id!r}")
    walk, off_path = walk_of(record, loaded)
    kept_aside = list(record.set_aside) if not changed_questionnaire(record, loaded) else off_path
    outcome = evaluate(walk, record.intake, as_of)
    try:
        draft = build_draft(assessment_id=record.id, intake=record.intake, walk=walk, outcome=outcome,
                            made_on=as_of)
    except NoDraft:
        draft = None  # the export says so by carrying none; `register_draft` gives the reason
    return ExportedAssessment(
        id=record.id, revision=record.revision, created_at=_when(record.created_at),
        updated_at=_when(record.updated_at),
        questionnaire=QuestionnairePin(id=q.id, version=q.version, content_hash=loaded.content_hash,
                                       legal_as_of=q.legal_as_of),
        as_of=as_of, intake=_clipped_intake(record.intake),
        answers=[_answer(q, StoredAnswer.of(a)) for a in walk.answers],
        set_aside=[_answer(q, a) for a in kept_aside],
        complete=outcome.complete, next_question=outcome.next_question,
        classification=outcome.classification, steps=outcome.steps,
        signals=outcome.signals, register_draft=draft)


def register_draft(record: Record, loaded: Loaded, as_of: dt.date) -> RegisterDraft:
    """The record's draft Algoritmeregister entry, from its answers as they stand (also for an
    imported record); NoDraft says why there is none."""
    walk, _ = walk_of(record, loaded)
    outcome = evaluate(walk, record.intake, as_of)
    return build_draft(assessment_id=record.id, intake=record.intake, walk=walk, outcome=outcome,
                       made_on=as_of)


def check_exportable(record: Record) -> None:
    """The CIO office needs the intake's required fields; say which are missing."""
    missing = record.intake.missing()
    if missing and record.imported is None:
        raise UserError(f"assessment {record.id[:8]} cannot be exported yet: the intake lacks "
                        f"{', '.join(missing)} (fill it in with `assessment resume {record.id[:8]}`)",
                        key="err.intake_incomplete", id=record.id[:8], fields=", ".join(missing))


def export_document(records: list[Record], loaded: Loaded, as_of: dt.date) -> ExportDocument:
    if not records:
        raise UserError("nothing to export: the database holds no assessments", key="err.nothing_to_export")
    for record in records:
        check_exportable(record)
    return ExportDocument(
        schema_version=SCHEMA_VERSION, export_id=new_id(), tool_version=__version__,
        created_at=dt.datetime.now().astimezone().replace(microsecond=0),
        assessments=[exported_assessment(r, loaded, as_of) for r in records])


def changed_since_saved(record: Record, loaded: Loaded) -> bool:
    """True when the export classifies against a different questionnaire than the record pins."""
    return record.imported is None and changed_questionnaire(record, loaded)
