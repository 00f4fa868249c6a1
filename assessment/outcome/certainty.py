"""What each 'don't know' answer could still change: certainty computed, not guessed.

For every open question on the path, each other answer to it is tried once, and the walk is followed
on from there as the questionnaire would go:

- answers already given are kept wherever the new path meets their question again;
- a question the new path asks that was never answered is taken as 'don't know' (a question without
  that option: the option that establishes nothing, else its first option; a text or date question
  as left empty, so a claimed exception counts as not motivated). This is the conservative reading
  the classifier applies to any unknown, so an alternative never looks more settled than it is;
- the finished alternative walk is classified and its conclusions are compared with the real ones.

An open question `affects` the conclusions that differ under some alternative answer; the result is
provisional exactly when some open question affects a conclusion. A question that changes no
conclusion but changes a step (its variant, status or detail, e.g. 'is a DPIA done') becomes a check
on that step. Multiple-choice questions are tried one option at a time (added to the options already
chosen), not in every combination, which bounds the work to one evaluation per option.
Results are cached per walk and intake, so the faces can ask again at no cost.
"""

from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar, cast
from dataclasses import dataclass

from assessment import vocabulary
from assessment.engine.walk import Answer, Walk
from assessment.i18n import Text
from assessment.intake import Intake
from assessment.outcome.classify import DOUBTS, classify
from assessment.outcome.facts_found import FactSet, collect
from assessment.outcome.models import Alternative, Classification, ConclusionValue, OpenQuestion
from assessment.questionnaire.conditions import AnswerValue
from assessment.questionnaire.model import END, Kind, Question

CONCLUSIONS = ("applicability", "system_type", "roles", "risk_class", "high_risk_basis", "derogation",
               "prohibited_practices", "transparency_duties", "systemic_risk")


def conclusions(c: Classification) -> dict[str, ConclusionValue]:
    """The conclusions an unknown answer may or may not change, in comparable form."""
    return {
        "applicability": c.applicability,
        "system_type": c.system_type.value if c.system_type else None,
        "roles": sorted(r.value for r in c.roles),
        "risk_class": c.risk_class,
        "high_risk_basis": sorted(c.high_risk_basis),
        "derogation": c.derogation,
        "prohibited_practices": sorted(p.ref for p in c.prohibited_practices if not p.cleared),
        "transparency_duties": sorted(c.transparency_duties),
        "systemic_risk": c.systemic_risk,
    }


@dataclass(frozen=True)
class Tried:
    """One alternative answer to an open question and where it leads."""

    question_id: str
    value: AnswerValue
    label: Text
    walk: Walk
    facts: FactSet
    classification: Classification


def _as_unknown(question: Question) -> AnswerValue:
    """The answer a question newly on an alternative path is taken to have (see the module docstring)."""
    if question.kind in (Kind.TEXT, Kind.DATE):
        return ""
    unknown = next((o for o in question.options if o.unknown), None)
    chosen = unknown or next((o for o in question.options if not o.facts), question.options[0])
    return (chosen.id,) if question.kind == Kind.MULTIPLE else chosen.id


def continue_walk(walk: Walk, question_id: str, value: AnswerValue) -> Walk:
    """The walk with `question_id` answered `value`, followed to its end as the module docstring says."""
    q = walk.questionnaire
    given = {a.question_id: a.value for a in walk.answers}  # answers given, not those a gate implied
    given[question_id] = value
    answers: list[Answer] = []
    values: dict[str, AnswerValue] = {}
    qid = q.first
    while qid != END and qid not in values:
        question = q.question(qid)
        over = question.passed_over(values)
        if over is not None:  # passed over, as the engine does
            if over.implied is not None:
                values[qid] = over.implied
            qid = walk.target_after(qid, values)
            continue
        answer = given.get(qid)
        if answer is None or not _fits(question, answer):
            answer = _as_unknown(question)
        answers.append(Answer(qid, answer))
        values[qid] = answer
        qid = walk.target_after(qid, values)
    return Walk(q, tuple(answers))


def _fits(question: Question, value: AnswerValue) -> bool:
    ids = {o.id for o in question.options}
    if question.kind == Kind.MULTIPLE:
        return isinstance(value, tuple) and bool(value) and set(value) <= ids
    if question.kind in (Kind.SINGLE, Kind.YES_NO):
        return isinstance(value, str) and value in ids
    return isinstance(value, str)


