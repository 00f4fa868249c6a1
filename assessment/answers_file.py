"""Answers files for `assessment run`: `answers:` question id -> option id, list, or text;
optional `intake:`; an `expect:` block that `run` ignores (the golden scenarios use it)."""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assessment.errors import UserError
from assessment.intake import LIFECYCLE_DATES, Intake
from assessment.questionnaire.conditions import AnswerValue
from assessment.questionnaire.loader import Positions, plain, read_yaml

_KEYS = {"answers", "intake", "expect", "questionnaire", "notes"}


@dataclass(frozen=True)
class AnswersFile:
    path: Path
    answers: dict[str, AnswerValue]
    intake: Intake
    expect: dict[str, Any]
    notes: dict[str, str]
    positions: Positions
    questionnaire: str | None = None
    """The questionnaire id the answers were written for, when the file names one."""

    def where(self, question_id: str) -> str:
        return f"{self.path}:{self.positions.line(('answers', question_id))}"


def _value(raw: Any) -> AnswerValue | None:
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, str):
        return raw
    if isinstance(raw, list) and all(isinstance(v, str) for v in raw):
        return tuple(raw)
    return None


def read(path: str | Path) -> AnswersFile:
    path = Path(path)
    document, _ = read_yaml(path)
    positions = Positions(document)
    if not isinstance(document, dict) or "answers" not in document:
        raise UserError("an answers file is a mapping with an 'answers:' block", f"{path}:1")
    unknown = sorted(set(document) - _KEYS)
    if unknown:
        raise UserError(f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(_KEYS))})",
                        f"{path}:{positions.line((unknown[0],))}")
    data = plain(document, path)
    for key in ("answers", "intake", "expect", "notes"):
        if data.get(key) is not None and not isinstance(data[key], dict):
            raise UserError(f"'{key}' must be a mapping", f"{path}:{positions.line((key,))}")
    questionnaire = data.get("questionnaire")
    if questionnaire is not None and not isinstance(questionnaire, str):
        raise UserError("'questionnaire' must be a questionnaire id", f"{path}:{positions.line(('questionnaire',))}")
    raw_answers = data.get("answers") or {}
    answers: dict[str, AnswerValue] = {}
    for qid, raw in raw_answers.items():
        value = _value(raw)
        if value is None:
            raise UserError(f"answer to {qid} must be an option id, a list of option ids, or text "
                            "(put numbers and true/false in quotes)",
                            f"{path}:{positions.line(('answers', qid))}")
        answers[qid] = value
    try:
        intake = Intake.model_validate(data.get("intake") or {})
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        loc = error["loc"]
        message = error["msg"].removeprefix("Value error, ")
        if loc and loc[0] in LIFECYCLE_DATES:  # a date or a word: one message, not one per alternative
            loc = loc[:1]
            words = "'unknown' or 'none'" if loc[0] == "significant_change_on" else "'unknown'"
            message = f"expected a date (YYYY-MM-DD) or {words}"
        field = ".".join(str(p) for p in ("intake", *loc))
        where = f"{path}:{positions.line(('intake', *loc))}"
        raise UserError(f"{field}: {message}", where) from None
    notes = {str(k): str(v) for k, v in (data.get("notes") or {}).items()}
    return AnswersFile(path, answers, intake, data.get("expect") or {}, notes, positions, questionnaire)
