"""What every screen of the app shares: the interface language and relabelling on a switch."""

from typing import TYPE_CHECKING

from textual.screen import Screen

from assessment.faces.tui.bindings import localise

if TYPE_CHECKING:
    from assessment.faces.tui.app import AssessmentApp


class FaceScreen(Screen):
    @property
    def face(self) -> "AssessmentApp":
        return self.app  # type: ignore[return-value]

    @property
    def lang(self) -> str:
        return self.face.lang

    def on_mount(self) -> None:
        if not self.face.blink:
            from textual.widgets import Input

            for field in self.query(Input):
                field.cursor_blink = False  # snapshots and screen recordings stay stable
        self.relabel()

    def relabel(self) -> None:
        """Show every text in the current language (called again after Ctrl+L)."""
        localise(self, self.lang)
