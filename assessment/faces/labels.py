"""Readable names for the ids the engine and outcome use (roles, risk classes, intake choices).

Labels only: which role or class applies is decided by the classifier, never here."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at run time: the first screen must not wait for pydantic
    from assessment.i18n import Lang

_LABELS: dict[str, tuple[str, str]] = {
    # roles and owners
    "provider": ("aanbieder", "provider"),
    "deployer": ("gebruiksverantwoordelijke", "deployer"),
    "importer": ("importeur", "importer"),
    "distributor": ("distributeur", "distributor"),
    "organisation": ("de organisatie", "the organisation"),
    "expert": ("een (juridisch) expert", "a (legal) expert"),
    # trace conclusions
    "system_type": ("soort systeem", "system type"),
    "roles": ("rol", "role"),
    "risk_class": ("risicoklasse", "risk class"),
    "high_risk_basis": ("grond voor hoog risico", "high-risk basis"),
    "derogation": ("uitzondering art. 6(3)", "art. 6(3) derogation"),
    "prohibited_practices": ("verboden praktijken", "prohibited practices"),
    "transparency_duties": ("transparantieplichten", "transparency duties"),
    "systemic_risk": ("systeemrisico", "systemic risk"),
    "applicability": ("toepasselijkheid", "applicability"),
    # system types
    "ai_system": ("AI-systeem", "AI system"),
    "gpai_system": ("AI-systeem voor algemene doeleinden", "general-purpose AI system"),
    # risk classes
    "prohibited": ("verboden AI", "prohibited AI"),
    "high_risk": ("hoog risico", "high risk"),
    "not_high_risk": ("geen hoog risico", "not high risk"),
    "gpai_model": ("AI-model voor algemene doeleinden", "general-purpose AI model"),
    # applicability
    "not_an_algorithm": ("geen algoritme", "not an algorithm"),
    "not_an_ai_system": ("geen AI-systeem", "not an AI system"),
    "excluded": ("uitgezonderd van de AI-verordening", "excluded from the AI Act"),
    "no_role": ("geen rol onder de AI-verordening", "no role under the AI Act"),
    "applies": ("de AI-verordening is van toepassing", "the AI Act applies"),
    # step status
    "required": ("verplicht", "required"),
    "recommended": ("aanbevolen", "recommended"),
    "expected": ("verwacht (beleid)", "expected (policy)"),
    "screening": ("toetsen of het nodig is", "check whether needed"),
    # organisation types
    "kerndepartement": ("kerndepartement", "core ministry"),
    "uitvoeringsorganisatie": ("uitvoeringsorganisatie", "executive organisation"),
    "agentschap": ("agentschap", "agency"),
    "inspectie": ("inspectie", "inspectorate"),
    "zbo": ("zelfstandig bestuursorgaan", "independent administrative body"),
    "other": ("anders", "other"),
    # system status
    "in_development": ("in ontwikkeling", "in development"),
    "pilot": ("pilot", "pilot"),
    "in_use": ("in gebruik", "in use"),
    "switched_off": ("buiten gebruik", "switched off"),
    # acquisition
    "in_house": ("zelf gebouwd", "built in-house"),
    "commissioned": ("in opdracht gebouwd", "commissioned"),
    "procured": ("ingekocht", "procured"),
    "procured_adapted": ("ingekocht en aangepast", "procured and adapted"),
}


def label(value: str | None, lang: "Lang | str") -> str:
    """The readable name of an id; the id itself when there is no label (never invents meaning)."""
    if value is None:
        return "–"
    pair = _LABELS.get(str(value))
    if pair is None:
        return str(value)
    return pair[0] if lang == "nl" else pair[1]
