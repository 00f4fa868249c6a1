"""Every line the plain mode prints goes through `say`: free text (names, notes, answers, paths)
is shown, never acted on by the terminal (see assessment.text.terminal)."""

from assessment.text.terminal import terminal_lines


def say(*parts: object, sep: str = " ", end: str = "\n") -> None:
    print(terminal_lines(sep.join(str(p) for p in parts)), end=end, flush=True)
