"""The dates table: every row sourced and verified; amendments resolve; the key dates are right."""

import datetime as dt

import pytest

from assessment.errors import UserError
from assessment.legal.refs import is_canonical
from assessment.outcome.dates import load_dates, shipped_dates


def test_every_row_has_source_verified_on_and_covers():
    table = shipped_dates()
    assert table.rows
    for row in table.rows:
        assert is_canonical(row.source), row.id
        assert row.verified_on <= dt.date.today(), row.id
        assert row.covers.nl and row.covers.en


def test_omnibus_rows_are_flagged_and_cite_the_omnibus():
    rows = [r for r in shipped_dates().rows if r.omnibus]
    assert {r.id for r in rows} >= {"omnibus_annex_iii_high_risk", "omnibus_annex_i_high_risk", "omnibus_ban"}
    assert all(r.source.startswith("Digital Omnibus on AI") for r in rows)
    assert not any(r.omnibus for r in shipped_dates().rows if r.source.startswith("AI Act"))


@pytest.mark.parametrize("topic, day", [
    ("prohibitions", dt.date(2025, 2, 2)),
    ("gpai_models", dt.date(2025, 8, 2)),
    ("general", dt.date(2026, 8, 2)),
    ("annex_iii_high_risk", dt.date(2027, 12, 2)),  # Omnibus: Annex III and Annex I differ
    ("annex_i_high_risk", dt.date(2028, 8, 2)),
    ("public_authority_legacy", dt.date(2030, 8, 2)),  # art. 111(2), not the 31 Dec 2030 in the letter
    ("gpai_legacy", dt.date(2027, 8, 2)),
    ("large_scale_it", dt.date(2030, 12, 31)),
])
def test_effective_dates(topic, day):
    assert shipped_dates().effective(topic).date == day


def test_public_authority_row_cites_art_111_2():
    assert shipped_dates().effective("public_authority_legacy").source == "AI Act art. 111(2)"


def test_in_force_on_a_date_leaves_out_superseded_and_future_rows():
    ids = {r.id for r in shipped_dates().in_force(dt.date(2026, 11, 22))}
    assert {"prohibitions", "general_application"} <= ids
    assert "annex_iii_high_risk_original" not in ids and "omnibus_annex_iii_high_risk" not in ids


def test_broken_table_is_a_user_error(tmp_path):
    path = tmp_path / "dates.yaml"
    path.write_text("rows:\n  - {id: a, topic: t, date: 2025-01-01, covers: {nl: x, en: y}, "
                    "source: 'AI act 5', verified_on: 2025-01-01}\n", encoding="utf-8")
    with pytest.raises(UserError, match="canonical"):
        load_dates(path)
    path.write_text("rows:\n  - {id: a, topic: t, date: 2025-01-01, covers: {nl: x, en: y}, "
                    "source: 'AI Act art. 5', verified_on: 2025-01-01, supersedes: nope}\n", encoding="utf-8")
    with pytest.raises(UserError, match="supersedes"):
        load_dates(path)
