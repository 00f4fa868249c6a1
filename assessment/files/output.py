"""Writing a file the user named (an export, a report, an overview): atomic for a regular file,
in place for a device or a pipe."""

from pathlib import Path

from assessment.files.atomic import write_atomic


def write_output(target: Path, data: bytes) -> None:
    """Write a user-named output file (export, report, overview). A regular or new file is
    replaced atomically; a device or pipe such as /dev/null or /dev/stdout is written in place,
    because replacing it would swap the device for a plain file."""
    if target.exists() and not target.is_file():
        if target.is_dir():
            raise IsADirectoryError(21, "is a folder; give a file name")
        with open(target, "wb") as handle:
            handle.write(data)
        return
    write_atomic(target, data)
