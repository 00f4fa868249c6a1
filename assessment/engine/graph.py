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
            asked_at_least = 0 if questionnaire.question(qid).may_pass_over else 1
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
    """Questions still to ask from `question_id` (inclusive) on the route the answers so far lead
    along when nothing more fires: a rule, gate or settlement those answers decide is followed as
    decided; a rule not yet decided is taken not to fire (its default is the usual route), and an
    item whose gate is not yet decided is taken as out of context (a system works in few contexts).

    This is what "question 12 of about 24" counts. It grows as answers open items (a screening
    answer, a "don't know", an Annex III area chosen) and shrinks as they rule items out.
    benchmarks/bench_walk_length.py prints how far it is off on the golden scenarios; the longest
    route still open, which it replaced, said "about 99" at the first question.
    """
    count, seen = 0, set()
    qid = question_id
    while qid != END and qid in questionnaire.by_id and qid not in seen:
        seen.add(qid)  # a cycle (only in an unvalidated file) ends the count instead of hanging
        question = questionnaire.question(qid)
        gate, settled = question.gate, question.settled
        passed = ((gate is not None and _decided(gate.when, values) is not True)
                  or (settled is not None and _decided(settled.when, values) is True))
        count += 0 if passed else 1
        qid = next((rule.goto for rule in question.next
                    if rule.when is None or _decided(rule.when, values) is True), END)
    return count
