"""The overview as a page for people: the uitvraag questions first, then the wider picture.

Pure: from an `Overview` and a language to blocks. Markdown and HTML only change the notation.
"""

from assessment.i18n import Lang
from assessment.document.blocks import Block, Bullets, Heading, Paragraph, Table
from assessment.legal.citation import cite
from assessment.overview.labels import label, practice, yes_no
from assessment.organisations import ministry_label
from assessment.overview.model import Overview, PracticeSystem, StepState, SystemRef
from assessment.register.model import field_title


def page(ov: Overview, lang: Lang) -> tuple[str, list[Block]]:
    """The title and the blocks of the overview in `lang`."""
    t = _pick(lang)
    title = t("Overzicht AI-systemen voor het CIO-office", "AI systems overview for the CIO office")
    blocks: list[Block] = [Heading(1, title, "overzicht")]
    blocks += _intro(ov, t)
    blocks += _uitvraag(ov, t, lang)
    blocks += _counts(ov, t, lang)
    blocks += _high_risk(ov, t, lang)
    blocks += _register(ov, t, lang)
    blocks += _transparency(ov, t, lang)
    blocks += _provisional(ov, t, lang)
    blocks += _deadlines(ov, t, lang)
    blocks += _systems(ov, t, lang)
    blocks += _sources(ov, t, lang)
    return title, blocks


def _pick(lang: Lang):
    return lambda nl, en: nl if lang == "nl" else en


def _who(ref: SystemRef) -> list[str]:
    return [ref.system_name, ref.ministry, ref.organisation]


def _who_headers(t) -> list[str]:
    return [t("Systeem", "System"), t("Ministerie", "Ministry"), t("Organisatie", "Organisation")]


def _date(value) -> str:
    return value.isoformat() if value else ""


def _intro(ov: Overview, t) -> list[Block]:
    n = ov.totals
    return [
        Paragraph(t(f"Peildatum {ov.as_of.isoformat()}. Gemaakt met assessment {ov.tool_version}.",
                    f"As of {ov.as_of.isoformat()}. Made with assessment {ov.tool_version}.")),
        Paragraph(t("Dit overzicht bundelt zelfbeoordelingen van organisaties. Het ondersteunt, maar "
                    "vervangt geen juridisch advies; voorlopige uitkomsten zijn nog niet door een "
                    "deskundige bevestigd.",
                    "This overview combines organisations' self-assessments. It supports, but does not "
                    "replace, legal advice; provisional results are not yet confirmed by an expert."),
                  emphasis=True),
        Heading(2, t("Samenvatting", "Summary"), "samenvatting"),
        Bullets([
            t(f"Onderzochte systemen: {n.systems} (uit {n.assessments_read} beoordelingen in "
              f"{n.files_read} bestanden)",
              f"Systems examined: {n.systems} (from {n.assessments_read} assessments in "
              f"{n.files_read} files)"),
            t(f"Met een verboden praktijk in gebruik of in ontwikkeling: {n.prohibited_active}",
              f"With a prohibited practice in use or in development: {n.prohibited_active}"),
            t(f"Met een verboden praktijk die is uitgeschakeld: {n.prohibited_switched_off}",
              f"With a prohibited practice that was switched off: {n.prohibited_switched_off}"),
            t(f"Onder een uitzonderingsgrond: {n.excepted}", f"Under an exception ground: {n.excepted}"),
            t(f"Hoog-risico: {n.high_risk}", f"High-risk: {n.high_risk}"),
            t(f"Voorlopig (open vragen of niet afgerond): {n.provisional}",
              f"Provisional (open questions or unfinished): {n.provisional}"),
            t(f"Termijnen verstreken: {n.deadlines_overdue}; binnen {ov.horizon_days} dagen: "
              f"{n.deadlines_due_soon}",
              f"Deadlines passed: {n.deadlines_overdue}; within {ov.horizon_days} days: "
              f"{n.deadlines_due_soon}"),
            t(f"Overgeslagen bestanden: {n.files_skipped}; dubbele exports genegeerd: "
              f"{n.duplicates_dropped}",
              f"Files skipped: {n.files_skipped}; duplicate exports ignored: {n.duplicates_dropped}"),
        ]),
    ]


def _none(t) -> Paragraph:
    return Paragraph(t("Geen.", "None."))


