"""The legal shape of the shipped AI-verordening questionnaire: item by item, never lumped.

These tests read the questionnaire as data (facts on options, rules between questions) and check
the properties an expert relies on: each prohibition and its own exception, Annex I before its
third-party condition, every Annex III sub-point, each art. 6(3) condition, each art. 50 paragraph,
complete DPIA lists, 'unknown' everywhere it matters, and every reference of the reference map.
"""

from collections import defaultdict
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from assessment.legal.facts import CASE_PARAGRAPH, AIElement, ApListItem, Fact, Wp248Criterion
from assessment.questionnaire.model import END, Kind, Question
from assessment.questionnaire.shipped import load_default
from assessment.questionnaire.validate import validate

ROOT = Path(__file__).resolve().parents[1]
LOADED = load_default()
Q = LOADED.questionnaire

PRACTICES = [f"AI Act art. 5(1)({x})" for x in "abcdefgh"] + ["Digital Omnibus on AI"]
ANNEX_III = (["AI Act Annex III 1(a)", "AI Act Annex III 1(b)", "AI Act Annex III 1(c)", "AI Act Annex III 2"]
             + [f"AI Act Annex III 3({x})" for x in "abcd"] + [f"AI Act Annex III 4({x})" for x in "ab"]
             + [f"AI Act Annex III 5({x})" for x in "abcd"] + [f"AI Act Annex III 6({x})" for x in "abcde"]
             + [f"AI Act Annex III 7({x})" for x in "abcd"] + [f"AI Act Annex III 8({x})" for x in "ab"])


def setting(fact: Fact, value=None) -> list[tuple[Question, str]]:
    """(question, option id) pairs whose option sets `fact` (to `value`, when given)."""
    return [(q, o.id) for q in Q.questions for o in q.options
            if fact.value in o.facts and (value is None or o.facts[fact.value] == value)]


def values(fact: Fact) -> set:
    found = {o.facts[fact.value] for q in Q.questions for o in q.options if fact.value in o.facts}
    return found | {q.facts[fact.value] for q in Q.questions if fact.value in q.facts}


def predecessors() -> dict[str, list[tuple[str, object]]]:
    """Question id -> (question that leads to it, the rule's condition)."""
    preds: dict[str, list[tuple[str, object]]] = defaultdict(list)
    for q in Q.questions:
        for rule in q.next:
            if rule.goto != END:
                preds[rule.goto].append((q.id, rule.when))
    return preds


def test_the_shipped_questionnaire_validates_clean():
    problems, summary = validate(LOADED)
    assert problems == []
    assert summary.questions >= 80


@pytest.mark.parametrize("practice", PRACTICES)
def test_each_prohibition_is_its_own_question(practice):
    asking = setting(Fact.PROHIBITED_PRACTICE, practice)
    assert len(asking) == 1, f"{practice} should be asked by exactly one option"
    question, _ = asking[0]
    others = {o.facts.get(Fact.PROHIBITED_PRACTICE.value) for o in question.options} - {None, practice}
    assert not others, f"{question.id} lumps {practice} with {others}"


def test_an_exception_is_asked_only_after_its_own_practice_was_answered_yes():
    preds = predecessors()
    exception_questions = {q.id: q for q, _ in setting(Fact.EXCEPTION_CLAIMED)}
    assert exception_questions, "no exception questions found"
    for qid, question in exception_questions.items():
        grounds = {o.facts[Fact.EXCEPTION_CLAIMED.value] for o in question.options
                   if Fact.EXCEPTION_CLAIMED.value in o.facts}
        [(before, when)] = preds[qid]
        practice = Q.question(before).option("yes").facts[Fact.PROHIBITED_PRACTICE.value]
        assert all(g == practice or g.startswith(practice + "(") for g in grounds), (qid, grounds)
        assert when is not None and when.holds({before: "yes"}) and not when.holds({before: "no"})


def test_a_claimed_exception_requires_a_motivation_for_that_practice():
    motivations = {q.facts[Fact.EXCEPTION_MOTIVATION.value]: q for q in Q.questions
                   if Fact.EXCEPTION_MOTIVATION.value in q.facts}
    for practice in {p for p in values(Fact.EXCEPTION_CLAIMED)}:
        own = next(m for ref, m in motivations.items() if practice == ref or practice.startswith(ref + "("))
        assert own.kind == Kind.TEXT and not own.optional, f"{own.id} must be a required text"


