"""Build the overview from resolved records: pure, no files, no clock (the as-of date is given)."""

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence

from assessment import __version__
from assessment.intake import SystemStatus
from assessment.outcome.models import PracticeFinding
from assessment.overview.model import (
    HORIZON_DAYS, Count, Counts, DeadlineEntry, Duplicate, ExceptionClaim, HighRiskEntry, Overview,
    PracticeGroup,
    PracticeSystem, ProcessGroup, ProvisionalEntry, RegisterDraftState, Situation, SkippedFile, StepState,
    SystemRef, SystemRow, Totals, TransparencyGroup, UnmappedMinistry,
)
from assessment.organisations import load_organisations
from assessment.overview.record import SystemRecord

FRIA, EU_DATABASE, REGISTER = "fria", "eu_database_registration", "algoritmeregister"


def build_overview(records: Sequence[SystemRecord], *, as_of: dt.date, files_read: int,
                   assessments_read: int, skipped: Sequence[SkippedFile] = (),
                   duplicates: Sequence[Duplicate] = ()) -> Overview:
    """The complete overview of `records` (already one per assessment) judged on `as_of`."""
    records = sorted(records, key=_system_order)
    refs = {r.assessment_id: _ref(r) for r in records}
    findings = [(r, f, situation(r, f)) for r in records for f in r.practices]
    practices = _practice_groups(findings, refs)
    deadlines = _deadlines(records, refs, as_of)
    high_risk = [_high_risk(r, refs[r.assessment_id]) for r in records if r.risk_class == "high_risk"]
    provisional = [ProvisionalEntry(system=refs[r.assessment_id], complete=r.complete,
                                    open_questions=list(r.open_questions))
                   for r in records if r.provisional or not r.complete]
    with_situation = lambda s: len({r.assessment_id for r, _, x in findings if x == s})  # noqa: E731
    totals = Totals(
        files_read=files_read, files_skipped=len(skipped), assessments_read=assessments_read,
        duplicates_dropped=sum(len(d.dropped) for d in duplicates), systems=len(records),
        prohibited_active=with_situation("active"), prohibited_switched_off=with_situation("switched_off"),
        excepted=with_situation("excepted"), high_risk=len(high_risk), provisional=len(provisional),
        deadlines_overdue=sum(d.overdue for d in deadlines),
        deadlines_due_soon=sum(not d.overdue for d in deadlines),
    )
    return Overview(
        tool_version=__version__, as_of=as_of, horizon_days=HORIZON_DAYS, totals=totals,
        practices=practices, processes=_process_groups(findings, refs),
        counts=_counts(records), high_risk=high_risk,
        register_drafts=[_register(r, refs[r.assessment_id]) for r in records
                         if r.register and r.register.category in ("A", "B")],
        transparency=_transparency(records, refs),
        provisional=provisional, deadlines=deadlines, systems=[_row(r, as_of) for r in records],
        skipped=sorted(skipped, key=lambda s: s.path), duplicates=list(duplicates),
        unmapped_ministries=_unmapped(records, refs),
    )


UNMAPPED = "unmapped"


def ministry_id(record: SystemRecord) -> str | None:
    """The ministry's id: as exported, else matched from the name (case, 'Ministerie van', short
    and former names ignored); UNMAPPED for a name that matches none, None when there is no name."""
    i = record.intake
    if i.ministry_id:
        return i.ministry_id
    if not i.ministry.strip():
        return None
    found = load_organisations().match_ministry(i.ministry)
    return found.id if found is not None else UNMAPPED


def _unmapped(records, refs) -> list[UnmappedMinistry]:
    by_name: dict[str, list[SystemRef]] = {}
    for r in records:
        if ministry_id(r) == UNMAPPED:
            by_name.setdefault(r.intake.ministry, []).append(refs[r.assessment_id])
    return [UnmappedMinistry(name=n, systems=by_name[n]) for n in sorted(by_name, key=lambda n: (n.casefold(), n))]


def situation(record: SystemRecord, finding: PracticeFinding) -> Situation:
    """Cleared by an exception, stopped (the practice or the whole system), or still running."""
    if finding.cleared:
        return "excepted"
    if finding.switched_off or record.intake.status == SystemStatus.SWITCHED_OFF:
        return "switched_off"
    return "active"


def risk_group(record: SystemRecord) -> str:
    """The risk class; where there is none, why not (the applicability), or 'unfinished'."""
    if record.risk_class:
        return record.risk_class
    if record.applicability and record.applicability != "applies":
        return record.applicability
    return "unfinished" if not record.complete or record.applicability is None else "no_risk_class"


def _system_order(r: SystemRecord) -> tuple:
    i = r.intake
    return (i.ministry.casefold(), i.organisation.casefold(), i.system_name.casefold(), r.assessment_id)


def _ref(r: SystemRecord) -> SystemRef:
    i = r.intake
    return SystemRef(assessment_id=r.assessment_id, system_name=i.system_name, ministry=_ministry_name(r),
                     organisation=i.organisation)


def _ministry_name(r: SystemRecord) -> str:
    """One spelling per ministry (its Dutch name from the list); a name that matches none as written."""
    found = load_organisations().ministry(ministry_id(r))
    return found.name.nl if found is not None else r.intake.ministry


def _practice_system(r: SystemRecord, f: PracticeFinding, s: Situation, ref: SystemRef) -> PracticeSystem:
    i = r.intake
    return PracticeSystem(system=ref, ref=f.ref, situation=s, status=i.status,
                          switched_off_on=i.switched_off_on,
                          exception_ref=f.exception_ref, motivation=f.motivation,
                          business_process=i.business_process)


