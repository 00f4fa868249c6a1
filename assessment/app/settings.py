"""The choices every command and face shares, from the command line or else the environment:
which database, and which language. Checked here, once, like every other user input."""

import argparse
import os
import sys

from assessment.errors import UserError
from assessment.language import Lang, checked_lang

LANG_ENV = "ASSESSMENT_LANG"


def env_db(args: argparse.Namespace) -> str | None:
    """The database path from --db or $ASSESSMENT_DB (an empty variable counts as unset); None
    for the default database in the per-user data folder, where an older checkout database is
    first moved (once, saying so on stderr)."""
    given = getattr(args, "db", None)
    if given is not None and not given.strip():
        raise UserError("--db: the path is empty; leave --db out for the default database")
    chosen = given or os.environ.get("ASSESSMENT_DB") or None
    if chosen is None:
        from assessment.records.location import move_checkout_database

        moved = move_checkout_database()
        if moved:
            print(f"assessment: {moved}", file=sys.stderr)
    return chosen


def lang(args: argparse.Namespace) -> Lang:
    """--lang (checked by the parser), else $ASSESSMENT_LANG checked the same way, else the language
    last chosen in the interface, else Dutch."""
    chosen = getattr(args, "lang", None) or os.environ.get(LANG_ENV)
    if chosen:
        try:
            return checked_lang(chosen)
        except ValueError as exc:
            raise UserError(f"${LANG_ENV}: {exc}") from None
    from assessment.app.remembered import load_remembered

    return checked_lang(load_remembered().lang or "nl")  # load_remembered keeps only a known language


def resume_command(args: argparse.Namespace, record_id: str, current_lang: str, *, plain: bool = False) -> str:
    """The command that continues `record_id`, with the database and the language when they were
    given on the command line (without --db it would look in the default database)."""
    import shlex

    parts = ["assessment"]
    if getattr(args, "db", None):
        parts += ["--db", shlex.quote(os.path.abspath(args.db))]
    if getattr(args, "lang", None):
        parts += ["--lang", current_lang]
    parts += ["resume", record_id[:8]]
    if plain:
        parts.append("--plain")
    return " ".join(parts)
