"""The draft as a file: JSON (the register's keys, with sources and what is still to write),
Markdown or HTML (laid out like the register's four tabs)."""

import json
from collections.abc import Mapping

from assessment.register.layout import layout
from assessment.register.model import RegisterDraft
from assessment.report import html, markdown

FORMATS = ("json", "md", "html")


def render(draft: RegisterDraft, fmt: str, questions: Mapping[str, str] | None = None) -> str:
    if fmt == "json":
        return json.dumps(draft.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    report = layout(draft, questions)
    return html.render(report) if fmt == "html" else markdown.render(report)
