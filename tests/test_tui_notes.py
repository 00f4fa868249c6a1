"""Notes and flags typed before the answer: kept while the officer moves around, saved with the
answer, and never dropped silently on quitting."""

import asyncio

from faces_support import settle
from test_tui_flow import _started, app_for
from textual.widgets import Input

from assessment.records.store import Store


def _note(app) -> str:
    return app.screen.query_one("#note", Input).value


def test_a_note_on_an_unanswered_question_survives_going_back_and_is_saved_with_the_answer(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("ctrl+n", *"eerste", "enter", "ctrl+f", "enter")  # is_ai: note, flag, yes
            await settle(pilot)
            assert app.screen.question.id == "purpose"
            await pilot.press("ctrl+n", *"nog open", "escape", "escape")  # leave the note, then back
            await settle(pilot)
            assert app.screen.question.id == "is_ai"
            assert (_note(app), app.screen.flagged) == ("eerste", True)  # the withdrawn answer's note
            await pilot.press("enter")  # yes again
            await settle(pilot)
            assert app.screen.question.id == "purpose"
            assert _note(app) == "nog open"
            await pilot.press("1", "enter")
            await settle(pilot)
            record_id = app.session.record_id
        with Store.open(tmp_path / "db" / "assessments.json") as store:
            answers = {a.question_id: a for a in store.get(record_id).answers}
        assert (answers["is_ai"].note, answers["is_ai"].flagged) == ("eerste", True)
        assert answers["purpose"].note == "nog open"

    asyncio.run(flow())


def test_a_note_survives_a_trip_to_an_earlier_answer(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("enter", "ctrl+n", *"bij doel", "enter")  # is_ai yes; note on purpose
            await pilot.press("ctrl+o", "enter")  # overview: change is_ai
            await settle(pilot)
            assert app.screen.editing == "is_ai"
            await pilot.press("escape")  # cancel the change
            await settle(pilot)
            assert app.screen.question.id == "purpose"
            assert _note(app) == "bij doel"

    asyncio.run(flow())


def test_quitting_with_an_unsaved_note_asks_first(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("ctrl+n", *"onaf", "ctrl+q")
            await settle(pilot)
            assert type(app.screen).__name__ == "ConfirmScreen"
            await pilot.press("n")  # stay
            await settle(pilot)
            assert type(app.screen).__name__ == "QuestionScreen" and _note(app) == "onaf"
            await pilot.press("ctrl+q", "j")
            await settle(pilot)
        assert app.return_code == 0 and app.error is None

    asyncio.run(flow())


def test_quitting_without_pending_notes_does_not_ask(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("ctrl+n", *"bewaard", "enter", "enter")  # saved with the answer
            await settle(pilot)
            await pilot.press("ctrl+q")
            await settle(pilot)
            assert not app.is_running

    asyncio.run(flow())
