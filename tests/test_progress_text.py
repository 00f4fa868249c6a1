"""The progress line counts the route the answers so far lead along: items count once opened."""

from assessment.engine.walk import Walk
from assessment.faces.present import progress_text
from assessment.questionnaire.shipped import load_default

QUESTIONNAIRE = load_default().questionnaire


def _total(text: str) -> int:
    return int(text.rsplit(" ", 1)[1])


def _after(*answers) -> Walk:
    walk = Walk(QUESTIONNAIRE)
    for qid, value in answers:
        walk = walk.answer(qid, value)
    return walk


SCOPE = (("is_algorithm", "yes"), ("ai_definition", "yes"), ("system_type", "ai_system"))


def test_the_first_question_promises_a_usual_walk_not_the_longest():
    total = _total(progress_text(Walk(QUESTIONNAIRE), "nl"))
    assert 15 <= total <= 30  # in-scope golden scenarios take 15 to 40; the longest route is 99


def test_the_total_grows_as_the_context_opens_items_and_more_for_dont_know():
    walk = _after(*SCOPE)
    before = _total(progress_text(walk, "nl"))
    none = _total(progress_text(walk.answer("ctx_special", ["none"]), "nl"))
    some = _total(progress_text(walk.answer("ctx_special", ["defence", "research"]), "nl"))
    unknown = _total(progress_text(walk.answer("ctx_special", ["unknown"]), "nl"))
    assert none == before < some < unknown


def test_an_earlier_question_keeps_its_number_and_the_total_never_falls_below_it():
    walk = _after(*SCOPE)
    assert progress_text(walk, "en", earlier="ai_definition").startswith("Question 2 of ")
    assert _total(progress_text(walk, "en", earlier="system_type")) >= 3


def test_questions_the_intake_answered_are_not_counted():
    from assessment.engine.prefill import fill

    walk = fill(_after(*SCOPE).answer("ctx_special", ["none"]), {"excl_pre_market": "in_use"})
    assert walk.answer_to("excl_pre_market").source == "intake"
    shown = progress_text(walk, "nl")
    assert shown.startswith("Vraag 5 van ongeveer ")  # not 6: question 5 was never asked
    asked_too = _after(*SCOPE, ("ctx_special", ["none"]), ("excl_pre_market", "in_use"))
    assert _total(progress_text(asked_too, "nl")) == _total(shown) + 1