def _choices(question: Question, given: AnswerValue) -> list[tuple[AnswerValue, Text]]:
    """The other answers to try: each option that is not 'don't know'; for multiple choice added to the
    known options already chosen (an exclusive option alone)."""
    order = [o.id for o in question.options]
    if question.kind != Kind.MULTIPLE:
        return [(o.id, o.label) for o in question.options if not o.unknown and o.id != given]
    chosen = given if isinstance(given, tuple) else (str(given),)
    known = [c for c in chosen if (o := question.option(c)) is not None and not o.unknown]
    tries: list[tuple[AnswerValue, Text]] = []
    if known:
        tries.append((tuple(known), Text(nl=", ".join(question.option(k).label.nl for k in known),  # type: ignore[union-attr]
                                         en=", ".join(question.option(k).label.en for k in known))))  # type: ignore[union-attr]
    for option in question.options:
        if option.unknown or option.id in known:
            continue
        if option.exclusive or not known:
            tries.append(((option.id,), option.label))
        else:
            both = tuple(sorted({*known, option.id}, key=order.index))
            label = Text(nl=tries[0][1].nl + ", " + option.label.nl, en=tries[0][1].en + ", " + option.label.en)
            tries.append((both, label))
    return tries


def _unknown_answers(walk: Walk) -> list[Answer]:
    q = walk.questionnaire
    found = []
    for answer in walk.answers:
        question = q.question(answer.question_id)
        if question.screening:  # its 'don't know' only opens the items it gates; it concludes nothing
            continue
        chosen = answer.value if isinstance(answer.value, tuple) else (answer.value,)
        if any((o := question.option(str(c))) is not None and o.unknown for c in chosen):
            found.append(answer)
    return found


class _Cache:
    """A small cache of what was worked out per walk and intake (the faces re-evaluate on redraws)."""

    def __init__(self, size: int = 16):
        self.size = size
        self.items: OrderedDict[tuple, object] = OrderedDict()

    def get(self, key: tuple, make: Callable[[], object]) -> object:
        if key in self.items:
            self.items.move_to_end(key)
            return self.items[key]
        value = make()
        self.items[key] = value
        if len(self.items) > self.size:
            self.items.popitem(last=False)
        return value


_CACHE = _Cache()
_T = TypeVar("_T")


def cached(key: tuple, make: Callable[[], _T]) -> _T:
    return cast(_T, _CACHE.get(key, make))  # the key names what `make` returns


def walk_key(walk: Walk, intake: Intake) -> tuple:
    q = walk.questionnaire  # its id() alone could be reused once it is gone; id and version guard that
    return (q.id, q.version, id(q), tuple((a.question_id, a.value) for a in walk.answers), intake)


def alternatives(walk: Walk, intake: Intake) -> dict[str, list[Tried]]:
    """Per open question on the path: each alternative answer, its walk and its classification."""
    def work() -> dict[str, list[Tried]]:
        q = walk.questionnaire
        tried: dict[str, list[Tried]] = {}
        for answer in _unknown_answers(walk):
            question = q.question(answer.question_id)
            tried[question.id] = []
            for value, label in _choices(question, answer.value):
                alt = continue_walk(walk, question.id, value)
                facts = collect(alt)
                tried[question.id].append(Tried(question.id, value, label, alt, facts,
                                                classify(facts, intake, complete=alt.complete)))
        return tried
    return _CACHE.get(("tried", *walk_key(walk, intake)), work)  # type: ignore[return-value]


def _words(name: str, value: ConclusionValue, lang: str) -> str:
    if value is None:
        shown = vocabulary.yes_no(None, lang)
    elif isinstance(value, bool):
        shown = vocabulary.yes_no(value, lang)
    elif isinstance(value, list):
        shown = ", ".join(vocabulary.label(v, lang) for v in value) or ("geen" if lang == "nl" else "none")
    else:
        shown = vocabulary.label(value, lang)
    return f"{vocabulary.label(name, lang)}: {shown}"


def _alternative(tried: Tried, now: dict[str, ConclusionValue]) -> Alternative | None:
    then = conclusions(tried.classification)
    changes = {name: then[name] for name in CONCLUSIONS if then[name] != now[name]}
    if not changes:
        return None
    result = Text(nl="; ".join(_words(n, v, "nl") for n, v in changes.items()),
                  en="; ".join(_words(n, v, "en") for n, v in changes.items()))
    answer = list(tried.value) if isinstance(tried.value, tuple) else tried.value
    return Alternative(answer=answer, answer_text=tried.label, changes=changes, result=result)


def assess(walk: Walk, intake: Intake, classification: Classification) -> Classification:
    """The classification with `affects` on each open question and `provisional` computed from them."""
    now = conclusions(classification)
    tried = alternatives(walk, intake)
    questions: list[OpenQuestion] = []
    for open_question in classification.open_questions:
        found = [a for t in tried.get(open_question.question_id, []) if (a := _alternative(t, now))]
        affects = [n for n in CONCLUSIONS if any(n in a.changes for a in found)]
        questions.append(open_question.model_copy(update={"affects": affects, "alternatives": found}))
    provisional = any(q.affects for q in questions)
    affected = {name for q in questions for name in q.affects}
    notes = [n for n in classification.notes if n not in DOUBTS or affected & set(DOUBTS[n])]
    return classification.model_copy(update={"open_questions": questions, "provisional": provisional,
                                             "notes": notes})
