"""Output files named by the user: atomic for regular files, written in place for pipes/devices."""

import os
import stat
import threading

import pytest

from assessment.files.output import write_output


def test_a_regular_file_is_replaced_whole_and_owner_only(tmp_path):
    target = tmp_path / "export.json"
    target.write_text("old")
    write_output(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]


def test_a_pipe_is_written_in_place_not_replaced_by_a_file(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_output(fifo, b"overview")
    reader.join()
    assert received == [b"overview"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(IsADirectoryError):
        write_output(tmp_path, b"x")
