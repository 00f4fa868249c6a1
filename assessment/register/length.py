"""Counting a text's length the way the Algoritmeregister does: after removing HTML tags and
reading character references (its API strips the markup, then compares with the limit)."""

from html.parser import HTMLParser


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def register_length(text: str) -> int:
    """The number of characters the register counts in `text` (its text nodes, joined by spaces)."""
    if "<" not in text and "&" not in text:
        return len(text)
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    return len(" ".join(parser.parts))


def fits(text: str, limit: int | None) -> bool:
    """Within the limit as the register counts it and as a JSON Schema `maxLength` counts it (the
    raw text), so the draft passes both."""
    return limit is None or (len(text) <= limit and register_length(text) <= limit)
