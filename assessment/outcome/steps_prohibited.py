"""Step rules for prohibited practices (art. 5): stop a practice that runs, record a switch-off (of the
whole system or of one function), and the conditions of the art. 5(1)(h) exception as steps."""

import datetime as dt

from assessment.i18n import Text
from assessment.intake import Intake
from assessment.legal.facts import Fact
from assessment.outcome.deadlines import long_date
from assessment.outcome.step_model import Context, Want

_OMNIBUS_BAN = "Digital Omnibus on AI"


def removed_functions(ctx: Context) -> list[Want]:
    """Prohibited functions switched off while the rest of the system runs on: record the removal."""
    removed = [p.ref for p in ctx.c.prohibited_practices if not p.cleared and p.function_removed]
    if not removed:
        return []
    return [Want("record_switch_off", "function_removed", {"since": _since_answer(ctx), "practices":
                                                           ", ".join(removed)},
                 removed, ctx.c.trace.get("prohibited_practices", []))]


def _since_answer(ctx: Context) -> str | Text:
    """' since <date>' from the switch-off date answered in the questionnaire, if any."""
    days = [f.answer_text for f in ctx.facts.of(Fact.SWITCHED_OFF) if f.answer_text.strip()]
    if not days:
        return ""
    try:
        day = long_date(dt.date.fromisoformat(days[0].strip()))
    except ValueError:
        return ""
    return Text(nl=f" sinds {day.nl}", en=f" since {day.en}")


def prohibited(ctx: Context) -> list[Want]:
    standing = [p for p in ctx.c.prohibited_practices if not p.cleared and not p.function_removed]
    refs = [p.ref for p in standing]
    trace = ctx.c.trace.get("prohibited_practices", [])
    if all(p.switched_off for p in standing):
        return [Want("record_switch_off", "default", {"since": since(ctx.intake)}, refs, trace)]
    variant = "in_development" if ctx.intake.not_yet_in_use else "in_use"
    topic = "omnibus_ban" if all(r.startswith(_OMNIBUS_BAN) for r in refs) else "prohibitions"
    return [Want("stop_practice", variant, {"practices": ", ".join(refs)}, refs, trace,
                 detail={"practices": refs}, topic=topic)]


def since(intake: Intake) -> str | Text:
    if intake.switched_off_on is None:
        return ""
    day = long_date(intake.switched_off_on)
    return Text(nl=f" sinds {day.nl}", en=f" since {day.en}")


_RBI_CONDITIONS = (("fria", "remote_biometric_exception", "AI Act art. 5(2)"),
                   ("eu_database_registration", "remote_biometric_exception", "AI Act art. 49(3)"),
                   ("rbi_authorisation", "default", "AI Act art. 5(3)"),
                   ("rbi_national_law", "default", "AI Act art. 5(5)"),
                   ("rbi_notification", "default", "AI Act art. 5(4)"))
"""Each condition of the art. 5(1)(h) exception as a step, with the fact that says it is in place."""


def exceptions(ctx: Context) -> list[Want]:
    """Real-time remote biometric identification under its own exception: each condition (art. 5(2)-(5))
    is a step before (each) use; one already in place is shown as done."""
    cleared = [p for p in ctx.c.prohibited_practices if p.cleared and p.ref == "AI Act art. 5(1)(h)"]
    if not cleared:
        return []
    trace = ctx.c.trace.get("prohibited_practices", [])
    met = set(ctx.facts.values(Fact.EXCEPTION_CONDITION_MET))
    # Conditions of each use (their own timing), whatever the Annex III date of a merged step.
    return [Want(step, variant, trace=trace, topic="rbi_conditions",
                 detail={"done": "yes"} if ref in met else {})
            for step, variant, ref in _RBI_CONDITIONS]
