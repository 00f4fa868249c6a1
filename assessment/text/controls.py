"""The characters in free text that act instead of being read, and their visible form.

C0 controls (except newline and tab), DEL and C1 controls can move the cursor, clear the screen,
set the window title or the clipboard (ESC and the 8-bit CSI/OSC); bidirectional overrides,
embeddings, isolates and marks can reorder what a reader sees ("trojan source"); line and
paragraph separators break lines where none was typed; a lone surrogate cannot be printed at all.
Each becomes a visible escape such as `\\x1b` or `\\u202e`, so the reader sees that something was
there and what. A lone carriage return (which overwrites the line on a terminal) and CRLF become a
newline.
"""

import re

_CODES = [*range(0x00, 0x09), *range(0x0b, 0x0d), *range(0x0e, 0x20), *range(0x7f, 0xa0),
          0x061c, 0x200e, 0x200f, *range(0x202a, 0x202f), *range(0x2066, 0x206a), 0x2028, 0x2029]


def _visible_form(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_TABLE = {code: _visible_form(code) for code in _CODES}
_TABLE[0x0d] = "\n"
_TABLE.update({code: _visible_form(code) for code in range(0xd800, 0xe000)})
ACTIVE = re.compile("[" + "".join(re.escape(chr(c)) for c in _CODES) + "\r\ud800-\udfff]")
"""Any character `visible` changes. Searching for one first is several times faster than
translating every string (an overview has several 100,000 cells, nearly all clean)."""


def visible(text: str) -> str:
    """`text` with every acting character replaced by its visible escape; newlines and tabs kept."""
    if not ACTIVE.search(text):
        return text
    return text.replace("\r\n", "\n").translate(_TABLE)
