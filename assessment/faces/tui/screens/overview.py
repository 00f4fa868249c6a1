"""The answered questions in path order; Enter picks one to change."""

from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList
from assessment.faces.tui.widgets.safe import Static
from textual.widgets.option_list import Option

from assessment.faces.present import answer_lines
from assessment.faces.strings import t
from assessment.faces.tui.screens.base import OnFace
from assessment.faces.tui.widgets.numbered import numbered
from assessment.faces.tui.bindings import key, localise


class OverviewScreen(OnFace, ModalScreen[str | None]):
    """Dismisses with the id of the question to change, or None (Escape).

    | Key | Action |
    | :- | :- |
    | up/down | Move. |
    | enter | Change this answer. |
    | escape | Close. |
    """

    BINDINGS = [key("escape", "close", "close")]

    DEFAULT_CSS = """
    OverviewScreen { align: center middle; }
    OverviewScreen > Static { width: 100%; padding: 0 1; text-style: bold; background: $panel; }
    OverviewScreen OptionList { height: 1fr; }
    """

    def compose(self) -> ComposeResult:
        lang = self.lang
        yield Static(t("overview_title", lang), markup=False)
        walk = self.face.current.walk
        yield OptionList(*[Option(numbered(line), id=a.question_id) for a, line in answer_lines(walk, lang)],
                         markup=False)
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        localise(self, self.lang)
        options = self.query_one(OptionList)
        options.highlighted = options.option_count - 1
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_id)

    def action_close(self) -> None:
        self.dismiss(None)
