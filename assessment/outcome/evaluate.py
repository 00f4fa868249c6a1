"""From a walk and an intake to the outcome: the classification and the next steps."""

import datetime as dt

from assessment.engine.walk import Walk
from assessment.intake import Intake
from assessment.outcome.classify import classify
from assessment.outcome.facts_found import collect
from assessment.outcome.models import Outcome
from assessment.outcome.steps import derive


def evaluate(walk: Walk, intake: Intake, as_of: dt.date) -> Outcome:
    """Classify what the answers so far establish and derive the steps, judged on `as_of`.

    Before the first answer there is nothing to classify: classification is None, no steps.
    """
    current = walk.current()
    q = walk.questionnaire
    complete = current is None
    classification = steps = None
    if walk.answers:
        facts = collect(walk)
        classification = classify(facts, intake, complete=complete)
        steps = derive(classification, facts, intake, as_of, complete=complete)
    return Outcome(questionnaire_id=q.id, questionnaire_version=q.version, as_of=as_of,
                   complete=complete, next_question=current.id if current else None,
                   classification=classification, steps=steps or [])
