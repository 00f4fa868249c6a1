"""`assessment register ID`: the draft as JSON, Markdown or HTML; one-line errors, exit 2."""

import json
from pathlib import Path

import pytest

from assessment.cli import main
from assessment.questionnaire.loader import plain, read_yaml
from assessment.records.store import Store
from tests.records_support import HOSTILE
from tests.register_support import SCENARIOS


def _saved(tmp_path: Path, name: str, capsys, **intake) -> tuple[str, str]:
    db = str(tmp_path / "db.json")
    source = SCENARIOS / f"{name}.yaml"
    if intake:
        document, _ = read_yaml(source)
        data = plain(document)
        data["intake"].update(intake)
        source = tmp_path / f"{name}.json"
        source.write_text(json.dumps(data, default=str, ensure_ascii=False), "utf-8")
    assert main(["--db", db, "run", "--answers", str(source), "--save"]) == 0
    capsys.readouterr()
    with Store.open(db) as store:
        (record_id,) = store.ids()
    return db, record_id


def test_json_has_the_registers_keys_sources_and_what_is_still_to_write(tmp_path, capsys):
    db, record_id = _saved(tmp_path, "employment_cv_screening_4a", capsys)
    assert main(["--db", db, "register", record_id[:8]]) == 0
    draft = json.loads(capsys.readouterr().out)
    assert draft["format"] == "assessment-register-draft" and draft["assessment_id"] == record_id
    assert draft["entry"]["publication_category"] == "Hoog-risico AI-systeem"
    assert draft["entry"]["lang"] == "nld" and draft["entry"]["standard_version"] == "1.0"
    assert draft["still_to_write"][0] == {
        "key": "contact_email", "mandatory": True, "complete_only": False,
        "why": "Geef een algemeen e-mailadres of een https://-pagina waar het publiek vragen kan stellen; "
               "geen persoonlijk adres."}
    assert "null" not in json.dumps(draft["entry"])


def test_markdown_and_html_follow_the_registers_four_tabs_and_mark_what_is_open(tmp_path, capsys):
    db, record_id = _saved(tmp_path, "excel_rule_set_not_ai", capsys)
    assert main(["--db", db, "register", record_id, "--format", "md"]) == 0
    md = capsys.readouterr().out
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == ["## Over dit concept", "## Nog te schrijven", "## Algemene informatie",
                        "## Verantwoord gebruik", "## Werking", "## Metadata",
                        "## Waar de ingevulde velden vandaan komen"]
    assert "- **Contactgegevens:** ✎ NOG INVULLEN (verplicht)" in md
    assert "Vraag dpia\\_done: Is er al een DPIA gedaan" in md and "Antwoord: Ja" in md
    out = tmp_path / "concept.html"
    assert main(["--db", db, "register", record_id, "--format", "html", "-o", str(out)]) == 0
    page = out.read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="nl">' in page and "Werking</h2>" in page
    assert out.stat().st_mode & 0o077 == 0


def test_free_text_is_escaped_in_every_format(tmp_path, capsys):
    hostile = HOSTILE.replace("\x00", "")  # an answers file cannot carry NUL
    db, record_id = _saved(tmp_path, "excel_rule_set_not_ai", capsys, business_process=hostile)
    assert main(["--db", db, "register", record_id]) == 0
    assert hostile.strip() in json.loads(capsys.readouterr().out)["entry"]["goal"]
    assert main(["--db", db, "register", record_id, "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert "<script>" not in page and "&lt;script&gt;" in page and "\x1b" not in page


def test_no_draft_for_what_does_not_belong_in_the_register(tmp_path, capsys):
    db, record_id = _saved(tmp_path, "not_an_algorithm_document_system", capsys)
    out = tmp_path / "x.json"
    assert main(["--db", db, "register", record_id, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "gives no register entry: it is not an algorithm" in err
    assert not out.exists()
    assert main(["--db", db, "register", "ffff"]) == 2
    with pytest.raises(SystemExit) as exit_:
        main(["--db", db, "register", record_id, "--format", "pdf"])
    assert exit_.value.code == 2
