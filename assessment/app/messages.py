"""A user error in the reader's language: the interface words when they hold its key, else the
reason as raised (shared by the CLI and both faces)."""

from assessment.errors import UserError
from assessment.words import has, w


def said(exc: UserError, lang: str) -> str:
    if exc.key is None or not has(exc.key):
        return str(exc)
    reason = w(exc.key, lang, **exc.values)
    return f"{exc.where}: {reason}" if exc.where else reason
