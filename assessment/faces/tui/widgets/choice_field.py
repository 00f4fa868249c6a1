"""A drop-down field whose own key help follows the interface language.

Textual's Select opens a menu whose footer help reads "esc Dismiss menu" in English whatever the
language: this one opens a menu labelled from our table of words (relabelled by `localise`)."""

from textual.app import ComposeResult
from textual.widgets import Select
from textual.widgets._select import SelectCurrent, SelectOverlay

from assessment.faces.tui.bindings import key


class ChoiceMenu(SelectOverlay):
    """The open menu of a ChoiceField: Esc closes it, said in the interface language."""

    BINDINGS = [key("escape", "dismiss", "close_menu")]


class ChoiceField(Select):
    """Select with a ChoiceMenu (found by Select's own queries, as it is a SelectOverlay)."""

    def compose(self) -> ComposeResult:
        yield SelectCurrent(self.prompt)
        yield ChoiceMenu(type_to_search=self._type_to_search).data_bind(compact=Select.compact)
