"""What a report says, independent of its format: headings, facts, tables and lists of plain text.

Everything here is plain text; the Markdown and HTML writers escape all of it, so free text typed
by an officer can never become markup.
"""

from dataclasses import dataclass, field

from assessment.i18n import Lang
from assessment.outcome.prohibitions import remarks
from assessment.report.labels import label, yes_no
from assessment.transfer.document import ExportedAnswer, ExportedAssessment
from assessment.vocabulary import heading


@dataclass
class Table:
    caption: str
    headers: list[str]
    rows: list[list[str]]


@dataclass
class Section:
    heading: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    table: Table | None = None


@dataclass
class Report:
    lang: Lang
    title: str
    sections: list[Section]
    disclaimer: str


def _t(lang: Lang, nl: str, en: str) -> str:
    return nl if lang == "nl" else en


def _answer_text(answer: ExportedAnswer, lang: Lang) -> str:
    if answer.options:
        text = "; ".join(o.text.get(lang) for o in answer.options)
    else:
        text = answer.value if isinstance(answer.value, str) else ", ".join(answer.value)
    return f"{text} ({label(f'source_{answer.source}', lang)})" if answer.source else text


def _answers_table(answers: list[ExportedAnswer], lang: Lang, caption: str) -> Table:
    rows = [[str(n), answer.question.get(lang), _answer_text(answer, lang), answer.note,
             _t(lang, "ja", "yes") if answer.flagged else "",
             answer.answered_at.isoformat(timespec="minutes") if answer.answered_at else ""]
            for n, answer in enumerate(answers, start=1)]
    headers = [_t(lang, "Nr.", "No."), _t(lang, "Vraag", "Question"), _t(lang, "Antwoord", "Answer"),
               _t(lang, "Notitie", "Note"), _t(lang, "Opvolgen", "Follow up"),
               _t(lang, "Beantwoord op", "Answered at")]
    return Table(caption, headers, rows)


def _signals(a: ExportedAssessment, lang: Lang) -> list[Section]:
    """What the answers of an unfinished assessment already indicate, with the questions behind it."""
    s = a.signals
    if s is None:
        return []

    def asked(trace) -> str:
        return f" ({', '.join(dict.fromkeys(item.question_id for item in trace))})" if trace else ""

    items = [_t(lang, "Rol gekozen: ", "Role chosen: ") + label(r.role, lang) + asked(r.trace) for r in s.roles]
    for p in s.prohibited_practices:
        claimed = _t(lang, "; uitzondering geclaimd: ", "; exception claimed: ") + p.exception_ref if p.exception_ref else ""
        items.append(_t(lang, "Verboden praktijk beantwoord met ja: ", "Prohibited practice answered yes: ")
                     + p.ref + claimed + asked(p.trace))
    for head, found in ((_t(lang, "Product onder Annex I: ", "Product under Annex I: "), s.annex_i),
                        (_t(lang, "Gebruik onder Annex III: ", "Use under Annex III: "), s.annex_iii),
                        (_t(lang, "Situatie van art. 50: ", "Art. 50 situation: "), s.transparency)):
        items += [head + f.ref + asked(f.trace) for f in found]
    if s.systemic_risk is not None:
        items.append(_t(lang, "Systeemrisico: ", "Systemic risk: ") + yes_no(s.systemic_risk, lang)
                     + asked(s.systemic_risk_trace))
    return [Section(_t(lang, "Wat de antwoorden tot nu toe aangeven", "What the answers so far indicate"),
                    paragraphs=[_t(lang, "Geen conclusie: vragen die nog niet gesteld zijn kunnen dit veranderen.",
                                   "Not a conclusion: questions not yet asked can change this.")],
                    items=items or [_t(lang, "Nog niets.", "Nothing yet.")])]


