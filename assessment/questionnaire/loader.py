"""Load a questionnaire YAML file into validated models; every error names file:line.

The round-trip YAML parse (yamlfile.py) is slow on large files, so a validated questionnaire is
cached per user (cache.py) and line numbers are then only worked out when someone asks for one.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from assessment.errors import UserError, ValidationProblems
from assessment.files.reading import FileRefused, read_regular
from assessment.questionnaire import cache
from assessment.questionnaire.conditions import FORMS
from assessment.questionnaire.model import ID_PATTERN, Questionnaire
from assessment.questionnaire.yamlfile import MAX_YAML_BYTES, Path_, Positions, parse_yaml, plain, read_yaml
from assessment.resources import content_dir

__all__ = ["Loaded", "Positions", "QUESTIONNAIRE_DIR", "load", "parse_yaml", "plain", "pydantic_problems",
           "read_yaml", "shipped"]  # the YAML helpers are re-exported: callers import them from here

QUESTIONNAIRE_DIR = content_dir("questionnaires")

CONDITION_TAGS = frozenset(FORMS)


@dataclass(frozen=True)
class Loaded:
    questionnaire: Questionnaire
    path: Path
    content_hash: str
    positions: Positions

    def where(self, path: Path_) -> str:
        return f"{self.path}:{self.positions.line(path)}"


def field_path(loc: tuple[str | int, ...]) -> Path_:
    """A pydantic error location as a path in the document.

    pydantic puts the tag of a discriminated union into the location (`when.is.answer` for
    `when: {answer: .., is: ..}`); that tag is not a key in the file, so it is left out.
    """
    out: list[str | int] = []
    after_tag = False
    for i, step in enumerate(loc):
        at_condition = bool(out) and not after_tag and (
            out[-1] in ("when", "not")
            or (isinstance(out[-1], int) and len(out) > 1 and out[-2] in ("all", "any"))
        )
        after_tag = at_condition and step in CONDITION_TAGS and i + 1 < len(loc)
        if not after_tag:
            out.append(step)
    return tuple(out)


def pydantic_problems(exc: ValidationError, where) -> list[str]:
    """One 'file:line: field.path: reason' line per pydantic error, sorted by line.

    `where(path)` gives 'file:line' for a document path. A 'too short after validation' error on a
    list whose items failed is noise (the items' own errors say what is wrong), so it is dropped.
    """
    errors = [(field_path(e["loc"]), e) for e in exc.errors(include_url=False)]
    found: list[tuple[int, str]] = []
    for path, error in errors:
        if error["type"] == "too_short" and any(
                len(other) > len(path) and other[:len(path)] == path for other, _ in errors):
            continue
        field = ".".join(str(p) for p in path) or "document"
        message = _message(error)
        located = where(path)
        line = int(located.rsplit(":", 1)[1]) if located.rsplit(":", 1)[-1].isdigit() else 0
        found.append((line, f"{located}: {field}: {message}"))
    found.sort(key=lambda item: item[0])
    return list(dict.fromkeys(text for _, text in found))


def _message(error: ErrorDetails) -> str:
    """pydantic's message in the words of a YAML file, with the offending value where it helps."""
    kind, value = error["type"], error.get("input")
    if kind == "string_pattern_mismatch" and error.get("ctx", {}).get("pattern") == ID_PATTERN:
        return f"{value!r} is not a valid id (lower-case letters, digits and _, starting with a letter)"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return "expected a mapping (key: value)"
    if kind in ("tuple_type", "list_type"):
        return "expected a list"
    message = error["msg"].removeprefix("Value error, ")
    if kind == "string_type" and isinstance(value, (int, float, bool)):
        return f"{message} (got {value!r}: put it in quotes)"
    return message


def load(path: str | Path, *, use_cache: bool = True) -> Loaded:
    """Load and validate the structure of one questionnaire file (not its graph: see validate).

    Raises UserError for an unreadable file or invalid YAML, ValidationProblems (a UserError with
    one 'file:line: reason' line per problem) for a document that does not fit the format.
    """
    path = Path(path)
    try:
        raw = read_regular(path, MAX_YAML_BYTES)
    except FileRefused as exc:
        raise UserError(exc.reason, str(path)) from None
    content_hash = hashlib.sha256(raw).hexdigest()
    if use_cache and (cached := cache.get(content_hash)) is not None:
        return Loaded(cached, path, content_hash, Positions(source=path))
    document = parse_yaml(raw, path)
    positions = Positions(document)
    if not isinstance(document, dict):
        raise UserError("a questionnaire file must be a mapping with id, version, questions", f"{path}:1")
    try:
        questionnaire = Questionnaire.model_validate(plain(document, path))
    except ValidationError as exc:
        raise ValidationProblems(
            pydantic_problems(exc, lambda loc: f"{path}:{positions.line(loc)}")
        ) from None
    if use_cache:
        cache.put(content_hash, questionnaire)
    return Loaded(questionnaire, path, content_hash, positions)


def shipped() -> list[Path]:
    """The questionnaire files that ship with the tool."""
    return sorted(QUESTIONNAIRE_DIR.glob("*.yaml"))
