"""Every answer on one screen before concluding; any can still be changed from here."""

from textual.app import ComposeResult
from textual.widgets import Footer, Header, OptionList
from assessment.faces.tui.widgets.safe import Static
from textual.widgets.option_list import Option

from assessment.faces.present import answer_lines, set_aside_lines
from assessment.faces.strings import t
from assessment.faces.tui.widgets.numbered import numbered
from assessment.faces.tui.bindings import key
from assessment.faces.tui.screens.base import FaceScreen

CONCLUDE = "__conclude__"


class ReviewScreen(FaceScreen):
    """Dismisses with a question id to change, or None after Escape (back on the last question,
    its answer kept: nothing is withdrawn by going back).

    | Key | Action |
    | :- | :- |
    | enter | Conclude (first line) or change the selected answer. |
    | c | Conclude: show the outcome. |
    | escape | Back to the last question. |
    """

    BINDINGS = [
        key("c", "conclude", "conclude"),
        key("escape", "back", "back"),
        key("f2", "home", "home", show=False),
    ]

    DEFAULT_CSS = """
    ReviewScreen #hint { padding: 0 1; color: $text-muted; }
    ReviewScreen OptionList { height: 1fr; }
    """

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="hint", markup=False)
        yield OptionList(markup=False)
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def relabel(self) -> None:
        super().relabel()
        lang = self.lang
        self.title = t("review_title", lang)
        self.query_one("#hint", Static).update(t("review_hint", lang))
        options = self.query_one(OptionList)
        keep = options.highlighted
        options.clear_options()
        # 'Conclude' comes first, so Enter right away concludes and never changes an answer by accident.
        session = self.face.current
        options.add_options([Option(t("conclude_item", lang), id=CONCLUDE), None,
                             *[Option(numbered(line), id=a.question_id)
                               for a, line in answer_lines(session.walk, lang,
                                                              {c.question_id for c in session.conflicts()})]])
        aside = set_aside_lines(session.walk.questionnaire, session.set_aside, lang)
        if aside:  # shown, not selectable: they cannot be changed, only kept
            options.add_options([None, Option(t("set_aside", lang), disabled=True),
                                 *[Option(f"  {line}", disabled=True) for line in aside]])
        options.highlighted = keep if keep is not None else 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id == CONCLUDE:
            self.action_conclude()
        else:
            self.dismiss(event.option_id)

    def action_conclude(self) -> None:
        from assessment.faces.tui.screens.result import ResultScreen

        self.app.push_screen(ResultScreen())

    def action_back(self) -> None:
        self.dismiss(None)

    def action_home(self) -> None:
        self.face.go_home()