def _classification(a: ExportedAssessment, lang: Lang) -> list[Section]:
    c = a.classification
    if c is None:
        where = f" ({_t(lang, 'volgende vraag', 'next question')}: {a.next_question})" if a.next_question else ""
        return [Section(_t(lang, "Classificatie", "Classification"), paragraphs=[_t(
            lang, "Er is nog geen classificatie: de vragenlijst is niet afgerond",
            "There is no classification yet: the questionnaire is not finished") + where + "."]),
            *_signals(a, lang)]
    facts = [
        (heading("applicability", lang), label(c.applicability, lang)),
        (_t(lang, "Reden", "Reason"), c.applicability_reason.get(lang)),
        (_t(lang, "Type", "Type"), label(c.system_type, lang)),
        (heading("roles", lang), ", ".join(label(r, lang) for r in c.roles) or "—"),
        (heading("risk_class", lang), label(c.risk_class, lang)),
    ]
    if c.risk_reason:
        facts.append((_t(lang, "Waarom deze risicoklasse", "Why this risk class"), c.risk_reason.get(lang)))
    if c.exclusions:
        facts.append((_t(lang, "Uitsluitingen (art. 2)", "Exclusions (art. 2)"), ", ".join(c.exclusions)))
    if c.annex_iii:
        facts.append((_t(lang, "Bijlage III", "Annex III"), ", ".join(c.annex_iii)))
    if c.high_risk_basis:
        facts.append((heading("high_risk_basis", lang), ", ".join(c.high_risk_basis)))
    if c.derogation:
        facts.append((heading("derogation", lang), c.derogation))
    for finding in c.prohibited_practices:
        state = _t(lang, "uitzondering geclaimd", "exception claimed") if finding.cleared else \
            _t(lang, "verboden", "prohibited")
        more = "".join(f"; {r.get(lang)}" for r in remarks(finding))
        facts.append((_t(lang, "Verboden praktijk", "Prohibited practice"), f"{finding.ref} ({state}{more})"))
    if c.transparency_duties:
        facts.append((heading("transparency_duties", lang), ", ".join(c.transparency_duties)))
    if c.transparency_excepted:
        facts.append((_t(lang, "Transparantie: uitzondering geclaimd", "Transparency: exception claimed"),
                      ", ".join(c.transparency_excepted)))
    facts.append((heading("systemic_risk", lang), yes_no(c.systemic_risk, lang)))
    for note in c.notes:
        facts.append((_t(lang, "Let op", "Note"), note.get(lang)))
    if c.provisional:
        facts.append((_t(lang, "Voorlopig", "Provisional"), _t(
            lang, "ja: er zijn open vragen die de uitkomst kunnen veranderen",
            "yes: open questions may change the result")))
    sections = [Section(_t(lang, "Classificatie", "Classification"), facts=facts)]
    why = []
    given = {answer.question_id: _answer_text(answer, lang) for answer in a.answers}
    for conclusion, items in c.trace.items():
        for item in items:
            answer = given.get(item.question_id) or (
                item.answer if isinstance(item.answer, str) else ", ".join(item.answer))
            asked = item.text.get(lang) if item.text else item.question_id
            why.append(f"{label(conclusion, lang)}: {asked} → {answer}")
    if c.applicability_refs:
        why.append(_t(lang, "Grondslag", "Legal basis") + ": " + ", ".join(c.applicability_refs))
    sections.append(Section(_t(lang, "Waarom", "Why"), items=why or [_t(lang, "Geen spoor vastgelegd.", "No trace recorded.")]))
    p = c.profile
    sections.append(Section(_t(lang, "Profiel (Algoritmekader)", "Profile (government vocabulary)"), facts=[
        ("type", p.type), (_t(lang, "rollen", "roles"), ", ".join(p.roles) or "—"),
        (_t(lang, "risicogroep", "risk group"), p.risk_group),
        (_t(lang, "transparantieverplichting", "transparency obligation"), yes_no(p.transparency_obligation, lang)),
        (_t(lang, "conformiteitsbeoordeling", "conformity assessment"), p.conformity_body),
        (_t(lang, "operationele status", "operational status"), p.operational_status or "—"),
        (_t(lang, "impact", "impact"), p.impact)]))
    return sections


