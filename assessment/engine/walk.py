"""A walk through one questionnaire: the ordered answers and what follows from them.

A `Walk` is immutable: answering, going back or editing returns a new walk. The TUI, the plain
mode and `assessment run` all drive this same object, so they can never disagree.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from assessment.engine.graph import likely_remaining, remaining_range
from assessment.i18n import Text
from assessment.limits import MAX_NOTE, MAX_TEXT, too_long
from assessment.questionnaire.conditions import AnswerValue
from assessment.questionnaire.model import END, Kind, Question, Questionnaire



class AnswerError(ValueError):
    """An answer that does not fit its question (unknown option, wrong kind, empty text)."""


@dataclass(frozen=True)
class Answer:
    """One confirmed answer, with the officer's note and follow-up flag."""

    question_id: str
    value: AnswerValue
    note: str = ""
    flagged: bool = False
    answered_at: str = ""
    """ISO 8601 time the answer was confirmed; set by whoever records it (not the engine)."""
    source: str = ""
    """Where the answer came from: '' asked here; 'intake' taken from the intake (see
    `assessment.engine.prefill`); 'override' kept by the officer although the intake says otherwise."""


@dataclass(frozen=True)
class Passed:
    """A question the walk passed over: its gate did not hold, so the context implies its answer
    (`value`), or an earlier answer settled it, so nothing is implied (`value` is None)."""

    question_id: str
    value: AnswerValue | None
    because: Text
    reads: tuple[str, ...] = ()
    """The questions whose answers decided that it is passed over."""


class Progress(NamedTuple):
    answered: int
    remaining_min: int
    remaining_max: int
    remaining_likely: int = 0
    """Questions still to ask (incl. the current) on the route the answers so far lead along when
    nothing more fires (`assessment.engine.graph.likely_remaining`)."""

    @property
    def likely_total(self) -> int:
        """'Question n of about N': the answers so far plus the likely remaining route."""
        return self.answered + self.remaining_likely

    @property
    def estimate(self) -> float:
        """Share done, 0..1, counting the likely route (the longest when none is known)."""
        total = self.answered + (self.remaining_likely or self.remaining_max)
        return 1.0 if total == 0 else self.answered / total


def check_answer(question: Question, value: object) -> AnswerValue:
    """The answer normalised for `question`, or AnswerError saying why it does not fit."""
    if question.kind == Kind.MULTIPLE:
        if isinstance(value, str):
            value = (value,)
        if not isinstance(value, (list, tuple)) or not value:
            raise AnswerError(f"{question.id}: choose at least one option")
        chosen = tuple(dict.fromkeys(str(v) for v in value))
        for option_id in chosen:
            if question.option(option_id) is None:
                allowed = ", ".join(o.id for o in question.options)
                raise AnswerError(f"{question.id}: no option {option_id!r} (choose from {allowed})")
        exclusive = [o for o in chosen if question.option(o).exclusive]  # type: ignore[union-attr]
        if exclusive and len(chosen) > 1:
            raise AnswerError(f"{question.id}: {exclusive[0]!r} cannot be combined with other options")
        order = [o.id for o in question.options]
        return tuple(sorted(chosen, key=order.index))
    if isinstance(value, (list, tuple)):
        raise AnswerError(f"{question.id}: give one answer, not a list")
    if not isinstance(value, str):
        raise AnswerError(f"{question.id}: expected text, got {type(value).__name__}")
    if question.kind in (Kind.SINGLE, Kind.YES_NO):
        if question.option(value) is None:
            allowed = ", ".join(o.id for o in question.options)
            raise AnswerError(f"{question.id}: no option {value!r} (choose from {allowed})")
        return value
    if question.kind == Kind.DATE:
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            raise AnswerError(f"{question.id}: {value!r} is not a date (YYYY-MM-DD)") from None
    if not value.strip() and not question.optional:
        raise AnswerError(f"{question.id}: an answer is required")
    if problem := too_long(value, MAX_TEXT):
        raise AnswerError(f"{question.id}: text {problem}")
    return value


