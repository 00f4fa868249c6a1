"""Where the officer is: the section, 'vraag n van ongeveer m' and a bar."""

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import ProgressBar
from assessment.faces.tui.widgets.safe import Static


class WalkProgress(Vertical):
    """The section title; below it 'vraag n van ongeveer m' and a bar that never overshoots."""

    DEFAULT_CSS = """
    WalkProgress { height: 2; }
    WalkProgress #section { text-style: bold; }
    WalkProgress Horizontal { height: 1; }
    WalkProgress #position { width: 1fr; color: $text-muted; }
    WalkProgress ProgressBar { width: 12; }
    WalkProgress Bar { width: 12; }
    /* The stock bar is colour 234 on 233 in the dark theme: done in the accent colour, the rest
       as a plain line in the text colour, so both show in every theme (and without colour). */
    WalkProgress Bar > .bar--bar, WalkProgress Bar > .bar--complete { color: $accent; }
    WalkProgress Bar > .bar--background { color: $foreground-muted; }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="section", markup=False)
        with Horizontal():
            yield Static("", id="position", markup=False)
            yield ProgressBar(total=100, show_eta=False, show_percentage=False)

    def show(self, section: str, position: str, share: float) -> None:
        self.query_one("#section", Static).update(section)
        self.query_one("#position", Static).update(position)
        self.query_one(ProgressBar).update(progress=round(share * 100))
