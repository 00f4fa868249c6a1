"""The recording session: every change on disk before the call returns; resume; changed questionnaires."""

import datetime as dt
from pathlib import Path

import pytest

from assessment.engine.walk import AnswerError
from assessment.errors import UserError
from assessment.questionnaire.loader import load
from assessment.app.session import Session
from assessment.records.store import Store
from tests.records_support import HOSTILE, INTAKE, pick, run_to_end, stored_json


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "db.json") as opened:
        yield opened


def test_each_answer_is_on_disk_with_time_note_and_flag(store: Store, branching) -> None:
    session = Session.start(store, branching, INTAKE)
    assert stored_json(store, session.record_id)["answers"] == []
    count = 0
    while (question := session.walk.current()) is not None:
        session.answer(question.id, pick(question, 1), note=HOSTILE, flagged=True)
        count += 1
        on_disk = stored_json(store, session.record_id)["answers"]
        assert len(on_disk) == count
        assert on_disk[-1]["question_id"] == question.id
        assert on_disk[-1]["note"] == HOSTILE and on_disk[-1]["flagged"] is True
        assert dt.datetime.fromisoformat(on_disk[-1]["answered_at"]).tzinfo is not None


def test_back_edit_annotate_and_intake_survive_a_restart(tmp_path: Path, branching) -> None:
    db = tmp_path / "db.json"
    with Store.open(db) as store:
        session = Session.start(store, branching, INTAKE)
        run_to_end(session, turn=0)
        first = session.walk.answers[0].question_id
        session.back()
        dropped = session.edit(first, pick(branching.questionnaire.question(first), 1))
        session.annotate(first, note="nagaan bij de jurist", flagged=True)
        session.update_intake(INTAKE.model_copy(update={"officer": HOSTILE}))
        expected = session.walk.answers
        assert isinstance(dropped, list)
    with Store.open(db) as store:
        resumed, warnings = Session.resume(store, branching, session.record_id[:8])
    assert warnings == []
    assert resumed.walk.answers == expected
    assert resumed.intake.officer == HOSTILE
    assert resumed.walk.answer_to(first).note == "nagaan bij de jurist"


def test_a_rejected_answer_writes_nothing(store: Store, branching) -> None:
    session = Session.start(store, branching, INTAKE)
    before = store.file_of(session.record_id).read_bytes()
    with pytest.raises(AnswerError):
        session.answer(session.walk.current().id, "no-such-option")
    assert store.file_of(session.record_id).read_bytes() == before


def test_outcome_is_remembered_for_the_listing(store: Store, branching) -> None:
    session = Session.start(store, branching, INTAKE)
    run_to_end(session)
    outcome = session.outcome(dt.date(2027, 1, 1))
    assert outcome.complete
    latest = stored_json(store, session.record_id)["latest"]
    assert latest["as_of"] == "2027-01-01" and latest["complete"] is True


def _changed(branching, tmp_path: Path, old: str, new: str) -> object:
    text = branching.path.read_text("utf-8")
    assert old in text
    path = tmp_path / "changed.yaml"
    path.write_text(text.replace('version: "1.0"', 'version: "1.1"').replace(old, new), "utf-8")
    return load(path)


def test_resume_under_a_changed_questionnaire_warns_keeps_answers_and_rewalks(tmp_path: Path, branching) -> None:
    db = tmp_path / "db.json"
    with Store.open(db) as store:
        session = Session.start(store, branching, INTAKE)
        run_to_end(session, turn=0, note="mijn notitie")
        answers = session.walk.answers
    first = answers[0]
    assert first.question_id == "kind"
    # rename the option chosen at the first question: every answer now falls off the path
    changed = _changed(branching, tmp_path, f"{{id: {first.value},", f"{{id: {first.value}_renamed,")
    with Store.open(db) as store:
        resumed, warnings = Session.resume(store, changed, session.record_id)
        assert "1.0 -> 1.1" in warnings[0].en and "1.0 -> 1.1" in warnings[0].nl
        assert "vragenlijst is gewijzigd" in warnings[0].nl
        assert any("kind" in w.en and "no longer" in w.en and "niet meer" in w.nl for w in warnings[1:])
        assert resumed.walk.answers == ()
        assert [a.question_id for a in resumed.set_aside] == [a.question_id for a in answers]
        on_disk = stored_json(store, session.record_id)
        assert on_disk["questionnaire_version"] == "1.1"
        assert [a["note"] for a in on_disk["set_aside"]] == ["mijn notitie"] * len(answers)
        assert len(store.backups.of(session.record_id)) == 1  # the version before the re-walk
        # answering the question again takes it out of the set-aside answers
        resumed.answer("kind", pick(changed.questionnaire.question("kind"), 1))
        assert "kind" not in [a["question_id"] for a in stored_json(store, session.record_id)["set_aside"]]


