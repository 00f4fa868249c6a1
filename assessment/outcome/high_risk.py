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
    assumed: bool = False
    """High risk taken on the cautious reading: an open answer (Annex III sub-point, Annex I third-party
    condition, or a condition of a claimed art. 6(3) derogation) could still take it away."""

    @property
    def points(self) -> set[int]:
        return {p for p in map(annex_iii_point, self.annex_iii) if p is not None}


def _annex_iii(facts: FactSet) -> list[str]:
    """Sub-points; an area without sub-points (point 2) may come as the area itself."""
    points = [r for r in facts.values(Fact.ANNEX_III) if annex_iii_point(r)]
    return points


def _open_areas(facts: FactSet, known: list[str]) -> tuple[list[str], list[TraceItem]]:
    """Annex III areas whose use was answered 'don't know' and where no sub-point is established:
    the system may well fall under them, so they count as a (provisional) ground."""
    settled = {annex_iii_point(r) for r in known}
    areas: dict[str, list[TraceItem]] = {}
    for found in facts.could_be(Fact.ANNEX_III):
        point = annex_iii_point(found.value)
        if point is not None and point not in settled:
            areas.setdefault(f"AI Act Annex III {point}", []).append(found.trace)
    refs = sorted(areas, key=annex_iii_point)  # type: ignore[arg-type]
    return refs, merge_traces(*areas.values())


def _open_derogation(facts: FactSet, claimed: bool) -> list[TraceItem]:
    """The 'don't know' answers that could still bring the art. 6(3) derogation: a condition (a)-(d)
    left open, or, for a claimed one, significant risk or profiling left open. The derogation must be
    shown (art. 6(4)); until then it does not hold, but the result is not settled either."""
    if facts.flag(Fact.PROFILING) is True or facts.flag(Fact.SIGNIFICANT_RISK) is True:
        return []
    if not claimed and not facts.is_undecided(Fact.DEROGATION):
        return []
    items: list[TraceItem] = []
    # A deployer cannot settle the provider's derogation by its own answers (art. 6(4), 49(2)).
    for fact in (Fact.DEROGATION, Fact.SIGNIFICANT_RISK, Fact.PROFILING, Fact.DEROGATION_DOCUMENTED):
        if facts.is_undecided(fact):
            items += [f.trace for f in facts.could_be(fact)]
    return merge_traces(items)


def judge(facts: FactSet) -> HighRisk:
    annex_i_refs = facts.values(Fact.ANNEX_I)
    third_party = facts.flag(Fact.THIRD_PARTY_CONFORMITY)
    third_party_open = third_party is None and facts.is_undecided(Fact.THIRD_PARTY_CONFORMITY)
    route_1 = annex_i_refs if annex_i_refs and (third_party or third_party_open) else []
    known_iii = _annex_iii(facts)
    open_areas, open_iii_trace = _open_areas(facts, known_iii)
    annex_iii = [*known_iii, *open_areas]
    trace_1 = merge_traces(facts.trace(Fact.ANNEX_I), facts.trace(Fact.THIRD_PARTY_CONFORMITY),
                           [f.trace for f in facts.could_be(Fact.THIRD_PARTY_CONFORMITY)]
                           if third_party_open else [])
    trace_3 = merge_traces(facts.trace(Fact.ANNEX_III), open_iii_trace)
    derogations = facts.values(Fact.DEROGATION)
    profiling = facts.flag(Fact.PROFILING) is True
    no_significant_risk = facts.flag(Fact.SIGNIFICANT_RISK) is False
    derogation_open = _open_derogation(facts, bool(derogations)) if annex_iii else []
    derogation_trace = merge_traces(facts.trace(Fact.DEROGATION), facts.trace(Fact.SIGNIFICANT_RISK),
                                    facts.trace(Fact.PROFILING), derogation_open)
    derogation = None
    if (annex_iii and derogations and no_significant_risk and not profiling and not derogation_open
            and not route_1):
        derogation = derogations[0]
    # Profiling settles art. 6(3) whether or not a condition was named (the questionnaire then skips them).
    override = bool(annex_iii and profiling)
    basis: list[str] = []
    if route_1:
        basis += [ART_6_1, *route_1]
    if annex_iii and derogation is None:
        basis += [ART_6_2, *annex_iii]
    high_risk = bool(basis)
    firm = bool(route_1 and third_party) or bool(known_iii and derogation is None and not derogation_open)
    assumed = high_risk and not firm
    trace = merge_traces(trace_1 if route_1 else [], trace_3, derogation_trace if annex_iii else [])
    documentation_open = bool(derogations) and facts.is_undecided(Fact.DEROGATION_DOCUMENTED)
    reason = _reason(route_1=route_1, third_party_open=third_party_open, known_iii=known_iii,
                     open_areas=open_areas, derogation=derogation, derogation_open=bool(derogation_open),
                     documentation_open=documentation_open,
                     claimed=bool(derogations), significant=facts.flag(Fact.SIGNIFICANT_RISK),
                     override=override, annex_i_refs=annex_i_refs, third_party=third_party)
    if not high_risk:
        trace = merge_traces(trace_1, trace_3, derogation_trace if annex_iii else [])
    return HighRisk(high_risk, basis, route_1, annex_iii, derogation, override, reason, trace,
                    derogation_trace, assumed)


