"""Reader-facing names of the language-neutral ids used in reports and listings (the shared vocabulary)."""

from assessment import vocabulary
from assessment.i18n import Lang
from assessment.vocabulary import yes_no

__all__ = ["label", "yes_no"]


def label(key: str | None, lang: Lang, empty: str = "—") -> str:
    """The reader's word for an id; the id itself when it has none (never hide a value)."""
    if key is None or key == "":
        return empty
    return vocabulary.label(key, lang)
