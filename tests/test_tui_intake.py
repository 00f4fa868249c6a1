"""The intake form as an officer types it: where the focus is, messages that follow the fields,
and keys typed quickly after Tab landing in the next field."""

import asyncio

from faces_support import settle
from test_tui_flow import app_for
from textual import events
from textual.widgets import Static


def _problem(app, name: str) -> str:
    widget = app.screen.query_one(f"#problem-{name}", Static)
    return str(widget.render()) if widget.has_class("shown") else ""


def test_keys_typed_right_after_tab_land_in_the_next_field(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            app.screen.query_one("#field-ministry").focus()
            # All at once, as tmux or a paste delivers them: nothing is handled in between.
            for char in "BZK\tDienst":
                name = "tab" if char == "\t" else char
                app.post_message(events.Key(name, char))
            await settle(pilot)
            await pilot.pause()
            screen = app.screen
            assert screen.query_one("#field-ministry").value == "BZK"
            assert screen.query_one("#field-organisation").value == "Dienst"

    asyncio.run(flow())


def test_the_focused_field_is_marked_and_follows_tab(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            current = [r.id for r in app.screen.query(".field.current")]
            assert current == ["row-system_name"]
            await pilot.press("tab")
            current = [r.id for r in app.screen.query(".field.current")]
            assert current == ["row-organisation_type"]
            mark = app.screen.query_one("#row-organisation_type .mark", Static)
            assert mark.styles.visibility == "visible"
            assert app.screen.query_one("#row-system_name .mark", Static).styles.visibility == "hidden"

    asyncio.run(flow())


def test_required_message_appears_on_leaving_and_goes_once_filled(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert _problem(app, "system_name") == ""
            await pilot.press("tab")  # leave the empty, required name
            assert _problem(app, "system_name") == "verplicht"
            assert _problem(app, "ministry") == ""  # not visited yet: no message
            await pilot.press("shift+tab", *"Kompas")
            assert _problem(app, "system_name") == ""  # gone while typing, not only on save
            await pilot.press("ctrl+u")
            assert _problem(app, "system_name") == "verplicht"

    asyncio.run(flow())


def test_save_shows_every_message_and_a_choice_clears_its_own(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+s")
            assert _problem(app, "organisation_type") == "verplicht"
            app.screen.query_one("#field-organisation_type").value = "agentschap"
            await pilot.pause()
            assert _problem(app, "organisation_type") == ""
            assert _problem(app, "ministry") == "verplicht"

    asyncio.run(flow())


def test_lifecycle_dates_survive_an_edit_of_the_form():
    """The lifecycle dates go through the form unchanged ('geen' and 'onbekend' read back as none and unknown)."""
    import datetime as dt

    from assessment.faces.intake_form import build_intake, values_of
    from assessment.intake import Intake

    start = Intake(ministry="BZK", organisation="Dienst", organisation_type="zbo", system_name="S",
                   status="in_use", in_service_on=dt.date(2023, 5, 1), significant_change_on="none",
                   processing_started_on="unknown")
    values = values_of(start)
    values["system_name"] = "S2"
    intake, problems = build_intake(values, "nl")
    assert not problems and intake is not None
    assert intake.in_service_on == dt.date(2023, 5, 1) and intake.significant_change_on == "none"
    assert intake.processing_started_on == "unknown" and intake.system_name == "S2"


def test_the_register_fields_are_optional_and_a_contact_address_is_checked(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            screen = app.screen
            for name, value in (("system_name", "Kompas"), ("ministry", "BZK"), ("organisation", "DUO"),
                                ("organisation_type", "agentschap"), ("status", "in_use"),
                                ("contact_address", "Jan de Vries")):
                screen.query_one(f"#field-{name}").value = value
            await pilot.pause()
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert _problem(app, "contact_address") == "Geen e-mailadres of https://-adres."
            assert all(_problem(app, n) == "" for n in ("policy_theme", "lawful_basis", "supplier", "human_check"))
            screen.query_one("#field-contact_address").value = "algoritmes@duo.example.nl"
            await pilot.pause()
            await pilot.press("ctrl+s")
            await settle(pilot)
            return type(app.screen).__name__, app.session.intake.contact_address

    assert asyncio.run(flow()) == ("QuestionScreen", "algoritmes@duo.example.nl")


def test_an_open_menu_says_how_to_close_it_in_the_interface_language(tmp_path):
    """Textual's own menu says 'Dismiss menu' in English; ours follows the language, also after Ctrl+L."""
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("tab", "enter")  # open the menu of the kind of organisation
            await settle(pilot)
            shown = {b.description for _, b, enabled, _ in app.active_bindings.values() if b.show}
            assert "Menu sluiten" in shown and not any("Dismiss" in d for d in shown)
            await pilot.press("escape", "ctrl+l", "enter")
            await settle(pilot)
            shown = {b.description for _, b, enabled, _ in app.active_bindings.values() if b.show}
            assert "Close menu" in shown and "Menu sluiten" not in shown

    asyncio.run(flow())
