"""Load a questionnaire YAML file into validated models, keeping line numbers for errors.

ruamel.yaml (YAML 1.2) keeps `no`/`yes` as strings and refuses duplicate keys; its round-trip mode
knows where every node stood, so each error can say file:line. That parse is slow on large files,
so a validated questionnaire is cached per user (see cache.py) and line numbers are then only
worked out when someone asks for one.
"""

import datetime as dt
import hashlib
import re
import warnings
from dataclasses import dataclass
from functools import cache as memoise
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assessment.errors import UserError, ValidationProblems
from assessment.questionnaire import cache
from assessment.questionnaire.conditions import FORMS
from assessment.questionnaire.model import ID_PATTERN, Questionnaire

Path_ = tuple[str | int, ...]

QUESTIONNAIRE_DIR = Path(__file__).resolve().parents[2] / "questionnaires"

CONDITION_TAGS = frozenset(FORMS)


class Positions:
    """Maps a path inside the document (keys and list indexes) to its 1-based line.

    Built from a parsed document, or from a file that is parsed on first use (after a cached load).
    """

    def __init__(self, root: Any = None, *, source: Path | None = None) -> None:
        self._root = root
        self._source = source

    @property
    def root(self) -> Any:
        if self._root is None and self._source is not None:
            try:
                self._root = read_yaml(self._source)[0]
            except UserError:
                self._root = {}  # the file changed or vanished since: every line becomes 1
            self._source = None
        return self._root

    def line(self, path: Path_) -> int:
        node, line = self.root, 1
        for step in path:
            try:
                # ruamel's round-trip nodes carry their positions in `.lc`
                if isinstance(node, dict) and hasattr(node, "lc") and step in node:
                    line = node.lc.key(step)[0] + 1
                elif isinstance(node, list) and hasattr(node, "lc") and isinstance(step, int) \
                        and 0 <= step < len(node):
                    line = node.lc.item(step)[0] + 1
                else:
                    break
            except (KeyError, TypeError, IndexError):
                break  # merged keys (<<) have no position of their own
            node = node[step]
        return line


@dataclass(frozen=True)
class Loaded:
    questionnaire: Questionnaire
    path: Path
    content_hash: str
    positions: Positions

    def where(self, path: Path_) -> str:
        return f"{self.path}:{self.positions.line(path)}"


def read_yaml(path: Path) -> tuple[Any, bytes]:
    """Parse a YAML file with positions; a parse error becomes a one-line UserError."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read file ({exc.strerror or exc})", str(path)) from None
    return parse_yaml(raw, path), raw


def parse_yaml(raw: bytes, path: Path) -> Any:
    """YAML 1.2 text to ruamel's round-trip nodes (which know their lines)."""
    # Imported here: a start from the cache never parses YAML, and ruamel costs ~16 ms to import.
    from ruamel.yaml.error import MarkedYAMLError, YAMLError, YAMLWarning

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UserError("not UTF-8 text", f"{path}:{line}") from None
    try:
        with warnings.catch_warnings():
            # e.g. an anchor defined twice: a mistake in a file like ours, so refuse it
            warnings.simplefilter("error", YAMLWarning)
            return _yaml().load(text)
    except YAMLWarning as exc:
        lines = re.findall(r"line (\d+)", str(exc))
        reason = next((x.strip() for x in str(exc).splitlines() if x.strip()), "suspicious YAML")
        raise UserError(f"invalid YAML: {reason}", f"{path}:{lines[-1] if lines else 1}") from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        parts = [p for p in (exc.context, exc.problem) if p]
        reason = " ".join(", ".join(parts).split()) or "invalid YAML"
        raise UserError(f"invalid YAML: {reason}", f"{path}:{line}") from None
    except YAMLError as exc:  # e.g. a control character: not marked, but has a position
        position = getattr(exc, "position", None)
        line = text[:position].count("\n") + 1 if isinstance(position, int) else 1
        reason = str(getattr(exc, "reason", "") or exc).split("\n")[0]
        raise UserError(f"invalid YAML: {reason}", f"{path}:{line}") from None
    except ValueError as exc:  # an explicit tag whose value does not fit, e.g. `!!int ten`
        raise UserError(f"invalid YAML: {exc}", str(path)) from None


def _yaml() -> Any:
    """A round-trip YAML 1.2 reader that leaves dates as text.

    ruamel turns `2025-02-30` into a crash (ValueError, no line) and `2025-02-03` into a date;
    kept as text, the models parse dates themselves and a bad one gets a proper file:line error.
    """
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")  # a fresh reader each time: ruamel's readers are not reusable
    yaml.Constructor = _constructor()
    return yaml


@memoise
def _constructor() -> type:
    from ruamel.yaml.constructor import RoundTripConstructor

    class DatesAsText(RoundTripConstructor):
        pass

    # add_constructor on the subclass copies the table: ruamel's own class is not changed
    DatesAsText.add_constructor("tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str)
    return DatesAsText


MAX_VALUES = 1_000_000
"""More values than this after expanding YAML aliases is refused (an 'alias bomb' would hang)."""


def plain(node: Any, where: str | Path | None = None) -> Any:
    """ruamel's node types to plain Python (str subclasses to str, sequences to lists).

    Raises UserError (at `where`, the file) when aliases expand it beyond MAX_VALUES values.
    """
    count = 0

    def convert(node: Any) -> Any:
        nonlocal count
        count += 1
        if count > MAX_VALUES:
            raise UserError(f"the document expands to more than {MAX_VALUES:,} values (YAML aliases?)",
                            str(where) if where else None)
        if isinstance(node, dict):
            return {str(k): convert(v) for k, v in node.items()}
        if isinstance(node, list):
            return [convert(v) for v in node]
        if isinstance(node, bool) or node is None:
            return node
        if isinstance(node, str):
            return str(node)
        if isinstance(node, int):
            return int(node)
        if isinstance(node, float):
            return float(node)
        if isinstance(node, dt.datetime):
            return node
        if isinstance(node, dt.date):
            return dt.date(node.year, node.month, node.day)
        return node

    return convert(node)


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


def _message(error: dict[str, Any]) -> str:
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
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read file ({exc.strerror or exc})", str(path)) from None
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
