"""From paths to the overview in one call: read, resolve duplicates, build. Used by the command
and the benchmark."""

import datetime as dt
import gc
from collections.abc import Iterator, Sequence, Set as AbstractSet
from contextlib import contextmanager

from assessment.errors import UserError
from assessment.overview.build import build_overview
from assessment.overview.collect import collect
from assessment.overview.duplicates import resolve
from assessment.overview.model import Overview


def overview_of(paths: Sequence[str], *, as_of: dt.date, exclude: AbstractSet[str] = frozenset()) -> Overview:
    """The overview of every export under `paths`; UserError when a path is missing or none holds a file."""
    with _cyclic_gc_paused():
        collected = collect(paths, exclude=exclude)
        if not collected.files_read and not collected.skipped:
            raise UserError("no files found", ", ".join(paths))
        records, duplicates = resolve(collected.records)
        return build_overview(records, as_of=as_of, files_read=collected.files_read,
                              assessments_read=len(collected.records), skipped=collected.skipped,
                              duplicates=duplicates)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    # Reading 10,000 exports keeps ~10^6 small objects alive and makes no reference cycles, so the
    # cyclic collector only rescans survivors again and again (measured: a third of the run time).
    # Reference counting still frees every document as soon as its records are taken.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
