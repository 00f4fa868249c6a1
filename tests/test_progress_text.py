"""The progress line counts the route the answers so far leave open: screening answers shorten it."""

from assessment.engine.walk import Walk
from assessment.faces.present import progress_text
from assessment.questionnaire.shipped import load_default

QUESTIONNAIRE = load_default().questionnaire


def _total(text: str) -> int:
    return int(text.rsplit(" ", 1)[1])


def test_the_total_shrinks_when_the_context_rules_items_out():
    walk = Walk(QUESTIONNAIRE)
    for qid, value in (("is_algorithm", "yes"), ("ai_definition", "yes"), ("system_type", "ai_system")):
        walk = walk.answer(qid, value)
    before = progress_text(walk, "nl")
    assert before.startswith("Vraag 4 van ongeveer ")
    walk = walk.answer("ctx_special", ["none"])
    after = progress_text(walk, "nl")
    assert after.startswith("Vraag 5 van ongeveer ") and _total(after) <= _total(before) - 4


def test_the_total_never_falls_below_the_question_shown():
    walk = Walk(QUESTIONNAIRE).answer("is_algorithm", "yes")
    assert _total(progress_text(walk, "en", number=60)) >= 60
