"""Classification on synthetic fact sets: scope, definition route, exclusions, roles, high risk."""

import pytest

from assessment.legal.facts import AIElement
from assessment.outcome.scope import ELEMENT_NAMES

from assessment.intake import Intake
from outcome_support import AI, BOTH, DEPLOYER, PROVIDER, PUBLIC, Said, Unknown, classified, facts, steps

ANNEX_5A = {"annex_iii": "AI Act Annex III 5(a)"}
ELEMENTS = ["machine_based", "autonomy", "objectives", "inference", "outputs", "influence"]


def test_not_an_algorithm_stops_everything():
    c = classified({"algorithm": False}, PROVIDER, ANNEX_5A)
    assert c.applicability == "not_an_algorithm"
    assert c.risk_class is None and c.roles == [] and c.high_risk_basis == []
    assert c.profile.type == "geen algoritme"
    assert [t.question_id for t in c.trace["applicability"]] == ["q0"]


def test_direct_no_to_the_definition_is_not_an_ai_system():
    c = classified({"algorithm": True, "ai_system": False}, PROVIDER)
    assert c.applicability == "not_an_ai_system"
    assert c.applicability_refs == ["AI Act art. 3(1)"]
    assert c.profile.type == "algoritme (geen AI-systeem)"


@pytest.mark.parametrize("missing", ELEMENTS)
def test_a_missing_mandatory_element_means_not_an_ai_system(missing):
    items = [{"ai_element": e} if e != missing else {"ai_element_absent": e} for e in ELEMENTS]
    c = classified({"algorithm": True}, *items, PROVIDER)
    assert c.applicability == "not_an_ai_system"
    assert ELEMENT_NAMES[AIElement(missing)].en in c.applicability_reason.en
    assert ELEMENT_NAMES[AIElement(missing)].nl in c.applicability_reason.nl


def test_adaptiveness_is_optional():
    items = [{"ai_element": e} for e in ELEMENTS] + [{"ai_element_absent": "adaptiveness"}]
    c = classified({"algorithm": True}, *items, PROVIDER)
    assert c.applicability == "applies"
    assert c.provisional is False


def test_element_left_unknown_is_assumed_in_scope_but_provisional():
    items = [{"ai_element": e} for e in ELEMENTS[:-1]] + [
        Unknown(ai_element="influence", otherwise={"ai_element_absent": "influence"})]
    c = classified({"algorithm": True}, *items, PROVIDER)
    assert c.applicability == "applies"
    assert c.provisional is True
    assert [q.question_id for q in c.open_questions] == ["q6"]
    assert c.open_questions[0].affects[:3] == ["applicability", "system_type", "roles"]


@pytest.mark.parametrize("ref", ["AI Act art. 2(3)", "AI Act art. 2(4)", "AI Act art. 2(6)", "AI Act art. 2(10)"])
def test_each_exclusion_excludes(ref):
    c = classified(AI, {"exclusion": ref}, PROVIDER, ANNEX_5A)
    assert c.applicability == "excluded" and c.exclusions == [ref]
    assert c.risk_class is None
    assert c.profile.risk_group == "uitzondering van toepassing"


def test_pre_market_research_does_not_exclude_a_system_in_use():
    c = classified(AI, {"exclusion": "AI Act art. 2(8)"}, PROVIDER, intake=PUBLIC)
    assert c.applicability == "applies"
    assert c.notes
    lab = Intake(organisation_type="agentschap", status="in_development")
    assert classified(AI, {"exclusion": "AI Act art. 2(8)"}, PROVIDER, intake=lab).applicability == "excluded"


def test_open_source_excluded_only_without_high_risk_prohibition_or_art_50():
    assert classified(AI, {"open_source": True}, PROVIDER).applicability == "excluded"
    for extra in (ANNEX_5A, {"prohibited_practice": "AI Act art. 5(1)(c)"},
                  {"transparency": "AI Act art. 50(1)"}):
        c = classified(AI, {"open_source": True}, PROVIDER, extra)
        assert c.applicability == "applies", extra
        assert c.profile.open_source is True


