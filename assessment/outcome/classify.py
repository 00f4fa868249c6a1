"""From the facts of a walk to the classification: scope, roles, risk class, duties, profile.

Pure and typed: it reads only facts (assessment.legal.facts) and the intake, never question ids.
"""

from assessment.i18n import Text
from assessment.intake import Intake
from assessment.legal.facts import Fact, SystemType
from assessment.outcome import high_risk, impact, prohibitions, profile, roles, scope, transparency
from assessment.outcome.facts_found import FactSet, merge_traces
from assessment.outcome.models import Classification, TraceItem

_NO_ROLE = Text(
    nl="De organisatie is geen aanbieder, gebruiksverantwoordelijke, importeur of distributeur van dit "
       "systeem; de AI-verordening legt haar geen plichten op.",
    en="The organisation is not a provider, deployer, importer or distributor of this system; the AI "
       "Act places no duties on it.")


def third_party_body(hr: high_risk.HighRisk, facts: FactSet) -> bool:
    """A notified body assesses conformity: Annex I sector law requiring it, or Annex III point 1
    without fully applied harmonised standards (art. 43(1))."""
    if not hr.high_risk:
        return False
    if hr.annex_i and facts.flag(Fact.THIRD_PARTY_CONFORMITY) is True:
        return True
    return 1 in hr.points and facts.flag(Fact.HARMONISED_STANDARDS) is not True


def _systemic_risk(facts: FactSet, system_type: SystemType | None) -> bool | None:
    value = facts.flag(Fact.SYSTEMIC_RISK)
    if value is not None:
        return value
    return None if system_type == SystemType.GPAI_MODEL else False


def _risk_class(proh: prohibitions.Prohibitions, hr: high_risk.HighRisk,
                system_type: SystemType | None) -> tuple[str, Text]:
    if proh.running:
        refs = ", ".join(f.ref for f in proh.running)
        return "prohibited", Text(
            nl=f"Verboden praktijk zonder geldige uitzondering ({refs}).",
            en=f"Prohibited practice without a valid exception ({refs}).")
    if hr.high_risk:
        return "high_risk", hr.reason
    if system_type == SystemType.GPAI_MODEL:
        return "gpai_model", Text(
            nl="De plichten van art. 53 gelden (bij systeemrisico ook art. 55); de risicoklassen voor "
               "systemen gelden niet voor het model zelf.",
            en="The duties of art. 53 apply (with systemic risk also art. 55); the risk classes for systems "
               "do not apply to the model itself.")
    return "not_high_risk", hr.reason


_HIGH_RISK_FACTS = (Fact.ANNEX_I, Fact.THIRD_PARTY_CONFORMITY, Fact.ANNEX_III_AREA, Fact.ANNEX_III,
                    Fact.DEROGATION, Fact.SIGNIFICANT_RISK, Fact.PROFILING)


DOUBT_PROHIBITED = Text(
    nl="Een verboden praktijk is nog niet uitgesloten: een vraag daarover staat open.",
    en="A prohibited practice is not yet ruled out: a question about it is open.")
DOUBT_HIGH_RISK = Text(
    nl="Hoog risico is nog niet uitgesloten: een vraag over Annex I, Annex III of art. 6(3) staat open. "
       "Behandel het systeem niet als 'geen hoog risico' voordat een deskundige die vraag heeft beantwoord.",
    en="High risk is not yet ruled out: a question on Annex I, Annex III or art. 6(3) is open. Do not "
       "treat the system as 'not high risk' before an expert has answered it.")
DOUBT_ROLE = Text(
    nl="De rol van de organisatie staat nog open; de plichten per rol volgen als die bekend is.",
    en="The organisation's role is still open; the duties per role follow once it is known.")
DOUBTS = {DOUBT_PROHIBITED: ("prohibited_practices",), DOUBT_HIGH_RISK: ("risk_class", "high_risk_basis"),
          DOUBT_ROLE: ("roles",)}
"""Each doubt note and the conclusions it is about: outcome.certainty keeps it only when an open
question could really change one of them."""


