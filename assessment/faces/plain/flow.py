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

from assessment.app.settings import env_db, lang as cli_lang, resume_command
from assessment.engine.prefill import INTAKE
from assessment.errors import UserError
from assessment.faces.labels import label
from assessment.faces.plain.prompts import Choice, Interrupted, Prompter
from assessment.faces.plain.question import ask_question
from assessment.faces.plain.review import BACK, CONCLUDE, apply_change, change, choose_answer, conclude, review
from assessment.faces.present import conflict_text
from assessment.faces.strings import t
from assessment.faces.plain.output import say


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
                    say(t("resume_warnings", lang, items=warning.get(lang)))
            else:
                from assessment.faces.plain.intake import ask_intake

                say(t("intake_title", lang))
                session = Session.start(store, loaded, ask_intake(prompter, today.isoformat()))
                say(t("plain_started", lang, id=session.record_id[:8]))
            _consult(prompter, session, today, export_dir or _remembered_folder(), drafts)
        except OSError as exc:  # a save that failed (disk full, permissions): stop, say why
            raise UserError(f"{t('not_saved', lang)}: {exc}") from None
        except Interrupted:
            if session is None:
                say(t("plain_kbi", lang))
            else:
                if any(note.strip() or flagged for note, flagged in drafts.values()):
                    say(t("plain_note_lost", lang))
                command = resume_command(args, session.record_id, lang, plain=True)
                say(t("saved_quit", lang, command=command))
            return 130
    return 0


def _consult(prompter: Prompter, session, today: dt.date, export_dir: Path,
             drafts: dict[str, tuple[str, bool]]) -> None:
    at: str | None = None
    """An earlier question gone back to (its answer kept until another is confirmed), or None
    for the first open question."""
    postponed: set[tuple[str, str]] = set()
    """Contradictions the officer chose to decide later: asked again once the answer changes."""
    while True:
        for conflict in session.conflicts():
            if (conflict.question_id, str(conflict.answer)) not in postponed:
                settle(prompter, session, conflict, postponed)
        if at is not None:
            at = _revisit(prompter, session, at)
            continue
        question = session.walk.current()
        if question is None:
            action = review(prompter, session)
            if action == CONCLUDE:
                conclude(prompter, session, today, export_dir)
                return
            if action == BACK:
                at = _asked(session.walk, len(session.walk.answers), -1)
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
            if (at := _asked(session.walk, len(session.walk.answers), -1)) is None:
                say(t("first_question", prompter.lang))
        else:
            session.answer(question.id, reply.value, note=reply.note, flagged=reply.flagged)
            drafts.pop(question.id, None)


def _revisit(prompter: Prompter, session, question_id: str) -> str | None:
    """Ask an earlier question again, its answer chosen; the question to go to next: the one
    before it (back), the next answered one (kept or changed), or None for the first open one."""
    walk = session.walk
    answered = [a.question_id for a in walk.answers]
    here = answered.index(question_id)
    reply = ask_question(prompter, walk, walk.questionnaire.question(question_id), walk.answer_to(question_id))
    if reply.change:
        chosen = choose_answer(prompter, session)
        if chosen is not None:
            change(prompter, session, chosen)
        return None
    if reply.value is None:
        before = _asked(walk, here, -1)
        if before is None:
            say(t("first_question", prompter.lang))
            return question_id
        return before
    if not apply_change(prompter, session, question_id, reply):
        return question_id  # the officer kept the later answers: ask again
    answered = [a.question_id for a in session.walk.answers]
    return _asked(session.walk, answered.index(question_id), +1)


def _asked(walk, start: int, step: int) -> str | None:
    """The nearest question before (step -1) or after (+1) position `start` that was asked here;
    answers the details gave are passed over, as the officer never saw them asked."""
    index = start + step
    while 0 <= index < len(walk.answers):
        if walk.answers[index].source != INTAKE:
            return walk.answers[index].question_id
        index += step
    return None


def settle(prompter: Prompter, session, conflict, postponed: set[tuple[str, str]]) -> None:
    """Say that an answer contradicts the details and ask which holds."""
    lang = prompter.lang
    say(f"\n⚠ {t('conflict_title', lang)}\n{conflict_text(conflict, session.walk, lang)}")
    which = prompter.select(t("conflict_which", lang), [
        Choice(t("conflict_keep_intake", lang), "intake"), Choice(t("conflict_keep_answer", lang), "answer"),
        Choice(t("conflict_later", lang), "later")])
    if which == "later":
        postponed.add((conflict.question_id, str(conflict.answer)))
        return
    before = session.intake
    if session.resolve(conflict, keep_intake=which == "intake"):
        say(t("conflict_reask", lang))
        change(prompter, session, conflict.question_id)
    elif session.intake != before:
        value = getattr(session.intake, conflict.field)
        say(t("intake_followed", lang, field=t(f"f_{conflict.field}", lang), value=label(value, lang)))
        if session.intake.missing():  # e.g. now switched off: the date it was switched off
            from assessment.faces.plain.intake import ask_intake

            session.update_intake(ask_intake(prompter, session.intake.assessed_on.isoformat()
                                             if session.intake.assessed_on else "", session.intake,
                                             only=session.intake.missing()))


def _remembered_folder() -> Path:
    """The export folder chosen last time, when it still exists; else the current folder."""
    from assessment.app.remembered import load_remembered

    folder = load_remembered().export_dir
    return Path(folder) if folder and Path(folder).is_dir() else Path.cwd()
