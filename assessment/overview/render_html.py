"""The overview as one self-contained HTML page with a table of contents (`assessment.document`)."""

from assessment.document import html
from assessment.document.blocks import Document
from assessment.i18n import Lang
from assessment.overview.layout import page
from assessment.overview.model import Overview


def render(overview: Overview, lang: Lang = "nl") -> str:
    title, blocks = page(overview, lang)
    return html.render(Document(lang, title, blocks), contents=True)
