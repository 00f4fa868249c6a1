"""A per-user cache of validated questionnaires, so the tool starts without re-parsing YAML.

Parsing a 150 KB questionnaire with ruamel's round-trip loader takes ~0.6 s; reading the validated
model back from JSON takes ~5 ms. An entry is keyed by the sha256 of the file's bytes and of the
code that defines the model, so an edited questionnaire or a changed model never reuses a stale
entry. Any problem with the cache (missing, unreadable, corrupt, read-only disk) means a full load:
the cache can make loading faster, never different.
"""

import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from assessment.files.atomic import make_folder
from assessment.files.folders import cache_folder
from assessment.questionnaire.model import Questionnaire

KEEP = 16
"""Entries kept in the cache folder; older ones are removed when a new one is written."""


def cache_dir() -> Path | None:
    """$ASSESSMENT_CACHE_DIR, else the per-user cache folder; None when caching is switched off.

    ASSESSMENT_CACHE_DIR set to an empty string switches the cache off.
    """
    explicit = os.environ.get("ASSESSMENT_CACHE_DIR")
    if explicit is not None:
        return Path(explicit) if explicit else None
    try:
        return cache_folder()
    except RuntimeError:  # no home folder (e.g. a service account): run without a cache
        return None


_PACKAGE = Path(__file__).resolve().parents[1]
_MODEL_CODE = ("questionnaire/model.py", "questionnaire/conditions.py", "questionnaire/loader.py",
               "questionnaire/yamlfile.py", "legal/facts.py", "legal/refs.py", "i18n.py")
"""The modules whose code decides what a validated questionnaire looks like, read as files (not
imported: the loader imports this module)."""


@cache
def _code_fingerprint() -> str:
    """Hash of the code that decides what a validated questionnaire looks like."""
    digest = hashlib.sha256()
    for name in _MODEL_CODE:
        digest.update((_PACKAGE / name).read_bytes())
    return digest.hexdigest()[:16]


def _entry(content_hash: str) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"questionnaire-{content_hash[:32]}-{_code_fingerprint()}.json"


def get(content_hash: str) -> Questionnaire | None:
    """The cached questionnaire for these file contents, or None."""
    entry = _entry(content_hash)
    if entry is None:
        return None
    try:
        return Questionnaire.model_validate_json(entry.read_bytes())
    except (OSError, ValidationError, ValueError):
        return None  # absent or damaged: the caller loads the YAML and writes a fresh entry


def put(content_hash: str, questionnaire: Questionnaire) -> None:
    """Store a validated questionnaire; silently does nothing when the folder is not writable."""
    entry = _entry(content_hash)
    if entry is None:
        return
    data = questionnaire.model_dump_json(by_alias=True).encode("utf-8")
    try:
        make_folder(entry.parent)
        # Write beside the entry and rename, so a reader never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, entry)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(entry.parent)
    except OSError:
        return  # a cache that cannot be written only costs speed


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("questionnaire-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
