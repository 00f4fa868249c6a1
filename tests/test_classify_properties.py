"""Random complete and partial walks over the shipped questionnaire: evaluate never fails and its
result keeps the legal invariants, whatever the content says."""

import datetime as dt

from hypothesis import HealthCheck, given, settings, strategies as st

from assessment.engine.walk import Walk
from assessment.intake import Intake
from assessment.outcome.evaluate import evaluate
from assessment.questionnaire.model import Question
from assessment.questionnaire.shipped import load_default
from questionnaire_support import answers_for

QUESTIONNAIRE = load_default().questionnaire
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
INTAKES = st.builds(
    Intake,
    organisation_type=st.sampled_from(["kerndepartement", "zbo", "other", None]),
    status=st.sampled_from(["in_development", "pilot", "in_use", None]),
)


def answer_for(question: Question) -> st.SearchStrategy:
    return answers_for(question, dates=(dt.date(2020, 1, 1), dt.date(2026, 11, 1)),
                       text=st.sampled_from(["Motivering in eigen woorden", "Motivering"]))


@SETTINGS
@given(data=st.data(), intake=INTAKES, stop=st.integers(0, 80))
def test_random_walks_keep_the_invariants(data, intake, stop):
    walk = Walk(QUESTIONNAIRE)
    while (question := walk.current()) is not None and len(walk.answers) < stop:
        walk = walk.answer(question.id, data.draw(answer_for(question)))
    outcome = evaluate(walk, intake, dt.date(2026, 11, 22))
    c = outcome.classification
    ids = [s.id for s in outcome.steps]
    assert len(ids) == len(set(ids))
    if not walk.complete:
        # No conclusion from a partial walk: signals only, and at most the expert review of unknowns.
        assert c is None and outcome.signals is not None
        assert ids == (["expert_review"] if outcome.signals.open_questions else [])
        return
    assert c is not None and outcome.signals is None
    # Provisional exactly when some 'don't know' could change a conclusion; then an expert reviews it.
    assert c.provisional == any(q.affects for q in c.open_questions)
    if c.provisional:
        assert "expert_review" in ids
    if c.applicability != "applies":
        assert c.risk_class is None and c.roles == [] and c.high_risk_basis == []
    for practice in c.prohibited_practices:
        if practice.cleared:
            assert practice.exception_ref and practice.motivation
            assert practice.exception_ref.startswith(practice.ref)
    if c.risk_class == "prohibited":
        assert any(not p.cleared for p in c.prohibited_practices)
        # stop or record the practice; the duties that do not depend on it may stand, high-risk ones never
        assert {"stop_practice", "record_switch_off"} & set(ids)
        assert not set(ids) & {"provider_duties", "deployer_duties", "conformity_assessment", "importer_duties",
                               "distributor_duties", "document_derogation"}
    if c.derogation:
        assert c.risk_class != "high_risk" and c.annex_iii
    if c.risk_class == "high_risk":
        assert c.high_risk_basis
    if "fria" in ids:  # art. 27 for a high-risk deployer, or art. 5(2) for the 5(1)(h) exception
        rbi_exception = any(p.cleared and p.ref == "AI Act art. 5(1)(h)" for p in c.prohibited_practices)
        assert rbi_exception or (c.risk_class == "high_risk" and "deployer" in c.roles)
    for step in outcome.steps:
        assert step.why.nl.strip() and step.why.en.strip()
        if step.overdue:
            assert step.deadline and step.deadline < outcome.as_of
