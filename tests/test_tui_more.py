"""Smaller TUI paths: changing an answer from the review, the details form again, help, themes,
showing a stored assessment from the home screen."""

import asyncio

from faces_support import settle
from test_tui_flow import _started, app_for


def test_change_from_review_without_leaving_the_path_returns_to_review(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("enter", "3", "enter", *"Eerste", "enter")  # yes, other, text
            await settle(pilot)
            assert type(app.screen).__name__ == "ReviewScreen"
            await pilot.press("down", "down", "down", "enter")  # the text answer (the divider is skipped)
            await settle(pilot)
            assert app.screen.editing == "description"
            await pilot.press("ctrl+u", *"Tweede", "enter")
            await settle(pilot)
            assert type(app.screen).__name__ == "ReviewScreen"
            assert app.session.walk.values["description"] == "Tweede"
            await pilot.press("escape")  # back to the last question: nothing is withdrawn
            await settle(pilot)
            assert app.screen.question.id == "description"
            assert app.session.walk.values["description"] == "Tweede"
            assert app.screen.query_one("#text-answer").value == "Tweede"
            await pilot.press("enter")  # kept as it was: on to the review again
            await settle(pilot)
            assert type(app.screen).__name__ == "ReviewScreen"
            assert app.session.walk.complete

    asyncio.run(flow())


def test_details_can_be_changed_mid_walk(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("enter", "ctrl+e")
            await settle(pilot)
            assert type(app.screen).__name__ == "IntakeScreen"
            app.screen.query_one("#field-system_name").value = "Kompas 2"
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert type(app.screen).__name__ == "QuestionScreen"
            assert app.screen.title == "Kompas 2"
            return app.session.intake.system_name, list(app.session.walk.values)

    assert asyncio.run(flow()) == ("Kompas 2", ["is_ai"])


def test_help_screen_and_terminal_palette_themes(tmp_path):
    async def flow():
        app = app_for(tmp_path, theme="textual-light")
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("f1")
            await settle(pilot)
            assert type(app.screen).__name__ == "HelpScreen"
            await pilot.press("escape")
            themes = []
            for _ in range(2):
                await pilot.press("ctrl+t")
                themes.append(app.theme)
            return themes

    assert asyncio.run(flow()) == ["ansi-dark", "ansi-light"]


def test_show_opens_the_outcome_of_a_stored_assessment(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("down", "enter", "f2")  # is_ai: no -> complete; then home
            await settle(pilot)
            await pilot.press("s")
            await settle(pilot)
            assert type(app.screen).__name__ == "ResultScreen"
            texts = [str(w.render()) for w in app.screen.query("#result Static")]
            await pilot.press("escape")
            await settle(pilot)
            return texts, type(app.screen).__name__

    texts, back_on = asyncio.run(flow())
    assert "Classificatie" in texts and "Vervolgstappen" in texts
    assert back_on == "HomeScreen"


def test_a_failed_save_stops_with_the_reason_instead_of_moving_on(tmp_path, monkeypatch):
    from assessment.records.store import Store

    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)

            def disk_full(self, record):
                raise OSError(28, "No space left on device")

            monkeypatch.setattr(Store, "save", disk_full)
            await pilot.press("enter")
            await settle(pilot)
            return app.error

    error = asyncio.run(flow())
    assert error.startswith("niet opgeslagen") and "No space left" in error


def test_resume_with_an_unknown_id_ends_with_one_line(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="resume", record_id="abcdef12")
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
        return app.error

    assert "no assessment with id" in asyncio.run(flow())


def test_answers_set_aside_by_a_changed_questionnaire_are_shown_in_the_review(tmp_path):
    from faces_support import FIXTURE

    from assessment.questionnaire.shipped import load_default

    async def first():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("enter", "1", "enter", "space", "enter", *"2025-01-01", "enter")  # benefits route
            await settle(pilot)
            return app.session.record_id

    record_id = asyncio.run(first())
    changed = tmp_path / "changed.yaml"
    changed.write_text(FIXTURE.read_text(encoding="utf-8").replace(
        '{id: benefits, text: {nl: "Uitkeringen", en: "Benefits"}}', '{id: benefit, text: {nl: "Uitkering", en: "Benefit"}}'),
        encoding="utf-8")

    async def second():
        app = app_for(tmp_path, start="resume", record_id=record_id, loaded=load_default(changed))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert app.screen.question.id == "purpose"  # the old answer no longer fits
            await pilot.press("3", "enter", *"Nieuw", "enter")
            await settle(pilot)
            from textual.widgets import OptionList

            options = app.screen.query_one(OptionList)
            return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]

    prompts = asyncio.run(second())
    assert any(p.startswith("Apart gezet") for p in prompts)
    assert any("Wie merkt er iets van? → Burgers" in p for p in prompts)  # kept, not lost
