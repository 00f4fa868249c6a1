"""Where things live: the default database in the per-user data folder (also from a checkout), a
checkout's old database moved there once, `--db ''` and a bad $ASSESSMENT_LANG refused, and folders
the tool creates readable by their owner only whatever the umask."""

import datetime as dt
import os
import stat
import sys
from pathlib import Path

import pytest
from records_support import INTAKE, run_to_end

import assessment.records.location as location
from assessment.app.exporting import export_files
from assessment.app.session import Session
from assessment.cli import main
from assessment.errors import UserError
from assessment.files.atomic import make_folder
from assessment.i18n import checked_lang
from assessment.records.store import Store

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are the Linux convention")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def user_data(monkeypatch, tmp_path) -> Path:
    """A private per-user data folder, no database from the environment, and a checkout whose
    data/ folder is in the test's folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("ASSESSMENT_DB", raising=False)
    monkeypatch.setattr(location, "_CHECKOUT", tmp_path / "checkout")
    return tmp_path / "xdg" / "assessment"


def _old_database(tmp_path: Path, branching) -> tuple[Path, str]:
    old = tmp_path / "checkout" / "data" / "assessments.json"
    with Store.open(old) as store:
        session = Session.start(store, branching, INTAKE)
        run_to_end(session)
        store.backup(session.record_id)
    return old, session.record_id


@linux_only
def test_the_default_database_is_in_the_user_data_folder_also_from_a_checkout(user_data):
    assert location.default_path(None) == user_data / "assessments.json"


def test_a_checkout_database_is_moved_once_with_its_records_and_backups(user_data, tmp_path, branching):
    old, record_id = _old_database(tmp_path, branching)
    new = tmp_path / "new" / "assessments.json"
    message = location.move_checkout_database(old, new)
    assert message is not None and str(old) in message and str(new) in message
    assert not any(p.exists() for p in location.parts(old))
    with Store.open(new) as store:
        assert store.ids() == [record_id]
        assert store.backups.folder.is_dir() and any(store.backups.folder.iterdir())
    assert location.move_checkout_database(old, new) is None  # once


def test_nothing_moves_when_both_databases_exist(user_data, tmp_path, branching):
    old, _ = _old_database(tmp_path, branching)
    new = tmp_path / "new" / "assessments.json"
    with Store.open(new):
        pass
    before = sorted(p.name for p in old.parent.iterdir())
    message = location.move_checkout_database(old, new)
    assert message is not None and "still" in message
    assert sorted(p.name for p in old.parent.iterdir()) == before


def test_a_checkout_database_in_use_is_not_moved(user_data, tmp_path, branching):
    old, _ = _old_database(tmp_path, branching)
    with Store.open(old), pytest.raises(UserError, match="in use"):
        location.move_checkout_database(old, tmp_path / "new" / "assessments.json")
    assert old.exists()


@linux_only
def test_the_cli_moves_the_checkout_database_and_says_so(user_data, tmp_path, branching, capsys):
    _, record_id = _old_database(tmp_path, branching)
    assert main(["list"]) == 0
    out, err = capsys.readouterr()
    assert "moved" in err and str(user_data / "assessments.json") in err
    assert record_id[:8] in out
    assert main(["list"]) == 0
    assert "moved" not in capsys.readouterr().err


def test_an_empty_db_path_is_an_error(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["--db", "", "list"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--db" in err
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(UserError):
        Store.open("")


@pytest.mark.parametrize("value", ["de", "EN", "nl\"><script>"])
def test_a_bad_assessment_lang_is_refused_like_lang(value, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("ASSESSMENT_LANG", value)
    output = tmp_path / "report.html"
    assert main(["--db", str(tmp_path / "db.json"), "report", "0", "--format", "html", "-o", str(output)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ASSESSMENT_LANG" in err
    assert not output.exists()
    with pytest.raises(ValueError):
        checked_lang(value)


def test_folders_the_tool_creates_are_owner_only_whatever_the_umask(tmp_path, branching):
    old_umask = os.umask(0o000)
    try:
        make_folder(tmp_path / "a" / "b" / "c")
        with Store.open(tmp_path / "db" / "deep" / "assessments.json") as store:
            session = Session.start(store, branching, INTAKE)
            run_to_end(session)
            record = store.get(session.record_id)
        export_files(record, branching, dt.date(2026, 11, 1), tmp_path / "exports" / "sub", "nl")
    finally:
        os.umask(old_umask)
    for folder in ("a", "a/b", "a/b/c", "db", "db/deep", "db/deep/assessments.records", "exports", "exports/sub"):
        assert _mode(tmp_path / folder) == 0o700, folder
