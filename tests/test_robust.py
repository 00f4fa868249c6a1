"""Issue 11: records and terminals that hold under faults and hostile input.

Each test names the numbered failure of the issue it guards against."""

import datetime as dt
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from assessment.app.session import Session, save_walk
from assessment.engine.walk import AnswerError, Walk
from assessment.errors import UserError
from assessment.files.reading import FileRefused, read_regular
from assessment.limits import CLIPPED, MAX_NOTE
from assessment.records.store import RecordChanged, Store
from assessment.text.markup import html_text, md
from assessment.text.terminal import terminal, terminal_lines
from assessment.transfer.document import dump
from assessment.transfer.export import export_document
from assessment.transfer.importer import import_files
from tests.records_support import INTAKE, ROOT, cli, run_to_end, snapshot

ATTACKS = ["\x1b]52;c;cm0gLXJmIH4vKiAj\x07", "\x1b]2;pwned\x07", "\x1b[2J", "\x9b31m", "\x9d0;x\x9c",
           "\u202eevil", "\u2066iso\u2069", "\u061c", "\rover"]
HOSTILE_NAME = "Naam " + "".join(ATTACKS)
RAW = ["\x1b", "\x07", "\x9b", "\x9d", "\x9c", "\u202e", "\u2066", "\u2069", "\u061c", "\r"]
SCENARIO = ROOT / "tests" / "scenarios" / "annex_i_medical_device_third_party.yaml"


def _clean(text: str) -> bool:
    return not any(c in text for c in RAW)


def _answers_file(tmp_path: Path, *, name: str = HOSTILE_NAME, note: str | None = None) -> Path:
    data = _scenario()
    data["intake"]["system_name"] = name
    if note is not None:
        first = next(iter(data["answers"]))
        data.setdefault("notes", {})[first] = note
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data), "utf-8")
    return path


def _scenario() -> dict:
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(SCENARIO.read_text("utf-8"))
    data.pop("expect", None)
    return json.loads(json.dumps(data, default=str))


# 1. escape sequences never reach a terminal ------------------------------------------------------

def test_the_sanitiser_makes_every_acting_character_visible() -> None:
    for attack in ATTACKS:
        shown = terminal(attack)
        assert _clean(shown), repr(attack)
    assert terminal("\x1b[2J") == "\\x1b[2J" and terminal("\u202e") == "\\u202e"
    assert terminal_lines("a\nb\tc") == "a\nb\tc" and terminal("a\nb") == "a ⏎ b"
    # the report and the overview now agree on the visible form
    assert "\\x1b" in md("\x1b[2J") and "\\x1b" in html_text("\x1b[2J")
    assert "\\u061c" in md("a\u061cb") and "\\u061c" in html_text("a\u061cb")


