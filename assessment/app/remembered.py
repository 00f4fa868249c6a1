"""What the tool remembers per user between sessions: the export folder, the officer's name
(the default for the next intake), the colour theme and the interface language.

One small JSON file in the per-user config folder (`assessment.files.folders.config_folder()`,
or `$ASSESSMENT_CONFIG_DIR`), written atomically. It is a convenience, never a reason to stop:
a missing, unreadable or malformed file gives the defaults, and a failed write is ignored."""

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from assessment.files.atomic import make_folder, write_atomic

FILE_NAME = "settings.json"
LANGS = ("nl", "en")


@dataclass(frozen=True)
class Remembered:
    export_dir: str = ""
    officer: str = ""
    theme: str = ""
    lang: str = ""


def settings_path() -> Path:
    folder = os.environ.get("ASSESSMENT_CONFIG_DIR")
    if not folder:
        from assessment.files.folders import config_folder

        return config_folder() / FILE_NAME
    return Path(folder) / FILE_NAME


def load_remembered(path: Path | None = None) -> Remembered:
    """The remembered choices; the defaults for anything missing or not a string."""
    try:
        raw = json.loads((path or settings_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError, RuntimeError):
        return Remembered()
    if not isinstance(raw, dict):
        return Remembered()
    kept = {f.name: raw[f.name] for f in fields(Remembered) if isinstance(raw.get(f.name), str)}
    if kept.get("lang") not in (None, *LANGS):
        kept.pop("lang")
    return Remembered(**kept)


def remember(path: Path | None = None, **changes: str) -> Remembered:
    """Store `changes` over what is remembered; returns the new state (also when not written)."""
    target = path or settings_path()
    current = load_remembered(target)
    updated = replace(current, **changes)
    if updated != current:
        try:
            make_folder(target.parent)
            data = json.dumps(asdict(updated), ensure_ascii=False, indent=2).encode("utf-8")
            write_atomic(target, data + b"\n")
        except (OSError, RuntimeError):
            pass  # a read-only home or no home at all: the tool works, it just forgets
    return updated
