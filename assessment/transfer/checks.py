"""What an import checks beyond the document's shape: answers that fit the questionnaire they pin,
and times that are times. Each problem is a UserError naming the file, the assessment and the place.
"""

from assessment.engine.walk import AnswerError, check_answer
from assessment.errors import UserError
from assessment.limits import MAX_TEXT
from assessment.questionnaire.loader import Loaded
from assessment.records.models import moment
from assessment.transfer.document import ExportedAnswer, ExportedAssessment

MAX_CHOSEN = 200
"""Most options one answer can name; an option id is at most MAX_OPTION_ID characters."""
MAX_OPTION_ID = 200


def check_assessment(assessment: ExportedAssessment, number: int, source: str,
                     loaded: Loaded | None) -> None:
    where = f"assessment {number} (id {assessment.id})"

    def refuse(place: str, reason: str) -> UserError:
        return UserError(f"{where}: {place}: {reason}", source)

    for name in ("created_at", "updated_at"):
        _check_time(getattr(assessment, name).isoformat(), name, refuse)
    for group in ("answers", "set_aside"):
        for index, answer in enumerate(getattr(assessment, group)):
            place = f"{group}[{index}] (question {answer.question_id})"
            if answer.answered_at is not None:
                _check_time(answer.answered_at.isoformat(), f"{place}.answered_at", refuse)
            _check_bounds(answer, place, refuse)
    if loaded is None:
        return
    q = loaded.questionnaire
    pin = assessment.questionnaire
    if (pin.id, pin.content_hash) != (q.id, loaded.content_hash):
        # Another questionnaire or version: stored and exported again as it came; answers that no
        # longer fit are set aside if it is ever resumed here.
        return
    for index, answer in enumerate(assessment.answers):
        place = f"answers[{index}] (question {answer.question_id})"
        question = q.by_id.get(answer.question_id)
        if question is None:
            raise refuse(place, f"no such question in {q.id} {q.version}")
        try:
            check_answer(question, answer.value)
        except AnswerError as exc:
            raise refuse(place, str(exc).removeprefix(f"{question.id}: ")) from None


def _check_time(text: str, place: str, refuse) -> None:
    try:
        moment(text)
    except ValueError as exc:
        raise refuse(place, str(exc)) from None


def _check_bounds(answer: ExportedAnswer, place: str, refuse) -> None:
    """Whatever questionnaire version: no answer larger than any question could take."""
    if isinstance(answer.value, str):
        if len(answer.value) > MAX_TEXT:
            raise refuse(place, f"answer longer than {MAX_TEXT} characters")
    elif len(answer.value) > MAX_CHOSEN or any(len(v) > MAX_OPTION_ID for v in answer.value):
        raise refuse(place, "not a list of option ids")
