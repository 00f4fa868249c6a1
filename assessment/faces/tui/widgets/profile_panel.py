"""The live 'profile so far': role, risk class and signals, open questions, from the outcome of
the answers given until now. It shows what the classifier concluded; it concludes nothing."""

from textual.containers import VerticalScroll
from textual.content import Content
from assessment.faces.tui.widgets.safe import Static

from assessment.faces.present import profile_blocks
from assessment.faces.strings import t
from assessment.language import Lang
from assessment.outcome.models import Outcome


class ProfilePanel(VerticalScroll, can_focus=True):
    DEFAULT_CSS = """
    ProfilePanel { border: round $secondary; padding: 0 1; }
    ProfilePanel:focus { border: round $accent; }
    """

    def compose(self):
        yield Static("", id="profile-body")

    def show(self, outcome: Outcome | None, lang: Lang) -> None:
        self.border_title = t("profile_title", lang)
        parts: list[Content] = []
        for heading, lines in profile_blocks(outcome, lang):
            if heading and len(lines) == 1:  # one value: on the heading's line (the panel is small)
                parts.append(Content.assemble((heading, "bold"), ": ", lines[0]))
                continue
            if heading:
                parts.append(Content.assemble((heading, "bold")))
            parts.extend(Content(f"  {line}" if heading else line) for line in lines)
        self.query_one("#profile-body", Static).update(Content("\n").join(parts))
