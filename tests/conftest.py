"""Shared test fixtures. Keep this file small: fixtures used by one test file live in that file."""

from collections.abc import Callable
from pathlib import Path

import pytest

from assessment.questionnaire.loader import Loaded, load

TESTS = Path(__file__).parent
BRANCHING = TESTS / "data" / "branching.yaml"
"""A small questionnaire with every question kind and condition form (10 distinct paths)."""


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the questionnaire cache out of the user's cache folder, and a default database out of
    the user's data folder (also for subprocesses)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("ASSESSMENT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    mp.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
    mp.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    yield
    mp.undo()


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test remembers its own choices (export folder, officer, theme, language), never the
    user's, and one test's choices never leak into the next (also for subprocesses)."""
    monkeypatch.setenv("ASSESSMENT_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(scope="session")
def branching() -> Loaded:
    return load(BRANCHING)


@pytest.fixture
def write_yaml(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write YAML text to a file in the test's folder and return its path."""

    def write(text: str, name: str = "file.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
