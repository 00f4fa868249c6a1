"""`assessment list`, `show ID`, `delete ID`: the stored assessments."""

import argparse
import json
import sys

from assessment.cli.parser import env_db, lang
from assessment.errors import UserError
from assessment.i18n import Text
from assessment.records.models import Record
from assessment.records.store import Store
from assessment.text.terminal import terminal, terminal_lines
from assessment.report.labels import label, yes_no
from assessment.words import w


def _nl(args: argparse.Namespace) -> bool:
    return lang(args) == "nl"


def list_(args: argparse.Namespace) -> int:
    with Store.read(env_db(args)) as store:
        summaries, unreadable = store.listing()
    for bad in unreadable:
        print(terminal(f"assessment: unreadable: {bad.path}: {bad.reason}"), file=sys.stderr)
    if args.json:
        print(json.dumps([s.model_dump(mode="json") for s in summaries]
                         + [{"id": u.id, "unreadable": u.reason, "file": str(u.path)} for u in unreadable],
                         ensure_ascii=False, indent=2))
        return 0
    nl, language = _nl(args), lang(args)
    if not summaries and not unreadable:
        print("Nog geen beoordelingen opgeslagen." if nl else "No assessments stored yet.")
        return 0
    headers = ("ID", "Gewijzigd" if nl else "Changed", "Systeem" if nl else "System",
               "Organisatie" if nl else "Organisation", "Risicoklasse" if nl else "Risk class",
               "Voortgang" if nl else "Progress")
    rows = []
    for s in summaries:
        done = ("afgerond" if nl else "complete") if s.complete else f"{s.answered} " + (
            "antwoorden" if nl else "answers")
        rows.append((s.id[:8], terminal(s.updated_at[:16].replace("T", " ")), terminal(s.system_name)[:40] or "—",
                     terminal(s.organisation)[:30] or "—",
                     _risk(s.complete, s.risk_class, nl, language, s.provisional), done))
    for u in unreadable:  # listed, never hidden: the file and why are on stderr above
        rows.append((u.id[:8], "—", "ONLEESBAAR" if nl else "UNREADABLE", "—", "—",
                     terminal(u.reason)[:40]))
    widths = [max(len(r[i]) for r in (headers, *rows)) for i in range(len(headers))]
    for row in (headers, *rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _risk(complete: bool, risk_class: str | None, nl: bool, language: str, provisional: bool = False) -> str:
    """An unfinished assessment has no classification yet: never show one from a partial walk. A
    provisional one says so, as the outcome screen and the report do."""
    if not complete:
        return "nog niet bekend" if nl else "not known yet"
    word = label(risk_class, language)  # type: ignore[arg-type]
    return f"{word} ({'voorlopig' if nl else 'provisional'})" if provisional else word


def _show_text(record: Record, language: str) -> str:
    from assessment.questionnaire.shipped import load_default

    nl = language == "nl"
    by_id = load_default().questionnaire.by_id
    questions = {qid: q.text for qid, q in by_id.items()}
    options = {(qid, o.id): o.label for qid, q in by_id.items() for o in q.options}
    if record.imported is not None:  # the texts as the officer who made it saw them
        for shown in (*record.imported.get("answers", []), *record.imported.get("set_aside", [])):
            questions[shown["question_id"]] = Text.model_validate(shown["question"])
            for option in shown.get("options", []):
                options[(shown["question_id"], option["id"])] = Text.model_validate(option["text"])
    i = record.intake
    lines = [f"{'Beoordeling' if nl else 'Assessment'} {record.id}",
             f"  {'Systeem' if nl else 'System'}: {terminal(i.system_name) or '—'}",
             f"  {'Organisatie' if nl else 'Organisation'}: {terminal(i.organisation) or '—'}"
             f" ({terminal(i.ministry) or '—'})",
             f"  Status: {label(i.status, language)}",  # type: ignore[arg-type]
             f"  {'Vragenlijst' if nl else 'Questionnaire'}: {record.questionnaire_id} "
             f"{record.questionnaire_version} ({record.questionnaire_hash[:12]})",
             f"  {'Aangemaakt' if nl else 'Created'}: {record.created_at}   "
             f"{'Gewijzigd' if nl else 'Changed'}: {record.updated_at}"]
    if record.latest:
        risk = _risk(record.complete, record.latest.risk_class, nl, language, record.latest.provisional)
        lines.append(f"  {'Risicoklasse' if nl else 'Risk class'}: {risk}   "
                     f"{'Afgerond' if nl else 'Complete'}: {yes_no(record.latest.complete, language)}")
    if i.missing():
        lines.append(f"  {'Intake onvolledig' if nl else 'Intake incomplete'}: {', '.join(i.missing())}")
    for title, answers in (("Antwoorden" if nl else "Answers", record.answers),
                           ("Buiten het pad (bewaard)" if nl else "No longer on the path (kept)",
                            record.set_aside)):
        if not answers:
            continue
        lines += ["", f"{title}:"]
        for n, a in enumerate(answers, start=1):
            question = questions.get(a.question_id)
            asked = terminal(question.get(language)) if question else a.question_id  # type: ignore[arg-type]
            chosen = [a.value] if isinstance(a.value, str) else list(a.value)
            value = "; ".join(options[(a.question_id, v)].get(language) if (a.question_id, v) in options  # type: ignore[arg-type]
                              else v for v in chosen)
            flag = "  [!] " + ("opvolgen" if nl else "follow up") if a.flagged else ""
            if a.source:
                flag += f" ({label(f'source_{a.source}', language)})"  # type: ignore[arg-type]
            lines.append(f"  {n}. {a.question_id}: {asked}")
            lines.append(f"     -> {terminal(value)}{flag}")
            if a.note:
                lines.append(f"     {'notitie' if nl else 'note'}: {terminal(a.note)}")
    return "\n".join(lines)


def show(args: argparse.Namespace) -> int:
    with Store.read(env_db(args)) as store:
        record = store.find(args.id)
    if args.json:
        print(json.dumps(record.model_dump(mode="json", exclude={"imported"}), ensure_ascii=False, indent=2))
    else:
        print(terminal_lines(_show_text(record, lang(args)) + "\n\n" + _outcome_text(record, lang(args))))
    return 0


def _outcome_text(record: Record, language: str) -> str:
    """The outcome as the report and every other face show it, as of today."""
    import datetime as dt

    from assessment.presentation.given import from_export
    from assessment.presentation.present import present
    from assessment.presentation.text import text
    from assessment.questionnaire.shipped import load_default
    from assessment.report.content import outcome_of
    from assessment.transfer.export import exported_assessment

    loaded = load_default()
    today = dt.date.today()
    view = exported_assessment(record, loaded, today)
    shown = text(present(outcome_of(view), from_export(view, loaded.questionnaire), language), language)  # type: ignore[arg-type]
    title = w("cli.show_outcome", language, date=today.isoformat())
    return f"{title}\n{'=' * len(title)}\n{shown}"


def delete(args: argparse.Namespace) -> int:
    nl = _nl(args)
    with Store.open(env_db(args)) as store:
        record = store.find(args.id)
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError("delete asks for confirmation: run it in a terminal or add --yes",
                                key="err.delete_confirm")
            name = terminal(record.intake.system_name) or "—"
            prompt = (f"Beoordeling {record.id[:8]} ({name}) verwijderen? [j/N] " if nl
                      else f"Delete assessment {record.id[:8]} ({name})? [y/N] ")
            try:
                reply = input(prompt).strip().lower()
            except EOFError:
                reply = ""
            if reply not in ("j", "ja", "y", "yes"):
                print("Niets verwijderd." if nl else "Nothing deleted.")
                return 0
        store.delete(record.id)
    print(f"Verwijderd: {record.id[:8]} (een reservekopie staat in {store.backups.folder})" if nl
           else f"Deleted: {record.id[:8]} (a backup copy is in {store.backups.folder})")
    return 0
