"""The typed blocks of one presented outcome. Every string is reader's text in one language, plain
(never markup): the faces only lay blocks out and escape them for their medium.

A new kind of information in the outcome is a new block type here, presented once in `present`,
and laid out by each renderer (the face-completeness test names the renderer that forgets it)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    """A heading: the blocks after it belong to it."""

    title: str


@dataclass(frozen=True)
class Warning:
    """What a reader must not miss: unfinished, provisional, a doubt that is still open."""

    text: str


@dataclass(frozen=True)
class Conclusion:
    """One conclusion with its reason, the articles it rests on and the answers behind it."""

    label: str
    value: str
    reason: str = ""
    refs: tuple[str, ...] = ()
    """In the reader's citation form."""
    answers: tuple[str, ...] = ()
    """'question → answer' for each answer that led to it."""


@dataclass(frozen=True)
class Fact:
    """A plain label and value (the profile in government vocabulary, the next question)."""

    label: str
    value: str


@dataclass(frozen=True)
class Step:
    """One next step: what, how binding, who, by when and why that date, why at all."""

    title: str
    status: str
    owner: str
    deadline: str
    why: str
    deadline_reason: str = ""
    marks: tuple[str, ...] = ()
    """Remarks on the date: passed, not yet in force, rests on a source to verify."""
    refs: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    """Step-specific particulars (Algoritmeregister category, route)."""
    timing: str = ""
    """What kind of moment the deadline is (before first use, in force now, a calendar date, policy)."""
    decided_by: str = ""
    """The date of the system's life that decides the deadline but is not known yet."""
    checks: tuple[str, ...] = ()
    """Questions left open that change only this step: to verify."""


@dataclass(frozen=True)
class LegalDate:
    """A date of the law still ahead on the as-of date."""

    date: str
    covers: str
    source: str
    verify: str = ""
    """Why this date is still to be checked, or empty."""


@dataclass(frozen=True)
class OpenQuestion:
    """A question answered 'don't know', for an expert: its text and what its answer could change."""

    text: str
    refs: tuple[str, ...] = ()
    affects: tuple[str, ...] = ()
    """The conclusions another answer would change."""
    alternatives: tuple[str, ...] = ()
    """"If 'answer': what would follow" for each answer that changes a conclusion."""


@dataclass(frozen=True)
class NotAsked:
    """A question the walk passed over: out of context, or settled by an earlier answer."""

    question: str
    implied: str
    """The answer its context implies in words; empty when it was settled (nothing implied)."""
    because: str
    answers: tuple[str, ...] = ()
    """The answers that ruled it out or settled it."""


@dataclass(frozen=True)
class Signal:
    """What the answers of an unfinished walk already point to (not a conclusion)."""

    text: str
    answers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Remark:
    """An answer flagged for follow-up or carrying a note."""

    question: str
    answer: str
    note: str = ""
    flagged: bool = False
    flag: str = ""
    """The word for 'flagged for follow-up' when flagged."""


@dataclass(frozen=True)
class Line:
    """A plain sentence, e.g. 'none'."""

    text: str


Block = Section | Warning | Conclusion | Fact | Step | LegalDate | OpenQuestion | NotAsked | Signal | Remark | Line
