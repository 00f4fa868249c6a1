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
    assert "Risk class: high-risk AI system" in text and "AI Act Annex III 5(a)" in text
    assert "Carry out a fundamental rights impact assessment (FRIA) (owner: deployer)" in text
    assert "deadline: 2 August 2030" in text
    assert "not yet in force on 22 November 2026; applies from 2 December 2027" in text
    assert "Open questions for an expert:" in text and "- q5: Question 5" in text
    assert "could change: risk class, prohibited practices" in text
    assert "if 'Option 0': risk class: prohibited AI practice" in text
    # Personal data left open changes no conclusion, only the DPIA step: a check there.
    assert "to check: q4: Question 4" in text
    assert "Open questions that change no conclusion:\n- q4: Question 4" in text


def test_dutch_text():
    text = render("nl")
    assert "Risicoklasse: hoog-risico AI-systeem" in text
    assert "(eigenaar: gebruiksverantwoordelijke)" in text
    assert "termijn: 2 augustus 2030" in text
    assert "Open vragen voor een deskundige:" in text


def test_as_of_after_the_date_drops_the_not_yet_mark():
    text = render("en", as_of=dt.date(2028, 1, 1))
    assert "not yet in force" not in text.split("Carry out a fundamental")[1].split("\n- ")[0]


def test_unfinished_walk_names_the_next_question():
    text = render("en", stop_after=2)
    assert text.startswith("Next question: q2: Question 2")
    assert "The questionnaire is not finished yet" in text


def test_dates_still_ahead_are_listed_with_omnibus_flag():
    text = render("en", as_of=dt.date(2027, 1, 15))
    ahead = text.split("Not yet in force on 15 January 2027:")[1]
    assert "2 December 2027" in ahead and "(Digital Omnibus; Regulation (EU) 2026/1744" in ahead
    assert "Official Journal reference not yet checked" in ahead and "verify" not in ahead
    assert "2 August 2030" in ahead and "[AI Act art. 111(2)]" in ahead
    assert "2 February 2025" not in ahead
