"""The overview as CSV for spreadsheets: one row per system, as Dutch Excel opens it.

`;` separates cells and the text is UTF-8 with a byte order mark (without it Excel guesses the
wrong encoding). A cell that starts with = + - @, tab or CR gets a leading apostrophe so no
spreadsheet runs it as a formula. Values are the words of the chosen language; ids are in the JSON.
"""

import csv
import io

from assessment.i18n import Lang
from assessment.overview.labels import label, yes_no
from assessment.overview.layout import register_fields
from assessment.overview.model import Overview, StepState, SystemRow
from assessment.text.markup import csv_cell

BOM = "\ufeff"

_COLUMNS: list[tuple[str, str]] = [
    ("ministerie", "ministry"), ("ministerie-id", "ministry id"), ("organisatie", "organisation"),
    ("organisatietype", "organisation type"),
    ("systeem", "system"), ("functie", "function"), ("bedrijfsproces", "business process"),
    ("status", "status"), ("uitgeschakeld op", "switched off on"), ("risicoklasse", "risk class"),
    ("rollen", "roles"), ("hoog-risico grondslag", "high-risk basis"),
    ("afwijking art. 6(3)", "art. 6(3) derogation"),
    ("verboden praktijken", "prohibited practices"), ("onder uitzonderingsgrond", "under exception ground"),
    ("uitzonderingsgrond en motivatie", "exception ground and motivation"),
    ("transparantieplichten", "transparency duties"), ("FRIA", "FRIA"),
    ("registratie EU-databank", "EU database registration"), ("Algoritmeregister", "Algoritmeregister"),
    ("registercategorie", "register category"), ("registerconcept", "register draft"),
    ("register: verplicht nog open", "register: mandatory still open"),
    ("eerstvolgende termijn", "next deadline"), ("verstreken stappen", "overdue steps"),
    ("voorlopig", "provisional"), ("open vragen", "open questions"), ("afgerond", "complete"),
    ("beoordeeld op", "assessed on"), ("juridische peildatum", "legal as-of date"),
    ("vragenlijst", "questionnaire"), ("beoordeling-id", "assessment id"), ("bronbestand", "source file"),
]


def render(overview: Overview, lang: Lang = "nl") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([nl if lang == "nl" else en for nl, en in _COLUMNS])
    for row in overview.systems:
        writer.writerow([csv_cell(c) for c in _cells(row, lang)])
    return BOM + out.getvalue()


def _state(state: StepState, lang: Lang) -> str:
    if not state.open:
        return "niet open" if lang == "nl" else "not open"
    parts = ["open"]
    if state.category:
        parts.append(("categorie " if lang == "nl" else "category ") + state.category)
    if state.deadline:
        parts.append(state.deadline.isoformat())
    return ", ".join(parts)


def _cells(s: SystemRow, lang: Lang) -> list[str]:
    claims = "\n".join(f"{c.ref}: {c.exception_ref}: {c.motivation or ''}" for c in s.exception_claims)
    return [
        s.ministry, s.ministry_id or "", s.organisation,
        label(s.organisation_type, lang, ""), s.system_name, s.function,
        s.business_process, label(s.status, lang, ""),
        s.switched_off_on.isoformat() if s.switched_off_on else "", label(s.risk_group, lang),
        ", ".join(label(r, lang) for r in s.roles), ", ".join(s.high_risk_basis), s.derogation or "",
        ", ".join(s.prohibited), ", ".join(s.excepted), claims, ", ".join(s.transparency),
        _state(s.fria, lang), _state(s.eu_database_registration, lang), _state(s.algoritmeregister, lang),
        s.register_category or "", yes_no(s.register_draft, lang) if s.register_category else "",
        register_fields(s.register_open_mandatory, lang),
        s.next_deadline.isoformat() if s.next_deadline else "", str(s.overdue_steps),
        yes_no(s.provisional, lang), str(s.open_questions), yes_no(s.complete, lang),
        s.assessed_on.isoformat() if s.assessed_on else "",
        s.legal_as_of.isoformat() if s.legal_as_of else "", s.questionnaire, s.assessment_id, s.source,
    ]
