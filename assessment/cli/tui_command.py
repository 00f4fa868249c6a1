"""`assessment` (home), `assessment new` and `assessment resume`: the interactive faces."""

import argparse
import os
from pathlib import Path

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

    from assessment.app.remembered import load_remembered
    from assessment.app.settings import resume_command

    remembered = load_remembered()
    folder = Path(remembered.export_dir) if remembered.export_dir else None
    app = make_app(db=env_db(args), lang=lang(args), start=start, record_id=record_id,
                   questionnaire=getattr(args, "questionnaire", None),
                   export_dir=folder if folder is not None and folder.is_dir() else None,
                   theme=os.environ.get("ASSESSMENT_THEME") or remembered.theme or None)
    app.run()
    if app.error:
        raise UserError(app.error)
    if app.session is not None:
        print(t("saved_quit", app.lang, command=resume_command(args, app.session.record_id, app.lang)))
    return 0
