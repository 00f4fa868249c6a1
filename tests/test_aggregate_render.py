"""The four formats: Markdown and HTML for people, CSV for Dutch Excel, JSON for machines.
Free text shows literally everywhere; Dutch first, English with --lang en."""

import csv
import datetime as dt
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fixtures import export_factory as f

from assessment.cli import main
from assessment.intake import SystemStatus
from assessment.overview import render_csv, render_html, render_json, render_md
from assessment.overview.build import build_overview
from assessment.overview.model import ADAPTER
from assessment.overview.record import from_export

AS_OF = dt.date(2026, 11, 22)
HOSTILE = "<script>alert(1)</script> **vet** | [klik](javascript:x) &amp; `code`\n# kop\u202e\x07"
MOTIVATION = "Gericht zoeken; art. 5(2) getoetst.\n- tweede regel"


def sample():
    risky = f.assessment(
        id=f.hex_id("risky"), system_name=HOSTILE, function=HOSTILE, business_process="Opsporing",
        classification_=f.classification(
            risk_class="prohibited",
            practices=[f.practice("AI Act art. 5(1)(h)", exception_ref="AI Act art. 5(1)(h)(i)",
                                  motivation=MOTIVATION), f.practice("AI Act art. 5(1)(c)")]))
    high = f.assessment(id=f.hex_id("high"), system_name="=SUM(A1:A9)", ministry="+31 BZK", organisation="@org",
                        function="-10 korting", status=SystemStatus.SWITCHED_OFF, switched_off_on=dt.date(2026, 1, 5),
                        classification_=f.classification(risk_class="high_risk", basis=["AI Act Annex III 5(a)"],
                                                         open_questions=[f.open_question()]),
                        steps=[f.step("fria", AS_OF + dt.timedelta(days=10)),
                               f.step("algoritmeregister", None, category="A")])
    records = [from_export(a, f.T0, f"{i}.json") for i, a in enumerate([risky, high])]
    return build_overview(records, as_of=AS_OF, files_read=2, assessments_read=2)


# --- Markdown ---------------------------------------------------------------------------------

def test_markdown_answers_the_uitvraag_in_dutch_with_escaped_free_text():
    text = render_md.render(sample())
    for heading in ["# Overzicht AI-systemen voor het CIO-office", "### 1. Hoeveel en welke systemen",
                    "### 2. Welke waren in productie", "### 3. Welke draaien onder een uitzonderingsgrond",
                    "### 4. In welke bedrijfsprocessen", "## Hoog-risico AI-systemen",
                    "## Transparantieverplichtingen", "## Voorlopige uitkomsten en open vragen",
                    "## Termijnen: verstreken of binnen 90 dagen", "## Alle onderzochte systemen"]:
        assert heading in text
    assert "<script>" not in text and "\\<script\\>" in text
    assert "\\*\\*vet\\*\\* \\| \\[klik\\](javascript:x) \\&amp; \\`code\\`<br>\\# kop" in text
    assert "\u202e" not in text and "\x07" not in text
    assert "Gericht zoeken; art. 5(2) getoetst.<br>\\- tweede regel" in text
    # Every table row of the register keeps its column count despite the pipes in the text.
    register = text.split("## Alle onderzochte systemen")[1].split("\n## ")[0]
    rows = [line for line in register.splitlines() if line.startswith("| ")]
    assert len(rows) == 4 and {line.replace("\\|", "").count("|") for line in rows} == {12}


def test_markdown_in_english_on_request():
    text = render_md.render(sample(), "en")
    assert "# AI systems overview for the CIO office" in text
    assert "### 3. Which run under an exception ground, with the motivation" in text
    assert "Overzicht" not in text


# --- HTML -------------------------------------------------------------------------------------

class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.hrefs += [value for name, value in attrs if name == "href"]

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_accessible_print_friendly_and_shows_text_literally():
    page = render_html.render(sample())
    parsed = _Elements()
    parsed.feed(page)
    assert '<html lang="nl">' in page and "@media print" in page
    assert "script" not in parsed.tags and "b" not in parsed.tags and "a" in parsed.tags  # only our nav links
    assert all(tag in parsed.tags for tag in ("h1", "h2", "h3", "table", "caption", "th", "nav", "main"))
    assert '<th scope="col">' in page
    assert "<script>alert(1)</script> **vet** | [klik](javascript:x) &amp; `code`" in "".join(parsed.text)
    assert parsed.hrefs and all(href.startswith("#") for href in parsed.hrefs)