def _doubts(facts: FactSet, risk_class: str | None) -> list[Text]:
    """What an open answer could still change, so a provisional class is not read as settled."""
    doubts = []
    if risk_class != "prohibited" and (facts.is_undecided(Fact.PROHIBITED_PRACTICE)
                                       or facts.is_undecided(Fact.EXCEPTION_CLAIMED)):
        doubts.append(DOUBT_PROHIBITED)
    if risk_class in ("not_high_risk", "gpai_model") and any(facts.is_undecided(f) for f in _HIGH_RISK_FACTS):
        doubts.append(DOUBT_HIGH_RISK)
    if facts.is_undecided(Fact.ROLE):
        doubts.append(DOUBT_ROLE)
    return doubts


_CLASS_NAMES = {"prohibited": ("verboden", "prohibited"), "high_risk": ("hoog risico", "high risk"),
                "not_high_risk": ("geen hoog risico", "not high risk"),
                "gpai_model": ("AI-model voor algemene doeleinden", "general-purpose AI model")}


def _once_in_use(risk_class: str, reason: Text, basis: list[str]) -> Text:
    """Art. 2(8) only holds until the system is put into service: say what will apply then."""
    nl, en = _CLASS_NAMES[risk_class]
    grounds = f" ({', '.join(basis)})" if basis else ""
    return Text(
        nl=f"Zodra het systeem in gebruik gaat of onder echte omstandigheden wordt getest, geldt de "
           f"AI-verordening: naar verwachting {nl}{grounds}. {reason.nl}",
        en=f"Once the system is put into service or tested in real-world conditions, the AI Act applies: "
           f"expected {en}{grounds}. {reason.en}")


def _exception_notes(proh: prohibitions.Prohibitions) -> list[Text]:
    """Both branches of an exception whose conditions are open, and planned conditions as duties."""
    notes = []
    for f in proh.excepted:
        if f.conditions_open:
            notes.append(Text(
                nl=f"Voor {f.ref} is de uitzondering {f.exception_ref} geclaimd en gemotiveerd, maar of alle "
                   "voorwaarden vervuld zijn staat nog open. Zijn ze vóór het gebruik vervuld, dan is het gebruik "
                   "toegestaan en geldt de uitkomst hieronder. Is er één niet vervuld, dan is het een verboden "
                   "praktijk: niet gebruiken.",
                en=f"For {f.ref} the exception {f.exception_ref} is claimed and motivated, but whether all its "
                   "conditions are met is still open. If they are met before use, the use is permitted and the "
                   "result below applies. If one is not met, it is a prohibited practice: do not use it."))
        if f.conditions_planned:
            listed = ", ".join(f.conditions_planned)
            notes.append(Text(
                nl=f"Geplande voorwaarden van de uitzondering ({listed}) zijn plichten vóór het (eerste) gebruik; "
                   "zonder die voorwaarden is het gebruik verboden.",
                en=f"Planned conditions of the exception ({listed}) are duties before the (first) use; without "
                   "them the use is prohibited."))
    return notes


