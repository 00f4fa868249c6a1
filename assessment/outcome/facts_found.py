"""The facts a walk establishes, each with the answer that set it, and the answers left unknown.

This is the only place that looks at options and questions; everything after it reads facts. An
'unknown' answer sets no fact: it becomes an open question, and the facts its other options could
have set are remembered as undecided, so rules can treat them as doubt instead of as 'no'.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from assessment.engine.walk import Answer, Passed, Walk
from assessment.i18n import Text
from assessment.legal.facts import Fact
from assessment.outcome.models import OpenQuestion, TraceItem
from assessment.questionnaire.model import Kind, Question, Questionnaire


@dataclass(frozen=True)
class Found:
    """One fact value and the answer behind it."""

    fact: Fact
    value: Any
    trace: TraceItem
    answer_text: str = ""
    """The free text answered, for facts set by a text question (e.g. an exception's motivation)."""


@dataclass(frozen=True)
class FactSet:
    found: tuple[Found, ...] = ()
    open_questions: tuple[OpenQuestion, ...] = ()
    undecided: frozenset[Fact] = field(default_factory=frozenset)
    """Facts that an 'unknown' answer left open."""
    possible: tuple[Found, ...] = ()
    """The fact values the other options of an 'unknown' answer could have set, with that answer."""

    def __iter__(self) -> Iterator[Found]:
        return iter(self.found)

    def of(self, fact: Fact) -> list[Found]:
        return [f for f in self.found if f.fact == fact]

    def values(self, fact: Fact) -> list[Any]:
        """Distinct values of `fact`, in the order they were set."""
        return list(dict.fromkeys(f.value for f in self.of(fact)))

    def has(self, fact: Fact, value: Any = True) -> bool:
        return any(f.value == value for f in self.of(fact))

    def flag(self, fact: Fact) -> bool | None:
        """A yes/no fact: True if any answer set it true, False if set only false, else None."""
        values = self.values(fact)
        if True in values:
            return True
        return False if False in values else None

    def is_undecided(self, fact: Fact) -> bool:
        return fact in self.undecided and not self.of(fact)

    def could_be(self, fact: Fact) -> list[Found]:
        """Values of `fact` that an 'unknown' answer left possible (e.g. the Annex III sub-points of an
        area whose use was not known), each with the unknown answer's trace."""
        return [f for f in self.possible if f.fact == fact]

    def trace(self, fact: Fact, value: Any = None) -> list[TraceItem]:
        """The answers that set `fact` (to `value`, when given)."""
        items = [f.trace for f in self.of(fact) if value is None or f.value == value]
        return _unique(items)


def _unique(items: list[TraceItem]) -> list[TraceItem]:
    seen: dict[tuple, TraceItem] = {}
    for item in items:
        key = (item.question_id, str(item.answer))
        seen.setdefault(key, item)
    return list(seen.values())


def merge_traces(*groups: list[TraceItem]) -> list[TraceItem]:
    return _unique([item for group in groups for item in group])


def _chosen(question: Question, answer: Answer) -> list[str]:
    if question.kind == Kind.MULTIPLE:
        return list(answer.value) if isinstance(answer.value, tuple) else [str(answer.value)]
    if question.kind in (Kind.SINGLE, Kind.YES_NO):
        return [str(answer.value)]
    return []


def _facts_of(question: Question, answer: Answer,
              trace: TraceItem) -> tuple[list[Found], bool, set[Fact], list[Found]]:
    """Facts one answer sets, whether it was 'unknown', the facts that unknown leaves open and the
    values its other options would have set."""
    chosen = _chosen(question, answer)
    options = [question.option(o) for o in chosen]
    unknown = any(o is not None and o.unknown for o in options)
    found: list[Found] = []
    for option in options:
        if option is None:
            continue
        found += [Found(Fact(name), value, trace) for name, value in option.facts.items()]
    text = answer.value if question.kind in (Kind.TEXT, Kind.DATE) and isinstance(answer.value, str) else ""
    empty_text = question.kind in (Kind.TEXT, Kind.DATE) and not text.strip()
    if not unknown and not empty_text:
        found += [Found(Fact(name), value, trace, text) for name, value in question.facts.items()]
    left_open: set[Fact] = set()
    possible: list[Found] = []
    if unknown:
        for option in question.options:
            left_open |= {Fact(name) for name in option.facts}
            possible += [Found(Fact(name), value, trace) for name, value in option.facts.items()]
        left_open |= {Fact(name) for name in question.facts}
    return found, unknown, left_open, possible


_READ: dict[tuple, tuple] = {}
"""What one answer to one question establishes, kept: the certainty check reads the same answers in
many alternative walks. Keyed by the questionnaire object, so a reloaded questionnaire is read anew."""


def _read(q: Questionnaire, answer: Answer, because: Text | None = None) -> tuple:
    """`because` is set for a question passed over: why its context implied the answer."""
    key = (id(q), answer.question_id, answer.value, because is not None)
    if key not in _READ:
        if len(_READ) > 5000:
            _READ.clear()
        question = q.question(answer.question_id)
        value = list(answer.value) if isinstance(answer.value, tuple) else answer.value
        trace = TraceItem(question_id=question.id, answer=value, text=question.text, not_asked=because)
        _READ[key] = (question, q, *_facts_of(question, answer, trace))
    return _READ[key]


def collect(walk: Walk) -> FactSet:
    """Every fact on the walk's path with its trace; 'unknown' answers become open questions."""
    q = walk.questionnaire
    found: list[Found] = []
    open_questions: list[OpenQuestion] = []
    undecided: set[Fact] = set()
    possible: list[Found] = []
    for item in walk.trail():
        if isinstance(item, Passed):
            if item.value is None:  # settled: it sets no fact and leaves nothing open
                continue
            answer, because = Answer(item.question_id, item.value), item.because
        else:
            answer, because = item, None
        question, _, facts, unknown, left_open, could = _read(q, answer, because)
        found += facts
        undecided |= left_open
        possible += could
        if unknown and not question.screening:  # a screening 'don't know' only opens the items
            open_questions.append(OpenQuestion(question_id=question.id, section=question.section,
                                               text=question.text, refs=list(question.refs)))
    return FactSet(tuple(found), tuple(open_questions), frozenset(undecided), tuple(possible))
