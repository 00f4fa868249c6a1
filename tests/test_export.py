"""Export for the CIO office: contents, committed schema, exact round trips, re-import detection."""

import datetime as dt
import json
import stat
from pathlib import Path

import pytest

from assessment.cli import main
from assessment.errors import UserError
from assessment.questionnaire.shipped import load_default
from assessment.app.session import Session
from assessment.records.store import Store
from assessment.transfer.document import ExportDocument, dump, parse_export, schema_text
from assessment.transfer.export import export_document
from assessment.transfer.importer import import_files
from tests.records_support import HOSTILE, INTAKE, ROOT, run_to_end

AS_OF = dt.date(2026, 11, 22)


def _fill(db: Path, loaded, count: int = 2) -> list[str]:
    with Store.open(db) as store:
        ids = []
        for turn in range(count):
            session = Session.start(store, loaded, INTAKE.model_copy(update={"system_name": f"{HOSTILE} {turn}"}))
            run_to_end(session, turn=turn, note=HOSTILE)
            ids.append(session.record_id)
        return ids


def _export(db: Path, loaded) -> ExportDocument:
    with Store.open(db) as store:
        return export_document([store.get(i) for i in store.ids()], loaded, AS_OF)


def _without_envelope(document: ExportDocument) -> dict:
    data = document.model_dump(mode="json")
    data.pop("export_id"), data.pop("created_at")
    return data


def test_the_committed_schema_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    committed = (ROOT / "data" / "export.schema.json").read_text("utf-8")
    assert committed == schema_text(), "run: assessment schema > data/export.schema.json"
    assert main(["schema"]) == 0
    assert capsys.readouterr().out == committed


def test_the_export_holds_what_the_cio_office_needs(tmp_path: Path, branching) -> None:
    db = tmp_path / "db.json"
    record_id = _fill(db, branching, 1)[0]
    document = _export(db, branching)
    assert document.schema_version == 1 and len(document.export_id) == 32 and document.tool_version
    exported = document.assessments[0]
    assert exported.id == record_id
    assert exported.questionnaire.id == "branching" and exported.questionnaire.version == "1.0"
    assert exported.questionnaire.content_hash == branching.content_hash
    assert exported.questionnaire.legal_as_of == branching.questionnaire.legal_as_of
    assert exported.as_of == AS_OF and exported.complete and exported.next_question is None
    assert exported.intake == INTAKE.model_copy(update={"system_name": f"{HOSTILE} 0"})
    first = exported.answers[0]
    question = branching.questionnaire.question(first.question_id)
    assert first.question == question.text  # the text as shown, Dutch and English
    assert [o.id for o in first.options] == [first.value] and first.options[0].text.nl
    assert first.note == HOSTILE and first.answered_at is not None and first.answered_at.tzinfo
    assert [a.question_id for a in exported.answers] == [a["question_id"] for a in
                                                          json.loads(dump(document))["assessments"][0]["answers"]]


def test_export_import_export_gives_the_same_document(tmp_path: Path, branching) -> None:
    _fill(tmp_path / "a.json", branching, 3)
    first = _export(tmp_path / "a.json", branching)
    exported = tmp_path / "export.json"
    exported.write_text(dump(first), "utf-8")
    with Store.open(tmp_path / "b.json") as store:
        result = import_files(store, [exported])
        assert len(result.added) == 3
    second = _export(tmp_path / "b.json", branching)
    assert second.assessments == first.assessments
    assert _without_envelope(second) == _without_envelope(first)
    assert parse_export(dump(second).encode(), "x") == second
    # free text survives byte for byte
    raw = json.loads(exported.read_text("utf-8"))
    assert raw["assessments"][0]["answers"][0]["note"] == HOSTILE
    assert raw["assessments"][0]["intake"]["function"] == HOSTILE


def test_reimporting_is_detected_not_duplicated(tmp_path: Path, branching) -> None:
    _fill(tmp_path / "a.json", branching, 2)
    exported = tmp_path / "export.json"
    exported.write_text(dump(_export(tmp_path / "a.json", branching)), "utf-8")
    with Store.open(tmp_path / "b.json") as store:
        assert len(import_files(store, [exported]).added) == 2
        again = import_files(store, [exported, exported])
        assert (again.added, again.updated, len(again.unchanged)) == ([], [], 2)
        assert len(store.ids()) == 2
    with Store.open(tmp_path / "a.json") as store:  # back into the database it came from
        back = import_files(store, [exported])
        assert (back.added, back.updated, len(back.unchanged)) == ([], [], 2)


def test_a_newer_version_replaces_an_older_one_is_skipped(tmp_path: Path, branching) -> None:
    """Newer means a higher revision, whatever the clocks said: the newer version here was saved
    on a machine whose clock ran years behind."""
    db = tmp_path / "a.json"
    record_id = _fill(db, branching, 1)[0]
    old = tmp_path / "old.json"
    old.write_text(dump(_export(db, branching)), "utf-8")
    data = json.loads(old.read_text("utf-8"))
    data["assessments"][0]["updated_at"] = "2001-01-01T00:00:00Z"
    data["assessments"][0]["revision"] += 1
    data["assessments"][0]["answers"][0]["note"] = "later note"
    new = tmp_path / "new.json"
    new.write_text(json.dumps(data), "utf-8")
    with Store.open(db) as store:
        assert import_files(store, [new]).updated == [record_id]
        assert store.get(record_id).answers[0].note == "later note"
        assert len(store.backups.of(record_id)) == 1
        assert import_files(store, [old]).kept_newer == [record_id]
        assert store.get(record_id).answers[0].note == "later note"
    data["assessments"][0]["answers"][0]["note"] = "changed elsewhere at the same revision"
    new.write_text(json.dumps(data), "utf-8")
    with Store.open(db) as store:
        assert import_files(store, [new]).conflicts == [record_id]
        assert store.get(record_id).answers[0].note == "later note"


def test_cli_round_trip_with_the_shipped_questionnaire(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loaded = load_default()
    ids = _fill(tmp_path / "a.json", loaded, 2)
    out1, out2 = tmp_path / "one.json", tmp_path / "two.json"
    assert main(["--db", str(tmp_path / "a.json"), "export", ids[0][:6], ids[1], "-o", str(out1)]) == 0
    assert stat.S_IMODE(out1.stat().st_mode) == 0o600
    assert main(["--db", str(tmp_path / "b.json"), "import", str(out1)]) == 0
    assert "2 imported" in capsys.readouterr().out
    assert main(["--db", str(tmp_path / "b.json"), "export", "--all", "-o", str(out2)]) == 0
    one, two = json.loads(out1.read_text()), json.loads(out2.read_text())
    for document in (one, two):
        document.pop("export_id"), document.pop("created_at")
    one["assessments"].sort(key=lambda a: a["id"])
    assert one == two


def test_export_needs_the_intake_and_a_choice(tmp_path: Path, branching, capsys) -> None:
    db = tmp_path / "db.json"
    with Store.open(db) as store:
        record = store.get(Session.start(store, branching, INTAKE.model_copy(update={"system_name": ""})).record_id)
        with pytest.raises(UserError, match="intake lacks system_name"):
            export_document([record], branching, AS_OF)
        with pytest.raises(UserError, match="nothing to export"):
            export_document([], branching, AS_OF)
    assert main(["--db", str(db), "export"]) == 2
    assert "--all" in capsys.readouterr().err
