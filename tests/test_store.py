"""The database: location, permissions, one writer, corrupt files left alone, ids, delete, backups."""

import json
import os
import stat
from pathlib import Path

import pytest

from assessment.errors import UserError
from assessment.records.location import default_path
from assessment.app.session import Session
from assessment.records.storage import CorruptDatabase
from assessment.records.store import Store
from tests.records_support import INTAKE, cli, run_to_end, snapshot


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "db" / "assessments.json"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_are_readable_by_their_owner_only(db: Path, branching) -> None:
    with Store.open(db) as store:
        session = Session.start(store, branching, INTAKE)
        run_to_end(session)
        store.backup(session.record_id)
        assert _mode(db) == 0o600
        assert _mode(store.file_of(session.record_id)) == 0o600
        assert _mode(store.records_dir) == 0o700
        assert _mode(db.parent) == 0o700  # created by us
        assert all(_mode(p) == 0o600 for p in store.backups.folder.iterdir())


def test_a_second_instance_is_refused_and_writes_nothing(db: Path, branching) -> None:
    with Store.open(db) as store:
        Session.start(store, branching, INTAKE)
        with pytest.raises(UserError, match="in use by another"):
            Store.open(db)
        before = snapshot(db.parent)
        result = cli("delete", "0", "--yes", db=db)
        assert result.returncode == 2
        assert "in use by another" in result.stderr and str(db) in result.stderr
        assert "Traceback" not in result.stderr
        assert snapshot(db.parent) == before
    with Store.open(db) as store:  # released on close
        assert len(store.ids()) == 1


@pytest.mark.parametrize("garbage", [b"", b"{\"database\": {\"1\": ", b"\xff\xfe not utf-8", b"[1, 2]",
                                     b'{"_default": {}}'])
def test_a_corrupt_index_is_reported_and_left_byte_identical(db: Path, garbage: bytes) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(garbage)
    with pytest.raises(CorruptDatabase) as raised:
        Store.open(db)
    assert str(db) in str(raised.value)
    assert db.read_bytes() == garbage
    result = cli("list", db=db)
    assert result.returncode == 2 and str(db) in result.stderr and "Traceback" not in result.stderr
    assert db.read_bytes() == garbage


def test_a_corrupt_record_is_reported_by_name_and_left_alone(db: Path, branching) -> None:
    with Store.open(db) as store:
        healthy = Session.start(store, branching, INTAKE)
        run_to_end(healthy)
        session = Session.start(store, branching, INTAKE)
        record_file = store.file_of(session.record_id)
    record_file.write_bytes(b'{"record": {"1": {"id": "trunc')
    listed = cli("list", db=db)
    assert healthy.record_id[:8] in listed.stdout and "ONLEESBAAR" in listed.stdout
    for args, code in ((["list"], 0), (["show", session.record_id[:6]], 2), (["export", "--all"], 2),
                       (["report", session.record_id], 2)):
        result = cli(*args, db=db)
        assert result.returncode == code, args
        assert str(record_file) in result.stderr and "Traceback" not in result.stderr
        assert "invalid JSON" in result.stderr
    assert record_file.read_bytes() == b'{"record": {"1": {"id": "trunc'


def test_a_record_that_fails_validation_names_the_field(db: Path, branching) -> None:
    with Store.open(db) as store:
        session = Session.start(store, branching, INTAKE)
        path = store.file_of(session.record_id)
    data = json.loads(path.read_text())
    data["record"]["1"]["intake"]["status"] = "exploded"
    path.write_text(json.dumps(data))
    with Store.open(db) as store, pytest.raises(CorruptDatabase, match="intake.status"):
        store.find(session.record_id)


def test_stale_temp_files_are_cleaned_at_open_and_foreign_files_kept(db: Path, branching) -> None:
    with Store.open(db) as store:
        session = Session.start(store, branching, INTAKE)
        records = store.records_dir
    stale = [records / f".{session.record_id}.json.1234abcd.tmp", db.parent / f".{db.name}.deadbeef.tmp"]
    foreign = db.parent / ".someone-elses.tmp"
    for path in [*stale, foreign]:
        path.write_bytes(b"half a write")
    with Store.open(db) as store:
        assert store.find(session.record_id).id == session.record_id
    assert not any(p.exists() for p in stale)
    assert foreign.exists()


