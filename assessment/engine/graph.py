"""The questionnaire as a graph: successors of each question, and route lengths to the end."""

from assessment.questionnaire.model import END, Questionnaire


def successors(questionnaire: Questionnaire, question_id: str) -> tuple[str, ...]:
    """Every target a question's `next` rules can lead to, in order, without repeats."""
    rules = questionnaire.question(question_id).next
    return tuple(dict.fromkeys(rule.goto for rule in rules))


def remaining_range(questionnaire: Questionnaire, question_id: str) -> tuple[int, int]:
    """Fewest and most questions from `question_id` (inclusive) to the end, over all routes.

    Conditions are ignored (any rule may fire), so this is a range, not a promise. Computed once
    per questionnaire. The validator guarantees an acyclic graph; for an unvalidated file a cycle
    is cut where it closes, so the figure is an underestimate rather than a hang.
    """
    ranges = questionnaire.derived.get("remaining_range")
    if ranges is None:
        ranges = questionnaire.derived["remaining_range"] = _all_ranges(questionnaire)
    return ranges.get(question_id, (0, 0))


def _all_ranges(questionnaire: Questionnaire) -> dict[str, tuple[int, int]]:
    ranges: dict[str, tuple[int, int]] = {END: (0, 0)}
    on_stack: set[str] = set()
    for root in questionnaire.by_id:
        if root in ranges:
            continue
        # Iterative depth-first search: a long chain of questions must not hit the recursion limit.
        stack = [root]
        while stack:
            qid = stack[-1]
            if qid in ranges:
                stack.pop()
                continue
            on_stack.add(qid)
            targets = [t for t in successors(questionnaire, qid) if t == END or t in questionnaire.by_id]
            pending = [t for t in targets if t not in ranges and t not in on_stack]
            if pending:
                stack.extend(pending)
                continue
            spans = [ranges.get(t, (0, 0)) for t in targets] or [(0, 0)]
            ranges[qid] = (1 + min(s[0] for s in spans), 1 + max(s[1] for s in spans))
            on_stack.discard(qid)
            stack.pop()
    return ranges