def _uitvraag(ov: Overview, t, lang: Lang) -> list[Block]:
    items = [(g.ref, s) for g in ov.practices for s in g.systems]
    active = [(r, s) for r, s in items if s.situation == "active"]
    off = [(r, s) for r, s in items if s.situation == "switched_off"]
    excepted = [(r, s) for r, s in items if s.situation == "excepted"]
    out: list[Block] = [
        Heading(2, t("Uitvraag CIO Rijk: verboden AI-praktijken",
                     "CIO Rijk inquiry: prohibited AI practices"), "uitvraag"),
        Heading(3, t("1. Hoeveel en welke systemen vallen onder een verboden praktijk",
                     "1. How many and which systems fall under a prohibited practice"), "vraag-1"),
    ]
    if ov.practices:
        out.append(Table(
            t("Per verboden praktijk", "Per prohibited practice"),
            [t("Praktijk", "Practice"), t("In gebruik of ontwikkeling", "In use or development"),
             t("Uitgeschakeld", "Switched off"), t("Onder uitzonderingsgrond", "Under exception ground")],
            [[practice(g.ref, lang), str(g.active), str(g.switched_off), str(g.excepted)]
             for g in ov.practices], numeric=frozenset({1, 2, 3})))
    out.append(_practice_table(active, t, lang, t("Systemen met een verboden praktijk in gebruik of in "
                                                  "ontwikkeling", "Systems with a prohibited practice in "
                                                  "use or in development")))
    out.append(Heading(3, t("2. Welke waren in productie en zijn uitgeschakeld",
                            "2. Which were in production and have been switched off"), "vraag-2"))
    out.append(Table(t("Uitgeschakeld, met datum", "Switched off, with date"),
                     [*_who_headers(t),
                      t("Praktijk", "Practice"), t("Uitgeschakeld op", "Switched off on")],
                     [_who(s.system) + [practice(r, lang), _date(s.switched_off_on)
                                        or t("(datum niet opgegeven)", "(date not given)")]
                      for r, s in off]) if off else _none(t))
    out.append(Heading(3, t("3. Welke draaien onder een uitzonderingsgrond, met motivatie",
                            "3. Which run under an exception ground, with the motivation"), "vraag-3"))
    out.append(Table(t("Onder uitzonderingsgrond", "Under an exception ground"),
                     [*_who_headers(t),
                      t("Praktijk", "Practice"), t("Uitzonderingsgrond", "Exception ground"),
                      t("Motivatie", "Motivation")],
                     [_who(s.system) + [practice(r, lang), cite(s.exception_ref, lang) if s.exception_ref else "",
                                        s.motivation or ""]
                      for r, s in excepted]) if excepted else _none(t))
    out.append(Heading(3, t("4. In welke bedrijfsprocessen zitten ze",
                            "4. In which business processes they sit"), "vraag-4"))
    rows = [[p.business_process or t("(niet ingevuld)", "(not filled in)")] + _who(s.system)
            + [practice(s.ref, lang), label(s.situation, lang)] for p in ov.processes for s in p.systems]
    out.append(Table(t("Bedrijfsproces per systeem met een verboden praktijk",
                       "Business process per system with a prohibited practice"),
                     [t("Bedrijfsproces", "Business process"), *_who_headers(t),
                      t("Praktijk", "Practice"), t("Situatie", "Situation")], rows) if rows else _none(t))
    return out


def _practice_table(items: list[tuple[str, PracticeSystem]], t, lang: Lang, caption: str) -> Block:
    if not items:
        return Paragraph(t("Geen systemen met een verboden praktijk in gebruik of in ontwikkeling.",
                           "No systems with a prohibited practice in use or in development."))
    return Table(caption, [t("Praktijk", "Practice"), *_who_headers(t), t("Status", "Status")],
                 [[practice(r, lang)] + _who(s.system) + [label(s.status, lang)] for r, s in items])


def _counts(ov: Overview, t, lang: Lang) -> list[Block]:
    out: list[Block] = [Heading(2, t("Aantallen", "Counts"), "aantallen")]
    dims = [("ministry", t("Per ministerie", "Per ministry"), t("Ministerie", "Ministry")),
            ("organisation_type", t("Per organisatietype", "Per organisation type"),
             t("Organisatietype", "Organisation type")),
            ("status", t("Per status", "Per status"), t("Status", "Status")),
            ("risk_class", t("Per risicoklasse", "Per risk class"), t("Risicoklasse", "Risk class"))]
    for name, caption, column in dims:
        counts = getattr(ov.counts, name)
        out.append(Heading(3, caption, f"aantallen-{name}"))
        rows = [[_count_label(name, c.value, lang), str(c.count)] for c in counts]
        out.append(Table(t("Aantal systemen ", "Number of systems ") + caption[0].lower() + caption[1:],
                         [column, t("Aantal", "Count")], rows, numeric=frozenset({1}))
                   if rows else _none(t))
    return out + _unmapped(ov, t, lang)


