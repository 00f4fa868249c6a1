"""The interface words, one table per language (`nl`, `en`): headings, labels and messages of every
face, the CLI and the reports. Legal content lives in the questionnaire and the data files, the
names of the engine's ids in `assessment.vocabulary`; never here.

No imports beyond the tables, so the first full-screen frame does not wait for pydantic."""

from assessment.words import en, nl

_TABLES = {"nl": nl.WORDS, "en": en.WORDS}
_NOUNS = {"nl": nl.NOUNS, "en": en.NOUNS}


def w(key: str, lang: str, **values: object) -> str:
    """The word or sentence `key` in `lang` ('nl' unless 'en'), `{placeholders}` filled from `values`."""
    text = _TABLES["en" if lang == "en" else "nl"][key]
    return text.format(**values) if values else text


def plural(n: int, noun: str, lang: str) -> str:
    """'1 antwoord', '2 antwoorden', '0 antwoorden' (and the English counterparts)."""
    one, many = _NOUNS["en" if lang == "en" else "nl"][noun]
    return f"{n} {one if n == 1 else many}"


def has(key: str) -> bool:
    return key in _TABLES["nl"]


def keys(lang: str) -> list[str]:
    return list(_TABLES[lang])


def nouns(lang: str) -> list[str]:
    return list(_NOUNS[lang])
