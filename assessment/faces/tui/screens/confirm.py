"""A yes/no question before anything that cannot be undone (delete, dropping answers)."""

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from assessment.faces.strings import t


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses with True (j/y/Enter on 'Ja') or False (n/Escape).

    | Key | Action |
    | :- | :- |
    | j, y | Yes. |
    | n, escape | No. |
    """

    BINDINGS = [
        Binding("j,y", "answer(True)", show=False),
        Binding("n,escape", "answer(False)", show=False),
    ]

    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical { width: 70; max-width: 95%; height: auto; max-height: 90%;
                               border: thick $warning; background: $surface; padding: 1 2; }
    ConfirmScreen #message { height: auto; max-height: 16; overflow-y: auto; }
    ConfirmScreen Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    ConfirmScreen Button { margin-left: 2; }
    """

    def __init__(self, message: str, lang: str) -> None:
        super().__init__()
        self.message = message
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.message, id="message", markup=False)
            with Horizontal():
                yield Button(f"{t('yes', self.lang)} (j)", id="yes", variant="warning")
                yield Button(f"{t('no', self.lang)} (n)", id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()  # the safe choice is the default

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)
