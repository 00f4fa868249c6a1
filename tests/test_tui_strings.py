"""The interface texts and the shared, UI-free helpers of the faces."""

import string
import subprocess
import sys

import pytest

from assessment import words

from assessment.faces import strings
from assessment.faces.intake_form import build_intake
from assessment.faces.strings import t


@pytest.mark.parametrize("key", strings.keys())
def test_every_text_exists_in_both_languages_with_the_same_placeholders(key):
    nl, en = strings.t(key, "nl"), strings.t(key, "en")
    assert (nl, en) == (words.w(f"ui.{key}", "nl"), words.w(f"ui.{key}", "en"))  # one table per language
    assert nl.strip() and en.strip()
    fields = lambda text: {name for _, name, _, _ in string.Formatter().parse(text) if name}  # noqa: E731
    assert fields(nl) == fields(en)


def test_shared_helpers_load_neither_textual_nor_questionary():
    code = ("import sys, assessment.faces.present, assessment.faces.labels, assessment.faces.strings, "
            "assessment.faces.intake_form, assessment.app.exporting; "
            "print(sorted(m for m in ('textual', 'questionary') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_first_screen_does_not_wait_for_pydantic():
    code = ("import sys, assessment.cli.tui_command, assessment.faces.tui.app, "
            "assessment.faces.tui.screens.home; print('pydantic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_intake_messages_name_each_wrong_field():
    intake, problems = build_intake({"system_name": "X", "ministry": "BZK", "organisation": "DUO",
                                     "organisation_type": "zbo", "status": "switched_off",
                                     "assessed_on": "morgen"}, "nl")
    assert intake is None
    assert problems == {"assessed_on": t("not_a_date", "nl")}
    intake, problems = build_intake({"system_name": "X", "ministry": "BZK", "organisation": "DUO",
                                     "organisation_type": "zbo", "status": "switched_off"}, "en")
    assert problems == {"switched_off_on": "required"}
    intake, problems = build_intake({"system_name": " [b]X ", "ministry": "BZK", "organisation": "DUO",
                                     "organisation_type": "zbo", "status": "in_use"}, "nl")
    assert problems == {} and intake.system_name == " [b]X "  # kept exactly as typed
