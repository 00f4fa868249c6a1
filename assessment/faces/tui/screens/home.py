"""The start screen: the stored assessments, and new, resume, show, export and delete."""

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Footer, Header
from assessment.faces.tui.widgets.safe import Static

from assessment.faces.labels import label
from assessment.faces.strings import t
from assessment.text.terminal import terminal
from assessment.faces.tui.bindings import key
from assessment.faces.tui.messages import Ready
from assessment.faces.tui.screens.base import FaceScreen


class HomeScreen(FaceScreen):
    """| Key | Action |
    | :- | :- |
    | n | New assessment. |
    | enter, r | Resume the selected one. |
    | s | Show its outcome. |
    | e | Export it (JSON and report). |
    | d | Delete it (asks first). |
    """

    BINDINGS = [
        key("n", "new", "new"),
        key("r", "resume", "resume"),
        key("s", "show", "show"),
        key("e", "export", "export"),
        key("d", "delete", "delete"),
    ]

    DEFAULT_CSS = """
    HomeScreen #title { padding: 0 1; text-style: bold; }
    HomeScreen #empty { padding: 1 2; color: $text-muted; }
    HomeScreen DataTable { height: 1fr; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list = []
        self.row_ids: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="title", markup=False)
        yield Static("", id="empty", markup=False)
        yield DataTable(cursor_type="row", zebra_stripes=True)
        yield Footer(show_command_palette=False)

    def relabel(self) -> None:
        super().relabel()
        self.query_one("#title", Static).update(t("home_title", self.lang))
        self.refresh_list()

    def on_ready(self, _: Ready) -> None:
        self.refresh_list()

    def on_screen_resume(self) -> None:
        self.refresh_list()

    def refresh_list(self) -> None:
        """Reload the list from the store (on this, the store's, thread)."""
        store = self.face.store
        empty = self.query_one("#empty", Static)
        table = self.query_one(DataTable)
        if store is None:
            empty.update(t("loading", self.lang))
            return
        self.summaries, unreadable = store.listing()
        self.row_ids = [s.id for s in self.summaries] + [u.id for u in unreadable]
        keep = table.cursor_row
        table.clear(columns=True)
        lang = self.lang
        # Fixed widths that fit 80 columns; longer names are cut, the full text is in `show`.
        for name, width in (("ID", 8), (t("col_system", lang), 15), (t("col_organisation", lang), 13),
                            (t("col_status", lang), 9), (t("col_risk", lang), 12),
                            (t("col_updated", lang), 11)):
            table.add_column(name, width=width)
        for s in self.summaries:
            progress = t("status_complete", lang) if s.complete else t("status_open", lang)
            # An open assessment has no classification yet: whatever the partial walk gives
            # rests on questions not yet asked.
            risk = t("not_known_short", lang) if not s.complete else (
                label(s.risk_class, lang) if s.risk_class else (
                    label(s.applicability, lang) if s.applicability else "–"))
            cells = (s.id[:8], s.system_name or "–", s.organisation or "–", progress, risk,
                     s.updated_at[5:16].replace("T", " "))
            # Text, not str: a system name like "[bold]" must show literally, not as markup.
            table.add_row(*(Text(terminal(c)) for c in cells), key=s.id)
        for u in unreadable:  # shown, not hidden: `assessment list` names the file and the reason
            table.add_row(*(Text(terminal(c)) for c in (u.id[:8], t("unreadable", lang), u.reason, "–", "–", "–")),
                          key=u.id)
        if self.row_ids:
            table.move_cursor(row=min(keep, len(self.row_ids) - 1))
            table.focus()
        empty.update("" if self.row_ids else t("home_empty", lang))
        empty.display = not self.row_ids

    def _selected(self) -> str | None:
        if not self.row_ids:
            self.notify(t("nothing_selected", self.lang))
            return None
        return self.row_ids[self.query_one(DataTable).cursor_row]

    def _ready(self) -> bool:
        return self.face.store is not None and self.face.loaded is not None

    def on_data_table_row_selected(self, _: DataTable.RowSelected) -> None:
        self.action_resume()

    def action_new(self) -> None:
        if self._ready():
            self.face.session = None
            self.face.open_intake()

    def action_resume(self) -> None:
        record_id = self._selected() if self._ready() else None
        if record_id:
            self.face.resume(record_id)

    def action_show(self) -> None:
        record_id = self._selected() if self._ready() else None
        if record_id:
            self.face.resume(record_id, show_result=True)

    def action_export(self) -> None:
        record_id = self._selected() if self._ready() else None
        if record_id:
            from assessment.faces.tui.screens.export import ExportScreen

            self.app.push_screen(ExportScreen(record_id))

    def action_delete(self) -> None:
        record_id = self._selected() if self._ready() else None
        if not record_id:
            return
        from assessment.faces.tui.screens.confirm import ConfirmScreen

        summary = next((s for s in self.summaries if s.id == record_id), None)
        name = (summary.system_name if summary else "") or record_id[:8]

        def done(yes: bool | None) -> None:
            if yes and self.face.store is not None:
                from assessment.errors import UserError

                try:
                    self.face.store.delete(record_id)
                except UserError as exc:  # unreadable, or the disk refused: say so, stay here
                    self.notify(str(exc), severity="error", timeout=12)
                    return
                self.notify(t("deleted", self.lang, name=name))
                self.refresh_list()

        self.app.push_screen(ConfirmScreen(t("confirm_delete", self.lang, name=name), self.lang), done)
