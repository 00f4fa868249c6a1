"""When a step is due: the legal date of its topic (dates table) combined with the system's status.

In development: before placing on the market / putting into service. Already in use: the legal date,
except high-risk duties for existing systems, which art. 111(2) defers to 2 August 2030 for systems
used by public authorities (and otherwise to a significant change). A date after `as_of` means the
duty is coming but not yet binding.
"""

import datetime as dt
from dataclasses import dataclass

from assessment.i18n import Text
from assessment.intake import Intake
from assessment.outcome.dates import DateTable

HIGH_RISK_TOPICS = frozenset({"annex_iii_high_risk", "annex_i_high_risk"})
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


def _in_development(intake: Intake) -> bool:
    return intake.not_yet_in_use


def timing(topic: str | None, intake: Intake, *, public: bool, as_of: dt.date, dates: DateTable) -> Timing:
    if topic is None:
        reason = (Text(nl="Vóór ingebruikname; beleid, geen wettelijke termijn.",
                       en="Before putting into service; policy, no statutory deadline.")
                  if _in_development(intake) else
                  Text(nl="Beleid, geen wettelijke termijn: zo snel als redelijk mogelijk.",
                       en="Policy, no statutory deadline: as soon as reasonably possible."))
        return Timing(None, reason, None, True, False, False)
    row = dates.effective(topic)
    start, when = row.date, long_date(row.date)
    in_force = start <= as_of
    deadline: dt.date | None
    if _in_development(intake):
        deadline = None
        if topic in ("prohibitions", "omnibus_ban"):
            reason = Text(nl=f"Niet in gebruik nemen (verbod geldt vanaf {when.nl}).",
                          en=f"Do not put into service (the ban applies from {when.en}).")
        elif topic == "gdpr":
            reason = Text(nl="Vóór de verwerking begint.", en="Before the processing starts.")
        else:
            reason = Text(nl=f"Vóór het in de handel brengen of in gebruik nemen; geldt vanaf {when.nl}.",
                          en=f"Before placing on the market or putting into service; applies from {when.en}.")
    elif topic in HIGH_RISK_TOPICS:
        legacy = dates.effective("public_authority_legacy")
        if public:
            deadline = legacy.date
            reason = Text(
                nl=f"Het systeem is al in gebruik: als systeem van een overheidsinstantie moet het uiterlijk "
                   f"{long_date(deadline).nl} voldoen (art. 111(2)). Wordt het ontwerp na {when.nl} ingrijpend "
                   "gewijzigd, dan geldt het al vanaf die wijziging.",
                en=f"The system is already in use: as a system of a public authority it must comply by "
                   f"{long_date(deadline).en} (art. 111(2)). If its design changes significantly after {when.en}, "
                   "it applies from that change.")
        else:
            deadline = None
            reason = Text(
                nl=f"Het systeem is al in gebruik: de plichten gelden pas als het ontwerp na {when.nl} "
                   "ingrijpend wordt gewijzigd (art. 111(2)).",
                en=f"The system is already in use: the duties apply only once its design changes "
                   f"significantly after {when.en} (art. 111(2)).")
    elif topic == "gpai_models":
        deadline = dates.effective("gpai_legacy").date
        reason = Text(
            nl=f"Model vóór 2 augustus 2025 in de handel: uiterlijk {long_date(deadline).nl} (art. 111(3)); "
               "later in de handel gebracht: vanaf dat moment.",
            en=f"Model placed on the market before 2 August 2025: by {long_date(deadline).en} (art. 111(3)); "
               "placed later: from that moment.")
    elif topic == "gdpr":
        deadline = start
        reason = Text(nl="De verwerking loopt al: dit had vooraf moeten gebeuren; doe het nu.",
                      en="The processing is already running: this was due beforehand; do it now.")
    else:
        deadline = start
        reason = (Text(nl=f"Geldt sinds {when.nl}: dit moet nu al op orde zijn.",
                       en=f"Applies since {when.en}: this must be in order now.") if in_force else
                  Text(nl=f"Geldt vanaf {when.nl}: zorg dat het dan op orde is.",
                       en=f"Applies from {when.en}: make sure it is in order by then."))
    if intake.status is None:
        reason = Text(nl="Status van het systeem onbekend; uitgegaan van 'in gebruik'. " + reason.nl,
                      en="System status unknown; assumed to be in use. " + reason.en)
    overdue = deadline is not None and deadline < as_of
    return Timing(deadline, reason, start, in_force, overdue, row.omnibus)