def test_open_source_gpai_model_is_not_excluded():
    c = classified({"algorithm": True, "system_type": "gpai_model"}, {"open_source": True}, PROVIDER)
    assert c.applicability == "applies" and c.risk_class == "gpai_model"


def test_no_role():
    c = classified(AI, {"public_authority": True})
    assert c.applicability == "no_role" and c.risk_class is None


def test_roles_exact_and_ordered():
    c = classified(AI, [DEPLOYER, {"role": "importer"}, PROVIDER])
    assert [r.value for r in c.roles] == ["provider", "deployer", "importer"]


def test_art_25_makes_a_deployer_provider_of_a_high_risk_system_only():
    high = classified(AI, DEPLOYER, {"provider_by_art25": "AI Act art. 25(1)(c)"}, ANNEX_5A)
    assert [r.value for r in high.roles] == ["provider", "deployer"]
    assert {t.question_id for t in high.trace["roles"]} == {"q1", "q2"}
    low = classified(AI, DEPLOYER, {"provider_by_art25": "AI Act art. 25(1)(a)"})
    assert [r.value for r in low.roles] == ["deployer"]
    assert low.notes


def test_annex_iii_is_high_risk_with_its_ref():
    c = classified(AI, BOTH, ANNEX_5A)
    assert c.risk_class == "high_risk"
    assert "AI Act Annex III 5(a)" in c.high_risk_basis
    assert c.profile.risk_group == "hoog-risico AI" and c.profile.impact == "impactvol"


def test_area_without_sub_point_is_not_high_risk():
    c = classified(AI, BOTH, {"annex_iii_area": "AI Act Annex III 4"})
    assert c.risk_class == "not_high_risk" and c.high_risk_basis == []


def test_annex_i_needs_the_third_party_condition_too():
    without = classified(AI, PROVIDER, {"annex_i": "AI Act Annex I section A"}, {"third_party_conformity": False})
    assert without.risk_class == "not_high_risk"
    with_ = classified(AI, PROVIDER, {"annex_i": "AI Act Annex I section A"}, {"third_party_conformity": True})
    assert with_.risk_class == "high_risk"
    assert {"AI Act art. 6(1)", "AI Act Annex I section A"} <= set(with_.high_risk_basis)
    assert with_.profile.conformity_body == "beoordeling door derde partij"


DEROGATE = [{"derogation": "AI Act art. 6(3)(a)"}, {"significant_risk": False}]


def test_derogation_needs_a_condition_and_no_significant_risk():
    c = classified(AI, PROVIDER, ANNEX_5A, *DEROGATE, {"profiling": False})
    assert c.risk_class == "not_high_risk" and c.derogation == "AI Act art. 6(3)(a)"
    assert c.annex_iii == ["AI Act Annex III 5(a)"]
    assert c.high_risk_basis == []
    significant = classified(AI, PROVIDER, ANNEX_5A, {"derogation": "AI Act art. 6(3)(a)"},
                             {"significant_risk": True}, {"profiling": False})
    assert significant.risk_class == "high_risk" and significant.derogation is None
    no_condition = classified(AI, PROVIDER, ANNEX_5A, {"significant_risk": False}, {"profiling": False})
    assert no_condition.risk_class == "high_risk"


def test_profiling_always_overrides_the_derogation():
    c = classified(AI, PROVIDER, ANNEX_5A, *DEROGATE, {"profiling": True})
    assert c.risk_class == "high_risk" and c.derogation is None
    assert "AI Act Annex III 5(a)" in c.high_risk_basis
    assert any("6(3)" in n.en for n in c.notes)
    assert {t.question_id for t in c.trace["derogation"]} >= {"q5"}


def test_transparency_is_per_paragraph_minus_own_exception_and_on_top_of_risk():
    c = classified(AI, BOTH, ANNEX_5A,
                   [{"transparency": "AI Act art. 50(1)"}, {"transparency": "AI Act art. 50(4)"}],
                   {"transparency_exception": "AI Act art. 50(4)"})
    assert c.risk_class == "high_risk"
    assert c.transparency_duties == ["AI Act art. 50(1)"]
    assert c.transparency_excepted == ["AI Act art. 50(4)"]
    assert c.profile.transparency_obligation is True


