"""Build tiny questionnaires and walks from fact sets, so the classifier and the step derivation can
be tested without the shipped questionnaire (which content editors change)."""

import datetime as dt
from typing import Any

from assessment.engine.walk import Walk
from assessment.intake import Intake
from assessment.outcome.certainty import assess
from assessment.outcome.classify import classify
from assessment.outcome.evaluate import evaluate
from assessment.outcome.facts_found import FactSet, collect
from assessment.outcome.models import Classification, NextStep
from assessment.outcome.steps import derive
from assessment.questionnaire.model import Questionnaire

AS_OF = dt.date(2026, 11, 22)
PUBLIC = Intake(organisation_type="uitvoeringsorganisatie", status="in_use", ministry="BZK",
                organisation="Dienst", system_name="Systeem")
PRIVATE = Intake(organisation_type="other", status="in_use")


class Unknown(dict):
    """An 'unknown' answer to a question whose other options would set these facts, or `otherwise`
    (by default nothing: the plain 'no')."""

    def __init__(self, otherwise: dict | None = None, **facts: Any) -> None:
        super().__init__(facts)
        self.otherwise = otherwise or {}


class Said(dict):
    """A text question with question-level facts, answered with `text`."""

    def __init__(self, text: str, **facts: Any) -> None:
        super().__init__(facts)
        self.text = text


def _question(index: int, item: Any, last: bool) -> dict:
    nxt = [{"goto": "end" if last else f"q{index + 1}"}]
    base = {"id": f"q{index}", "section": "s", "text": {"nl": f"Vraag {index}", "en": f"Question {index}"},
            "help": {"nl": "-", "en": "-"}, "refs": ["AI Act art. 3(1)"], "next": nxt}
    if isinstance(item, Said):
        return {**base, "kind": "text", "facts": dict(item), "optional": True}
    facts = [item] if isinstance(item, (dict, Unknown)) else list(item)
    if isinstance(item, Unknown):
        facts.append(item.otherwise)
    options = [{"id": f"o{i}", "text": {"nl": f"Optie {i}", "en": f"Option {i}"}, "facts": f}
               for i, f in enumerate(facts)]
    options.append({"id": "dunno", "text": {"nl": "Weet ik niet", "en": "Don't know"}, "unknown": True})
    kind = "multiple" if isinstance(item, list) else "single"
    return {**base, "kind": kind, "options": options}


def build(*items: Any) -> tuple[Questionnaire, list[Any]]:
    questions = [_question(i, item, i == len(items) - 1) for i, item in enumerate(items)]
    q = Questionnaire.model_validate({
        "id": "tiny", "version": "1", "title": {"nl": "Klein", "en": "Tiny"}, "legal_as_of": "2026-11-22",
        "sections": [{"id": "s", "title": {"nl": "S", "en": "S"}}], "questions": questions})
    return q, list(items)


def walk(*items: Any, stop_after: int | None = None) -> Walk:
    """One question per item: a dict is answered with the option setting those facts, a list of dicts
    is one multiple-choice answer, Unknown(...) answers 'don't know', Said(...) answers a text."""
    questionnaire, items = build(*items)
    w = Walk(questionnaire)
    for i, item in enumerate(items[:stop_after]):
        if isinstance(item, Said):
            value: Any = item.text
        elif isinstance(item, Unknown):
            value = "dunno"
        elif isinstance(item, list):
            value = [f"o{j}" for j in range(len(item))]
        else:
            value = "o0"
        w = w.answer(f"q{i}", value)
    return w


def facts(*items: Any) -> FactSet:
    return collect(walk(*items))


def classified(*items: Any, intake: Intake = PUBLIC) -> Classification:
    """Classified as `evaluate` does: a complete walk with its open questions assessed (certainty)."""
    w = walk(*items)
    c = classify(collect(w), intake, complete=w.complete)
    return assess(w, intake, c) if w.complete else c


def steps(*items: Any, intake: Intake = PUBLIC, as_of: dt.date = AS_OF) -> dict[str, NextStep]:
    w = walk(*items)
    if w.complete:
        return {s.id: s for s in evaluate(w, intake, as_of).steps}
    found = collect(w)
    c = classify(found, intake, complete=False)
    return {s.id: s for s in derive(c, found, intake, as_of, complete=False)}


AI = {"algorithm": True, "ai_system": True}
PROVIDER = {"role": "provider"}
DEPLOYER = {"role": "deployer"}
BOTH = [PROVIDER, DEPLOYER]
