"""Free text shown literally in a document: control characters neutralised, markup escaped per output
format (Markdown, HTML, CSV)."""

import html
import re

# C0/C1 controls except tab and newline, plus bidirectional overrides that can reorder what a
# reader sees ("trojan source"): each becomes U+FFFD so the reader sees that something was there.
# A lone CR becomes a line break. str.translate is several times faster than a regex substitution,
# and an overview of 10,000 systems has several 100,000 cells.
_NEUTRAL = {c: "\ufffd" for c in [*range(0x00, 0x09), *range(0x0b, 0x20), *range(0x7f, 0xa0),
                                   0x200e, 0x200f, *range(0x202a, 0x202f), *range(0x2066, 0x206a)]}
_NEUTRAL[0x0d] = "\n"
_MD_SPECIAL = "\\`*_{}[]<>#|~&!"
_MD_TABLE = {**_NEUTRAL, **{ord(c): "\\" + c for c in _MD_SPECIAL}}
_NOT_PLAIN = re.compile(r"[^\w ,:;'\"/().?%$€@=+-]")
"""Text with none of these (and no '_', which \\w holds) needs no escaping in Markdown, unless it
starts a line with a block mark. Searching one negated class is a tight loop in the regex engine,
several times faster than matching the text against alternatives character by character."""
_MD_BLOCK_MARK = re.compile(r"^(\s*)([-+=>])", re.MULTILINE)
_MD_NUMBERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


_ACTIVE = re.compile("[" + "".join(re.escape(chr(c)) for c in _NEUTRAL) + "]")
"""Any character `neutral` changes: searching for one is several times faster than translating."""


def neutral(text: str) -> str:
    """The text as typed, except characters that would act on the terminal or the layout."""
    if not _ACTIVE.search(text):
        return text
    return text.replace("\r\n", "\n").translate(_NEUTRAL)


def md(text: str, *, line_start: bool = True) -> str:
    """Markdown that renders `text` literally, on one line (a table cell or a list item).
    `line_start=False` for a heading, where a leading '1.' cannot open a list."""
    if "_" not in text and not _NOT_PLAIN.search(text) and not (
            line_start and (text[:1] in "-+=>" or text[:1].isdigit() and _MD_NUMBERED.match(text))):
        return text  # the common case, dates and numbers too: nothing to escape
    escaped = text.replace("\r\n", "\n").translate(_MD_TABLE)
    first = escaped.lstrip()[:1]
    if line_start and ("\n" in escaped or first in "-+=>" or first.isdigit()):
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
