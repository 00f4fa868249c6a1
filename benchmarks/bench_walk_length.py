"""How many questions an officer answers per case: before and after context gating.

For every golden scenario (tests/scenarios/*.yaml) the answers are replayed along the path of the
questionnaire and the questions actually asked are counted. "Before" is the whole tree (code,
questionnaire and scenarios) as it was at a git revision (default: 567a56d, the last commit before
gating), run in its own interpreter; "after" is the working tree. Prints one row per scenario, then
the median and the maximum over the scenarios whose system is in scope (applicability "applies").

    .venv/bin/python benchmarks/bench_walk_length.py [--before REV]
"""

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def count(root: Path) -> dict[str, list]:
    """Scenario name -> [questions asked, walk complete, in scope], with the code found in `root`."""
    import datetime as dt

    sys.path.insert(0, str(root))
    from assessment import answers_file
    from assessment.engine.walk import Walk
    from assessment.outcome.evaluate import evaluate
    from assessment.questionnaire.loader import load

    questionnaire = load(root / "questionnaires" / "ai-verordening.yaml", use_cache=False).questionnaire
    found = {}
    for path in sorted((root / "tests" / "scenarios").glob("*.yaml")):
        given = answers_file.read(path)
        walk = Walk(questionnaire)
        while (question := walk.current()) is not None and question.id in given.answers:
            walk = walk.answer(question.id, given.answers[question.id])
        outcome = evaluate(walk, given.intake, dt.date(2026, 11, 26))
        c = outcome.classification
        found[path.stem] = [len(walk.answers), walk.complete, c is not None and c.applicability == "applies"]
    return found


def counted_in(root: Path) -> dict[str, list]:
    out = subprocess.run([sys.executable, __file__, "--count", str(root)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def summary(label: str, found: dict[str, list]) -> str:
    in_scope = [n for n, complete, applies in found.values() if applies and complete]
    if not in_scope:
        return f"{label}: no complete in-scope scenario"
    return (f"{label}: {len(found)} scenarios, {len(in_scope)} in scope; questions asked in scope: "
            f"median {statistics.median(in_scope):g}, max {max(in_scope)}, min {min(in_scope)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="567a56d", help="git revision of the 'before' figures")
    parser.add_argument("--count", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.count:
        print(json.dumps(count(Path(args.count))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.before], check=True,
                                 capture_output=True).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        before = counted_in(Path(tmp))
    after = counted_in(ROOT)
    print(f"{'scenario':58} {'before':>6} {'after':>6}  in scope")
    for name in sorted(set(before) | set(after)):
        cells = []
        for found in (before, after):
            row = found.get(name)
            cells.append("-" if row is None else f"{row[0]}{'' if row[1] else '?'}")
        scope = (after.get(name) or before.get(name))[2]
        print(f"{name:58} {cells[0]:>6} {cells[1]:>6}  {'yes' if scope else 'no'}")
    print("('?' marks a walk the scenario's answers do not complete; '-' a scenario not there then)")
    print(summary(f"before ({args.before})", before))
    print(summary("after (working tree)", after))


if __name__ == "__main__":
    main()
