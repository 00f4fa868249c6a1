"""The yes/no question before dropping answers: with a long list at 80x24 the question and both
buttons stay on screen, and the list scrolls."""

import asyncio

from faces_support import settle
from test_tui_flow import app_for

from assessment.faces.tui.screens.confirm import ConfirmScreen


def test_a_long_message_scrolls_and_the_buttons_stay_in_view(tmp_path):
    async def flow():
        app = app_for(tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            answers = []
            items = "\n".join(f"• vraag {n} met een lange tekst die over de regel heen loopt" for n in range(40))
            app.push_screen(ConfirmScreen(items, "nl", "Doorgaan?"), answers.append)
            await settle(pilot)
            screen = app.screen
            for widget_id in ("#yes", "#no", "#question"):
                region = screen.query_one(widget_id).region
                assert region.height > 0 and region.bottom <= 24, widget_id
            scroll = screen.query_one("#scroll")
            assert scroll.max_scroll_y > 0
            await pilot.press("down", "down")
            assert scroll.scroll_y > 0
            await pilot.press("j")
            await settle(pilot)
            return answers

    assert asyncio.run(flow()) == [True]
