"""Settled questions: passed over, implying nothing, once an earlier answer has decided what they
could change; 'don't know' on that earlier answer settles nothing."""

import datetime as dt

import pytest

from assessment.engine.walk import Walk
from assessment.intake import Intake
from assessment.outcome.evaluate import evaluate
from assessment.outcome.facts_found import collect
from assessment.presentation.given import from_walk
from assessment.presentation.present import present
from assessment.presentation.text import text
from assessment.questionnaire.loader import load
from assessment.questionnaire.shipped import load_default
from assessment.questionnaire.validate import validate
from questionnaire_support import HEADER

# deciding (yes settles the next two) -> further -> also -> last -> end
SETTLED = HEADER + """\
  - id: deciding
    section: s
    kind: yes_no
    text: {nl: "Maakt het profielen?", en: "Does it profile?"}
    help: {nl: Uitleg, en: Help}
    options:
      - {id: "yes", facts: {profiling: true}}
      - {id: "no", facts: {profiling: false}}
      - {id: unknown}
    next: [{goto: further}]
  - id: further
    section: s
    kind: yes_no
    text: {nl: "Aanzienlijk risico?", en: "Significant risk?"}
    help: {nl: Uitleg, en: Help}
    options:
      - {id: "yes", facts: {significant_risk: true}}
      - {id: "no", facts: {significant_risk: false}}
      - {id: unknown}
    settled:
      when: {answer: deciding, is: "yes"}
      because: {nl: "al beslist door de profilering", en: "already decided by the profiling"}
    next: [{when: {answer: further, is: "yes"}, goto: last}, {goto: also}]
  - id: also
    section: s
    kind: yes_no
    text: {nl: "Alleen procedureel?", en: "Only procedural?"}
    help: {nl: Uitleg, en: Help}
    settled:
      when: {answer: deciding, is: "yes"}
      because: {nl: "al beslist door de profilering", en: "already decided by the profiling"}
    next: [{goto: last}]
  - id: last
    section: s
    kind: yes_no
    text: {nl: "Laatste vraag?", en: "Last question?"}
    help: {nl: Uitleg, en: Help}
    next: [{goto: end}]
"""


@pytest.fixture
def settled(tmp_path):
    path = tmp_path / "settled.yaml"
    path.write_text(SETTLED, encoding="utf-8")
    return load(path, use_cache=False)


def test_a_settled_question_is_passed_over_and_implies_nothing(settled):
    walk = Walk(settled.questionnaire).answer("deciding", "yes")
    assert walk.current().id == "last"
    assert [(p.question_id, p.value, p.reads) for p in walk.passed] == [
        ("further", None, ("deciding",)), ("also", None, ("deciding",))]
    assert "further" not in walk.values and "also" not in walk.values
    done = walk.answer("last", "no")
    assert [i.question_id for i in done.trail()] == ["deciding", "further", "also", "last"]
    found = collect(done)
    assert not found.open_questions
    assert {f.fact for f in found.found} == {"profiling"}


@pytest.mark.parametrize("answer", ["no", "unknown"])
def test_no_or_dont_know_on_the_deciding_question_settles_nothing(settled, answer):
    walk = Walk(settled.questionnaire).answer("deciding", answer)
    assert walk.current().id == "further" and not walk.passed
    assert walk.answer("further", "no").current().id == "also"


def test_progress_counts_settled_questions_out_once_decided(settled):
    start = Walk(settled.questionnaire)
    assert start.progress().remaining_likely == 4
    assert start.answer("deciding", "yes").progress().remaining_likely == 1
    assert start.answer("deciding", "no").progress().remaining_likely == 3


def test_changing_the_deciding_answer_brings_the_settled_questions_back(settled):
    walk = Walk(settled.questionnaire).answer("deciding", "yes").answer("last", "yes")
    walk, dropped = walk.edit("deciding", "no")
    assert walk.current().id == "further" and dropped == ["last"]


def test_the_outcome_lists_a_settled_question_without_an_implied_answer(settled):
    done = Walk(settled.questionnaire).answer("deciding", "yes").answer("last", "no")
    outcome = evaluate(done, Intake(), dt.date(2026, 11, 26))
    items = outcome.classification.not_asked
    assert [(n.question_id, n.implied) for n in items] == [("further", None), ("also", None)]
    assert [t.question_id for t in items[0].screened_by] == ["deciding"]
    shown = text(present(outcome, from_walk(done), "nl"), "nl").splitlines()
    line = shown.index("• Aanzienlijk risico?")  # no '→ answer': nothing is implied
    assert "al beslist door de profilering" in shown[line + 1]


def test_the_outcome_names_only_the_answers_that_settled_it():
    """Settled by 'legal effects or risk selection': a 'don't know' on the second is not named."""
    walk = Walk(load_default().questionnaire)
    for qid, value in (("is_algorithm", "yes"), ("ai_definition", "yes"), ("system_type", "ai_system"),
                       ("ctx_special", ["none"]), ("excl_pre_market", "in_use"), ("role_base", ["use"]),
                       ("ctx_changes", ["none"]), ("public_body", "yes"), ("ctx_domains", ["none"]),
                       ("ctx_data", ["none"]), ("ctx_output", ["assesses_people"]),
                       ("p_c_social_scoring", "no"), ("p_d_crime_prediction", "no"),
                       ("impact_legal_effects", "yes"), ("impact_risk_selection", "unknown")):
        assert walk.current().id == qid
        walk = walk.answer(qid, value)
    walk = walk.answer("registered_where", ["none"]).answer("personal_data", "no").answer("iama_done", "no")
    assert walk.complete
    [item] = [n for n in evaluate(walk, Intake(), dt.date(2026, 11, 26)).classification.not_asked
              if n.question_id == "impact_approach"]
    assert [t.question_id for t in item.screened_by] == ["impact_legal_effects"]


def test_validate_counts_a_settled_question_as_asked_or_passed_over(settled):
    problems, summary = validate(settled)
    assert not problems
    # deciding -> further -> (last | also -> last): 2 routes, each through 'further' counted twice,
    # the one through 'also' twice more.
    assert summary.paths == 6
    assert (summary.shortest, summary.longest) == (2, 4)