def test_gpai_model_and_systemic_risk():
    c = classified({"algorithm": True, "system_type": "gpai_model"}, PROVIDER, {"systemic_risk": True})
    assert c.risk_class == "gpai_model" and c.systemic_risk is True
    assert c.profile.type == "AI-model voor algemene doeleinden"
    unknown = classified({"algorithm": True, "system_type": "gpai_model"}, PROVIDER)
    assert unknown.systemic_risk is None
    chatbot = classified({**AI, "system_type": "gpai_system"}, DEPLOYER, {"transparency": "AI Act art. 50(1)"})
    assert chatbot.risk_class == "not_high_risk" and chatbot.systemic_risk is False
    assert chatbot.applicability_refs[0] == "AI Act art. 3(66)"


def test_unknown_answers_are_open_questions_and_make_it_provisional():
    c = classified(AI, PROVIDER, Unknown(annex_iii="AI Act Annex III 5(a)"), Unknown(personal_data=True))
    assert c.provisional
    assert [q.question_id for q in c.open_questions] == ["q2", "q3"]
    assert c.open_questions[0].text.en == "Question 2"


def test_trace_names_the_answers_and_question_text():
    c = classified(AI, BOTH, ANNEX_5A)
    item = c.trace["high_risk_basis"][0]
    assert item.question_id == "q2" and item.answer == "o0" and item.text.nl == "Vraag 2"


def test_text_question_facts_carry_the_answer_text():
    found = facts(Said("Medisch: vermoeidheid bij piloten", exception_motivation="AI Act art. 5(1)(f)"))
    [motivation] = found.of(found.found[0].fact)
    assert motivation.answer_text == "Medisch: vermoeidheid bij piloten"


def test_empty_answer_sets_no_facts():
    found = facts(Said("   ", exception_motivation="AI Act art. 5(1)(f)"))
    assert found.found == ()


def test_unknown_role_keeps_the_classification_but_provisional():
    c = classified(AI, Unknown(role="provider"), {"prohibited_practice": "AI Act art. 5(1)(c)"})
    assert c.applicability == "applies" and c.roles == [] and c.provisional
    assert c.risk_class == "prohibited"
    assert any("role" in n.en for n in c.notes)


def test_pre_market_exclusion_says_what_applies_once_in_use():
    lab = Intake(organisation_type="agentschap", status="in_development")
    c = classified(AI, {"exclusion": "AI Act art. 2(8)"}, PROVIDER, ANNEX_5A, intake=lab)
    assert c.applicability == "excluded" and c.risk_class is None
    assert any("expected high risk (AI Act art. 6(2), AI Act Annex III 5(a))" in n.en for n in c.notes)


FAKE = {"transparency": "AI Act art. 50(4)", "transparency_case": "deep_fake"}
TEXT = {"transparency": "AI Act art. 50(4)", "transparency_case": "public_interest_text"}


@pytest.mark.parametrize("cleared, standing", [("deep_fake", "public_interest_text"),
                                               ("public_interest_text", "deep_fake")])
def test_art_50_4_exception_of_one_case_never_clears_the_other(cleared, standing):
    items = [AI, DEPLOYER, FAKE, TEXT, {"transparency_case_exception": cleared}]
    c = classified(*items)
    assert c.transparency_duties == ["AI Act art. 50(4)"] and c.transparency_excepted == []
    why = steps(*items)["transparency"].why.en
    assert ("deep fake" in why) == (standing == "deep_fake")
    assert ("public interest" in why) == (standing == "public_interest_text")


def test_art_50_4_is_excepted_only_when_every_case_is():
    both = classified(AI, DEPLOYER, FAKE, TEXT, [{"transparency_case_exception": "deep_fake"},
                                                 {"transparency_case_exception": "public_interest_text"}])
    assert both.transparency_duties == [] and both.transparency_excepted == ["AI Act art. 50(4)"]


def test_a_paragraph_wide_exception_is_not_read_for_a_paragraph_with_cases():
    c = classified(AI, DEPLOYER, FAKE, {"transparency_exception": "AI Act art. 50(4)"})
    assert c.transparency_duties == ["AI Act art. 50(4)"]
