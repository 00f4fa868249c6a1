"""Exporting from the TUI: the officer sees and may change the folder; the paths are shown; a
device in the way is written, never replaced."""

import asyncio
from pathlib import Path

from faces_support import settle
from test_tui_flow import _started, app_for


async def _concluded(app, pilot):
    await _started(app, pilot)
    await pilot.press("down", "enter", "c")  # is_ai: no -> end; conclude
    await settle(pilot)
    assert type(app.screen).__name__ == "ResultScreen"


def test_the_folder_can_be_changed_before_exporting(tmp_path):
    elsewhere = tmp_path / "elders" / "map"

    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _concluded(app, pilot)
            await pilot.press("x", "ctrl+u", *str(elsewhere), "enter")
            await settle(pilot)
            status = str(app.screen.query_one("#status").render())
            paths = app.last_export
            assert all(str(p) in status for p in paths)
            await pilot.press("enter")  # closes
            await settle(pilot)
            assert type(app.screen).__name__ == "ResultScreen"
            await pilot.press("x")  # the next export offers the folder chosen last
            await settle(pilot)
            assert app.screen.query_one("#folder").value == str(elsewhere)
            return paths

    paths = asyncio.run(flow())
    # the export for the CIO office, the report, and beside them the draft register entry
    assert sorted(p.name[len("beoordeling-12345678"):] for p in paths) == [
        "-algoritmeregister.html", "-algoritmeregister.json", "-algoritmeregister.md", ".html", ".json", ".md"]
    assert all(p.parent == elsewhere.resolve() and p.is_file() for p in paths)
    assert not (tmp_path / "out").exists()


def test_a_file_given_as_folder_is_refused_on_the_spot(tmp_path):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")

    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _concluded(app, pilot)
            await pilot.press("x", "ctrl+u", *str(a_file), "enter")
            await settle(pilot)
            assert type(app.screen).__name__ == "ExportScreen"
            assert "geen map" in str(app.screen.query_one("#status").render())
            await pilot.press("escape")
            await settle(pilot)
            return app.last_export

    assert asyncio.run(flow()) == []
    assert a_file.read_text() == "x"


def test_export_from_home_asks_the_folder_too(tmp_path):
    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _concluded(app, pilot)
            await pilot.press("f2")
            await settle(pilot)
            await pilot.press("e")
            await settle(pilot)
            assert type(app.screen).__name__ == "ExportScreen"
            await pilot.press("enter")
            await settle(pilot)
            return app.last_export

    paths = asyncio.run(flow())
    assert len(paths) == 6 and all(p.parent == (tmp_path / "out").resolve() for p in paths)


def test_export_files_write_through_a_device_instead_of_replacing_it(tmp_path):
    from faces_support import TODAY, loaded

    from assessment.app.exporting import export_files, file_stem
    from assessment.app.session import Session
    from assessment.records.store import Store
    from test_tui_profile import INTAKE

    with Store.open(tmp_path / "db.json") as store:
        session = Session.start(store, loaded(), INTAKE)
        session.answer("is_ai", "no")
        record = store.get(session.record_id)
    folder = tmp_path / "out"
    folder.mkdir()
    link = (folder / file_stem(record)).with_suffix(".json")
    link.symlink_to("/dev/null")
    paths = export_files(record, loaded(), TODAY, folder, "nl")
    assert link.is_symlink() and link.resolve() == Path("/dev/null")
    assert len(paths) == 6  # three for the CIO office and the owner, three for the register draft
