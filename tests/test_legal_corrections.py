"""The legal corrections of the second review (reference section 12), rule by rule: public sets,
GPAI value chain, deployer-only derogation, data-protection regime and controller, further duties,
Annex III 'none', the Omnibus as adopted law."""

import re

from assessment.legal.facts import SystemType
from assessment.outcome.dates import shipped_dates
from assessment.outcome.signals import signals
from assessment.questionnaire.shipped import load_default
from outcome_support import AI, DEPLOYER, PRIVATE, PROVIDER, Said, Unknown, classified, facts, steps

HIGH_4A = {"annex_iii": "AI Act Annex III 4(a)"}


def test_public_service_provider_gets_the_fria_but_does_not_register_as_public_authority():
    s = steps(AI, DEPLOYER, {"public_authority": False, "public_service": True}, HIGH_4A, intake=PRIVATE)
    assert "fria" in s
    assert "eu_database_registration" not in s
    assert "public authority" not in s["deployer_duties"].why.en


def test_public_authority_registers_its_use():
    s = steps(AI, DEPLOYER, {"public_authority": True, "public_service": True}, HIGH_4A, intake=PRIVATE)
    assert {"fria", "eu_database_registration"} <= set(s)


def test_art_111_2_date_follows_the_intended_users_not_the_fria_set():
    housing = steps(AI, DEPLOYER, {"public_service": True, "public_authority": False,
                                   "for_public_authorities": False}, HIGH_4A, intake=PRIVATE)
    supplier = steps(AI, DEPLOYER, {"public_authority": False, "public_service": False,
                                    "for_public_authorities": True}, HIGH_4A, intake=PRIVATE)
    assert housing["deployer_duties"].deadline is None  # only after a significant change
    assert str(supplier["deployer_duties"].deadline) == "2030-08-02"


def test_downstream_modifier_below_one_third_is_screened_as_a_system():
    c = classified({"algorithm": True, "system_type": "gpai_model"}, {"gpai_model_provider": False},
                   [PROVIDER, DEPLOYER], HIGH_4A)
    assert c.system_type == SystemType.GPAI_SYSTEM
    assert c.risk_class == "high_risk"


def test_own_gpai_model_stays_a_model():
    c = classified({"algorithm": True, "system_type": "gpai_model"}, {"gpai_model_provider": True}, PROVIDER)
    assert c.system_type == SystemType.GPAI_MODEL and c.risk_class == "gpai_model"


def test_unknown_system_type_stays_unknown_and_provisional():
    c = classified(AI, Unknown(system_type="ai_system"), DEPLOYER)
    assert c.system_type is None and c.provisional


def test_unknown_adaptiveness_alone_is_not_provisional():
    elements = [{"ai_element": e} for e in ("machine_based", "autonomy", "objectives", "inference",
                                            "outputs", "influence")]
    c = classified({"algorithm": True}, *elements, Unknown(ai_element="adaptiveness"), DEPLOYER)
    assert c.applicability == "applies" and not c.provisional
    assert "expert_review" not in steps({"algorithm": True}, *elements, Unknown(ai_element="adaptiveness"), DEPLOYER)


def test_deployer_derogation_stays_high_risk_until_the_provider_documents_are_seen():
    claim = [{"annex_iii": "AI Act Annex III 5(a)"}, {"significant_risk": False},
             {"derogation": "AI Act art. 6(3)(a)"}, {"profiling": False}]
    unseen = classified(AI, DEPLOYER, *claim, Unknown(derogation_documented=True))
    seen = classified(AI, DEPLOYER, *claim, {"derogation_documented": True})
    assert unseen.risk_class == "high_risk" and unseen.high_risk_assumed and unseen.provisional
    assert "art. 6(4)" in unseen.risk_reason.en
    assert seen.risk_class == "not_high_risk" and seen.derogation == "AI Act art. 6(3)(a)"


