"""When a step is due: the legal date of its topic (dates table) and the system's own lifecycle dates.

The law runs on dates: art. 113 says from when each part applies, art. 111 how systems and models
already on the market are treated, GDPR art. 35(1) that a DPIA comes before the processing. Each
step gets one kind of timing:

- `before_first_use`: due before a moment of the system's life (putting into service, placing on
  the market, the start of the processing, a significant change); overdue once that moment has passed;
- `in_force_since`: a duty that applies now to what already runs; it must be in order, never 'overdue';
- `by_date`: a calendar date the law fixes (art. 111 transition ends, a grace period, a ban's start);
- `policy`: no statutory moment (IAMA, Algoritmeregister, the expert review).

Where the moment depends on a lifecycle date nobody knew, the step names that date (`decided_by`).
The GDPR's own application date is never a deadline.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from assessment.i18n import Text
from assessment.intake import Intake
from assessment.outcome.dates import DateTable

HIGH_RISK_TOPICS = frozenset({"annex_iii_high_risk", "annex_i_high_risk"})
TimingKind = Literal["before_first_use", "in_force_since", "by_date", "policy"]
_MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")


def long_date(day: dt.date) -> Text:
    return Text(nl=f"{day.day} {_MONTHS_NL[day.month - 1]} {day.year}",
                en=f"{day.day} {day.strftime('%B')} {day.year}")


@dataclass(frozen=True)
class Timing:
    deadline: dt.date | None
    reason: Text
    applies_from: dt.date | None
    in_force: bool
    overdue: bool
    verify: bool
    kind: TimingKind = "policy"
    decided_by: str | None = None
    """The intake's lifecycle date that decides the moment, when it is not known."""
    due_now: bool = False
    """The duty binds already: in force for what runs, its moment passed, or the processing it
    must precede already runs."""


@dataclass(frozen=True)
class _When:
    kind: TimingKind
    deadline: dt.date | None
    reason: Text
    decided_by: str | None = None
    now: bool = False
    """Its moment has passed although no date says so (the processing runs, start date unknown)."""


def timing(topic: str | None, intake: Intake, *, public: bool, as_of: dt.date, dates: DateTable) -> Timing:
    if topic is None:
        reason = (Text(nl="Vóór ingebruikname; beleid, geen wettelijke termijn.",
                       en="Before putting into service; policy, no statutory deadline.")
                  if not intake.in_service(as_of) else
                  Text(nl="Beleid, geen wettelijke termijn: zo snel als redelijk mogelijk.",
                       en="Policy, no statutory deadline: as soon as reasonably possible."))
        return Timing(None, reason, None, True, False, False, "policy")
    row = dates.effective(topic)
    start: dt.date | None = row.date
    if topic == "gdpr":
        when = _gdpr(intake, as_of)
        start = None  # the GDPR's own date binds nothing here: the processing's start does
    elif topic in HIGH_RISK_TOPICS:
        when = _high_risk(row.date, intake, public=public, as_of=as_of, dates=dates)
    elif topic == "gpai_models":
        when = _gpai(row.date, intake, as_of, dates)
    elif topic == "marking_legacy":
        when = _marking(row.date, intake, as_of, dates)
    elif topic == "rbi_conditions":
        # Art. 5(2)-(5): conditions of each use under an art. 5(1)(h) exception, never a past deadline.
        when = _When("before_first_use", None, Text(
            nl="Vóór (of bij) elk gebruik onder de uitzondering van art. 5(1)(h); geen verstreken termijn.",
            en="Before (or with) each use under the art. 5(1)(h) exception; not a passed deadline."))
    elif topic in ("prohibitions", "omnibus_ban"):
        when = _ban(row.date, intake, as_of)
    else:
        when = _in_force(row.date, intake, as_of)
    reason = when.reason
    if intake.status is None and intake.day("in_service_on") is None:
        reason = Text(nl="Status van het systeem onbekend; uitgegaan van 'in gebruik'. " + reason.nl,
                      en="System status unknown; assumed to be in use. " + reason.en)
    moment = when.deadline if when.kind in ("before_first_use", "by_date") else None
    overdue = moment is not None and moment < as_of
    in_force = start is None or start <= as_of
    due_now = in_force and (when.kind == "in_force_since" or when.now or (moment is not None and moment <= as_of))
    return Timing(when.deadline, reason, start, in_force, overdue, row.verify, when.kind, when.decided_by,
                  due_now)


