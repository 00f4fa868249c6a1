"""Shared helpers for the TUI and plain-mode tests: a fixed clock, the small test questionnaire,
and a way to wait until the app has finished its background work."""

import datetime as dt
from pathlib import Path

from assessment.questionnaire.shipped import load_default

FIXTURE = Path(__file__).parent / "fixtures" / "faces_questionnaire.yaml"
TODAY = dt.date(2026, 11, 22)
INTAKE_KEYS = {
    "system_name": "Kompas",
    "ministry": "BZK",
    "organisation": "Dienst Uitvoering",
}


def loaded():
    return load_default(FIXTURE)


def today() -> dt.date:
    return TODAY


async def settle(pilot) -> None:
    """Let workers finish and the screen catch up (no sleeps)."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
