"""Textual widgets that never let free text act on the terminal.

Static, Label and Input as the screens use them, except that text (a system name, a note, an
answer, a file path) passes through the terminal sanitiser before it becomes the widget's content,
so an escape sequence, a C1 control or a bidi override is shown as `\\x1b`, `\\u202e`, never
sent. With markup=False (as the screens use them) Rich markup stays literal too. An Input's value,
and so what is saved, is never changed: only how it is drawn."""

from typing import Any

from rich.text import Text
from textual import widgets

from assessment.text.terminal import terminal_in_place, terminal_lines


def _safe(content: Any) -> Any:
    return terminal_lines(content) if isinstance(content, str) else content


class Static(widgets.Static):
    def __init__(self, content: Any = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(_safe(content), *args, **kwargs)

    def update(self, content: Any = "", *args: Any, **kwargs: Any) -> None:
        super().update(_safe(content), *args, **kwargs)


class Label(widgets.Label):
    def __init__(self, content: Any = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(_safe(content), *args, **kwargs)

    def update(self, content: Any = "", *args: Any, **kwargs: Any) -> None:
        super().update(_safe(content), *args, **kwargs)


class Input(widgets.Input):
    @property
    def _value(self) -> Text:
        # Drawn one mark per acting character, so the cursor, which counts characters, stays put.
        if self.password or not self.value:
            return super()._value
        text = Text(terminal_in_place(self.value), no_wrap=True, overflow="ignore", end="")
        return self.highlighter(text) if self.highlighter is not None else text