def test_ids_are_found_by_unique_prefix(db: Path, branching) -> None:
    with Store.open(db) as store:
        ids = [Session.start(store, branching, INTAKE).record_id for _ in range(20)]
        for record_id in ids:
            assert store.find(record_id[:10]).id == record_id
            assert store.find(record_id.upper()).id == record_id
        common = next(c for c in "0123456789abcdef" if sum(i.startswith(c) for i in ids) > 1)
        with pytest.raises(UserError, match="ambiguous"):
            store.find(common)
        with pytest.raises(UserError, match="no assessment"):
            store.find("f" * 32 if not any(i == "f" * 32 for i in ids) else "0" * 32)
        with pytest.raises(UserError, match="not an assessment id"):
            store.find("../etc/passwd")


def test_delete_keeps_a_backup_and_asks_first(db: Path, branching) -> None:
    with Store.open(db) as store:
        keep = Session.start(store, branching, INTAKE).record_id
        gone = Session.start(store, branching, INTAKE).record_id
    refused = cli("delete", gone[:8], db=db)  # no terminal and no --yes
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = cli("delete", gone[:8], "--yes", db=db)
    assert done.returncode == 0, done.stderr
    with Store.open(db) as store:
        assert store.ids() == [keep]
        backups = store.backups.of(gone)
        assert len(backups) == 1 and json.loads(backups[0].read_text())["record"]["1"]["id"] == gone


def test_backups_rotate(db: Path, branching) -> None:
    with Store.open(db) as store:
        record_id = Session.start(store, branching, INTAKE).record_id
        for _ in range(8):
            store.backup(record_id)
        assert len(store.backups.of(record_id)) == 5


def test_list_reflects_every_change(db: Path, branching) -> None:
    with Store.open(db) as store:
        other = Session.start(store, branching, INTAKE)  # stays unchanged: served from the cache
        session = Session.start(store, branching, INTAKE)
        assert [s.answered for s in store.summaries()] == [0, 0]
        run_to_end(session)
        mine = lambda: next(s for s in store.summaries() if s.id == session.record_id)  # noqa: E731
        first = mine()
        assert first.answered == len(session.walk.answers) and first.complete
        session.annotate(session.walk.answers[0].question_id, flagged=True)
        assert mine().flagged == 1
        session.update_intake(INTAKE.model_copy(update={"system_name": "Nieuw"}))
        assert mine().system_name == "Nieuw"
        assert {s.id for s in store.summaries()} == {session.record_id, other.record_id}


def test_default_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ASSESSMENT_DB", str(tmp_path / "env.json"))
    assert default_path(None) == tmp_path / "env.json"
    assert default_path(str(tmp_path / "given.json")) == tmp_path / "given.json"
    monkeypatch.delenv("ASSESSMENT_DB")
    assert default_path(None).name == "assessments.json"


def test_the_database_path_must_not_be_a_folder(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not a folder"):
        Store.open(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path, branching) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(UserError, match="cannot"):
        Store.open(locked / "sub" / "db.json")


def test_a_failing_write_is_a_clear_error_and_keeps_the_last_version(db: Path, branching, monkeypatch) -> None:
    import assessment.records.recordfile as storage

    with Store.open(db) as store:
        session = Session.start(store, branching, INTAKE)
        before = store.file_of(session.record_id).read_bytes()

        def full(*args, **kwargs):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(storage, "write_atomic", full)
        question = session.walk.current()
        with pytest.raises(UserError, match="No space left on device.*intact"):
            session.answer(question.id, "public")
        assert store.file_of(session.record_id).read_bytes() == before
        assert session.walk.answers == ()  # the session does not claim what is not on disk


def test_a_missing_index_is_rebuilt_from_the_records(db: Path, branching) -> None:
    with Store.open(db) as store:
        session = Session.start(store, branching, INTAKE)
        run_to_end(session)
        expected = store.summaries()
    db.unlink()
    with Store.open(db) as store:
        assert store.summaries() == expected
