"""What every screen of the app shares: the interface language and relabelling on a switch."""

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.screen import Screen

from assessment.faces.tui.bindings import localise
from assessment.language import Lang

if TYPE_CHECKING:
    from textual.app import App

    from assessment.faces.tui.app import AssessmentApp


class OnFace:
    """For every screen of the app, modal ones too: the app with its type, and its language."""

    app: "App[None]"

    @property
    def face(self) -> "AssessmentApp":
        return self.app  # type: ignore[return-value]

    @property
    def lang(self) -> Lang:
        return self.face.lang


class FaceScreen(OnFace, Screen):
    # Priority: the focus moves as soon as Tab arrives. Otherwise Textual hands the Tab to the
    # focused field's queue, and keys typed right after it (tmux, paste, a fast typist) are already
    # queued to the old field before the Tab is handled there.
    BINDINGS = [
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
    ]

    def on_mount(self) -> None:
        if not self.face.blink:
            from textual.widgets import Input

            for field in self.query(Input):
                field.cursor_blink = False  # snapshots and screen recordings stay stable
        self.relabel()

    def relabel(self) -> None:
        """Show every text in the current language (called again after Ctrl+L)."""
        localise(self, self.lang)