def _in_force(start: dt.date, intake: Intake, as_of: dt.date) -> _When:
    """A duty that applies from `start` to every system in service (art. 4, art. 50)."""
    day, when = intake.day("in_service_on"), long_date(start)
    if not intake.in_service(as_of):
        if day is not None and day < start:
            return _When("by_date", start, Text(
                nl=f"Gepland in gebruik vóór {when.nl}: op orde uiterlijk op die datum.",
                en=f"Planned to be in service before {when.en}: in order by that date."))
        planned = "" if day is None else f" ({long_date(day).nl})"
        planned_en = "" if day is None else f" ({long_date(day).en})"
        return _When("before_first_use", day, Text(
            nl=f"Vóór het in de handel brengen of in gebruik nemen{planned}; geldt vanaf {when.nl}.",
            en=f"Before placing on the market or putting into service{planned_en}; applies from {when.en}."),
            None if day is not None else "in_service_on")
    if start <= as_of:
        return _When("in_force_since", None, Text(nl=f"Geldt sinds {when.nl}: dit moet nu al op orde zijn.",
                                                  en=f"Applies since {when.en}: this must be in order now."))
    return _When("by_date", start, Text(nl=f"Geldt vanaf {when.nl}: zorg dat het dan op orde is.",
                                        en=f"Applies from {when.en}: make sure it is in order by then."))


def _ban(start: dt.date, intake: Intake, as_of: dt.date) -> _When:
    when = long_date(start)
    if not intake.in_service(as_of):
        return _When("before_first_use", None, Text(nl=f"Niet in gebruik nemen (verbod geldt vanaf {when.nl}).",
                                                    en=f"Do not put into service (the ban applies from {when.en})."))
    if start <= as_of:
        return _When("in_force_since", None, Text(nl=f"Verboden sinds {when.nl}.", en=f"Prohibited since {when.en}."))
    return _When("by_date", start, Text(nl=f"Verboden vanaf {when.nl}.", en=f"Prohibited from {when.en}."))


def _gdpr(intake: Intake, as_of: dt.date) -> _When:
    """GDPR art. 35(1): before the processing starts; for processing already running, now."""
    started = intake.day("processing_started_on")
    if started is not None and started > as_of:
        return _When("before_first_use", started, Text(
            nl=f"Vóór de verwerking begint ({long_date(started).nl}).",
            en=f"Before the processing starts ({long_date(started).en})."))
    if started is not None:
        return _When("before_first_use", started, Text(
            nl=f"De verwerking loopt sinds {long_date(started).nl}: dit had vooraf moeten gebeuren; doe het nu.",
            en=f"The processing has been running since {long_date(started).en}: this was due beforehand; do it now."))
    if not intake.in_service(as_of):
        return _When("before_first_use", None, Text(nl="Vóór de verwerking begint.", en="Before the processing starts."))
    return _When("before_first_use", None, Text(
        nl="De verwerking loopt al: dit had vóór de start moeten gebeuren; doe het nu. Sinds wanneer de "
           "verwerking loopt, is niet vastgelegd.",
        en="The processing is already running: this was due before it started; do it now. When the "
           "processing started is not recorded."), "processing_started_on", now=True)


def _gpai(start: dt.date, intake: Intake, as_of: dt.date, dates: DateTable) -> _When:
    """Art. 111(3): models on the market before 2 August 2025 comply by 2 August 2027; later ones at once."""
    placed = intake.day("placed_on_market_on")
    legacy = dates.effective("gpai_legacy").date
    first, by = long_date(start), long_date(legacy)
    if placed is not None and placed < start:
        return _When("by_date", legacy, Text(
            nl=f"Model vóór {first.nl} in de handel gebracht: uiterlijk {by.nl} (art. 111(3)).",
            en=f"Model placed on the market before {first.en}: by {by.en} (art. 111(3))."))
    if placed is not None:
        return _When("before_first_use", placed, Text(
            nl=f"Model op of na {first.nl} in de handel gebracht ({long_date(placed).nl}): de plichten gelden "
               "vanaf het in de handel brengen.",
            en=f"Model placed on the market on or after {first.en} ({long_date(placed).en}): the duties apply "
               "from placing on the market."))
    if intake.not_yet_in_use:
        return _When("before_first_use", None, Text(nl="Vóór het in de handel brengen van het model.",
                                                    en="Before placing the model on the market."))
    return _When("in_force_since", None, Text(
        nl=f"Vóór {first.nl} in de handel gebracht: uiterlijk {by.nl} (art. 111(3)); later in de handel gebracht: "
           "vanaf dat moment, dus nu op orde. Wanneer het model in de handel kwam, is niet vastgelegd.",
        en=f"Placed on the market before {first.en}: by {by.en} (art. 111(3)); placed later: from that moment, so "
           "in order now. When the model was placed on the market is not recorded."), "placed_on_market_on")


