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
        "affects", "checks", "timing", "deadlines", "overdue", "decided_by", "system_type"}
TIMING_KINDS = {"before_first_use", "in_force_since", "by_date", "policy"}


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
    _expect_time_and_certainty(expect, outcome)


def _expect_time_and_certainty(expect: dict, outcome) -> None:
    """The `affects` of open questions, the checks and timing of steps (issue 9)."""
    c = outcome.classification
    by_id = {s.id: s for s in outcome.steps}
    affects = {q.question_id: q.affects for q in c.open_questions}
    for qid, wanted in (expect.get("affects") or {}).items():
        assert affects.get(qid) == wanted, f"affects of {qid}: expected {wanted}, got {affects.get(qid)}"
    per_step = {
        "checks": lambda s: [k.question_id for k in s.checks],
        "timing": lambda s: s.timing,
        "deadlines": lambda s: s.deadline.isoformat() if s.deadline else None,
        "decided_by": lambda s: s.decided_by,
    }
    for key, read in per_step.items():
        for step, wanted in (expect.get(key) or {}).items():
            assert step in by_id, f"{key}: no step {step!r}; steps: {list(by_id)}"
            wanted = str(wanted) if key == "deadlines" and wanted is not None else wanted
            assert read(by_id[step]) == wanted, f"{key} of {step}: expected {wanted!r}, got {read(by_id[step])!r}"
    if "overdue" in expect:
        overdue = sorted(s.id for s in outcome.steps if s.overdue)
        assert overdue == sorted(expect["overdue"] or []), f"overdue: expected {expect['overdue']}, got {overdue}"


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario_json_has_timing_checks_and_affects(path: Path):
    """What `run --json` carries for every golden case: each step a timing kind and its checks, each
    open question its `affects`; and no step is ever due on the GDPR's own date."""
    given = answers_file.read(path)
    walk, _ = replay(given, Walk(load_default().questionnaire))
    outcome = evaluate(walk, given.intake, _as_of(given.expect.get("as_of")))
    data = outcome.model_dump(mode="json")
    for step in data["steps"]:
        assert step["timing"] in TIMING_KINDS and isinstance(step["checks"], list)
        assert step["deadline"] != "2018-05-25", f"{step['id']} is due on the GDPR's application date"
        if step["timing"] in ("in_force_since", "policy"):
            assert not step["overdue"]
    for question in data["classification"]["open_questions"]:
        assert isinstance(question["affects"], list)
    assert data["classification"]["provisional"] == any(q["affects"] for q in data["classification"]["open_questions"])

