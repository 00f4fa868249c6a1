"""Command line: `assessment [--db PATH] [--lang nl|en] COMMAND ...`.

Exit codes: 0 ok, 2 user or input error (one line on stderr), 1 only for real bugs.
"""

import os
import sys

from assessment.errors import UserError


def main(argv: list[str] | None = None) -> int:
    from assessment.cli.parser import build_parser, lang

    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    try:
        lang(args)  # $ASSESSMENT_LANG is checked like --lang, before any command runs
        return int(args.handler(args) or 0)
    except UserError as exc:
        from assessment.text.terminal import terminal_lines

        # Paths, ids and values in a message may come from a hostile file: shown, never acted on.
        print(terminal_lines(f"assessment: {exc}"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("assessment: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, and keep Python from complaining
        # about the unflushed rest when it closes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
