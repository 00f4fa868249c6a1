"""The review before concluding (change any answer, saying first what it drops), the result,
and writing the export and report."""

import datetime as dt
import shutil
from pathlib import Path

from assessment.faces.plain.prompts import SEPARATOR, Choice, Prompter, wrap
from assessment.faces.plain.question import ask_question
from assessment.faces.present import answer_lines, set_aside_lines
from assessment.faces.strings import t
from assessment.faces.plain.output import say

CONCLUDE, CHANGE, BACK = "conclude", "change", "back"
NEVER_MIND = "\x00never-mind"


def review(prompter: Prompter, session) -> str:
    """Show every answer; CONCLUDE, BACK (to the last question, nothing withdrawn) or CHANGE
    (after a change, or changing the mind about one)."""
    lang = prompter.lang
    say(f"\n{t('review_title', lang)}")
    lines = answer_lines(session.walk, lang, {c.question_id for c in session.conflicts()})
    for _, line in lines:
        say("  " + wrap(line, 2))
    aside = set_aside_lines(session.walk.questionnaire, session.set_aside, lang)
    if aside:
        say(t("set_aside", lang))
        for line in aside:
            say("  " + wrap(line, 2))
    action = prompter.select(t("plain_review_action", lang), [
        Choice(t("conclude", lang), CONCLUDE), Choice(t("plain_change", lang), CHANGE),
        Choice(t("plain_action_back", lang), BACK)])
    if action == CHANGE:
        question_id = choose_answer(prompter, session)
        if question_id is not None:
            change(prompter, session, question_id)
    return action


def choose_answer(prompter: Prompter, session) -> str | None:
    """Which answered question to change; None when the officer changes their mind."""
    lang = prompter.lang
    choices = [Choice(line, a.question_id) for a, line in answer_lines(session.walk, lang)]
    chosen = prompter.select(t("plain_which", lang), [*choices, Choice("", SEPARATOR),
                                                     Choice(t("plain_never_mind", lang), NEVER_MIND)])
    return None if chosen == NEVER_MIND else chosen


def change(prompter: Prompter, session, question_id: str) -> None:
    """Ask `question_id` again; if the new answer drops later ones, list them and ask first."""
    walk = session.walk
    earlier = walk.answer_to(question_id)
    reply = ask_question(prompter, walk, walk.questionnaire.question(question_id), earlier, allow_back=False)
    apply_change(prompter, session, question_id, reply)


def apply_change(prompter: Prompter, session, question_id: str, reply) -> bool:
    """Keep or replace the answer to an earlier question with `reply`: another answer that drops
    later ones is saved only after the officer agrees (False when they do not)."""
    lang = prompter.lang
    walk = session.walk
    earlier = walk.answer_to(question_id)
    if reply.value != earlier.value:
        _, dropped = walk.edit(question_id, reply.value)
        if dropped:
            items = "\n".join("  • " + wrap(walk.questionnaire.question(q).text.get(lang), 4) for q in dropped)
            say(t("confirm_drop", lang, n=len(dropped), items=items))  # printed: screen readers read it
            if not prompter.yes_no(t("continue", lang)):
                return False
        gone = session.edit(question_id, reply.value)
        if gone:
            say(t("dropped", lang, n=len(gone)))
    if (reply.note, reply.flagged) != (earlier.note, earlier.flagged):
        session.annotate(question_id, note=reply.note, flagged=reply.flagged)
    return True


def conclude(prompter: Prompter, session, today: dt.date, export_dir: Path) -> None:
    """Print the outcome and offer to write the export, the report and the draft register entry
    (or that draft alone), as often as wanted."""
    from assessment.errors import UserError
    from assessment.app.exporting import export_files, register_files
    from assessment.app.messages import said
    from assessment.presentation.given import from_walk
    from assessment.presentation.present import present
    from assessment.presentation.text import text

    lang = prompter.lang
    outcome = session.outcome(today)
    say(f"\n{t('result_title', lang)}: {session.intake.system_name}")
    width = shutil.get_terminal_size().columns - 1
    say(text(present(outcome, from_walk(session.walk), lang), lang, width=width))
    say()
    actions = [Choice(t("plain_export", lang), "export"), Choice(t("plain_register", lang), "register"),
               Choice(t("plain_done", lang), "done")]
    while (action := prompter.select(t("plain_review_action", lang), actions)) != "done":
        typed = prompter.text(t("plain_export_folder", lang), default=str(export_dir)).strip()
        export_dir = Path(typed).expanduser() if typed else Path.cwd()
        from assessment.app.remembered import remember

        remember(export_dir=str(export_dir.resolve()))
        record = session.store.get(session.record_id)
        try:
            paths = (export_files(record, session.loaded, today, export_dir, lang) if action == "export"
                     else register_files(record, session.loaded, today, export_dir))
        except UserError as exc:
            say(t("export_failed", lang, reason=said(exc, lang)))
            continue
        for path in paths:
            say(t("exported", lang, path=path))