def test_remote_biometric_exception_conditions_are_asked_one_by_one():
    unmet = sorted(values(Fact.EXCEPTION_CONDITION_UNMET))
    # art. 5(4) (notify each use) is a duty with each use, not a condition that voids the exception
    assert unmet == ["AI Act art. 49(3)", "AI Act art. 5(2)", "AI Act art. 5(3)", "AI Act art. 5(5)"]
    assert sorted(values(Fact.EXCEPTION_CONDITION_PLANNED)) == [
        "AI Act art. 49(3)", "AI Act art. 5(2)", "AI Act art. 5(3)", "AI Act art. 5(4)"]
    assert values(Fact.EXCEPTION_CLAIMED) >= {f"AI Act art. 5(1)(h)({x})" for x in ("i", "ii", "iii")}


def test_annex_i_section_comes_before_the_third_party_condition():
    [(question, _)] = setting(Fact.THIRD_PARTY_CONFORMITY, True)
    sources = {before for before, _ in predecessors()[question.id]}
    section_questions = {q.id for q, _ in setting(Fact.ANNEX_I)}
    assert sources == section_questions
    assert values(Fact.ANNEX_I) == {"AI Act Annex I section A", "AI Act Annex I section B"}


def test_every_annex_iii_sub_point_can_be_chosen_after_its_area():
    assert sorted(values(Fact.ANNEX_III)) == sorted(ANNEX_III)
    [(areas, _)] = setting(Fact.ANNEX_III_AREA, "AI Act Annex III 1")
    area_option = {o.facts[Fact.ANNEX_III_AREA.value]: o.id for o in areas.options
                   if Fact.ANNEX_III_AREA.value in o.facts}
    assert areas.kind == Kind.MULTIPLE and areas.option("none").exclusive
    for question in {q.id: q for q, _ in setting(Fact.ANNEX_III)}.values():
        point = next(o.facts[Fact.ANNEX_III.value] for o in question.options
                     if Fact.ANNEX_III.value in o.facts)
        area = "AI Act Annex III " + point.removeprefix("AI Act Annex III ")[0]
        chosen = {areas.id: (area_option[area],)}
        others = {areas.id: tuple(o for a, o in area_option.items() if a != area)}
        for before, when in predecessors()[question.id]:
            assert when is not None, f"{before} leads to {question.id} unconditionally"
            assert when.holds(chosen) and not when.holds(others), (before, question.id)


def test_each_derogation_condition_and_profiling_are_separate_questions():
    for x in "abcd":
        asking = setting(Fact.DEROGATION, f"AI Act art. 6(3)({x})")
        assert len(asking) == 1 and len(asking[0][0].options) == 3, x
    assert setting(Fact.SIGNIFICANT_RISK, True) and setting(Fact.PROFILING, True)


@pytest.mark.parametrize("paragraph", [f"AI Act art. 50({n})" for n in range(1, 5)])
def test_each_transparency_paragraph_is_asked_with_its_own_exception(paragraph):
    situations = setting(Fact.TRANSPARENCY, paragraph)
    assert situations
    for question, _ in situations:
        others = {o.facts.get(Fact.TRANSPARENCY.value) for o in question.options} - {None, paragraph}
        assert not others
    cases = [c for c, p in CASE_PARAGRAPH.items() if p == paragraph]
    if not cases:
        assert paragraph in values(Fact.TRANSPARENCY_EXCEPTION)
        return
    # Art. 50(4): each case (deep fake, public-interest text) is asked and excepted on its own; no
    # option clears the whole paragraph, so one case's exception can never clear the other.
    assert paragraph not in values(Fact.TRANSPARENCY_EXCEPTION)
    preds = predecessors()
    for case in cases:
        [(situation, _)] = setting(Fact.TRANSPARENCY_CASE, case)
        exceptions = setting(Fact.TRANSPARENCY_CASE_EXCEPTION, case)
        assert exceptions
        for question, _ in exceptions:
            assert set(question.refs) == {paragraph}
            assert {p for p, _ in preds[question.id]} == {situation.id}
            assert all(o.facts.get(Fact.TRANSPARENCY_CASE_EXCEPTION.value) in (None, case)
                       for o in question.options)


def test_the_definition_route_asks_every_element():
    assert values(Fact.AI_ELEMENT) == {e.value for e in AIElement}
    assert values(Fact.AI_ELEMENT_ABSENT) == {e.value for e in AIElement}


