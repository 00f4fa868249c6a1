"""The choices every command and face shares, from the command line or else the environment:
which database, and which language."""

import argparse
import os


def env_db(args: argparse.Namespace) -> str | None:
    """The database path from --db or $ASSESSMENT_DB."""
    return getattr(args, "db", None) or os.environ.get("ASSESSMENT_DB") or None


def lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or os.environ.get("ASSESSMENT_LANG") or "nl"
