"""A yes/no question before anything that cannot be undone (delete, dropping answers)."""

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button
from assessment.faces.tui.widgets.safe import Static

from assessment.faces.strings import t


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses with True (j/y/Enter on 'Ja') or False (n/Escape).

    | Key | Action |
    | :- | :- |
    | j, y | Yes. |
    | n, escape | No. |
    | up, down | Scroll a long message. |
    """

    BINDINGS = [
        Binding("j,y", "answer(True)", show=False),
        Binding("n,escape", "answer(False)", show=False),
        Binding("up", "scroll_message(-1)", show=False),
        Binding("down", "scroll_message(1)", show=False),
    ]

    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical { width: 70; max-width: 95%; height: auto; max-height: 100%;
                               border: thick $warning; background: $surface; padding: 0 2; }
    /* The message scrolls when long (many dropped answers at 80x24); the buttons always show. */
    ConfirmScreen #scroll { height: auto; max-height: 60vh; margin-top: 1; }
    ConfirmScreen #message { height: auto; }
    ConfirmScreen #question { height: auto; margin-top: 1; text-style: bold; }
    ConfirmScreen Horizontal { height: auto; align-horizontal: right; margin: 1 0; }
    ConfirmScreen Button { margin-left: 2; }
    """

    def __init__(self, message: str, lang: str, question: str = "") -> None:
        """`question` (e.g. 'Continue?') stays in view above the buttons when `message` scrolls."""
        super().__init__()
        self.message = message
        self.question = question
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical():
            with VerticalScroll(id="scroll"):
                yield Static(self.message, id="message", markup=False)
            if self.question:
                yield Static(self.question, id="question", markup=False)
            with Horizontal():
                yield Button(f"{t('yes', self.lang)} ({'j' if self.lang == 'nl' else 'y'})", id="yes",
                             variant="warning")
                yield Button(f"{t('no', self.lang)} (n)", id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()  # the safe choice is the default

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_scroll_message(self, lines: int) -> None:
        self.query_one("#scroll", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)
