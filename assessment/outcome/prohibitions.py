"""Prohibited practices (art. 5(1) and the Digital Omnibus ban), each judged on its own.

An exception clears only the practice it belongs to (its ref starts with the practice's ref, e.g.
'AI Act art. 5(1)(h)(ii)' for 'AI Act art. 5(1)(h)'), and only when a motivation was given for it.
For real-time remote biometric identification the exception also needs its conditions (art. 5(2),
5(3), 5(5)); one that is not met keeps the prohibition standing. A condition planned before use is a
duty, not a failure; one left unknown clears the practice only provisionally (both branches shown).
A practice whose function alone was removed no longer decides the risk class of the system that runs on.
"""

from dataclasses import dataclass

from assessment.i18n import Text
from assessment.intake import Intake, SystemStatus
from assessment.legal.facts import Fact
from assessment.outcome.facts_found import FactSet, merge_traces
from assessment.outcome.models import PracticeFinding, TraceItem


REMOTE_BIOMETRIC = "AI Act art. 5(1)(h)"
"""Its exceptions hold only under the conditions of art. 5(2), 5(3) and 5(5)."""


def belongs_to(exception_ref: str, practice_ref: str) -> bool:
    return exception_ref == practice_ref or exception_ref.startswith(practice_ref + "(")


@dataclass(frozen=True)
class Prohibitions:
    findings: list[PracticeFinding]
    trace: list[TraceItem]

    @property
    def standing(self) -> list[PracticeFinding]:
        """Practices not cleared by an exception of their own."""
        return [f for f in self.findings if not f.cleared]

    @property
    def running(self) -> list[PracticeFinding]:
        """Standing practices still part of the system (not removed as a function)."""
        return [f for f in self.standing if not f.function_removed]

    @property
    def excepted(self) -> list[PracticeFinding]:
        return [f for f in self.findings if f.cleared]


def judge(facts: FactSet, intake: Intake) -> Prohibitions:
    switched_off = bool(facts.flag(Fact.SWITCHED_OFF)) or intake.status == SystemStatus.SWITCHED_OFF
    function_removed = facts.flag(Fact.FUNCTION_REMOVED) is True and intake.status != SystemStatus.SWITCHED_OFF
    findings: list[PracticeFinding] = []
    traces: list[list[TraceItem]] = []
    exceptions = facts.values(Fact.EXCEPTION_CLAIMED)
    for practice in facts.values(Fact.PROHIBITED_PRACTICE):
        own = [e for e in exceptions if belongs_to(e, practice)]
        motivations = [f for f in facts.of(Fact.EXCEPTION_MOTIVATION)
                       if f.value == practice and f.answer_text.strip()]
        motivation = motivations[0].answer_text.strip() if motivations else None
        exception_ref = own[0] if own else None
        unmet: list[str] = []
        planned: list[str] = []
        conditions_open = False
        if exception_ref and practice == REMOTE_BIOMETRIC:
            unmet = facts.values(Fact.EXCEPTION_CONDITION_UNMET)
            planned = facts.values(Fact.EXCEPTION_CONDITION_PLANNED)
            conditions_open = not unmet and facts.is_undecided(Fact.EXCEPTION_CONDITION_UNMET)
            traces.append(merge_traces(facts.trace(Fact.EXCEPTION_CONDITION_UNMET),
                                       facts.trace(Fact.EXCEPTION_CONDITION_PLANNED),
                                       [f.trace for f in facts.could_be(Fact.EXCEPTION_CONDITION_UNMET)]))
        findings.append(PracticeFinding(
            ref=practice, exception_ref=exception_ref, motivation=motivation,
            cleared=bool(exception_ref and motivation and not unmet), switched_off=switched_off,
            conditions_unmet=unmet, conditions_planned=planned, conditions_open=conditions_open,
            function_removed=switched_off and function_removed))
        traces.append(facts.trace(Fact.PROHIBITED_PRACTICE, practice))
        for ref in own:
            traces.append(facts.trace(Fact.EXCEPTION_CLAIMED, ref))
        traces.append([m.trace for m in motivations])
    if findings and switched_off:
        traces.append(facts.trace(Fact.SWITCHED_OFF))
    return Prohibitions(findings, merge_traces(*traces))


def remarks(finding: PracticeFinding) -> list[Text]:
    """What every face says next to a practice beyond cleared/standing: the function removed, the
    exception's conditions open, planned or not met."""
    said = []
    if finding.function_removed:
        said.append(Text(nl="alleen de functie uitgezet; het systeem draait door",
                         en="only the function switched off; the system keeps running"))
    if finding.conditions_open:
        said.append(Text(nl="voorwaarden van de uitzondering nog open: voorlopig",
                         en="conditions of the exception still open: provisional"))
    if finding.conditions_planned:
        listed = ", ".join(finding.conditions_planned)
        said.append(Text(nl=f"gepland vóór gebruik: {listed}", en=f"planned before use: {listed}"))
    if finding.conditions_unmet:
        listed = ", ".join(finding.conditions_unmet)
        said.append(Text(nl=f"voorwaarden niet vervuld: {listed}", en=f"conditions not met: {listed}"))
    return said
