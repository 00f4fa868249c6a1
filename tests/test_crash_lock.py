"""kill -9 with the lock file deleted mid-session: a second writer gets in, yet no confirmed answer
is lost, because every save compares the revision on disk (issue 11, failure 3).

Two child processes drive sessions on the same record through pipes: each command is one line on
stdin, each result one line on stdout, so the parent always knows what was confirmed. No sleeps."""

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from assessment.records.store import Store
from tests.records_support import ROOT

ROUNDS = 20

CHILD = """
import sys
from assessment.app.session import Session
from assessment.questionnaire.loader import load
from assessment.records.store import RecordChanged, Store
from tests.records_support import INTAKE, pick

store = Store.open(sys.argv[1])
loaded = load(sys.argv[2])
session = None
print("open", flush=True)
for line in sys.stdin:
    command, *rest = line.split()
    if command == "start":
        session = Session.start(store, loaded, INTAKE)
        print("started", session.record_id, flush=True)
    elif command == "resume":
        session, _ = Session.resume(store, loaded, rest[0])
        print("resumed", len(session.walk.answers), flush=True)
    elif command == "back":
        try:
            session.back()
        except RecordChanged:
            print("refused", flush=True)
        else:
            print("withdrawn", flush=True)
    elif command == "answer":
        question = session.walk.current()
        try:
            session.answer(question.id, pick(question, int(rest[0])), note="n" * int(rest[1]))
        except RecordChanged:
            print("refused", flush=True)
        else:
            print("answered", question.id, flush=True)
"""


class Child:
    def __init__(self, db: Path, questionnaire: Path) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(questionnaire)], cwd=ROOT,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True)
        assert self.reply() == ["open"]

    def send(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def reply(self) -> list[str]:
        line = self.process.stdout.readline()
        if not line:
            pytest.fail(f"child stopped: {self.process.stderr.read()}")
        return line.split()

    def ask(self, line: str) -> list[str]:
        self.send(line)
        return self.reply()

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            stream.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_deleting_the_lock_file_loses_no_confirmed_answer(tmp_path: Path, branching) -> None:
    rng = random.Random(20261126)
    refused = 0
    for round_number in range(ROUNDS):
        db = tmp_path / f"db{round_number}.json"
        first = Child(db, branching.path)
        record_id = first.ask("start")[1]
        turn = 0  # the longest path of the branching questionnaire: six questions
        confirmed = [first.ask(f"answer {turn} {rng.randrange(3000)}")[1]]
        Path(f"{db}.lock").unlink()  # looks stale; someone removes it
        second = Child(db, branching.path)  # gets in: the writer lock no longer protects
        assert second.ask(f"resume {record_id}")[0] == "resumed"
        reply = first.ask(f"answer {turn} {rng.randrange(3000)}")
        if reply[0] == "answered":
            confirmed.append(reply[1])
        # The second writer holds an older revision now: withdrawing "its" last answer would
        # write over the first writer's answers, and must be refused.
        assert second.ask("back") == ["refused"]
        refused += 1
        first.send(f"answer {turn} {rng.randrange(3000)}")  # killed somewhere inside this save, or after it
        if rng.random() < 0.5:
            reply = first.reply()
            if reply[0] == "answered":
                confirmed.append(reply[1])
        first.kill()
        second.kill()
        with Store.open(db) as store:
            stored = [a.question_id for a in store.get(record_id).answers]
            assert stored[:len(confirmed)] == confirmed, f"round {round_number}: lost a confirmed answer"
    assert refused == ROUNDS
