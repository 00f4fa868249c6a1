"""The help screen: what the tool does and every key, in the interface language."""

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from assessment.faces.tui.widgets.safe import Static

_HELP = {
    "nl": """Hulp bij het spreekuur AI-verordening

Dit programma stelt de vragen die bepalen of en hoe de AI-verordening op één systeem van
toepassing is, en welke vervolgstappen de eigenaar moet zetten. Elk bevestigd antwoord wordt
direct opgeslagen; u kunt altijd stoppen en later verder gaan.

Overal
  F1            deze hulp
  Ctrl+L        English / Nederlands
  Ctrl+T        andere kleuren (ook de kleuren van uw terminal)
  Ctrl+P        opdrachtenmenu (o.a. thema kiezen)
  Ctrl+Q        stoppen; alle antwoorden zijn opgeslagen
  Tab           volgende onderdeel (uitleg en profiel scrollen)

Beoordelingen (startscherm)
  n nieuw · Enter of r verder · s bekijken · e exporteren · d verwijderen

Vragen
  Pijltjes of cijfer 1-9 kiezen, Enter bevestigt; Spatie vinkt aan bij meerkeuze.
  Esc           vorige vraag (het antwoord wordt ingetrokken)
  Ctrl+O        overzicht: een beantwoorde vraag wijzigen
  Ctrl+N        notitie bij deze vraag (Enter of Esc terug)
  Ctrl+F        markeren voor opvolging
  Ctrl+E        gegevens van systeem en organisatie wijzigen
  F2            terug naar de beoordelingen

Wijzigt u een eerder antwoord zodat latere vragen niet meer aan de orde zijn, dan zegt het
programma welke antwoorden vervallen en vraagt het eerst om bevestiging.

Een notitie of vlag bij een vraag die nog geen antwoord heeft, blijft bij die vraag staan en
wordt opgeslagen met het antwoord. Stopt u eerder, dan vraagt het programma of dat mag.

Het profiel tot nu toe toont alleen wat uw antwoorden al vaststellen; rol en risicoklasse
staan op 'nog niet bekend' tot alle vragen beantwoord zijn.

Uitkomst
  x             JSON en rapport (Markdown, HTML); eerst ziet en kiest u de map
  Esc · F2      terug naar de controle · naar de beoordelingen

Esc sluit deze hulp.""",
    "en": """Help for the AI Act consultation

This program asks the questions that decide whether and how the AI Act applies to one system,
and which next steps its owner has to take. Every confirmed answer is saved at once; you can
always stop and continue later.

Everywhere
  F1            this help
  Ctrl+L        Nederlands / English
  Ctrl+T        other colours (including your terminal's own)
  Ctrl+P        command palette (e.g. choose a theme)
  Ctrl+Q        quit; every answer is saved
  Tab           next part (explanation and profile scroll)

Assessments (start screen)
  n new · Enter or r resume · s show · e export · d delete

Questions
  Arrows or digit 1-9 choose, Enter confirms; Space ticks in multiple choice.
  Esc           previous question (its answer is withdrawn)
  Ctrl+O        overview: change an answered question
  Ctrl+N        note on this question (Enter or Esc to return)
  Ctrl+F        flag for follow-up
  Ctrl+E        change the system and organisation details
  F2            back to the assessments

When changing an earlier answer makes later questions no longer apply, the program says which
answers will be dropped and asks first.

A note or flag on a question not yet answered stays with that question and is saved with the
answer. If you quit before that, the program asks first.

The profile so far shows only what your answers have established; role and risk class read
'not known yet' until every question is answered.

Outcome
  x             JSON and report (Markdown, HTML); you see and choose the folder
  Esc · F2      back to the review · to the assessments

Escape closes this help.""",
}


def _reflow(text: str) -> str:
    """Join wrapped prose lines into paragraphs so they wrap to the window; key tables (indented
    lines) and headings stay as written."""
    lines: list[str] = []
    for line in text.split("\n"):
        if line and not line.startswith(" ") and lines and lines[-1] and not lines[-1].startswith(" "):
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

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(_reflow(_HELP[self.lang]), markup=False)