def test_dpia_lists_are_complete_and_kept_apart():
    assert values(Fact.DPIA_AP_LIST) == {i.value for i in ApListItem}
    assert values(Fact.DPIA_CRITERION) == {c.value for c in Wp248Criterion}
    ap_questions = {q.id for q, _ in setting(Fact.DPIA_AP_LIST)}
    wp_questions = {q.id for q, _ in setting(Fact.DPIA_CRITERION)}
    assert not ap_questions & wp_questions, "the AP list and the WP248 criteria must not share a question"
    assert values(Fact.DPIA_MANDATORY) >= {f"GDPR art. 35(3)({x})" for x in "abc"}


def test_substantive_choice_questions_accept_unknown():
    # ai_definition offers the element-by-element route instead of a bare "don't know"
    lacking = [q.id for q in Q.questions if q.kind != Kind.TEXT and q.kind != Kind.DATE
               and not q.allows_unknown and q.id != "ai_definition"]
    assert lacking == []
    for q in Q.questions:
        if q.kind == Kind.MULTIPLE:
            for o in q.options:
                if o.unknown or o.id == "none":
                    assert o.exclusive, f"{q.id}.{o.id} must be exclusive"


def _catalogue_refs() -> set[str]:
    data = YAML(typ="safe").load((ROOT / "data" / "steps.yaml").read_text(encoding="utf-8"))
    refs: set[str] = set()
    for step in data["steps"]:
        refs |= set(step.get("refs") or [])
        for variant in (step.get("variants") or {}).values():
            refs |= set(variant.get("refs") or [])
    return refs


def _questionnaire_refs() -> set[str]:
    refs = {r for q in Q.questions for r in q.refs} | {r for q in Q.questions for o in q.options for r in o.refs}
    refs |= {r for t in Q.glossary for r in t.refs}
    for fact in (Fact.EXCLUSION, Fact.PROHIBITED_PRACTICE, Fact.EXCEPTION_CLAIMED, Fact.ANNEX_I, Fact.ANNEX_III,
                 Fact.DEROGATION, Fact.TRANSPARENCY, Fact.DPIA_MANDATORY, Fact.PROVIDER_BY_ART25,
                 Fact.EXCEPTION_CONDITION_UNMET):
        refs |= values(fact)
    return refs


#: Every reference of sections 1-8 of the reference map, in canonical form.
REFERENCE_MAP = (
    ["AI Act art. 3(1)", "AI Act art. 3(63)", "AI Act art. 3(66)"]
    + [f"AI Act art. 2({n})" for n in (3, 4, 6, 8, 10, 12)]
    + [f"AI Act art. 3({n})" for n in range(3, 8)]
    + [f"AI Act art. 25(1)({x})" for x in "abc"]
    + PRACTICES + [f"AI Act art. 5(1)(h)({x})" for x in ("i", "ii", "iii")]
    + ["AI Act art. 5(2)", "AI Act art. 5(3)", "AI Act art. 5(5)", "AI Act Annex II"]
    + ["AI Act art. 6(1)", "AI Act art. 6(2)", "AI Act Annex I section A", "AI Act Annex I section B"]
    + ANNEX_III + [f"AI Act art. 6(3)({x})" for x in "abcd"] + ["AI Act art. 6(4)", "AI Act art. 49(2)"]
    + ["AI Act art. 43", "AI Act art. 43(1)", "AI Act Annex VI"]
    + [f"AI Act art. 50({n})" for n in range(1, 5)]
    + ["AI Act art. 51", "AI Act art. 53", "AI Act art. 53(2)", "AI Act art. 55"]
    + [f"AI Act art. {n}" for n in (4, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 26, 47, 48, 86)]
    + ["AI Act art. 26(8)", "AI Act art. 26(9)", "AI Act art. 26(11)", "AI Act art. 27(4)"]
    + [f"AI Act art. 49({n})" for n in (1, 3, 4, 5)] + ["AI Act art. 71"]
    + ["GDPR art. 35", "GDPR art. 9", "GDPR art. 10"] + [f"GDPR art. 35(3)({x})" for x in "abc"]
    + ["Stcrt. 2019, 64418", "WP248 rev.01", "Kamerstuk 36 360 VI nr. 14", "Algoritmekader", "Algoritmeregister"]
)


def test_every_reference_of_the_reference_map_is_in_the_questionnaire_or_the_catalogue():
    known = _questionnaire_refs() | _catalogue_refs()
    assert [r for r in REFERENCE_MAP if r not in known] == []
