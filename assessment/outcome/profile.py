"""The result in the vocabulary of the government tools (reference section 10: Algoritmekader,
beslishulp, AMT toolkit), so an export can be read by them."""

from assessment.intake import Intake, SystemStatus
from assessment.legal.facts import Role, SystemType
from assessment.outcome.models import Profile

_TYPE = {
    SystemType.AI_SYSTEM: "AI-systeem",
    SystemType.GPAI_SYSTEM: "AI-systeem voor algemene doeleinden",
    SystemType.GPAI_MODEL: "AI-model voor algemene doeleinden",
}
_ROLE = {
    Role.PROVIDER: "aanbieder",
    Role.DEPLOYER: "gebruiksverantwoordelijke",
    Role.IMPORTER: "importeur",
    Role.DISTRIBUTOR: "distributeur",
}
_RISK = {
    "prohibited": "verboden AI",
    "high_risk": "hoog-risico AI",
    "not_high_risk": "geen hoog-risico AI",
}
_STATUS = {
    SystemStatus.PLANNED: "in ontwikkeling",  # the register has no "planned": not yet in use
    SystemStatus.IN_DEVELOPMENT: "in ontwikkeling",
    SystemStatus.PILOT: "in gebruik",  # a pilot with real effects on people is in use
    SystemStatus.IN_USE: "in gebruik",
    SystemStatus.SWITCHED_OFF: "buiten gebruik",
}


def build(*, applicability: str, system_type: SystemType | None, roles: list[Role],
          risk_class: str | None, systemic_risk: bool | None, transparency: bool,
          open_source: bool | None, third_party: bool, intake: Intake, impactful: bool) -> Profile:
    if applicability == "not_an_algorithm":
        kind = "geen algoritme"
    elif applicability == "not_an_ai_system":
        kind = "algoritme (geen AI-systeem)"
    else:
        kind = _TYPE[system_type or SystemType.AI_SYSTEM]
    if applicability == "excluded":
        risk_group = "uitzondering van toepassing"
    else:
        risk_group = _RISK.get(risk_class or "", "niet van toepassing")
    return Profile(
        type=kind,
        roles=[_ROLE[r] for r in roles],
        risk_group=risk_group,
        systemic_risk=systemic_risk,
        transparency_obligation=transparency,
        open_source=open_source,
        conformity_body="beoordeling door derde partij" if third_party else "niet van toepassing",
        operational_status=_STATUS.get(intake.status) if intake.status else None,
        impact="impactvol" if impactful else "niet-impactvol",
    )
