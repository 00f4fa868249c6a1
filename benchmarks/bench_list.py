"""`assessment list` with 1,000 stored assessments while another process holds the database (as
the full screen does): readers take no lock, so this measures what an officer waits for.

Usage: .venv/bin/python benchmarks/bench_list.py [COUNT] [RUNS]   (default 1000 records, 5 runs)
Each run is the real command in a fresh process (`python -m assessment list`), wall time, with a
second process holding the writer lock the whole time. Printed: the runs, their median, and the
same command with the index cache cold (as after a writer changed every record) and, for scale,
`list` of an empty database and `python -c pass` with the same interpreter.
"""

import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assessment.app.session import Session  # noqa: E402
from assessment.questionnaire.shipped import load_default  # noqa: E402
from assessment.records.store import Store  # noqa: E402
from tests.records_support import INTAKE, run_to_end  # noqa: E402

HOLDER = "import sys; from assessment.records.store import Store; s = Store.open(sys.argv[1]); " \
         "print('holding', flush=True); sys.stdin.readline()"


def _fill(db: Path, count: int) -> None:
    loaded = load_default()
    with Store.open(db) as store:
        session = Session.start(store, loaded, INTAKE)
        run_to_end(session, note="Toelichting bij dit antwoord. " * 4)
        template = store.get(session.record_id).model_copy(update={"revision": 0})
        for _ in range(count - 1):
            store.save(template.model_copy(update={"id": uuid.uuid4().hex}))
        store.summaries()  # the writer's index cache, as after the full screen showed its home list


def _timed(args: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}: {done.stderr}")
    return elapsed


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "db.json"
        _fill(db, count)
        holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], cwd=ROOT, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True)
        assert holder.stdout.readline().strip() == "holding"
        try:
            command = [sys.executable, "-m", "assessment", "--db", str(db), "list"]
            warm = [_timed(command) for _ in range(runs)]
            index = db.read_bytes()
            db.write_text('{"database": {"1": {"format": "assessment-db", "version": 1}}}')
            cold = [_timed(command) for _ in range(max(1, runs // 2))]
            db.write_bytes(index)
            bare = [_timed([sys.executable, "-c", "pass"]) for _ in range(runs)]
            empty = [_timed([sys.executable, "-m", "assessment", "--db", str(Path(folder) / "empty.json"), "list"])
                     for _ in range(runs)]
        finally:
            holder.stdin.close()
            holder.wait()
    print(f"list of {count} assessments while another process holds the database")
    print(f"  cached summaries: {', '.join(f'{t * 1000:.0f}' for t in warm)} ms (median {statistics.median(warm) * 1000:.0f} ms)")
    print(f"  index cache cold: {', '.join(f'{t * 1000:.0f}' for t in cold)} ms (median {statistics.median(cold) * 1000:.0f} ms)")
    print(f"  empty database:   median {statistics.median(empty) * 1000:.0f} ms (start-up and imports)")
    print(f"  python -c pass:   median {statistics.median(bare) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
