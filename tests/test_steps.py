"""Next steps derived from synthetic fact sets: which steps, status, owner, refs, deadline."""

import datetime as dt
import string

import pytest

from assessment.intake import Intake
from assessment.legal.refs import is_canonical
from assessment.outcome.catalogue import shipped_catalogue
from outcome_support import AI, BOTH, DEPLOYER, PRIVATE, PROVIDER, PUBLIC, Said, Unknown, steps

DEV = Intake(organisation_type="agentschap", status="in_development")
OFF = Intake(organisation_type="agentschap", status="switched_off", switched_off_on="2025-01-20")


def annex(point):
    return {"annex_iii": f"AI Act Annex III {point}"}


def test_catalogue_refs_are_canonical_and_templates_have_both_languages():
    cat = shipped_catalogue()
    assert len({s.id for s in cat.steps}) == len(cat.steps)
    for step in cat.steps:
        assert all(is_canonical(r) for r in step.refs)
        for name, variant in step.variants.items():
            assert all(is_canonical(r) for r in variant.refs), (step.id, name)
            fields = [{f for _, f, _, _ in string.Formatter().parse(text) if f}
                      for text in (variant.why.nl, variant.why.en)]
            assert fields[0] == fields[1], (step.id, name)


def test_required_catalogue_ids_present():
    ids = set(shipped_catalogue().order)
    assert {"stop_practice", "fria", "eu_database_registration", "dpia", "iama", "algoritmeregister",
            "conformity_assessment", "provider_duties", "deployer_duties", "transparency", "ai_literacy",
            "document_derogation", "expert_review"} <= ids


