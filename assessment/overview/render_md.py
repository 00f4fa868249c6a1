"""The overview as Markdown: the shared document renderer (`assessment.document`)."""

from assessment.document import markdown
from assessment.document.blocks import Document
from assessment.i18n import Lang
from assessment.overview.layout import page
from assessment.overview.model import Overview


def render(overview: Overview, lang: Lang = "nl") -> str:
    title, blocks = page(overview, lang)
    return markdown.render(Document(lang, title, blocks))
