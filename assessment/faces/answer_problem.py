"""Why an answer does not fit its question, in the interface language and in the words the
officer saw (option labels, never ids). The engine's own AnswerError is for files and logs."""

from assessment.engine.walk import AnswerError, check_answer
from assessment.limits import MAX_TEXT
from assessment.faces.strings import t
from assessment.language import Lang
from assessment.questionnaire.model import Kind, Question


def answer_problem(question: Question, value: object, lang: Lang) -> str | None:
    """None when `value` is a valid answer to `question`, else one short sentence."""
    try:
        check_answer(question, value)
        return None
    except AnswerError:
        pass
    if question.kind == Kind.MULTIPLE:
        chosen = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
        if not chosen:
            return t("choose_at_least_one", lang)
        alone = next((o for o in question.options if o.exclusive and o.id in chosen), None)
        if alone is not None and len(chosen) > 1:
            return t("cannot_combine", lang, option=alone.label.get(lang))
        return t("not_an_option", lang)
    if question.kind == Kind.DATE:
        return t("not_a_date", lang)
    if question.kind == Kind.TEXT:
        text = value if isinstance(value, str) else ""
        return t("text_too_long", lang, n=MAX_TEXT) if len(text) > MAX_TEXT else t("answer_required", lang)
    return t("not_an_option", lang)