# --- CSV --------------------------------------------------------------------------------------

def test_csv_opens_in_dutch_excel_one_row_per_system_and_never_runs_a_formula():
    data = render_csv.render(sample()).encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    header, *systems = rows
    assert header[:5] == ["ministerie", "ministerie-id", "organisatie", "organisatietype", "systeem"]
    assert len(systems) == 2 and all(len(r) == len(header) for r in systems)
    by_name = {r[4]: dict(zip(header, r, strict=True)) for r in systems}
    high = by_name["'=SUM(A1:A9)"]
    assert (high["ministerie"], high["organisatie"], high["functie"]) == ("'+31 BZK", "'@org", "'-10 korting")
    assert high["status"] == "buiten gebruik" and high["uitgeschakeld op"] == "2026-01-05"
    assert high["FRIA"] == "open, 2026-12-02" and high["Algoritmeregister"] == "open, categorie A"
    assert high["registratie EU-databank"] == "niet open"
    risky = by_name[HOSTILE.replace("\u202e", "\\u202e").replace("\x07", "\\x07")]
    assert risky["verboden praktijken"] == "AI Act art. 5(1)(c)"
    assert risky["uitzonderingsgrond en motivatie"] == f"AI Act art. 5(1)(h): AI Act art. 5(1)(h)(i): {MOTIVATION}"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_escapes_every_formula_start(start):
    record = from_export(f.assessment(id=f.hex_id(1), system_name=f"{start}cmd|' /C calc'!A0"), f.T0, "x.json")
    text = render_csv.render(build_overview([record], as_of=AS_OF, files_read=1, assessments_read=1))
    [_, row] = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert row[4].startswith("'")


def test_csv_headers_in_english_on_request():
    text = render_csv.render(sample(), "en")
    assert text.removeprefix("\ufeff").startswith("ministry;ministry id;organisation;organisation type;system;")


# --- JSON -------------------------------------------------------------------------------------

def test_json_names_its_schema_and_version_and_round_trips():
    text = render_json.render(sample())
    data = json.loads(text)
    assert (data["schema"], data["version"]) == ("assessment-overview", 1)
    assert ADAPTER.validate_json(text) == sample()
    assert data["systems"][1]["system_name"] == HOSTILE  # exactly as typed; escaping is for display
    schema = json.loads(render_json.json_schema())
    assert "schema" in schema["properties"] and "systems" in schema["required"]


# --- the command ------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, marker", [("md", "# Overzicht"), ("html", "<!DOCTYPE html>"),
                                         ("csv", "\ufeffministerie;"), ("json", '"schema": "assessment-overview"')])
def test_command_writes_each_format_to_a_file(tmp_path, capsys, fmt, marker):
    f.write(tmp_path / "in" / "a.json", f.document(f.assessment()))
    target = tmp_path / f"overview.{fmt}"
    code = main(["aggregate", str(tmp_path / "in"), "--format", fmt, "-o", str(target), "--as-of", "2026-11-22"])
    assert code == 0 and capsys.readouterr().out == ""
    assert marker in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", f"overview.{fmt}"]  # no temp file left


def test_command_language_option_before_or_after(tmp_path, capsys):
    f.write(tmp_path / "a.json", f.document(f.assessment()))
    assert main(["--lang", "en", "aggregate", str(tmp_path), "--as-of", "2026-11-22"]) == 0
    assert capsys.readouterr().out.startswith("# AI systems overview")
    assert main(["aggregate", str(tmp_path), "--lang", "en", "--as-of", "2026-11-22"]) == 0
    assert capsys.readouterr().out.startswith("# AI systems overview")


def test_the_committed_overview_schema_is_current():
    committed = Path(__file__).parent.parent / "data" / "overview.schema.json"
    assert committed.read_text(encoding="utf-8") == render_json.json_schema(), (
        "data/overview.schema.json is stale: regenerate it with "
        "`python -c 'from assessment.overview.render_json import json_schema; print(json_schema(), end=\"\")'"
        " > data/overview.schema.json`")
