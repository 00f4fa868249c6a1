"""kill -9 during saves never corrupts the database or loses a confirmed answer.

A child process answers questions as fast as it can and prints a line after each answer is
confirmed (Session.answer returned). The parent kills it with SIGKILL at a random confirmation, so
the child is somewhere inside its next write, then checks that the database opens, every record
loads, and every confirmed answer is there. No sleeps: the child's output is the clock.
"""

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from assessment.records.store import Store
from tests.records_support import ROOT

ROUNDS = 30

CHILD = """
import random, sys
from assessment.questionnaire.loader import load
from assessment.app.session import Session
from assessment.records.store import Store
from tests.records_support import INTAKE, pick

db, questionnaire, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(seed)
loaded = load(questionnaire)
with Store.open(db) as store:
    while True:
        session = Session.start(store, loaded, INTAKE)
        print("started", session.record_id, flush=True)
        turn = rng.randrange(8)
        while (question := session.walk.current()) is not None:
            note = "n" * rng.randrange(0, 4000)  # vary the size so torn writes would show
            session.answer(question.id, pick(question, turn), note=note)
            print("answered", session.record_id, question.id, len(note), flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_9_during_saves_loses_no_confirmed_answer(tmp_path: Path, branching) -> None:
    db = tmp_path / "db.json"
    rng = random.Random(20261122)
    confirmed: dict[str, list[tuple[str, int]]] = {}
    for round_number in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), str(branching.path), str(round_number)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        kill_after = rng.randrange(1, 25)
        seen = 0
        assert child.stdout is not None
        while seen < kill_after:
            line = child.stdout.readline()
            if not line:
                pytest.fail(f"child stopped by itself: {child.stderr.read() if child.stderr else ''}")
            kind, record_id, *rest = line.split()
            if kind == "started":
                confirmed[record_id] = []
            else:
                confirmed[record_id].append((rest[0], int(rest[1])))
            seen += 1
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        child.stderr.close()

        with Store.open(db) as store:  # opens: the lock died with the child, temp files are cleaned
            assert not list(store.records_dir.glob(".*.tmp"))
            store.summaries()  # every record file loads
            for record_id, answers in confirmed.items():
                stored = store.get(record_id).answers
                got = [(a.question_id, len(a.note)) for a in stored[:len(answers)]]
                assert got == answers, f"round {round_number}: record {record_id} lost answers"
    assert sum(len(a) for a in confirmed.values()) > ROUNDS  # the loop really exercised saves