def _count_label(dimension: str, value: str | None, lang: Lang) -> str:
    if value is None:
        return label(value, lang)
    if dimension == "ministry":
        return ministry_label(value, lang, fallback=label(value, lang))
    return label(value, lang)


def _unmapped(ov: Overview, t, lang: Lang) -> list[Block]:
    if not ov.unmapped_ministries:
        return []
    rows = [[u.name, s.system_name, s.organisation, s.assessment_id] for u in ov.unmapped_ministries
            for s in u.systems]
    return [Heading(3, t("Niet herkende ministeries", "Unrecognised ministries"), "aantallen-niet-herkend"),
            Paragraph(t("Deze exports noemen een ministerie dat niet in de lijst staat (geschreven voordat de "
                        "tool een vaste lijst had). Ze tellen als 'niet herkend' tot de naam is verbeterd.",
                        "These exports name a ministry that is not in the list (written before the tool had a "
                        "fixed list). They count as 'not recognised' until the name is corrected.")),
            Table(t("Niet herkende ministeries", "Unrecognised ministries"),
                  [t("Ministerie zoals geschreven", "Ministry as written"), t("Systeem", "System"),
                   t("Organisatie", "Organisation"), t("Beoordeling", "Assessment")], rows)]


def _state(state: StepState, t) -> str:
    if not state.open:
        return t("niet open", "not open")
    text = t("open", "open")
    if state.category:
        text += t(f", categorie {state.category}", f", category {state.category}")
    if state.deadline:
        text += t(f", uiterlijk {state.deadline.isoformat()}", f", by {state.deadline.isoformat()}")
    return text


def _high_risk(ov: Overview, t, lang: Lang) -> list[Block]:
    out: list[Block] = [Heading(2, t("Hoog-risico AI-systemen", "High-risk AI systems"), "hoog-risico"),
                        Paragraph(t("'Open' betekent dat de stap bij de volgende stappen van het "
                                    "systeem staat; 'niet open' dat hij niet nodig is of al gedaan.",
                                    "'Open' means the step is among the system's next steps; 'not open' "
                                    "means it is not needed or already done."))]
    if not ov.high_risk:
        return out + [_none(t)]
    rows = [_who(h.system) + [label(h.status, lang), cite_each(h.annex_iii, lang) or cite_each(h.basis, lang),
                              _state(h.fria, t), _state(h.eu_database_registration, t),
                              _state(h.algoritmeregister, t), yes_no(h.provisional, lang)]
            for h in ov.high_risk]
    out.append(Table(t("Hoog-risico systemen en openstaande verplichtingen",
                       "High-risk systems and open obligations"),
                     [*_who_headers(t),
                      t("Status", "Status"),
                      t("Bijlage III-punt (of grondslag)", "Annex III point (or basis)"),
                      "FRIA", t("Registratie EU-databank", "EU database registration"),
                      "Algoritmeregister", t("Voorlopig", "Provisional")], rows))
    return out


def register_fields(keys: list[str], lang: Lang) -> str:
    """The register's own (Dutch) field names; its API keys in English, so a page is in one language."""
    return ", ".join(field_title(k) if lang == "nl" else k for k in keys)


def _register(ov: Overview, t, lang: Lang) -> list[Block]:
    out: list[Block] = [
        Heading(2, t("Algoritmeregister: concepten voor categorie A en B",
                     "Algoritmeregister: drafts for categories A and B"), "algoritmeregister"),
        Paragraph(t("Per systeem in categorie A (hoog-risico AI) of B (impactvol): of de export een "
                    "concept voor het Algoritmeregister bevat, en welke verplichte velden de eigenaar nog "
                    "moet invullen voordat het gepubliceerd kan worden.",
                    "Per system in category A (high-risk AI) or B (impactful): whether the export carries a "
                    "draft Algoritmeregister entry, and which mandatory fields the owner still has to fill "
                    "in before it can be published."))]
    if not ov.register_drafts:
        return out + [_none(t)]
    rows = [_who(r.system) + [r.category, label(r.status, lang), yes_no(r.draft, lang),
                              (register_fields(r.open_mandatory, lang) or t("niets", "none")) if r.draft
                              else t("(geen concept in de export)", "(no draft in the export)")]
            for r in ov.register_drafts]
    out.append(Table(t("Concepten en open verplichte velden", "Drafts and open mandatory fields"),
                     [*_who_headers(t), t("Categorie", "Category"), t("Status", "Status"),
                      t("Concept", "Draft"), t("Verplicht nog open", "Mandatory still open")], rows))
    return out


