"""Any free text an officer can type survives store -> export -> import -> export exactly."""

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessment.engine.walk import MAX_TEXT
from assessment.app.session import Session
from assessment.records.store import Store
from assessment.transfer.document import dump, parse_export
from assessment.transfer.export import export_document
from assessment.transfer.importer import import_files
from tests.records_support import INTAKE, pick

# Every character except lone surrogates (not text: they cannot be written as UTF-8).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=TEXT.map(lambda t: ("S" + t)[:500]), note=TEXT, answer=TEXT.filter(lambda t: t.strip()))
def test_free_text_round_trips_exactly(branching, name: str, note: str, answer: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Store.open(root / "a.json") as store:
            session = Session.start(store, branching, INTAKE.model_copy(update={"system_name": name}))
            session.answer("kind", "company", note=note)  # company leads straight to the text question
            assert session.walk.current().id == "name"
            session.answer("name", answer[:MAX_TEXT], note=note)
            while (question := session.walk.current()) is not None:
                session.answer(question.id, pick(question))
            first = export_document([store.get(session.record_id)], branching, dt.date(2026, 11, 22))
        path = root / "export.json"
        path.write_text(dump(first), "utf-8")
        with Store.open(root / "b.json") as store:
            import_files(store, [path])
            record = store.get(session.record_id)
            second = export_document([record], branching, dt.date(2026, 11, 22))
        assert parse_export(path.read_bytes(), str(path)) == first
    assert record.intake.system_name == name
    assert [a.note for a in record.answers[:2]] == [note, note]
    assert record.answers[1].value == answer[:MAX_TEXT]
    assert second.assessments == first.assessments
