"""Whole flows through the full-screen app, driven by keys at 80x24."""

import asyncio

from faces_support import TODAY, loaded, settle, today

from assessment.faces.tui.app import make_app
from assessment.records.store import Store


def app_for(tmp_path, **options):
    options.setdefault("loaded", loaded())
    return make_app(db=str(tmp_path / "db" / "assessments.json"), today=today,
                    export_dir=tmp_path / "out", **options)


async def fill_intake(pilot, name="Kompas"):
    """Type the required fields; choose list values by keyboard."""
    screen = pilot.app.screen
    await pilot.press(*name)  # system name has focus first
    await pilot.press("tab", *"BZK", "tab", *"Dienst Uitvoering", "tab")
    await pilot.press("enter", "down", "enter")  # organisation type: first choice
    screen.query_one("#field-status").focus()
    await pilot.press("enter", "down", "down", "down", "enter")  # status: in use
    await pilot.press("ctrl+s")
    await settle(pilot)


async def answer_all(pilot, description="Het systeem [bold]rekent[/]"):
    await pilot.press("enter")  # is_ai: yes (first option)
    await pilot.press("1", "enter")  # purpose: benefits
    await pilot.press("space", "2", "enter")  # groups: citizens and staff
    await pilot.press(*"2024-01-31", "enter")  # start_date
    await pilot.press(*description, "enter")
    await settle(pilot)


def test_complete_an_assessment(tmp_path):
    asyncio.run(_complete(tmp_path))


async def _complete(tmp_path):
    app = app_for(tmp_path, start="new")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "IntakeScreen"
        await fill_intake(pilot)
        assert type(app.screen).__name__ == "QuestionScreen"
        await answer_all(pilot)
        assert type(app.screen).__name__ == "ReviewScreen"
        await pilot.press("c")
        await settle(pilot)
        assert type(app.screen).__name__ == "ResultScreen"
        record_id = app.session.record_id
        walk = app.session.walk
    assert walk.complete
    assert walk.values == {"is_ai": "yes", "purpose": "benefits", "groups": ("citizens", "staff"),
                           "start_date": "2024-01-31", "description": "Het systeem [bold]rekent[/]"}
    with Store.open(tmp_path / "db" / "assessments.json") as store:
        record = store.get(record_id)
    assert record.intake.system_name == "Kompas"
    assert record.intake.status == "in_use"
    assert [a.question_id for a in record.answers] == list(walk.values)
