"""`assessment report ID [--format md|html] [-o FILE]`: the report for the system owner."""

import argparse
import datetime as dt
import sys

from assessment.cli.parser import env_db, lang
from assessment.cli.transfer_command import write_output
from assessment.records.store import Store


def main(args: argparse.Namespace) -> int:
    from assessment.questionnaire.shipped import load_default
    from assessment.report import html, markdown
    from assessment.report.content import build
    from assessment.transfer.export import changed_since_saved, exported_assessment

    with Store.read(env_db(args)) as store:
        record = store.find(args.id)
    loaded = load_default()
    if changed_since_saved(record, loaded):
        print(f"note: the questionnaire changed since assessment {record.id[:8]} was saved; the report "
              f"follows version {loaded.questionnaire.version} (resume it to review)", file=sys.stderr)
    view = exported_assessment(record, loaded, dt.date.today())
    report = build(view, lang(args))
    text = html.render(report) if args.format == "html" else markdown.render(report)
    write_output(text, args.output)
    return 0
