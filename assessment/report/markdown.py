"""The report as Markdown: the shared document renderer, every piece of text escaped."""

from assessment.document import markdown
from assessment.document.blocks import Document


def render(report: Document) -> str:
    return markdown.render(report)
