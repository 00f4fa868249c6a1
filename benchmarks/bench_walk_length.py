"""How many questions an officer answers per case: before and after context gating.

For every golden scenario (tests/scenarios/*.yaml) the answers are replayed along the path of the
questionnaire, as the tool does: questions the scenario's intake answers are not asked (where the
tree has that) and are counted apart; the questions actually asked are counted. "Before" is the whole tree (code,
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

    try:  # the intake answers some questions (they are not asked); older trees did not do that
        from assessment.app.intake_links import load_links
        from assessment.engine.prefill import asked, fill
    except ImportError:
        load_links = None

    questionnaire = load(root / "questionnaires" / "ai-verordening.yaml", use_cache=False).questionnaire
    found = {}
    for path in sorted((root / "tests" / "scenarios").glob("*.yaml")):
        given = answers_file.read(path)
        from_intake = load_links().given(given.intake) if load_links else {}
        # Where the scenario answers otherwise than its intake, the officer overrides it: asked.
        from_intake = {qid: value for qid, value in from_intake.items()
                       if given.answers.get(qid, value) == value}
        walk = Walk(questionnaire)
        while True:
            if from_intake:
                walk = fill(walk, from_intake)
            question = walk.current()
            if question is None or question.id not in given.answers:
                break
            walk = walk.answer(question.id, given.answers[question.id])
        outcome = evaluate(walk, given.intake, dt.date(2026, 11, 26))
        c = outcome.classification
        intake = len(walk.answers) - asked(walk) if load_links else 0
        found[path.stem] = [len(walk.answers) - intake, walk.complete,
                            c is not None and c.applicability == "applies", intake,
                            progress_errors(walk, Walk)]
    return found


def progress_errors(walk, walk_type) -> list[int]:
    """How far 'vraag n van ongeveer N' was off at each question of a complete walk: |N - length|."""
    if not walk.complete:
        return []
    errors, part = [], walk_type(walk.questionnaire)
    for answer in walk.answers:
        progress = part.progress()
        if hasattr(progress, "likely_total"):  # older trees had no estimate
            errors.append(abs(max(progress.likely_total, progress.answered + 1) - len(walk.answers)))
        part = part.answer(answer.question_id, answer.value)
    return errors


def counted_in(root: Path) -> dict[str, list]:
    out = subprocess.run([sys.executable, __file__, "--count", str(root)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def summary(label: str, found: dict[str, list]) -> str:
    rows = [row for row in found.values() if row[2] and row[1]]
    if not rows:
        return f"{label}: no complete in-scope scenario"
    asked = [row[0] for row in rows]
    line = (f"{label}: {len(found)} scenarios, {len(rows)} in scope; questions asked in scope: "
            f"median {statistics.median(asked):g}, max {max(asked)}, min {min(asked)}")
    with_intake = [row[0] + (row[3] if len(row) > 3 else 0) for row in rows]
    if with_intake != asked:
        line += (f"\n  (counting the answers the intake gave as well: median "
                 f"{statistics.median(with_intake):g}, max {max(with_intake)})")
    errors = sorted(e for row in found.values() if len(row) > 4 for e in row[4])
    if errors:
        line += (f"\n  progress 'vraag n van ongeveer N': how far N is from the real length, over {len(errors)} "
                 f"questions of all complete walks: median {statistics.median(errors):g}, "
                 f"90th percentile {errors[int(len(errors) * 0.9)]}, mean {statistics.mean(errors):.1f}")
    return line


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
    print(f"{'scenario':58} {'before':>6} {'after':>6}  {'intake':>6}  in scope")
    for name in sorted(set(before) | set(after)):
        cells = []
        for found in (before, after):
            row = found.get(name)
            cells.append("-" if row is None else f"{row[0]}{'' if row[1] else '?'}")
        scope = (after.get(name) or before.get(name))[2]
        intake = after[name][3] if name in after else "-"
        print(f"{name:58} {cells[0]:>6} {cells[1]:>6}  {intake:>6}  {'yes' if scope else 'no'}")
    print("('?' marks a walk the scenario's answers do not complete; '-' a scenario not there then;")
    print(" 'intake': answers the scenario's intake gave, so the questions were not asked after it)")
    print(summary(f"before ({args.before})", before))
    print(summary("after (working tree)", after))


if __name__ == "__main__":
    main()
