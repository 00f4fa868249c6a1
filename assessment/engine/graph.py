"""The questionnaire as a graph: successors of each question, and route lengths to the end."""

from collections.abc import Mapping

from assessment.questionnaire.conditions import AnswerValue, Condition
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
            asked_at_least = 0 if questionnaire.question(qid).gate is not None else 1
            ranges[qid] = (asked_at_least + min(s[0] for s in spans), 1 + max(s[1] for s in spans))
            on_stack.discard(qid)
            stack.pop()
    return ranges


def _decided(condition: Condition, values: Mapping[str, AnswerValue]) -> bool | None:
    """The condition's value when every question it reads is answered, else None (not known yet)."""
    if all(qid in values for qid, _ in condition.reads()):
        return condition.holds(values)
    return None


def likely_remaining(questionnaire: Questionnaire, question_id: str,
                     values: Mapping[str, AnswerValue]) -> int:
    """Questions still to ask from `question_id` (inclusive) on the longest route that the answers
    so far leave open: rules and gates that those answers already decide are followed as decided.

    This is what "question 12 of about 24" counts: it shrinks as screening answers rule items out,
    and it never counts a question the answers given have already excluded.
    """
    memo: dict[str, int] = {END: 0}
    stack = [question_id]
    seen: set[str] = set()
    while stack:  # depth-first post-order without recursion; the validated graph is acyclic
        qid = stack[-1]
        if qid in memo:
            stack.pop()
            continue
        targets = _open_targets(questionnaire, qid, values)
        pending = [t for t in targets if t not in memo and t not in seen]
        if pending:
            seen.update(pending)
            stack.extend(pending)
            continue
        question = questionnaire.question(qid)
        gate = question.gate
        asked = 0 if gate is not None and _decided(gate.when, values) is False else 1
        memo[qid] = asked + max((memo.get(t, 0) for t in targets), default=0)
        stack.pop()
    return memo.get(question_id, 0)


def _open_targets(questionnaire: Questionnaire, qid: str,
                  values: Mapping[str, AnswerValue]) -> list[str]:
    """Targets of `qid` still possible: rules up to the first that surely holds, minus those that
    surely do not."""
    targets: list[str] = []
    for rule in questionnaire.question(qid).next:
        decided = True if rule.when is None else _decided(rule.when, values)
        if decided is False:
            continue
        if rule.goto == END or rule.goto in questionnaire.by_id:
            targets.append(rule.goto)
        if decided:
            break
    return list(dict.fromkeys(targets))
