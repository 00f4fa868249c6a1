"""The keys that answer a question, as priority bindings of the question screen.

Textual queues an ordinary key to the widget focused when it arrives, but checks that widget's
bindings against the focus at the time it is handled. A digit typed just before Ctrl+N (which
moves the focus to the note at once) was therefore handled after the move and lost, and Enter
later saved option 1. Priority bindings run in the app's own queue, in the order the keys came,
against the question on screen; they step aside (check_action False) when a text field has the
focus, so typed text still goes where the cursor is."""

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.widgets import Input

from assessment.faces.strings import t
from assessment.faces.tui.widgets.choice_list import OPTION_KEYS, ChoiceList
from assessment.faces.tui.widgets.help_panel import HelpPanel
from assessment.faces.tui.widgets.profile_panel import ProfilePanel
from assessment.questionnaire.model import Kind, Question

# For the type checker the mixin is a screen; at run time the question screen brings that.
if TYPE_CHECKING:
    from assessment.faces.tui.screens.base import FaceScreen as _Screen
else:
    _Screen = object

MOVES = {"up": "cursor_up", "down": "cursor_down", "home": "first", "end": "last",
         "pageup": "page_up", "pagedown": "page_down"}
"""Keys that move within the options; they only act while the options have the focus (on a
panel they scroll it)."""

ANSWER_BINDINGS = [
    Binding(name, f"answer_key('{name}')", show=False, priority=True)
    for name in [*MOVES, "space", "enter", *OPTION_KEYS]
]


class AnswerKeys(_Screen):
    """The question screen's handling of ANSWER_BINDINGS. The screen provides `question`,
    `painted` (the question whose options have been drawn), `_focus_answer`, `_chosen` and
    `_hint`."""

    if TYPE_CHECKING:
        question: Question | None
        painted: str | None

        def _focus_answer(self) -> None: ...
        def _chosen(self, values: tuple[str, ...]) -> None: ...
        def _hint(self, text: str, *, problem: bool = False) -> None: ...

    def _hint_for_focus(self) -> None:
        """What the keys do where the focus is, and the way back to the answer from elsewhere."""
        question, focused = self.question, self.focused
        if question is None:
            return
        if focused is self.query_one("#note", Input):
            self._hint(t("note_way_out", self.lang))
        elif isinstance(focused, (HelpPanel, ProfilePanel)):
            self._hint(t("panel_way_out", self.lang))
        elif question.kind == Kind.MULTIPLE:
            self._hint(t("choose_many", self.lang))
        elif question.kind in (Kind.TEXT, Kind.DATE):
            self._hint("")
        else:
            self._hint(t("choose_one", self.lang))

    def on_descendant_focus(self, _: object) -> None:
        self._hint_for_focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The answer keys act unless a text field has the focus (then they type into it);
        arrows and Space only while the options have it (on a panel they scroll)."""
        if action != "answer_key":
            return True
        if isinstance(self.focused, Input) or self.question is None:
            return False
        if not self.query_one(ChoiceList).display:
            return parameters[0] == "enter"  # Enter on a panel returns to the text field
        return self.focused is self.query_one(ChoiceList) or parameters[0] not in (*MOVES, "space")

    def action_answer_key(self, name: str) -> None:
        """One key for the question on screen, in the order typed. From a panel, Enter brings
        the focus back and a digit or letter chooses there; nothing typed before the question
        was drawn counts."""
        choices = self.query_one(ChoiceList)
        if self.focused is not choices:
            self._focus_answer()
            if name == "enter" or not choices.display:
                return
        if self.question is None or self.painted != self.question.id:
            return
        if name in MOVES:
            getattr(choices, f"action_{MOVES[name]}")()
        elif name == "space":
            choices.action_toggle_choice()
        elif name == "enter":
            self._chosen(choices.chosen())
        else:
            choices.action_option_key(name)
