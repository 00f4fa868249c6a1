"""Reader-facing names of the language-neutral ids used in reports and listings (the shared vocabulary)."""

from assessment import vocabulary
from assessment.i18n import Lang


def label(key: str | None, lang: Lang, empty: str = "—") -> str:
    """The reader's word for an id; the id itself when it has none (never hide a value)."""
    if key is None or key == "":
        return empty
    return vocabulary.label(key, lang)


def yes_no(value: bool | None, lang: Lang) -> str:
    if value is None:
        return "onbekend" if lang == "nl" else "unknown"
    return ("ja" if value else "nee") if lang == "nl" else ("yes" if value else "no")
