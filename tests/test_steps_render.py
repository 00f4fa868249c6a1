"""The text `assessment run` prints: where the walk ends, the classification with reasons and refs,
the steps with owner, deadline and as-of state, and the open questions; in Dutch and English."""

import datetime as dt

from assessment.cli.render_text import outcome_text
from assessment.outcome.evaluate import evaluate
from outcome_support import AI, BOTH, PUBLIC, Unknown, walk

ITEMS = (AI, BOTH, {"annex_iii": "AI Act Annex III 5(a)"}, {"transparency": "AI Act art. 50(1)"},
         Unknown(personal_data=True), Unknown(prohibited_practice="AI Act art. 5(1)(c)"))


def render(lang: str, as_of=dt.date(2026, 11, 22), stop_after=None) -> str:
    w = walk(*ITEMS, stop_after=stop_after)
    return outcome_text(evaluate(w, PUBLIC, as_of), w, lang)


def test_english_text_has_every_part():
    text = render("en")
    assert "End of the path reached." in text
    assert "PROVISIONAL" in text
    assert "Risk class: high-risk AI system" in text and "Annex III, point 5(a) AI Act" in text
    step = text.split("• Carry out a fundamental rights impact assessment (FRIA) [required]")[1].split("\n• ")[0]
    assert "Who: deployer · Deadline: 2 August 2030" in step
    assert "!! not yet in force on 22 November 2026" in step and "!! the duty applies from 2 December 2027" in step
    questions = text.split("Open questions for an expert\n")[1]
    assert "• Question 5" in questions and "May change: risk class; prohibited practices" in questions
    assert "If 'Option 0': risk class: prohibited AI practice" in questions
    # Personal data left open changes no conclusion, only the DPIA step: a check there, by its text.
    assert "To check: Question 4" in text
    assert "Open questions that change no conclusion\n" in text and "q4" not in text


def test_dutch_text():
    text = render("nl")
    assert "Risicoklasse: hoog-risico AI-systeem" in text
    assert "Wie: gebruiksverantwoordelijke · Uiterlijk: 2 augustus 2030" in text
    assert "bijlage III, punt 5, onder a, AI-verordening" in text and "AI Act" not in text.split("Vervolgstappen")[0]
    assert "\nOpen vragen voor een deskundige\n" in text


def test_as_of_after_the_date_drops_the_not_yet_mark():
    text = render("en", as_of=dt.date(2028, 1, 1))
    assert "not yet in force" not in text.split("Carry out a fundamental")[1].split("\n• ")[0]


def test_unfinished_walk_names_the_next_question():
    text = render("en", stop_after=2)
    assert text.startswith("Next question: q2: Question 2")
    assert "The questionnaire is not finished yet" in text


def test_dates_still_ahead_are_listed_with_omnibus_flag():
    text = render("en", as_of=dt.date(2027, 1, 15))
    ahead = text.split("Not yet in force on 15 January 2027\n")[1]
    assert "2 December 2027" in ahead and "[Digital Omnibus; Regulation (EU) 2026/1744" in ahead
    assert "Official Journal reference not yet checked" in ahead and "verify" not in ahead
    assert "2 August 2030" in ahead and "(Article 111(2) AI Act)" in ahead
    assert "2 February 2025" not in ahead
