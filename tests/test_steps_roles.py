"""Each step goes to the role the law or policy gives it (reference sections 7 and 8)."""

import pytest

from outcome_support import AI, BOTH, DEPLOYER, PROVIDER, Said, steps

ANNEX_4A = {"annex_iii": "AI Act Annex III 4(a)"}
PERSONAL = {"personal_data": True}
IMPACTFUL = {"impactful": True}
IMPORTER = {"role": "importer"}
DISTRIBUTOR = {"role": "distributor"}


@pytest.mark.parametrize("role, own, other", [(IMPORTER, "importer_duties", "distributor_duties"),
                                              (DISTRIBUTOR, "distributor_duties", "importer_duties")])
def test_importer_and_distributor_get_their_own_article_and_nothing_of_the_user(role, own, other):
    found = steps(AI, role, ANNEX_4A, PERSONAL, IMPACTFUL)
    assert own in found and other not in found
    assert found[own].owner.value == role["role"]
    assert found[own].refs[0] == ("AI Act art. 23" if role is IMPORTER else "AI Act art. 24")
    assert "AI Act Annex III 4(a)" in found[own].why.en
    for step in ("dpia", "iama", "algoritmeregister", "ai_literacy", "fria", "deployer_duties",
                 "provider_duties", "eu_database_registration"):
        assert step not in found, step


def test_importer_of_a_system_that_is_not_high_risk_has_no_art_23_duties():
    assert "importer_duties" not in steps(AI, IMPORTER, PERSONAL)


def test_importer_that_also_uses_the_system_gets_the_users_steps():
    found = steps(AI, [IMPORTER, DEPLOYER], ANNEX_4A, PERSONAL, IMPACTFUL)
    assert {"importer_duties", "deployer_duties", "fria", "dpia", "iama", "algoritmeregister",
            "ai_literacy"} <= set(found)


def test_provider_that_does_not_use_the_system_supports_the_users_iama_and_register_entry():
    found = steps(AI, PROVIDER, ANNEX_4A, PERSONAL)
    assert found["iama"].status.value == "recommended" and found["iama"].owner.value == "provider"
    assert "deploys it carries out the IAMA" in found["iama"].why.en
    assert found["algoritmeregister"].detail == {} and found["algoritmeregister"].owner.value == "provider"
    assert "dpia" in found  # the provider's own processing (e.g. training data) is screened


def test_deployer_gets_the_register_category_and_the_iama_expectation():
    found = steps(AI, BOTH, ANNEX_4A, PERSONAL)
    assert found["iama"].status.value == "expected"
    assert found["algoritmeregister"].detail == {"category": "A"}


def test_gpai_model_provider_gets_no_ai_literacy_step():
    model = steps({"algorithm": True, "system_type": "gpai_model"}, PROVIDER, {"systemic_risk": False})
    assert "gpai_model_duties" in model and "ai_literacy" not in model
    system = steps(AI, {"system_type": "gpai_system"}, DEPLOYER)
    assert "ai_literacy" in system


def test_marking_grace_never_moves_the_date_of_another_art_50_paragraph():
    found = steps(AI, PROVIDER, [{"transparency": "AI Act art. 50(1)"}, {"transparency": "AI Act art. 50(2)"}])
    assert found["transparency"].applies_from.isoformat() == "2026-08-02"
    assert "2 December 2026" in found["transparency"].why.en
    only_marking = steps(AI, PROVIDER, {"transparency": "AI Act art. 50(2)"})
    assert only_marking["transparency"].applies_from.isoformat() == "2026-12-02"


def test_a_dpia_done_already_is_not_reported_as_overdue_work():
    found = steps(AI, BOTH, PERSONAL, {"dpia_mandatory": "GDPR art. 35(3)(a)"}, {"dpia_done": True})
    assert not found["dpia"].overdue and "Done already" in found["dpia"].deadline_reason.en


def test_rbi_exception_fria_and_registration_are_due_with_the_ban_not_the_annex_iii_date():
    found = steps(AI, DEPLOYER, {"annex_iii": "AI Act Annex III 1(a)"},
                  {"prohibited_practice": "AI Act art. 5(1)(h)"}, {"exception_claimed": "AI Act art. 5(1)(h)(iii)"},
                  Said("Gerichte zoektocht naar een verdachte, met toestemming van de rechter.",
                       exception_motivation="AI Act art. 5(1)(h)"))
    for step in ("fria", "eu_database_registration"):
        assert found[step].applies_from.isoformat() == "2025-02-02" and found[step].in_force, step


def test_stop_practice_says_stop_now_or_by_the_date_of_a_coming_ban():
    now = steps(AI, PROVIDER, {"prohibited_practice": "AI Act art. 5(1)(c)"})["stop_practice"]
    assert "stop the use at once" in now.deadline_reason.en
    coming = steps(AI, PROVIDER, {"prohibited_practice": "Digital Omnibus on AI"})["stop_practice"]
    assert not coming.in_force and "stop by then" in coming.deadline_reason.en
