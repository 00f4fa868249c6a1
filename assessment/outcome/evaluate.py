"""From a walk and an intake to the outcome: the classification and the next steps."""

import datetime as dt

from assessment.engine.walk import Walk
from assessment.intake import Intake
from assessment.outcome.certainty import assess
from assessment.outcome.classify import classify
from assessment.outcome.facts_found import collect
from assessment.outcome.models import NotAsked, Outcome, TraceItem
from assessment.outcome.signals import signals
from assessment.outcome.step_checks import step_effects, with_checks
from assessment.outcome.steps import derive, derive_open


def evaluate(walk: Walk, intake: Intake, as_of: dt.date) -> Outcome:
    """Classify the answers and derive the steps, judged on `as_of`, once the walk is complete.

    Until then there is no classification: the questionnaire decides what is needed, and a
    conclusion drawn from a partial walk would rest on questions not yet asked. An unfinished walk
    gives `signals` instead (what the answers so far establish, each with its answers) and only the
    expert review of its 'don't know' answers as a step. A complete walk with 'don't know' answers
    is classified; it is provisional only when some 'don't know' answer could change a conclusion
    (outcome.certainty); one that changes only a step becomes a check on that step.
    """
    current = walk.current()
    q = walk.questionnaire
    facts = collect(walk)
    if current is not None:
        return Outcome(questionnaire_id=q.id, questionnaire_version=q.version, as_of=as_of,
                       complete=False, next_question=current.id, classification=None,
                       steps=derive_open(facts, intake, as_of), signals=signals(facts))
    classification = assess(walk, intake, classify(facts, intake, complete=True))
    if walk.passed:
        classification = classification.model_copy(update={"not_asked": not_asked(walk)})
    steps = derive(classification, facts, intake, as_of, complete=True)
    checks, step_questions = step_effects(walk, intake, classification, steps)
    if step_questions:
        steps = derive(classification, facts, intake, as_of, complete=True, step_questions=tuple(step_questions))
    steps = with_checks(steps, checks)
    return Outcome(questionnaire_id=q.id, questionnaire_version=q.version, as_of=as_of,
                   complete=True, next_question=None, classification=classification, steps=steps)


def not_asked(walk: Walk) -> list[NotAsked]:
    """The questions passed over on the walk, each with the answers that decided it."""
    q = walk.questionnaire
    values = walk.values
    items = []
    for passed in walk.passed:
        question = q.question(passed.question_id)
        items.append(NotAsked(
            question_id=question.id, text=question.text, because=passed.because,
            implied=list(passed.value) if isinstance(passed.value, tuple) else passed.value,
            screened_by=[TraceItem(question_id=s, text=q.question(s).text,
                                   answer=list(v) if isinstance(v := values[s], tuple) else v)
                         for s in passed.reads]))
    return items

