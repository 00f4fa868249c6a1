"""Command line: `assessment [--db PATH] [--lang nl|en] COMMAND ...`.

Exit codes: 0 ok, 2 user or input error (one line on stderr), 1 only for real bugs.
"""

import os
import sys

from assessment.errors import UserError


def main(argv: list[str] | None = None) -> int:
    from assessment.cli.parser import build_parser

    from assessment.app.messages import said
    from assessment.cli.parser import lang_of_argv
    from assessment.words import w

    argv = sys.argv[1:] if argv is None else argv
    lang = lang_of_argv(argv)
    parser = build_parser(lang)
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(f"assessment: {said(exc, lang)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"assessment: {w('cli.interrupted', lang)}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, and keep Python from complaining
        # about the unflushed rest when it closes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
