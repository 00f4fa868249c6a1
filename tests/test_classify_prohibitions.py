"""Art. 5: each practice on its own; an exception clears only its own practice, only with a motivation."""

import pytest

from assessment.intake import Intake
from outcome_support import AI, DEPLOYER, PROVIDER, Said, Unknown, classified

PRACTICES = [f"AI Act art. 5(1)({p})" for p in "abcdefgh"] + ["Digital Omnibus on AI"]


def _standing(c):
    return [p.ref for p in c.prohibited_practices if not p.cleared]


@pytest.mark.parametrize("ref", PRACTICES)
def test_each_practice_is_prohibited_with_its_ref(ref):
    c = classified(AI, PROVIDER, {"prohibited_practice": ref})
    assert c.risk_class == "prohibited"
    assert _standing(c) == [ref]
    assert c.profile.risk_group == "verboden AI"


def test_exception_with_motivation_clears_its_own_practice_only():
    c = classified(AI, DEPLOYER,
                   [{"prohibited_practice": "AI Act art. 5(1)(f)"}, {"prohibited_practice": "AI Act art. 5(1)(c)"}],
                   {"exception_claimed": "AI Act art. 5(1)(f)"},
                   Said("Vermoeidheid van machinisten: veiligheid", exception_motivation="AI Act art. 5(1)(f)"))
    assert c.risk_class == "prohibited"
    assert _standing(c) == ["AI Act art. 5(1)(c)"]
    [f] = [p for p in c.prohibited_practices if p.cleared]
    assert f.ref == "AI Act art. 5(1)(f)" and f.motivation == "Vermoeidheid van machinisten: veiligheid"


def test_exception_without_motivation_does_not_clear():
    c = classified(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(f)"},
                   {"exception_claimed": "AI Act art. 5(1)(f)"})
    assert c.risk_class == "prohibited"
    assert c.prohibited_practices[0].exception_ref == "AI Act art. 5(1)(f)"
    assert c.prohibited_practices[0].cleared is False


def test_motivation_for_another_practice_does_not_count():
    c = classified(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(f)"},
                   {"exception_claimed": "AI Act art. 5(1)(f)"},
                   Said("iets", exception_motivation="AI Act art. 5(1)(g)"))
    assert c.risk_class == "prohibited"


def test_sub_ground_of_h_clears_h_and_leaves_high_risk_annex_iii():
    c = classified(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(h)"},
                   {"exception_claimed": "AI Act art. 5(1)(h)(i)"},
                   Said("Zoeken naar een ontvoerd kind", exception_motivation="AI Act art. 5(1)(h)"),
                   {"annex_iii": "AI Act Annex III 1(a)"})
    assert c.risk_class == "high_risk"
    assert c.prohibited_practices[0].cleared
    assert c.prohibited_practices[0].exception_ref == "AI Act art. 5(1)(h)(i)"


def test_h_exception_fails_when_a_condition_is_unmet():
    c = classified(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(h)"},
                   {"exception_claimed": "AI Act art. 5(1)(h)(ii)"}, {"exception_condition_unmet": "AI Act art. 5(3)"},
                   Said("Terreurdreiging", exception_motivation="AI Act art. 5(1)(h)"))
    assert c.risk_class == "prohibited"
    assert c.prohibited_practices[0].cleared is False


def test_h_exception_with_an_unknown_condition_is_provisional_with_both_branches():
    # reference section 12: an unknown about a condition makes the result provisional; it does not
    # make the claimed, motivated exception invalid
    c = classified(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(h)"},
                   {"exception_claimed": "AI Act art. 5(1)(h)(ii)"},
                   Unknown(exception_condition_unmet="AI Act art. 5(5)"),
                   Said("Terreurdreiging", exception_motivation="AI Act art. 5(1)(h)"))
    finding = c.prohibited_practices[0]
    assert c.risk_class != "prohibited" and c.provisional
    assert finding.cleared and finding.conditions_open
    assert any("verboden praktijk" in n.nl for n in c.notes)


def test_h_exception_with_planned_conditions_holds_and_lists_them():
    c = classified(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(h)"},
                   {"exception_claimed": "AI Act art. 5(1)(h)(i)"},
                   {"exception_condition_planned": "AI Act art. 5(2)"},
                   Said("Ontvoerd kind", exception_motivation="AI Act art. 5(1)(h)"))
    finding = c.prohibited_practices[0]
    assert finding.cleared and not finding.conditions_open
    assert finding.conditions_planned == ["AI Act art. 5(2)"]
    assert c.risk_class != "prohibited"


def test_exception_of_one_practice_never_clears_another():
    c = classified(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(d)"},
                   {"exception_claimed": "AI Act art. 5(1)(h)(i)"},
                   Said("x", exception_motivation="AI Act art. 5(1)(h)"))
    assert _standing(c) == ["AI Act art. 5(1)(d)"]


def test_switched_off_is_recorded_on_each_practice():
    c = classified(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(c)"}, {"switched_off": True})
    assert c.prohibited_practices[0].switched_off is True
    off = Intake(organisation_type="zbo", status="switched_off", switched_off_on="2025-01-31")
    c2 = classified(AI, DEPLOYER, {"prohibited_practice": "AI Act art. 5(1)(c)"}, intake=off)
    assert c2.prohibited_practices[0].switched_off is True and c2.risk_class == "prohibited"
    assert c2.profile.operational_status == "buiten gebruik"
