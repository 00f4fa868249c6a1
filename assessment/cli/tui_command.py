"""`assessment` (home), `assessment new` and `assessment resume`: the interactive faces."""

import argparse
import sys

from assessment.errors import UserError


def new(args: argparse.Namespace) -> int:
    if args.plain:
        from assessment.faces.plain.flow import run_plain

        return run_plain(args)
    raise UserError("the full-screen interface is not built yet; use --plain")


def home(args: argparse.Namespace) -> int:
    raise UserError("the full-screen interface is not built yet; use 'assessment new --plain'")


def resume(args: argparse.Namespace) -> int:
    raise UserError("resume is not built yet")


def _require_terminal() -> None:
    if not sys.stdin.isatty():
        raise UserError("interactive mode needs a terminal (stdin is not a TTY); use 'assessment run --answers FILE'")
