"""The full-screen application: owns the store, the questionnaire and the current session, and
moves between screens. Screens show state and forward choices; nothing here decides law."""

import asyncio
import datetime as dt
import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from textual.app import App

from assessment.app.messages import said
from assessment.faces.strings import t, unsaved_notes_text
from assessment.faces.tui.bindings import key, localise
from assessment.faces.tui.messages import Ready, SaveFailed
from assessment.language import Lang
from assessment.text.terminal import terminal_lines

if TYPE_CHECKING:  # imported lazily: the first screen appears before these are loaded
    from assessment.questionnaire.loader import Loaded
    from assessment.app.session import Session
    from assessment.records.store import Store

from assessment.faces.tui.commands import THEMES, palette_commands, theme_name

_T = TypeVar("_T")


class AssessmentApp(App[None]):
    """Start on the stored assessments, a new intake, or a resumed assessment.

    | Key | Action |
    | :- | :- |
    | f1 | Help screen. |
    | ctrl+l | Switch between Dutch and English. |
    | ctrl+t | Next colour theme. |
    | ctrl+q | Quit (every confirmed answer is already saved). |
    """

    TITLE = "AI-verordening"
    # Where the keyboard is must be unmistakable in every theme, also with NO_COLOR (where only
    # bold, reverse and marks survive): the highlighted row of every list is bold, and reversed
    # when there is no colour to show it.
    CSS = """
    OptionList:focus > .option-list--option-highlighted { text-style: bold; }
    DataTable:focus > .datatable--cursor { text-style: bold; }
    App:nocolor OptionList:focus > .option-list--option-highlighted { text-style: bold reverse; }
    App:nocolor DataTable:focus > .datatable--cursor { text-style: bold reverse; }
    App:nocolor Button:focus { text-style: bold reverse; }
    App:nocolor Input:focus { text-style: bold; }
    """
    BINDINGS = [
        key("ctrl+q", "quit", "quit", priority=True),
        key("f1", "help", "help"),
        key("ctrl+l", "switch_language", "language", show=False),  # in F1 and Ctrl+P: footers fit 80
        key("ctrl+t", "next_theme", "theme", show=False),
    ]

    def __init__(self, *, db: str | None = None, lang: Lang = "nl", start: str = "home",
                 record_id: str | None = None, questionnaire: str | None = None,
                 loaded: "Loaded | None" = None, today: Callable[[], dt.date] = dt.date.today,
                 export_dir: Path | None = None, theme: str | None = None, blink: bool = True) -> None:
        super().__init__()
        self.lang: Lang = lang
        self.db = db
        self.start = start
        self.start_id = record_id
        self.questionnaire_path = questionnaire
        self.loaded: Loaded | None = loaded
        self.today = today
        self.export_dir = export_dir or Path.cwd()
        self.blink = blink
        """False switches off the text cursor's blinking (deterministic snapshots)."""
        self.store: Store | None = None
        self.session: Session | None = None
        self.last_export: list[Path] = []
        """The files the last export wrote (shown on screen; read by the tests)."""
        self.error: str | None = None
        """A user error that ended the app; the CLI prints it and exits 2."""
        self.drafts: dict[str, tuple[str, bool]] = {}
        """Note and flag typed on questions without an answer (yet, or any more after going back),
        by question id: shown again on that question and saved with its answer."""
        if theme:
            self.theme = theme

    # start-up ----------------------------------------------------------------------------------

    def on_mount(self) -> None:
        from assessment.faces.tui.screens.home import HomeScreen

        self.title = t("app_title", self.lang)
        localise(self, self.lang)
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.push_screen(HomeScreen())
        # After the first frame: the home screen is up (and its keys live) before anything heavy.
        self.call_after_refresh(self.run_worker, self._prepare(), name="prepare", exclusive=True)

    async def _prepare(self) -> None:
        """Open the store (here, on the UI thread that will use it) and load the questionnaire
        in a thread, so the first screen is up while the YAML is read."""
        import importlib

        from assessment.errors import UserError

        # Importing the records layer builds its pydantic models (~0.3 s): do it in a thread so
        # the first frame is not held up; the store itself is then opened here, on its thread.
        await asyncio.to_thread(importlib.import_module, "assessment.app.session")
        from assessment.records.store import Store

        try:
            self.store = Store.open(self.db)
            self.screen.post_message(Ready())  # the list can show while the questionnaire loads
            if self.loaded is None:
                from assessment.questionnaire.shipped import load_default

                self.loaded = await asyncio.to_thread(load_default, self.questionnaire_path)
        except UserError as exc:
            self.fail(said(exc, self.lang))
            return
        # Everything loaded so far (Textual, pydantic models, the questionnaire) lives as long as
        # the app: keep it out of the collector's full passes, which otherwise pause an answer
        # now and then for 50-100 ms at random.
        gc.freeze()
        self.screen.post_message(Ready())
        if self.start == "new":
            self.open_intake()
        elif self.start == "resume" and self.start_id:
            self.resume(self.start_id, initial=True)

    def notify(self, message: str, *args, **kwargs) -> None:
        # Every notification, also one naming a file or quoting a value, is shown, never acted on.
        super().notify(terminal_lines(message), *args, **kwargs)

    def fail(self, reason: str) -> None:
        self.error = reason
        # After the next refresh: widgets still mounting must not see the app vanish under them.
        self.call_after_refresh(self.exit, return_code=2)

    def save(self, change: Callable[[], _T]) -> _T:
        """Run a session change (answer, back, edit, ...). If it cannot be saved, stop here with
        the reason rather than carry on with an answer that is not on disk."""
        from assessment.errors import UserError

        try:
            return change()
        except (UserError, OSError) as exc:
            self.fail(f"{t('not_saved', self.lang)}: {exc}")
            raise SaveFailed from exc

    @property
    def current(self) -> "Session":
        """The session on screen; only screens that need one (question, review, result) ask."""
        assert self.session is not None, "no assessment is open"
        return self.session

    def unsaved_notes(self) -> int:
        """How many questions have a note or flag that is not saved (no answer to save it with)."""
        pending = {q for q, (note, flagged) in self.drafts.items() if note.strip() or flagged}
        current = getattr(self.screen, "draft", None)
        if current is not None:
            question_id, (note, flagged) = current()
            if question_id is not None:
                pending.discard(question_id)
                if note.strip() or flagged:
                    pending.add(question_id)
        return len(pending)

    async def action_quit(self) -> None:
        """Quit; answers are saved already, but a note or flag waiting for its answer is not:
        ask first."""
        from assessment.faces.tui.screens.confirm import ConfirmScreen

        pending = self.unsaved_notes() if self.session is not None else 0
        if not pending or isinstance(self.screen, ConfirmScreen):
            self.exit()
            return

        def decided(yes: bool | None) -> None:
            if yes:
                self.exit()

        self.push_screen(ConfirmScreen(unsaved_notes_text(pending, "unsaved_note_quit", self.lang), self.lang),
                         decided)

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()

    # moving between screens --------------------------------------------------------------------

    def open_intake(self, then: Callable[[], None] | None = None) -> None:
        """The details form; `then` runs when it closes over a running assessment."""
        from assessment.faces.tui.screens.intake import IntakeScreen

        self.push_screen(IntakeScreen(self.session.intake if self.session else None),
                         (lambda _: then()) if then is not None else None)

    def start_session(self, intake) -> None:
        from assessment.app.session import Session

        from assessment.errors import UserError

        assert self.store is not None and self.loaded is not None
        try:
            self.session = Session.start(self.store, self.loaded, intake)
        except UserError as exc:  # the disk refused the first save: say so, keep the form up
            self.notify(str(exc), severity="error", timeout=12)
            return
        self.drafts = {}
        self.show_walk()

    def resume(self, record_id: str, *, show_result: bool = False, initial: bool = False) -> None:
        from assessment.errors import UserError
        from assessment.app.session import Session

        assert self.store is not None and self.loaded is not None
        try:
            self.session, warnings = Session.resume(self.store, self.loaded, record_id)
            self.drafts = {}
        except UserError as exc:
            if initial:
                self.fail(said(exc, self.lang))  # `assessment resume BAD-ID`: one line and exit 2, like the CLI
            else:
                self.notify(said(exc, self.lang), severity="error")
            return
        if warnings:
            self.notify(t("resume_warnings", self.lang, items="; ".join(w.get(self.lang) for w in warnings)),
                        severity="warning", timeout=12)
        if show_result:
            from assessment.faces.tui.screens.result import ResultScreen

            self.push_screen(ResultScreen())
        else:
            self.show_walk()

    def show_walk(self) -> None:
        """The question screen on top of the home screen (it pushes the review when complete)."""
        from assessment.faces.tui.screens.home import HomeScreen
        from assessment.faces.tui.screens.question import QuestionScreen

        while not isinstance(self.screen, HomeScreen) and len(self.screen_stack) > 2:
            self.pop_screen()
        if not isinstance(self.screen, HomeScreen):
            self.switch_screen(QuestionScreen())
        else:
            self.push_screen(QuestionScreen())

    def go_home(self) -> None:
        from assessment.faces.tui.screens.home import HomeScreen

        while len(self.screen_stack) > 2 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        if not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        self.session = None
        self.screen.post_message(Ready())

    # app-wide actions --------------------------------------------------------------------------

    def action_help(self) -> None:
        from assessment.faces.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen(self.lang, type(self.screen).__name__))

    def _remember_theme(self, theme) -> None:
        from assessment.app.remembered import remember

        remember(theme=theme.name)

    def action_switch_language(self) -> None:
        from assessment.app.remembered import remember

        self.lang = "en" if self.lang == "nl" else "nl"
        remember(lang=self.lang)
        self.title = t("app_title", self.lang)
        localise(self, self.lang)
        for screen in self.screen_stack:
            relabel = getattr(screen, "relabel", None)
            if relabel is not None:
                relabel()

    def action_next_theme(self) -> None:
        current = self.theme if self.theme in THEMES else THEMES[-1]
        self.choose_theme(THEMES[(THEMES.index(current) + 1) % len(THEMES)])

    def choose_theme(self, theme: str) -> None:
        self.theme = theme
        self.notify(f"{t('theme', self.lang)}: {theme_name(theme, self.lang)}", timeout=3)

    # the command palette -----------------------------------------------------------------------

    def get_system_commands(self, screen):
        return palette_commands(self)

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]  # App[None]
            self.push_screen(CommandPalette(placeholder=t("palette_placeholder", self.lang), id="--command-palette"))

    def action_new_assessment(self) -> None:
        if self.store is None or self.loaded is None:
            return
        if self.session is not None:
            self.go_home()
        self.session = None
        self.open_intake()

    def action_stored(self) -> None:
        if self.session is not None:
            self.go_home()

    def action_export(self) -> None:
        from assessment.faces.tui.screens.export import ExportScreen

        if self.session is not None:
            self.push_screen(ExportScreen(self.session.record_id))


def make_app(**options) -> AssessmentApp:
    """The one way to build the app, for the CLI and the tests (same options as AssessmentApp)."""
    return AssessmentApp(**options)
