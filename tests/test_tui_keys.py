"""No keystroke records an answer the screen did not show as chosen: keys are handled in the order
typed against the question on screen, a click only chooses, going back withdraws nothing, every
option has a key, and the focus can always be brought back to the answer."""

import asyncio

from faces_support import FIXTURE, settle
from test_tui_fast_keys import _burst
from test_tui_flow import _started, app_for
from textual.widgets import Input

from assessment.faces.tui.widgets.choice_list import ChoiceList
from assessment.questionnaire.shipped import load_default
from assessment.records.store import Store


def test_a_digit_just_before_ctrl_n_chooses_its_option(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            _burst(app, "3", "ctrl+n", *"navragen")  # one frame: '3' (weet ik niet), then the note
            await settle(pilot)
            screen = app.screen
            assert screen.query_one(ChoiceList).highlighted == 2
            assert screen.query_one("#note", Input).value == "navragen"
            assert app.session.walk.answers == ()
            await pilot.press("escape", "enter")  # out of the note, then confirm what is shown
            await settle(pilot)
            answer = app.session.walk.answer_to("is_ai")
            return answer.value, answer.note

    assert asyncio.run(flow()) == ("unknown", "navragen")


def test_escape_from_the_review_withdraws_nothing(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("2", "enter")  # is_ai: no -> the walk is complete
            await settle(pilot)
            assert type(app.screen).__name__ == "ReviewScreen"
            await pilot.press("escape")
            await settle(pilot)
            screen = app.screen
            assert (screen.question.id, screen.editing) == ("is_ai", "is_ai")
            assert screen.query_one(ChoiceList).highlighted == 1  # 'Nee', as answered
            assert app.session.walk.complete
            record_id = app.session.record_id
        with Store.open(tmp_path / "db" / "assessments.json") as store:
            return store.get(record_id).answers

    answers = asyncio.run(flow())
    assert [(a.question_id, a.value) for a in answers] == [("is_ai", "no")]


def test_going_back_preselects_and_a_different_answer_asks_before_dropping(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("1", "enter", "2", "enter")  # yes, chat -> description
            await settle(pilot)
            assert app.screen.question.id == "description"
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen.question.id == "purpose"
            assert app.screen.query_one(ChoiceList).highlighted == 1  # 'Chatten', as answered
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen.question.id == "is_ai"
            assert app.screen.query_one(ChoiceList).highlighted == 0
            assert app.session.walk.values == {"is_ai": "yes", "purpose": "chat"}  # nothing withdrawn
            await pilot.press("enter")  # same answer: on to the next answered question
            await settle(pilot)
            assert app.screen.question.id == "purpose"
            await pilot.press("2", "enter")  # still the same: on to the open question
            await settle(pilot)
            assert (app.screen.question.id, app.screen.editing) == ("description", None)
            await pilot.press("escape", "escape")
            await settle(pilot)
            await pilot.press("2", "enter")  # is_ai 'no' drops 'purpose': asked first, as on change
            await settle(pilot)
            assert type(app.screen).__name__ == "ConfirmScreen"
            await pilot.press("n")
            await settle(pilot)
            assert app.session.walk.values == {"is_ai": "yes", "purpose": "chat"}

    asyncio.run(flow())


def test_the_tenth_option_and_beyond_have_letters(tmp_path):
    source = FIXTURE.read_text(encoding="utf-8")
    extra = "".join(f'      - {{id: o{n}, text: {{nl: "Optie {n}", en: "Option {n}"}}}}\n' for n in range(4, 13))
    marker = '      - {id: other, text: {nl: "Anders", en: "Other"}}\n'
    path = tmp_path / "many.yaml"
    path.write_text(source.replace(marker, marker + extra), encoding="utf-8")

    async def flow():
        app = app_for(tmp_path, start="new", loaded=load_default(path))
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("enter")
            await settle(pilot)
            choices = app.screen.query_one(ChoiceList)
            await pilot.press("a")
            assert choices.highlighted == 9
            await pilot.press("c", "enter")
            await settle(pilot)
            return app.session.walk.values["purpose"]

    assert asyncio.run(flow()) == "o12"


def test_a_click_chooses_and_only_enter_confirms(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            choices = app.screen.query_one(ChoiceList)
            assert await pilot.click(ChoiceList, offset=(6, 2))  # below the border, the second line: 'Nee'
            await settle(pilot)
            assert choices.highlighted == 1
            assert app.session.walk.answers == ()
            assert type(app.screen).__name__ == "QuestionScreen"
            await pilot.press("enter")
            await settle(pilot)
            return app.session.walk.values

    assert asyncio.run(flow()) == {"is_ai": "no"}


def test_the_focus_comes_back_to_the_answer_from_anywhere(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            screen = app.screen
            choices = screen.query_one(ChoiceList)
            await pilot.press("ctrl+n")
            assert "Esc" in str(screen.query_one("#hint").render())  # the way out of the note is shown
            await pilot.press("escape")
            assert screen.focused is choices
            await pilot.press("shift+tab")
            assert screen.focused is not choices
            assert "Esc" in str(screen.query_one("#hint").render())
            await pilot.press("enter")  # from a panel, Enter brings the focus back; it confirms nothing
            assert screen.focused is choices and app.session.walk.answers == ()
            await pilot.press("shift+tab", "3")  # a digit chooses from anywhere but a text field
            assert screen.focused is choices and choices.highlighted == 2
            await pilot.press("shift+tab", "escape")  # Escape on a panel returns, never goes back
            assert screen.focused is choices and screen.question.id == "is_ai"

    asyncio.run(flow())
