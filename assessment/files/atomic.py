"""Crash-safe file writes: a temp file in the same folder, fsync, os.replace, fsync the folder.

A kill at any moment leaves either the old file or the new one, never a mix. The only debris is a
temp file, which `clean_temp_files` removes when the database is next opened.
"""

import os
import secrets
from pathlib import Path

TEMP_SUFFIX = ".tmp"
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def fsync_folder(folder: Path) -> None:
    """Make a rename durable. Not every platform can open a folder (Windows): skip there."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(target: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Replace `target` with `data`, readable by its owner only. With sync_folder=False the caller
    must fsync the folder itself before it reports the write as done (batches do it once)."""
    temp = temp_name(target)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if sync_folder:
        fsync_folder(target.parent)


def make_folder(folder: Path) -> None:
    """Create `folder` and its missing parents, owner only whatever the umask; an existing folder
    keeps its mode."""
    missing = []
    while not folder.is_dir() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            if not created.is_dir():
                raise
            continue  # made by someone else meanwhile: theirs, left as it is
        os.chmod(created, FOLDER_MODE)  # mkdir's mode is masked by the umask


def clean_temp_files(folder: Path, stem: str = "*") -> list[Path]:
    """Remove temp files a killed writer left behind for files named `stem` (a glob). Call only
    while holding the lock."""
    removed = []
    if folder.is_dir():
        for path in folder.glob(f".{stem}.*{TEMP_SUFFIX}"):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
