"""The keys that answer a question, as priority bindings of the question screen.

Textual queues an ordinary key to the widget focused when it arrives, but checks that widget's
bindings against the focus at the time it is handled. A digit typed just before Ctrl+N (which
moves the focus to the note at once) was therefore handled after the move and lost, and Enter
later saved option 1. Priority bindings run in the app's own queue, in the order the keys came,
against the question on screen; they step aside (check_action False) when a text field has the
focus, so typed text still goes where the cursor is."""

from textual.binding import Binding

from assessment.faces.tui.widgets.choice_list import OPTION_KEYS

MOVES = {"up": "cursor_up", "down": "cursor_down", "home": "first", "end": "last",
         "pageup": "page_up", "pagedown": "page_down"}
"""Keys that move within the options; they only act while the options have the focus (on a
panel they scroll it)."""

ANSWER_BINDINGS = [
    Binding(name, f"answer_key('{name}')", show=False, priority=True)
    for name in [*MOVES, "space", "enter", *OPTION_KEYS]
]