def test_run_list_show_and_error_lines_never_print_raw_controls(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    answers = _answers_file(tmp_path)
    ran = cli("run", "--answers", str(answers), "--save", db=db)
    assert ran.returncode == 0, ran.stderr
    record_id = ran.stderr.split("(")[1].split(")")[0]
    for args in (["list"], ["show", record_id], ["list", "--lang", "en"]):
        out = cli(*args, db=db)
        assert out.returncode == 0 and _clean(out.stdout + out.stderr), args
        assert "\\x1b]52" in out.stdout or "\\x1b" in out.stdout
    # stored and exported byte-exact
    exported = cli("export", record_id, db=db)
    assert json.loads(exported.stdout)["assessments"][0]["intake"]["system_name"] == HOSTILE_NAME
    # an id in an import error and a path in an aggregate skip line
    bad = tmp_path / f"x{ATTACKS[0]}.json"
    bad.write_text('{"schema_version": 1, "assessments": [{"id": "\\u001b]52;c;x\\u0007"}]}', "utf-8")
    for args in (["import", str(bad)], ["aggregate", str(bad)]):
        out = cli(*args, db=db)
        assert out.returncode in (2, 3) and _clean(out.stderr) and "Traceback" not in out.stderr, args


def test_plain_mode_output_through_a_pipe_is_sanitised(capsys) -> None:
    from assessment.faces.plain.output import say

    say("Systeem:", HOSTILE_NAME)
    assert _clean(capsys.readouterr().out)


def test_the_full_screen_shows_hostile_text_without_sending_it(tmp_path: Path) -> None:
    import asyncio

    from textual.widgets import DataTable, Input, Static

    from assessment.faces.tui.app import AssessmentApp
    from assessment.questionnaire.shipped import load_default

    db = tmp_path / "db.json"
    loaded = load_default()
    with Store.open(db) as store:
        session = Session.start(store, loaded, INTAKE.model_copy(update={"system_name": HOSTILE_NAME}))
        question = session.walk.current()
        session.answer(question.id, question.options[0].id, note=HOSTILE_NAME)

    def shown(app) -> list[str]:
        texts = [str(app.screen.title)]
        for widget in app.screen.query("*"):
            if isinstance(widget, DataTable):
                texts += [str(cell) for row in range(widget.row_count) for cell in widget.get_row_at(row)]
            elif isinstance(widget, Input):
                texts.append(widget._value.plain)
            elif isinstance(widget, Static):
                texts.append(str(widget.render()))
        return texts

    async def flow() -> None:
        app = AssessmentApp(lang="nl", db=str(db), loaded=loaded, blink=False)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            home = shown(app)
            assert any("\\x1b" in text for text in home) and all(_clean(text) for text in home)
            await pilot.press("enter")  # resume: the next question; back to the note
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
            texts = shown(app)
            assert any("\ufffd" in text for text in texts), texts  # the note field, one mark per control
            assert all(_clean(text) for text in texts)
            await pilot.press("ctrl+q")

    asyncio.run(flow())


# 2. limits at the door; a record over them is still exported --------------------------------------

def test_a_note_over_the_limit_is_refused_at_every_door(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    too_long = _answers_file(tmp_path, name="Systeem", note="n" * (MAX_NOTE + 1))
    ran = cli("run", "--answers", str(too_long), "--save", db=db)
    assert ran.returncode == 2 and "note longer than 10.000" in ran.stderr
    assert "Traceback" not in ran.stderr and not (tmp_path / "db.records").exists() or not list(
        (tmp_path / "db.records").glob("*.json"))


def test_a_stored_record_over_the_limit_is_listed_exported_and_reported(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    ran = cli("run", "--answers", str(_answers_file(tmp_path, name="Systeem")), "--save", db=db)
    record_id = ran.stderr.split("(")[1].split(")")[0]
    path = tmp_path / "db.records" / f"{record_id}.json"
    data = json.loads(path.read_text("utf-8"))
    data["record"]["1"]["answers"][0]["note"] = "x" * 20_000  # written before the limit held
    data["record"]["1"]["intake"]["system_name"] = "y" * 900
    path.write_text(json.dumps(data), "utf-8")
    for args in (["list"], ["show", record_id], ["report", record_id], ["export", "--all"]):
        out = cli(*args, db=db)
        assert out.returncode == 0 and "Traceback" not in out.stderr, (args, out.stderr)
    exported = json.loads(cli("export", record_id, db=db).stdout)["assessments"][0]
    assert exported["answers"][0]["note"].endswith(CLIPPED) and len(exported["answers"][0]["note"]) == MAX_NOTE
    assert exported["intake"]["system_name"].endswith(CLIPPED)


def test_the_engine_refuses_a_long_note_on_answer_and_annotate(branching) -> None:
    walk = Walk(branching.questionnaire)
    with pytest.raises(AnswerError, match="note longer"):
        walk.answer("kind", "public", note="x" * (MAX_NOTE + 1))
    walk = walk.answer("kind", "public")
    with pytest.raises(AnswerError, match="note longer"):
        walk.annotate("kind", note="x" * (MAX_NOTE + 1))


# 3. deleting the lock file cannot lose a confirmed answer -----------------------------------------

def test_a_save_over_a_newer_revision_is_refused_and_writes_nothing(tmp_path: Path, branching) -> None:
    db = tmp_path / "db.json"
    with Store.open(db) as store:
        first = Session.start(store, branching, INTAKE)
        first.answer("kind", "public")
    with Store.open(db) as one:
        (tmp_path / "db.json.lock").unlink()  # looks stale: a second writer gets in
        two = Store.open(db)
        a, _ = Session.resume(one, branching, first.record_id)
        b, _ = Session.resume(two, branching, first.record_id)
        a.answer(a.walk.current().id, ["x"])  # confirmed
        before = one.file_of(first.record_id).read_bytes()
        with pytest.raises(RecordChanged, match="changed by another window"):
            b.back()
        assert one.file_of(first.record_id).read_bytes() == before
        assert len(b.walk.answers) == 1  # the refused change is not claimed either
        two.close()


# 4. one unreadable record never hides the others --------------------------------------------------

def test_an_unreadable_record_is_listed_and_skipped_by_export_all(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    ran = cli("run", "--answers", str(_answers_file(tmp_path, name="Gezond")), "--save", db=db)
    assert ran.returncode == 0
    broken = tmp_path / "db.records" / ("ab" * 16 + ".json")
    broken.write_bytes(b'{"record": {"1": {"id": "ab')
    listed = cli("list", db=db)
    assert listed.returncode == 0 and "Gezond" in listed.stdout and "ONLEESBAAR" in listed.stdout
    assert str(broken) in listed.stderr
    exported = cli("export", "--all", db=db)
    assert exported.returncode == 3 and str(broken) in exported.stderr
    assert len(json.loads(exported.stdout)["assessments"]) == 1
    assert broken.read_bytes() == b'{"record": {"1": {"id": "ab'


# 5. write errors are one line ---------------------------------------------------------------------

def test_backups_folder_being_a_file_is_one_line(tmp_path: Path, branching) -> None:
    db = tmp_path / "db.json"
    with Store.open(db) as store:
        record_id = Session.start(store, branching, INTAKE).record_id
    (tmp_path / "db.backups").write_text("not a folder")
    out = cli("delete", record_id, "--yes", db=db)
    assert out.returncode == 2 and "cannot keep a backup" in out.stderr and "Traceback" not in out.stderr
    with Store.open(db) as store:
        assert store.ids() == [record_id]


# 6. backups by number; imports by revision ---------------------------------------------------------

def test_backups_are_ordered_by_number_not_by_the_clock(tmp_path: Path, branching) -> None:
    db = tmp_path / "db.json"
    with Store.open(db) as store:
        session = Session.start(store, branching, INTAKE)
        legacy = store.backups.folder / f"{session.record_id}.29991231T235959000000Z.json"
        store.backups.folder.mkdir(mode=0o700)
        legacy.write_text("{}")  # a time-named copy from a clock far ahead
        for _ in range(6):
            store.backup(session.record_id)
        kept = store.backups.of(session.record_id)
        assert len(kept) == 5 and legacy not in kept
        assert [p.name.split(".")[1] for p in kept] == [f"{n:09d}" for n in range(6, 1, -1)]


# 7. only regular files, bounded ------------------------------------------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices and FIFOs")
def test_devices_fifos_and_folders_are_refused_without_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path in ("/dev/zero", "/dev/urandom", str(fifo), str(tmp_path)):
        with pytest.raises(FileRefused) as refused:
            read_regular(path, 1024)
        assert refused.value.kind in ("not_regular", "unreadable")
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2048)
    with pytest.raises(FileRefused, match="too large"):
        read_regular(big, 1024)
    db = tmp_path / "db.json"
    for args in (["import", "/dev/zero"], ["import", str(fifo)], ["aggregate", str(fifo)],
                 ["run", "--answers", str(fifo)]):
        out = cli(*args, db=db)
        assert out.returncode in (2, 3) and "Traceback" not in out.stderr, args


# 8. import is one transaction ---------------------------------------------------------------------

def test_an_import_that_fails_at_the_last_moment_leaves_the_database_as_it_was(tmp_path: Path, branching) -> None:
    source, target = tmp_path / "a.json", tmp_path / "b.json"
    with Store.open(source) as store:
        for _ in range(3):
            run_to_end(Session.start(store, branching, INTAKE))
    exported = tmp_path / "export.json"
    with Store.read(source) as store:
        exported.write_text(dump(export_document([store.get(i) for i in store.ids()], branching,
                                                 dt.date(2026, 11, 26))), "utf-8")
    with Store.open(target):
        pass
    before = {name: data for name, data in snapshot(tmp_path).items() if not name.endswith(".save")}

    def disk_full() -> None:
        raise OSError(28, "No space left on device")

    with Store.open(target) as store:
        with pytest.raises(UserError, match="nothing was imported"):
            import_files(store, [exported], branching, before_commit=disk_full)
    after = {name: data for name, data in snapshot(tmp_path).items() if not name.endswith(".save")}
    assert after == before  # the moment-of-save lock file aside
    with Store.open(target) as store:
        assert len(import_files(store, [exported], branching).added) == 3


# 9. no empty record after a kill -------------------------------------------------------------------

def test_run_save_writes_the_record_once_with_its_answers(tmp_path: Path, branching, monkeypatch) -> None:
    db = tmp_path / "db.json"
    writes = []
    with Store.open(db) as store:
        real = store.save
        monkeypatch.setattr(store, "save", lambda record: writes.append(len(record.answers)) or real(record))
        walk = Walk(branching.questionnaire).answer("kind", "public")
        save_walk(store, branching, INTAKE, walk)
        Session.start(store, branching, type(INTAKE)())  # nothing typed yet: nothing stored yet
        assert writes == [1] and len(store.ids()) == 1


# 10. absurd times are errors with the place --------------------------------------------------------

@pytest.mark.parametrize("moment", ["gisteren", "9999-12-31T23:59:59-14:00"])
def test_an_absurd_updated_at_is_an_error_with_the_place(tmp_path: Path, branching, moment: str) -> None:
    db = tmp_path / "db.json"
    with Store.open(db) as store:
        record_id = Session.start(store, branching, INTAKE).record_id
        path = store.file_of(record_id)
    data = json.loads(path.read_text("utf-8"))
    data["record"]["1"]["updated_at"] = moment
    path.write_text(json.dumps(data), "utf-8")
    listed = cli("list", db=db)
    assert listed.returncode == 0 and "updated_at" in listed.stderr and "Traceback" not in listed.stderr
    shown = cli("show", record_id, db=db)
    assert shown.returncode == 2 and "updated_at" in shown.stderr and str(path) in shown.stderr


# 12. readers need no lock; import checks answers ---------------------------------------------------

def test_readers_work_while_a_writer_holds_the_database_and_on_read_only_files(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    ran = cli("run", "--answers", str(_answers_file(tmp_path, name="Gedeeld")), "--save", db=db)
    record_id = ran.stderr.split("(")[1].split(")")[0]
    with Store.open(db):
        for args in (["list"], ["show", record_id], ["export", record_id], ["report", record_id]):
            out = cli(*args, db=db)
            assert out.returncode == 0, (args, out.stderr)
    if os.geteuid() != 0:
        for path in [tmp_path, *tmp_path.rglob("*")]:
            path.chmod(stat.S_IMODE(path.stat().st_mode) & ~0o222)
        try:
            assert cli("list", db=db).returncode == 0
        finally:
            for path in [tmp_path, *tmp_path.rglob("*")]:
                path.chmod(stat.S_IMODE(path.stat().st_mode) | 0o200)


def test_import_refuses_answers_that_do_not_fit_the_pinned_questionnaire(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    ran = cli("run", "--answers", str(_answers_file(tmp_path, name="Pin")), "--save", db=db)
    record_id = ran.stderr.split("(")[1].split(")")[0]
    document = json.loads(cli("export", record_id, db=db).stdout)
    for change, message in ((lambda a: a.update(question_id="no_such_question"), "no such question"),
                            (lambda a: a.update(value="x" * 1_000_000), "")):
        bad = json.loads(json.dumps(document))
        change(bad["assessments"][0]["answers"][0])
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(bad), "utf-8")
        out = cli("import", str(path), db=tmp_path / "other.json")
        assert out.returncode == 2 and "answers[0]" in out.stderr and message in out.stderr
        assert not (tmp_path / "other.records").exists() or not list((tmp_path / "other.records").glob("*.json"))
