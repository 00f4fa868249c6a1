"""Static checks of a loaded questionnaire: ids, targets, graph shape, conditions, references.

Every problem carries the line it stands on. The graph checks assume nothing about answers: a
question is reachable if some rule leads to it, whatever the condition.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from assessment.legal.refs import is_canonical, suggest
from assessment.questionnaire.conditions import (
    AllOf, Answered, AnswerIn, AnswerIs, AnyOf, ContainsAll, ContainsAny, Not,
)
from assessment.questionnaire.loader import Loaded
from assessment.questionnaire.model import END, Kind, Questionnaire


@dataclass(frozen=True)
class Summary:
    sections: int
    questions: int
    options: int
    paths: int
    """Distinct routes from the start to the end, counting every rule as possibly firing."""
    shortest: int = 0
    longest: int = 0
    """Questions on the shortest and the longest of those routes."""


class _Checker:
    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.q: Questionnaire = loaded.questionnaire
        self.problems: list[tuple[int, str]] = []
        self.index: dict[str, int] = {}  # a duplicated id means its first occurrence
        for i, question in enumerate(self.q.questions):
            self.index.setdefault(question.id, i)
        self.first = {qid: self.q.questions[i] for qid, i in self.index.items()}

    def add(self, path: tuple, reason: str) -> None:
        self.problems.append((self.loaded.positions.line(path), reason))

    def qpath(self, qid: str, *rest) -> tuple:
        return ("questions", self.index.get(qid, 0), *rest)

    # ids ----------------------------------------------------------------------------------------
    def ids(self) -> None:
        groups: tuple[tuple[str, Sequence[Any]], ...] = (
            ("section", self.q.sections), ("question", self.q.questions), ("term", self.q.glossary))
        for kind, items in groups:
            key = {"section": "sections", "question": "questions", "term": "glossary"}[kind]
            seen: set[str] = set()
            for i, item in enumerate(items):
                if item.id in seen:
                    self.add((key, i, "id"), f"duplicate {kind} id {item.id!r}")
                seen.add(item.id)
        if END in self.index:
            self.add(self.qpath(END, "id"), f"{END!r} is reserved for the end of the questionnaire")
        used_sections = {q.section for q in self.q.questions}
        for i, s in enumerate(self.q.sections):
            if s.id not in used_sections:
                self.add(("sections", i, "id"), f"section {s.id!r} has no questions")
        for q in self.q.questions:
            if q.section not in self.q.sections_by_id:
                self.add(self.qpath(q.id, "section"), f"{q.id}: unknown section {q.section!r}")
            for term in q.terms:
                if term not in self.q.terms_by_id:
                    self.add(self.qpath(q.id, "terms"), f"{q.id}: unknown glossary term {term!r}")
            options_seen: set[str] = set()
            for j, o in enumerate(q.options):
                if o.id in options_seen:
                    self.add(self.qpath(q.id, "options", j, "id"), f"{q.id}: duplicate option id {o.id!r}")
                options_seen.add(o.id)
                if o.unknown and o.facts:
                    self.add(self.qpath(q.id, "options", j, "facts"),
                             f"{q.id}: option {o.id!r} means 'don't know' and cannot establish facts")
                if o.exclusive and q.kind != Kind.MULTIPLE:
                    self.add(self.qpath(q.id, "options", j, "exclusive"),
                             f"{q.id}: 'exclusive' is only for multiple-choice options")
            if q.facts and q.options:
                self.add(self.qpath(q.id, "facts"),
                         f"{q.id}: facts of a choice question belong on its options")
            if q.optional and q.kind != Kind.TEXT:
                self.add(self.qpath(q.id, "optional"), f"{q.id}: only text questions can be optional")
        if self.q.start is not None and self.q.start not in self.index:
            self.add(("start",), f"start: no question {self.q.start!r}")

    # references ---------------------------------------------------------------------------------
    def refs(self) -> None:
        def check(path: tuple, owner: str, refs: tuple[str, ...]) -> None:
            for k, ref in enumerate(refs):
                if not is_canonical(ref):
                    hint = suggest(ref)
                    self.add((*path, k), f"{owner}: reference {ref!r} is not canonical"
                             + (f" (did you mean {hint!r}?)" if hint else ""))

        for q in self.q.questions:
            check(self.qpath(q.id, "refs"), q.id, q.refs)
            for j, o in enumerate(q.options):
                check(self.qpath(q.id, "options", j, "refs"), f"{q.id}.{o.id}", o.refs)
        for i, t in enumerate(self.q.glossary):
            check(("glossary", i, "refs"), f"term {t.id}", t.refs)

    # rules and graph ----------------------------------------------------------------------------
    def rules(self) -> None:
        for q in self.q.questions:
            last = len(q.next) - 1
            for r, rule in enumerate(q.next):
                if rule.goto != END and rule.goto not in self.index:
                    self.add(self.qpath(q.id, "next", r, "goto"), f"{q.id}: goto to nothing: {rule.goto!r}")
                if rule.when is None and r != last:
                    self.add(self.qpath(q.id, "next", r + 1),
                             f"{q.id}: rule after the unconditional default is never used")
            if all(rule.when is not None for rule in q.next):
                self.add(self.qpath(q.id, "next", last),
                         f"{q.id}: next list has no unconditional default (last rule needs no 'when')")

    def graph(self) -> dict[str, tuple[str, ...]]:
        return {qid: tuple(dict.fromkeys(r.goto for r in q.next if r.goto == END or r.goto in self.index))
                for qid, q in self.first.items()}

    def shape(self, succ: dict[str, tuple[str, ...]]) -> bool:
        """Reachability, cycles, dead ends. Returns True when the graph is acyclic."""
        start = self.q.first
        seen, stack = {start}, [start]
        while stack:
            for t in succ.get(stack.pop(), ()):
                if t != END and t not in seen:
                    seen.add(t)
                    stack.append(t)
        for question in self.q.questions:
            if question.id not in seen:
                self.add(self.qpath(question.id, "id"), f"{question.id}: unreachable from the start ({start})")
        acyclic = True
        state: dict[str, int] = {}  # 1 on the stack, 2 done
        for root in self.index:
            if root in state:
                continue
            stack2 = [(root, iter(succ[root]))]
            state[root] = 1
            while stack2:
                node, children = stack2[-1]
                for child in children:
                    if child == END:
                        continue
                    if state.get(child) == 1:
                        acyclic = False
                        self.add(self.qpath(node, "next"), f"{node}: cycle back to {child}")
                    elif child not in state:
                        state[child] = 1
                        stack2.append((child, iter(succ[child])))
                        break
                else:
                    state[node] = 2
                    stack2.pop()
        reaches_end = {q for q, ts in succ.items() if END in ts}
        changed = True
        while changed:
            changed = False
            for q, ts in succ.items():
                if q not in reaches_end and any(t in reaches_end for t in ts):
                    reaches_end.add(q)
                    changed = True
        for question in self.q.questions:
            if question.id not in reaches_end:
                self.add(self.qpath(question.id, "next"), f"{question.id}: no path from here reaches the end")
        return acyclic

    def conditions(self, succ: dict[str, tuple[str, ...]], acyclic: bool) -> None:
        dominators = self.dominators(succ) if acyclic else {}
        for q in self.q.questions:
            for r, rule in enumerate(q.next):
                if rule.when is not None:
                    self.condition(q.id, self.qpath(q.id, "next", r, "when"), rule.when, dominators)
            for name, passing in (("gate", q.gate), ("settled", q.settled)):
                if passing is not None:
                    # Decided before its own question is asked: it may not read it.
                    self.condition(q.id, self.qpath(q.id, name, "when"), passing.when, dominators,
                                   own=False)

    def condition(self, qid: str, path: tuple, when, dominators: dict[str, set[str]],
                  own: bool = True) -> None:
        """Check one condition of question `qid`: what it reads exists, fits, and is answered."""
        for target, kind, options, guarded in _reads(when):
            read = self.first.get(target)
            if read is None:
                self.add(path, f"{qid}: condition reads unknown question {target!r}")
                continue
            if kind in ("contains_any", "contains_all") and read.kind != Kind.MULTIPLE:
                self.add(path, f"{qid}: '{kind}' needs a multiple-choice question, "
                               f"{target} is {read.kind}")
            elif kind in ("is", "in") and read.kind not in (Kind.SINGLE, Kind.YES_NO):
                self.add(path, f"{qid}: '{kind}' needs a single-choice or yes/no question, "
                               f"{target} is {read.kind}"
                         + (" (use contains_any)" if read.kind == Kind.MULTIPLE else ""))
            elif read.options:
                for option in options:
                    if read.option(option) is None:
                        self.add(path, f"{qid}: condition names unknown option {option!r} of {target}")
            if target == qid and not own:
                self.add(path, f"{qid}: a gate or settlement cannot read its own question")
            elif not guarded and dominators and target != qid \
                    and target not in dominators.get(qid, {target}):
                self.add(path, f"{qid}: condition reads {target}, which is not answered on "
                               f"every path to {qid} (use 'answered' to test for it)")

    def dominators(self, succ: dict[str, tuple[str, ...]]) -> dict[str, set[str]]:
        """For each question, the questions on every path from the start to it (incl. itself)."""
        order = _topological(self.q.first, succ)
        preds: dict[str, list[str]] = {q: [] for q in order}
        for q in order:
            for t in succ[q]:
                if t in preds:
                    preds[t].append(q)
        dom: dict[str, set[str]] = {}
        for q in order:
            incoming = [dom[p] for p in preds[q] if p in dom]
            dom[q] = (set.intersection(*incoming) if incoming else set()) | {q}
        return dom


_FORM: dict[type, str] = {AnswerIs: "is", AnswerIn: "in", ContainsAny: "contains_any", ContainsAll: "contains_all"}


def _reads(condition, guarded: frozenset[str] = frozenset()) -> list[tuple[str, str, tuple[str, ...], bool]]:
    """(question id, form, option ids, guarded) for every leaf of a condition, also under `not`.

    A leaf is guarded when an `all` around it also requires `answered` for the same question:
    `all: [{answered: x}, {answer: x, is: a}]` may read x even where x is not always answered.
    """
    if isinstance(condition, AllOf):
        guarded = guarded | {c.answered for c in condition.all if isinstance(c, Answered)}
        return [leaf for c in condition.all for leaf in _reads(c, guarded)]
    if isinstance(condition, AnyOf):
        return [leaf for c in condition.any for leaf in _reads(c, guarded)]
    if isinstance(condition, Not):
        return _reads(condition.not_, guarded)
    if isinstance(condition, Answered):
        return [(condition.answered, "answered", (), True)]
    (target, options), = condition.reads()
    return [(target, _FORM[type(condition)], options, target in guarded)]


def _topological(start: str, succ: dict[str, tuple[str, ...]]) -> list[str]:
    order: list[str] = []
    seen: set[str] = set()
    stack = [(start, False)]
    while stack:
        node, done = stack.pop()
        if done:
            order.append(node)
            continue
        if node in seen or node not in succ:
            continue
        seen.add(node)
        stack.append((node, True))
        stack.extend((t, False) for t in succ[node] if t != END and t not in seen)
    return order[::-1]


def count_paths(start: str, succ: dict[str, tuple[str, ...]],
                gated: frozenset[str] = frozenset()) -> int:
    """Distinct question routes from the start to the end, by dynamic programming (no enumeration).

    A gated or settled question may be asked or passed over, so each route through it counts twice.
    """
    paths: dict[str, int] = {END: 1}
    for node in reversed(_topological(start, succ)):
        paths[node] = sum(paths.get(t, 0) for t in succ[node]) * (2 if node in gated else 1)
    return paths.get(start, 0)


def route_lengths(start: str, succ: dict[str, tuple[str, ...]],
                  gated: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Questions asked on the shortest and the longest route from the start to the end (0, 0 if
    none); a gated question counts as passed over on the shortest."""
    spans: dict[str, tuple[int, int]] = {END: (0, 0)}
    for node in reversed(_topological(start, succ)):
        ends = [spans[t] for t in succ[node] if t in spans]
        if ends:
            low = 0 if node in gated else 1
            spans[node] = (low + min(e[0] for e in ends), 1 + max(e[1] for e in ends))
    return spans.get(start, (0, 0))


def validate(loaded: Loaded) -> tuple[list[str], Summary]:
    """Problems as 'file:line: reason' (sorted by line), and the counts."""
    checker = _Checker(loaded)
    checker.ids()
    checker.refs()
    checker.rules()
    succ = checker.graph()
    acyclic = checker.shape(succ)
    checker.conditions(succ, acyclic)
    q = loaded.questionnaire
    gated = frozenset(x.id for x in q.questions if x.may_pass_over)
    summary = Summary(
        sections=len(q.sections),
        questions=len(q.questions),
        options=sum(len(x.options) for x in q.questions),
        paths=count_paths(q.first, succ, gated) if acyclic else 0,
    )
    if acyclic:
        shortest, longest = route_lengths(q.first, succ, gated)
        summary = replace(summary, shortest=shortest, longest=longest)
    problems = [f"{loaded.path}:{line}: {reason}" for line, reason in sorted(set(checker.problems))]
    return problems, summary
