"""The outcome, as every face presents it (`assessment.presentation`): one widget per line, nested
lines indented so wrapped text hangs under itself; export to JSON and a report, saying where."""

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header
from assessment.faces.tui.widgets.safe import Static

from assessment.faces.strings import t
from assessment.text.terminal import terminal
from assessment.faces.tui.bindings import key
from assessment.faces.tui.screens.base import FaceScreen
from assessment.faces.tui.widgets.numbered import bulleted
from assessment.presentation.given import from_walk
from assessment.presentation.present import present
from assessment.presentation.text import Row, rows as text_rows


def outcome_rows(outcome, walk, lang) -> list[Row]:
    """The lines the screen shows: the presentation every face shares."""
    return text_rows(present(outcome, from_walk(walk), lang), lang)


class ResultScreen(FaceScreen):
    """| Key | Action |
    | :- | :- |
    | up/down, pageup/pagedown | Scroll. |
    | x | Export JSON, the report and the draft register entry. |
    | a | Write only the draft Algoritmeregister entry. |
    | escape | Back. |
    | f2 | The stored assessments. |
    """

    BINDINGS = [
        key("x", "export", "export"),
        key("a", "register", "register"),  # a short word: the footer must fit 80 columns
        key("escape", "back", "back"),
        key("f2", "home", "home"),
    ]

    DEFAULT_CSS = """
    ResultScreen VerticalScroll { padding: 0 1; }
    ResultScreen .heading { text-style: bold underline; margin-top: 1; }
    ResultScreen .warning { text-style: bold reverse; }
    ResultScreen .depth-1 { padding-left: 2; }
    ResultScreen .depth-2 { padding-left: 4; }
    ResultScreen .depth-3 { padding-left: 6; }
    ResultScreen #exported { color: $success; height: auto; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(id="result")
        yield Static("", id="exported", markup=False)
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def relabel(self) -> None:
        super().relabel()
        session, lang = self.face.current, self.lang
        self.title = terminal(f"{t('result_title', lang)}: {session.intake.system_name}")
        outcome = session.outcome(self.face.today())  # also remembered for the home list
        # One Static per line, indented as a block, so wrapped lines keep their hanging indent.
        # markup=False everywhere: answers, notes and names are shown exactly as typed.
        rows = [Static(bulleted(line), classes=" ".join(c for c in (kind, f"depth-{min(depth, 3)}") if c),
                       markup=False)
                for depth, line, kind in outcome_rows(outcome, session.walk, lang)]
        container = self.query_one("#result", VerticalScroll)
        container.remove_children()
        container.mount_all(rows)

    def action_export(self) -> None:
        from assessment.faces.tui.screens.export import ExportScreen

        def done(paths) -> None:
            self.query_one("#exported", Static).update(
                t("exported", self.lang, path="\n  " + "\n  ".join(str(p) for p in paths)))

        self.app.push_screen(ExportScreen(self.face.current.record_id, done))

    def action_register(self) -> None:
        from assessment.faces.tui.screens.export import ExportScreen

        def done(paths) -> None:
            if paths:
                self.query_one("#exported", Static).update(
                    t("exported", self.lang, path="\n  " + "\n  ".join(str(p) for p in paths)))

        self.app.push_screen(ExportScreen(self.face.current.record_id, done, register=True))

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 2:
            self.dismiss()

    def action_home(self) -> None:
        self.face.go_home()
