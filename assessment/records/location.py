"""Where the database lives when nobody says: `data/` in a checkout, else the per-user data folder."""

import os
import sys
from pathlib import Path

DB_NAME = "assessments.json"
ENV = "ASSESSMENT_DB"

_CHECKOUT = Path(__file__).resolve().parents[2]


def user_data_folder() -> Path:
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "assessment"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "assessment"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "assessment"


def running_from_checkout() -> bool:
    return (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / ".git").exists()


def default_path(given: str | os.PathLike[str] | None = None) -> Path:
    """`given` (from --db), else $ASSESSMENT_DB, else data/ in a checkout, else the user folder."""
    chosen = given or os.environ.get(ENV)
    if chosen:
        return Path(chosen).expanduser()
    if running_from_checkout():
        return _CHECKOUT / "data" / DB_NAME
    return user_data_folder() / DB_NAME
