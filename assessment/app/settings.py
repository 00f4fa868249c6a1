"""The choices every command and face shares, from the command line or else the environment:
which database, and which language."""

import argparse
import os


def env_db(args: argparse.Namespace) -> str | None:
    """The database path from --db or $ASSESSMENT_DB."""
    return getattr(args, "db", None) or os.environ.get("ASSESSMENT_DB") or None


def lang(args: argparse.Namespace) -> str:
    """--lang, else $ASSESSMENT_LANG, else the language last chosen in the interface, else Dutch."""
    chosen = getattr(args, "lang", None) or os.environ.get("ASSESSMENT_LANG")
    if chosen:
        return chosen
    from assessment.app.remembered import load_remembered

    return load_remembered().lang or "nl"


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
