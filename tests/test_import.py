"""Import: every bad-input class is refused with its message, naming file, assessment and field,
and nothing is written. Old schema versions stay importable."""

import json
from pathlib import Path

import pytest

from assessment.cli import main
from assessment.errors import UserError
from assessment.app.session import Session
from assessment.records.store import Store
from assessment.transfer.document import MAX_BYTES, dump, parse_export
from assessment.transfer.export import export_document
from assessment.transfer.importer import import_files
from tests.records_support import INTAKE, ROOT, run_to_end, snapshot

V1_FIXTURE = ROOT / "tests" / "data" / "export_v1.json"


@pytest.fixture
def good(tmp_path: Path, branching) -> dict:
    """A valid export of two assessments, as parsed JSON."""
    import datetime as dt

    with Store.open(tmp_path / "source.json") as store:
        for turn in range(2):
            run_to_end(Session.start(store, branching, INTAKE), turn=turn, note="notitie")
        document = export_document([store.get(i) for i in store.ids()], branching, dt.date(2026, 11, 22))
    return json.loads(dump(document))


def _write(tmp_path: Path, content: bytes | str | dict, name: str = "in.json") -> Path:
    path = tmp_path / name
    if isinstance(content, dict):
        content = json.dumps(content)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def _refused(tmp_path: Path, *files: Path, capsys) -> str:
    db = tmp_path / "target.json"
    with Store.open(db):
        pass
    before = snapshot(db.parent / "target.records")
    assert main(["--db", str(db), "import", *map(str, files)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err  # one clear line
    assert snapshot(db.parent / "target.records") == before == {}
    return err


def test_a_truncated_file(tmp_path: Path, good: dict, capsys) -> None:
    path = _write(tmp_path, json.dumps(good)[:500])
    err = _refused(tmp_path, path, capsys=capsys)
    assert str(path) in err and "not valid JSON" in err and "truncated" in err


@pytest.mark.parametrize("version, message", [
    (2, "unsupported schema_version 2 (update the tool)"),
    (0, "unsupported schema_version 0 (supported: 1)"),
    ("1", "schema_version must be a whole number"),
    (True, "schema_version must be a whole number"),
    (None, "schema_version must be a whole number"),
])
def test_a_wrong_version(tmp_path: Path, good: dict, version, message: str, capsys) -> None:
    good["schema_version"] = version
    assert message in _refused(tmp_path, _write(tmp_path, good), capsys=capsys)


def test_not_an_export_at_all(tmp_path: Path, capsys) -> None:
    for content, message in [(b"", "not valid JSON"), (b"[1, 2]", "not an assessment export"),
                             (b'{"answers": {}}', "not an assessment export"),
                             (b"\xff\xfe\x00", "not UTF-8"), (b"answers:\n  q: yes\n", "not valid JSON")]:
        assert message in _refused(tmp_path, _write(tmp_path, content), capsys=capsys)


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path: Path, capsys) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:  # sparse: costs no disk
        handle.truncate(MAX_BYTES + 1)
    assert "file too large" in _refused(tmp_path, path, capsys=capsys)
    with pytest.raises(UserError, match="file too large"):
        parse_export(b" " * (MAX_BYTES + 1), "mem")


@pytest.mark.parametrize("payload, message", [
    ("[" * 100_000, "nested too deeply"),
    ('{"schema_version": 1, "schema_version": 1}', "duplicate key 'schema_version'"),
])
def test_malicious_json(tmp_path: Path, payload: str, message: str, capsys) -> None:
    assert message in _refused(tmp_path, _write(tmp_path, payload), capsys=capsys)


@pytest.mark.parametrize("change, field", [
    (lambda a: a["answers"][0].update(evil="<script>"), "field answers.0.evil: Extra inputs are not permitted"),
    (lambda a: a.update(id="../../etc/passwd"), "field id: String should match pattern"),
    (lambda a: a["answers"][0].update(note=5), "field answers.0.note: Input should be a valid string"),
    (lambda a: a["intake"].update(status="exploded"), "field intake.status: Input should be"),
    (lambda a: a.update(created_at="yesterday"), "field created_at"),
    (lambda a: a.update(created_at="2026-11-22T10:00:00"), "field created_at: Input should have timezone info"),
    (lambda a: a["answers"][0].update(note="x" * 10_001), "field answers.0.note"),
    (lambda a: a.pop("questionnaire"), "field questionnaire: Field required"),
    (lambda a: a["answers"][0]["question"].update(nl=" \n\t"), "field answers.0.question.nl: text must not be empty"),
    (lambda a: a["answers"][0]["question"].update(en="\x1f"), "field answers.0.question.en: text must not be empty"),
    (lambda a: a["answers"][0]["question"].update(nl=5), "field answers.0.question.nl: Input should be a valid string"),
])
def test_a_bad_field_names_file_assessment_and_field(tmp_path: Path, good: dict, change, field: str,
                                                     capsys) -> None:
    target = good["assessments"][1]
    original_id = target["id"]
    change(target)
    path = _write(tmp_path, good)
    err = _refused(tmp_path, path, capsys=capsys)
    assert str(path) in err and "assessment 2" in err and field in err
    if target.get("id") == original_id:
        assert original_id in err


def test_one_bad_file_among_good_ones_writes_nothing(tmp_path: Path, good: dict, capsys) -> None:
    first = _write(tmp_path, good, "first.json")
    good["assessments"][0]["answers"][0]["flagged"] = "yes"
    second = _write(tmp_path, good, "second.json")
    err = _refused(tmp_path, first, second, capsys=capsys)
    assert "second.json" in err and "answers.0.flagged" in err


def test_a_missing_file(tmp_path: Path, capsys) -> None:
    assert "cannot read file" in _refused(tmp_path, tmp_path / "nope.json", capsys=capsys)


def test_the_same_id_with_different_content_in_one_batch(tmp_path: Path, good: dict, capsys) -> None:
    first = _write(tmp_path, good, "first.json")
    good["assessments"][0]["answers"][0]["note"] = "anders"
    second = _write(tmp_path, good, "second.json")
    assert "differs from the one with the same id" in _refused(tmp_path, first, second, capsys=capsys)


def test_a_hand_written_version_1_file_stays_importable(tmp_path: Path, branching) -> None:
    document = parse_export(V1_FIXTURE.read_bytes(), str(V1_FIXTURE))
    assert document.schema_version == 1
    assert document.assessments[0].intake.system_name == "Handgeschreven voorbeeld <v1>"
    with Store.open(tmp_path / "db.json") as store:
        assert import_files(store, [V1_FIXTURE]).added == ["fedcba9876543210fedcba9876543210"]
        record = store.get("fedcba9876543210fedcba9876543210")
        assert [a.question_id for a in record.answers] == ["kind", "uses"]
        assert record.answers[1].value == ("x", "y") and record.answers[0].flagged
        # resuming it under the real questionnaire keeps the answers and warns about the change
        session, warnings = Session.resume(store, branching, record.id)
        assert warnings and [a.question_id for a in session.walk.answers] == ["kind", "uses"]


def test_an_imported_assessment_is_shown_with_the_texts_its_officer_saw(tmp_path: Path, capsys) -> None:
    db = tmp_path / "db.json"
    assert main(["--db", str(db), "import", str(V1_FIXTURE)]) == 0
    assert main(["--db", str(db), "show", "fedcba98"]) == 0
    out = capsys.readouterr().out
    assert "Wie gebruikt het systeem?" in out and "Overheid" in out and "Selectie; Advies" in out
    assert "[!]" in out and "Navragen bij de proceseigenaar." in out


def test_an_older_version_is_upgraded_through_the_version_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """The mechanism a version 2 will rely on: an older model found by schema_version, then
    upgraded step by step to the current document. Exercised with a stand-in 'version 0'."""
    from typing import Literal

    from pydantic import BaseModel, ConfigDict

    import assessment.transfer.document as document

    current = json.loads(V1_FIXTURE.read_text("utf-8"))

    class LegacyV0(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True)
        schema_version: Literal[0]
        items: list[dict]  # version 0 called the list 'items'

        def upgraded(self) -> document.ExportDocumentV1:
            return document.ExportDocumentV1.model_validate_json(
                json.dumps({**current, "assessments": self.items}), strict=True)

    monkeypatch.setitem(document.VERSIONS, 0, LegacyV0)
    old = json.dumps({"schema_version": 0, "items": current["assessments"]}).encode()
    upgraded = parse_export(old, "old.json")
    assert isinstance(upgraded, document.ExportDocument)
    assert upgraded.assessments == parse_export(V1_FIXTURE.read_bytes(), "v1").assessments


def test_a_text_is_blank_exactly_when_python_strips_it_to_nothing() -> None:
    """The blank check runs inside pydantic-core (a regex), not in Python: same verdict as strip()."""
    from pydantic import ValidationError

    from assessment.i18n import Text

    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    for char in [*spaces, "\u200b", "\ufeff", "\u180e", "x", "\x00", "."]:
        for text in (char, char * 3, f" {char}\n"):
            try:
                Text.model_validate_json(json.dumps({"nl": text, "en": "x"}), strict=True)
                accepted = True
            except ValidationError as exc:
                assert exc.errors()[0]["msg"] == "text must not be empty"
                accepted = False
            assert accepted == bool(text.strip()), repr(text)


def test_a_duplicate_key_deep_inside_a_valid_export_is_refused(tmp_path: Path, good: dict, capsys) -> None:
    text = json.dumps(good)
    assert text.count('"note": "notitie"') > 1
    path = _write(tmp_path, text.replace('"note": "notitie"', '"note": "eerder", "note": "notitie"', 1))
    err = _refused(tmp_path, path, capsys=capsys)
    assert str(path) in err and "duplicate key 'note'" in err


@pytest.mark.parametrize("version", ["true", "1.0"])
def test_a_version_that_is_not_a_whole_number_is_refused(tmp_path: Path, good: dict, version: str,
                                                        capsys) -> None:
    text = json.dumps(good).replace('"schema_version": 1', f'"schema_version": {version}', 1)
    err = _refused(tmp_path, _write(tmp_path, text), capsys=capsys)
    assert f"schema_version must be a whole number, not {version.capitalize()}" in err


def test_a_byte_order_mark_is_accepted(tmp_path: Path, good: dict) -> None:
    document = parse_export(b"\xef\xbb\xbf" + json.dumps(good).encode(), "bom.json")
    assert [a.id for a in document.assessments] == [a["id"] for a in good["assessments"]]


_ADDED_BY_ISSUE_9 = {"timing", "decided_by", "checks", "affects", "alternatives", "in_service_on",
                     "significant_change_on", "processing_started_on", "placed_on_market_on"}


def _without(value, keys: set[str]):
    if isinstance(value, dict):
        return {k: _without(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [_without(v, keys) for v in value]
    return value


def test_an_export_made_before_register_drafts_stays_importable(tmp_path: Path) -> None:
    scenario = ROOT / "tests" / "scenarios" / "employment_cv_screening_4a.yaml"
    source, out = tmp_path / "source.json", tmp_path / "new.json"
    assert main(["--db", str(source), "run", "--answers", str(scenario), "--save"]) == 0
    assert main(["--db", str(source), "export", "--all", "-o", str(out)]) == 0
    new = json.loads(out.read_text(encoding="utf-8"))
    assert new["assessments"][0]["register_draft"]["entry"]["publication_category"] == "Hoog-risico AI-systeem"
    old = _without(new, {"register_draft"})
    assert parse_export(json.dumps(old).encode(), "old.json").assessments[0].register_draft is None
    with Store.open(tmp_path / "db.json") as store:
        assert len(import_files(store, [_write(tmp_path, old, "old.json")]).added) == 1


def test_an_export_made_before_timing_and_certainty_stays_importable(tmp_path: Path) -> None:
    """Exports written before steps had a timing kind and checks, open questions `affects`, and the
    intake its lifecycle dates: they still parse and import, the new fields empty."""
    scenario = ROOT / "tests" / "scenarios" / "officer_unknown_whether_done_high_risk_in_use.yaml"
    source, out = tmp_path / "source.json", tmp_path / "new.json"
    assert main(["--db", str(source), "run", "--answers", str(scenario), "--save", "--json"]) == 0
    assert main(["--db", str(source), "export", "--all", "-o", str(out)]) == 0
    new = json.loads(out.read_text(encoding="utf-8"))
    steps = new["assessments"][0]["steps"]
    assert steps and all(step["timing"] for step in steps)
    assert new["assessments"][0]["intake"]["in_service_on"] == "2024-02-01"
    old = _without(new, _ADDED_BY_ISSUE_9 | {"register_draft"})  # older than register drafts too
    assert "in_service_on" not in json.dumps(old) and '"checks"' not in json.dumps(old)
    document = parse_export(json.dumps(old).encode(), "old.json")
    assert document.assessments[0].intake.in_service_on is None
    assert all(step.timing is None and step.checks == [] for step in document.assessments[0].steps)
    with Store.open(tmp_path / "db.json") as store:
        assert len(import_files(store, [_write(tmp_path, old, "old.json")]).added) == 1