def _marking(grace: dt.date, intake: Intake, as_of: dt.date, dates: DateTable) -> _When:
    """Art. 50(2) marking: systems placed on the market before the general date get the Omnibus grace."""
    general = dates.effective("general").date
    day = intake.day("in_service_on")
    until, cut = long_date(grace), long_date(general)
    if day is not None and day < general:
        return _When("by_date", grace, Text(
            nl=f"In de handel sinds {long_date(day).nl}, vóór {cut.nl}: de markering geldt vanaf {until.nl}.",
            en=f"On the market since {long_date(day).en}, before {cut.en}: the marking applies from {until.en}."))
    return _When("in_force_since" if general <= as_of else "by_date", None if general <= as_of else general, Text(
        nl=f"Vóór {cut.nl} in de handel gebracht: markering vanaf {until.nl}; later: vanaf het in de handel brengen. "
           "Wanneer het systeem in de handel kwam, is niet vastgelegd.",
        en=f"Placed on the market before {cut.en}: marking from {until.en}; later: from placing on the market. "
           "When the system was placed on the market is not recorded."), "in_service_on")


def _high_risk(cutoff: dt.date, intake: Intake, *, public: bool, as_of: dt.date, dates: DateTable) -> _When:
    """Art. 111(2): a system in service before the cut-off (the date the high-risk rules apply) falls
    under them only after a significant change in its design; one intended for public authorities
    complies by 2 August 2030 at the latest. A system put into service later complies before that."""
    day = intake.day("in_service_on")
    cut = long_date(cutoff)
    if day is not None:
        legacy = day < cutoff
    elif intake.in_service(as_of) and as_of < cutoff:
        legacy = True  # in service now and the rules do not apply yet: it was there before the cut-off
    elif not intake.in_service(as_of):
        return _When("before_first_use", None, Text(
            nl=f"Vóór het in de handel brengen of in gebruik nemen; geldt vanaf {cut.nl}. Gaat het systeem eerder "
               "in gebruik, dan geldt de overgangsregeling van art. 111(2).",
            en=f"Before placing on the market or putting into service; applies from {cut.en}. If the system goes "
               "into service earlier, the transition of art. 111(2) applies."), "in_service_on")
    else:
        return _When("in_force_since", None, Text(
            nl=f"In gebruik vóór {cut.nl}: overgangsregeling van art. 111(2); later in gebruik genomen: nu al op orde. "
               "Wanneer het systeem in gebruik kwam, is niet vastgelegd.",
            en=f"In service before {cut.en}: the transition of art. 111(2); put into service later: in order now. "
               "When the system went into service is not recorded."), "in_service_on")
    if not legacy:
        assert day is not None
        return _When("before_first_use", day, Text(
            nl=f"In gebruik (gepland) op {long_date(day).nl}, na {cut.nl}: vóór ingebruikname op orde.",
            en=f"In service (planned) on {long_date(day).en}, after {cut.en}: in order before putting into service."))
    return _legacy(cutoff, intake, public=public, dates=dates)


def _legacy(cutoff: dt.date, intake: Intake, *, public: bool, dates: DateTable) -> _When:
    change = intake.significant_change_on
    changed = change if isinstance(change, dt.date) and change >= cutoff else None
    unknown = change in (None, "unknown")
    cut = long_date(cutoff)
    decided = "significant_change_on" if unknown else None
    if public:
        end = dates.effective("public_authority_legacy").date
        deadline = min(end, changed) if changed else end
        extra = (Text(nl=f" Het ontwerp is op {long_date(changed).nl} ingrijpend gewijzigd: vanaf die wijziging.",
                      en=f" Its design changed significantly on {long_date(changed).en}: from that change.")
                 if changed else
                 Text(nl=f" Wordt het ontwerp na {cut.nl} ingrijpend gewijzigd, dan geldt het al vanaf die wijziging.",
                      en=f" If its design changes significantly after {cut.en}, it applies from that change."))
        return _When("by_date", deadline, Text(
            nl=f"In gebruik vóór {cut.nl}: als systeem voor overheidsinstanties uiterlijk {long_date(end).nl} "
               f"(art. 111(2)).{extra.nl}",
            en=f"In service before {cut.en}: as a system for public authorities by {long_date(end).en} "
               f"(art. 111(2)).{extra.en}"), decided)
    if changed:
        return _When("by_date", changed, Text(
            nl=f"In gebruik vóór {cut.nl}, ontwerp ingrijpend gewijzigd op {long_date(changed).nl}: vanaf die "
               "wijziging (art. 111(2)).",
            en=f"In service before {cut.en}, design changed significantly on {long_date(changed).en}: from that "
               "change (art. 111(2))."))
    return _When("before_first_use", None, Text(
        nl=f"In gebruik vóór {cut.nl}: de plichten gelden pas als het ontwerp daarna ingrijpend wordt gewijzigd "
           "(art. 111(2)), vóór die wijziging.",
        en=f"In service before {cut.en}: the duties apply only once its design changes significantly after that "
           "(art. 111(2)), before that change."), decided)
