"""Save latency per answer with 10, 100 and 1,000 stored assessments (target p95 <= 20 ms at 1,000,
and flat as the store grows), next to the stock TinyDB JSONStorage for comparison.

Usage: .venv/bin/python benchmarks/bench_store.py [SAMPLES]   (default 500 answers per size)
"answer" is the whole `Session.answer` call the faces make: check, classify, write, fsync, replace,
fsync the folder. "write" is the storage part alone (`Store.save`). The database lives in a temp
folder on the same disk as /tmp.
"""

import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tinydb import TinyDB  # noqa: E402

from assessment.questionnaire.shipped import load_default  # noqa: E402
from assessment.app.session import Session  # noqa: E402
from assessment.records.store import Store  # noqa: E402
from tests.records_support import INTAKE, pick, run_to_end  # noqa: E402

SIZES = (10, 100, 1000)
NOTE = "Toelichting van de functionaris over dit antwoord, met enige context en een verwijzing. " * 2


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def _fill(store: Store, loaded, count: int) -> int:
    """`count` complete assessments, each a copy of the longest of a few walks (realistic size);
    returns the size of one record file in bytes."""
    longest = None
    for turn in range(6):
        session = Session.start(store, loaded, INTAKE)
        run_to_end(session, turn=turn, note=NOTE)
        if longest is None or len(session.walk.answers) > len(longest.answers):
            longest = store.get(session.record_id)
        store.delete(session.record_id)
    template = longest.model_copy(update={"revision": 0})  # written anew: no file to compare with
    store.save(template)
    for _ in range(count - 1):
        store.save(template.model_copy(update={"id": uuid.uuid4().hex, "revision": 0}))
    return store.file_of(template.id).stat().st_size


def measure(count: int, samples: int, loaded) -> tuple[list[float], list[float], int]:
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "db.json") as store:
        size = _fill(store, loaded, count)
        answers, writes, turn = [], [], 0
        session = Session.start(store, loaded, INTAKE)
        while len(answers) < samples:
            question = session.walk.current()
            if question is None:
                session, turn = Session.start(store, loaded, INTAKE), turn + 1
                continue
            start = time.perf_counter()
            session.answer(question.id, pick(question, turn), note=NOTE)
            answers.append(time.perf_counter() - start)
            record = store.get(session.record_id)
            start = time.perf_counter()
            store.save(record)
            writes.append(time.perf_counter() - start)
        return answers, writes, size


def stock_tinydb(count: int, doc_size: int, samples: int = 20) -> float:
    """Median time of one update in a stock TinyDB file holding `count` documents."""
    with tempfile.TemporaryDirectory() as folder:
        db = TinyDB(Path(folder) / "stock.json")
        db.insert_multiple({"n": i, "blob": "x" * doc_size} for i in range(count))
        times = []
        for i in range(samples):
            start = time.perf_counter()
            db.update({"n": -i}, doc_ids=[1])
            times.append(time.perf_counter() - start)
        db.close()
        return statistics.median(times) * 1000


def main() -> None:
    samples = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    loaded = load_default()
    print(f"questionnaire {loaded.questionnaire.id} {loaded.questionnaire.version}, {samples} answers per "
          f"size; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'stored':>7} {'record':>8} {'answer p50':>11} {'answer p95':>11} {'write p50':>10} "
          f"{'write p95':>10} {'stock TinyDB':>13}")
    p95 = {}
    for count in SIZES:
        answers, writes, size = measure(count, samples, loaded)
        p95[count] = _pct(answers, 0.95)
        stock = stock_tinydb(count, size) if count <= 1000 else float("nan")
        print(f"{count:>7} {size / 1024:>6.1f}KB {_pct(answers, .5):>9.2f}ms {p95[count]:>9.2f}ms "
              f"{_pct(writes, .5):>8.2f}ms {_pct(writes, .95):>8.2f}ms {stock:>11.1f}ms")
    print(f"p95 ratio 1,000 / 10 stored: {p95[1000] / p95[10]:.2f} (flat is ~1); "
          f"target p95 <= 20 ms at 1,000: {'met' if p95[1000] <= 20 else 'NOT met'}")


if __name__ == "__main__":
    main()
