"""A TinyDB Storage for small files that is crash-safe and does not re-read what it wrote.

The stock JSONStorage rewrites one ever-growing file in place and can leave it corrupt when killed.
This one writes each small file atomically (see `atomic`), and keeps the last state in memory: the
store holds the only writer lock, so nobody else can change the file underneath.
"""

import json
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from assessment.errors import UserError
from assessment.files.atomic import write_atomic

Data = dict[str, dict[str, Any]]


class CorruptDatabase(UserError):
    """A database file that cannot be read. It is left exactly as it is."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"cannot read the database ({why}); the file was left untouched: "
                         "restore it from a backup or move it away", str(path))
        self.path = path
        self.why = why


def read_json_file(path: Path) -> Data | None:
    """The parsed file, None when it does not exist, CorruptDatabase when it is unreadable."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CorruptDatabase(path, exc.strerror or str(exc)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise CorruptDatabase(path, "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise CorruptDatabase(path, f"invalid JSON at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise CorruptDatabase(path, "nested too deeply") from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise CorruptDatabase(path, "not a table of documents")
    return data


class AtomicJSONStorage(Storage):
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._cache: Data | None = None
        self._loaded = False
        self.sync_folder = True
        """False only inside a batch that fsyncs the folder once at its end (see Store.save_many)."""

    def read(self) -> Data | None:
        if not self._loaded:
            self._cache = read_json_file(self.path)
            self._loaded = True
        # TinyDB mutates what it gets: hand out a copy so a failed write cannot leave a wrong cache.
        return None if self._cache is None else json.loads(json.dumps(self._cache))

    def write(self, data: Data) -> None:
        encoded = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        write_atomic(self.path, encoded, sync_folder=self.sync_folder)
        self._cache = json.loads(encoded)
        self._loaded = True


def open_tinydb(path: Path) -> TinyDB:
    db = TinyDB(path, storage=AtomicJSONStorage)
    db.storage.read()  # fail now, naming the file, if it is unreadable
    return db
