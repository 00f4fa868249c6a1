"""The argument parser. Global options work before and after the subcommand."""

import argparse
from typing import NoReturn

from assessment import __version__
from assessment.app.settings import env_db, lang

__all__ = ["build_parser", "env_db", "lang"]  # the settings are re-exported for the commands


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (exit 2), like every other user error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    # On subcommands the defaults are suppressed so a value given before the subcommand survives.
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", metavar="PATH", default=default,
                        help="database file (default: $ASSESSMENT_DB or the per-user data folder)")
    parser.add_argument("--lang", choices=("nl", "en"), default=default,
                        help="language of the questions and reports (default: nl)")


def _handler(module: str, function: str = "main"):
    """Import a command module only when it runs, so `validate` never loads the TUI."""

    def call(args: argparse.Namespace) -> int:
        import importlib

        return getattr(importlib.import_module(f"assessment.cli.{module}"), function)(args)

    return call


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="assessment",
        description="Classify one AI system under the EU AI Act and derive the next steps.",
    )
    parser.add_argument("--version", action="version", version=f"assessment {__version__}")
    _global_options(parser, suppress=False)
    parser.set_defaults(handler=_handler("tui_command", "home"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, module: str, function: str = "main"):
        p = sub.add_parser(name, help=help_text, description=help_text)
        _global_options(p, suppress=True)
        p.set_defaults(handler=_handler(module, function))
        return p

    p = command("validate", "check questionnaire files statically", "validate_command")
    p.add_argument("files", nargs="*", metavar="FILE", help="questionnaire files (default: all shipped)")

    p = command("run", "replay an answers file and print where it leads", "run_command")
    p.add_argument("--answers", required=True, metavar="FILE", help="answers file (YAML or JSON)")
    p.add_argument("--json", action="store_true", help="print the outcome as JSON")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="judge deadlines on this date (default: today)")
    p.add_argument("--save", action="store_true", help="store the replayed assessment in the database")
    p.add_argument("--questionnaire", metavar="FILE", help=argparse.SUPPRESS)

    p = command("new", "start a new assessment", "tui_command", "new")
    p.add_argument("--plain", action="store_true", help="line-by-line prompts instead of the full screen")
    p.add_argument("--questionnaire", metavar="FILE", help=argparse.SUPPRESS)

    p = command("resume", "continue a stored assessment", "tui_command", "resume")
    p.add_argument("id", help="assessment id (or a unique prefix)")
    p.add_argument("--plain", action="store_true", help="line-by-line prompts instead of the full screen")

    p = command("list", "list the stored assessments", "records_command", "list_")
    p.add_argument("--json", action="store_true", help="print as JSON")

    p = command("show", "show one stored assessment", "records_command", "show")
    p.add_argument("id", help="assessment id (or a unique prefix)")
    p.add_argument("--json", action="store_true", help="print as JSON")

    p = command("delete", "delete a stored assessment (asks first)", "records_command", "delete")
    p.add_argument("id", help="assessment id (or a unique prefix)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = command("export", "export assessments as JSON for the CIO office", "transfer_command", "export")
    p.add_argument("ids", nargs="*", metavar="ID", help="assessment ids (or unique prefixes)")
    p.add_argument("--all", action="store_true", help="export every stored assessment")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")

    p = command("import", "import exported assessments", "transfer_command", "import_")
    p.add_argument("files", nargs="+", metavar="FILE", help="export files")

    p = command("schema", "print the JSON Schema of the export document", "transfer_command", "schema")

    p = command("report", "write a report for the system owner", "report_command")
    p.add_argument("id", help="assessment id (or a unique prefix)")
    p.add_argument("--format", choices=("md", "html"), default="md", help="report format (default: md)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")

    p = command("register", "write a draft Algoritmeregister entry (nothing is sent)", "register_command")
    p.add_argument("id", help="assessment id (or a unique prefix)")
    p.add_argument("--format", choices=("json", "md", "html"), default="json",
                   help="draft format (default: json, the register's keys)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")

    p = command("aggregate", "combine many exports into the CIO office overview", "aggregate_command")
    p.add_argument("paths", nargs="+", metavar="PATH", help="export files or folders (read recursively)")
    p.add_argument("--format", choices=("md", "html", "csv", "json"), default="md",
                   help="overview format (default: md)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="judge deadlines on this date (default: today)")
    return parser
