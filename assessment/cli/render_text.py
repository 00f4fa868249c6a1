"""Plain-text rendering of an outcome for the terminal (used by `run`)."""

from assessment.engine.walk import Walk
from assessment.outcome.models import Outcome


def outcome_text(outcome: Outcome, walk: Walk, lang: str) -> str:
    nl = lang == "nl"
    lines = []
    current = walk.current()
    if current is None:
        lines.append("Einde van het pad bereikt." if nl else "End of the path reached.")
    else:
        label = "Volgende vraag" if nl else "Next question"
        lines.append(f"{label}: {current.id}: {current.text.get(lang)}")
    progress = walk.progress()
    lines.append(("Beantwoord" if nl else "Answered") + f": {progress.answered}")
    return "\n".join(lines)
