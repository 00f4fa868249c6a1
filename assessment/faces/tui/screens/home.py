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
        rows = [home_row(s, lang) for s in self.summaries]
        # Shown, not hidden: `assessment list` names the file and the reason.
        bad_rows: list[tuple[str, ...]] = [(f"{t('unreadable', lang)} {u.id[:8]}", u.reason, "–", "–", "–", "–")
                                           for u in unreadable]
        for name, width in zip(_columns(lang), _widths(self.size.width or 80, rows + bad_rows, lang), strict=True):
            table.add_column(name, width=width)
        for row_key, cells in zip(self.row_ids, rows + bad_rows, strict=True):
            # Text, not str: a system name like "[bold]" must show literally, not as markup;
            # rows grow to fit, so nothing is cut.
            table.add_row(*(Text(terminal(c)) for c in cells), key=row_key, height=None)
        if self.row_ids:
            table.move_cursor(row=min(keep, len(self.row_ids) - 1))
            table.focus()
        empty.update("" if self.row_ids else t("home_empty", lang))
        empty.display = not self.row_ids

    def on_resize(self) -> None:
        self.refresh_list()

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


def _columns(lang: str) -> list[str]:
    return [t(k, lang) for k in ("col_system", "col_organisation", "col_status", "col_risk", "col_progress",
                                 "col_updated")]


def home_row(s, lang: str) -> tuple[str, ...]:
    """System, organisation, system status, risk class ('voorlopig' when it rests on open
    questions; not known before the walk is complete), progress, last edited (DD-MM-YYYY)."""
    risk = t("not_known_short", lang)  # an open assessment has no classification yet
    if s.complete:
        risk = label(s.risk_class, lang) if s.risk_class else (label(s.applicability, lang) if s.applicability else "–")
        if s.provisional:
            risk += f" ({t('provisional_short', lang)})"
    progress = t("status_complete", lang) if s.complete else t("progress_answered", lang, n=s.answered)
    edited = s.updated_at[:10]
    edited = f"{edited[8:10]}-{edited[5:7]}-{edited[:4]}" if len(edited) == 10 else edited
    return (s.system_name or "–", s.organisation or "–", label(s.status, lang) if s.status else "–", risk,
            progress, edited)


def _widths(total: int, rows: list[tuple[str, ...]], lang: str) -> list[int]:
    """Status, risk, progress and date as wide as their longest value (capped); system and
    organisation share the rest (the organisation at most 2/5 when both do not fit). Longer
    values wrap within their cell."""
    columns = _columns(lang)

    def need(i: int) -> int:
        return max([len(columns[i])] + [len(r[i]) for r in rows])

    wide = total >= 110  # at 80 columns the risk class and status wrap onto a second line
    fixed = [min(cap, need(i)) for i, cap in ((2, 15 if wide else 10), (3, 24 if wide else 14), (4, 9), (5, 10))]
    free = max(20, total - 2 - 2 * len(columns) - sum(fixed))  # a scrollbar, and 1 cell padding a side
    organisation = need(1) if need(0) + need(1) <= free else max(8, min(need(1), free * 2 // 5))
    return [free - organisation, organisation, *fixed]
