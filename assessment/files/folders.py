"""The per-user folders, as the platform names them (platformdirs): data (the default database),
cache (validated questionnaires) and config. Linux follows XDG ($XDG_DATA_HOME, ...), macOS
~/Library/..., Windows %LOCALAPPDATA%\\assessment."""

from pathlib import Path

import platformdirs

APP = "assessment"


def _home_known() -> None:
    """Raise RuntimeError when there is no home folder (a service account): platformdirs would
    then name a folder relative to wherever the tool runs."""
    Path.home()


def data_folder() -> Path:
    _home_known()
    return platformdirs.user_data_path(APP, appauthor=False)


def cache_folder() -> Path:
    _home_known()
    return platformdirs.user_cache_path(APP, appauthor=False)


def config_folder() -> Path:
    _home_known()
    return platformdirs.user_config_path(APP, appauthor=False)
