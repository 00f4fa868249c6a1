"""Aggregating N exports, as a ratio to plain `json.load` of the same files (target <= 3x),
and the peak memory (VmHWM) of the whole command.

Usage: .venv/bin/python benchmarks/bench_aggregate.py [N] [--template EXPORT.json | --factory]
  N defaults to 10,000 one-assessment files. By default they are real exports: every golden scenario
  (tests/scenarios) is replayed and saved in a temporary database, exported, and its assessments
  replicated under new ids. --template uses the assessments of another export file instead;
  --factory the synthetic ones of tests/fixtures/export_factory.py (smaller, more, tinier objects).
Timing is CPU seconds, the best of 3 runs per measurement, warm file cache, in this process. Peak memory is the
peak resident set size of a fresh `assessment aggregate` process (and of a fresh process that
only json.loads the same files, for comparison).
"""

import argparse
import contextlib
import datetime as dt
import io
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))

import export_factory  # noqa: E402

from assessment.cli import main  # noqa: E402
from assessment.overview import render_csv, render_html, render_json, render_md  # noqa: E402
from assessment.overview.aggregate import overview_of  # noqa: E402

AS_OF = dt.date(2026, 11, 22)
RENDERERS = {"md": render_md.render, "html": render_html.render, "csv": render_csv.render,
             "json": render_json.render}


def golden_export(folder: Path) -> Path:
    """Every golden scenario replayed, saved and exported by the tool itself, as one export file."""
    database, export = folder / "golden.db", folder / "golden.json"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        for scenario in sorted((ROOT / "tests" / "scenarios").glob("*.yaml")):
            main(["--db", str(database), "run", "--answers", str(scenario), "--save",
                  "--as-of", AS_OF.isoformat()])
        if main(["--db", str(database), "export", "--all", "-o", str(export)]) != 0:
            raise SystemExit("could not export the golden scenarios; try --factory")
    return export


def from_template(template: Path, folder: Path, count: int) -> list[Path]:
    """`count` one-assessment exports made from the assessments in `template`, each with its own id."""
    document = json.loads(template.read_text(encoding="utf-8"))
    paths = []
    for i in range(count):
        assessment = dict(document["assessments"][i % len(document["assessments"])])
        assessment["id"] = hashlib.md5(f"a{i}".encode()).hexdigest()
        single = {**document, "export_id": hashlib.md5(f"e{i}".encode()).hexdigest(), "assessments": [assessment]}
        path = folder / f"m{i % 8}" / f"export_{i:05d}.json"
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(single, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def json_load_all(paths: list[Path]) -> None:
    for path in paths:
        with path.open("rb") as handle:
            json.load(handle)


def aggregate(folder: Path, fmt: str | None) -> None:
    overview = overview_of([str(folder)], as_of=AS_OF)
    if fmt:
        RENDERERS[fmt](overview, "nl")


def best(fn, *args) -> float:
    # CPU time of this process, best of 3: on a shared machine wall time mostly measures the others.
    times = []
    for _ in range(3):
        start = time.process_time()
        fn(*args)
        times.append(time.process_time() - start)
    return min(times)


def peak_rss_mb(code: str) -> float:
    """Peak RSS of a fresh interpreter running `code` (which must not print). VmHWM, not
    ru_maxrss: Linux carries ru_maxrss over from the forking parent, VmHWM starts anew at exec."""
    report = ("\nimport re\nstatus = open('/proc/self/status').read()\n"
              "print(re.search(r'VmHWM:\\s+(\\d+)', status).group(1))\n")
    done = subprocess.run([sys.executable, "-c", code + report], check=True, cwd=ROOT,
                          capture_output=True, text=True)
    return int(done.stdout.split()[-1]) / 1024  # KiB


def bench() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=10_000)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--template", type=Path)
    source.add_argument("--factory", action="store_true")
    options = parser.parse_args()
    count = options.count
    with tempfile.TemporaryDirectory() as work, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if options.factory:
            paths = export_factory.write_many(folder, count)
            print("assessments from tests/fixtures/export_factory.py")
        else:
            template = options.template or golden_export(Path(work))
            paths = from_template(template, folder, count)
            print(f"assessments replicated from {options.template or 'the golden scenarios, exported'}")
        size = sum(p.stat().st_size for p in paths)
        print(f"{count} export files, {size / count / 1024:.1f} KB each on average, "
              f"{size / 1024 / 1024:.0f} MB in all")
        json_load_all(paths)  # warm the file cache
        baseline = best(json_load_all, paths)
        print(f"json.load of every file:            {baseline:6.2f} s  (1.00x)  [CPU seconds]")
        read_only = best(aggregate, folder, None)
        print(f"read + validate + build overview:   {read_only:6.2f} s  ({read_only / baseline:.2f}x)")
        for fmt in RENDERERS:
            total = best(aggregate, folder, fmt)
            print(f"  ... and render {fmt:4}:             {total:6.2f} s  ({total / baseline:.2f}x)")
        baseline_rss = peak_rss_mb(
            "import json, pathlib\n"
            f"for p in sorted(pathlib.Path({tmp!r}).rglob('*.json')):\n"
            "    json.load(p.open('rb'))\n")
        command_rss = peak_rss_mb(
            "from assessment.cli import main\n"
            f"main(['aggregate', {tmp!r}, '--format', 'html', '-o', {tmp + '/overview.html'!r}, "
            f"'--as-of', {AS_OF.isoformat()!r}])")
        print(f"peak memory (VmHWM): json.load loop {baseline_rss:.0f} MB; "
              f"assessment aggregate --format html {command_rss:.0f} MB")


if __name__ == "__main__":
    bench()
