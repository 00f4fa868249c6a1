"""The export document, version 1. Ids are language-neutral; Dutch (and English) text is included
for readers. Free text is carried exactly as typed.

Versioning: every document names its `schema_version`. `parse_export` picks the model for that
version and upgrades older documents step by step to the current one (`ExportDocument`), so old
exports stay importable. When a version 2 is added, `VERSIONS` gains an entry and version 1 gets an
`upgraded()` method; the published schema is always the current version's.
"""

import codecs
import datetime as dt
import json
import operator
from typing import Annotated, Any, Final, Literal

from pydantic import (
    AwareDatetime, BaseModel, ConfigDict, Field, GetCoreSchemaHandler, TypeAdapter, ValidationError,
)
from pydantic_core import core_schema

from assessment.errors import UserError
from assessment.i18n import Text
from assessment.intake import Intake
from assessment.limits import MAX_NOTE
from assessment.outcome.models import Classification, NextStep, Signals
from assessment.register.model import RegisterDraft

SCHEMA_VERSION: Final = 1
MAX_BYTES = 50 * 1024 * 1024
"""Largest accepted export file: about 10,000 assessments."""
MAX_ASSESSMENTS = 100_000

_HEX32 = r"^[0-9a-f]{32}$"
_QUESTION_ID = r"^[a-z][a-z0-9_]*$"


class _WholeNumber:
    """Literal[1] alone also takes `true` and `1.0` from JSON; a version is a whole number."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any,
                                     handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.chain_schema([core_schema.int_schema(strict=True), handler(source)])


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True,
                              json_schema_serialization_defaults_required=True)


class QuestionnairePin(_Doc):
    """The questionnaire the answers were given to."""

    id: str = Field(pattern=_QUESTION_ID)
    version: str = Field(min_length=1, max_length=100)
    content_hash: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the questionnaire file")
    legal_as_of: dt.date = Field(description="the date of the law the questionnaire reflects")


class ShownOption(_Doc):
    id: str = Field(pattern=_QUESTION_ID)
    text: Text


def _source_optional(schema: dict[str, Any]) -> None:
    """Exports from before `source` existed are still schema version 1: the field may be absent."""
    schema["required"] = [name for name in schema.get("required", []) if name != "source"]


class ExportedAnswer(_Doc):
    model_config = ConfigDict(json_schema_extra=_source_optional)

    question_id: str = Field(pattern=_QUESTION_ID)
    value: str | list[str] = Field(description="option id(s), or the text or date as given")
    question: Text = Field(description="the question as it was shown")
    options: list[ShownOption] = Field(default=[], description="the chosen options as shown")
    note: str = Field(default="", max_length=MAX_NOTE)
    flagged: bool = Field(default=False, description="marked for follow-up")
    answered_at: AwareDatetime | None = None
    source: Literal["", "intake", "override"] = Field(
        default="", description="'' asked in the questionnaire; 'intake': taken from the intake; "
                                "'override': kept by the officer although the intake says otherwise")


_ADDED_IN_VERSION_1 = ("signals", "register_draft", "revision")


def _signals_optional(schema: dict[str, Any]) -> None:
    """Exports from before `signals` and `register_draft` existed are still schema version 1: these
    fields may be absent."""
    schema["required"] = [name for name in schema.get("required", []) if name not in _ADDED_IN_VERSION_1]


class ExportedAssessment(_Doc):
    """One assessment: what was asked and answered, and what follows from it."""

    model_config = ConfigDict(json_schema_extra=_signals_optional)

    id: str = Field(pattern=_HEX32, description="the assessment id; the same in every export")
    revision: int | None = Field(
        default=None, ge=0,
        description="raised by one with every saved change; decides which of two versions is newer "
                    "(absent in exports from before revisions existed)")
    created_at: AwareDatetime
    updated_at: AwareDatetime
    questionnaire: QuestionnairePin
    as_of: dt.date = Field(description="the date the classification and deadlines were judged on")
    intake: Intake
    answers: list[ExportedAnswer] = Field(max_length=10_000, description="in path order")
    set_aside: list[ExportedAnswer] = Field(
        default=[], max_length=10_000,
        description="answers kept from before a questionnaire change that are no longer on the path")
    complete: bool
    next_question: str | None = Field(description="the first unanswered question when incomplete")
    classification: Classification | None = Field(
        description="with its trace, open questions and the profile in government vocabulary")
    steps: list[NextStep] = Field(description="next steps with owners and deadlines")
    signals: Signals | None = Field(
        default=None,
        description="only while incomplete (classification null): what the answers so far establish, "
                    "each with the answers behind it; not a conclusion")
    register_draft: RegisterDraft | None = Field(
        default=None,
        description="a draft Algoritmeregister entry (Publicatiestandaard 1.0) with the sources of each "
                    "field and what the owner still has to write; null when the assessment gives none "
                    "(unfinished, not an algorithm, or the organisation does not use the system)")


class ExportDocumentV1(_Doc):
    """Assessments exported by the `assessment` tool for the CIO office."""

    model_config = ConfigDict(title="AssessmentExport")

    schema_version: Annotated[Literal[1], _WholeNumber]
    export_id: str = Field(pattern=_HEX32)
    tool: Literal["assessment"] = "assessment"
    tool_version: str = Field(min_length=1, max_length=100)
    created_at: AwareDatetime
    assessments: list[ExportedAssessment] = Field(min_length=1, max_length=MAX_ASSESSMENTS)


ExportDocument = ExportDocumentV1
"""The current version: what `export` writes and what every import is upgraded to."""

VERSIONS: dict[int, type[BaseModel]] = {1: ExportDocumentV1}


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the current export document (committed as data/export.schema.json)."""
    schema = TypeAdapter(ExportDocument).json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def dump(document: ExportDocument) -> str:
    """The document as JSON text; the same document always gives the same text."""
    return json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        duplicate = next(k for k in keys if keys.count(k) > 1)
        raise UserError(f"duplicate key {duplicate!r}")
    return dict(pairs)


