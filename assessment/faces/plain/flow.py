"""`assessment new --plain` and `assessment resume ID --plain`: the whole consultation line by
line: intake, questions (help, notes, back), review with changes, result and export.

Every confirmed answer is saved by the Session before the next question is asked; Ctrl-C saves
nothing new, loses nothing confirmed, and says how to continue."""

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assessment.app.settings import env_db, lang as cli_lang
from assessment.engine.prefill import asked
from assessment.errors import UserError
from assessment.faces.labels import label
from assessment.faces.plain.prompts import Choice, Interrupted, Prompter
from assessment.faces.plain.question import ask_question
from assessment.faces.plain.review import change, choose_answer, conclude, review, withdraw_last
from assessment.faces.present import conflict_text
from assessment.faces.strings import t


def run_plain(args: argparse.Namespace, *, io: dict[str, Any] | Callable[[], dict[str, Any]] | None = None,
              today: dt.date | None = None, export_dir: Path | None = None) -> int:
    """Run the consultation; `io` (prompt_toolkit input/output) and `today` are for tests."""
    lang = cli_lang(args)
    if io is None and not sys.stdin.isatty():
        raise UserError(t("plain_no_tty", lang))
    from assessment.questionnaire.shipped import load_default
    from assessment.app.session import Session
    from assessment.records.store import Store

    today = today or dt.date.today()
    prompter = Prompter(lang, io)
    drafts: dict[str, tuple[str, bool]] = {}
    """Note and flag typed on a question not (or no longer) answered: saved with its answer."""
    with Store.open(env_db(args)) as store:
        loaded = load_default(getattr(args, "questionnaire", None))
        session = None
        try:
            if getattr(args, "id", None):
                session, warnings = Session.resume(store, loaded, args.id)
                for warning in warnings:
                    print(t("resume_warnings", lang, items=warning.get(lang)))
            else:
                from assessment.faces.plain.intake import ask_intake

                print(t("intake_title", lang))
                session = Session.start(store, loaded, ask_intake(prompter, today.isoformat()))
                print(t("plain_started", lang, id=session.record_id[:8]))
            _consult(prompter, session, today, export_dir or Path.cwd(), drafts)
        except OSError as exc:  # a save that failed (disk full, permissions): stop, say why
            raise UserError(f"{t('not_saved', lang)}: {exc}") from None
        except Interrupted:
            if session is None:
                print(t("plain_kbi", lang))
            else:
                if any(note.strip() or flagged for note, flagged in drafts.values()):
                    print(t("plain_note_lost", lang))
                print(t("saved_quit", lang, command=f"assessment resume {session.record_id[:8]} --plain"))
            return 130
    return 0


def _consult(prompter: Prompter, session, today: dt.date, export_dir: Path,
             drafts: dict[str, tuple[str, bool]]) -> None:
    postponed: set[tuple[str, str]] = set()
    """Contradictions the officer chose to decide later: asked again once the answer changes."""
    while True:
        for conflict in session.conflicts():
            if (conflict.question_id, str(conflict.answer)) not in postponed:
                settle(prompter, session, conflict, postponed)
        question = session.walk.current()
        if question is None:
            if review(prompter, session, drafts):
                conclude(prompter, session, today, export_dir)
                return
            continue
        reply = ask_question(prompter, session.walk, question, drafts=drafts)
        if reply.note.strip() or reply.flagged:
            drafts[question.id] = (reply.note, reply.flagged)
        else:
            drafts.pop(question.id, None)
        if reply.change:
            question_id = choose_answer(prompter, session)
            if question_id is not None:
                change(prompter, session, question_id)
        elif reply.value is None:
            if asked(session.walk):
                withdraw_last(session, drafts)
            else:
                print(t("first_question", prompter.lang))
        else:
            session.answer(question.id, reply.value, note=reply.note, flagged=reply.flagged)
            drafts.pop(question.id, None)


def settle(prompter: Prompter, session, conflict, postponed: set[tuple[str, str]]) -> None:
    """Say that an answer contradicts the details and ask which holds."""
    lang = prompter.lang
    print(f"\n⚠ {t('conflict_title', lang)}\n{conflict_text(conflict, session.walk, lang)}")
    which = prompter.select(t("conflict_which", lang), [
        Choice(t("conflict_keep_intake", lang), "intake"), Choice(t("conflict_keep_answer", lang), "answer"),
        Choice(t("conflict_later", lang), "later")])
    if which == "later":
        postponed.add((conflict.question_id, str(conflict.answer)))
        return
    before = session.intake
    if session.resolve(conflict, keep_intake=which == "intake"):
        print(t("conflict_reask", lang))
        change(prompter, session, conflict.question_id)
    elif session.intake != before:
        value = getattr(session.intake, conflict.field)
        print(t("intake_followed", lang, field=t(f"f_{conflict.field}", lang), value=label(value, lang)))
        if session.intake.missing():  # e.g. now switched off: the date it was switched off
            from assessment.faces.plain.intake import ask_intake

            session.update_intake(ask_intake(prompter, session.intake.assessed_on.isoformat()
                                             if session.intake.assessed_on else "", session.intake,
                                             only=session.intake.missing()))
