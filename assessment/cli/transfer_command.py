"""`assessment export`, `import` and `schema`."""

import argparse
import datetime as dt
import sys
from pathlib import Path

from assessment.cli.parser import env_db, lang
from assessment.errors import UserError
from assessment.files.output import write_output as write_file
from assessment.records.storage import CorruptDatabase
from assessment.records.store import Store
from assessment.text.terminal import terminal
from assessment.words import plural, w


def write_output(text: str, output: str | None) -> None:
    """To FILE (atomically, owner-readable: it holds names) or standard output."""
    if not output:
        sys.stdout.write(text)
        return
    try:
        write_file(Path(output), text.encode("utf-8"))
    except OSError as exc:
        raise UserError(f"cannot write file ({exc.strerror or exc})", output, key="err.cannot_write",
                        cause=str(exc.strerror or exc)) from None


def export(args: argparse.Namespace) -> int:
    from assessment.questionnaire.shipped import load_default
    from assessment.transfer.document import dump
    from assessment.transfer.export import changed_since_saved, export_document

    if bool(args.ids) == bool(args.all):
        raise UserError("name the assessments to export (ids as `assessment list` shows) or use --all",
                        key="err.export_which")
    skipped = []
    with Store.read(env_db(args)) as store:
        if args.all:  # every readable one; an unreadable file is named and skipped (exit 3)
            records = []
            for record_id in store.ids():
                try:
                    records.append(store.get(record_id))
                except CorruptDatabase as exc:
                    skipped.append(exc)
        else:
            records = [store.get(i) for i in dict.fromkeys(store.resolve(i) for i in args.ids)]
        for problem in skipped:
            print(terminal("assessment: " + w("cli.skipped_unreadable", lang(args), problem=str(problem))),
                  file=sys.stderr)
        loaded = load_default()
        document = export_document(records, loaded, dt.date.today())
    for record in records:
        if changed_since_saved(record, loaded):
            print(w("cli.changed_since_saved", lang(args), id=record.id[:8], version=loaded.questionnaire.version),
                  file=sys.stderr)
    write_output(dump(document), args.output)
    if args.output:
        print(w("cli.exported", lang(args), count=plural(len(records), "assessment", lang(args)),
                path=terminal(args.output)), file=sys.stderr)
    return 3 if skipped else 0


def import_(args: argparse.Namespace) -> int:
    from assessment.questionnaire.shipped import load_default
    from assessment.transfer.importer import import_files

    loaded = load_default()
    with Store.open(env_db(args)) as store:
        result = import_files(store, [Path(f) for f in args.files], loaded)
    chosen = lang(args)
    parts = [w("cli.imported", chosen, added=len(result.added), updated=len(result.updated),
               unchanged=len(result.unchanged))]
    if result.kept_newer:
        parts.append(w("cli.kept_newer", chosen, count=len(result.kept_newer),
                       ids=", ".join(i[:8] for i in result.kept_newer)))
    if result.conflicts:
        parts.append(w("cli.import_conflicts", chosen, count=len(result.conflicts),
                       ids=", ".join(i[:8] for i in result.conflicts)))
    print("; ".join(parts))
    return 0


def schema(args: argparse.Namespace) -> int:
    from assessment.transfer.document import schema_text

    sys.stdout.write(schema_text())
    return 0
