"""Aggregating N exports, as a ratio to plain `json.load` of the same files (target <= 3x),
and the peak memory (VmHWM) of the whole command.

Usage: .venv/bin/python benchmarks/bench_aggregate.py [N]   (default 10,000 one-assessment files)
Timing is the best of 3 runs per measurement, warm file cache, in this process. Peak memory is the
peak resident set size of a fresh `assessment aggregate` process (and of a fresh process that
only json.loads the same files, for comparison).
"""

import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))

import export_factory  # noqa: E402

from assessment.overview import render_csv, render_html, render_json, render_md  # noqa: E402
from assessment.overview.aggregate import overview_of  # noqa: E402

AS_OF = dt.date(2026, 11, 22)
RENDERERS = {"md": render_md.render, "html": render_html.render, "csv": render_csv.render,
             "json": render_json.render}


def json_load_all(paths: list[Path]) -> None:
    for path in paths:
        with path.open("rb") as handle:
            json.load(handle)


def aggregate(folder: Path, fmt: str | None) -> None:
    overview = overview_of([str(folder)], as_of=AS_OF)
    if fmt:
        RENDERERS[fmt](overview, "nl")


def best(fn, *args) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def peak_rss_mb(code: str) -> float:
    """Peak RSS of a fresh interpreter running `code` (which must not print). VmHWM, not
    ru_maxrss: Linux carries ru_maxrss over from the forking parent, VmHWM starts anew at exec."""
    report = ("\nimport re\nstatus = open('/proc/self/status').read()\n"
              "print(re.search(r'VmHWM:\\s+(\\d+)', status).group(1))\n")
    done = subprocess.run([sys.executable, "-c", code + report], check=True, cwd=ROOT,
                          capture_output=True, text=True)
    return int(done.stdout.split()[-1]) / 1024  # KiB


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = export_factory.write_many(folder, count)
        size = sum(p.stat().st_size for p in paths)
        print(f"{count} export files, {size / count / 1024:.1f} KB each on average, "
              f"{size / 1024 / 1024:.0f} MB in all")
        json_load_all(paths)  # warm the file cache
        baseline = best(json_load_all, paths)
        print(f"json.load of every file:            {baseline:6.2f} s  (1.00x)")
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
        print(f"peak memory (max RSS): json.load loop {baseline_rss:.0f} MB; "
              f"assessment aggregate --format html {command_rss:.0f} MB")


if __name__ == "__main__":
    main()
