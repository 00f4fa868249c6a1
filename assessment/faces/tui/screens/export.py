"""Before exporting: the folder the files go to (the current folder unless changed), then the
paths that were written."""

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from assessment.faces.tui.widgets.safe import Input, Static

from assessment.faces.strings import t
from assessment.faces.tui.screens.base import OnFace


class ExportScreen(OnFace, ModalScreen[list[Path] | None]):
    """Dismisses with the paths written, or None when closed before exporting.

    | Key | Action |
    | :- | :- |
    | enter | Export to the folder shown (again, after an export: close). |
    | escape | Close. |
    """

    BINDINGS = [Binding("escape", "close", show=False)]

    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical { width: 76; max-width: 100%; height: auto; max-height: 90%;
                              border: thick $accent; background: $surface; padding: 0 1; }
    ExportScreen #what { height: auto; margin-bottom: 1; }
    ExportScreen Input { margin-bottom: 1; }
    ExportScreen #status { height: auto; }
    ExportScreen #status.problem { color: $error; }
    ExportScreen #keys { color: $text-muted; height: auto; margin-top: 1; }
    """

    def __init__(self, record_id: str, on_done=None, *, register: bool = False) -> None:
        """`register`: write only the draft Algoritmeregister entry."""
        super().__init__()
        self.record_id = record_id
        self.on_done = on_done
        self.register = register
        self.written: list[Path] | None = None

    def compose(self) -> ComposeResult:
        lang = self.lang
        with Vertical():
            yield Static(t("register_what" if self.register else "export_what", lang), id="what", markup=False)
            yield Input(str(self.face.export_dir), id="folder")
            yield Static("", id="status", markup=False)
            yield Static(t("register_keys" if self.register else "export_keys", lang), id="keys", markup=False)

    def on_mount(self) -> None:
        self.query_one(Vertical).border_title = t("register_title" if self.register else "export_title",
                                                  self.lang)
        folder = self.query_one("#folder", Input)
        if not self.face.blink:
            folder.cursor_blink = False
        folder.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.written is not None:
            self.dismiss(self.written)
            return
        lang = self.lang
        typed = event.value.strip()
        folder = Path(typed).expanduser() if typed else Path.cwd()
        if folder.exists() and not folder.is_dir():
            self._status(t("export_not_folder", lang, path=str(folder)), problem=True)
            return
        from assessment.faces.tui.export_worker import export_record

        from assessment.app.remembered import remember

        self.face.export_dir = folder  # the next export offers the same folder, also next time
        remember(export_dir=str(folder.resolve()))
        self._status(t("exporting", lang))
        export_record(self.app, self.record_id, self._done, folder=folder, failed=self._failed,
                      register=self.register)

    def _done(self, paths: list[Path]) -> None:
        self.written = paths
        lang = self.lang
        self._status(t("exported", lang, path="\n  " + "\n  ".join(str(p) for p in paths)))
        self.query_one("#keys", Static).update(t("export_done_keys", lang))
        if self.on_done is not None:
            self.on_done(paths)

    def _failed(self, reason: str) -> None:
        self._status(t("export_failed", self.lang, reason=reason), problem=True)

    def _status(self, text: str, *, problem: bool = False) -> None:
        status = self.query_one("#status", Static)
        status.update(text)
        status.set_class(problem, "problem")

    def action_close(self) -> None:
        self.dismiss(self.written)