def _practice_groups(findings, refs) -> list[PracticeGroup]:
    by_ref: dict[str, list[PracticeSystem]] = {}
    for r, f, s in findings:
        by_ref.setdefault(f.ref, []).append(_practice_system(r, f, s, refs[r.assessment_id]))
    groups = []
    for ref in sorted(by_ref):
        systems = by_ref[ref]
        tally = Counter(p.situation for p in systems)
        groups.append(PracticeGroup(ref=ref, active=tally["active"], switched_off=tally["switched_off"],
                                    excepted=tally["excepted"], systems=systems))
    return groups


def _process_groups(findings, refs) -> list[ProcessGroup]:
    by_process: dict[str, list[PracticeSystem]] = {}
    for r, f, s in findings:
        by_process.setdefault(r.intake.business_process, []).append(
            _practice_system(r, f, s, refs[r.assessment_id]))
    # Grouped on the text exactly as typed; an empty process is listed last.
    order = sorted(by_process, key=lambda p: (not p.strip(), p.casefold(), p))
    return [ProcessGroup(business_process=p, systems=by_process[p]) for p in order]


def _count(records: Sequence[SystemRecord], value: Callable[[SystemRecord], str | None]) -> list[Count]:
    tally = Counter(value(r) for r in records)
    ordered = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0] is None, (kv[0] or "").casefold()))
    return [Count(value=v, count=n) for v, n in ordered]


def _counts(records: Sequence[SystemRecord]) -> Counts:
    return Counts(
        ministry=_count(records, ministry_id),
        organisation_type=_count(records, lambda r: r.intake.organisation_type),
        status=_count(records, lambda r: r.intake.status),
        risk_class=_count(records, risk_group),
    )


_NOT_OPEN = StepState(open=False)


def _state(r: SystemRecord, step_id: str) -> StepState:
    step = r.step(step_id)
    if step is None:
        return _NOT_OPEN
    return StepState(open=True, deadline=step.deadline, category=step.category)


def _high_risk(r: SystemRecord, ref: SystemRef) -> HighRiskEntry:
    return HighRiskEntry(
        system=ref, status=r.intake.status, basis=list(r.high_risk_basis),
        annex_iii=[b for b in r.high_risk_basis if b.startswith("AI Act Annex III")],
        fria=_state(r, FRIA), eu_database_registration=_state(r, EU_DATABASE),
        algoritmeregister=_state(r, REGISTER), provisional=r.provisional,
    )


def _register(r: SystemRecord, ref: SystemRef) -> RegisterDraftState:
    state = r.register
    assert state is not None
    return RegisterDraftState(system=ref, category=state.category, status=r.intake.status, draft=state.drafted,
                              open_mandatory=list(state.open_mandatory))


def _transparency(records, refs) -> list[TransparencyGroup]:
    by_ref: dict[str, list[SystemRef]] = {}
    for r in records:
        for duty in r.transparency:
            by_ref.setdefault(duty, []).append(refs[r.assessment_id])
    return [TransparencyGroup(ref=d, systems=by_ref[d]) for d in sorted(by_ref)]


def _deadlines(records, refs, as_of: dt.date) -> list[DeadlineEntry]:
    entries = []
    for r in records:
        for step in r.steps:
            if step.deadline is None:
                continue
            days = (step.deadline - as_of).days
            if days > HORIZON_DAYS:
                continue
            entries.append(DeadlineEntry(system=refs[r.assessment_id], step_id=step.id, title=step.title,
                                         owner=step.owner, step_status=step.status, deadline=step.deadline,
                                         days_left=days, overdue=days < 0))
    entries.sort(key=lambda e: (e.deadline, e.system.system_name.casefold(), e.step_id))
    return entries


def _row(r: SystemRecord, as_of: dt.date) -> SystemRow:
    i = r.intake
    deadlines = [s.deadline for s in r.steps if s.deadline is not None]
    return SystemRow(
        assessment_id=r.assessment_id, system_name=i.system_name, ministry=_ministry_name(r),
        ministry_id=None if ministry_id(r) == UNMAPPED else ministry_id(r),
        organisation=i.organisation, organisation_type=i.organisation_type, status=i.status,
        switched_off_on=i.switched_off_on, function=i.function, business_process=i.business_process,
        applicability=r.applicability, risk_class=r.risk_class, risk_group=risk_group(r), roles=list(r.roles),
        high_risk_basis=list(r.high_risk_basis), derogation=r.derogation,
        prohibited=[f.ref for f in r.practices if not f.cleared],
        excepted=[f.ref for f in r.practices if f.cleared],
        exception_claims=[ExceptionClaim(ref=f.ref, exception_ref=f.exception_ref, motivation=f.motivation,
                                         cleared=f.cleared) for f in r.practices if f.exception_ref],
        transparency=list(r.transparency), fria=_state(r, FRIA),
        eu_database_registration=_state(r, EU_DATABASE), algoritmeregister=_state(r, REGISTER),
        register_category=r.register.category if r.register else None,
        register_draft=bool(r.register and r.register.drafted),
        register_open_mandatory=list(r.register.open_mandatory) if r.register else [],
        next_deadline=min(deadlines, default=None),
        overdue_steps=sum(d < as_of for d in deadlines),
        provisional=r.provisional, open_questions=len(r.open_questions), complete=r.complete,
        assessed_on=i.assessed_on, legal_as_of=r.legal_as_of, questionnaire=r.questionnaire,
        source=r.source,
    )