def classify(facts: FactSet, intake: Intake, *, complete: bool = True) -> Classification:
    definition = scope.definition(facts)
    open_questions = list(facts.open_questions)
    provisional = bool(open_questions) or not complete or not definition.settled
    trace: dict[str, list[TraceItem]] = {"applicability": definition.trace}
    notes: list[Text] = []
    proh = prohibitions.judge(facts, intake)
    hr = high_risk.judge(facts)
    duties = transparency.judge(facts)
    who = roles.judge(facts, high_risk=hr.high_risk)
    excl = None
    if definition.outside:
        applicability, reason, refs = definition.outside, definition.reason, definition.refs
    else:
        excl = scope.exclusion(facts, intake, definition.system_type, high_risk=hr.high_risk,
                               prohibited=bool(proh.findings), transparency=bool(duties.duties))
        if excl and excl.ignored:
            notes.append(Text(
                nl="Geclaimde uitsluiting geldt niet: " + ", ".join(excl.ignored) + " (open source met "
                   "hoog risico, verboden praktijk of art. 50-plicht, of al in gebruik met echte gevolgen).",
                en="Claimed exclusion does not hold: " + ", ".join(excl.ignored) + " (open source with "
                   "high risk, a prohibited practice or an art. 50 duty, or already in use with real effects)."))
        if excl and excl.refs:
            applicability, reason, refs = "excluded", excl.reason, excl.refs
            trace["applicability"] = merge_traces(definition.trace, excl.trace)
            if excl.refs == [scope.PRE_MARKET_EXCLUSION] and who.roles:
                notes.append(_once_in_use(*_risk_class(proh, hr, definition.system_type), hr.basis))
        elif not who.roles and not facts.is_undecided(Fact.ROLE):
            applicability, reason, refs = "no_role", _NO_ROLE, ["AI Act art. 2(1)", "AI Act art. 3(3)",
                                                                "AI Act art. 3(4)"]
            trace["applicability"] = merge_traces(definition.trace, who.trace)
        else:
            applicability, reason, refs = "applies", definition.reason, [*definition.refs, "AI Act art. 2(1)"]
    applies = applicability == "applies"
    system_type = definition.system_type if not definition.outside else None
    trace["system_type"] = facts.trace(Fact.SYSTEM_TYPE)
    risk_class = risk_reason = None
    if applies:
        risk_class, risk_reason = _risk_class(proh, hr, system_type)
        trace["roles"] = who.trace
        trace["risk_class"] = merge_traces(proh.trace if proh.running else [], hr.trace)
        trace["high_risk_basis"] = hr.trace if hr.high_risk else []
        trace["derogation"] = hr.derogation_trace if hr.derogation or hr.profiling_override else []
        trace["prohibited_practices"] = proh.trace
        trace["transparency_duties"] = duties.trace
        trace["systemic_risk"] = facts.trace(Fact.SYSTEMIC_RISK)
        if hr.profiling_override:
            notes.append(Text(
                nl="Profilering van natuurlijke personen: de uitzondering van art. 6(3) geldt niet.",
                en="Profiling of natural persons: the art. 6(3) derogation does not apply."))
        notes += _exception_notes(proh)
        removed = [f.ref for f in proh.standing if f.function_removed]
        if removed and risk_class != "prohibited":
            notes.append(Text(
                nl=f"De verboden functie ({', '.join(removed)}) is uitgezet; het systeem dat overblijft is "
                   "hieronder beoordeeld zoals elk ander systeem.",
                en=f"The prohibited function ({', '.join(removed)}) has been switched off; the remaining system is "
                   "assessed below like any other system."))
        if who.art25_not_applied:
            notes.append(Text(
                nl="Art. 25(1) maakt alleen aanbieder van een hoog-risicosysteem; dit systeem is dat niet.",
                en="Art. 25(1) only makes one provider of a high-risk system; this system is not one."))
    transparency_duties = duties.duties if applies else []
    if applies and high_risk.section_b_only(hr.basis):
        transparency_duties = []
        notes.append(Text(
            nl="Product onder Annex I, sectie B: van de AI-verordening gelden alleen art. 6(1), 102-109 en 112 "
               "(art. 2(2)); de eisen komen via de sectorwetgeving.",
            en="Product under Annex I section B: of the AI Act only art. 6(1), 102-109 and 112 apply "
               "(art. 2(2)); the requirements come through the sector legislation."))
    if applies:
        notes += _doubts(facts, risk_class)
    systemic = _systemic_risk(facts, system_type) if applies else None
    found = impact.judge(facts, high_risk=risk_class == "high_risk", prohibited=risk_class == "prohibited")
    third_party = third_party_body(hr, facts) if applies else False
    return Classification(
        applicability=applicability,
        applicability_reason=reason,
        applicability_refs=refs,
        system_type=system_type,
        roles=who.roles if applies else [],
        risk_class=risk_class,
        high_risk_basis=hr.basis if applies else [],
        derogation=hr.derogation if applies else None,
        prohibited_practices=proh.findings if applies else [],
        transparency_duties=transparency_duties,
        systemic_risk=systemic,
        provisional=provisional,
        open_questions=open_questions,
        trace=trace,
        high_risk_assumed=hr.assumed and risk_class == "high_risk",
        profile=profile.build(
            applicability=applicability, system_type=system_type, roles=who.roles if applies else [],
            risk_class=risk_class, systemic_risk=systemic,
            transparency=bool(transparency_duties), open_source=facts.flag(Fact.OPEN_SOURCE),
            third_party=third_party, intake=intake, impactful=found.impactful),
        risk_reason=risk_reason,
        annex_iii=hr.annex_iii if applies else [],
        exclusions=excl.refs if excl else [],
        transparency_excepted=duties.excepted if applies else [],
        notes=notes,
    )
