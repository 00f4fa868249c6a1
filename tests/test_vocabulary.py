"""One wording per id: every id a reader can meet in a result, report, listing or intake choice has a
Dutch and an English word in the shared vocabulary, and the faces, reports and overview all use it."""

from typing import get_args

import pytest

from assessment import vocabulary
from assessment.faces.labels import label as face_label
from assessment.intake import Acquisition, OrganisationType, SystemStatus
from assessment.legal.facts import Role, SystemType
from assessment.outcome.models import Applicability, RiskClass, StepStatus
from assessment.overview.labels import label as overview_label
from assessment.report.labels import label as report_label

TRACE_KEYS = ["applicability", "system_type", "roles", "risk_class", "high_risk_basis", "derogation",
              "prohibited_practices", "transparency_duties", "systemic_risk"]
IDS = [*get_args(Applicability), *get_args(RiskClass), *SystemType, *Role, "organisation", "expert",
       *StepStatus, *OrganisationType, *SystemStatus, *Acquisition, *TRACE_KEYS]


@pytest.mark.parametrize("value", [str(v) for v in IDS])
def test_every_id_has_a_word_in_both_languages_and_every_module_shows_the_same(value):
    nl, en = vocabulary.word(value, "nl"), vocabulary.word(value, "en")
    assert nl and en and vocabulary.known(value)  # a reader never sees a raw id by accident
    for shown in (face_label, report_label, overview_label):
        assert shown(value, "nl") == nl and shown(value, "en") == en


def test_an_unknown_id_is_shown_as_it_is():
    assert vocabulary.label("something_new", "nl") == "something_new"
    assert face_label(None, "nl") == "–" and report_label(None, "en") == "—"


def test_yes_no_says_not_known_for_an_open_value():
    assert [vocabulary.yes_no(v, "nl") for v in (True, False, None)] == ["ja", "nee", "onbekend"]
    assert [vocabulary.yes_no(v, "en") for v in (True, False, None)] == ["yes", "no", "unknown"]