def _field_error(exc: ValidationError, data: dict[str, Any]) -> str:
    error = exc.errors(include_url=False)[0]
    loc = list(error["loc"])
    message = error["msg"].removeprefix("Value error, ")
    where = ""
    if len(loc) >= 2 and loc[0] == "assessments" and isinstance(loc[1], int):
        number = loc[1]
        items = data.get("assessments")
        raw_id = items[number].get("id") if isinstance(items, list) and number < len(items) \
            and isinstance(items[number], dict) else None
        where = f"assessment {number + 1}" + (f" (id {raw_id})" if isinstance(raw_id, str) else "") + ": "
        loc = loc[2:]
    field = ".".join(str(p) for p in loc) or "document"
    return f"{where}field {field}: {message}"


def parse_export(raw: bytes, source: str, *, refuse_duplicate_keys: bool = True) -> ExportDocument:
    """Validate an export of any supported version and upgrade it; a UserError naming `source`,
    the assessment and the field otherwise.

    Duplicate keys in one JSON object are refused (which of them counts is up to the reader)
    unless `refuse_duplicate_keys` is False: then the last one counts, as in every Python JSON
    reader. `import` refuses them; `aggregate` reads 10,000 files and lets the last count, because
    finding duplicates costs a second full parse (measured: 3.9x json.load instead of 2.4x)."""
    if len(raw) > MAX_BYTES:
        raise UserError(f"file too large ({len(raw) // (1024 * 1024)} MB; at most "
                        f"{MAX_BYTES // (1024 * 1024)} MB per file): split the export", source)
    # The common case, a valid current export: one validation straight from the bytes (and, when
    # asked, the duplicate-key scan). Anything else takes the slow path, which says what is wrong.
    body = raw[len(codecs.BOM_UTF8):] if raw.startswith(codecs.BOM_UTF8) else raw
    try:
        document = ExportDocument.model_validate_json(body, strict=True)
    except ValidationError:
        return _diagnose(raw, source, refuse_duplicate_keys)
    if refuse_duplicate_keys and _has_duplicate_keys(body):
        return _diagnose(raw, source, refuse_duplicate_keys)
    return document


def _has_duplicate_keys(body: bytes) -> bool:
    """Whether any object in the (valid) JSON repeats a key. The standard parser hands each
    object's key-value pairs to `list.append` and the check runs in map(): no Python per object."""
    objects: list[list[tuple[str, Any]]] = []
    try:
        json.loads(body, object_pairs_hook=objects.append)
    except (ValueError, RecursionError):
        return True  # pydantic's parser took what this one does not: let the slow path say why
    return any(map(operator.ne, map(len, objects), map(len, map(dict, objects))))


def _diagnose(raw: bytes, source: str, refuse_duplicate_keys: bool) -> ExportDocument:
    """The slow path: parse with the standard library to name the problem (position, duplicate
    key, version, field); an older version that is valid is upgraded and returned."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError("not UTF-8 text: not an export file", source) from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys if refuse_duplicate_keys else None)
    except json.JSONDecodeError as exc:
        raise UserError(f"not valid JSON at line {exc.lineno} column {exc.colno} "
                        f"({exc.msg}; truncated?)", source) from None
    except RecursionError:
        raise UserError("JSON nested too deeply: not an export file", source) from None
    except UserError as exc:
        raise UserError(f"invalid JSON: {exc.reason}", source) from None
    if not isinstance(data, dict) or "assessments" not in data and "schema_version" not in data:
        raise UserError("not an assessment export (no schema_version)", source)
    version = data.get("schema_version")
    if type(version) is not int:
        raise UserError(f"schema_version must be a whole number, not {version!r}", source)
    model = VERSIONS.get(version)
    if model is None:
        newest = max(VERSIONS)
        hint = "update the tool" if version > newest else f"supported: {', '.join(map(str, VERSIONS))}"
        raise UserError(f"unsupported schema_version {version} ({hint})", source)
    try:
        document = model.model_validate_json(text, strict=True)
    except ValidationError as exc:
        raise UserError(_field_error(exc, data), source) from None
    while not isinstance(document, ExportDocument):
        document = document.upgraded()  # type: ignore[attr-defined]
    return document
