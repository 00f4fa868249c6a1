"""The options of a question: arrows, a digit (1-9) or a letter (a, b, ... from the 10th option
on) to choose, Enter to confirm; Space toggles when several may be chosen. A mouse click chooses
and never confirms. It only reports the choice; the engine checks it."""

from dataclasses import dataclass

from rich.table import Table
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

OPTION_KEYS = "123456789abcdefghijklmnopqrstuvwxyz"
"""The key of each option by position: digits for the first nine, then letters (the AP list has
19 options, the Annex III areas 10); shown before each label."""


def option_key(index: int) -> str:
    """The key that chooses the option at `index` ('' past the 35th)."""
    return OPTION_KEYS[index] if index < len(OPTION_KEYS) else ""


@dataclass(frozen=True)
class Choice:
    id: str
    label: str
    exclusive: bool = False


class ChoiceList(OptionList):
    """Single or multiple choice over a question's options.

    | Key | Action |
    | :- | :- |
    | up/down | Move between options. |
    | 1-9, a-z | Go to that option (and toggle it when several may be chosen). |
    | space | Toggle the highlighted option (multiple choice). |
    | enter | Confirm the choice. |
    """

    BINDINGS = [
        Binding("space", "toggle_choice", "Toggle", show=False),
        *[Binding(k, f"option_key('{k}')", show=False) for k in OPTION_KEYS],
    ]

    class Chosen(Message):
        """The officer confirmed: `values` are option ids (empty when none was ticked), `key`
        names the options shown (the question), so a late message is not taken for the next."""

        def __init__(self, values: tuple[str, ...], key: str) -> None:
            super().__init__()
            self.values = values
            self.key = key

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.choices: list[Choice] = []
        self.multiple = False
        self.ticked: set[str] = set()
        self.key = ""

    def set_choices(self, choices: list[Choice], *, multiple: bool, chosen: tuple[str, ...] = (),
                    key: str = "") -> None:
        """Show new options; `chosen` are preselected (an earlier answer); `key` travels with
        every Chosen message."""
        self.key = key
        self.choices = choices
        self.multiple = multiple
        self.ticked = set(chosen) if multiple else set()
        self.set_options([Option(self._prompt(i, c), id=c.id) for i, c in enumerate(choices)])
        first = next((i for i, c in enumerate(choices) if c.id in chosen), 0)
        self.highlighted = first if choices else None

    def _prompt(self, index: int, choice: Choice) -> Table:
        """The key (and tick box) in a column of its own, so a long label wraps under itself and
        the keys stay easy to scan. Text, not str: labels are never read as markup."""
        number = f"{option_key(index)}." if option_key(index) else ""
        label = choice.label
        if index < 9 and label.startswith(number + " "):
            label = label[len(number) + 1:]  # the label carries the same number (Annex III points)
        if self.multiple:
            number = ("[x] " if choice.id in self.ticked else "[ ] ") + number
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=6 if self.multiple else 2, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(Text(number), Text(label))
        return grid

    def _redraw(self) -> None:
        for i, choice in enumerate(self.choices):
            self.replace_option_prompt_at_index(i, self._prompt(i, choice))

    def chosen(self) -> tuple[str, ...]:
        """What the screen shows as chosen: the ticked options, or the highlighted one."""
        if self.multiple:
            return tuple(c.id for c in self.choices if c.id in self.ticked)
        if self.highlighted is None or not self.choices:
            return ()
        return (self.choices[self.highlighted].id,)

    def action_toggle_choice(self) -> None:
        if not self.multiple or self.highlighted is None:
            return
        choice = self.choices[self.highlighted]
        if choice.id in self.ticked:
            self.ticked.discard(choice.id)
        else:
            # 'None of these' and similar cannot be combined: ticking one clears the other kind.
            exclusive = {c.id for c in self.choices if c.exclusive}
            if choice.exclusive:
                self.ticked.clear()
            else:
                self.ticked -= exclusive
            self.ticked.add(choice.id)
        self._redraw()

    def action_option_key(self, key: str) -> None:
        index = OPTION_KEYS.find(key)
        if index < 0 or index >= len(self.choices):
            return
        self.highlighted = index
        self.action_toggle_choice()

    def action_select(self) -> None:
        self.post_message(self.Chosen(self.chosen(), self.key))

    async def _on_click(self, event: events.Click) -> None:
        """A click chooses (ticks, in multiple choice) but never confirms: Enter does."""
        event.prevent_default()  # OptionList's own click handler would also confirm
        clicked = event.style.meta.get("option")
        if clicked is not None and not self._options[clicked].disabled:
            self.highlighted = clicked
            self.action_toggle_choice()
