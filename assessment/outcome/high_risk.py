"""High risk: art. 6(1) (Annex I product AND third-party conformity) or art. 6(2) (Annex III use),
less the art. 6(3) derogation, which never holds for a system that profiles natural persons."""

import re
from dataclasses import dataclass, field

from assessment.i18n import Text
from assessment.legal.facts import Fact
from assessment.outcome.facts_found import FactSet, merge_traces
from assessment.outcome.models import TraceItem

ART_6_1 = "AI Act art. 6(1)"
ART_6_2 = "AI Act art. 6(2)"
ANNEX_I_SECTION_B = "AI Act Annex I section B"


def section_b_only(basis: list[str]) -> bool:
    """High risk only through an Annex I section B product: of the AI Act only art. 6(1), 102-109
    and 112 apply (art. 2(2)); its requirements reach operators through the sector legislation."""
    return ANNEX_I_SECTION_B in basis and not any(annex_iii_point(r) for r in basis)


def annex_iii_point(ref: str) -> int | None:
    """1..8 for 'AI Act Annex III 5(b)' or 'AI Act Annex III 2'."""
    found = re.match(r"^AI Act Annex III (\d+)", ref)
    return int(found.group(1)) if found else None


@dataclass(frozen=True)
class HighRisk:
    high_risk: bool
    basis: list[str]
    annex_i: list[str]
    """Annex I sections whose legislation requires third-party conformity (route 1 holds)."""
    annex_iii: list[str]
    """Annex III points the use falls under, whether or not the derogation takes it out."""
    derogation: str | None
    profiling_override: bool
    reason: Text
    trace: list[TraceItem]
    derogation_trace: list[TraceItem] = field(default_factory=list)

    @property
    def points(self) -> set[int]:
        return {p for p in map(annex_iii_point, self.annex_iii) if p is not None}


def _annex_iii(facts: FactSet) -> list[str]:
    """Sub-points; an area without sub-points (point 2) may come as the area itself."""
    points = [r for r in facts.values(Fact.ANNEX_III) if annex_iii_point(r)]
    return points


def judge(facts: FactSet) -> HighRisk:
    annex_i_refs = facts.values(Fact.ANNEX_I)
    third_party = facts.flag(Fact.THIRD_PARTY_CONFORMITY)
    route_1 = annex_i_refs if annex_i_refs and third_party else []
    annex_iii = _annex_iii(facts)
    trace_1 = merge_traces(facts.trace(Fact.ANNEX_I), facts.trace(Fact.THIRD_PARTY_CONFORMITY))
    trace_3 = facts.trace(Fact.ANNEX_III)
    derogations = facts.values(Fact.DEROGATION)
    profiling = facts.flag(Fact.PROFILING) is True
    no_significant_risk = facts.flag(Fact.SIGNIFICANT_RISK) is False
    derogation_trace = merge_traces(facts.trace(Fact.DEROGATION), facts.trace(Fact.SIGNIFICANT_RISK),
                                    facts.trace(Fact.PROFILING))
    derogation = None
    if annex_iii and derogations and no_significant_risk and not profiling and not route_1:
        derogation = derogations[0]
    override = bool(annex_iii and profiling and derogations)
    basis: list[str] = []
    if route_1:
        basis += [ART_6_1, *route_1]
    if annex_iii and derogation is None:
        basis += [ART_6_2, *annex_iii]
    high_risk = bool(basis)
    trace = merge_traces(trace_1 if route_1 else [], trace_3, derogation_trace if annex_iii else [])
    if route_1 and not annex_iii:
        reason = Text(
            nl="Het is (een veiligheidscomponent van) een product onder Annex I én die wetgeving vereist "
               "een conformiteitsbeoordeling door een derde partij.",
            en="It is (a safety component of) an Annex I product and that legislation requires a "
               "third-party conformity assessment.")
    elif derogation:
        reason = Text(
            nl=f"De toepassing valt onder Annex III, maar de uitzondering {derogation} geldt: geen "
               "significant risico en geen profilering.",
            en=f"The use falls under Annex III, but the derogation {derogation} applies: no significant "
               "risk and no profiling.")
    elif override:
        reason = Text(
            nl="De toepassing valt onder Annex III en profileert natuurlijke personen: altijd hoog "
               "risico, ook als een voorwaarde van art. 6(3) zou gelden.",
            en="The use falls under Annex III and profiles natural persons: always high risk, even "
               "where an art. 6(3) condition would apply.")
    elif annex_iii:
        reason = Text(nl="De toepassing valt onder Annex III (" + ", ".join(annex_iii) + ").",
                      en="The use falls under Annex III (" + ", ".join(annex_iii) + ").")
    elif annex_i_refs and third_party is False:
        reason = Text(
            nl="Annex I-product, maar zonder verplichte beoordeling door een derde partij: niet hoog "
               "risico via art. 6(1).",
            en="Annex I product, but without a required third-party assessment: not high risk under "
               "art. 6(1).")
    else:
        reason = Text(nl="Geen grond voor hoog risico gevonden in Annex I of Annex III.",
                      en="No high-risk ground found in Annex I or Annex III.")
    if not high_risk:
        trace = merge_traces(trace_1, trace_3, derogation_trace if annex_iii else [])
    return HighRisk(high_risk, basis, route_1, annex_iii, derogation, override, reason, trace,
                    derogation_trace)
