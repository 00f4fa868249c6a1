"""`assessment validate [FILE...]`: static checks; exit 2 when any file has a problem."""

import argparse
import sys
from pathlib import Path

from assessment.errors import UserError, ValidationProblems
from assessment.questionnaire.loader import load, shipped
from assessment.questionnaire.validate import validate


def check_file(path: Path) -> list[str]:
    """Problems of one file, or an empty list after printing its counts."""
    try:
        loaded = load(path)
    except ValidationProblems as exc:
        return exc.problems
    except UserError as exc:
        return [str(exc)]
    problems, s = validate(loaded)
    if not problems:
        print(f"{path}: ok: {s.sections} sections, {s.questions} questions, {s.options} options, "
              f"{s.paths} distinct complete paths of {s.shortest} to {s.longest} questions")
    return problems


def main(args: argparse.Namespace) -> int:
    # A folder stands for the questionnaires in it.
    files = [f for arg in args.files for f in (sorted(Path(arg).glob("*.yaml")) if Path(arg).is_dir() else [Path(arg)])]
    files = files if args.files else shipped()
    if not files:
        raise UserError("no questionnaire files found")
    problems = [p for path in files for p in check_file(path)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"assessment: {len(problems)} problem(s) found", file=sys.stderr)
        return 2
    return 0
