"""The interface texts of both faces, Dutch and English. Legal content lives in the questionnaire
and the outcome, never here; these are labels, instructions and messages."""

from typing import TYPE_CHECKING

from assessment.vocabulary import heading

if TYPE_CHECKING:  # not imported at run time: the first screen must not wait for pydantic
    from assessment.i18n import Lang


def _heading(conclusion: str) -> tuple[str, str]:
    return heading(conclusion, "nl"), heading(conclusion, "en")


_STRINGS: dict[str, tuple[str, str]] = {
    # general
    "app_title": ("AI-verordening: spreekuur", "AI Act: consultation"),
    "yes": ("Ja", "Yes"),
    "no": ("Nee", "No"),
    "cancel": ("Annuleren", "Cancel"),
    "close": ("Sluiten", "Close"),
    "quit": ("Stoppen", "Quit"),
    "help": ("Hulp", "Help"),
    "language": ("English", "Nederlands"),
    "theme": ("Kleuren", "Colours"),
    "loading": ("Laden…", "Loading…"),
    "not_saved": ("niet opgeslagen", "not saved"),
    "saved_quit": ("Alles is opgeslagen. Verder met: {command}", "Everything is saved. Continue with: {command}"),
    # home
    "home_title": ("Opgeslagen beoordelingen", "Stored assessments"),
    "home_empty": ("Nog geen beoordelingen. Druk op n voor een nieuwe.",
                   "No assessments yet. Press n to start one."),
    "col_system": ("Systeem", "System"),
    "col_organisation": ("Organisatie", "Organisation"),
    "col_status": ("Status", "Status"),
    "col_risk": ("Risicoklasse", "Risk class"),
    "col_updated": ("Gewijzigd", "Edited"),
    "new": ("Nieuw", "New"),
    "resume": ("Verder", "Resume"),
    "show": ("Bekijken", "Show"),
    "export": ("Exporteren", "Export"),
    "delete": ("Verwijderen", "Delete"),
    "confirm_delete": ("Beoordeling van '{name}' verwijderen? Dit kan niet ongedaan worden.",
                       "Delete the assessment of '{name}'? This cannot be undone."),
    "deleted": ("Verwijderd: {name}", "Deleted: {name}"),
    "status_complete": ("afgerond", "complete"),
    "status_open": ("bezig", "open"),
    "nothing_selected": ("Kies eerst een beoordeling.", "Select an assessment first."),
    # intake
    "intake_title": ("Gegevens van systeem en organisatie", "System and organisation"),
    "intake_hint": ("Velden met * zijn verplicht. Ctrl+S slaat op en gaat verder.",
                    "Fields marked * are required. Ctrl+S saves and continues."),
    "save_continue": ("Opslaan en verder", "Save and continue"),
    "required": ("verplicht", "required"),
    "not_a_date": ("geen datum (JJJJ-MM-DD)", "not a date (YYYY-MM-DD)"),
    "too_long": ("te lang", "too long"),
    "only_switched_off": ("alleen bij status 'buiten gebruik'", "only for status 'switched off'"),
    "conflicts_intake": ("spreekt de gegevens tegen", "contradicts the details"),
    "conflict_title": ("Antwoord en gegevens spreken elkaar tegen", "The answer contradicts the details"),
    "conflict_text": ("Bij de gegevens staat: {field} = {intake}.\nHet antwoord op “{question}” is: {answer}.",
                      "The details say: {field} = {intake}.\nThe answer to “{question}” is: {answer}."),
    "conflict_which": ("Wat klopt?", "Which holds?"),
    "conflict_keep_intake": ("De gegevens kloppen", "The details hold"),
    "conflict_keep_answer": ("Het antwoord klopt", "The answer holds"),
    "conflict_later": ("Later beslissen", "Decide later"),
    "conflict_reask": ("Beantwoord de vraag opnieuw, passend bij de gegevens.",
                       "Answer the question again, in line with the details."),
    "intake_followed": ("De gegevens zijn aangepast: {field} = {value}.", "The details were changed: {field} = {value}."),
    "intake_fix": ("Verbeter de gemarkeerde velden.", "Correct the marked fields."),
    "choose": ("(kies)", "(choose)"),
    "unknown_ministry": ("geen ministerie uit de lijst; typ de naam of afkorting (bijv. IenW) en kies",
                         "not a ministry from the list; type its name or abbreviation (e.g. IenW) and choose"),
    "ministry_hint": ("afkorting of naam; → vult aan", "abbreviation or name; → completes"),
    "f_ministry": ("Ministerie", "Ministry"),
    "f_organisation": ("Organisatie", "Organisation"),
    "f_organisation_type": ("Soort organisatie", "Type of organisation"),
    "f_system_name": ("Naam van het systeem", "System name"),
    "f_function": ("Functie (wat doet het?)", "Function (what does it do?)"),
    "f_business_process": ("Werkproces", "Business process"),
    "f_status": ("Status van het systeem", "System status"),
    "f_switched_off_on": ("Buiten gebruik sinds (JJJJ-MM-DD)", "Switched off on (YYYY-MM-DD)"),
    "f_acquisition": ("Herkomst", "Acquisition"),
    "f_in_service_on": ("In gebruik sinds, of gepland op", "In service since, or planned on"),
    "f_significant_change_on": ("Wezenlijk gewijzigd op", "Significantly changed on"),
    "f_processing_started_on": ("Verwerking persoonsgegevens sinds", "Personal data processed since"),
    "f_placed_on_market_on": ("AI-model in de handel sinds", "AI model on the market since"),
    "lifecycle_placeholder": ("JJJJ-MM-DD of onbekend", "YYYY-MM-DD or unknown"),
    "change_placeholder": ("JJJJ-MM-DD, geen of onbekend", "YYYY-MM-DD, none or unknown"),
    "not_a_lifecycle_date": ("geen datum (JJJJ-MM-DD) of 'onbekend'", "not a date (YYYY-MM-DD) or 'unknown'"),
    "not_a_change_date": ("geen datum (JJJJ-MM-DD), 'geen' of 'onbekend'",
                          "not a date (YYYY-MM-DD), 'none' or 'unknown'"),
    "f_contact_person": ("Contactpersoon", "Contact person"),
    "f_interviewee": ("Geïnterviewde", "Interviewee"),
    "f_officer": ("Adviseur (u)", "Officer (you)"),
    "f_assessed_on": ("Datum gesprek (JJJJ-MM-DD)", "Conversation date (YYYY-MM-DD)"),
    "f_policy_theme": ("Beleidsthema (Algoritmeregister)", "Policy theme (Algoritmeregister)"),
    "f_lawful_basis": ("Wettelijke basis, in woorden", "Legal basis, in words"),
    "f_contact_address": ("Algemeen contactadres voor het publiek (e-mail of https://)",
                          "General contact address for the public (e-mail or https://)"),
    "f_supplier": ("Leverancier (naam)", "Supplier (name)"),
    "f_human_check": ("Controleert een mens de uitkomsten?", "Does a person check the outcomes?"),
    "not_contact": ("Geen e-mailadres of https://-adres.", "Not an e-mail or https:// address."),
    # question
    "section": ("Onderdeel", "Section"),
    "progress": ("Vraag {n} van ongeveer {total}", "Question {n} of about {total}"),
    "progress_exact": ("Vraag {n} van {total}", "Question {n} of {total}"),
    "confirm_answer": ("Bevestigen", "Confirm"),
    "back": ("Vorige", "Back"),
    "overview": ("Overzicht", "Overview"),
    "note": ("Notitie", "Note"),
    "note_placeholder": ("Notitie bij deze vraag (optioneel)", "Note on this question (optional)"),
    "flag": ("Opvolgen", "Follow up"),
    "flagged": ("⚑ gemarkeerd voor opvolging", "⚑ flagged for follow-up"),
    "edit_intake": ("Gegevens", "Details"),
    "text_placeholder": ("Uw antwoord; Enter bevestigt", "Your answer; Enter confirms"),
    "date_placeholder": ("JJJJ-MM-DD; Enter bevestigt", "YYYY-MM-DD; Enter confirms"),
    "choose_one": ("Pijltjes, cijfer of letter kiest, Enter bevestigt.",
                   "Arrows, digit or letter chooses, Enter confirms."),
    "choose_many": ("Spatie, cijfer of letter vinkt aan, Enter bevestigt.",
                    "Space, digit or letter ticks, Enter confirms."),
    "choose_at_least_one": ("Kies minstens één optie.", "Choose at least one option."),
    "first_question": ("Dit is de eerste vraag.", "This is the first question."),
    "editing": ("U wijzigt een eerder antwoord (Esc annuleert).",
                "You are changing an earlier answer (Esc cancels)."),
    "confirm_drop": ("Door deze wijziging vervallen {n} latere antwoorden:\n{items}",
                     "This change drops {n} later answers:\n{items}"),
    "continue": ("Doorgaan?", "Continue?"),
    "dropped": ("{n} antwoorden vervallen.", "{n} answers dropped."),
    "current_answer": ("Huidig antwoord", "Current answer"),
    "stepped_back": ("Al beantwoord. Enter houdt dit antwoord; bevestigt u een ander, dan vervangt dat "
                     "het (Esc: nog een vraag terug).", "Answered already. Enter keeps this answer; "
                     "confirming another replaces it (Esc: one more question back)."),
    "note_way_out": ("Notitie typen · Enter of Esc: terug naar het antwoord",
                     "Type the note · Enter or Esc: back to the answer"),
    "panel_way_out": ("Pijltjes scrollen · Enter of Esc: terug naar het antwoord",
                      "Arrows scroll · Enter or Esc: back to the answer"),
    "unknown_marker": ("(weet niet)", "(don't know)"),
    # help panel
    "explanation": ("Uitleg", "Explanation"),
    "refs": ("Wetsartikelen", "Legal references"),
    "terms": ("Begrippen", "Terms"),
    "tab_scroll": ("Tab: scrollen", "Tab: scroll"),
    # profile so far
    "profile_title": ("Profiel tot nu toe", "Profile so far"),
    "no_conclusion": ("Nog geen conclusie.", "No conclusion yet."),
    "roles": ("Rol", "Role"),
    "risk_class": _heading("risk_class"),
    "signals": ("Signalen", "Signals"),
    "open_questions": ("Open vragen", "Open questions"),
    "none": ("geen", "none"),
    "unsaved_note": ("Bij {n} nog niet beantwoorde vragen staat een notitie of vlag. Die wordt pas "
                     "opgeslagen met het antwoord.", "{n} unanswered questions carry a note or flag. It is "
                     "saved only with the answer."),
    "unsaved_note_one": ("Bij een nog niet beantwoorde vraag staat een notitie of vlag. Die wordt pas "
                         "opgeslagen met het antwoord.", "An unanswered question carries a note or flag. "
                         "It is saved only with the answer."),
    "unsaved_note_quit": ("Als u nu stopt, gaat die verloren.\n\nToch stoppen?",
                          "It is lost if you quit now.\n\nQuit anyway?"),
    "unsaved_note_leave": ("Als u nu naar de beoordelingen gaat, gaat die verloren.\n\nToch verder?",
                           "It is lost if you leave now.\n\nLeave anyway?"),
    "changing": ("Eerder antwoord wijzigen", "Changing an earlier answer"),
    "none_yet": ("nog geen", "none yet"),
    "not_known_yet": ("nog niet bekend", "not known yet"),
    "not_known_short": ("nog onbekend", "not known"),
    "provisional": ("voorlopig (er zijn open vragen)", "provisional (open questions remain)"),
    # overview / review
    "overview_title": ("Beantwoorde vragen: Enter om te wijzigen", "Answered questions: Enter to change"),
    "review_title": ("Controleer de antwoorden", "Review the answers"),
    "review_hint": ("Kies 'Afronden' voor de uitkomst, of een antwoord om het te wijzigen.",
                    "Choose 'Conclude' for the outcome, or an answer to change it."),
    "conclude_item": ("✔ Afronden: toon de uitkomst", "✔ Conclude: show the outcome"),
    "conclude": ("Afronden", "Conclude"),
    "set_aside": ("Apart gezet (de vragenlijst is gewijzigd; niet meer op het pad)",
                  "Kept aside (the questionnaire changed; no longer on the path)"),
    # result
    "result_title": ("Uitkomst", "Outcome"),
    "classification": ("Classificatie", "Classification"),
    # headings named after a conclusion of the trace: the shared vocabulary's word
    "applicability": _heading("applicability"),
    "high_risk_basis": _heading("high_risk_basis"),
    "derogation": _heading("derogation"),
    "prohibited": _heading("prohibited_practices"),
    "cleared": ("uitzondering ingeroepen", "exception claimed"),
    "transparency": _heading("transparency_duties"),
    "systemic_risk": _heading("systemic_risk"),
    "why": ("Waarom", "Why"),
    "next_steps": ("Vervolgstappen", "Next steps"),
    "owner": ("Eigenaar", "Owner"),
    "deadline": ("Uiterlijk", "Deadline"),
    "overdue": ("VERSTREKEN", "OVERDUE"),
    "no_deadline": ("geen vaste datum", "no fixed date"),
    "to_check": ("Controleren", "To check"),
    "could_change": ("kan veranderen", "could change"),
    "no_steps": ("Geen vervolgstappen.", "No next steps."),
    "classification_pending": ("De classificatie is (nog) niet beschikbaar.",
                               "The classification is not available (yet)."),
    "export_json": ("JSON exporteren", "Export JSON"),
    "export_report": ("Rapport maken", "Write report"),
    "exported": ("Geschreven: {path}", "Written: {path}"),
    "export_title": ("Exporteren", "Export"),
    "export_what": ("JSON voor het CIO-bureau, het rapport (.md en .html) en het concept voor het "
                    "Algoritmeregister komen in deze map:",
                    "JSON for the CIO office, the report (.md and .html) and the draft Algoritmeregister "
                    "entry go into this folder:"),
    "register": ("Algoritmeregister", "Algoritmeregister"),
    "register_title": ("Concept Algoritmeregister", "Draft Algoritmeregister entry"),
    "register_what": ("Het concept voor het Algoritmeregister (.json, .md en .html) komt in deze map. "
                      "Er wordt niets verstuurd; publiceren doet uw organisatie zelf:",
                      "The draft Algoritmeregister entry (.json, .md and .html) goes into this folder. "
                      "Nothing is sent; your organisation publishes it itself:"),
    "register_keys": ("Enter schrijft · Esc annuleert", "Enter writes · Esc cancels"),
    "export_keys": ("Enter exporteert · Esc annuleert", "Enter exports · Esc cancels"),
    "export_done_keys": ("Enter of Esc sluit", "Enter or Esc closes"),
    "exporting": ("Bezig met exporteren…", "Exporting…"),
    "export_not_folder": ("{path} is geen map", "{path} is not a folder"),
    "export_failed": ("Exporteren mislukt: {reason}", "Export failed: {reason}"),
    "home": ("Beoordelingen", "Assessments"),
    "incomplete": ("Nog niet afgerond: {n} vragen beantwoord.", "Not complete yet: {n} questions answered."),
    "resume_warnings": ("Let op bij hervatten: {items}", "Note on resuming: {items}"),
    "tui_no_tty": ("het volledige scherm heeft een terminal nodig; gebruik --plain in een terminal, "
                   "of 'assessment run --answers BESTAND' zonder",
                   "the full-screen interface needs a terminal; use --plain in a terminal, "
                   "or 'assessment run --answers FILE' without one"),
    # plain mode
    "plain_no_tty": ("de regel-voor-regelmodus heeft een terminal nodig (stdin is geen terminal); "
                     "gebruik 'assessment run --answers BESTAND'",
                     "plain mode needs a terminal (stdin is not a terminal); "
                     "use 'assessment run --answers FILE'"),
    "plain_select_instruction": ("(pijltjes, cijfer of letter; Enter kiest; onderaan uitleg, notitie, vorige)",
                                 "(arrows, digit or letter; Enter chooses; help, note, back at the end)"),
    "plain_checkbox_instruction": ("(spatie vinkt aan, Enter bevestigt; Enter zonder vinkje: uitleg, notitie, "
                                   "vorige)", "(space ticks, Enter confirms; Enter with nothing ticked: help, "
                                   "note, back)"),
    "plain_kbi": ("Onderbroken.", "Interrupted."),
    "plain_text_instruction": ("(? uitleg, < vorige, ! notitie, * eerder antwoord wijzigen)",
                               "(? help, < back, ! note, * change an earlier answer)"),
    "plain_action_help": ("» Uitleg en wetsartikelen", "» Explanation and legal references"),
    "plain_action_note": ("» Notitie of opvolgvlag", "» Note or follow-up flag"),
    "plain_action_back": ("» Vorige vraag", "» Previous question"),
    "plain_action_change": ("« Wijzig een eerder antwoord", "« Change an earlier answer"),
    "plain_never_mind": ("» Toch niet: terug naar de vraag", "» Never mind: back to the question"),
    "plain_note_lost": ("Let op: een notitie of vlag bij een nog niet beantwoorde vraag is niet opgeslagen.",
                        "Note: a note or flag on a question not yet answered was not saved."),
    "plain_export_folder": ("Map voor de bestanden:", "Folder for the files:"),
    "plain_note_prompt": ("Notitie (leeg laten om over te slaan):", "Note (leave empty to skip):"),
    "plain_flag_prompt": ("Markeren voor opvolging?", "Flag for follow-up?"),
    "plain_review_action": ("Wat wilt u doen?", "What would you like to do?"),
    "plain_change": ("Een antwoord wijzigen", "Change an answer"),
    "plain_which": ("Welk antwoord?", "Which answer?"),
    "plain_export": ("JSON, rapport en concept voor het Algoritmeregister schrijven",
                     "Write JSON, report and draft Algoritmeregister entry"),
    "plain_register": ("Alleen het concept voor het Algoritmeregister schrijven",
                       "Write only the draft Algoritmeregister entry"),
    "plain_done": ("Klaar", "Done"),
    "plain_started": ("Beoordeling {id} gestart.", "Assessment {id} started."),
    "plain_invalid": ("Ongeldig: {reason}", "Invalid: {reason}"),
    "plain_answered": ("Al beantwoord: {answer}. Enter houdt dit antwoord; een ander antwoord vervangt het.",
                       "Answered already: {answer}. Enter keeps it; another answer replaces it."),
    "plain_previous_field": ("« Vorige veld", "« Previous field"),
    "plain_intake_instruction": ("(? uitleg, < vorige veld)", "(? help, < previous field)"),
    "plain_intake_no_command": ("Dat kan hier niet: typ ? voor uitleg of < voor het vorige veld.",
                                "Not here: type ? for help or < for the previous field."),
    "plain_intake_check": ("Controleer de gegevens:", "Check the details:"),
    "plain_intake_right": ("Kloppen deze gegevens?", "Are these details right?"),
    "plain_intake_ok": ("Ja, verder met de vragen", "Yes, on to the questions"),
    "plain_intake_change": ("Wijzig: {field}", "Change: {field}"),
    "optional": ("optioneel", "optional"),
    "date_format": ("een datum als JJJJ-MM-DD", "a date as YYYY-MM-DD"),
    "plain_pick": ("(kies een antwoord)", "(choose an answer)"),
    "plain_menu": ("Niets aangevinkt. Wat wilt u doen?", "Nothing ticked. What would you like to do?"),
    "plain_back_to_options": ("« Terug naar de keuzes", "« Back to the options"),
    "plain_nothing_ticked": ("niets aangevinkt", "nothing ticked"),
    # why an answer does not fit (both faces; never an option id)
    "cannot_combine": ("'{option}' gaat niet samen met andere keuzes.", "'{option}' cannot be combined with other choices."),
    "not_an_option": ("Kies een van de getoonde antwoorden.", "Choose one of the answers shown."),
    "text_too_long": ("De tekst is langer dan {n} tekens.", "The text is longer than {n} characters."),
    "answer_required": ("Een antwoord is nodig.", "An answer is required."),
}


def t(key: str, lang: "Lang | str", **values: object) -> str:
    """The interface text `key` in `lang`, with `{placeholders}` filled from `values`."""
    nl, en = _STRINGS[key]
    text = nl if lang == "nl" else en
    return text.format(**values) if values else text


def unsaved_notes_text(n: int, then: str, lang: "Lang | str") -> str:
    """The warning before quitting or leaving with `n` notes or flags not yet saved."""
    first = t("unsaved_note_one", lang) if n == 1 else t("unsaved_note", lang, n=n)
    return f"{first} {t(then, lang)}"


def keys() -> list[str]:
    """Every text key (the tests check both languages are filled)."""
    return list(_STRINGS)
