"""Impactful or not, and the Algoritmeregister category (policy, not law: Handreiking Algoritmeregister).

A: high-risk AI (government committed to register these). B: impactful, i.e. legal effects on people
or organisations, or it shapes how government classifies or approaches them (risk selection, fraud
signals); when in doubt, impactful. C: the rest, publication optional.
"""

from dataclasses import dataclass

from assessment.i18n import Text
from assessment.legal.facts import Fact, Wp248Criterion
from assessment.outcome.facts_found import FactSet, merge_traces
from assessment.outcome.models import TraceItem
from assessment.outcome.reasons import reason


@dataclass(frozen=True)
class Impact:
    category: str  # "A" | "B" | "C"
    impactful: bool
    reason: Text
    trace: list[TraceItem]


def judge(facts: FactSet, *, high_risk: bool, prohibited: bool) -> Impact:
    if high_risk:
        return Impact("A", True, reason("impact.category_a"), [])
    signals: list[list[TraceItem]] = []
    if facts.flag(Fact.IMPACTFUL):
        signals.append(facts.trace(Fact.IMPACTFUL, True))
    if facts.flag(Fact.RISK_SELECTION):
        signals.append(facts.trace(Fact.RISK_SELECTION, True))
    if facts.has(Fact.DPIA_CRITERION, Wp248Criterion.AUTOMATED_DECISION.value):
        signals.append(facts.trace(Fact.DPIA_CRITERION, Wp248Criterion.AUTOMATED_DECISION.value))
    if facts.has(Fact.DPIA_MANDATORY, "GDPR art. 35(3)(a)"):
        signals.append(facts.trace(Fact.DPIA_MANDATORY, "GDPR art. 35(3)(a)"))
    if signals or prohibited:
        return Impact("B", True, reason("impact.impactful"), merge_traces(*signals))
    if facts.is_undecided(Fact.IMPACTFUL) or facts.is_undecided(Fact.RISK_SELECTION):
        return Impact("B", True, reason("impact.undecided"), [])
    return Impact("C", False, reason("impact.category_c"),
        merge_traces(facts.trace(Fact.IMPACTFUL), facts.trace(Fact.RISK_SELECTION)))
