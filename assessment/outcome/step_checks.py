"""Open answers that change no conclusion but do change a step: checks on that step.

'Is a DPIA done?', 'is it registered?', 'is an IAMA done?' answered 'don't know' say nothing about
the AI Act classification; they decide whether a step is done or which variant applies. For each open
question without `affects`, the steps of every alternative answer (tried by outcome.certainty) are
compared with the real ones; each step that differs gets the question as a check. A question that only
adds a step not derived now (e.g. an IAMA that a 'yes' would call for) has no step to sit on: it is
returned, and the expert review asks to have it answered.
"""

import datetime as dt

from assessment.engine.walk import Walk
from assessment.intake import Intake
from assessment.outcome.certainty import Tried, alternatives, cached, walk_key
from assessment.outcome.models import Check, Classification, NextStep
from assessment.outcome.steps import derive

_NOT_COMPARED = {"expert_review"}  # it lists the open questions, which differ between walks by design


def _signature(step: NextStep) -> tuple:
    return (step.status, step.why.nl, tuple(sorted((k, str(v)) for k, v in step.detail.items())),
            step.deadline, step.overdue, step.owner)


def _steps_of(tried: Tried, intake: Intake, as_of: dt.date) -> dict[str, tuple]:
    steps = derive(tried.classification, tried.facts, intake, as_of, complete=tried.walk.complete)
    return {s.id: _signature(s) for s in steps if s.id not in _NOT_COMPARED}


def step_effects(walk: Walk, intake: Intake, as_of: dt.date, c: Classification,
                 steps: list[NextStep]) -> tuple[dict[str, list[Check]], list[str]]:
    """Checks per step id, and the open questions that change only steps not derived now."""
    return cached(("steps", *walk_key(walk, intake), as_of), lambda: _effects(walk, intake, as_of, c, steps))


def _effects(walk: Walk, intake: Intake, as_of: dt.date, c: Classification,
             steps: list[NextStep]) -> tuple[dict[str, list[Check]], list[str]]:
    now = {s.id: _signature(s) for s in steps if s.id not in _NOT_COMPARED}
    tried = alternatives(walk, intake)
    checks: dict[str, list[Check]] = {}
    homeless: list[str] = []
    for question in c.open_questions:
        if question.affects:
            continue
        changed: set[str] = set()
        for alternative in tried.get(question.question_id, []):
            then = _steps_of(alternative, intake, as_of)
            changed |= {sid for sid in now.keys() | then.keys() if now.get(sid) != then.get(sid)}
        present = [sid for sid in now if sid in changed]
        for sid in present:
            checks.setdefault(sid, []).append(Check(question_id=question.question_id, text=question.text))
        if changed and not present:
            homeless.append(question.question_id)
    return checks, homeless


def with_checks(steps: list[NextStep], checks: dict[str, list[Check]]) -> list[NextStep]:
    return [s.model_copy(update={"checks": checks[s.id]}) if s.id in checks else s for s in steps]
