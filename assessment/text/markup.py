"""Free text shown literally in Markdown, HTML and CSV (the report and the CIO overview).

No markup in the text is interpreted and no control character acts: acting characters become
their visible escape (`assessment.text.controls`), then each format's special characters are
escaped. The report and the overview use these same functions.
"""

import html
import re

from assessment.text.controls import visible

_MD_SPECIAL = "\\`*_{}[]<>#|~&!"
_MD_ESCAPED = {ord(c): "\\" + c for c in _MD_SPECIAL}
_NOT_PLAIN = re.compile(r"[^\w ,:;'\"/().?%$€@=+-]")
"""Text with none of these (and no '_', which \\w holds) needs no escaping in Markdown, unless a
line starts with a block mark. Searching one negated class is a tight loop in the regex engine,
several times faster than matching the text against alternatives character by character."""
_MD_BLOCK_MARK = re.compile(r"^(\s*)([-+=>])", re.MULTILINE)
_MD_NUMBERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)
_LEADING_SPACES = re.compile(r"^( +)", re.MULTILINE)


def _escaped_lines(text: str, line_start: bool) -> str:
    """Markdown-escaped text, line breaks kept as newlines."""
    escaped = visible(text).translate(_MD_ESCAPED)
    first = escaped.lstrip()[:1]
    if line_start and ("\n" in escaped or first in "-+=>" or first.isdigit()):
        # Line starts that would open a list, a quote or a heading underline are escaped too.
        escaped = _MD_BLOCK_MARK.sub(r"\1\\\2", escaped)
        escaped = _MD_NUMBERED.sub(r"\1\\\2", escaped)
    return escaped


def md(text: str, *, line_start: bool = True) -> str:
    """Markdown that renders `text` literally on one line (a table cell, a list item, a heading);
    the writer's line breaks become hard breaks. `line_start=False` where a leading '1.' cannot
    open a list (inside a heading)."""
    if "_" not in text and not _NOT_PLAIN.search(text) and not (
            line_start and (text[:1] in "-+=>" or text[:1].isdigit() and _MD_NUMBERED.match(text))):
        return text  # the common case, dates and numbers too: nothing to escape
    return _escaped_lines(text, line_start).replace("\n", "<br>")


def markdown(text: str) -> str:
    """Markdown that renders `text` literally as a paragraph: line breaks as hard breaks, tabs
    and leading spaces kept as typed (and never read as a code block)."""
    escaped = _escaped_lines(text, True).replace("\t", "&#9;")
    escaped = _LEADING_SPACES.sub(lambda m: "&#32;" * len(m.group(1)), escaped)
    return escaped.replace("\n", "  \n")


def markdown_cell(text: str) -> str:
    """For a table cell: literal, and on one line."""
    return md(text)


def html_text(text: str) -> str:
    """HTML that shows `text` literally, keeping its line breaks."""
    return html.escape(visible(text), quote=True).replace("\n", "<br>\n")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A spreadsheet cell that is never read as a formula (OWASP CSV injection)."""
    cleaned = visible(text)
    if text[:1] in _FORMULA_START or cleaned[:1] in _FORMULA_START:
        return "'" + cleaned
    return cleaned
