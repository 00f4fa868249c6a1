"""Readable names for the ids the engine and outcome use (roles, risk classes, intake choices), as the
faces show them: the shared vocabulary, with a dash for a value not known yet.

Labels only: which role or class applies is decided by the classifier, never here."""

from typing import TYPE_CHECKING

from assessment import vocabulary

if TYPE_CHECKING:  # not imported at run time: the first screen must not wait for pydantic
    from assessment.i18n import Lang


def label(value: str | None, lang: "Lang | str") -> str:
    """The readable name of an id; the id itself when there is no label (never invents meaning)."""
    if value is None:
        return "–"
    return vocabulary.label(value, lang)
