"""What a report says, independent of its format: the system and who was heard, the outcome as every
face presents it (`assessment.presentation`), every answer, and the sources the outcome cites.

Everything here is plain text in a `Document`; the Markdown and HTML writers escape all of it, so
free text typed by an officer can never become markup."""

from assessment.document.blocks import Block, Bullets, Document, Facts, Heading, Links, Paragraph, Table
from assessment.legal.citation import cite, source
from assessment.i18n import Lang
from assessment.outcome.models import Outcome
from assessment.presentation import blocks as p
from assessment.presentation.given import from_export
from assessment.presentation.present import present
from assessment.transfer.document import ExportedAnswer, ExportedAssessment
from assessment.intake import LIFECYCLE_DATES, Intake
from assessment.vocabulary import heading, label, yes_no
from assessment.words import w


def _answer_text(answer: ExportedAnswer, lang: Lang) -> str:
    if answer.options:
        text = "; ".join(o.text.get(lang) for o in answer.options)
    else:
        text = answer.value if isinstance(answer.value, str) else ", ".join(answer.value)
    return f"{text} ({label(f'source_{answer.source}', lang)})" if answer.source else text


def _answers_table(answers: list[ExportedAnswer], lang: Lang, caption: str) -> Table:
    rows = [[str(n), answer.question.get(lang), _answer_text(answer, lang), answer.note,
             w("out.yes", lang) if answer.flagged else "",
             answer.answered_at.strftime("%d-%m-%Y %H:%M") if answer.answered_at else ""]
            for n, answer in enumerate(answers, start=1)]
    headers = [w(f"rep.col_{k}", lang) for k in ("number", "question", "answer", "note", "flag", "answered_at")]
    return Table(caption, headers, rows)


def _outcome_blocks(blocks: list[p.Block], lang: Lang) -> list[Block]:
    """The presented outcome as document blocks: conclusions and facts as label-value lists, each
    step under its own heading."""
    out: list[Block] = []
    facts: list[tuple[str, str]] = []

    def flush() -> None:
        if facts:
            out.append(Facts(list(facts)))
            facts.clear()

    for block in blocks:
        match block:
            case p.Conclusion(label=lab, value=value, reason=reason, refs=refs, answers=answers):
                lines = [value] if value else []
                lines += [reason] if reason else []
                lines += [f"{w('out.refs', lang)}: {'; '.join(refs)}"] if refs else []
                lines += [f"{w('out.because', lang)}: {a}" for a in answers]
                facts.append((lab, "\n".join(lines)))
                continue
            case p.Fact(label=lab, value=value):
                facts.append((lab, value))
                continue
        flush()
        match block:
            case p.Section(title=title):
                out.append(Heading(2, title))
            case p.Warning(text=text):
                out.append(Paragraph(text, emphasis=True))
            case p.Step():
                s = block
                out.append(Heading(3, s.title))
                when = [s.deadline, *([f"{w('out.timing', lang)}: {s.timing}"] if s.timing else []),
                        *([s.deadline_reason] if s.deadline_reason else []),
                        *([w("out.decided_by", lang, date=s.decided_by)] if s.decided_by else []), *s.marks]
                items = [(w("out.status", lang), s.status), (w("out.owner", lang), s.owner),
                         (w("out.deadline", lang), "\n".join(when)), (w("out.why", lang), s.why)]
                items += [(w("out.refs", lang), "; ".join(s.refs))] if s.refs else []
                items += [(w("out.details", lang), "\n".join(s.details))] if s.details else []
                items += [(w("out.checks", lang), "\n".join(s.checks))] if s.checks else []
                items += [(w("out.because", lang), "\n".join(s.answers))] if s.answers else []
                out.append(Facts(items))
            case p.LegalDate(date=date, covers=covers, source=src, verify=verify):
                out.append(Bullets([f"{date}: {covers} ({src})" + (f" [{verify}]" if verify else "")]))
            case p.OpenQuestion(text=text, refs=refs, affects=affects, alternatives=alternatives):
                extra = [f"{w('out.refs', lang)}: {'; '.join(refs)}"] if refs else []
                extra += [f"{w('out.open_affects', lang)}: {'; '.join(affects)}"] if affects else []
                extra += list(alternatives)
                out.append(Bullets([text + "".join(f"\n{e}" for e in extra)]))
            case p.NotAsked(question=question, implied=implied, because=because, answers=answers):
                out.append(Bullets([(f"{question} → {implied}" if implied else question) + f"\n{because}"
                                    + "".join(f"\n{w('out.because', lang)}: {a}" for a in answers)]))
            case p.Signal(text=text, answers=answers):
                out.append(Bullets([text + "".join(f"\n{w('out.because', lang)}: {a}" for a in answers)]))
            case p.Remark(question=question, answer=answer, note=note, flag=flag):
                line = f"{question} → {answer}" + (f"\n⚑ {flag}" if flag else "")
                out.append(Bullets([line + (f"\n{w('out.note', lang)}: {note}" if note else "")]))
            case p.Line(text=text):
                out.append(Paragraph(text))
    flush()
    return _merge_lists(out)


