"""Reading YAML files: YAML 1.2 with line numbers, one-line errors, plain Python values.

ruamel.yaml (YAML 1.2) keeps `no`/`yes` as strings and refuses duplicate keys; its round-trip mode
knows where every node stood, so each error can say file:line. Used for questionnaires, answers
files and the legal data tables.
"""

import datetime as dt
import re
import warnings
from functools import cache as memoise
from pathlib import Path
from typing import Any

from assessment.errors import UserError
from assessment.files.reading import FileRefused, read_regular

Path_ = tuple[str | int, ...]
"""A place inside a document: keys and list indexes from the root."""


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


MAX_YAML_BYTES = 16 * 1024 * 1024
"""Largest questionnaire or answers file read (the shipped questionnaire is ~0.14 MB)."""


def read_yaml(path: Path) -> tuple[Any, bytes]:
    """Parse a YAML file with positions; a parse error becomes a one-line UserError."""
    try:
        raw = read_regular(path, MAX_YAML_BYTES)
    except FileRefused as exc:
        raise UserError(exc.reason, str(path)) from None
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
    except TypeError:  # ruamel cannot hash a list or mapping used as a key inside a key
        raise UserError("invalid YAML: a key must be plain text, not a list or mapping", str(path)) from None


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
            for key in node:
                if not isinstance(key, (str, int, float, bool, dt.date)) and key is not None:
                    line = node.lc.key(key)[0] + 1 if hasattr(node, "lc") else None
                    raise UserError("a key must be plain text, not a list or mapping",
                                    f"{where}:{line}" if where and line else (str(where) if where else None))
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
