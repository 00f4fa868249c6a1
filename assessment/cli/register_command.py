"""`assessment register ID [--format json|md|html] [-o FILE]`: the draft Algoritmeregister entry."""

import argparse
import datetime as dt

from assessment.cli.parser import env_db
from assessment.cli.transfer_command import write_output
from assessment.errors import UserError
from assessment.records.store import Store


def main(args: argparse.Namespace) -> int:
    from assessment.questionnaire.shipped import load_default
    from assessment.register.build import NoDraft
    from assessment.report.register_draft import question_lookup, render
    from assessment.transfer.export import exported_assessment, register_draft

    with Store.open(env_db(args)) as store:
        record = store.find(args.id)
    loaded, today = load_default(), dt.date.today()
    try:
        draft = register_draft(record, loaded, today)
    except NoDraft as exc:
        raise UserError(f"assessment {record.id[:8]} gives no register entry: {exc}") from None
    view = exported_assessment(record, loaded, today)
    write_output(render(draft, args.format, question_lookup(view.answers)), args.output)
    return 0