def _merge_lists(blocks: list[Block]) -> list[Block]:
    """Adjacent one-item lists become one list."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Bullets) and out and isinstance(out[-1], Bullets):
            out[-1] = Bullets([*out[-1].items, *block.items])
        else:
            out.append(block)
    return out


def _cited(a: ExportedAssessment) -> list[str]:
    """Every reference the outcome rests on, once, in order of first use."""
    refs: list[str] = []
    c = a.classification
    if c is not None:
        refs += [*c.applicability_refs, *c.exclusions, *c.annex_iii, *c.high_risk_basis, *c.transparency_duties,
                 *c.transparency_excepted, *([c.derogation] if c.derogation else [])]
        for f in c.prohibited_practices:
            refs += [f.ref, *([f.exception_ref] if f.exception_ref else []), *f.conditions_unmet]
        refs += [r for q in c.open_questions for r in q.refs]
    for step in a.steps:
        refs += step.refs
    return list(dict.fromkeys(refs))


def sources(refs: list[str], lang: Lang) -> list[Block]:
    """'Bronnen': each reference in citation form saying whether it is law or policy, and links to
    the texts (EUR-Lex, wetten.overheid.nl, the policy documents)."""
    rows: list[list[str]] = []
    links: dict[str, str] = {}
    for ref in refs:
        found = source(ref, lang)
        kind = w("rep.law" if found is None or found.law else "rep.policy", lang)
        rows.append([cite(ref, lang), kind, found.name if found else ""])
        if found is not None:
            links.setdefault(found.url, found.name)
    out: list[Block] = [Heading(2, w("rep.sources", lang))]
    if not rows:
        return out + [Paragraph(w("rep.no_sources", lang))]
    out.append(Table(w("rep.sources_caption", lang),
                     [w("rep.col_reference", lang), w("rep.col_kind", lang), w("rep.col_source", lang)], rows))
    out.append(Links([(name, url) for url, name in links.items()]))
    return out


def _lifecycle(intake: Intake, lang: Lang) -> list[tuple[str, str]]:
    """The dates of the system's life the deadlines are computed from, where they were asked."""
    out = []
    for name in LIFECYCLE_DATES:
        value = getattr(intake, name, None)
        if value is not None:
            shown = value.strftime("%d-%m-%Y") if hasattr(value, "strftime") else label(str(value), lang)
            out.append((heading(name, lang), shown))
    return out


def _overview(a: ExportedAssessment, lang: Lang, name: str) -> Facts:
    i = a.intake
    dash = "—"
    return Facts([
        (w("rep.system", lang), name),
        (w("rep.ministry", lang), i.ministry or dash),
        (w("rep.organisation", lang), i.organisation or dash),
        (w("rep.organisation_type", lang), label(i.organisation_type, lang) if i.organisation_type else dash),
        (w("rep.function", lang), i.function or dash),
        (w("rep.process", lang), i.business_process or dash),
        (w("out.status", lang), label(i.status, lang) if i.status else dash),
        (w("rep.contact", lang), i.contact_person or dash),
        (w("rep.interviewee", lang), i.interviewee or dash),
        (w("rep.officer", lang), i.officer or dash),
        *_lifecycle(i, lang),
        (w("rep.assessment", lang), a.id),
        (w("rep.questionnaire", lang),
         f"{a.questionnaire.id} {a.questionnaire.version} ({a.questionnaire.content_hash[:12]})"),
        (w("rep.law_as_of", lang), a.questionnaire.legal_as_of.strftime("%d-%m-%Y")),
        (w("rep.judged_as_of", lang), a.as_of.strftime("%d-%m-%Y")),
        (w("rep.complete", lang), yes_no(a.complete, lang)),
    ])


def outcome_of(a: ExportedAssessment) -> Outcome:
    """The outcome part of an exported assessment, for the shared presentation."""
    return Outcome(questionnaire_id=a.questionnaire.id, questionnaire_version=a.questionnaire.version,
                   as_of=a.as_of, complete=a.complete, next_question=a.next_question,
                   classification=a.classification, steps=a.steps, signals=a.signals)


def build(a: ExportedAssessment, lang: Lang, questionnaire=None) -> Document:
    """The report; `questionnaire` (the one the answers were given to) names implied answers."""
    name = a.intake.system_name or w("rep.unnamed", lang)
    title = w("rep.title", lang, name=name)
    blocks: list[Block] = [Heading(1, title), Heading(2, w("rep.overview", lang)), _overview(a, lang, name)]
    blocks += _outcome_blocks(present(outcome_of(a), from_export(a, questionnaire), lang), lang)
    blocks += [Heading(2, w("rep.all_answers", lang)),
               _answers_table(a.answers, lang, w("rep.answers_caption", lang))]
    if a.set_aside:
        blocks += [Heading(2, w("rep.set_aside", lang)), Paragraph(w("rep.set_aside_text", lang)),
                   _answers_table(a.set_aside, lang, w("rep.set_aside_caption", lang))]
    blocks += sources(_cited(a), lang)
    blocks += [Paragraph(w("rep.disclaimer", lang), emphasis=True)]
    return Document(lang, title, blocks)
