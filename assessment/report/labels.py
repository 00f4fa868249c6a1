"""Reader-facing names of the language-neutral ids used in reports and listings."""

from assessment.i18n import Lang

_LABELS: dict[str, tuple[str, str]] = {
    # risk classes
    "prohibited": ("verboden AI-praktijk", "prohibited AI practice"),
    "high_risk": ("hoog-risico AI-systeem", "high-risk AI system"),
    "not_high_risk": ("geen hoog-risico AI-systeem", "not a high-risk AI system"),
    "gpai_model": ("AI-model voor algemene doeleinden", "general-purpose AI model"),
    # applicability
    "not_an_algorithm": ("geen algoritme", "not an algorithm"),
    "not_an_ai_system": ("geen AI-systeem", "not an AI system"),
    "excluded": ("uitgezonderd van de AI-verordening", "excluded from the AI Act"),
    "no_role": ("geen rol onder de AI-verordening", "no role under the AI Act"),
    "applies": ("de AI-verordening is van toepassing", "the AI Act applies"),
    # roles and owners
    "provider": ("aanbieder", "provider"),
    "deployer": ("gebruiksverantwoordelijke", "deployer"),
    "importer": ("importeur", "importer"),
    "distributor": ("distributeur", "distributor"),
    "organisation": ("de organisatie", "the organisation"),
    "expert": ("jurist of privacy-expert", "legal or privacy expert"),
    # step status
    "required": ("verplicht", "required"),
    "recommended": ("aanbevolen", "recommended"),
    "expected": ("verwacht (beleid)", "expected (policy)"),
    "screening": ("toets of het nodig is", "check whether needed"),
    # system status
    "in_development": ("in ontwikkeling", "in development"),
    "pilot": ("pilot", "pilot"),
    "in_use": ("in gebruik", "in use"),
    "switched_off": ("buiten gebruik", "switched off"),
    # conclusions in the trace
    "applicability": ("toepasselijkheid", "applicability"),
    "system_type": ("soort systeem", "system type"),
    "roles": ("rollen", "roles"),
    "risk_class": ("risicoklasse", "risk class"),
    "high_risk_basis": ("grond hoog risico", "high-risk basis"),
    "derogation": ("uitzondering art. 6(3)", "art. 6(3) derogation"),
    "prohibited": ("verboden praktijken", "prohibited practices"),
    "transparency": ("transparantie", "transparency"),
    "systemic_risk": ("systeemrisico", "systemic risk"),
    # system types
    "ai_system": ("AI-systeem", "AI system"),
    "gpai_system": ("AI-systeem voor algemene doeleinden", "general-purpose AI system"),
}


def label(key: str | None, lang: Lang, empty: str = "—") -> str:
    """The reader's word for an id; the id itself when it has none (never hide a value)."""
    if key is None or key == "":
        return empty
    pair = _LABELS.get(str(key))
    return str(key) if pair is None else pair[0 if lang == "nl" else 1]


def yes_no(value: bool | None, lang: Lang) -> str:
    if value is None:
        return "onbekend" if lang == "nl" else "unknown"
    return ("ja" if value else "nee") if lang == "nl" else ("yes" if value else "no")
