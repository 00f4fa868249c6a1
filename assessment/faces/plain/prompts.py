"""questionary prompts with Dutch (or English) instructions, one place to catch Ctrl-C and EOF.

questionary's own texts are English: every prompt here passes `instruction=` and `kbi_msg=`, and a
list is erased when answered (a checkbox says "done (2 selections)", a long choice is cut at the
edge) and the choice is echoed in words instead.
Labels are wrapped at word boundaries to the terminal's width, so a screen reader hears every
word (prompt_toolkit would cut them at the edge). Ctrl-C makes `.ask()` return None and a closed
input raises EOFError; both become `Interrupted` so the flow can save and say how to resume."""

import shutil
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assessment.faces.strings import t
from assessment.faces.plain.output import say
from assessment.language import Lang
from assessment.text.terminal import terminal


SEPARATOR = object()
"""A choice with this value is drawn as a divider line (between answers and actions)."""

KEYS = "123456789abcdefghijklmnopqrstuvwxyz"
"""The keys of the choices, by position, as on the full screen ('0' is kept for the empty start)."""


class Interrupted(Exception):
    """The officer pressed Ctrl-C or the input ended."""


@dataclass(frozen=True)
class Choice:
    title: str
    value: Any
    checked: bool = False
    key: str | None = None
    """The key that moves to this choice; None (or '') gives the next free one."""


def _columns() -> int:
    return shutil.get_terminal_size((80, 24)).columns


def wrap(text: str, indent: int, width: int | None = None) -> str:
    """`text` broken at word boundaries to fit after `indent` columns; continuation lines are
    indented to hang under the first."""
    columns = width or _columns()
    # Sanitised first: every prompt, choice and echo of the plain mode passes through here.
    lines = textwrap.wrap(terminal(text), max(20, columns - indent - 1), break_long_words=False,
                          break_on_hyphens=False) or [""]
    return ("\n" + " " * indent).join(lines)


def _message(text: str, instruction: str | None) -> str:
    """The question wrapped after '? '; the instruction that follows it goes to a line of its
    own when it would not fit behind the last line (the terminal would cut it mid-word)."""
    wrapped = wrap(text, 2)
    last = wrapped.rsplit("\n", 1)[-1]
    if instruction and len(last) + len(instruction) + 5 > _columns():
        wrapped += "\n "
    return wrapped


class Prompter:
    """Asks one thing at a time. For tests, `io` gives the prompt_toolkit `input`/`output` to use:
    a dict, or a function called once per prompt (so each prompt can get its own scripted keys)."""

    def __init__(self, lang: Lang, io: dict[str, Any] | Callable[[], dict[str, Any]] | None = None) -> None:
        self.lang = lang
        self._io = io or {}

    @property
    def io(self) -> dict[str, Any]:
        return self._io() if callable(self._io) else self._io

    def _ask(self, question) -> Any:
        try:
            answer = question.ask(kbi_msg=t("plain_kbi", self.lang))
        except EOFError:
            raise Interrupted from None
        if answer is None:
            raise Interrupted
        return answer

    def select(self, message: str, choices: list[Choice], default: Any = None) -> Any:
        """One of `choices`: arrows, or the key shown before it (1-9, a-z; actions their own)."""
        import questionary

        taken = {c.key for c in choices if c.key}
        free = iter(k for k in KEYS if k not in taken)
        items: list[questionary.Choice | questionary.Separator] = []
        for c in choices:
            if c.value is SEPARATOR:
                items.append(questionary.Separator(c.title or "  " + "─" * 10))
                continue
            key = c.key or next(free, "")
            # ' 1) ' before the title: continuation lines hang under the title (3 + 3 columns)
            items.append(questionary.Choice(wrap(c.title, 6), value=c.value, shortcut_key=key or False))
        chosen = next((i for i in items if isinstance(i, questionary.Choice) and i.value == default), None)
        instruction = t("plain_select_instruction", self.lang)
        question = questionary.select(_message(message, instruction), items, default=chosen, qmark="?",
                                      use_shortcuts=True, use_jk_keys=False, instruction=instruction, **self.io)
        answer = self._answered(question, message, lambda value: [c.title for c in choices if c.value == value])
        return answer

    def _answered(self, question, message: str, titles: Callable[[Any], list[str]]) -> Any:
        """Ask; then replace questionary's answered line (cut at the edge, or English) by the
        question and the choice in words, wrapped."""
        question.application.erase_when_done = True
        answer = self._ask(question)
        words = "; ".join(titles(answer)) or t("plain_nothing_ticked", self.lang)
        say(wrap(f"? {message} → {words}", 2))
        return answer

    def checkbox(self, message: str, choices: list[Choice]) -> list[Any]:
        """Several of `choices` (never an action: those are asked apart); the choice is echoed
        in words, in the interface language."""
        import questionary

        keys = iter(KEYS)
        items: list[questionary.Choice | questionary.Separator] = []
        ticks: list[tuple[str, Any]] = []
        for c in choices:
            if c.value is SEPARATOR:
                items.append(questionary.Separator())
                continue
            key = next(keys, "")
            if key:
                ticks.append((key, c.value))
            # '○ 1) ' before the title, as a select shows its keys: continuation lines hang under it
            items.append(questionary.Choice(wrap(f"{key}) {c.title}" if key else c.title, 8 if key else 5),
                                            value=c.value, checked=c.checked))
        instruction = t("plain_checkbox_instruction", self.lang)
        question = questionary.checkbox(_message(message, instruction), items, qmark="?", use_jk_keys=False,
                                        instruction=instruction, **self.io)
        _tick_by_key(question, ticks)
        return self._answered(question, message, lambda picked: [c.title for c in choices if c.value in picked])

    def text(self, message: str, *, default: str = "", instruction: str | None = None,
             validate: Callable[[str], bool | str] | None = None) -> str:
        import questionary

        return self._ask(questionary.text(_message(message, instruction), default=default, qmark="?",
                                          instruction=instruction,
                                          validate=validate, **self.io))

    def yes_no(self, message: str, default: bool = False) -> bool:
        return self.select(message, [Choice(t("yes", self.lang), True), Choice(t("no", self.lang), False)],
                           default=default)


def _tick_by_key(question, ticks: list[tuple[str, Any]]) -> None:
    """Let the key shown before an option tick or untick it, as space does on the option pointed at
    (questionary's checkbox has no shortcuts of its own)."""
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
    from questionary.prompts.common import InquirerControl

    app = question.application
    control = next((c for c in app.layout.find_all_controls() if isinstance(c, InquirerControl)), None)
    if control is None:  # a questionary without the control we know: space still ticks
        return
    bindings = KeyBindings()
    for key, value in ticks:
        def tick(event, value=value) -> None:
            chosen = control.selected_options
            if value in chosen:
                chosen.remove(value)
            else:
                chosen.append(value)
            control.pointed_at = next(i for i, c in enumerate(control.choices) if c.value == value)
        bindings.add(key, eager=True)(tick)
    app.key_bindings = merge_key_bindings([app.key_bindings, bindings])