def test_prohibited_in_use_must_stop_and_keeps_the_duties_that_do_not_depend_on_it():
    # reference section 12: while a prohibited practice runs, GDPR, art. 50 and art. 4 still stand
    s = steps(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(c)"}, {"personal_data": True})
    assert {"stop_practice", "ai_literacy", "dpia"} <= set(s)
    assert not set(s) & {"deployer_duties", "fria", "conformity_assessment"}
    stop = s["stop_practice"]
    assert stop.status == "required" and "AI Act art. 5(1)(c)" in stop.refs
    # In force since the ban applied: stop now; a duty in force is never called overdue.
    assert stop.timing == "in_force_since" and stop.applies_from == dt.date(2025, 2, 2)
    assert stop.deadline is None and not stop.overdue
    assert stop.trace and stop.trace[0].question_id == "q2"


def test_omnibus_ban_is_dated_as_adopted_law_without_verify_flag():
    s = steps(AI, DEPLOYER, {"prohibited_practice": "Digital Omnibus on AI"})
    stop = s["stop_practice"]
    assert stop.applies_from == dt.date(2026, 12, 2) and stop.in_force is False and not stop.verify
    later = steps(AI, DEPLOYER, {"prohibited_practice": "Digital Omnibus on AI"}, as_of=dt.date(2027, 1, 1))
    assert stop.timing == "by_date" and stop.deadline == dt.date(2026, 12, 2) and not stop.overdue
    assert later["stop_practice"].in_force and later["stop_practice"].timing == "in_force_since"
    assert not later["stop_practice"].overdue


def test_switched_off_needs_only_recording():
    s = steps(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(c)"}, annex("5(a)"), intake=OFF)
    assert set(s) == {"record_switch_off"}
    assert "20 januari 2025" in s["record_switch_off"].why.nl


def test_practice_stopped_is_recorded_not_stopped_again():
    s = steps(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(f)"}, {"switched_off": True})
    assert "record_switch_off" in s and "stop_practice" not in s


def test_high_risk_provider_and_public_deployer():
    s = steps(AI, BOTH, annex("5(a)"))
    for sid in ("conformity_assessment", "provider_duties", "deployer_duties", "fria",
                "eu_database_registration", "iama", "algoritmeregister", "ai_literacy"):
        assert sid in s, sid
    assert s["conformity_assessment"].detail["route"] == "internal_control"
    reg = s["eu_database_registration"]
    assert {"AI Act art. 49(1)", "AI Act art. 49(3)", "AI Act art. 26(8)"} <= set(reg.refs)
    assert s["fria"].owner == "deployer" and "AI Act art. 27(1)" in s["fria"].refs
    # art. 111(2): existing systems of public authorities comply by 2 August 2030
    assert s["deployer_duties"].deadline == dt.date(2030, 8, 2)
    assert s["deployer_duties"].applies_from == dt.date(2027, 12, 2) and not s["deployer_duties"].in_force
    assert s["iama"].status == "expected" and "Kamerstuk 36 360 VI nr. 14" in s["iama"].refs
    assert s["algoritmeregister"].detail["category"] == "A"


def test_fria_not_for_annex_iii_point_2_and_national_registration():
    s = steps(AI, BOTH, annex("2"))
    assert "fria" not in s
    reg = s["eu_database_registration"]
    assert "AI Act art. 49(5)" in reg.refs and "AI Act art. 49(3)" not in reg.refs


def test_fria_for_any_deployer_of_credit_or_insurance_scoring():
    for point in ("5(b)", "5(c)"):
        s = steps(AI, DEPLOYER, {"public_authority": False, "public_service": False}, annex(point), intake=PRIVATE)
        assert "fria" in s, point
    assert "fria" not in steps(AI, DEPLOYER, {"public_authority": False, "public_service": False}, annex("4(a)"), intake=PRIVATE)


def test_fria_never_for_a_provider_only():
    assert "fria" not in steps(AI, PROVIDER, annex("5(a)"))


@pytest.mark.parametrize("point", ["1(a)", "6(a)", "7(b)"])
def test_non_public_section_for_points_1_6_7(point):
    reg = steps(AI, BOTH, annex(point))["eu_database_registration"]
    assert "AI Act art. 49(4)" in reg.why.en or "non-public" in reg.why.en


def test_biometrics_conformity_needs_notified_body_unless_standards_applied():
    assert steps(AI, PROVIDER, annex("1(a)"))["conformity_assessment"].detail["route"] == "notified_body"
    chosen = steps(AI, PROVIDER, annex("1(a)"), {"harmonised_standards": True})
    assert chosen["conformity_assessment"].detail["route"] == "choice"


def test_annex_i_conformity_follows_sector_law_with_its_own_date():
    s = steps(AI, PROVIDER, {"annex_i": "AI Act Annex I section A"}, {"third_party_conformity": True}, intake=DEV)
    ca = s["conformity_assessment"]
    assert ca.detail["route"] == "sector_law"
    assert ca.applies_from == dt.date(2028, 8, 2) and not ca.verify
    assert ca.deadline is None and "Before placing" in ca.deadline_reason.en
    assert "eu_database_registration" not in s


def test_derogation_documents_and_registers_under_art_49_2():
    s = steps(AI, PROVIDER, annex("4(a)"), {"derogation": "AI Act art. 6(3)(d)"}, {"significant_risk": False},
              {"profiling": False})
    assert s["document_derogation"].status == "required"
    assert "AI Act art. 6(4)" in s["document_derogation"].refs
    reg = s["eu_database_registration"]
    assert "AI Act art. 49(2)" in reg.refs and not reg.verify
    assert "conformity_assessment" not in s and "fria" not in s


def test_deployer_of_derogated_system_asks_the_provider():
    s = steps(AI, DEPLOYER, annex("4(a)"), {"derogation": "AI Act art. 6(3)(a)"}, {"significant_risk": False},
              {"profiling": False})
    assert s["document_derogation"].status == "recommended"
    assert "eu_database_registration" not in s


def test_transparency_per_paragraph_with_owner():
    s = steps(AI, BOTH, [{"transparency": "AI Act art. 50(1)"}, {"transparency": "AI Act art. 50(3)"}])
    t = s["transparency"]
    assert t.detail["paragraphs"] == ["AI Act art. 50(1)", "AI Act art. 50(3)"]
    assert "Art. 50(1)" in t.why.en and "Art. 50(3)" in t.why.en
    assert t.timing == "in_force_since" and t.applies_from == dt.date(2026, 8, 2) and t.status == "required"
    assert t.deadline is None and not t.overdue
    only_deployer = steps(AI, DEPLOYER, {"transparency": "AI Act art. 50(1)"})["transparency"]
    assert only_deployer.status == "recommended" and "provider" in only_deployer.why.en


def test_marking_grace_for_systems_already_in_use():
    # In use, but since when is not recorded: the date decides between the grace and 'now'.
    t = steps(AI, PROVIDER, {"transparency": "AI Act art. 50(2)"})["transparency"]
    assert t.timing == "in_force_since" and t.decided_by == "in_service_on" and not t.overdue
    early = PUBLIC.model_copy(update={"in_service_on": dt.date(2026, 3, 1)})
    t = steps(AI, PROVIDER, {"transparency": "AI Act art. 50(2)"}, intake=early)["transparency"]
    assert t.timing == "by_date" and t.deadline == dt.date(2026, 12, 2) and not t.verify and not t.overdue
    late = PUBLIC.model_copy(update={"in_service_on": dt.date(2026, 9, 1)})
    t = steps(AI, PROVIDER, {"transparency": "AI Act art. 50(2)"}, intake=late)["transparency"]
    assert t.timing == "in_force_since" and t.deadline is None and t.decided_by is None


def test_dpia_mandatory_via_gdpr_or_ap_list():
    s = steps(AI, DEPLOYER, {"personal_data": True}, {"dpia_mandatory": "GDPR art. 35(3)(a)"})
    assert s["dpia"].status == "required" and "GDPR art. 35(3)(a)" in s["dpia"].refs
    ap = steps(AI, DEPLOYER, {"personal_data": True},
               {"dpia_ap_list": "fraud_detection", "dpia_mandatory": "Stcrt. 2019, 64418"})
    assert ap["dpia"].status == "required" and "Stcrt. 2019, 64418" in ap["dpia"].refs
    assert "fraudebestrijding" in ap["dpia"].why.nl


def test_dpia_two_wp248_criteria_expected_one_is_screening():
    two = steps(AI, DEPLOYER, {"personal_data": True},
                [{"dpia_criterion": "large_scale"}, {"dpia_criterion": "matching_datasets"}])
    assert two["dpia"].status == "expected" and "WP248 rev.01" in two["dpia"].refs
    one = steps(AI, DEPLOYER, {"personal_data": True}, {"dpia_criterion": "large_scale"})
    assert one["dpia"].status == "screening"
    assert "dpia" not in steps(AI, DEPLOYER, {"personal_data": False})


def test_dpia_deadline_for_processing_running_already_and_done():
    # Running, start not recorded: due before the start, the start decides; never the GDPR's own date.
    s = steps(AI, DEPLOYER, {"personal_data": True}, {"dpia_mandatory": "GDPR art. 35(3)(b)"})
    assert s["dpia"].timing == "before_first_use" and s["dpia"].deadline is None
    assert s["dpia"].decided_by == "processing_started_on" and not s["dpia"].overdue
    started = PUBLIC.model_copy(update={"processing_started_on": dt.date(2024, 3, 1)})
    s = steps(AI, DEPLOYER, {"personal_data": True}, {"dpia_mandatory": "GDPR art. 35(3)(b)"}, intake=started)
    assert s["dpia"].deadline == dt.date(2024, 3, 1) and s["dpia"].overdue
    unsure = steps(AI, DEPLOYER, {"personal_data": True}, {"dpia_mandatory": "GDPR art. 35(3)(b)"},
                   Unknown(dpia_done=True), intake=started)["dpia"]
    assert not unsure.overdue and [c.question_id for c in unsure.checks] == ["q4"]
    done = steps(AI, DEPLOYER, {"personal_data": True}, {"dpia_mandatory": "GDPR art. 35(3)(b)"},
                 {"dpia_done": True})
    assert done["dpia"].detail["done"] == "yes" and not done["dpia"].overdue


def test_iama_recommended_strongly_for_risk_selection_and_register_category_b():
    s = steps(AI, DEPLOYER, {"risk_selection": True})
    assert s["iama"].status == "recommended" and s["iama"].detail["strength"] == "strongly"
    assert s["algoritmeregister"].detail["category"] == "B"


def test_register_category_b_when_in_doubt_and_c_otherwise():
    doubt = steps(AI, DEPLOYER, Unknown(impactful=True))
    assert doubt["algoritmeregister"].detail["category"] == "B"
    plain = steps(AI, DEPLOYER, {"impactful": False}, {"risk_selection": False})
    assert plain["algoritmeregister"].detail["category"] == "C"
    assert plain["algoritmeregister"].status == "recommended" and "iama" not in plain


def test_not_an_ai_system_still_gets_gdpr_and_policy_steps():
    s = steps({"algorithm": True, "ai_system": False}, {"impactful": True}, {"personal_data": True},
              {"dpia_mandatory": "GDPR art. 35(3)(a)"})
    assert {"dpia", "iama", "algoritmeregister"} <= set(s)
    assert "ai_literacy" not in s


def test_gpai_model_provider_duties_and_systemic_risk():
    s = steps({"algorithm": True, "system_type": "gpai_model"}, PROVIDER, {"systemic_risk": True})
    g = s["gpai_model_duties"]
    assert "AI Act art. 55" in g.refs and g.decided_by == "placed_on_market_on"
    early = Intake(status="in_use", placed_on_market_on=dt.date(2024, 6, 1))
    g = steps({"algorithm": True, "system_type": "gpai_model"}, PROVIDER, intake=early)["gpai_model_duties"]
    assert g.timing == "by_date" and g.deadline == dt.date(2027, 8, 2) and not g.overdue
    late = Intake(status="in_use", placed_on_market_on=dt.date(2026, 3, 1))
    g = steps({"algorithm": True, "system_type": "gpai_model"}, PROVIDER, intake=late)["gpai_model_duties"]
    assert g.timing == "before_first_use" and g.deadline == dt.date(2026, 3, 1)


def test_remote_biometric_exception_needs_fria_and_registration():
    s = steps(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(h)"},
              {"exception_claimed": "AI Act art. 5(1)(h)(i)"},
              Said("Vermiste kinderen", exception_motivation="AI Act art. 5(1)(h)"), annex("1(a)"))
    assert "AI Act art. 5(2)" in s["fria"].refs
    assert "stop_practice" not in s


def test_open_questions_give_expert_review():
    s = steps(AI, DEPLOYER, Unknown(annex_iii="AI Act Annex III 5(a)"))
    er = s["expert_review"]
    assert er.owner == "expert" and er.detail["questions"] == ["q2"]


def test_in_development_deadlines_are_before_putting_into_service():
    s = steps(AI, BOTH, annex("5(a)"), intake=DEV)
    assert s["provider_duties"].deadline is None
    assert "putting into service" in s["provider_duties"].deadline_reason.en


def test_non_public_existing_high_risk_only_after_significant_change():
    s = steps(AI, DEPLOYER, {"public_authority": False, "public_service": False}, annex("4(a)"), intake=PRIVATE)
    assert s["deployer_duties"].deadline is None
    assert "changes significantly" in s["deployer_duties"].deadline_reason.en


def test_steps_come_in_catalogue_order_with_unique_ids():
    s = steps(AI, BOTH, annex("5(a)"), {"transparency": "AI Act art. 50(1)"}, {"personal_data": True})
    order = shipped_catalogue().order
    assert list(s) == sorted(s, key=order.index)


def test_public_flag_overrides_intake_type():
    s = steps(AI, DEPLOYER, {"public_authority": False, "public_service": False}, annex("4(a)"), intake=PUBLIC)
    assert "fria" not in s


def test_annex_i_section_b_duties_come_through_sector_law():
    # art. 2(2): only art. 6(1), 102-109 and 112 apply to section B products
    s = steps(AI, BOTH, {"annex_i": "AI Act Annex I section B"}, {"third_party_conformity": True},
              {"transparency": "AI Act art. 50(1)"})
    assert s["conformity_assessment"].detail["route"] == "sector_law"
    assert "AI Act art. 2(2)" in s["conformity_assessment"].refs
    for absent in ("provider_duties", "deployer_duties", "ai_literacy", "transparency", "fria",
                   "eu_database_registration"):
        assert absent not in s, absent


def test_unknown_status_is_treated_as_in_use_and_says_so():
    s = steps(AI, DEPLOYER, {"transparency": "AI Act art. 50(4)"}, intake=Intake(organisation_type="zbo"))
    assert s["transparency"].applies_from == dt.date(2026, 8, 2) and s["transparency"].timing == "in_force_since"
    assert s["transparency"].deadline_reason.en.startswith("System status unknown")


def test_excluded_research_still_gets_the_gdpr_dpia_but_defence_does_not():
    research = steps(AI, {"exclusion": "AI Act art. 2(6)"}, PROVIDER, {"personal_data": True},
                     {"dpia_mandatory": "GDPR art. 35(3)(b)"})
    assert set(research) == {"dpia"}
    defence = steps(AI, {"exclusion": "AI Act art. 2(3)"}, PROVIDER, {"personal_data": True},
                    {"dpia_mandatory": "GDPR art. 35(3)(b)"})
    assert defence == {}


def test_a_planned_in_service_date_decides_the_transition():
    # Planned after the Annex III cut-off (2 December 2027): in order before putting into service.
    late = DEV.model_copy(update={"in_service_on": dt.date(2028, 6, 1)})
    s = steps(AI, DEPLOYER, annex("4(a)"), intake=late)
    assert s["deployer_duties"].timing == "before_first_use" and s["deployer_duties"].deadline == dt.date(2028, 6, 1)
    assert not s["deployer_duties"].overdue
    # Planned before it: an existing system under art. 111(2), for a public body by 2 August 2030.
    early = DEV.model_copy(update={"in_service_on": dt.date(2027, 6, 1)})
    s = steps(AI, DEPLOYER, annex("4(a)"), intake=early)
    assert s["deployer_duties"].timing == "by_date" and s["deployer_duties"].deadline == dt.date(2030, 8, 2)
    # In development, no date yet: before use, and the in-service date decides.
    s = steps(AI, DEPLOYER, annex("4(a)"), intake=DEV)
    assert s["deployer_duties"].deadline is None and s["deployer_duties"].decided_by == "in_service_on"


def test_a_private_legacy_system_is_covered_from_its_significant_change():
    old = PRIVATE.model_copy(update={"in_service_on": dt.date(2023, 1, 1)})
    s = steps(AI, DEPLOYER, {"for_public_authorities": False}, annex("4(a)"), intake=old)
    assert s["deployer_duties"].deadline is None and s["deployer_duties"].decided_by == "significant_change_on"
    changed = old.model_copy(update={"significant_change_on": dt.date(2028, 2, 1)})
    s = steps(AI, DEPLOYER, {"for_public_authorities": False}, annex("4(a)"), intake=changed, as_of=dt.date(2028, 3, 1))
    assert s["deployer_duties"].timing == "by_date" and s["deployer_duties"].deadline == dt.date(2028, 2, 1)
    assert s["deployer_duties"].overdue
    unchanged = old.model_copy(update={"significant_change_on": "none"})
    s = steps(AI, DEPLOYER, {"for_public_authorities": False}, annex("4(a)"), intake=unchanged)
    assert s["deployer_duties"].decided_by is None and s["deployer_duties"].deadline is None