def test_police_processing_gets_the_law_enforcement_dpia_not_the_ap_list():
    s = steps(AI, DEPLOYER, {"personal_data": True}, {"data_protection_regime": "wpg"},
              {"dpia_ap_list": "camera_surveillance", "dpia_mandatory": "Stcrt. 2019, 64418"})
    dpia = s["dpia"]
    assert "LED art. 27" in dpia.refs and "Wpg art. 4c" in dpia.refs
    assert "Stcrt. 2019, 64418" not in dpia.refs and "GDPR art. 35" not in dpia.refs
    assert "Wet politiegegevens" in dpia.why.nl


def test_supplier_that_is_not_controller_gets_no_dpia():
    s = steps(AI, PROVIDER, {"personal_data": True}, {"controller": False},
              {"dpia_mandatory": "GDPR art. 35(3)(a)"})
    assert "dpia" not in s and "dpia_support" in s


def test_fully_automated_decisions_bring_gdpr_art_22():
    s = steps(AI, DEPLOYER, {"personal_data": True}, {"data_protection_regime": "gdpr"},
              {"dpia_criterion": "automated_decision"})
    assert {"GDPR art. 22", "UAVG art. 40"} <= set(s["automated_decision"].refs)


def test_post_remote_biometric_identification_for_law_enforcement_needs_art_26_10():
    common = [AI, DEPLOYER, {"annex_iii": "AI Act Annex III 1(a)"}]
    police = steps(*common, {"annex_iii_area": "AI Act Annex III 6"})
    shop = steps(*common, {"annex_iii_area": "AI Act Annex III 1"})
    assert "post_rbi_authorisation" in police and "post_rbi_authorisation" not in shop


def test_annex_x_component_in_service_has_until_end_2030():
    s = steps(AI, DEPLOYER, {"annex_iii": "AI Act Annex III 7(b)"}, {"annex_x": True})
    assert str(s["deployer_duties"].deadline) == "2030-12-31"
    assert "art. 111(1)" in s["deployer_duties"].why.en


def test_area_with_every_sub_point_none_is_no_signal():
    found = signals(facts({"annex_iii_area": "AI Act Annex III 4"}, {"annex_iii_none": "AI Act Annex III 4"}))
    assert found.annex_iii == []
    still = signals(facts({"annex_iii_area": "AI Act Annex III 4"}))
    assert [s.ref for s in still.annex_iii] == ["AI Act Annex III 4"]


def test_prohibited_function_removed_leaves_the_system_classified():
    c = classified(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(f)"},
                   {"switched_off": True, "function_removed": True}, HIGH_4A)
    assert c.risk_class == "high_risk" and c.prohibited_practices[0].function_removed
    s = steps(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(f)"},
              {"switched_off": True, "function_removed": True}, HIGH_4A)
    assert "record_switch_off" in s and "stop_practice" not in s and "deployer_duties" in s


def test_whole_prohibited_system_off_needs_only_the_record():
    s = steps(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(f)"}, {"switched_off": True},
              {"personal_data": True})
    assert set(s) == {"record_switch_off"}


def test_omnibus_rows_are_law_with_their_own_journal_flag():
    rows = [r for r in shipped_dates().rows if r.omnibus]
    assert rows and all(r.oj_reference and not r.oj_verified and not r.verify for r in rows)


def test_legal_texts_no_longer_say_reportedly():
    q = load_default().questionnaire
    texts = [t for question in q.questions for t in (question.text, question.help) if t]
    texts += [o.label for question in q.questions for o in question.options if o.text]
    for text in texts:
        assert not re.search(r"naar verluidt|reportedly", f"{text.nl} {text.en}", re.I), text.en


def test_exception_conditions_are_before_each_use_never_overdue():
    s = steps(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(h)"},
              {"exception_claimed": "AI Act art. 5(1)(h)(i)"}, {"exception_condition_planned": "AI Act art. 5(2)"},
              {"exception_condition_met": "AI Act art. 5(3)"},
              Said("Ontvoerd kind", exception_motivation="AI Act art. 5(1)(h)"))
    for step in ("fria", "rbi_authorisation", "rbi_national_law", "rbi_notification"):
        assert s[step].timing == "before_first_use" and not s[step].overdue, step
    assert s["rbi_authorisation"].detail.get("done") == "yes" and "done" not in s["fria"].detail
