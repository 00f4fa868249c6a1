"""What the certainty check costs: evaluating each golden scenario (tests/scenarios) with it, every
cache cleared first, against classifying and deriving the steps alone. Prints figures; asserts nothing.

Run: .venv/bin/python benchmarks/bench_certainty.py
"""

import datetime as dt
import os
import time
from pathlib import Path

from assessment import answers_file
from assessment.cli.run_command import replay
from assessment.engine.walk import Walk
from assessment.outcome import certainty, facts_found
from assessment.outcome.classify import classify
from assessment.outcome.evaluate import evaluate
from assessment.outcome.facts_found import collect
from assessment.outcome.steps import derive
from assessment.questionnaire.shipped import load_default
from bench_tui import percentiles  # the same figures as the TUI benchmark (run from benchmarks/ as a script)

AS_OF = dt.date(2026, 11, 22)
SCENARIOS = Path(__file__).resolve().parents[1] / "tests" / "scenarios"


def _cold() -> None:
    certainty._CACHE.items.clear()
    facts_found._READ.clear()


def _ms(values: list[float]) -> str:
    return f"{percentiles(values)}, max {max(values) * 1000:.1f} ms"


def main() -> None:
    questionnaire = load_default().questionnaire
    walks = []
    for path in sorted(SCENARIOS.glob("*.yaml")):
        given = answers_file.read(path)
        walk, _ = replay(given, Walk(questionnaire))
        walks.append((path.stem, walk, given.intake))
    evaluate(walks[0][1], walks[0][2], AS_OF)  # warm the imports and data files
    plain, full, worst = [], [], ("", 0.0, 0)
    for name, walk, intake in walks:
        _cold()
        begin = time.perf_counter()
        found = collect(walk)
        derive(classify(found, intake), found, intake, AS_OF)
        plain.append(time.perf_counter() - begin)
        _cold()
        begin = time.perf_counter()
        outcome = evaluate(walk, intake, AS_OF)
        spent = time.perf_counter() - begin
        full.append(spent)
        opened = len(outcome.classification.open_questions) if outcome.classification else 0
        if spent > worst[1]:
            worst = (name, spent, opened)
    print(f"{len(walks)} golden scenarios, load average {os.getloadavg()[0]:.1f}")
    print(f"  classify + steps only:           {_ms(plain)}")
    print(f"  evaluate with certainty (cold):  {_ms(full)}")
    print(f"  slowest: {worst[0]} ({worst[2]} open questions), {worst[1] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
