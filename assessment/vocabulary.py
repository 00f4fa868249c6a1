"""The reader's words for the language-neutral ids the engine, outcome and intake use: one wording per
id, Dutch first, English available, shared by the terminal text, the faces, reports and the overview.

Labels only: which class, role or step applies is decided by the classifier, never here. The words
themselves are the `id.` part of the one table per language (`assessment.words`); no other imports, so
the first TUI screen can use it without waiting for pydantic."""

from assessment.words import has, w

def word(value: object, lang: str) -> str | None:
    """The reader's word for an id in 'nl' or 'en'; None when the id has no word here."""
    key = f"id.{value}"
    return w(key, lang) if has(key) else None


def known(value: object) -> bool:
    """True when the id has a word for readers."""
    return has(f"id.{value}")


def label(value: object, lang: str) -> str:
    """The reader's word for an id; the id itself when it has none (never hides or invents a value)."""
    found = word(value, lang)
    return str(value) if found is None else found


def heading(value: object, lang: str) -> str:
    """The word as a heading or at the start of a line: capitalised ('Risicoklasse')."""
    found = label(value, lang)
    return found[:1].upper() + found[1:]


def yes_no(value: bool | None, lang: str) -> str:
    """'ja', 'nee' or 'onbekend' (not known) in the reader's language."""
    return w("out.unknown" if value is None else "out.yes" if value else "out.no", lang)
