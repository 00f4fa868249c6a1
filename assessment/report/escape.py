"""Free text is shown literally everywhere: no markup is interpreted, no control character acts.

Control characters (C0 except newline and tab, DEL, C1) and the bidirectional overrides that can
reorder what a reader sees are replaced by a visible `\\xNN` / `\\uNNNN` form.
"""

import html
import re

_BIDI = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#+\-=]|\d+[.)])")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def neutralise(text: str) -> str:
    """Control and bidi characters made visible; newlines and tabs kept."""
    return _CONTROL.sub(_visible, text)


def terminal(text: str, *, one_line: bool = True) -> str:
    """For printing: control characters neutralised; on one line, newlines shown as ⏎."""
    text = neutralise(text)
    return text.replace("\r\n", "\n").replace("\n", " ⏎ ").replace("\t", " ") if one_line else text


def markdown(text: str) -> str:
    """Literal Markdown: every markup character escaped, HTML-significant characters as entities,
    line breaks kept as hard breaks."""
    text = neutralise(text).replace("\r\n", "\n")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    lines = [_keep_indent(_MD_LINE_START.sub(_escape_last, line.replace("\t", "&#9;")))
             for line in text.split("\n")]
    return "  \n".join(lines)


def _escape_last(match: re.Match[str]) -> str:
    """`# x`, `- x`, `1. x` at the start of a line would become a heading or list: escape the mark."""
    mark = match.group(2)
    return match.group(1) + mark[:-1] + "\\" + mark[-1]


def _keep_indent(line: str) -> str:
    """Leading spaces as entities: kept as typed, and never read as a code block."""
    stripped = line.lstrip(" ")
    return "&#32;" * (len(line) - len(stripped)) + stripped


def markdown_cell(text: str) -> str:
    """For a table cell: literal, and on one line."""
    return markdown(text).replace("  \n", "<br>")


def html_text(text: str) -> str:
    """Literal HTML: escaped, controls neutralised, newlines as <br>."""
    return html.escape(neutralise(text).replace("\r\n", "\n"), quote=True).replace("\n", "<br>\n")
