"""Reports for the system owner, and free text rendered literally in Markdown, HTML and the terminal."""

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from assessment.cli import main
from assessment.questionnaire.shipped import load_default
from assessment.app.session import Session
from assessment.records.store import Store
from assessment.report import html, markdown
from assessment.report.content import build
from assessment.text.controls import visible as neutralise
from assessment.text.markup import html_text, markdown as md_escape
from assessment.text.terminal import terminal
from assessment.transfer.export import exported_assessment
from tests.records_support import HOSTILE, INTAKE, run_to_end


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data):
        self.text.append(data)


def _md() -> MarkdownIt:
    """CommonMark plus tables, as GitHub and most viewers render it."""
    return MarkdownIt("commonmark").enable("table").enable("strikethrough")


def _page(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    return page


@pytest.fixture
def view(tmp_path: Path, branching):
    with Store.open(tmp_path / "db.json") as store:
        session = Session.start(store, branching, INTAKE.model_copy(update={"system_name": HOSTILE}))
        run_to_end(session, turn=1, note=HOSTILE)
        return exported_assessment(store.get(session.record_id), branching, dt.date(2026, 11, 22))


def test_markdown_report_has_every_part_and_renders_free_text_literally(view) -> None:
    text = markdown.render(build(view, "nl"))
    for heading in ("## Overzicht", "## Classificatie", "## Volgende stappen", "## Open vragen",
                    "## Alle antwoorden"):
        assert heading in text
    assert "vervangt geen juridisch advies" in text and "1.0" in text and "2026-11-22" in text
    tokens = _md().parse(text)
    children = [c for t in tokens for c in (t.children or [])]
    kinds = {t.type for t in tokens} | {c.type for c in children}
    assert not kinds & {"link_open", "html_block", "code_inline", "code_block", "fence", "image"}
    assert {c.content for c in children if c.type == "html_inline"} <= {"<br>"}  # only our line breaks
    assert "table_open" in kinds
    headings = [t for t in tokens if t.type == "heading_open"]
    assert [h.tag for h in headings].count("h1") == 1  # the typed '# kop' did not become a heading
    rendered = _md().render(text)
    assert "<script" not in rendered and "<a " not in rendered
    page = "".join(_page(rendered).text)
    for line in neutralise(HOSTILE).split("\n"):
        assert line.strip() in page


def test_html_report_is_accessible_print_friendly_and_escaped(view) -> None:
    text = html.render(build(view, "nl"))
    page = _page(text)
    assert '<html lang="nl">' in text and "@media print" in text
    assert page.tags.count("h1") == 1 and page.tags.count("h2") >= 5 and "main" in page.tags
    assert "script" not in page.tags and "a" not in page.tags
    assert ("scope", "col") in page.attrs and "caption" in page.tags
    body = "".join(page.text)
    assert "\x1b" not in text and "\u202e" not in text
    for line in neutralise(HOSTILE).split("\n"):
        assert line in body


def test_english_report(view) -> None:
    text = markdown.render(build(view, "en"))
    assert "## Next steps" in text and "does not replace legal advice" in text
    assert '<html lang="en">' in html.render(build(view, "en"))


def test_report_command_writes_a_file(tmp_path: Path, capsys) -> None:
    db = tmp_path / "db.json"
    with Store.open(db) as store:
        session = Session.start(store, load_default(), INTAKE)
        run_to_end(session, note=HOSTILE)
    target = tmp_path / "rapport.html"
    assert main(["--db", str(db), "report", session.record_id[:8], "--format", "html", "-o", str(target)]) == 0
    assert target.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert main(["--db", str(db), "--lang", "en", "report", session.record_id]) == 0
    assert "# AI Act assessment" in capsys.readouterr().out


def test_terminal_output_neutralises_controls(tmp_path: Path, capsys) -> None:
    db = tmp_path / "db.json"
    with Store.open(db) as store:
        session = Session.start(store, load_default(), INTAKE.model_copy(update={"system_name": HOSTILE}))
        run_to_end(session, note=HOSTILE)
    for args in (["list"], ["show", session.record_id]):
        assert main(["--db", str(db), *args]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\u202e" not in out and "\x00" not in out
    assert "\\x1b[31mrood" in out  # shown, not acted on (from `show`)


@pytest.mark.parametrize("text", [HOSTILE, "**", "1. a", "  - b", "<!-- c -->", "&amp;", "\\*", "a\r\nb", "|"])
def test_escapers_keep_text_literal(text: str) -> None:
    rendered = _md().render(md_escape(text))
    shown = "".join(_page(rendered).text).replace("\n", "")
    assert shown.replace(" ", "") == neutralise(text).replace("\r\n", "\n").replace("\n", "").replace(" ", "")
    assert "".join(_page(html_text(text)).text).replace("\n", "") == neutralise(text).replace("\r\n", "").replace("\n", "")
    assert "\n" not in terminal(text)
