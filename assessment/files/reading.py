"""Reading a file a user names (an export, an answers file, a folder of exports): regular files
only, and never more than a limit.

A device such as /dev/zero or /dev/urandom never ends, a FIFO blocks until someone writes, a
socket is no file at all: reading one would exhaust memory or hang while holding the database.
The file is opened without blocking and without becoming our terminal, then `fstat` of the open
descriptor (not of the name, which could be swapped in between) decides whether it is read.
"""

import os
import stat
from dataclasses import dataclass

_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
          | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


@dataclass
class FileRefused(Exception):
    """Why a file was not read. `kind`: not_regular, too_large or unreadable."""

    kind: str
    reason: str

    def __str__(self) -> str:
        return self.reason


def _what(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them; FileRefused otherwise."""
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        raise FileRefused("unreadable", f"cannot read file ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused("not_regular", f"{_what(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise FileRefused("too_large", _too_large(limit))
        # Ask for the size fstat gave (read(n) allocates n bytes up front), then for any growth.
        chunks, total, want = [], 0, info.st_size + 1
        while True:
            chunk = os.read(fd, min(want, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise FileRefused("too_large", _too_large(limit))
            want = 1024 * 1024
        return b"".join(chunks)
    except OSError as exc:
        raise FileRefused("unreadable", f"cannot read file ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _too_large(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"file too large (more than {limit // (1024 * 1024)} MB)"
    return f"file too large (more than {limit // 1024} KB)"