def _reason(*, route_1: list[str], third_party_open: bool, known_iii: list[str], open_areas: list[str],
            derogation: str | None, derogation_open: bool, documentation_open: bool, claimed: bool,
            significant: bool | None,
            override: bool, annex_i_refs: list[str],
            third_party: bool | None) -> Text:
    annex_iii = [*known_iii, *open_areas]
    if route_1 and third_party_open and not known_iii:
        refs = ", ".join(route_1)
        return Text(
            nl=f"Het is (een veiligheidscomponent van) een product onder {refs}, maar het is nog onbekend of "
               "die wetgeving een conformiteitsbeoordeling door een derde partij eist. Daarom geldt het "
               "voorlopig als mogelijk hoog risico (art. 6(1)) tot een deskundige dat heeft uitgezocht: de "
               "plichten gelden vóór het in de handel brengen en vragen voorbereiding.",
            en=f"It is (a safety component of) a product under {refs}, but it is not yet known whether that "
               "legislation requires a third-party conformity assessment. It therefore counts as possibly "
               "high risk (art. 6(1)) until an expert has checked: the duties apply before placing on the "
               "market and take preparation.")
    if route_1 and not annex_iii:
        return Text(
            nl="Het is (een veiligheidscomponent van) een product onder Annex I én die wetgeving vereist "
               "een conformiteitsbeoordeling door een derde partij.",
            en="It is (a safety component of) an Annex I product and that legislation requires a "
               "third-party conformity assessment.")
    if derogation:
        return Text(
            nl=f"De toepassing valt onder Annex III ({', '.join(annex_iii)}), maar de uitzondering {derogation} "
               "geldt: het systeem geeft geen aanzienlijk risico en profileert geen personen. Daarom is het geen "
               "hoog risico, mits de aanbieder die beoordeling vastlegt (art. 6(4)).",
            en=f"The use falls under Annex III ({', '.join(annex_iii)}), but the derogation {derogation} applies: "
               "the system poses no significant risk and does not profile persons. So it is not high risk, "
               "provided the provider documents that assessment (art. 6(4)).")
    if override and known_iii:
        return Text(
            nl=f"De toepassing valt onder Annex III ({', '.join(annex_iii)}) en profileert natuurlijke personen: "
               "altijd hoog risico, ook als een voorwaarde van art. 6(3) zou gelden.",
            en=f"The use falls under Annex III ({', '.join(annex_iii)}) and profiles natural persons: always high "
               "risk, even where an art. 6(3) condition would apply.")
    if open_areas and not known_iii:
        areas = ", ".join(open_areas)
        return Text(
            nl=f"Het systeem wordt ingezet op een terrein van Annex III ({areas}), maar welke toepassing het "
               "precies is, is nog onbekend. Daarom geldt het voorlopig als mogelijk hoog risico (art. 6(2)), "
               "tot een deskundige heeft vastgesteld dat geen onderdeel van dat terrein geldt: de plichten "
               "gelden vóór ingebruikname en vragen voorbereiding.",
            en=f"The system is used in an Annex III area ({areas}), but which use it is exactly is not yet "
               "known. It therefore counts as possibly high risk (art. 6(2)) until an expert has established "
               "that no point of that area applies: the duties apply before putting into service and take "
               "preparation.")
    if derogation_open and not claimed:
        refs = ", ".join(annex_iii)
        return Text(
            nl=f"De toepassing valt onder Annex III ({refs}). Of een uitzondering van art. 6(3) geldt, staat "
               "nog open: een vraag over de voorwaarden is met 'weet ik niet' beantwoord. Wie zich op art. 6(3) "
               "beroept, moet dat onderbouwen (art. 6(4)); tot dan is het hoog risico.",
            en=f"The use falls under Annex III ({refs}). Whether an art. 6(3) derogation applies is still open: "
               "a question on its conditions was answered 'don't know'. Whoever relies on art. 6(3) must show "
               "it (art. 6(4)); until then it is high risk.")
    if derogation_open and documentation_open:
        refs = ", ".join(annex_iii)
        return Text(
            nl=f"De toepassing valt onder Annex III ({refs}). Volgens uw antwoorden kan art. 6(3) gelden, maar die "
               "uitzondering is de vastgelegde beoordeling van de aanbieder (art. 6(4)) met registratie in de "
               "EU-databank (art. 49(2)), en die heeft u nog niet gezien. Tot dan is het voorlopig hoog risico: "
               "vraag de stukken op bij de aanbieder.",
            en=f"The use falls under Annex III ({refs}). By your answers art. 6(3) may apply, but that derogation is "
               "the provider's documented assessment (art. 6(4)) with registration in the EU database (art. 49(2)), "
               "and you have not seen those yet. Until then it is provisionally high risk: ask the provider for "
               "the documents.")
    if derogation_open:
        refs = ", ".join(annex_iii)
        return Text(
            nl=f"De toepassing valt onder Annex III ({refs}). Er is een beroep op art. 6(3) gedaan, maar dat "
               "kan pas gelden als vaststaat dat het systeem geen aanzienlijk risico geeft en geen personen "
               "profileert; dat staat nog open. Wie zich op art. 6(3) beroept, moet dat onderbouwen "
               "(art. 6(4)); tot dan is het hoog risico.",
            en=f"The use falls under Annex III ({refs}). The art. 6(3) derogation was claimed, but it can only "
               "hold once it is established that the system poses no significant risk and does not profile "
               "persons; that is still open. Whoever relies on art. 6(3) must show it (art. 6(4)); until then "
               "it is high risk.")
    if annex_iii:
        also = ", ".join(open_areas)
        if claimed and significant:
            why = Text(nl=" Een voorwaarde van art. 6(3) is genoemd, maar het systeem kan een aanzienlijk risico "
                          "geven; daarom geldt die uitzondering niet.",
                       en=" An art. 6(3) condition was named, but the system can pose a significant risk; so "
                          "that derogation does not apply.")
        else:
            why = Text(nl=" Geen uitzondering van art. 6(3) is aangetoond.",
                       en=" No art. 6(3) derogation has been shown.")
        return Text(nl="De toepassing valt onder Annex III (" + ", ".join(known_iii) + "): hoog risico (art. 6(2))."
                       + why.nl + (f" Mogelijk geldt ook {also}; dat staat nog open." if open_areas else ""),
                    en="The use falls under Annex III (" + ", ".join(known_iii) + "): high risk (art. 6(2))."
                       + why.en + (f" {also} may apply too; that is still open." if open_areas else ""))
    if annex_i_refs and third_party is False:
        return Text(
            nl="Annex I-product, maar zonder verplichte beoordeling door een derde partij: niet hoog "
               "risico via art. 6(1).",
            en="Annex I product, but without a required third-party assessment: not high risk under "
               "art. 6(1).")
    return Text(nl="Geen grond voor hoog risico gevonden in Annex I of Annex III.",
                en="No high-risk ground found in Annex I or Annex III.")
