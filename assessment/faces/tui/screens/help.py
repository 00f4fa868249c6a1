"""The help screen: "Esc sluit" at the top, then the keys of the screen it was opened from, then
the other screens' keys and what the tool does, in the interface language."""

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from assessment.faces.tui.widgets.safe import Static

_CLOSE = {"nl": "Esc sluit deze hulp (ook F1 of q).", "en": "Escape closes this help (F1 or q too)."}

_SECTIONS = {
    "nl": {
        "HomeScreen": """Beoordelingen (startscherm)
  n             nieuwe beoordeling
  Enter · r     verder met de gekozen beoordeling
  s             de uitkomst bekijken
  e             exporteren (JSON en rapport)
  d             verwijderen (vraagt eerst)""",
        "IntakeScreen": """Gegevens van systeem en organisatie
  Tab · Shift+Tab   volgend · vorig veld
  Ctrl+S            opslaan en verder
  Esc               annuleren (bij wijzigen)""",
        "QuestionScreen": """Vragen
  Pijltjes      kiezen
  1-9, a-z      die keuze (a is de 10e); bij meerkeuze: aanvinken
  Spatie        aanvinken bij meerkeuze
  Enter         bevestigen; pas dan wordt het antwoord opgeslagen
  Muisklik      kiest alleen; Enter bevestigt
  Esc           vorige vraag; het antwoord blijft tot u een ander kiest
  Ctrl+O        overzicht: een beantwoorde vraag wijzigen
  Ctrl+N        notitie (Enter of Esc: terug naar het antwoord)
  Ctrl+F        markeren voor opvolging
  Ctrl+E        gegevens van systeem en organisatie wijzigen
  Tab           uitleg en profiel scrollen (Esc: terug naar het antwoord)
  F2            terug naar de beoordelingen""",
        "ReviewScreen": """Controle
  Enter         afronden (eerste regel) of het gekozen antwoord wijzigen
  c             afronden: de uitkomst tonen
  Esc           terug naar de laatste vraag (er wordt niets ingetrokken)
  F2            terug naar de beoordelingen""",
        "ResultScreen": """Uitkomst
  Pijltjes, PgUp/PgDn   scrollen
  x             JSON en rapport (.md, .html); eerst kiest u de map
  Esc · F2      terug naar de controle · naar de beoordelingen""",
        "general": """Overal
  F1            deze hulp
  Ctrl+P        opdrachten: nieuw, exporteren, rapport, taal, kleuren...
  Ctrl+L        English / Nederlands (wordt onthouden)
  Ctrl+T        andere kleuren, ook die van uw terminal (wordt onthouden)
  Ctrl+Q        stoppen; alle bevestigde antwoorden zijn opgeslagen""",
        "about": """Over dit programma
Dit programma stelt de vragen die bepalen of en hoe de AI-verordening op één systeem van
toepassing is, en welke vervolgstappen de eigenaar moet zetten. Elk bevestigd antwoord wordt
direct opgeslagen; u kunt altijd stoppen en later verder gaan.

Wijzigt u een eerder antwoord zodat latere vragen niet meer aan de orde zijn, dan zegt het
programma welke antwoorden vervallen en vraagt het eerst om bevestiging.

Een notitie of vlag bij een vraag die nog geen antwoord heeft, blijft bij die vraag staan en
wordt opgeslagen met het antwoord. Stopt u eerder, dan vraagt het programma of dat mag.

Het profiel tot nu toe toont alleen wat uw antwoorden al vaststellen; rol en risicoklasse
staan op 'nog niet bekend' tot alle vragen beantwoord zijn.""",
    },
    "en": {
        "HomeScreen": """Assessments (start screen)
  n             new assessment
  Enter · r     resume the selected assessment
  s             show its outcome
  e             export (JSON and report)
  d             delete (asks first)""",
        "IntakeScreen": """System and organisation details
  Tab · Shift+Tab   next · previous field
  Ctrl+S            save and continue
  Esc               cancel (when changing)""",
        "QuestionScreen": """Questions
  Arrows        choose
  1-9, a-z      that option (a is the 10th); in multiple choice: tick
  Space         tick in multiple choice
  Enter         confirm; only then is the answer saved
  Mouse click   only chooses; Enter confirms
  Esc           previous question; its answer stays until replaced
  Ctrl+O        overview: change an answered question
  Ctrl+N        note (Enter or Esc: back to the answer)
  Ctrl+F        flag for follow-up
  Ctrl+E        change the system and organisation details
  Tab           scroll explanation and profile (Esc: to the answer)
  F2            back to the assessments""",
        "ReviewScreen": """Review
  Enter         conclude (first line) or change the selected answer
  c             conclude: show the outcome
  Esc           back to the last question (nothing is withdrawn)
  F2            back to the assessments""",
        "ResultScreen": """Outcome
  Arrows, PgUp/PgDn   scroll
  x             JSON and report (.md, .html); you choose the folder
  Esc · F2      back to the review · to the assessments""",
        "general": """Everywhere
  F1            this help
  Ctrl+P        commands: new, export, report, language, colours...
  Ctrl+L        Nederlands / English (remembered)
  Ctrl+T        other colours, including your terminal's own (remembered)
  Ctrl+Q        quit; every confirmed answer is saved""",
        "about": """About this program
This program asks the questions that decide whether and how the AI Act applies to one system,
and which next steps its owner has to take. Every confirmed answer is saved at once; you can
always stop and continue later.

When changing an earlier answer makes later questions no longer apply, the program says which
answers will be dropped and asks first.

A note or flag on a question not yet answered stays with that question and is saved with the
answer. If you quit before that, the program asks first.

The profile so far shows only what your answers have established; role and risk class read
'not known yet' until every question is answered.""",
    },
}


def help_text(lang: str, screen: str = "") -> str:
    """The whole help, the section of `screen` (a screen class name) first after the close line."""
    sections = _SECTIONS[lang]
    order = [screen] if screen in sections else []
    order += [name for name in sections if name not in order]
    return "\n\n".join([_CLOSE[lang], *(_reflow(sections[name]) for name in order)])


def _reflow(text: str) -> str:
    """Join wrapped prose lines into paragraphs so they wrap to the window; key tables (indented
    lines) and headings stay as written."""
    lines: list[str] = []
    for line in text.split("\n"):
        if line and not line.startswith(" ") and lines and lines[-1] and not lines[-1].startswith(" ") \
                and len(lines) > 1:
            lines[-1] += " " + line
        else:
            lines.append(line)
    return "\n".join(lines)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "dismiss(None)", show=False)]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 96; max-width: 100%; height: 100%; max-height: 100%;
                                  border: round $primary; background: $surface; padding: 0 1; }
    """

    def __init__(self, lang: str, screen: str = "") -> None:
        super().__init__()
        self.lang = lang
        self.screen_name = screen

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(help_text(self.lang, self.screen_name), markup=False)
