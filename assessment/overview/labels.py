"""Words for people: Dutch first, English available. Ids stay in the JSON; labels are for md/html/csv."""

from assessment import vocabulary
from assessment.i18n import Lang
from assessment.vocabulary import yes_no

__all__ = ["PRACTICES", "label", "practice", "yes_no"]

#: Words only the overview needs; every other id takes its word from the shared vocabulary.
_LABELS: dict[str, tuple[str, str]] = {
    # risk groups: why there is no risk class
    "unfinished": ("beoordeling niet afgerond", "assessment unfinished"),
    "no_risk_class": ("geen risicoklasse", "no risk class"),
    # situations of a prohibited practice
    "active": ("in gebruik of in ontwikkeling", "in use or in development"),
    "excepted": ("onder uitzonderingsgrond", "under an exception ground"),
    # skip reasons
    "empty": ("leeg bestand", "empty file"),
    "binary": ("binair bestand, geen JSON", "binary file, not JSON"),
    "too_large": ("bestand te groot", "file too large"),
    "unreadable": ("niet te lezen", "cannot be read"),
    "not_json_file": ("geen .json-bestand", "not a .json file"),
    "invalid": ("geen geldige export", "not a valid export"),
    # duplicates
    "identical": ("dezelfde versie nogmaals", "the same version again"),
    "older": ("oudere versie", "older version"),
    # a ministry written by hand that matches none in the list
    "unmapped": ("niet herkend (zie de lijst hieronder)", "not recognised (see the list below)"),
}

#: Short names of the prohibited practices, in our own words.
PRACTICES: dict[str, tuple[str, str]] = {
    "AI Act art. 5(1)(a)": ("manipulatieve of misleidende technieken", "manipulative or deceptive techniques"),
    "AI Act art. 5(1)(b)": ("misbruik van kwetsbaarheden", "exploiting vulnerabilities"),
    "AI Act art. 5(1)(c)": ("sociale scoring", "social scoring"),
    "AI Act art. 5(1)(d)": ("voorspellen van strafbare feiten op basis van profilering",
                            "predicting crime from profiling"),
    "AI Act art. 5(1)(e)": ("ongericht verzamelen van gezichtsbeelden", "untargeted scraping of facial images"),
    "AI Act art. 5(1)(f)": ("emotieherkenning op werk of in onderwijs", "emotion recognition at work or school"),
    "AI Act art. 5(1)(g)": ("biometrische categorisering op gevoelige kenmerken",
                            "biometric categorisation by sensitive traits"),
    "AI Act art. 5(1)(h)": ("real-time biometrische identificatie op afstand voor rechtshandhaving",
                            "real-time remote biometric identification for law enforcement"),
    "Digital Omnibus on AI": ("nieuw verbod uit de Digital Omnibus; tekst en datum nog verifiëren",
                              "new ban from the Digital Omnibus; verify text and date"),
}


def label(value: str | None, lang: Lang, empty: str | None = None) -> str:
    """The word for an id; unknown ids are shown as they are, None as 'not filled in'."""
    if value is None or value == "":
        return empty or ("(niet ingevuld)" if lang == "nl" else "(not filled in)")
    pair = _LABELS.get(str(value))
    return (pair[0] if lang == "nl" else pair[1]) if pair else vocabulary.label(value, lang)


def practice(ref: str, lang: Lang) -> str:
    """'AI Act art. 5(1)(c) (sociale scoring)', or the ref alone when we have no short name."""
    pair = PRACTICES.get(ref)
    return f"{ref} ({pair[0] if lang == 'nl' else pair[1]})" if pair else ref
