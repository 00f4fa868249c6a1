"""What the tool remembers per user: the file round-trips, is written atomically and privately,
never stops the tool when broken, and feeds the next session (language, officer, resume hint)."""

import argparse
import json
import stat

from assessment.app.remembered import Remembered, load_remembered, remember, settings_path
from assessment.app.settings import lang, resume_command


def test_choices_round_trip_through_the_config_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSESSMENT_CONFIG_DIR", str(tmp_path / "config"))
    assert load_remembered() == Remembered()
    remember(export_dir="/srv/exports", officer="J. de Vries")
    remember(theme="textual-light", lang="en")
    assert load_remembered() == Remembered("/srv/exports", "J. de Vries", "textual-light", "en")
    path = settings_path()
    assert path == tmp_path / "config" / "settings.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp file left


def test_a_broken_settings_file_gives_the_defaults(tmp_path):
    path = tmp_path / "settings.json"
    for text in ("{not json", "[1, 2]", json.dumps({"lang": "fr", "officer": 3, "theme": "ansi-dark"})):
        path.write_text(text, encoding="utf-8")
        loaded = load_remembered(path)
        assert loaded.lang == "" and loaded.officer == ""
    assert load_remembered(path).theme == "ansi-dark"
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    assert remember(blocked / "settings.json", officer="x").officer == "x"  # not written, and no error


def test_the_language_chosen_last_applies_unless_given(tmp_path, monkeypatch):
    monkeypatch.delenv("ASSESSMENT_LANG", raising=False)
    assert lang(argparse.Namespace()) == "nl"
    remember(lang="en")
    assert lang(argparse.Namespace()) == "en"
    assert lang(argparse.Namespace(lang="nl")) == "nl"


def test_the_resume_hint_carries_db_and_lang_when_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    given = argparse.Namespace(db="my db.json", lang="nl")
    assert resume_command(given, "0123456789", "en", plain=True) == (
        f"assessment --db '{tmp_path / 'my db.json'}' --lang en resume 01234567 --plain")
    assert resume_command(argparse.Namespace(), "0123456789", "nl") == "assessment resume 01234567"


def test_the_full_screen_remembers_theme_language_and_officer(tmp_path):
    import asyncio

    from faces_support import settle
    from test_tui_flow import app_for

    remember(officer="J. de Vries")

    async def flow():
        app = app_for(tmp_path, start="new", theme="textual-dark")
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            officer = app.screen.query_one("#field-officer").value
            await pilot.press("ctrl+t", "ctrl+l")
            return officer, app.theme

    officer, theme = asyncio.run(flow())
    assert officer == "J. de Vries"
    assert (load_remembered().theme, load_remembered().lang) == (theme, "en")
