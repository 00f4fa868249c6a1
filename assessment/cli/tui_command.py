"""`assessment` (home), `assessment new` and `assessment resume`: the interactive faces."""

import argparse
import os

from assessment.cli.parser import env_db, lang
from assessment.errors import UserError


def home(args: argparse.Namespace) -> int:
    return _run(args, "home")


def new(args: argparse.Namespace) -> int:
    if args.plain:
        from assessment.faces.plain.flow import run_plain

        return run_plain(args)
    return _run(args, "new")


def resume(args: argparse.Namespace) -> int:
    if args.plain:
        from assessment.faces.plain.flow import run_plain

        return run_plain(args)
    return _run(args, "resume", args.id)


def _run(args: argparse.Namespace, start: str, record_id: str | None = None) -> int:
    import sys

    from assessment.faces.strings import t

    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise UserError(t("tui_no_tty", lang(args)))
    from assessment.faces.tui.app import make_app

    app = make_app(db=env_db(args), lang=lang(args), start=start, record_id=record_id,
                   questionnaire=getattr(args, "questionnaire", None),
                   theme=os.environ.get("ASSESSMENT_THEME") or None)
    app.run()
    if app.error:
        raise UserError(app.error)
    if app.session is not None:
        command = f"assessment resume {app.session.record_id[:8]}"
        print(t("saved_quit", app.lang, command=command))
    return 0
