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
    assert problems == {"assessed_on": t("not_a_date", "nl"), "switched_off_on": t("required", "nl")}
    intake, problems = build_intake({"system_name": "X", "ministry": "BZK", "organisation": "DUO",
                                     "organisation_type": "zbo", "status": "switched_off"}, "en")
    assert problems == {"switched_off_on": "required"}
    intake, problems = build_intake({"system_name": " [b]X ", "ministry": "BZK", "organisation": "DUO",
                                     "organisation_type": "zbo", "status": "in_use"}, "nl")
    assert problems == {} and intake.system_name == " [b]X "  # kept exactly as typed
    assert (intake.ministry, intake.ministry_id) == ("Binnenlandse Zaken en Koninkrijksrelaties", "bzk")


def test_the_ministry_is_one_from_the_list_and_only_where_it_applies():
    base = {"system_name": "X", "organisation": "Y", "status": "in_use"}
    intake, problems = build_intake({**base, "organisation_type": "zbo", "ministry": "Ministerie van I&W"}, "nl")
    assert (intake.ministry, intake.ministry_id) == ("Infrastructuur en Waterstaat", "ienw")
    _, problems = build_intake({**base, "organisation_type": "zbo", "ministry": "Ministerie van Ruimtevaart"}, "nl")
    assert problems == {"ministry": t("unknown_ministry", "nl")}
    _, problems = build_intake({**base, "organisation_type": "agentschap"}, "nl")
    assert problems == {"ministry": t("required", "nl")}
    # A municipality has no ministry: whatever the field held is not kept.
    intake, problems = build_intake({**base, "organisation_type": "gemeente", "ministry": "BZK"}, "nl")
    assert problems == {} and (intake.ministry, intake.ministry_id) == ("", None)
    # A housing corporation may name the ministry it works for, or none.
    intake, problems = build_intake({**base, "organisation_type": "private_public_service"}, "nl")
    assert problems == {} and not intake.missing()


def test_the_lifecycle_dates_are_offered_only_where_they_apply():
    from assessment.faces.intake_form import BY_NAME, applies

    planned = {"status": "planned", "acquisition": "procured"}
    in_use_own = {"status": "in_use", "acquisition": "in_house"}
    assert applies(BY_NAME["in_service_on"], planned) and applies(BY_NAME["processing_started_on"], planned)
    assert not applies(BY_NAME["significant_change_on"], planned)  # not in service: nothing changed yet
    assert not applies(BY_NAME["placed_on_market_on"], planned)  # bought: not its own model
    assert applies(BY_NAME["significant_change_on"], in_use_own) and applies(BY_NAME["placed_on_market_on"], in_use_own)
    assert not applies(BY_NAME["switched_off_on"], in_use_own)
    base = {"system_name": "X", "organisation": "Y", "organisation_type": "gemeente", **in_use_own}
    intake, problems = build_intake({**base, "in_service_on": "2024-05-01", "significant_change_on": "geen",
                                     "processing_started_on": "Onbekend"}, "nl")
    assert problems == {} and (intake.significant_change_on, intake.processing_started_on) == ("none", "unknown")
    _, problems = build_intake({**base, "in_service_on": "geen"}, "nl")  # 'none' only for a change
    assert problems == {"in_service_on": t("not_a_lifecycle_date", "nl")}
