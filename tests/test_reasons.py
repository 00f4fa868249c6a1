"""data/reasons.yaml: every id the code fills exists, every entry is used, templates are consistent."""

import re
from pathlib import Path

import pytest

from assessment.errors import UserError
from assessment.outcome.reasons import load_reasons, reason

OUTCOME = Path(__file__).resolve().parents[1] / "assessment" / "outcome"
USED = re.compile(r"""\breason\(\s*["']([\w.]+)["']""")


def used_ids() -> set[str]:
    return {m for f in OUTCOME.glob("*.py") for m in USED.findall(f.read_text(encoding="utf-8"))}


def test_every_id_used_in_code_is_in_the_file():
    assert used_ids() - load_reasons().keys() == set()


def test_every_entry_in_the_file_is_used():
    assert load_reasons().keys() - used_ids() == set()


def test_filled_template_keeps_the_wording():
    text = reason("impact.category_a")
    assert text.nl == "Hoog-risico AI-systeem: categorie A."
    assert text.en == "High-risk AI system: category A."


def test_wrong_placeholders_are_refused(tmp_path):
    with pytest.raises(ValueError):
        reason("impact.category_a", extra="x")
    bad = tmp_path / "reasons.yaml"
    bad.write_text("x:\n  nl: 'a {one}'\n  en: 'a {two}'\n", encoding="utf-8")
    with pytest.raises(UserError, match="different placeholders"):
        load_reasons(bad)
    bad.write_text("x:\n  nl: 'a'\n  en: 'b'\n  de: 'c'\n", encoding="utf-8")
    with pytest.raises(UserError):
        load_reasons(bad)
