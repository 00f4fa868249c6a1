"""Find export files, read and validate each once, and keep what the overview needs.

A broken file never stops the run: it is listed with the reason and the rest is read.
A PATH that does not exist is the user's mistake and stops the run (exit 2, nothing written).
"""

import os
from collections.abc import Iterator, Sequence, Set as AbstractSet
from dataclasses import dataclass, field

from assessment.errors import UserError
from assessment.files.reading import FileRefused, read_regular
from assessment.overview.model import SkippedFile, SkipReason
from assessment.overview.record import SystemRecord, from_export
from assessment.transfer.document import MAX_BYTES, ExportDocument, parse_export


@dataclass
class Collected:
    records: list[SystemRecord] = field(default_factory=list)
    """Every assessment read, before duplicates are resolved."""
    skipped: list[SkippedFile] = field(default_factory=list)
    files_read: int = 0


def collect(paths: Sequence[str], *, exclude: AbstractSet[str] = frozenset()) -> Collected:
    """Read every export under `paths` (files, or folders searched recursively); `exclude` holds
    real paths to leave out."""
    result = Collected()
    for source, size in export_files(paths, exclude):
        problem, document = read_export(source, size)
        if document is None:
            assert problem is not None
            result.skipped.append(problem)
            continue
        result.files_read += 1
        result.records.extend(from_export(a, document.created_at, source) for a in document.assessments)
    return result


def export_files(paths: Sequence[str], exclude: AbstractSet[str] = frozenset()) -> Iterator[tuple[str, int]]:
    """The files to read with their sizes, each once (also when named twice or through a link), in
    a stable order; hidden files and folders are left out, and so are the real paths in `exclude`."""
    # Plain strings, not pathlib: at 10,000 files the Path objects alone cost a tenth of the run.
    seen: set[tuple[int, int]] = set()
    for name in exclude:
        try:
            info = os.stat(name)
            seen.add((info.st_dev, info.st_ino))
        except OSError:
            pass  # the output file does not exist yet
    for given in paths:
        if not os.path.exists(given):
            raise UserError("no such file or folder", given)
        for path in _walk(given) if os.path.isdir(given) else [given]:
            try:
                info = os.stat(path)
            except OSError:
                yield path, -1  # read_export says why
                continue
            key = (info.st_dev, info.st_ino)
            if key not in seen:
                seen.add(key)
                yield path, info.st_size


def _walk(folder: str) -> Iterator[str]:
    for here, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(here, name)


def read_export(path: str, size: int) -> tuple[SkippedFile | None, ExportDocument | None]:
    """The validated document, or why the file was skipped."""

    def skip(reason: SkipReason, detail: str = "") -> tuple[SkippedFile, None]:
        return SkippedFile(path=path, reason=reason, detail=detail), None

    if not path.lower().endswith(".json"):
        return skip("not_json_file", "exports are .json files")
    if size > MAX_BYTES:
        return skip("too_large", f"more than {MAX_BYTES // (1024 * 1024)} MB")
    try:
        raw = read_regular(path, MAX_BYTES)
    except FileRefused as exc:
        return skip("too_large" if exc.kind == "too_large" else "unreadable", exc.reason)
    if not raw.strip():
        return skip("empty", "the file holds no data")
    if b"\x00" in raw[:4096]:
        return skip("binary", "NUL bytes: not a text file")
    try:
        # The same reading as `import`, except that of duplicate keys the last counts (see there).
        return None, parse_export(raw, path, refuse_duplicate_keys=False)
    except UserError as exc:
        return skip("invalid", exc.reason)

