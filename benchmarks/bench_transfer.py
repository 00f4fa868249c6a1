"""Export and import of 1,000 assessments (or N).

Usage: .venv/bin/python benchmarks/bench_transfer.py [N]
Export: read every record, classify it, build and serialise the document. Import: read, validate
everything, then write one file per assessment (fsynced). Re-import: the same file again (all
detected as already present, nothing written).
"""

import datetime as dt
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assessment.questionnaire.shipped import load_default  # noqa: E402
from assessment.app.session import Session  # noqa: E402
from assessment.records.store import Store  # noqa: E402
from assessment.transfer.document import dump, parse_export  # noqa: E402
from assessment.transfer.export import export_document  # noqa: E402
from assessment.transfer.importer import import_files  # noqa: E402
from tests.records_support import INTAKE, run_to_end  # noqa: E402

NOTE = "Toelichting van de functionaris over dit antwoord, met enige context. "


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    loaded = load_default()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Store.open(root / "a.json") as store:
            session = Session.start(store, loaded, INTAKE)
            run_to_end(session, note=NOTE)
            template = store.get(session.record_id)
            for _ in range(count - 1):
                store.save(template.model_copy(update={"id": uuid.uuid4().hex, "revision": 0}))
            start = time.perf_counter()
            document = export_document([store.get(i) for i in store.ids()], loaded, dt.date.today())
            text = dump(document)
            exported = time.perf_counter() - start
        path = root / "export.json"
        path.write_text(text, "utf-8")
        start = time.perf_counter()
        parse_export(path.read_bytes(), str(path))
        parsed = time.perf_counter() - start
        with Store.open(root / "b.json") as store:
            start = time.perf_counter()
            result = import_files(store, [path])
            imported = time.perf_counter() - start
            start = time.perf_counter()
            again = import_files(store, [path])
            reimported = time.perf_counter() - start
        assert len(result.added) == count and len(again.unchanged) == count
    print(f"{count} assessments, export file {len(text.encode()) / 1e6:.1f} MB")
    print(f"export (read, classify, serialise): {exported:.2f} s")
    print(f"parse + validate only:              {parsed:.2f} s")
    print(f"import (validate, write {count} files): {imported:.2f} s")
    print(f"re-import (all already present):    {reimported:.2f} s")


if __name__ == "__main__":
    main()
