"""The interface texts of both faces (labels, instructions, messages): the `ui.` part of the one
table of interface words per language (`assessment.words`)."""

from typing import TYPE_CHECKING

from assessment.words import keys as _keys
from assessment.words import w

if TYPE_CHECKING:  # not imported at run time: the first screen must not wait for pydantic
    from assessment.i18n import Lang


def t(key: str, lang: "Lang | str", **values: object) -> str:
    """The interface text `key` in `lang`, with `{placeholders}` filled from `values`."""
    return w(f"ui.{key}", lang, **values)


def unsaved_notes_text(n: int, then: str, lang: "Lang | str") -> str:
    """The warning before quitting or leaving with `n` notes or flags not yet saved."""
    first = t("unsaved_note_one", lang) if n == 1 else t("unsaved_note", lang, n=n)
    return f"{first} {t(then, lang)}"


def keys() -> list[str]:
    """Every text key (the tests check both languages are filled)."""
    return [k.removeprefix("ui.") for k in _keys("nl") if k.startswith("ui.")]
