"""The argument parser. Global options work before and after the subcommand."""

import argparse
import os
import re
from collections.abc import Iterable
from typing import Any, NoReturn

from assessment import __version__
from assessment.app.settings import env_db, lang
from assessment.words import w

__all__ = ["build_parser", "env_db", "lang", "lang_of_argv"]  # the settings are re-exported for the commands

# argparse's own phrases in an error, in Dutch: (pattern, replacement)
_ERRORS_NL = [
    (r"^the following arguments are required: (.*)$", r"deze argumenten ontbreken: \1"),
    (r"^argument (\S+): invalid choice: (.*?) \(choose from (.*)\)$", r"argument \1: ongeldige keuze: \2 (kies uit \3)"),
    (r"^argument (\S+): expected one argument$", r"argument \1: verwacht één waarde"),
    (r"^unrecognized arguments: (.*)$", r"onbekende argumenten: \1"),
    (r"^argument (\S+): not allowed with argument (.*)$", r"argument \1: niet samen met \2"),
]


def lang_of_argv(argv: list[str]) -> str:
    """The language asked for before parsing (for --help and parse errors): --lang, then
    $ASSESSMENT_LANG, then Dutch."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "nl"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "nl"
    return "en" if os.environ.get("ASSESSMENT_LANG") == "en" else "nl"


class _Formatter(argparse.HelpFormatter):
    lang = "nl"

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, w("cli.usage", self.lang) + " " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse in the reader's language; a usage error is one line on stderr (exit 2), like every
    other user error."""

    lang = "nl"

    def __init__(self, **kwargs: Any) -> None:
        kwargs.update(formatter_class=type("Formatter", (_Formatter,), {"lang": self.lang}), add_help=False)
        super().__init__(**kwargs)
        self._positionals.title = w("cli.arguments", self.lang)
        self._optionals.title = w("cli.options", self.lang)
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=w("cli.h.help", self.lang))

    def error(self, message: str) -> NoReturn:
        if self.lang == "nl":
            for pattern, replacement in _ERRORS_NL:
                message = re.sub(pattern, replacement, message)
        self.exit(2, f"{self.prog}: {message} ({w('cli.see_help', self.lang, prog=self.prog)})\n")


def _global_options(parser: argparse.ArgumentParser, lang: str, *, suppress: bool) -> None:
    # On subcommands the defaults are suppressed so a value given before the subcommand survives.
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", metavar=w("cli.m.path", lang), default=default, help=w("cli.h.db", lang))
    parser.add_argument("--lang", choices=("nl", "en"), default=default, help=w("cli.h.lang", lang))


def _handler(module: str, function: str = "main"):
    """Import a command module only when it runs, so `validate` never loads the TUI."""

    def call(args: argparse.Namespace) -> int:
        import importlib

        return getattr(importlib.import_module(f"assessment.cli.{module}"), function)(args)

    return call


def build_parser(lang: str = "nl") -> argparse.ArgumentParser:
    """The parser with every help text in `lang`."""
    parser_class = type("Parser", (_Parser,), {"lang": lang})

    def h(key: str) -> str:
        return w(f"cli.h.{key}", lang)

    file, date, ident, path = (w(f"cli.m.{m}", lang) for m in ("file", "date", "id", "path"))
    parser = parser_class(prog="assessment", description=h("description"))
    parser.add_argument("--version", action="version", version=f"assessment {__version__}", help=h("version"))
    _global_options(parser, lang, suppress=False)
    parser.set_defaults(handler=_handler("tui_command", "home"))
    sub = parser.add_subparsers(dest="command", metavar=w("cli.m.command", lang), title=w("cli.commands", lang),
                                parser_class=parser_class)

    def command(name: str, module: str, function: str = "main"):
        p = sub.add_parser(name, help=h(f"cmd_{name}"), description=h(f"cmd_{name}"))
        _global_options(p, lang, suppress=True)
        p.set_defaults(handler=_handler(module, function))
        return p

    p = command("validate", "validate_command")
    p.add_argument("files", nargs="*", metavar=file, help=h("questionnaire_files"))

    p = command("run", "run_command")
    p.add_argument("--answers", required=True, metavar=file, help=h("answers"))
    p.add_argument("--json", action="store_true", help=h("json_outcome"))
    p.add_argument("--as-of", metavar=date, help=h("as_of"))
    p.add_argument("--save", action="store_true", help=h("save"))
    p.add_argument("--questionnaire", metavar=file, help=argparse.SUPPRESS)

    p = command("new", "tui_command", "new")
    p.add_argument("--plain", action="store_true", help=h("plain"))
    p.add_argument("--questionnaire", metavar=file, help=argparse.SUPPRESS)

    p = command("resume", "tui_command", "resume")
    p.add_argument("id", metavar=ident, help=h("id"))
    p.add_argument("--plain", action="store_true", help=h("plain"))

    p = command("list", "records_command", "list_")
    p.add_argument("--json", action="store_true", help=h("json"))

    p = command("show", "records_command", "show")
    p.add_argument("id", metavar=ident, help=h("id"))
    p.add_argument("--json", action="store_true", help=h("json"))

    p = command("delete", "records_command", "delete")
    p.add_argument("id", metavar=ident, help=h("id"))
    p.add_argument("--yes", action="store_true", help=h("yes"))

    p = command("export", "transfer_command", "export")
    p.add_argument("ids", nargs="*", metavar=ident, help=h("ids"))
    p.add_argument("--all", action="store_true", help=h("all"))
    p.add_argument("-o", "--output", metavar=file, help=h("output"))

    p = command("import", "transfer_command", "import_")
    p.add_argument("files", nargs="+", metavar=file, help=h("export_files"))

    p = command("schema", "transfer_command", "schema")

    p = command("report", "report_command")
    p.add_argument("id", metavar=ident, help=h("id"))
    p.add_argument("--format", choices=("md", "html"), default="md", help=h("report_format"))
    p.add_argument("-o", "--output", metavar=file, help=h("output"))

    p = command("register", "register_command")
    p.add_argument("id", metavar=ident, help=h("id"))
    p.add_argument("--format", choices=("json", "md", "html"), default="json", help=h("register_format"))
    p.add_argument("-o", "--output", metavar=file, help=h("output"))

    p = command("aggregate", "aggregate_command")
    p.add_argument("paths", nargs="+", metavar=path, help=h("paths"))
    p.add_argument("--format", choices=("md", "html", "csv", "json"), default="md", help=h("overview_format"))
    p.add_argument("-o", "--output", metavar=file, help=h("output"))
    p.add_argument("--as-of", metavar=date, help=h("as_of"))
    return parser
