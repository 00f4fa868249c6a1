"""One table of interface words per language; plurals; references in citation form; and every face
in Dutch without English words."""

import datetime as dt
import re
import string
from pathlib import Path

import pytest

from assessment import words
from assessment.cli import main
from assessment.legal.citation import cite, cite_in, source
from assessment.legal.refs import POLICY_REFERENCES

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ROOT / "tests" / "scenarios"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_tables_have_the_same_keys_and_placeholders():
    assert words.keys("nl") == words.keys("en")
    for key in words.keys("nl"):
        nl, en = words.w(key, "nl"), words.w(key, "en")
        assert nl.strip() and en.strip(), key
        assert _fields(nl) == _fields(en), key
    assert words.nouns("nl") == words.nouns("en")


@pytest.mark.parametrize("n,nl,en", [(0, "0 antwoorden", "0 answers"), (1, "1 antwoord", "1 answer"),
                                     (2, "2 antwoorden", "2 answers")])
def test_plural(n, nl, en):
    assert words.plural(n, "answer", "nl") == nl and words.plural(n, "answer", "en") == en
    assert words.plural(1, "question", "nl") == "1 vraag" and words.plural(3, "question", "nl") == "3 vragen"


@pytest.mark.parametrize("ref,nl,en", [
    ("AI Act art. 5(1)(c)", "art. 5, eerste lid, onder c, AI-verordening", "Article 5(1)(c) AI Act"),
    ("AI Act art. 5(1)(h)(iii)", "art. 5, eerste lid, onder h, sub iii, AI-verordening", "Article 5(1)(h)(iii) AI Act"),
    ("AI Act art. 50", "art. 50 AI-verordening", "Article 50 AI Act"),
    ("AI Act art. 27(1)", "art. 27, eerste lid, AI-verordening", "Article 27(1) AI Act"),
    ("AI Act Annex III 5(b)", "bijlage III, punt 5, onder b, AI-verordening", "Annex III, point 5(b) AI Act"),
    ("AI Act Annex I section A", "bijlage I, afdeling A, AI-verordening", "Annex I, section A AI Act"),
    ("AI Act Annex VI", "bijlage VI AI-verordening", "Annex VI AI Act"),
    ("GDPR art. 35(3)(a)", "art. 35, derde lid, onder a, AVG", "Article 35(3)(a) GDPR"),
    ("UAVG art. 40", "art. 40 UAVG", "Article 40 UAVG (Dutch GDPR Implementation Act)"),
    ("WP248 rev.01", "WP248 rev.01", "WP248 rev.01"),
])
def test_references_in_citation_form(ref, nl, en):
    assert cite(ref, "nl") == nl and cite(ref, "en") == en


def test_references_in_sentences_and_sources():
    said = cite_in("Valt onder Annex III (AI Act Annex III 5(a)): hoog risico (art. 6(2)).", "nl")
    assert said == "Valt onder bijlage III (bijlage III, punt 5, onder a, AI-verordening): hoog risico (art. 6, tweede lid)."
    law, policy = source("AI Act art. 5(1)(c)", "nl"), source("Kamerstuk 36 360 VI nr. 14", "nl")
    assert law is not None and law.law and "CELEX:32024R1689" in law.url and "/NL/" in law.url
    assert policy is not None and not policy.law
    assert all(source(r, "nl") is not None and not source(r, "nl").law for r in POLICY_REFERENCES)
    assert source("UAVG art. 40", "nl").url.startswith("https://wetten.overheid.nl/")


# Words that betray English in a Dutch text. Not 'of', 'is', 'open' and 'basis' (Dutch words too), not
# 'assessment' (the Dutch IAMA is the 'Impact Assessment Mensenrechten en Algoritmes').
ENGLISH = ["the", "and", "to", "with", "deadline", "owner", "required", "recommended", "provider", "deployer",
           "none", "yes", "no", "unknown", "why", "question", "questions", "answer", "answers", "Article", "Annex",
           "AI Act", "GDPR", "step", "steps", "not", "risk", "high", "exported", "saved", "skipped", "note",
           "flagged", "applies", "prohibited", "provisional", "usage", "options"]  # not command names (show, list)
_ENGLISH = re.compile(r"(?<![\w/.-])(" + "|".join(re.escape(w) for w in ENGLISH) + r")(?![\w/.-])")


def _english(text: str) -> list[str]:
    text = re.sub(r"https://\S+", "", text)  # addresses of the sources
    return sorted({m.group(0) for m in _ENGLISH.finditer(text)})


@pytest.mark.parametrize("scenario", ["benefits_eligibility_5a", "social_scoring_compliance_score",
                                      "unknown_answers_provisional", "ministry_chatbot_llm",
                                      "police_realtime_rbi_exception", "excel_rule_set_not_ai"])
def test_every_face_speaks_dutch_without_english_words(scenario, tmp_path, capsys):
    db = tmp_path / "db.json"
    assert main(["--db", str(db), "run", "--answers", str(SCENARIOS / f"{scenario}.yaml"), "--as-of",
                 "2026-11-22", "--save"]) == 0
    run_text, saved = capsys.readouterr()
    assert main(["--db", str(db), "list"]) == 0
    listing = capsys.readouterr().out
    record_id = listing.splitlines()[1].split()[0]
    assert main(["--db", str(db), "report", record_id]) == 0
    report = capsys.readouterr().out
    # The intake and the answers table quote the scenario's own free text; the rest is ours.
    after_intake = report.split("## Overzicht")[1].split("\n## ", 1)[1]
    report = after_intake.split("## Alle antwoorden")[0] + report.split("## Bronnen")[1]
    for name, text in (("run", run_text), ("saved", saved), ("report", report)):
        assert _english(text) == [], f"{scenario}: English in {name}"


def test_help_and_messages_are_dutch(capsys, tmp_path):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("gebruik: assessment") and "opties:" in out and _english(out) == []
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    assert capsys.readouterr().out.startswith("usage: assessment")
    assert main(["--db", str(tmp_path / "db.json"), "report", "zz"]) == 2
    assert capsys.readouterr().err == "assessment: 'zz' is geen beoordelings-id (hexadecimaal, zoals `list` ze toont)\n"


def test_the_outcome_is_dated_in_dutch():
    from assessment.outcome.deadlines import long_date

    assert long_date(dt.date(2026, 8, 2)).get("nl") == "2 augustus 2026"


def test_a_file_that_cannot_be_written_is_one_dutch_line():
    from assessment.errors import UserError
    from assessment.app.messages import said

    error = UserError("cannot write file (No such file or directory)", "/proc/x.json", key="err.cannot_write",
                      cause="No such file or directory")
    assert said(error, "nl") == "/proc/x.json: kan het bestand niet schrijven (No such file or directory)"
    assert said(error, "en") == str(error)


def test_definition_articles_cite_points_not_paragraphs():
    from assessment.legal.citation import cite

    assert cite("AI Act art. 3(66)", "nl") == "art. 3, punt 66, AI-verordening"
    assert cite("GDPR art. 4(4)", "nl") == "art. 4, punt 4, AVG"
    assert cite("AI Act art. 5(1)(c)", "nl") == "art. 5, eerste lid, onder c, AI-verordening"
