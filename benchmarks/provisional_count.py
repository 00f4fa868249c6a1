"""How many golden scenarios (tests/scenarios/*.yaml) come out provisional, and which. Prints figures;
asserts nothing. Run from a checkout: .venv/bin/python benchmarks/provisional_count.py [SCENARIO_DIR]"""

import datetime as dt
import sys
from pathlib import Path

from assessment import answers_file
from assessment.cli.run_command import replay
from assessment.engine.walk import Walk
from assessment.outcome.evaluate import evaluate
from assessment.questionnaire.shipped import load_default

AS_OF = dt.date(2026, 11, 22)


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "tests" / "scenarios"
    questionnaire = load_default().questionnaire
    paths = sorted(folder.glob("*.yaml"))
    provisional = []
    for path in paths:
        given = answers_file.read(path)
        walk, _ = replay(given, Walk(questionnaire))
        raw = given.expect.get("as_of")
        as_of = dt.date.fromisoformat(str(raw)) if raw else AS_OF
        c = evaluate(walk, given.intake, as_of).classification
        if c is None or c.provisional:
            provisional.append(path.stem)
    print(f"provisional: {len(provisional)} of {len(paths)} golden scenarios")
    for name in provisional:
        print(f"  {name}")


if __name__ == "__main__":
    main()
