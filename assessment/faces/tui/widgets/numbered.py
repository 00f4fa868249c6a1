"""A numbered ('12. question → answer') or bulleted line as two columns, so wrapped text hangs
under itself and the numbers or bullets stay in a column of their own."""

import re

from rich.table import Table
from rich.text import Text

from assessment.text.terminal import terminal

_NUMBER = re.compile(r"^(\d+\.) (.*)$", re.DOTALL)


def numbered(line: str, width: int = 3) -> Table | Text:
    """`line` as a prompt: Text (never markup) when it has no leading number."""
    match = _NUMBER.match(line)
    if match is None:
        return Text(terminal(line))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=max(width, len(match.group(1))), no_wrap=True, justify="right")
    grid.add_column(ratio=1)
    grid.add_row(Text(match.group(1)), Text(terminal(match.group(2))))
    return grid


def bulleted(line: str) -> Table | Text:
    """'• text' with the text hanging under itself; other lines as Text (never markup)."""
    if not line.startswith("• "):
        return Text(terminal(line))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=1, no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(Text("•"), Text(terminal(line[2:])))
    return grid
