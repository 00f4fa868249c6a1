"""How many questions an officer answers per case: before and after context gating.

For every golden scenario (tests/scenarios/*.yaml) the answers are replayed along the path of the
questionnaire and the questions actually asked are counted. "Before" is the questionnaire and the
scenarios as they were at a git revision (default: the last commit before gating, 567a56d); "after"
is the working tree. Prints one row per scenario, then the median and the maximum over the
scenarios whose system is in scope (applicability "applies").

    .venv/bin/python benchmarks/bench_walk_length.py [--before REV]
"""

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assessment import answers_file  # noqa: E402
from assessment.engine.walk import Walk  # noqa: E402
from assessment.outcome.evaluate import evaluate  # noqa: E402
from assessment.questionnaire.loader import load  # noqa: E402

QUESTIONNAIRE = "questionnaires/ai-verordening.yaml"
AS_OF = dt.date(2026, 11, 26)


def git_tree(rev: str, into: Path) -> Path:
    """The questionnaire and the scenarios at `rev`, written under `into`."""
    files = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "-r", "--name-only", rev, "--",
                            QUESTIONNAIRE, "tests/scenarios"], check=True, capture_output=True,
                           text=True).stdout.split()
    for name in files:
        target = into / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{name}"],
                                          check=True, capture_output=True).stdout)
    return into


def lengths(root: Path) -> dict[str, tuple[int, bool, bool]]:
    """Scenario name -> (questions asked, walk complete, in scope)."""
    questionnaire = load(root / QUESTIONNAIRE, use_cache=False).questionnaire
    found = {}
    for path in sorted((root / "tests" / "scenarios").glob("*.yaml")):
        given = answers_file.read(path)
        walk = Walk(questionnaire)
        while (question := walk.current()) is not None and question.id in given.answers:
            walk = walk.answer(question.id, given.answers[question.id])
        outcome = evaluate(walk, given.intake, AS_OF)
        applies = outcome.classification is not None and outcome.classification.applicability == "applies"
        found[path.stem] = (len(walk.answers), walk.complete, applies)
    return found


def summary(label: str, found: dict[str, tuple[int, bool, bool]]) -> str:
    in_scope = [n for n, complete, applies in found.values() if applies and complete]
    if not in_scope:
        return f"{label}: no complete in-scope scenario"
    return (f"{label}: {len(found)} scenarios, {len(in_scope)} in scope; questions asked in scope: "
            f"median {statistics.median(in_scope):g}, max {max(in_scope)}, min {min(in_scope)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="567a56d", help="git revision of the 'before' figures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        before = lengths(git_tree(args.before, Path(tmp)))
    after = lengths(ROOT)
    print(f"{'scenario':58} {'before':>6} {'after':>6}  in scope")
    for name in sorted(set(before) | set(after)):
        b = before.get(name)
        a = after.get(name)
        cell_b = "-" if b is None else f"{b[0]}{'' if b[1] else '?'}"
        cell_a = "-" if a is None else f"{a[0]}{'' if a[1] else '?'}"
        scope = "yes" if (a or b) and (a or b)[2] else "no"  # type: ignore[index]
        print(f"{name:58} {cell_b:>6} {cell_a:>6}  {scope}")
    print("('?' marks a walk the scenario's answers do not complete)")
    print(summary(f"before ({args.before})", before))
    print(summary("after (working tree)", after))


if __name__ == "__main__":
    main()
