"""The help beside a question: the explanation, the legal references and the terms it uses."""

from textual.containers import VerticalScroll
from textual.content import Content
from assessment.faces.tui.widgets.safe import Static

from assessment.faces.present import HelpText
from assessment.faces.strings import t


class HelpPanel(VerticalScroll, can_focus=True):
    """Scrollable (focus it with Tab, then arrows) so long explanations fit at 80x24."""

    DEFAULT_CSS = """
    HelpPanel { border: round $primary; border-title-color: $text; padding: 0 1; }
    HelpPanel:focus { border: round $accent; }
    """

    def compose(self):
        yield Static("", id="help-body")

    def show(self, help_text: HelpText, lang: str) -> None:
        self.border_title = t("explanation", lang)
        self.border_subtitle = t("tab_scroll", lang)
        parts: list[Content] = [Content(help_text.explanation)]
        for option, text in help_text.option_help:
            parts.append(Content.assemble((option, "bold"), ": ", text))
        if help_text.refs:
            parts.append(Content.assemble((t("refs", lang), "bold")))
            parts.extend(Content(f"• {ref}") for ref in help_text.refs)
        if help_text.terms:
            parts.append(Content.assemble((t("terms", lang), "bold")))
            for term, definition, refs in help_text.terms:
                tail = f" ({', '.join(refs)})" if refs else ""
                parts.append(Content.assemble((term, "italic"), f": {definition}{tail}"))
        self.query_one("#help-body", Static).update(Content("\n").join(parts))
        self.scroll_home(animate=False)
