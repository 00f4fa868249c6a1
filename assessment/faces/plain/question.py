"""Asking one question line by line: options, help on demand, a note and a flag, or back.

The actions (help, note, back, change an earlier answer) are never tickable: in a list of single
choice they follow a divider (with the next free keys after the options'); in a list of several
choices, Enter with nothing ticked opens them as a separate menu."""

from dataclasses import dataclass

from assessment.engine.walk import Answer, Walk, check_answer
from assessment.faces.answer_problem import answer_problem
from assessment.faces.plain.prompts import SEPARATOR, Choice, Prompter, wrap
from assessment.faces.present import answer_text, help_text, progress_text, section_title
from assessment.faces.strings import t
from assessment.language import Lang
from assessment.questionnaire.conditions import AnswerValue
from assessment.questionnaire.model import Kind, Question
from assessment.faces.plain.output import say
from assessment.limits import MAX_NOTE, too_long

BACK = "\x00back"
HELP = "\x00help"
NOTE = "\x00note"
CHANGE = "\x00change"
NOTHING = "\x00nothing"
RETURN = "\x00return"
_COMMANDS = {"<": BACK, "?": HELP, "!": NOTE, "*": CHANGE}


@dataclass
class Reply:
    """What the officer did with a question: `value` is None when they went back or asked to
    change an earlier answer (`change`)."""

    value: AnswerValue | None
    note: str = ""
    flagged: bool = False
    change: bool = False


def print_help(walk: Walk, question: Question, lang: Lang) -> None:
    info = help_text(walk.questionnaire, question, lang)
    say()
    say(wrap(f"{t('explanation', lang)}: {info.explanation}", 0))
    for option, text in info.option_help:
        say("  " + wrap(f"{option}: {text}", 2))
    if info.refs:
        say(wrap(f"{t('refs', lang)}: {', '.join(info.refs)}", 0))
    for term, definition, refs in info.terms:
        say(wrap(f"{t('terms', lang)}: {term}: {definition}" + (f" ({', '.join(refs)})" if refs else ""), 0))
    say()


def ends_the_walk(walk: Walk, question: Question) -> bool:
    """Whether some answer to the open `question` ends the walk at once (the engine's truth)."""
    current = walk.current()
    if current is None or current.id != question.id:
        return False
    return any(walk.answer(question.id, o.id).current() is None for o in question.options
               if question.kind != Kind.MULTIPLE)


def _actions(walk: Walk, lang: str, allow_back: bool) -> list[Choice]:
    actions = [Choice(t("plain_action_help", lang), HELP),
               Choice(t("plain_action_note", lang), NOTE)]
    if allow_back:
        actions.append(Choice(t("plain_action_back", lang), BACK))
        if walk.answers:
            actions.append(Choice(t("plain_action_change", lang), CHANGE))
    return actions


def ask_question(prompter: Prompter, walk: Walk, question: Question, earlier: Answer | None = None,
                 *, allow_back: bool = True, drafts: dict[str, tuple[str, bool]] | None = None) -> Reply:
    """Ask until the officer answers, goes back or asks to change an earlier answer; `earlier`
    is the answer kept (chosen at the start, replaced only by another). `drafts` holds the note
    and flag typed on unanswered questions: read here, and written as soon as they are typed
    (so an interruption can say they were lost)."""
    lang = prompter.lang
    drafts = {} if drafts is None else drafts
    note, flagged = (earlier.note, earlier.flagged) if earlier else drafts.get(question.id, ("", False))
    position = progress_text(walk, lang, earlier=question.id if earlier else None)
    say(f"\n[{section_title(walk.questionnaire, question, lang)}] {position}")
    if earlier is not None:
        say(wrap(t("plain_answered", lang, answer=answer_text(question, earlier.value, lang)), 0))
    actions = _actions(walk, lang, allow_back)
    # Where an answer ends the walk, the cursor starts on no answer: Enter alone decides nothing.
    placeholder = earlier is None and question.kind != Kind.MULTIPLE and ends_the_walk(walk, question)
    while True:
        text = question.text.get(lang) + (" ⚑" if flagged else "")
        if question.kind in (Kind.TEXT, Kind.DATE):
            reply: object = _ask_text(prompter, question, text, earlier)
        elif question.kind == Kind.MULTIPLE:
            chosen = set(earlier.value) if earlier else set()
            picked = prompter.checkbox(text, [Choice(o.label.get(lang), o.id, o.id in chosen)
                                              for o in question.options])
            reply = tuple(picked) if picked else _menu(prompter, actions)
        else:
            options = [Choice(o.label.get(lang), o.id) for o in question.options]
            if placeholder:
                options.insert(0, Choice(t("plain_pick", lang), NOTHING, key="0"))
            reply = prompter.select(text, options + [Choice("", SEPARATOR)] + actions,
                                    default=earlier.value if earlier else None)
        if reply in (NOTHING, RETURN):
            continue
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
            problem = answer_problem(question, reply, lang)
            if problem is None:
                return Reply(check_answer(question, reply), note, flagged)
            say(t("plain_invalid", lang, reason=problem))


def _menu(prompter: Prompter, actions: list[Choice]) -> str:
    """Nothing ticked: the actions, apart from the options (or back to them)."""
    lang = prompter.lang
    return prompter.select(t("plain_menu", lang), [Choice(t("plain_back_to_options", lang), RETURN)]
                           + actions)


def _ask_text(prompter: Prompter, question: Question, text: str, earlier: Answer | None) -> str:
    lang = prompter.lang

    def valid(typed: str) -> bool | str:
        if typed.strip() in _COMMANDS:
            return True
        return answer_problem(question, typed, lang) or True

    typed = prompter.text(text, default=str(earlier.value) if earlier else "",
                          instruction=t("plain_text_instruction", lang), validate=valid)
    return _COMMANDS.get(typed.strip(), typed)


def _valid_note(typed: str) -> bool | str:
    """The same limit as the engine's (the prompt says why, as it does for a text answer)."""
    return too_long(typed, MAX_NOTE) or True
