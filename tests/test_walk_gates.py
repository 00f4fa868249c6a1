"""Gated questions: asked only in their context, otherwise passed over with the implied answer."""

import pytest

from assessment.engine.walk import Walk
from assessment.outcome.facts_found import collect
from assessment.questionnaire.loader import load
from assessment.questionnaire.validate import validate
from questionnaire_support import HEADER

# screen (multiple) -> work_item (gated on workplace) -> police_item (gated on police) -> end
GATED = HEADER + """\
  - id: screen
    section: s
    kind: multiple
    text: {nl: "Waar wordt het gebruikt?", en: "Where is it used?"}
    help: {nl: Uitleg, en: Help}
    options:
      - {id: workplace, text: {nl: Werkvloer, en: Workplace}}
      - {id: police, text: {nl: Politie, en: Police}}
      - {id: none, text: {nl: Geen van deze, en: None of these}, exclusive: true}
      - {id: unknown, text: {nl: Weet ik niet, en: Don't know}, unknown: true, exclusive: true}
    next: [{goto: work_item}]
  - id: work_item
    section: s
    kind: yes_no
    text: {nl: "Emotieherkenning op het werk?", en: "Emotion recognition at work?"}
    help: {nl: Uitleg, en: Help}
    options:
      - {id: "yes", facts: {profiling: true}}
      - {id: "no", facts: {profiling: false}}
      - {id: unknown}
    gate:
      when: {answer: screen, contains_any: [workplace, unknown]}
      implied: "no"
      because: {nl: "niet gebruikt op de werkvloer", en: "not used in a workplace"}
    next: [{when: {answer: work_item, is: "yes"}, goto: end}, {goto: police_item}]
  - id: police_item
    section: s
    kind: yes_no
    text: {nl: "Voor de politie?", en: "For the police?"}
    help: {nl: Uitleg, en: Help}
    gate:
      when: {answer: screen, contains_any: [police, unknown]}
      implied: "no"
      because: {nl: "geen politietaak", en: "no police task"}
    next: [{goto: end}]
"""


@pytest.fixture
def gated(tmp_path):
    path = tmp_path / "gated.yaml"
    path.write_text(GATED, encoding="utf-8")
    return load(path, use_cache=False)


def test_an_item_outside_its_context_is_passed_over_with_the_implied_answer(gated):
    walk = Walk(gated.questionnaire).answer("screen", ["police"])
    assert walk.current().id == "police_item"
    assert [(p.question_id, p.value) for p in walk.passed] == [("work_item", "no")]
    assert walk.values["work_item"] == "no"
    done = walk.answer("police_item", "yes")
    assert done.complete and [a.question_id for a in done.answers] == ["screen", "police_item"]
    assert [i.question_id for i in done.trail()] == ["screen", "work_item", "police_item"]


def test_dont_know_on_the_screening_question_opens_every_item_it_gates(gated):
    walk = Walk(gated.questionnaire).answer("screen", ["unknown"])
    assert walk.current().id == "work_item" and not walk.passed
    walk = walk.answer("work_item", "no")
    assert walk.current().id == "police_item"


def test_none_passes_over_everything_and_the_walk_is_complete(gated):
    walk = Walk(gated.questionnaire).answer("screen", ["none"])
    assert walk.complete
    assert [p.question_id for p in walk.passed] == ["work_item", "police_item"]
    assert walk.progress().remaining_likely == 0


def test_the_implied_answer_sets_the_same_facts_as_answering_it_and_says_why(gated):
    walk = Walk(gated.questionnaire).answer("screen", ["police"]).answer("police_item", "no")
    facts = collect(walk)
    [found] = facts.of("profiling")
    assert found.value is False
    assert found.trace.not_asked is not None and found.trace.not_asked.nl == "niet gebruikt op de werkvloer"


def test_changing_the_screening_answer_drops_answers_now_out_of_context(gated):
    walk = Walk(gated.questionnaire).answer("screen", ["workplace", "police"])
    walk = walk.answer("work_item", "no").answer("police_item", "no")
    edited, dropped = walk.edit("screen", ["police"])
    assert dropped == ["work_item"] and edited.complete
    replayed, off = Walk.replay(gated.questionnaire, walk.answers[::-1])
    assert replayed.complete and not off


def test_likely_progress_counts_an_item_once_the_screening_opens_it(gated):
    start = Walk(gated.questionnaire)
    assert start.progress().remaining_likely == 1  # before the screening: items out of context
    assert start.answer("screen", ["police"]).progress().remaining_likely == 1
    assert start.answer("screen", ["workplace", "police"]).progress().remaining_likely == 2
    assert start.answer("screen", ["unknown"]).progress().remaining_likely == 2
    assert start.progress()[:3] == (0, 1, 3)  # gated questions may be passed: at least 1


def test_validate_counts_a_gated_question_as_asked_or_passed(gated):
    problems, summary = validate(gated)
    assert problems == []
    # (1 + 2) routes after work_item, times 2: it is asked or passed over
    assert (summary.paths, summary.shortest, summary.longest) == (6, 1, 3)


def test_dont_know_on_a_screening_question_is_no_open_question(gated, tmp_path):
    path = tmp_path / "screening.yaml"
    path.write_text(GATED.replace("    kind: multiple\n", "    kind: multiple\n    screening: true\n", 1),
                    encoding="utf-8")
    walk = Walk(load(path, use_cache=False).questionnaire).answer("screen", ["unknown"])
    walk = walk.answer("work_item", "unknown").answer("police_item", "no")
    assert [o.question_id for o in collect(walk).open_questions] == ["work_item"]


def test_the_certainty_check_passes_over_gated_questions_as_the_engine_does(gated):
    """An alternative answer followed on: a gated question outside its context is passed over, not
    answered 'don't know' (which would invent an open question the walk would never ask)."""
    from assessment.outcome.certainty import continue_walk

    walk = Walk(gated.questionnaire).answer("screen", ["unknown"]).answer("work_item", "no")
    walk = walk.answer("police_item", "yes")
    alternative = continue_walk(walk, "screen", ("workplace",))
    engine = Walk(gated.questionnaire).answer("screen", ["workplace"]).answer("work_item", "no")
    assert alternative.answers == engine.answers and alternative.complete
    assert [p.question_id for p in alternative.passed] == ["police_item"]
