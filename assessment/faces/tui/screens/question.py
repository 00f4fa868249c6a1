"""One question at a time: section and progress, the options, a note and a follow-up flag, the
help beside it and the live profile so far. Also used to change an earlier answer."""

import asyncio

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header
from assessment.faces.tui.widgets.safe import Input, Static

from assessment.engine.prefill import INTAKE
from assessment.engine.walk import check_answer
from assessment.faces.answer_problem import answer_problem
from assessment.faces.present import answer_text, help_text, progress_text, section_title
from assessment.faces.strings import t, unsaved_notes_text
from assessment.faces.tui.answer_keys import ANSWER_BINDINGS, AnswerKeys
from assessment.limits import MAX_NOTE
from assessment.text.terminal import terminal
from assessment.faces.tui.messages import SaveFailed
from assessment.faces.tui.bindings import key
from assessment.faces.tui.screens.base import FaceScreen
from assessment.faces.tui.screens.intake_conflicts import IntakeConflicts
from assessment.faces.tui.widgets.choice_list import Choice, ChoiceList
from assessment.faces.tui.widgets.help_panel import HelpPanel
from assessment.faces.tui.widgets.profile_panel import ProfilePanel
from assessment.faces.tui.widgets.progress import WalkProgress
from assessment.questionnaire.model import Kind, Question


