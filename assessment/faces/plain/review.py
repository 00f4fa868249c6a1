"""The review before concluding (change any answer, saying first what it drops), the result,
and writing the export and report."""

import datetime as dt
from pathlib import Path

from assessment.engine.prefill import INTAKE
from assessment.faces.plain.prompts import SEPARATOR, Choice, Prompter
from assessment.faces.plain.question import ask_question
from assessment.faces.present import answer_lines, result_blocks, set_aside_lines
from assessment.faces.strings import t

CONCLUDE, CHANGE, BACK = "conclude", "change", "back"
NEVER_MIND = "\x00never-mind"


def review(prompter: Prompter, session, drafts: dict | None = None) -> bool:
    """Show every answer; True when the officer concludes, False after a change or going back."""
    lang = prompter.lang
    print(f"\n{t('review_title', lang)}")
    lines = answer_lines(session.walk, lang, {c.question_id for c in session.conflicts()})
    for _, line in lines:
        print(f"  {line}")
    aside = set_aside_lines(session.walk.questionnaire, session.set_aside, lang)
    if aside:
        print(t("set_aside", lang))
        for line in aside:
            print(f"  {line}")
    action = prompter.select(t("plain_review_action", lang), [
        Choice(t("conclude", lang), CONCLUDE), Choice(t("plain_change", lang), CHANGE),
        Choice(t("plain_action_back", lang), BACK)])
    if action == CONCLUDE:
        return True
    if action == BACK:
        withdraw_last(session, drafts if drafts is not None else {})
        return False
    question_id = choose_answer(prompter, session)
    if question_id is not None:
        change(prompter, session, question_id)
    return False


def choose_answer(prompter: Prompter, session) -> str | None:
    """Which answered question to change; None when the officer changes their mind."""
    lang = prompter.lang
    choices = [Choice(line, a.question_id) for a, line in answer_lines(session.walk, lang)]
    chosen = prompter.select(t("plain_which", lang), [*choices, Choice("", SEPARATOR),
                                                     Choice(t("plain_never_mind", lang), NEVER_MIND)])
    return None if chosen == NEVER_MIND else chosen


def change(prompter: Prompter, session, question_id: str) -> None:
    """Ask `question_id` again; if the new answer drops later ones, list them and ask first."""
    lang = prompter.lang
    walk = session.walk
    question = walk.questionnaire.question(question_id)
    earlier = walk.answer_to(question_id)
    reply = ask_question(prompter, walk, question, earlier, allow_back=False)
    if reply.value != earlier.value:
        _, dropped = walk.edit(question_id, reply.value)
        if dropped:
            items = "\n".join(f"  • {walk.questionnaire.question(q).text.get(lang)}" for q in dropped)
            print(t("confirm_drop", lang, n=len(dropped), items=items))  # printed: screen readers read it
            if not prompter.yes_no(t("continue", lang)):
                return
        gone = session.edit(question_id, reply.value)
        if gone:
            print(t("dropped", lang, n=len(gone)))
    if (reply.note, reply.flagged) != (earlier.note, earlier.flagged):
        session.annotate(question_id, note=reply.note, flagged=reply.flagged)


def conclude(prompter: Prompter, session, today: dt.date, export_dir: Path) -> None:
    """Print the outcome and offer to write the export and the report."""
    from assessment.errors import UserError
    from assessment.app.exporting import export_files

    lang = prompter.lang
    outcome = session.outcome(today)
    print(f"\n{t('result_title', lang)}: {session.intake.system_name}")
    print_blocks(result_blocks(outcome, session.walk, lang))
    print()
    if prompter.select(t("plain_review_action", lang), [
            Choice(t("plain_export", lang), True), Choice(t("plain_done", lang), False)]):
        typed = prompter.text(t("plain_export_folder", lang), default=str(export_dir)).strip()
        export_dir = Path(typed).expanduser() if typed else Path.cwd()
        try:
            paths = export_files(session.store.get(session.record_id), session.loaded, today, export_dir, lang)
        except UserError as exc:
            print(t("export_failed", lang, reason=str(exc)))
            return
        for path in paths:
            print(t("exported", lang, path=path))


def withdraw_last(session, drafts: dict[str, tuple[str, bool]]) -> None:
    """Go back to the last question asked (answers from the details are skipped); its note and
    flag are offered again with it."""
    last = next((a for a in reversed(session.walk.answers) if a.source != INTAKE), None)
    if last is None:
        return
    session.back()
    if last.note or last.flagged:
        drafts[last.question_id] = (last.note, last.flagged)


def print_blocks(blocks) -> None:
    for heading, lines in blocks:
        print(f"\n{heading}" if heading else "")
        for line in lines:
            print(f"  {line}")

