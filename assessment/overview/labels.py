"""Words for people: Dutch first, English available. Ids stay in the JSON; labels are for md/html/csv."""

from assessment.i18n import Lang

_LABELS: dict[str, tuple[str, str]] = {
    # organisation types
    "kerndepartement": ("kerndepartement", "core ministry"),
    "uitvoeringsorganisatie": ("uitvoeringsorganisatie", "implementing organisation"),
    "agentschap": ("agentschap", "agency"),
    "inspectie": ("inspectie", "inspectorate"),
    "zbo": ("zbo", "independent administrative body (zbo)"),
    "other": ("anders", "other"),
    # system status
    "in_development": ("in ontwikkeling", "in development"),
    "pilot": ("pilot met echte gevolgen", "pilot with real effects"),
    "in_use": ("in gebruik", "in use"),
    "switched_off": ("uitgeschakeld", "switched off"),
    # risk groups (risk class, or why there is none)
    "prohibited": ("verboden AI", "prohibited AI"),
    "high_risk": ("hoog-risico AI", "high-risk AI"),
    "not_high_risk": ("geen hoog-risico AI", "not high-risk AI"),
    "gpai_model": ("AI-model voor algemene doeleinden", "general-purpose AI model"),
    "not_an_algorithm": ("geen algoritme", "not an algorithm"),
    "not_an_ai_system": ("geen AI-systeem", "not an AI system"),
    "excluded": ("uitgezonderd van de AI-verordening", "excluded from the AI Act"),
    "no_role": ("geen rol onder de AI-verordening", "no role under the AI Act"),
    "applies": ("AI-verordening van toepassing", "AI Act applies"),
    "unfinished": ("beoordeling niet afgerond", "assessment unfinished"),
    "no_risk_class": ("geen risicoklasse", "no risk class"),
    # situations of a prohibited practice
    "active": ("in gebruik of in ontwikkeling", "in use or in development"),
    "excepted": ("onder uitzonderingsgrond", "under an exception ground"),
    # roles and owners
    "provider": ("aanbieder", "provider"),
    "deployer": ("gebruiksverantwoordelijke", "deployer"),
    "importer": ("importeur", "importer"),
    "distributor": ("distributeur", "distributor"),
    "organisation": ("organisatie", "organisation"),
    "expert": ("deskundige", "expert"),
    # step status
    "required": ("verplicht", "required"),
    "recommended": ("aanbevolen", "recommended"),
    "expected": ("verwacht (beleid)", "expected (policy)"),
    "screening": ("toetsen of nodig", "check whether needed"),
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
    return (pair[0] if lang == "nl" else pair[1]) if pair else str(value)


def practice(ref: str, lang: Lang) -> str:
    """'AI Act art. 5(1)(c) (sociale scoring)', or the ref alone when we have no short name."""
    pair = PRACTICES.get(ref)
    return f"{ref} ({pair[0] if lang == 'nl' else pair[1]})" if pair else ref


def yes_no(value: bool, lang: Lang) -> str:
    return ("ja" if value else "nee") if lang == "nl" else ("yes" if value else "no")
