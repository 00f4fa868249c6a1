"""How quick and how big the full-screen face is. Prints figures; asserts nothing.

1. Start-up: process start to the first interactive screen (the home list, filled from the
   database), in a real pseudo-terminal at 80x24, as a ratio to a bare Textual app started the
   same way (`python -c ...` vs `python -m assessment`). Median of several runs each.
2. Answer to next question rendered, headless (App.run_test), over a long route through the
   shipped questionnaire with real saving: p50 and p95.
3. Peak RSS of a complete headless run (a fresh process: intake, every question, result).

Run: .venv/bin/python benchmarks/bench_tui.py [--runs N]
"""

import argparse
import os
import pty
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = """
from textual.app import App
from textual.widgets import Footer, Header, Static
class Bare(App):
    def compose(self):
        yield Header()
        yield Static("bare app ready")
        yield Footer()
Bare().run()
"""


def time_to_marker(argv: list[str], markers: tuple[bytes, ...], env: dict[str, str]) -> float:
    """Seconds from spawning `argv` in an 80x24 pty until one of `markers` appears; then Ctrl+Q."""
    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT,
                            close_fds=True)
    os.close(slave)
    seen = b""
    elapsed = float("nan")
    deadline = start + 30
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            seen += chunk
            if any(marker in seen for marker in markers):
                elapsed = time.perf_counter() - start
                break
    os.write(master, b"\x11")  # ctrl+q
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 1)
            if not ready or not os.read(master, 65536):
                break
    except OSError:
        pass
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    os.close(master)
    return elapsed


def startup(runs: int) -> None:
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
    env.pop("NO_COLOR", None)
    python = sys.executable
    bare, frame, filled = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        env["ASSESSMENT_DB"] = str(Path(folder) / "a.json")
        for _ in range(runs):  # interleaved, so drift on a noisy machine hits both alike
            bare.append(time_to_marker([python, "-c", BARE], (b"bare app ready",), env))
            # First frame: the home screen with its keys, the list still loading (or already there).
            frame.append(time_to_marker([python, "-m", "assessment"], (b"Laden", b"Nog geen beoordelingen"), env))
            filled.append(time_to_marker([python, "-m", "assessment"], (b"Nog geen beoordelingen",), env))
    b, f, o = statistics.median(bare), statistics.median(frame), statistics.median(filled)
    print(f"start-up (median of {runs}, 80x24 pty): bare Textual app {b * 1000:.0f} ms")
    print(f"  assessment home, first frame (keys live)  {f * 1000:.0f} ms  ratio {f / b:.2f}x (target <= 1.5x)")
    print(f"  assessment home, list read from the store {o * 1000:.0f} ms  ratio {o / b:.2f}x")


def longest_route_keys(questionnaire, given=None):
    """Per question the keys that choose the option leading to the longest remaining path; the
    questions the intake answers (`given`, as the app takes them from the details) are not asked."""
    from assessment.engine.prefill import fill
    from assessment.engine.walk import Walk
    from assessment.questionnaire.model import Kind

    given = given or {}
    walk, keys = fill(Walk(questionnaire), given), []
    while (question := (walk := fill(walk, given)).current()) is not None:
        if question.kind == Kind.TEXT:
            keys.append([*"Toelichting", "enter"])
            walk = walk.answer(question.id, "Toelichting")
            continue
        if question.kind == Kind.DATE:
            keys.append([*"2025-01-01", "enter"])
            walk = walk.answer(question.id, "2025-01-01")
            continue
        best = None
        for index, option in enumerate(question.options[:9]):  # digits reach the first nine
            value = (option.id,) if question.kind == Kind.MULTIPLE else option.id
            after = walk.answer(question.id, value)
            length = after.progress().remaining_max
            if best is None or length > best[0]:
                best = (length, index, after)
        _, index, walk = best
        keys.append([str(index + 1), "enter"])  # a digit moves (single) or ticks (multiple)
    return keys


async def headless_walk() -> tuple[list[float], int]:
    import datetime as dt

    from assessment.faces.tui.app import make_app
    from assessment.questionnaire.shipped import load_default

    from assessment.app.intake_links import load_links
    from assessment.intake import Intake

    loaded = load_default()
    details = {"system_name": "Bench", "ministry": "BZK", "organisation": "DUO",
               "organisation_type": "agentschap", "status": "in_use"}
    given = load_links().given(Intake(**{k: v for k, v in details.items() if k != "ministry"}))
    route = longest_route_keys(loaded.questionnaire, given)
    timings: list[float] = []
    saves: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        app = make_app(db=str(Path(folder) / "a.json"), loaded=loaded, start="new", blink=False,
                       today=lambda: dt.date(2026, 11, 22), export_dir=Path(folder))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            screen = app.screen
            for name, value in details.items():
                screen.query_one(f"#field-{name}").value = value
            await pilot.press("ctrl+s")
            await pilot.pause()
            # "Rendered" is the first frame the app writes after the question screen has shown
            # the next question; Pilot's own idle waiting afterwards is not counted.
            frames: list[float] = []
            shown: list[float] = []
            display = app._display
            app._display = lambda *a, **k: (display(*a, **k), frames.append(time.perf_counter()))
            screen_show = app.screen.show
            app.screen.show = lambda *a, **k: (screen_show(*a, **k), shown.append(time.perf_counter()))
            session_answer = app.session.answer

            def timed_answer(*a, **k):
                begin = time.perf_counter()
                session_answer(*a, **k)
                saves.append(time.perf_counter() - begin)

            app.session.answer = timed_answer
            for keys in route:
                await pilot.press(*keys[:-1])  # choosing or typing; only the confirming Enter is timed
                shown.clear()
                start = time.perf_counter()
                await pilot.press(keys[-1])
                await pilot.pause()
                if shown:  # the last answer opens the review instead
                    timings.append(next(f for f in frames if f >= shown[0]) - start)
            await app.workers.wait_for_complete()
            await pilot.press("c")
            await pilot.pause()
            answered = len(app.session.walk.answers)
    return timings, saves, answered


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    p50 = ordered[len(ordered) // 2]
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"


def walk_child() -> None:
    import asyncio
    import resource

    timings, saves, answered = asyncio.run(headless_walk())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"answer to next question rendered, headless, {answered} answers: {percentiles(timings)} "
          f"(target p95 <= 50 ms)")
    print(f"  of which saving the answer (Session.answer: classify, write, fsync): {percentiles(saves)}")
    print(f"peak RSS of a complete headless run: {peak:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--walk-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.walk_child:
        walk_child()
        return
    startup(args.runs)
    subprocess.run([sys.executable, __file__, "--walk-child"], check=True, cwd=ROOT)


if __name__ == "__main__":
    main()
