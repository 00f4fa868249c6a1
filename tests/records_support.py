"""Helpers for the records, export, import and report tests."""

import json
import os
import subprocess
import sys
from pathlib import Path

from assessment.engine.walk import Walk
from assessment.intake import Intake
from assessment.questionnaire.model import Kind, Question

ROOT = Path(__file__).resolve().parents[1]

HOSTILE = ("Naam *vet* [link](javascript:alert(1)) <script>alert('x')</script> & \"q\" `c` | \\ "
           "# kop\n- lijst\n\ttab \x1b[31mrood\x1b[0m \u202eomgekeerd\u202c \x00nul é ✓ 🤖")
"""Free text an officer might type (or paste): markup of every kind, controls, bidi, non-ASCII."""

INTAKE = Intake(ministry="BZK", organisation="Dienst Uitvoering", organisation_type="uitvoeringsorganisatie",
                system_name="Fraudesignalering", status="in_use", function=HOSTILE)


def pick(question: Question, turn: int = 0) -> object:
    """A valid answer, varying with `turn` so different paths are taken."""
    if question.kind == Kind.TEXT:
        return f"antwoord {turn}"
    if question.kind == Kind.DATE:
        return "2026-01-15"
    usable = [o for o in question.options if not o.exclusive] or list(question.options)
    chosen = usable[turn % len(usable)]
    return [chosen.id] if question.kind == Kind.MULTIPLE else chosen.id


def run_to_end(session, turn: int = 0, note: str = "") -> None:
    """Answer the session's current question until the walk is complete."""
    for _ in range(500):
        question = session.walk.current()
        if question is None:
            return
        session.answer(question.id, pick(question, turn), note=note, flagged=turn % 2 == 1)
    raise AssertionError("the walk did not end")


def walk_to_end(walk: Walk, turn: int = 0) -> Walk:
    while (question := walk.current()) is not None:
        walk = walk.answer(question.id, pick(question, turn))
    return walk


def cli(*args: str, db: Path, stdin: str | None = None, lang: str | None = None) -> subprocess.CompletedProcess:
    """Run the real command line in a subprocess (no TTY)."""
    env = {**os.environ, "ASSESSMENT_DB": str(db)}
    env.pop("ASSESSMENT_LANG", None)
    if lang:
        env["ASSESSMENT_LANG"] = lang
    return subprocess.run([sys.executable, "-m", "assessment", *args], capture_output=True, text=True,
                          env=env, input=stdin if stdin is not None else "", cwd=ROOT, timeout=120)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` and its bytes, to prove nothing was written."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def stored_json(store, record_id: str) -> dict:
    """The record as it is on disk right now, read past every cache."""
    return json.loads(store.file_of(record_id).read_text("utf-8"))["record"]["1"]
