"""Open answers that change no conclusion but do change a step: checks on that step.

'Is a DPIA done?', 'is it registered?', 'is an IAMA done?' answered 'don't know' say nothing about
the AI Act classification; they decide whether a step is done or which variant applies. For each open
question without `affects`, the steps of every alternative answer (tried by outcome.certainty) are
compared with the real ones; each step that differs gets the question as a check. A question that only
adds a step not derived now (e.g. an IAMA that a 'yes' would call for) has no step to sit on: it is
returned, and the expert review asks to have it answered.
"""

from assessment.engine.walk import Walk
from assessment.intake import Intake
from assessment.outcome.catalogue import shipped_catalogue
from assessment.outcome.certainty import alternatives, cached, walk_key
from assessment.outcome.dates import shipped_dates
from assessment.outcome.facts_found import FactSet, collect
from assessment.outcome.models import Check, Classification, NextStep
from assessment.outcome.step_model import Context
from assessment.outcome.steps import wanted

_NOT_COMPARED = {"expert_review"}  # it lists the open questions, which differ between walks by design


def _wants(c: Classification, facts: FactSet, intake: Intake, complete: bool) -> dict[str, tuple]:
    """Per step id, everything its deadline, status and text are made from: the reasons wanted (variant,
    filled values, detail, topic, owner, caveat) and whether the body counts as public. Comparing these
    is comparing the steps, without building them (the intake and as-of date are the same throughout)."""
    ctx = Context(c, facts, intake, complete, shipped_dates())
    grouped: dict[str, list[tuple]] = {}
    for w in wanted(ctx, shipped_catalogue()):
        if w.step not in _NOT_COMPARED:
            grouped.setdefault(w.step, []).append(
                (w.variant, str(sorted(w.values.items())), str(sorted(w.detail.items())), str(w.topic),
                 str(w.owner), str(w.caveat)))
    return {step: (ctx.public, *sorted(reasons)) for step, reasons in grouped.items()}


def step_effects(walk: Walk, intake: Intake, c: Classification,
                 steps: list[NextStep]) -> tuple[dict[str, list[Check]], list[str]]:
    """Checks per step id, and the open questions that change only steps not derived now."""
    found = cached(("steps", *walk_key(walk, intake)), lambda: _effects(walk, intake, c, steps))
    return found


def _effects(walk: Walk, intake: Intake, c: Classification, steps: list[NextStep]) -> tuple[dict[str, list[Check]], list[str]]:
    now = _wants(c, collect(walk), intake, walk.complete)
    shown = {s.id for s in steps}
    tried = alternatives(walk, intake)
    checks: dict[str, list[Check]] = {}
    homeless: list[str] = []
    for question in c.open_questions:
        if question.affects:
            continue
        changed: set[str] = set()
        for alternative in tried.get(question.question_id, []):
            then = _wants(alternative.classification, alternative.facts, intake, alternative.walk.complete)
            changed |= {sid for sid in now.keys() | then.keys() if now.get(sid) != then.get(sid)}
        present = [sid for sid in now if sid in changed and sid in shown]
        for sid in present:
            checks.setdefault(sid, []).append(Check(question_id=question.question_id, text=question.text))
        if changed and not present:
            homeless.append(question.question_id)
    return checks, homeless


def with_checks(steps: list[NextStep], checks: dict[str, list[Check]]) -> list[NextStep]:
    return [s.model_copy(update={"checks": checks[s.id]}) if s.id in checks else s for s in steps]
