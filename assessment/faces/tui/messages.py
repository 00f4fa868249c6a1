"""Messages the app sends to its screens."""

from textual.message import Message


class Ready(Message):
    """The store is open and the questionnaire loaded (or the home list should be refreshed)."""
