"""How long classifying and deriving the next steps takes, compared with replaying the answers.

For every golden scenario (tests/scenarios/*.yaml): the median of N runs, in milliseconds, of
(a) replaying the answers through the shipped questionnaire (Walk) and (b) evaluate() on that walk
(fact collection, classification, step derivation; catalogue and dates tables already loaded),
plus the ratio b/a. The faces call evaluate after every answer, so it must stay well below a frame.

    .venv/bin/python benchmarks/bench_evaluate.py [N]
"""

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assessment import answers_file  # noqa: E402
from assessment.cli.run_command import replay  # noqa: E402
from assessment.engine.walk import Walk  # noqa: E402
from assessment.outcome.evaluate import evaluate  # noqa: E402
from assessment.questionnaire.shipped import load_default  # noqa: E402


def median_ms(fn, n: int) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    questionnaire = load_default().questionnaire
    as_of = dt.date(2026, 11, 22)
    scenarios = sorted((ROOT / "tests" / "scenarios").glob("*.yaml"))
    if not scenarios:
        print("no scenarios found")
        return
    evaluate(Walk(questionnaire), answers_file.read(scenarios[0]).intake, as_of)  # load the tables once
    print(f"{'scenario':45} {'answers':>7} {'replay ms':>10} {'evaluate ms':>12} {'ratio':>6}")
    worst = 0.0
    for path in scenarios:
        given = answers_file.read(path)
        walk, _ = replay(given, Walk(questionnaire))
        a = median_ms(lambda: replay(given, Walk(questionnaire)), n)
        b = median_ms(lambda: evaluate(walk, given.intake, as_of), n)
        worst = max(worst, b)
        print(f"{path.stem[:45]:45} {len(walk.answers):7} {a:10.2f} {b:12.2f} {b / a:6.2f}")
    print(f"slowest evaluate: {worst:.2f} ms (median of {n})")


if __name__ == "__main__":
    main()
