"""Reference section 11, one by one: each known mistake of existing tools, and the proof we avoid it.

Some items are also covered elsewhere (named per test); this file keeps the whole list in one place so
an expert can sign it off item by item.
"""

import re
from collections import Counter

import pytest

from assessment.legal.facts import Fact
from assessment.outcome.dates import shipped_dates
from assessment.outcome.catalogue import shipped_catalogue
from assessment.questionnaire.shipped import load_default
from outcome_support import AI, DEPLOYER, PRIVATE, PROVIDER, classified, steps

Q = load_default().questionnaire
RAW = load_default().path.read_text(encoding="utf-8")


def _setters(fact: Fact) -> Counter:
    """How many questions set each value of `fact` on one of their options."""
    found: Counter = Counter()
    for q in Q.questions:
        found.update({o.facts[fact.value] for o in q.options if fact.value in o.facts})
    return found


# 1. Lumping all of art. 5, Annex III, art. 6(3) or art. 50 into one yes/no.
@pytest.mark.parametrize("fact, pattern", [
    (Fact.PROHIBITED_PRACTICE, r"^(AI Act art\. 5\(1\)\([a-h]\)|Digital Omnibus on AI)$"),
    (Fact.DEROGATION, r"^AI Act art\. 6\(3\)\([a-d]\)$"),
    (Fact.TRANSPARENCY, r"^AI Act art\. 50\([1-4]\)$"),
    (Fact.ANNEX_III, r"^AI Act Annex III (2|[13-8]\([a-e]\))$"),
])
def test_no_lumping_every_value_is_one_point_asked_in_one_place(fact, pattern):
    setters = _setters(fact)
    assert setters
    for value, count in setters.items():
        assert re.match(pattern, value), value
        if fact != Fact.TRANSPARENCY:  # art. 50(4) is asked per case (deep fake, public text)
            assert count == 1, f"{value} set by {count} questions"
    for q in Q.questions:  # a yes/no question never answers two points at once
        if q.kind.value == "yes_no":
            values = {o.facts.get(fact.value) for o in q.options} - {None}
            assert len(values) <= 1, q.id


# 2. One art. 5 exception clearing every prohibition.
def test_an_exception_clears_only_its_own_practice():
    c = classified(AI, PROVIDER, [{"prohibited_practice": "AI Act art. 5(1)(d)"},
                                  {"prohibited_practice": "AI Act art. 5(1)(f)"}],
                   {"exception_claimed": "AI Act art. 5(1)(d)"})
    assert [p.ref for p in c.prohibited_practices if not p.cleared] == ["AI Act art. 5(1)(d)",
                                                                      "AI Act art. 5(1)(f)"]
    # Without a motivation not even its own practice is cleared; see test_classify_prohibitions.py
    # and tests/scenarios/exception_clears_only_its_own_practice.yaml for the full walk.
    assert c.risk_class == "prohibited"


# 3. Asking the Annex I third-party condition after labelling high-risk.
def test_an_annex_i_product_alone_is_not_labelled_high_risk():
    product = classified(AI, PROVIDER, {"annex_i": "AI Act Annex I section A"}, {"third_party_conformity": False})
    assert product.risk_class == "not_high_risk" and product.high_risk_basis == []
    order = [q.id for q in Q.questions]
    assert order.index("annex_i_product") < order.index("annex_i_third_party")
    assert {o.facts.get(Fact.THIRD_PARTY_CONFORMITY.value) for o in Q.question("annex_i_third_party").options} \
        >= {True, False}


# 4. FRIA scope cited as Annex III 5(c),(d); it is 5(b),(c) for any deployer (art. 27(1)).
def test_fria_for_any_deployer_is_5b_and_5c_never_5d():
    for point, wanted in (("5(b)", True), ("5(c)", True), ("5(d)", False), ("5(a)", False)):
        found = steps(AI, DEPLOYER, {"public_authority": False, "public_service": False},
                      {"annex_iii": f"AI Act Annex III {point}"}, intake=PRIVATE)
        assert ("fria" in found) is wanted, point
    fria = shipped_catalogue().step("fria")
    texts = " ".join(v.why.nl + v.why.en for v in fria.variants.values())
    assert not re.search(r"5\(c\)\s*(,|en|and)\s*\(?d\)?", texts + RAW)


# 5. One high-risk date for Annex I and Annex III.
def test_annex_i_and_annex_iii_have_their_own_dates():
    table = shipped_dates()
    assert table.effective("annex_i_high_risk").date != table.effective("annex_iii_high_risk").date
    product = steps(AI, PROVIDER, {"annex_i": "AI Act Annex I section A"}, {"third_party_conformity": True})
    use = steps(AI, PROVIDER, {"annex_iii": "AI Act Annex III 4(a)"})
    assert product["provider_duties"].applies_from == table.effective("annex_i_high_risk").date
    assert use["provider_duties"].applies_from == table.effective("annex_iii_high_risk").date


# 6. The systemic-risk threshold described as FLOP per second.
def test_systemic_risk_threshold_is_cumulative_training_compute():
    q = Q.question("gpai_compute")
    assert "10^25" in q.text.nl and "in totaal" in q.text.nl and "in total" in q.text.en
    for text in (q.text.nl, q.text.en, q.help.nl, q.help.en):
        assert "FLOPS" not in text and "FLOP/s" not in text
        assert not re.search(r"(?<!niet om een snelheid )per seconde", text)
        assert not re.search(r"(?<!not a speed )per second\b", text)


# 7. Redirects with no default.
def test_every_question_has_an_unconditional_default_route():
    for q in Q.questions:
        if q.next:
            assert q.next[-1].when is None, q.id


# 8. Double negatives in questions.
_NEGATIONS = {"nl": r"\b(niet|geen|nooit|zonder|noch|niets)\b", "en": r"\b(not|no|never|without|nor|nothing)\b|n't\b"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_question_or_option_has_two_negations(lang):
    for q in Q.questions:
        texts = [q.text.get(lang)] + [o.text.get(lang) for o in q.options if o.text]
        for text in texts:
            assert len(re.findall(_NEGATIONS[lang], text, re.I)) <= 1, f"{q.id}: {text}"
