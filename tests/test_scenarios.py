"""The golden scenarios (tests/scenarios/*.yaml): replay each answers file through the shipped
questionnaire, evaluate it, and assert every key of its `expect:` block."""

import datetime as dt
from pathlib import Path

import pytest

from assessment import answers_file
from assessment.cli.run_command import replay
from assessment.engine.walk import Walk
from assessment.outcome.evaluate import evaluate
from assessment.questionnaire.shipped import load_default

SCENARIOS = sorted((Path(__file__).parent / "scenarios").glob("*.yaml"))
DEFAULT_AS_OF = dt.date(2026, 11, 22)
KEYS = {"as_of", "complete", "applicability", "risk_class", "roles", "high_risk_basis", "derogation",
        "prohibited", "excepted", "transparency", "systemic_risk", "provisional", "high_risk_assumed", "steps", "not_steps",
        "system_type", "deadlines"}


def _as_of(raw) -> dt.date:
    if raw is None:
        return DEFAULT_AS_OF
    return raw if isinstance(raw, dt.date) else dt.date.fromisoformat(str(raw))


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path: Path):
    given = answers_file.read(path)
    expect = given.expect
    assert expect, "a scenario needs an expect: block"
    assert set(expect) <= KEYS, f"unknown expect keys: {sorted(set(expect) - KEYS)}"
    walk, unused = replay(given, Walk(load_default().questionnaire))
    assert not unused, f"answers not on the path: {unused}"
    outcome = evaluate(walk, given.intake, _as_of(expect.get("as_of")))
    c = outcome.classification
    assert c is not None
    step_ids = [s.id for s in outcome.steps]
    checks = {
        "complete": lambda: outcome.complete,
        "applicability": lambda: c.applicability,
        "risk_class": lambda: c.risk_class,
        "roles": lambda: sorted(r.value for r in c.roles),
        "derogation": lambda: c.derogation,
        "prohibited": lambda: sorted(p.ref for p in c.prohibited_practices if not p.cleared),
        "excepted": lambda: sorted(p.ref for p in c.prohibited_practices if p.cleared),
        "transparency": lambda: sorted(c.transparency_duties),
        "systemic_risk": lambda: c.systemic_risk,
        "provisional": lambda: c.provisional,
        "high_risk_assumed": lambda: c.high_risk_assumed,
        "system_type": lambda: c.system_type,
    }
    exact_sets = {"roles", "prohibited", "excepted", "transparency"}
    for key, actual in checks.items():
        if key in expect:
            wanted = sorted(expect[key] or []) if key in exact_sets else expect[key]
            assert actual() == wanted, f"{key}: expected {wanted!r}, got {actual()!r}"
    for ref in expect.get("high_risk_basis") or []:
        assert ref in c.high_risk_basis, f"high_risk_basis lacks {ref!r}: {c.high_risk_basis}"
    for step in expect.get("steps") or []:
        assert step in step_ids, f"step {step!r} missing; steps: {step_ids}"
    for step in expect.get("not_steps") or []:
        assert step not in step_ids, f"step {step!r} should not appear; steps: {step_ids}"
    by_id = {s.id: s for s in outcome.steps}
    for step, day in (expect.get("deadlines") or {}).items():
        assert step in by_id and str(by_id[step].deadline) == str(day), \
            f"{step}: deadline expected {day}, got {by_id[step].deadline if step in by_id else 'no step'}"

