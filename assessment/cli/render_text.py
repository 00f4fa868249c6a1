"""The outcome as plain text for the terminal (`run`): where the walk stands, then the one
presentation every face shows (`assessment.presentation`)."""

from assessment.engine.walk import Walk
from assessment.i18n import Lang
from assessment.presentation.given import from_walk
from assessment.presentation.present import present
from assessment.presentation.text import text
from assessment.outcome.models import Outcome
from assessment.words import plural, w


def outcome_text(outcome: Outcome, walk: Walk, lang: Lang) -> str:
    current = walk.current()
    # The id too: an answers file names questions by id.
    head = (f"{w('out.next_question', lang)}: {current.id}: {current.text.get(lang)}"
            if current is not None else w("out.end_of_path", lang) + ".")
    answered = f"{w('out.answered', lang)}: {plural(len(walk.answers), 'question', lang)}"
    return "\n".join([head, answered, "", text(present(outcome, from_walk(walk), lang), lang)])
