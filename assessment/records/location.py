"""Where the database lives when nobody says: `assessments.json` in the per-user data folder, also
when running from a checkout. Older versions kept it in the checkout's `data/`; it is moved once."""

import os
import shutil
from pathlib import Path

from filelock import FileLock, Timeout

from assessment.errors import UserError
from assessment.files.atomic import FILE_MODE, make_folder
from assessment.files.folders import data_folder

DB_NAME = "assessments.json"
ENV = "ASSESSMENT_DB"

_CHECKOUT = Path(__file__).resolve().parents[2]


def user_database() -> Path:
    try:
        return data_folder() / DB_NAME
    except RuntimeError:
        raise UserError("there is no home folder for the database; give one with --db PATH or "
                        "$ASSESSMENT_DB") from None


def default_path(given: str | os.PathLike[str] | None = None) -> Path:
    """`given` (from --db), else $ASSESSMENT_DB, else the per-user data folder."""
    if given is not None and not str(given).strip():
        raise UserError("the database path is empty")
    chosen = given or os.environ.get(ENV)
    if chosen:
        return Path(chosen).expanduser()
    return user_database()


def parts(index: Path) -> list[Path]:
    """The files and folders of the database whose index is `index`: records and backups first,
    the index last (a move stopped halfway leaves records that a missing index is rebuilt from)."""
    return [index.with_name(index.stem + ".records"), index.with_name(index.stem + ".backups"), index]


def move_checkout_database(old: Path | None = None, new: Path | None = None) -> str | None:
    """Move the database an older version kept in the checkout (`data/assessments.json` with its
    .records and .backups) to the per-user data folder, once. Returns what happened, for the user,
    or None when there is nothing to move. When both exist nothing is moved (and the user is told)."""
    old = old or _CHECKOUT / "data" / DB_NAME
    new = new or user_database()
    if not any(p.exists() for p in parts(old)) or old == new:
        return None
    if any(p.exists() for p in parts(new)):
        return (f"an older database is still in {old.parent}; the database is now {new} "
                "(bring its assessments over with export and import, then remove it)")
    lock = FileLock(f"{old}.lock", timeout=0, mode=FILE_MODE)
    try:
        lock.acquire()
    except Timeout:
        raise UserError("the database is in use by another assessment window or process; close "
                        "that first (it is about to move to the per-user data folder)", str(old)) from None
    try:
        make_folder(new.parent)
        for source, target in zip(parts(old), parts(new), strict=True):
            if source.exists():
                shutil.move(source, target)
    except OSError as exc:
        raise UserError(f"cannot move the database to {new} ({exc.strerror or exc}); nothing is lost: "
                        "what did not move is still here", str(old)) from None
    finally:
        lock.release()
    Path(f"{old}.lock").unlink(missing_ok=True)
    return f"the database moved from {old} to {new} (once: this is where it lives from now on)"
