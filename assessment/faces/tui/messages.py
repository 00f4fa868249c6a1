"""Messages the app sends to its screens, and the exception a failed save raises through them."""

from textual.message import Message


class Ready(Message):
    """The store is open and the questionnaire loaded (or the home list should be refreshed)."""


class SaveFailed(Exception):
    """A change could not be written; the app is closing with the reason."""
