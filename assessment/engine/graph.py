"""The questionnaire as a graph: successors of each question, and distances to the end."""

from functools import cache

from assessment.questionnaire.model import END, Questionnaire


def successors(questionnaire: Questionnaire, question_id: str) -> tuple[str, ...]:
    """Every target a question's `next` rules can lead to, in order, without repeats."""
    rules = questionnaire.question(question_id).next
    return tuple(dict.fromkeys(rule.goto for rule in rules))


def remaining_range(questionnaire: Questionnaire, question_id: str) -> tuple[int, int]:
    """Fewest and most questions from `question_id` (inclusive) to the end.

    Assumes the graph is acyclic (the validator guarantees it for loaded questionnaires);
    a cycle would only make the figure an underestimate, never loop, because of the guard.
    """

    @cache
    def span(qid: str, depth: int) -> tuple[int, int]:
        if qid == END or qid not in questionnaire.by_id or depth > len(questionnaire.questions):
            return (0, 0)
        spans = [span(t, depth + 1) for t in successors(questionnaire, qid)]
        return (1 + min(s[0] for s in spans), 1 + max(s[1] for s in spans))

    return span(question_id, 0)