class QuestionScreen(AnswerKeys, IntakeConflicts, FaceScreen):
    """| Key | Action |
    | :- | :- |
    | arrows, 1-9, a-z, space | Choose (space ticks in multiple choice). |
    | enter | Confirm the answer (it is saved at once). |
    | escape | Previous question (its answer stays until another is confirmed), or cancel a change. |
    | ctrl+o | Overview of the answered questions, to change one. |
    | ctrl+n | Write a note on this question. |
    | ctrl+f | Flag this question for follow-up. |
    | ctrl+e | Change the system and organisation details. |
    | f2 | Back to the stored assessments. |
    """

    # Priority, and focus set at once (not deferred): Textual queues each key to the widget that
    # has the focus when it arrives, so keys typed right after Ctrl+N must find the note focused.
    BINDINGS = [
        key("escape", "back", "back", priority=True),
        key("ctrl+o", "overview", "overview"),
        key("ctrl+n", "note", "note", priority=True),
        key("ctrl+f", "flag", "flag", priority=True),
        key("ctrl+e", "intake", "edit_intake", show=False),
        key("f2", "home", "home", show=False),
        *ANSWER_BINDINGS,
    ]

    DEFAULT_CSS = """
    QuestionScreen #body { height: 1fr; }
    QuestionScreen #left { width: 1fr; padding: 0 1; }
    QuestionScreen #right { width: 34; }
    QuestionScreen #question { text-style: bold; margin: 1 0; height: auto; }
    QuestionScreen #editing { color: $warning; height: auto; }
    QuestionScreen ChoiceList { height: auto; max-height: 12; }
    QuestionScreen #hint { color: $text-muted; height: auto; }
    QuestionScreen #hint.problem { color: $error; }
    QuestionScreen #flag { color: $warning; height: 1; }
    QuestionScreen HelpPanel { height: 1fr; }
    QuestionScreen ProfilePanel { height: auto; max-height: 9; }
    QuestionScreen #note { margin-top: 1; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.editing: str | None = None
        """The id of an earlier question being changed, or None for the current question."""
        self.stepping = False
        """The earlier question was reached by going back (Esc): Esc goes further back, and
        confirming moves on to the next answered question instead of the first open one."""
        self.painted: str | None = None
        """The question whose options have been drawn: keys typed before that are dropped, so
        nothing is confirmed that the screen never showed."""
        self.flagged = False
        self.question: Question | None = None
        self.postponed: set[tuple[str, str]] = set()
        """Contradictions with the details put off (question id, answer): raised again once the
        answer changes, and marked in the review."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with Vertical(id="left"):
                yield WalkProgress()
                yield Static("", id="question", markup=False)
                yield Static("", id="editing", markup=False)
                yield ChoiceList(id="choices")
                yield Input(id="text-answer")
                yield Static("", id="hint", markup=False)
                yield Input(id="note", compact=True, max_length=MAX_NOTE)
                yield Static("", id="flag", markup=False)
            with Vertical(id="right"):
                yield HelpPanel()
                yield ProfilePanel()
        yield Footer(show_command_palette=False)

    @property
    def session(self):
        return self.face.session

    def relabel(self) -> None:
        super().relabel()
        self.query_one("#note", Input).placeholder = t("note_placeholder", self.lang)
        self.show(keep_input=True)

    def on_screen_resume(self) -> None:
        if self.session is not None:  # the details may have changed (Ctrl+E): the title shows them
            self.title = terminal(self.session.intake.system_name) or t("app_title", self.lang)

    # showing -----------------------------------------------------------------------------------

    def show(self, *, keep_input: bool = False) -> None:
        """Show the question being changed, or the current one; the review when none is left.
        An answer that contradicts the details is raised first."""
        session = self.session
        if session is None:
            return
        if self.editing is None and self._raise_conflict():
            return
        walk = session.walk
        question = walk.questionnaire.question(self.editing) if self.editing else walk.current()
        if question is None:
            # Only from the top: relabelled under the review or outcome (Ctrl+L), this screen
            # must not push a second review over them.
            if self.is_current:
                self._open_review()
            return
        lang = self.lang
        same = self.question is not None and question.id == self.question.id
        if self.question is not None and not same:
            self._keep_draft()
        self.question = question
        earlier = walk.answer_to(question.id)
        share = walk.progress().estimate
        # While changing an earlier answer the position line says so; the current answer, which
        # may be long, goes in the wrapping line below the question. Gone back to it: its place.
        changing = self.editing is not None and not self.stepping
        position = t("changing", lang) if changing else progress_text(walk, lang, earlier=self.editing)
        self.query_one(WalkProgress).show(section_title(walk.questionnaire, question, lang), position, share)
        self.query_one("#question", Static).update(question.text.get(lang))
        editing = self.query_one("#editing", Static)
        editing.update(t("stepped_back" if self.stepping else "editing", lang) + "\n"
                       + t("current_answer", lang) + ": " + answer_text(question, earlier.value, lang)
                       if self.editing and earlier else "")
        editing.display = bool(self.editing)
        title = terminal(session.intake.system_name) or t("app_title", lang)
        if self.title != title:
            self.title = title
        self.query_one(HelpPanel).show(help_text(walk.questionnaire, question, lang), lang)
        choices = self.query_one(ChoiceList)
        text_answer = self.query_one("#text-answer", Input)
        note = self.query_one("#note", Input)
        chosen = () if earlier is None else (
            (earlier.value,) if isinstance(earlier.value, str) else tuple(earlier.value))
        has_options = question.kind not in (Kind.TEXT, Kind.DATE)
        choices.display = has_options
        text_answer.display = not has_options
        fresh = not (keep_input and same)
        if fresh:
            self.painted = None
            self.call_after_refresh(self._painted, question.id)
            kept_note, kept_flag = ("", False) if earlier else self.face.drafts.get(question.id, ("", False))
            self.flagged = earlier.flagged if earlier else kept_flag
            note.value = earlier.note if earlier else kept_note
            if has_options:
                choices.set_choices([Choice(o.id, o.label.get(lang), o.exclusive) for o in question.options],
                                    multiple=question.kind == Kind.MULTIPLE, chosen=chosen, key=question.id)
            else:
                text_answer.value = str(earlier.value) if earlier else ""
        elif has_options:
            # Same question, new language: relabel the options but keep what is ticked.
            ticked = tuple(choices.ticked) or chosen
            highlighted = choices.highlighted
            choices.set_choices([Choice(o.id, o.label.get(lang), o.exclusive) for o in question.options],
                                multiple=question.kind == Kind.MULTIPLE, chosen=ticked, key=question.id)
            choices.highlighted = highlighted
        if not has_options:
            text_answer.placeholder = t("date_placeholder" if question.kind == Kind.DATE else "text_placeholder", lang)
        self._show_flag()
        if fresh:
            self.set_focus(choices if has_options else text_answer)
        self._hint_for_focus()
        self._update_profile()

    def draft(self) -> tuple[str | None, tuple[str, bool]]:
        """The question on screen and the note and flag typed there, when it has no answer yet
        (an answered question's note is saved with its answer or by a change)."""
        question, session = self.question, self.session
        if question is None or session is None or session.walk.answer_to(question.id) is not None:
            return None, ("", False)
        return question.id, (self.query_one("#note", Input).value, self.flagged)

    def _keep_draft(self) -> None:
        """Leaving an unanswered question: keep what was typed there for when it comes back."""
        question_id, (note, flagged) = self.draft()
        if question_id is None:
            return
        if note.strip() or flagged:
            self.face.drafts[question_id] = (note, flagged)
        else:
            self.face.drafts.pop(question_id, None)

    def _painted(self, question_id: str) -> None:
        self.painted = question_id

    def _hint(self, text: str, *, problem: bool = False) -> None:
        hint = self.query_one("#hint", Static)
        hint.update(text)
        hint.set_class(problem, "problem")

    def _show_flag(self) -> None:
        self.query_one("#flag", Static).update(t("flagged", self.lang) if self.flagged else "")

    def _update_profile(self) -> None:
        self.run_worker(self._profile(self.session), group="profile", exclusive=True)

    async def _profile(self, session) -> None:
        """Classify the partial walk off the UI thread (pure: the walk is immutable)."""
        outcome = await asyncio.to_thread(session.profile, self.face.today())
        self.query_one(ProfilePanel).show(outcome, self.lang)

    def _open_review(self) -> None:
        from assessment.faces.tui.screens.review import ReviewScreen

        self.app.push_screen(ReviewScreen(), self._after_review)

    def _after_review(self, change: str | None) -> None:
        """The review closed: with a question id to change it, or None after going back."""
        if change is None:  # Escape: the last question again, its answer kept and chosen
            self.editing, self.stepping = None, False
            self._step_back()
            return
        self.editing, self.stepping = change, False
        self.show()

    # answering ---------------------------------------------------------------------------------

    def on_choice_list_chosen(self, event: ChoiceList.Chosen) -> None:
        event.stop()
        question = self.question
        if question is None or event.key != question.id or self.painted != question.id:
            return  # typed for a question already answered (keys faster than the screen)
        self._chosen(event.values)

    def _chosen(self, values: tuple[str, ...]) -> None:
        """Confirm what the options show as chosen."""
        if self.question is None:
            return
        if self.question.kind == Kind.MULTIPLE:
            if not values:
                self._hint(t("choose_at_least_one", self.lang), problem=True)
                return
            self._confirm(values)
        elif values:
            self._confirm(values[0])

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "note":
            # Enter in the note returns to the answer; it does not answer for the officer.
            self._focus_answer()
        elif event.input.id == "text-answer":
            self._confirm(event.value)

    def _confirm(self, value: object) -> None:
        question, session = self.question, self.session
        if question is None or session is None:
            return
        problem = answer_problem(question, value, self.lang)
        if problem is not None:
            self._hint(problem, problem=True)
            return
        checked = check_answer(question, value)
        note = self.query_one("#note", Input).value
        if self.editing is None:
            try:
                self.face.save(lambda: session.answer(question.id, checked, note=note, flagged=self.flagged))
            except SaveFailed:
                return
            self.face.drafts.pop(question.id, None)  # saved with the answer
            self.show()
            return
        earlier = session.walk.answer_to(question.id)
        if earlier is not None and earlier.value == checked:
            self._finish_edit(question.id, None, note)
            return
        _, dropped = session.walk.edit(question.id, checked)
        if not dropped:
            self._finish_edit(question.id, checked, note)
            return
        from assessment.faces.tui.screens.confirm import ConfirmScreen

        questionnaire = session.walk.questionnaire
        items = "\n".join(f"• {questionnaire.question(q).text.get(self.lang)}" for q in dropped)
        message = t("confirm_drop", self.lang, n=len(dropped), items=items)

        def decided(yes: bool | None) -> None:
            if yes:
                self._finish_edit(question.id, checked, note)

        self.app.push_screen(ConfirmScreen(message, self.lang, t("continue", self.lang)), decided)

    def _finish_edit(self, question_id: str, value: object | None, note: str) -> None:
        session = self.session
        try:
            if value is not None:
                dropped = self.face.save(lambda: session.edit(question_id, value))
                if dropped:
                    self.notify(t("dropped", self.lang, n=len(dropped)), severity="warning")
            earlier = session.walk.answer_to(question_id)
            if earlier is not None and (earlier.note, earlier.flagged) != (note, self.flagged):
                self.face.save(lambda: session.annotate(question_id, note=note, flagged=self.flagged))
        except SaveFailed:
            return
        self._step_on(question_id)

    def _step_on(self, question_id: str) -> None:
        """After confirming an earlier question: gone back to it, on to the next answered one
        (as on paper); changed from the overview, on to the first open question."""
        answered = self._asked()
        following = answered.index(question_id) + 1 if question_id in answered else len(answered)
        if self.stepping and following < len(answered):
            self.editing = answered[following]
        else:
            self.editing, self.stepping = None, False
        self.show()

    # actions -----------------------------------------------------------------------------------

    def _focus_answer(self) -> None:
        if self.question is not None and self.question.kind in (Kind.TEXT, Kind.DATE):
            self.set_focus(self.query_one("#text-answer", Input))
        else:
            self.set_focus(self.query_one(ChoiceList))

    def action_back(self) -> None:
        """Back to the previous question with its answer chosen; nothing is withdrawn (an
        answer changes only when another one is confirmed). Escape in the note or on a panel
        returns to the answer; during a change from the overview it cancels the change."""
        if self.focused not in (self.query_one(ChoiceList), self.query_one("#text-answer", Input)):
            self._focus_answer()
            return
        if self.editing is not None and not self.stepping:
            self.editing = None
            self.show()
            return
        self._step_back()

    def _asked(self) -> list[str]:
        """The answered questions the officer was asked (the details' answers are passed over)."""
        return [a.question_id for a in self.session.walk.answers if a.source != INTAKE]

    def _step_back(self) -> None:
        answered = self._asked()
        here = answered.index(self.editing) if self.editing in answered else len(answered)
        if here == 0:
            self.notify(t("first_question", self.lang))
            return
        self.editing, self.stepping = answered[here - 1], True
        self.show()

    def action_overview(self) -> None:
        from assessment.faces.tui.screens.overview import OverviewScreen

        if self.session.walk.answers:
            self.app.push_screen(OverviewScreen(), self._after_overview)

    def _after_overview(self, question_id: str | None) -> None:
        if question_id:
            self.editing, self.stepping = question_id, False
            self.show()

    def action_note(self) -> None:
        self.set_focus(self.query_one("#note", Input))

    def action_flag(self) -> None:
        """Toggle the flag; it is saved with the answer when that is confirmed."""
        self.flagged = not self.flagged
        self._show_flag()

    def action_intake(self) -> None:
        # Back from the details: answers they give have followed them; a contradiction is raised now.
        self.face.open_intake(then=lambda: self.show(keep_input=True))

    def action_home(self) -> None:
        pending = self.face.unsaved_notes()
        if not pending:
            self.face.go_home()
            return
        from assessment.faces.tui.screens.confirm import ConfirmScreen

        def decided(yes: bool | None) -> None:
            if yes:
                self.face.go_home()

        self.app.push_screen(ConfirmScreen(unsaved_notes_text(pending, "unsaved_note_leave", self.lang), self.lang),
                             decided)
