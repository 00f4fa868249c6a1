"""Keys that arrive all at once (tmux, paste, a fast typist): Textual queues each key to the
widget focused when it arrives, so keys that move the focus are handled first, and a choice
made for one question is never applied to the next."""

import asyncio

from faces_support import settle
from test_tui_flow import _started, app_for
from textual import events
from textual.widgets import Input


def _burst(app, *keys: str) -> None:
    for name in keys:
        character = {"enter": "\r", "tab": "\t"}.get(name, name if len(name) == 1 else None)
        app.post_message(events.Key(name, character))


def test_text_typed_right_after_ctrl_n_goes_into_the_note(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            _burst(app, "ctrl+n", *"zie mail")
            await settle(pilot)
            await pilot.pause()
            assert app.screen.query_one("#note", Input).value == "zie mail"
            assert app.session.walk.answers == ()

    asyncio.run(flow())


def test_a_second_enter_before_the_next_question_shows_does_not_answer_it(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            _burst(app, "enter", "enter")
            await settle(pilot)
            await pilot.pause()
            assert app.session.walk.values == {"is_ai": "yes"}
            assert app.screen.question.id == "purpose"
            assert not app.screen.query_one("#hint").has_class("problem")

    asyncio.run(flow())
