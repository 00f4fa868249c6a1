"""Text for a terminal: every line printed or shown on screen passes through `terminal`.

Nothing a user typed, imported or named (system names, notes, text answers, file names, ids in
error messages) may act on the terminal: no escape sequence, no title or clipboard change, no
reordering. Rich/Textual markup is a separate matter: the faces show text as literal content."""

import re

from assessment.text.controls import ACTIVE, visible

_ONE_FOR_ONE = re.compile(ACTIVE.pattern.replace("\r", ""))


def terminal(text: str, *, one_line: bool = True) -> str:
    """`text` made safe to print. On one line (the default) a line break shows as ⏎ and a tab
    as a space, so a value cannot fake further lines of output."""
    text = visible(text)
    if one_line and ("\n" in text or "\t" in text):
        return text.replace("\n", " ⏎ ").replace("\t", " ")
    return text


def terminal_lines(text: str) -> str:
    """`text` made safe to print, keeping its line breaks (a note or a long answer shown whole)."""
    return terminal(text, one_line=False)


def terminal_in_place(text: str) -> str:
    """`text` with each acting character replaced by ONE visible mark (U+FFFD), so positions in
    the text stay where they were: for an editable field, whose cursor counts characters. The
    field's value itself, and so what is saved, is never changed."""
    return _ONE_FOR_ONE.sub("\ufffd", text.replace("\r", "\ufffd")) if ACTIVE.search(text) else text
