"""Load a questionnaire YAML file into validated models, keeping line numbers for errors.

ruamel.yaml (YAML 1.2) keeps `no`/`yes` as strings and refuses duplicate keys; its round-trip mode
knows where every node stood, so each error can say file:line.
"""

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from assessment.errors import UserError, ValidationProblems
from assessment.questionnaire.model import Questionnaire

Path_ = tuple[str | int, ...]

QUESTIONNAIRE_DIR = Path(__file__).resolve().parents[2] / "questionnaires"


@dataclass(frozen=True)
class Positions:
    """Maps a path inside the document (keys and list indexes) to its 1-based line."""

    root: Any

    def line(self, path: Path_) -> int:
        node, line = self.root, 1
        for step in path:
            if isinstance(node, CommentedMap) and step in node:
                line = node.lc.key(step)[0] + 1
                node = node[step]
            elif isinstance(node, CommentedSeq) and isinstance(step, int) and step < len(node):
                line = node.lc.item(step)[0] + 1
                node = node[step]
            else:
                break
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
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError("not UTF-8 text", str(path)) from None
    try:
        return YAML(typ="rt").load(text), raw
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        reason = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        raise UserError(f"invalid YAML: {reason}", f"{path}:{line}") from None
    except Exception as exc:  # ruamel raises several unmarked error types for odd input
        raise UserError(f"invalid YAML: {exc}", str(path)) from None


def plain(node: Any) -> Any:
    """ruamel's node types to plain Python (str subclasses to str, sequences to lists)."""
    if isinstance(node, dict):
        return {str(k): plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v) for v in node]
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


def pydantic_problems(exc: ValidationError, where) -> list[str]:
    """One 'file:line: field: reason' line per pydantic error."""
    problems = []
    for error in exc.errors(include_url=False):
        loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and p[:1].isupper()))
        loc = tuple(p for p in loc if p not in ("is", "in", "contains_any", "contains_all",
                                                 "answered", "all", "any", "not")
                    or p == loc[-1])
        field = ".".join(str(p) for p in loc) or "document"
        message = error["msg"].removeprefix("Value error, ")
        problems.append(f"{where(tuple(error['loc']))}: {field}: {message}")
    return list(dict.fromkeys(problems))


def load(path: str | Path) -> Loaded:
    """Load and validate the structure of one questionnaire file (not its graph: see validate)."""
    path = Path(path)
    document, raw = read_yaml(path)
    positions = Positions(document)
    if not isinstance(document, dict):
        raise UserError("a questionnaire file must be a mapping with id, version, questions", f"{path}:1")
    try:
        questionnaire = Questionnaire.model_validate(plain(document))
    except ValidationError as exc:
        raise ValidationProblems(
            pydantic_problems(exc, lambda loc: f"{path}:{positions.line(loc)}")
        ) from None
    return Loaded(questionnaire, path, hashlib.sha256(raw).hexdigest(), positions)


def shipped() -> list[Path]:
    """The questionnaire files that ship with the tool."""
    return sorted(QUESTIONNAIRE_DIR.glob("*.yaml"))