def _transparency(ov: Overview, t, lang: Lang) -> list[Block]:
    out: list[Block] = [Heading(2, t("Transparantieverplichtingen (art. 50)",
                                     "Transparency duties (art. 50)"), "transparantie")]
    rows = [[cite(g.ref, lang)] + _who(s) for g in ov.transparency for s in g.systems]
    return out + [Table(t("Transparantieverplichting per systeem", "Transparency duty per system"),
                        [t("Verplichting", "Duty"), *_who_headers(t)], rows) if rows else _none(t)]


def _provisional(ov: Overview, t, lang: Lang) -> list[Block]:
    out: list[Block] = [Heading(2, t("Voorlopige uitkomsten en open vragen",
                                     "Provisional results and open questions"), "voorlopig")]
    rows = []
    for p in ov.provisional:
        state = t("niet afgerond", "unfinished") if not p.complete else t("voorlopig", "provisional")
        if not p.open_questions:
            rows.append(_who(p.system) + [state, "", ""])
        for q in p.open_questions:
            rows.append(_who(p.system) + [state, q.text.get(lang), cite_each(q.refs, lang)])
    return out + [Table(t("Open vragen per systeem", "Open questions per system"),
                        [*_who_headers(t), t("Stand", "State"), t("Open vraag", "Open question"),
                         t("Grondslag", "Basis")], rows)
                  if rows else _none(t)]


def _deadlines(ov: Overview, t, lang: Lang) -> list[Block]:
    out: list[Block] = [Heading(2, t(f"Termijnen: verstreken of binnen {ov.horizon_days} dagen",
                                     f"Deadlines: passed or within {ov.horizon_days} days"), "termijnen")]
    rows = [[d.deadline.isoformat(),
             t(f"{-d.days_left} dagen verstreken", f"{-d.days_left} days ago") if d.overdue
             else t(f"over {d.days_left} dagen", f"in {d.days_left} days")]
            + _who(d.system) + [d.title.get(lang), label(d.owner, lang), label(d.step_status, lang)]
            for d in ov.deadlines]
    return out + [Table(t(f"Stappen met een termijn tot en met {ov.horizon_days} dagen na "
                          f"{ov.as_of.isoformat()}",
                          f"Steps due up to {ov.horizon_days} days after {ov.as_of.isoformat()}"),
                        [t("Termijn", "Deadline"), t("Stand", "State"), *_who_headers(t), t("Stap", "Step"),
                         t("Eigenaar", "Owner"), t("Aard", "Kind")], rows) if rows else _none(t)]


def _systems(ov: Overview, t, lang: Lang) -> list[Block]:
    rows = [[s.ministry, s.organisation, label(s.organisation_type, lang), s.system_name, s.function,
             s.business_process, label(s.status, lang), label(s.risk_group, lang),
             yes_no(s.provisional, lang), _date(s.assessed_on), s.source] for s in ov.systems]
    return [Heading(2, t("Alle onderzochte systemen", "All systems examined"), "systemen"),
            Table(t("Register van alle onderzochte systemen en hun functie",
                    "Register of all examined systems and their function"),
                  [t("Ministerie", "Ministry"), t("Organisatie", "Organisation"), t("Type", "Type"),
                   t("Systeem", "System"), t("Functie", "Function"), t("Bedrijfsproces", "Business process"),
                   t("Status", "Status"), t("Risicoklasse", "Risk class"), t("Voorlopig", "Provisional"),
                   t("Beoordeeld op", "Assessed on"), t("Bron", "Source")], rows) if rows else _none(t)]


def _sources(ov: Overview, t, lang: Lang) -> list[Block]:
    out: list[Block] = [Heading(2, t("Overgeslagen bestanden", "Skipped files"), "overgeslagen")]
    out.append(Table(t("Niet verwerkt, met reden", "Not processed, with the reason"),
                     [t("Bestand", "File"), t("Reden", "Reason"), t("Toelichting", "Detail")],
                     [[s.path, label(s.reason, lang), s.detail] for s in ov.skipped]) if ov.skipped
               else _none(t))
    out.append(Heading(2, t("Dubbele exports", "Duplicate exports"), "dubbel"))
    rows = [[d.system_name, d.assessment_id, d.kept, c.source, label(c.reason, lang)]
            for d in ov.duplicates for c in d.dropped]
    out.append(Table(t("Dezelfde beoordeling vaker gelezen: de nieuwste telt",
                       "The same assessment read more than once: the latest counts"),
                     [t("Systeem", "System"), t("Beoordeling", "Assessment"), t("Gebruikt", "Used"),
                      t("Genegeerd", "Ignored"), t("Reden", "Reason")], rows) if rows else _none(t))
    return out


def cite_each(refs, lang: Lang) -> str:
    """References for a table cell, each in the reader's citation form."""
    return "; ".join(cite(r, lang) for r in refs)
