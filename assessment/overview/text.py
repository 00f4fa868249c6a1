"""Free text shown literally: control characters neutralised, markup escaped per output format."""

import html
import re

# C0/C1 controls except tab and newline, plus bidirectional overrides that can reorder what a
# reader sees ("trojan source"). Each becomes U+FFFD so the reader sees that something was there.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MD_INLINE = re.compile(r"([\\`*_{}\[\]<>#|~&!])")
_MD_BLOCK_MARK = re.compile(r"^(\s*)([-+=>])", re.MULTILINE)
_MD_NUMBERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def neutral(text: str) -> str:
    """The text as typed, except characters that would act on the terminal or the layout."""
    return _CONTROLS.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def md(text: str, *, line_start: bool = True) -> str:
    """Markdown that renders `text` literally, on one line (a table cell or a list item).
    `line_start=False` for a heading, where a leading '1.' cannot open a list."""
    escaped = _MD_INLINE.sub(r"\\\1", neutral(text))
    if line_start:
        # Line starts that would open a list, quote or heading underline are escaped too.
        escaped = _MD_BLOCK_MARK.sub(r"\1\\\2", escaped)
        escaped = _MD_NUMBERED.sub(r"\1\\\2", escaped)
    # Tables and list items are single lines; a hard break keeps the writer's line breaks visible.
    return escaped.replace("\n", "<br>")


def html_text(text: str) -> str:
    """HTML that shows `text` literally, keeping its line breaks."""
    return html.escape(neutral(text), quote=True).replace("\n", "<br>")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A spreadsheet cell that is never read as a formula (OWASP CSV injection)."""
    cleaned = neutral(text)
    if text[:1] in _FORMULA_START or cleaned[:1] in _FORMULA_START:
        return "'" + cleaned
    return cleaned
