"""`assessment run --answers FILE`: replay answers without prompts and print where they lead."""

import argparse
import datetime as dt
import json
import sys

from assessment import answers_file
from assessment.cli.parser import lang
from assessment.engine.walk import AnswerError, Walk
from assessment.errors import UserError
from assessment.outcome.evaluate import evaluate
from assessment.questionnaire.shipped import load_default
from assessment.text.terminal import terminal
from assessment.words import w


def parse_date(text: str | None, option: str = "--as-of") -> dt.date:
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{text!r} is not a date (YYYY-MM-DD)", option, key="err.not_a_date", text=text) from None


def replay(loaded_answers: answers_file.AnswersFile, walk: Walk) -> tuple[Walk, list[str]]:
    """Answer along the path while the file has answers; a question the file leaves out but the
    intake answers is answered from the intake. Returns the walk and unused question ids."""
    from assessment.app.intake_links import load_links
    from assessment.engine import prefill

    from_intake = {qid: value for qid, value in load_links().given(loaded_answers.intake).items()
                   if qid not in loaded_answers.answers}
    used: set[str] = set()
    while ((question := (walk := prefill.fill(walk, from_intake)).current()) is not None
           and question.id in loaded_answers.answers):
        try:
            walk = walk.answer(question.id, loaded_answers.answers[question.id],
                               note=loaded_answers.notes.get(question.id, ""))
        except AnswerError as exc:
            raise UserError(str(exc).removeprefix(f"{question.id}: "), loaded_answers.where(question.id)) from None
        used.add(question.id)
    unused = [qid for qid in loaded_answers.answers if qid not in used]
    for qid in unused:
        if qid not in walk.questionnaire.by_id:
            raise UserError(f"no question {qid!r} in {walk.questionnaire.id}", loaded_answers.where(qid))
    return walk, unused


def main(args: argparse.Namespace) -> int:
    as_of = parse_date(args.as_of)
    given = answers_file.read(args.answers)
    loaded = load_default(args.questionnaire)
    if given.questionnaire and given.questionnaire != loaded.questionnaire.id:
        raise UserError(f"written for questionnaire {given.questionnaire!r}, not {loaded.questionnaire.id!r}",
                        f"{given.path}:{given.positions.line(('questionnaire',))}")
    walk, unused = replay(given, Walk(loaded.questionnaire))
    outcome = evaluate(walk, given.intake, as_of)
    if args.save:
        from assessment.cli.parser import env_db
        from assessment.app.session import save_walk
        from assessment.records.store import Store

        with Store.open(env_db(args)) as store:
            record_id = save_walk(store, loaded, given.intake, walk)
        print(w("cli.saved_as", lang(args), short=record_id[:8], id=record_id), file=sys.stderr)
    if args.json:
        print(json.dumps(outcome.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        from assessment.cli.render_text import outcome_text
        from assessment.text.terminal import terminal_lines

        print(terminal_lines(outcome_text(outcome, walk, lang(args))))
    if unused:
        print(terminal(w("cli.unused_answers", lang(args), ids=", ".join(unused))), file=sys.stderr)
    _contradictions(walk, given, lang(args))
    return 0


def _contradictions(walk: Walk, given: answers_file.AnswersFile, chosen: str) -> None:
    """Answers that contradict the intake: said, not refused (the faces ask which holds)."""
    from assessment.app.intake_links import load_links

    answers = {a.question_id: (a.value, a.source) for a in walk.answers}
    for c in load_links().conflicts(answers, given.intake):
        value = c.answer if isinstance(c.answer, str) else ", ".join(c.answer)
        print(terminal(w("cli.contradicts_intake", chosen, where=given.where(c.question_id), answer=value,
                         field=c.field, intake=c.intake_value)), file=sys.stderr)
