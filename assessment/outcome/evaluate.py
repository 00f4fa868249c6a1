"""From a walk and an intake to the outcome: classification and next steps.

Placeholder until the classifier lands: it reports where the walk is and no classification.
"""

import datetime as dt

from assessment.engine.walk import Walk
from assessment.intake import Intake
from assessment.outcome.models import Outcome


def evaluate(walk: Walk, intake: Intake, as_of: dt.date) -> Outcome:
    current = walk.current()
    q = walk.questionnaire
    return Outcome(questionnaire_id=q.id, questionnaire_version=q.version, as_of=as_of,
                   complete=current is None, next_question=current.id if current else None,
                   classification=None, steps=[])
