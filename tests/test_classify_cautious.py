"""The cautious reading: an open answer that could make a system high-risk never yields 'not high risk'.

Annex III sub-point unknown within a chosen area, the Annex I third-party condition unknown, or a
condition of a claimed art. 6(3) derogation unknown (significant risk, profiling): the result is high
risk, marked assumed and provisional, with the open answers in the trace, and the high-risk steps say
they rest on that assumption. The derogation is the provider's to show (art. 6(4)), so it never holds
on an unknown.
"""

from outcome_support import AI, BOTH, PROVIDER, Unknown, classified, steps

ANNEX_5A = {"annex_iii": "AI Act Annex III 5(a)"}
SUB_POINT_5_UNKNOWN = Unknown(annex_iii="AI Act Annex III 5(a)")
DEROGATE = [{"derogation": "AI Act art. 6(3)(a)"}, {"significant_risk": False}]


def test_unknown_sub_point_of_a_chosen_area_is_assumed_high_risk_with_the_area_as_ground():
    c = classified(AI, BOTH, {"annex_iii_area": "AI Act Annex III 5"}, SUB_POINT_5_UNKNOWN)
    assert c.risk_class == "high_risk" and c.high_risk_assumed and c.provisional
    assert c.high_risk_basis == ["AI Act art. 6(2)", "AI Act Annex III 5"]
    assert "possibly high risk" in c.risk_reason.en and "mogelijk hoog risico" in c.risk_reason.nl
    assert "q3" in [t.question_id for t in c.trace["risk_class"]]
    assert [q.question_id for q in c.open_questions] == ["q3"]


def test_assumed_high_risk_steps_say_so_and_the_expert_comes_first():
    found = steps(AI, BOTH, {"annex_iii_area": "AI Act Annex III 5"}, SUB_POINT_5_UNKNOWN)
    ids = list(found)
    assert ids[0] == "expert_review"
    assert {"provider_duties", "deployer_duties", "fria", "conformity_assessment"} <= set(ids)
    for step in found.values():
        if step.id in ("provider_duties", "deployer_duties", "fria", "conformity_assessment"):
            assert "Provisional" in step.why.en and "Voorlopig" in step.why.nl


def test_a_known_sub_point_is_firm_and_another_open_area_is_named():
    c = classified(AI, BOTH, ANNEX_5A, Unknown(annex_iii="AI Act Annex III 4(a)"))
    assert c.risk_class == "high_risk" and not c.high_risk_assumed
    assert c.high_risk_basis == ["AI Act art. 6(2)", "AI Act Annex III 5(a)", "AI Act Annex III 4"]
    assert "AI Act Annex III 4 may apply too" in c.risk_reason.en
    firm = steps(AI, BOTH, ANNEX_5A)
    assert not any("Provisional" in s.why.en for s in firm.values())


def test_unknown_sub_point_of_an_area_with_a_known_sub_point_adds_no_second_ground():
    c = classified(AI, BOTH, ANNEX_5A, Unknown(annex_iii="AI Act Annex III 5(b)"))
    assert c.high_risk_basis == ["AI Act art. 6(2)", "AI Act Annex III 5(a)"]


def test_annex_i_with_third_party_unknown_is_assumed_high_risk_without_claiming_a_notified_body():
    c = classified(AI, PROVIDER, {"annex_i": "AI Act Annex I section A"}, Unknown(third_party_conformity=True))
    assert c.risk_class == "high_risk" and c.high_risk_assumed and c.provisional
    assert "AI Act art. 6(1)" in c.high_risk_basis
    assert c.profile.conformity_body == "niet van toepassing"
    assert "third-party" in c.risk_reason.en


def test_unknown_profiling_keeps_a_claimed_derogation_from_holding():
    c = classified(AI, PROVIDER, ANNEX_5A, *DEROGATE, Unknown(profiling=True))
    assert c.risk_class == "high_risk" and c.derogation is None and c.high_risk_assumed
    assert "art. 6(4)" in c.risk_reason.en
    assert "q5" in [t.question_id for t in c.trace["risk_class"]]
    assert "document_derogation" not in steps(AI, PROVIDER, ANNEX_5A, *DEROGATE, Unknown(profiling=True))


def test_unknown_significant_risk_keeps_a_claimed_derogation_from_holding():
    c = classified(AI, PROVIDER, ANNEX_5A, {"derogation": "AI Act art. 6(3)(a)"},
                   Unknown(significant_risk=False), {"profiling": False})
    assert c.risk_class == "high_risk" and c.derogation is None and c.high_risk_assumed


def test_unknown_profiling_without_a_derogation_claim_changes_nothing():
    c = classified(AI, PROVIDER, ANNEX_5A, {"significant_risk": True}, Unknown(profiling=True))
    assert c.risk_class == "high_risk" and not c.high_risk_assumed


def test_unknown_area_is_not_high_risk_but_says_it_is_not_ruled_out():
    c = classified(AI, BOTH, Unknown(annex_i="AI Act Annex I section A", third_party_conformity=True))
    assert c.risk_class == "not_high_risk" and c.provisional and not c.high_risk_assumed
    assert any("High risk is not yet ruled out" in n.en for n in c.notes)
    assert c.open_questions[0].affects == ["risk_class", "high_risk_basis"]


def test_a_doubt_no_answer_can_settle_is_not_shown():
    # An area alone (no sub-point) is not high risk, so knowing it changes no conclusion here.
    c = classified(AI, BOTH, Unknown(annex_iii_area="AI Act Annex III 4"))
    assert c.risk_class == "not_high_risk" and not c.provisional and c.open_questions[0].affects == []
    assert not any("ruled out" in n.en for n in c.notes)
    settled = classified(AI, BOTH, {"annex_iii_area": "AI Act Annex III 4"})
    assert settled.risk_class == "not_high_risk" and not settled.provisional
    assert not any("ruled out" in n.en for n in settled.notes)


def test_an_unknown_derogation_condition_leaves_high_risk_but_not_settled():
    c = classified(AI, PROVIDER, ANNEX_5A, {"significant_risk": False}, Unknown(derogation="AI Act art. 6(3)(d)"),
                   {"profiling": False})
    assert c.risk_class == "high_risk" and c.high_risk_assumed and c.derogation is None
    assert "still open" in c.risk_reason.en
    risky = classified(AI, PROVIDER, ANNEX_5A, {"significant_risk": True}, Unknown(derogation="AI Act art. 6(3)(d)"))
    assert risky.risk_class == "high_risk" and not risky.high_risk_assumed