def check_note(question_id: str, note: str) -> None:
    """AnswerError when a note is over its limit (the same in every face and in import)."""
    if problem := too_long(note, MAX_NOTE):
        raise AnswerError(f"{question_id}: note {problem}")


@dataclass(frozen=True)
class Walk:
    """The answers given so far, in path order, over one questionnaire."""

    questionnaire: Questionnaire
    answers: tuple[Answer, ...] = ()
    _index: dict[str, Answer] = field(init=False, repr=False, compare=False)
    _values: dict[str, AnswerValue] = field(init=False, repr=False, compare=False)
    _passed: tuple[Passed, ...] = field(init=False, repr=False, compare=False)
    _current: str = field(init=False, repr=False, compare=False)
    _trail: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {a.question_id: a for a in self.answers})
        values: dict[str, AnswerValue] = {}
        passed: list[Passed] = []
        trail: list[str] = []
        trail_answers = 0
        target = self._pass_over(self.questionnaire.first, values, passed)
        for answer in self.answers:
            trail += [p.question_id for p in passed[len(trail) - trail_answers:]]
            trail_answers += 1
            values[answer.question_id] = answer.value
            trail.append(answer.question_id)
            target = self._pass_over(self.target_after(answer.question_id, values), values, passed)
        object.__setattr__(self, "_values", values)
        object.__setattr__(self, "_passed", tuple(passed))
        object.__setattr__(self, "_current", target)
        object.__setattr__(self, "_trail", tuple(trail))

    def _pass_over(self, qid: str, values: dict[str, AnswerValue], passed: list[Passed]) -> str:
        """From `qid` on, pass over the questions whose gate does not hold (recording the answer
        their context implies) or that an earlier answer settled; the first question to ask, or END."""
        while qid != END:
            over = None if qid in values else self.questionnaire.question(qid).passed_over(values)
            if over is None:
                return qid
            if over.implied is not None:  # a settled question implies nothing
                values[qid] = over.implied
            passed.append(Passed(qid, over.implied, over.because, over.reads))
            qid = self.target_after(qid, values)
        return END

    # reading the state -------------------------------------------------------------------------

    @property
    def values(self) -> dict[str, AnswerValue]:
        """The answers given and the answers implied for questions passed over."""
        return dict(self._values)

    @property
    def passed(self) -> tuple[Passed, ...]:
        """Questions not asked because their context ruled them out or an earlier answer settled
        them, in path order."""
        return self._passed

    def trail(self) -> list[Answer | Passed]:
        """Answers and passed-over questions in path order (passed ones after the last answer
        included)."""
        passed = {p.question_id: p for p in self._passed}
        items: list[Answer | Passed] = []
        for qid in self._trail:
            items.append(self._index[qid] if qid in self._index else passed[qid])
        on_trail = set(self._trail)
        items += [p for p in self._passed if p.question_id not in on_trail]
        return items

    def answer_to(self, question_id: str) -> Answer | None:
        return self._index.get(question_id)

    def path(self) -> list[str]:
        """Question ids on the path: the answered ones in order, then the current one if any."""
        ids = [a.question_id for a in self.answers]
        current = self.current()
        return ids + ([current.id] if current else [])

    def target_after(self, question_id: str, values: dict[str, AnswerValue] | None = None) -> str:
        """Where the answers lead after `question_id`: the first rule that holds."""
        values = self._values if values is None else values
        for rule in self.questionnaire.question(question_id).next:
            if rule.when is None or rule.when.holds(values):
                return rule.goto
        return END  # unreachable for validated files: the last rule is an unconditional default

    def current(self) -> Question | None:
        """The next question to ask on the path, or None when the path has ended."""
        return None if self._current == END else self.questionnaire.question(self._current)

    @property
    def complete(self) -> bool:
        return self.current() is None

    def progress(self) -> Progress:
        current = self.current()
        if current is None:
            return Progress(len(self.answers), 0, 0)
        low, high = remaining_range(self.questionnaire, current.id)
        likely = likely_remaining(self.questionnaire, current.id, self._values)
        return Progress(len(self.answers), low, high, likely)

    # changing the state ------------------------------------------------------------------------

    def answer(self, question_id: str, value: object, *, note: str = "", flagged: bool = False,
               answered_at: str = "", source: str = "") -> "Walk":
        """Answer the current question; AnswerError if it is not current or the value is wrong."""
        current = self.current()
        if current is None:
            raise AnswerError(f"{question_id}: the questionnaire is already complete")
        if current.id != question_id:
            raise AnswerError(f"{question_id}: not the current question (that is {current.id})")
        checked = check_answer(current, value)
        check_note(question_id, note)
        return replace(self, answers=self.answers + (
            Answer(question_id, checked, note, flagged, answered_at, source),))

    def back(self) -> "Walk":
        """Withdraw the last answer (the question becomes current again)."""
        return replace(self, answers=self.answers[:-1])

    def annotate(self, question_id: str, *, note: str | None = None,
                 flagged: bool | None = None) -> "Walk":
        """Change the note or flag of an answered question without touching its value."""
        old = self._require(question_id)
        check_note(question_id, note or "")
        new = replace(old, note=old.note if note is None else note,
                      flagged=old.flagged if flagged is None else flagged)
        return replace(self, answers=tuple(new if a is old else a for a in self.answers))

    def edit(self, question_id: str, value: object, *, answered_at: str = "",
             source: str = "") -> tuple["Walk", list[str]]:
        """Change an earlier answer; answers that leave the path are dropped and returned by id."""
        old = self._require(question_id)
        checked = check_answer(self.questionnaire.question(question_id), value)
        changed = [replace(old, value=checked, answered_at=answered_at or old.answered_at, source=source)
                   if a is old else a for a in self.answers]
        kept = self._rewalk(changed)
        kept_ids = {k.question_id for k in kept}
        dropped = [a.question_id for a in self.answers if a.question_id not in kept_ids]
        return replace(self, answers=tuple(kept)), dropped

    @classmethod
    def replay(cls, questionnaire: Questionnaire, answers: Iterable[Answer]) -> tuple["Walk", list[Answer]]:
        """Rebuild a walk from stored answers in any order; returns it and the answers off its path."""
        given = list(answers)  # may be an iterator: it is read twice
        walk = cls(questionnaire)
        kept = walk._rewalk(given)
        kept_ids = {k.question_id for k in kept}
        last = {a.question_id: i for i, a in enumerate(given)}  # a repeated question: the last wins
        off_path = [a for i, a in enumerate(given) if a.question_id not in kept_ids or last[a.question_id] != i]
        return replace(walk, answers=tuple(kept)), off_path

    def _rewalk(self, answers: list[Answer]) -> list[Answer]:
        """Follow the path from the start using `answers`; keep those met, in path order, normalised."""
        by_id = {a.question_id: a for a in answers}
        kept: list[Answer] = []
        values: dict[str, AnswerValue] = {}
        qid = self._pass_over(self.questionnaire.first, values, [])
        while qid != END and qid in by_id and qid not in values:
            answer = by_id[qid]
            try:
                checked = check_answer(self.questionnaire.question(qid), answer.value)
            except (AnswerError, KeyError):
                break  # no longer fits (e.g. the option was renamed): it is off the path from here
            if checked != answer.value:  # stored as JSON: a list instead of a tuple, say
                answer = replace(answer, value=checked)
            kept.append(answer)
            values[qid] = checked
            qid = self._pass_over(self.target_after(qid, values), values, [])
        return kept

    def _require(self, question_id: str) -> Answer:
        found = self._index.get(question_id)
        if found is None:
            raise AnswerError(f"{question_id}: not answered on this path")
        return found