def test_resume_under_an_unchanged_questionnaire_is_silent_and_writes_nothing(tmp_path: Path, branching) -> None:
    db = tmp_path / "db.json"
    with Store.open(db) as store:
        session = Session.start(store, branching, INTAKE)
        run_to_end(session)
        before = store.file_of(session.record_id).read_bytes()
    with Store.open(db) as store:
        resumed, warnings = Session.resume(store, branching, session.record_id)
        assert warnings == [] and resumed.walk.answers == session.walk.answers
        assert store.file_of(session.record_id).read_bytes() == before
        assert [b.read_bytes() for b in store.backups.of(session.record_id)] == [before]


def test_resume_refuses_another_questionnaire(tmp_path: Path, branching) -> None:
    from assessment.questionnaire.shipped import load_default

    db = tmp_path / "db.json"
    with Store.open(db) as store:
        session = Session.start(store, branching, INTAKE)
        with pytest.raises(UserError, match="made with questionnaire 'branching'"):
            Session.resume(store, load_default(), session.record_id)


def test_invalid_unicode_is_stored_as_a_replacement_character_not_a_crash(store: Store, branching) -> None:
    session = Session.start(store, branching, INTAKE.model_copy(update={"system_name": "a\udc80b"}))
    question = session.walk.current()
    session.answer(question.id, pick(question), note="kapot \ud800 teken")
    on_disk = stored_json(store, session.record_id)
    assert on_disk["intake"]["system_name"] == "a\ufffdb"
    assert on_disk["answers"][0]["note"] == "kapot \ufffd teken"


def test_run_save_stores_the_replayed_assessment(tmp_path: Path, capsys) -> None:
    from assessment.cli import main

    answers = tmp_path / "answers.yaml"
    answers.write_text("answers:\n  is_algorithm: \"yes\"\nintake:\n  system_name: \"Mijn *systeem*\"\n"
                       "notes:\n  is_algorithm: \"zie <bijlage>\"\n", "utf-8")
    db = tmp_path / "db.json"
    assert main(["--db", str(db), "run", "--answers", str(answers), "--save"]) == 0
    assert "saved as" in capsys.readouterr().err
    with Store.open(db) as store:
        (record_id,) = store.ids()
        record = store.get(record_id)
    assert record.intake.system_name == "Mijn *systeem*"
    assert [(a.question_id, a.value, a.note) for a in record.answers] == [("is_algorithm", "yes", "zie <bijlage>")]
    assert record.answers[0].answered_at


def test_run_save_is_refused_while_another_instance_holds_the_database(tmp_path: Path, capsys) -> None:
    from assessment.cli import main

    answers = tmp_path / "answers.yaml"
    answers.write_text("answers:\n  is_algorithm: \"yes\"\n", "utf-8")
    db = tmp_path / "db.json"
    with Store.open(db) as store:
        assert main(["--db", str(db), "run", "--answers", str(answers), "--save"]) == 2
        assert "in use by another" in capsys.readouterr().err
        assert store.ids() == []


def test_a_note_longer_than_the_limit_is_refused_before_anything_is_written(store: Store, branching) -> None:
    from assessment.engine.walk import MAX_TEXT

    session = Session.start(store, branching, INTAKE)
    before = store.file_of(session.record_id).read_bytes()
    question = session.walk.current()
    with pytest.raises(AnswerError, match="note longer"):
        session.answer(question.id, pick(question), note="x" * (MAX_TEXT + 1))
    session.answer(question.id, pick(question), note="x" * MAX_TEXT)
    with pytest.raises(AnswerError, match="note longer"):
        session.annotate(question.id, note="y" * (MAX_TEXT + 1))
    assert store.file_of(session.record_id).read_bytes() != before
    assert stored_json(store, session.record_id)["answers"][0]["note"] == "x" * MAX_TEXT


class _FailingDisk:
    """Stands in for a full disk: every save raises, nothing is written."""

    def __init__(self, store: Store) -> None:
        self.store, self.failing = store, True

    def save(self, record):
        if self.failing:
            raise OSError(28, "No space left on device")
        return Store.save(self.store, record)


def test_a_failed_save_leaves_the_session_as_it_was_on_disk(store: Store, branching, monkeypatch) -> None:
    session = Session.start(store, branching, INTAKE)
    first = session.walk.current()
    session.answer(first.id, pick(first, 0), note="eerste")
    disk = _FailingDisk(store)
    monkeypatch.setattr(store, "save", disk.save)
    walk, intake = session.walk, session.intake
    on_disk = store.file_of(session.record_id).read_bytes()
    second = session.walk.current()
    changes = [
        lambda: session.answer(second.id, pick(second, 0)),
        lambda: session.back(),
        lambda: session.edit(first.id, pick(first, 1)),
        lambda: session.annotate(first.id, note="anders", flagged=True),
        lambda: session.update_intake(INTAKE.model_copy(update={"officer": "iemand"})),
    ]
    for change in changes:
        with pytest.raises(OSError):
            change()
        assert session.walk is walk and session.intake is intake  # memory did not run ahead of the disk
        assert store.file_of(session.record_id).read_bytes() == on_disk
    disk.failing = False  # space again: the same change now goes through, from the same state
    session.answer(second.id, pick(second, 0))
    assert [a["question_id"] for a in stored_json(store, session.record_id)["answers"]] == [first.id, second.id]
    assert stored_json(store, session.record_id)["answers"][0]["note"] == "eerste"
