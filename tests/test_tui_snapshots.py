"""The key screens at 80x24, pinned as SVG snapshots (fixed clock, no blinking cursor, the small
test questionnaire, a fixed outcome in place of the classifier's so that classifier changes do not
move these pictures). Update after an intended change with `pytest --snapshot-update`."""

import pytest
from faces_support import fixed_outcome, loaded, settle, today

from assessment.faces.tui.app import make_app


@pytest.fixture(autouse=True)
def fixed_classifier(monkeypatch):
    monkeypatch.setattr("assessment.app.session.evaluate", fixed_outcome)


def app_at(tmp_path, **options):
    return make_app(db=str(tmp_path / "a.json"), loaded=loaded(), today=today, blink=False,
                    export_dir=tmp_path / "out", **options)


async def start(pilot):
    await settle(pilot)
    screen = pilot.app.screen
    for name, value in {"system_name": "Kompas [bold]", "ministry": "BZK", "organisation": "DUO",
                        "organisation_type": "agentschap", "status": "in_use"}.items():
        screen.query_one(f"#field-{name}").value = value
    await pilot.press("ctrl+s")
    await settle(pilot)


def test_home_empty(snap_compare, tmp_path):
    assert snap_compare(app_at(tmp_path), run_before=settle, terminal_size=(80, 24))


def test_intake_with_validation_messages(snap_compare, tmp_path):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press(*"Kompas", "ctrl+s")
        await settle(pilot)

    assert snap_compare(app_at(tmp_path, start="new"), run_before=run_before, terminal_size=(80, 24))


def test_question_with_help_profile_and_note(snap_compare, tmp_path):
    async def run_before(pilot):
        await start(pilot)
        await pilot.press("ctrl+n", *"[b]noot[/]", "escape", "ctrl+f")
        await settle(pilot)

    assert snap_compare(app_at(tmp_path, start="new"), run_before=run_before, terminal_size=(80, 24))


def test_multiple_choice_in_english(snap_compare, tmp_path):
    async def run_before(pilot):
        await start(pilot)
        await pilot.press("enter", "enter", "ctrl+l", "space")
        await settle(pilot)

    assert snap_compare(app_at(tmp_path, start="new"), run_before=run_before, terminal_size=(80, 24))


def test_review(snap_compare, tmp_path):
    async def run_before(pilot):
        await start(pilot)
        await pilot.press("enter", "2", "enter", *"Tekst", "enter")
        await settle(pilot)

    assert snap_compare(app_at(tmp_path, start="new"), run_before=run_before, terminal_size=(80, 24))


def test_result(snap_compare, tmp_path):
    async def run_before(pilot):
        await start(pilot)
        await pilot.press("enter", "2", "enter", *"Tekst", "enter", "enter")
        await settle(pilot)

    assert snap_compare(app_at(tmp_path, start="new"), run_before=run_before, terminal_size=(80, 24))
