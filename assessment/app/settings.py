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
    """--lang (checked by the parser), else $ASSESSMENT_LANG checked the same way, else Dutch."""
    given = getattr(args, "lang", None) or os.environ.get(LANG_ENV) or "nl"
    try:
        return checked_lang(given)
    except ValueError as exc:
        raise UserError(f"${LANG_ENV}: {exc}") from None
