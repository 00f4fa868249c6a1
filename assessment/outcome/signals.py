"""What the answers of an unfinished walk already establish, read from the same facts the
classifier uses. Each signal carries the answers behind it; nothing here concludes a risk class,
an applicability or a step, because questions not yet asked can change all of those."""

from assessment.legal.facts import CASE_PARAGRAPH, Fact, Role
from assessment.outcome import transparency
from assessment.outcome.facts_found import FactSet, merge_traces
from assessment.outcome.high_risk import annex_iii_point
from assessment.outcome.models import PracticeSignal, RefSignal, RoleSignal, Signals
from assessment.outcome.prohibitions import belongs_to

_ORDER = list(Role)


def _practices(facts: FactSet) -> list[PracticeSignal]:
    exceptions = facts.values(Fact.EXCEPTION_CLAIMED)
    found = []
    for ref in facts.values(Fact.PROHIBITED_PRACTICE):
        own = [e for e in exceptions if belongs_to(e, ref)]
        trace = merge_traces(facts.trace(Fact.PROHIBITED_PRACTICE, ref),
                             *(facts.trace(Fact.EXCEPTION_CLAIMED, e) for e in own))
        found.append(PracticeSignal(ref=ref, exception_ref=own[0] if own else None, trace=trace))
    return found


def _annex_iii(facts: FactSet) -> list[RefSignal]:
    """Sub-points answered yes; an area answered yes with no sub-point yet counts as the area."""
    points = [RefSignal(ref=r, trace=facts.trace(Fact.ANNEX_III, r)) for r in facts.values(Fact.ANNEX_III)]
    # An area whose every sub-point was answered 'none' signals nothing.
    covered = {annex_iii_point(p.ref) for p in points} | {annex_iii_point(r) for r in facts.values(Fact.ANNEX_III_NONE)}
    areas = [RefSignal(ref=r, trace=facts.trace(Fact.ANNEX_III_AREA, r))
             for r in facts.values(Fact.ANNEX_III_AREA) if annex_iii_point(r) not in covered]
    return sorted([*points, *areas], key=lambda s: (annex_iii_point(s.ref) or 0, s.ref))


def _transparency(facts: FactSet) -> list[RefSignal]:
    duties = transparency.judge(facts).duties
    signals = []
    for ref in duties:
        trace = merge_traces([f.trace for f in facts.of(Fact.TRANSPARENCY) if transparency.paragraph(f.value) == ref],
                             [f.trace for f in facts.of(Fact.TRANSPARENCY_CASE) if CASE_PARAGRAPH.get(f.value) == ref])
        signals.append(RefSignal(ref=ref, trace=trace))
    return signals


def signals(facts: FactSet) -> Signals:
    roles = sorted({Role(r) for r in facts.values(Fact.ROLE)}, key=_ORDER.index)
    return Signals(
        roles=[RoleSignal(role=r, trace=facts.trace(Fact.ROLE, r.value)) for r in roles],
        prohibited_practices=_practices(facts),
        annex_i=[RefSignal(ref=r, trace=facts.trace(Fact.ANNEX_I, r)) for r in facts.values(Fact.ANNEX_I)],
        annex_iii=_annex_iii(facts),
        transparency=_transparency(facts),
        systemic_risk=facts.flag(Fact.SYSTEMIC_RISK),
        systemic_risk_trace=facts.trace(Fact.SYSTEMIC_RISK),
        open_questions=list(facts.open_questions),
    )
