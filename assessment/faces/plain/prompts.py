"""questionary prompts with Dutch (or English) instructions, one place to catch Ctrl-C and EOF.

questionary's own texts are English: every prompt here passes `instruction=` and `kbi_msg=`.
Ctrl-C makes `.ask()` return None and a closed input raises EOFError; both become `Interrupted`
so the flow can save and say how to resume."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assessment.faces.strings import t


SEPARATOR = object()
"""A choice with this value is drawn as a divider line (between answers and actions)."""


class Interrupted(Exception):
    """The officer pressed Ctrl-C or the input ended."""


@dataclass(frozen=True)
class Choice:
    title: str
    value: Any
    checked: bool = False


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

    def select(self, message: str, choices: list[Choice], default: Any = None, *,
               numbered: bool = False) -> Any:
        """`numbered`: each choice gets a number (1-9, then letters) that picks it."""
        import questionary

        items = [questionary.Separator() if c.value is SEPARATOR else questionary.Choice(c.title, value=c.value)
                 for c in choices]
        chosen = next((i for i in items if isinstance(i, questionary.Choice) and i.value == default), None)
        return self._ask(questionary.select(message, items, default=chosen, qmark="?",
                                            use_shortcuts=numbered and len(items) <= 36,
                                            instruction=t("plain_select_instruction", self.lang),
                                            **self.io))

    def checkbox(self, message: str, choices: list[Choice]) -> list[Any]:
        import questionary

        items = [questionary.Separator() if c.value is SEPARATOR
                 else questionary.Choice(c.title, value=c.value, checked=c.checked) for c in choices]
        return self._ask(questionary.checkbox(message, items, qmark="?",
                                              instruction=t("plain_checkbox_instruction", self.lang),
                                              **self.io))

    def text(self, message: str, *, default: str = "", instruction: str | None = None,
             validate: Callable[[str], bool | str] | None = None) -> str:
        import questionary

        return self._ask(questionary.text(message, default=default, qmark="?", instruction=instruction,
                                          validate=validate, **self.io))

    def yes_no(self, message: str, default: bool = False) -> bool:
        return self.select(message, [Choice(t("yes", self.lang), True), Choice(t("no", self.lang), False)],
                           default=default)
