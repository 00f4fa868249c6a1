"""The report as one self-contained, print-friendly, accessible HTML page; all text escaped."""

from assessment.document import html
from assessment.document.blocks import Document


def render(report: Document) -> str:
    return html.render(report)
