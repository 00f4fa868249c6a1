"""`assessment aggregate PATH...`: combine many exports into the CIO office overview.

Exit codes: 0 every file was read; 3 the overview was written but some files were skipped
(each is listed on stderr and in the overview); 2 bad input (a PATH that does not exist, a bad
date, no files at all): one line on stderr, nothing written.
"""

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from assessment.cli.parser import lang as chosen_lang
from assessment.errors import UserError
from assessment.overview import render_csv, render_html, render_json, render_md
from assessment.overview.aggregate import overview_of
from assessment.files.output import write_output
from assessment.text.terminal import terminal

EXIT_SKIPPED = 3
RENDERERS = {"md": render_md.render, "html": render_html.render, "csv": render_csv.render,
             "json": render_json.render}


def main(args: argparse.Namespace) -> int:
    as_of = _date(args.as_of)
    output = Path(args.output) if args.output else None
    # Our own earlier output lying among the exports is not an export: leave it out.
    exclude = {os.path.realpath(output)} if output else set()
    overview = overview_of(args.paths, as_of=as_of, exclude=exclude)
    text = RENDERERS[args.format](overview, chosen_lang(args))
    _write(text, output)
    for skipped in overview.skipped:
        print(terminal(f"assessment: skipped {skipped.path}: {skipped.reason}: {skipped.detail}"), file=sys.stderr)
    if overview.duplicates:
        dropped = overview.totals.duplicates_dropped
        print(f"assessment: {dropped} duplicate export(s) of {len(overview.duplicates)} assessment(s) "
              "ignored; the latest version of each is used", file=sys.stderr)
    if overview.skipped:
        print(f"assessment: {len(overview.skipped)} file(s) skipped; the overview covers the rest",
              file=sys.stderr)
        return EXIT_SKIPPED
    return 0


def _date(text: str | None) -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{text!r} is not a date (YYYY-MM-DD)", "--as-of") from None


def _write(text: str, output: Path | None) -> None:
    data = text.encode("utf-8")
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("folder does not exist", str(output))
    try:
        # Atomic for files, so a reader never sees half an overview; devices are written in place.
        write_output(output, data)
    except OSError as exc:
        raise UserError(f"cannot write file ({exc.strerror or exc})", str(output)) from None
