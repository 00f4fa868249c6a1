"""An answer that contradicts the details: the officer says which holds (or decides later)."""

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from assessment.faces.strings import t


class ConflictScreen(ModalScreen[str | None]):
    """Dismisses with 'intake', 'answer', or None to decide later.

    | Key | Action |
    | :- | :- |
    | 1 | The details hold. |
    | 2 | The answer holds. |
    | escape | Decide later. |
    """

    BINDINGS = [
        Binding("1", "choose('intake')", show=False),
        Binding("2", "choose('answer')", show=False),
        Binding("escape", "choose(None)", show=False),
    ]

    DEFAULT_CSS = """
    ConflictScreen { align: center middle; }
    ConflictScreen > Vertical { width: 74; max-width: 95%; height: auto; max-height: 100%;
                                border: thick $warning; background: $surface; padding: 0 2; }
    ConflictScreen #title { text-style: bold; margin-top: 1; }
    ConflictScreen #message { height: auto; margin-top: 1; }
    ConflictScreen Horizontal { height: auto; margin: 1 0; }
    ConflictScreen Button { margin-right: 1; }
    """

    def __init__(self, message: str, lang: str) -> None:
        super().__init__()
        self.message = message
        self.lang = lang

    def compose(self) -> ComposeResult:
        lang = self.lang
        with Vertical():
            yield Static(t("conflict_title", lang), id="title", markup=False)
            yield Static(self.message + "\n\n" + t("conflict_which", lang), id="message", markup=False)
            with Horizontal():
                yield Button(f"1 {t('conflict_keep_intake', lang)}", id="intake", variant="primary", compact=True)
                yield Button(f"2 {t('conflict_keep_answer', lang)}", id="answer", compact=True)
                yield Button(f"Esc {t('conflict_later', lang)}", id="later", compact=True)

    def on_mount(self) -> None:
        self.query_one("#intake", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None if event.button.id == "later" else event.button.id)

    def action_choose(self, which: str | None) -> None:
        self.dismiss(which)
