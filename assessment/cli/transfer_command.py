"""`assessment export`, `import` and `schema`."""

import argparse
import datetime as dt
import sys
from pathlib import Path

from assessment.cli.parser import env_db
from assessment.errors import UserError
from assessment.files.output import write_output as write_file
from assessment.records.storage import CorruptDatabase
from assessment.records.store import Store
from assessment.text.terminal import terminal


def write_output(text: str, output: str | None) -> None:
    """To FILE (atomically, owner-readable: it holds names) or standard output."""
    if not output:
        sys.stdout.write(text)
        return
    try:
        write_file(Path(output), text.encode("utf-8"))
    except OSError as exc:
        raise UserError(f"cannot write file ({exc.strerror or exc})", output) from None


def export(args: argparse.Namespace) -> int:
    from assessment.questionnaire.shipped import load_default
    from assessment.transfer.document import dump
    from assessment.transfer.export import changed_since_saved, export_document

    if bool(args.ids) == bool(args.all):
        raise UserError("name the assessments to export (ids as `assessment list` shows) or use --all")
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
            print(terminal(f"assessment: skipped (unreadable) {problem}"), file=sys.stderr)
        loaded = load_default()
        document = export_document(records, loaded, dt.date.today())
    for record in records:
        if changed_since_saved(record, loaded):
            print(f"note: assessment {record.id[:8]}: the questionnaire changed since it was saved; "
                  f"exported as classified under version {loaded.questionnaire.version} "
                  f"(resume it to review)", file=sys.stderr)
    write_output(dump(document), args.output)
    if args.output:
        print(f"exported {len(records)} assessment(s) to {terminal(args.output)}", file=sys.stderr)
    return 3 if skipped else 0


def import_(args: argparse.Namespace) -> int:
    from assessment.questionnaire.shipped import load_default
    from assessment.transfer.importer import import_files

    loaded = load_default()
    with Store.open(env_db(args)) as store:
        result = import_files(store, [Path(f) for f in args.files], loaded)
    parts = [f"{len(result.added)} imported", f"{len(result.updated)} updated",
             f"{len(result.unchanged)} already present (skipped)"]
    if result.kept_newer:
        parts.append(f"{len(result.kept_newer)} older than the stored version (kept the stored one: "
                     f"{', '.join(i[:8] for i in result.kept_newer)})")
    if result.conflicts:
        parts.append(f"{len(result.conflicts)} changed both here and elsewhere since they parted (kept "
                     f"the stored one; compare with `assessment show`: "
                     f"{', '.join(i[:8] for i in result.conflicts)})")
    print("; ".join(parts))
    return 0


def schema(args: argparse.Namespace) -> int:
    from assessment.transfer.document import schema_text

    sys.stdout.write(schema_text())
    return 0