def _steps(a: ExportedAssessment, lang: Lang) -> Section:
    rows = []
    for step in a.steps:
        deadline = step.deadline.isoformat() if step.deadline else "—"
        if step.overdue:
            deadline += _t(lang, " (verstreken)", " (overdue)")
        if step.deadline_reason:
            deadline += f": {step.deadline_reason.get(lang)}"
        if step.applies_from and not step.in_force:
            deadline += _t(lang, f" (plicht geldt vanaf {step.applies_from.isoformat()})",
                           f" (duty applies from {step.applies_from.isoformat()})")
        if step.verify:
            deadline += _t(lang, " (datum nog te bevestigen)", " (date to be confirmed)")
        rows.append([step.title.get(lang), label(step.status, lang), label(step.owner, lang), deadline,
                     step.why.get(lang), ", ".join(step.refs)])
    headers = [_t(lang, "Stap", "Step"), _t(lang, "Status", "Status"), _t(lang, "Wie", "Owner"),
               _t(lang, "Uiterlijk", "Deadline"), _t(lang, "Waarom", "Why"), _t(lang, "Grondslag", "Legal basis")]
    section = Section(_t(lang, "Volgende stappen", "Next steps"))
    if rows:
        section.table = Table(_t(lang, "Volgende stappen met eigenaar en termijn",
                                 "Next steps with owner and deadline"), headers, rows)
    else:
        section.paragraphs.append(_t(lang, "Geen stappen afgeleid.", "No steps derived."))
    return section


def build(a: ExportedAssessment, lang: Lang) -> Report:
    i = a.intake
    name = i.system_name or _t(lang, "(naamloos systeem)", "(unnamed system)")
    overview = Section(_t(lang, "Overzicht", "Overview"), facts=[
        (_t(lang, "Systeem", "System"), name),
        (_t(lang, "Ministerie", "Ministry"), i.ministry or "—"),
        (_t(lang, "Organisatie", "Organisation"), i.organisation or "—"),
        (_t(lang, "Soort organisatie", "Type of organisation"),
         label(i.organisation_type, lang) if i.organisation_type else "—"),
        (_t(lang, "Functie", "Function"), i.function or "—"),
        (_t(lang, "Werkproces", "Business process"), i.business_process or "—"),
        (_t(lang, "Status", "Status"), label(i.status, lang)),
        (_t(lang, "Contactpersoon", "Contact person"), i.contact_person or "—"),
        (_t(lang, "Geïnterviewd", "Interviewee"), i.interviewee or "—"),
        (_t(lang, "Beoordelaar", "Officer"), i.officer or "—"),
        (_t(lang, "Beoordeling", "Assessment"), a.id),
        (_t(lang, "Vragenlijst", "Questionnaire"),
         f"{a.questionnaire.id} {a.questionnaire.version} ({a.questionnaire.content_hash[:12]})"),
        (_t(lang, "Juridische stand per", "Law as of"), a.questionnaire.legal_as_of.isoformat()),
        (_t(lang, "Beoordeeld per", "Judged as of"), a.as_of.isoformat()),
        (_t(lang, "Afgerond", "Complete"), yes_no(a.complete, lang)),
    ])
    sections = [overview, *_classification(a, lang), _steps(a, lang)]
    open_questions = (a.classification.open_questions if a.classification
                      else a.signals.open_questions if a.signals else [])
    sections.append(Section(_t(lang, "Open vragen", "Open questions"),
                            items=[q.text.get(lang) + (f" ({', '.join(q.refs)})" if q.refs else "")
                                   for q in open_questions]
                            or [_t(lang, "Geen open vragen.", "No open questions.")]))
    sections.append(Section(_t(lang, "Alle antwoorden", "All answers"),
                            table=_answers_table(a.answers, lang, _t(lang, "Antwoorden met notities",
                                                                     "Answers with notes"))))
    if a.set_aside:
        sections.append(Section(
            _t(lang, "Antwoorden buiten het pad", "Answers no longer on the path"),
            paragraphs=[_t(lang, "Deze antwoorden zijn gegeven onder een eerdere versie van de vragenlijst "
                                 "en liggen niet meer op het pad. Ze zijn bewaard, niet gebruikt.",
                           "These answers were given under an earlier questionnaire version and are no "
                           "longer on the path. They are kept, not used.")],
            table=_answers_table(a.set_aside, lang, _t(lang, "Apart gezette antwoorden", "Set-aside answers"))))
    disclaimer = _t(
        lang, "Dit rapport ondersteunt de beoordeling maar vervangt geen juridisch advies. Leg twijfel en "
              "open vragen voor aan een jurist of de privacy-officer.",
        "This report supports the assessment but does not replace legal advice. Put doubts and open "
        "questions to a lawyer or the privacy officer.")
    title = _t(lang, "Beoordeling AI-verordening: ", "AI Act assessment: ") + name
    return Report(lang, title, sections, disclaimer)
