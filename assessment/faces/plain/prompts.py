"""questionary prompts with Dutch (or English) instructions, one place to catch Ctrl-C and EOF.

questionary's own texts are English: every prompt here passes `instruction=` and `kbi_msg=`, and a
checkbox is erased when answered (its "done (2 selections)") and echoed in words instead.
Labels are wrapped at word boundaries to the terminal's width, so a screen reader hears every
word (prompt_toolkit would cut them at the edge). Ctrl-C makes `.ask()` return None and a closed
input raises EOFError; both become `Interrupted` so the flow can save and say how to resume."""

import shutil
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assessment.faces.strings import t


SEPARATOR = object()
"""A choice with this value is drawn as a divider line (between answers and actions)."""

KEYS = "123456789abcdefghijklmnopqrstuvwxyz"
"""The keys of the options, by position, as on the full screen."""


class Interrupted(Exception):
    """The officer pressed Ctrl-C or the input ended."""


@dataclass(frozen=True)
class Choice:
    title: str
    value: Any
    checked: bool = False
    key: str | None = None
    """The key that moves to this choice; None gives the next free option key, '' none."""


def wrap(text: str, indent: int, width: int | None = None) -> str:
    """`text` broken at word boundaries to fit after `indent` columns; continuation lines are
    indented to hang under the first."""
    columns = width or shutil.get_terminal_size((80, 24)).columns
    lines = textwrap.wrap(text, max(20, columns - indent - 1), break_long_words=False,
                          break_on_hyphens=False) or [""]
    return ("\n" + " " * indent).join(lines)


class Prompter:
    """Asks one thing at a time. For tests, `io` gives the prompt_toolkit `input`/`output` to use:
    a dict, or a function called once per prompt (so each prompt can get its own scripted keys)."""

    def __init__(self, lang: str, io: dict[str, Any] | Callable[[], dict[str, Any]] | None = None) -> None:
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

        free = iter(KEYS)
        items = []
        for c in choices:
            if c.value is SEPARATOR:
                items.append(questionary.Separator(c.title or "  " + "─" * 10))
                continue
            key = next(free, "") if c.key is None else c.key
            # ' 1) ' before the title: continuation lines hang under the title (3 + 3 columns)
            items.append(questionary.Choice(wrap(c.title, 6), value=c.value, shortcut_key=key or False))
        chosen = next((i for i in items if isinstance(i, questionary.Choice) and i.value == default), None)
        return self._ask(questionary.select(wrap(message, 2), items, default=chosen, qmark="?",
                                            use_shortcuts=True, use_jk_keys=False,
                                            instruction=t("plain_select_instruction", self.lang),
                                            **self.io))

    def checkbox(self, message: str, choices: list[Choice]) -> list[Any]:
        """Several of `choices` (never an action: those are asked apart); the choice is echoed
        in words, in the interface language."""
        import questionary

        items = [questionary.Separator() if c.value is SEPARATOR
                 else questionary.Choice(wrap(c.title, 5), value=c.value, checked=c.checked) for c in choices]
        question = questionary.checkbox(wrap(message, 2), items, qmark="?",
                                        instruction=t("plain_checkbox_instruction", self.lang), **self.io)
        question.application.erase_when_done = True
        picked = self._ask(question)
        titles = [c.title for c in choices if c.value in picked]
        print(wrap(f"? {message} → " + ("; ".join(titles) if titles else t("plain_nothing_ticked", self.lang)), 2))
        return picked

    def text(self, message: str, *, default: str = "", instruction: str | None = None,
             validate: Callable[[str], bool | str] | None = None) -> str:
        import questionary

        return self._ask(questionary.text(wrap(message, 2), default=default, qmark="?", instruction=instruction,
                                          validate=validate, **self.io))

    def yes_no(self, message: str, default: bool = False) -> bool:
        return self.select(message, [Choice(t("yes", self.lang), True), Choice(t("no", self.lang), False)],
                           default=default)
