"""`assessment validate [FILE...]`: static checks; exit 2 when any file has a problem."""

import argparse
import sys
from pathlib import Path

from assessment.app.settings import lang
from assessment.errors import UserError, ValidationProblems
from assessment.questionnaire.loader import load, shipped
from assessment.questionnaire.validate import validate
from assessment.words import plural, w


def check_file(path: Path, lang: str = "nl") -> list[str]:
    """Problems of one file, or an empty list after printing its counts."""
    try:
        loaded = load(path)
    except ValidationProblems as exc:
        return exc.problems
    except UserError as exc:
        return [str(exc)]
    problems, s = validate(loaded)
    if not problems:
        print(w("cli.validate_ok", lang, path=path, sections=plural(s.sections, "section", lang),
                questions=plural(s.questions, "question", lang), options=plural(s.options, "option", lang),
                paths=s.paths, shortest=s.shortest, longest=s.longest))
    return problems


def main(args: argparse.Namespace) -> int:
    # A folder stands for the questionnaires in it.
    files = [f for arg in args.files for f in (sorted(Path(arg).glob("*.yaml")) if Path(arg).is_dir() else [Path(arg)])]
    files = files if args.files else shipped()
    if not files:
        raise UserError("no questionnaire files found", key="err.no_questionnaires")
    problems = [p for path in files for p in check_file(path, lang(args))]
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print("assessment: " + w("cli.problems", lang(args), count=plural(len(problems), "problem", lang(args))),
              file=sys.stderr)
        return 2
    return 0
