"""Asking one question line by line: options, help on demand, a note and a flag, or back."""

from dataclasses import dataclass

from assessment.faces.plain.output import say
from assessment.engine.walk import Answer, AnswerError, Walk, check_answer
from assessment.limits import MAX_NOTE, too_long
from assessment.faces.plain.prompts import SEPARATOR, Choice, Prompter
from assessment.faces.present import help_text, progress_text, section_title
from assessment.faces.strings import t
from assessment.questionnaire.conditions import AnswerValue
from assessment.questionnaire.model import Kind, Question

BACK = "\x00back"
HELP = "\x00help"
NOTE = "\x00note"
CHANGE = "\x00change"
_COMMANDS = {"<": BACK, "?": HELP, "!": NOTE, "*": CHANGE}


@dataclass
class Reply:
    """What the officer did with a question: `value` is None when they went back or asked to
    change an earlier answer (`change`)."""

    value: AnswerValue | None
    note: str = ""
    flagged: bool = False
    change: bool = False


def print_help(walk: Walk, question: Question, lang: str) -> None:
    info = help_text(walk.questionnaire, question, lang)
    say(f"\n{t('explanation', lang)}: {info.explanation}")
    for option, text in info.option_help:
        say(f"  {option}: {text}")
    if info.refs:
        say(f"{t('refs', lang)}: {', '.join(info.refs)}")
    for term, definition, refs in info.terms:
        say(f"{t('terms', lang)}: {term}: {definition}" + (f" ({', '.join(refs)})" if refs else ""))
    say()


def ask_question(prompter: Prompter, walk: Walk, question: Question, earlier: Answer | None = None,
                 *, allow_back: bool = True, drafts: dict[str, tuple[str, bool]] | None = None) -> Reply:
    """Ask until the officer answers, goes back or asks to change an earlier answer; `earlier`
    pre-fills a change. `drafts` holds the note and flag typed on unanswered questions: read
    here, and written as soon as they are typed (so an interruption can say they were lost)."""
    lang = prompter.lang
    drafts = {} if drafts is None else drafts
    note, flagged = (earlier.note, earlier.flagged) if earlier else drafts.get(question.id, ("", False))
    say(f"\n[{section_title(walk.questionnaire, question, lang)}] "
          + ("" if earlier else progress_text(walk, lang)))
    actions = [Choice("", SEPARATOR), Choice(t("plain_action_help", lang), HELP),
               Choice(t("plain_action_note", lang), NOTE)]
    if allow_back:
        actions.append(Choice(t("plain_action_back", lang), BACK))
        if walk.answers:
            actions.append(Choice(t("plain_action_change", lang), CHANGE))
    while True:
        text = question.text.get(lang) + (" ⚑" if flagged else "")
        if question.kind in (Kind.TEXT, Kind.DATE):
            reply = _ask_text(prompter, question, text, earlier)
        elif question.kind == Kind.MULTIPLE:
            chosen = set(earlier.value) if earlier else set()
            picked = prompter.checkbox(text, [Choice(o.label.get(lang), o.id, o.id in chosen)
                                              for o in question.options] + actions)
            commands = [p for p in picked if p in (HELP, NOTE, BACK, CHANGE)]
            reply = commands[0] if commands else tuple(picked)
        else:
            default = earlier.value if earlier else None
            reply = prompter.select(text, [Choice(o.label.get(lang), o.id) for o in question.options] + actions,
                                    default=default)
        if reply == HELP:
            print_help(walk, question, lang)
        elif reply == NOTE:
            note = prompter.text(t("plain_note_prompt", lang), default=note, validate=_valid_note)
            if earlier is None:
                drafts[question.id] = (note, flagged)
            flagged = prompter.yes_no(t("plain_flag_prompt", lang), default=flagged)
            if earlier is None:
                drafts[question.id] = (note, flagged)
        elif reply == BACK:
            if allow_back:
                return Reply(None, note, flagged)
        elif reply == CHANGE:
            if allow_back and walk.answers:
                return Reply(None, note, flagged, change=True)
        else:
            try:
                return Reply(check_answer(question, reply), note, flagged)
            except AnswerError as exc:
                say(t("plain_invalid", lang, reason=str(exc).split(": ", 1)[-1]))


def _valid_note(typed: str) -> bool | str:
    """The same limit as the engine's (the prompt says why, as it does for a text answer)."""
    return too_long(typed, MAX_NOTE) or True


def _ask_text(prompter: Prompter, question: Question, text: str, earlier: Answer | None) -> str:
    def valid(typed: str) -> bool | str:
        if typed.strip() in _COMMANDS:
            return True
        try:
            check_answer(question, typed)
        except AnswerError as exc:
            return str(exc).split(": ", 1)[-1]
        return True

    typed = prompter.text(text, default=str(earlier.value) if earlier else "",
                          instruction=t("plain_text_instruction", prompter.lang), validate=valid)
    return _COMMANDS.get(typed.strip(), typed)
