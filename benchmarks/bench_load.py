"""How long loading a questionnaire takes: full YAML load vs. the per-user cache.

Prints, per shipped questionnaire and for a synthetic ~200 KB one (the size the content grows to):
the full load (ruamel round-trip parse + pydantic validation, no cache), the first load with an
empty cache (full load + writing the entry), and a cached load (JSON + pydantic), as the median of
N runs in milliseconds, plus the speed-up ratio; then what a fresh interpreter pays to import the
loader and load the shipped questionnaire from the cache. A temporary cache folder is used, never
the user's.

    .venv/bin/python benchmarks/bench_load.py [N]
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def synthetic(n_questions: int) -> str:
    """A valid questionnaire with realistic texts (~1.3 KB per question)."""
    lines = ['id: synthetic', 'version: "1"', 'title: {nl: "Synthetisch", en: "Synthetic"}',
             'legal_as_of: 2026-11-22', 'sections:', '  - {id: s, title: {nl: Deel, en: Part}}',
             'questions:']
    help_nl = "Een uitleg in gewone woorden die de ambtenaar helpt de vraag goed te beantwoorden. " * 2
    help_en = "An explanation in plain words that helps the officer answer the question well. " * 2
    for i in range(n_questions):
        nxt = f"q{i + 1}" if i + 1 < n_questions else "end"
        skip = f"q{i + 2}" if i + 2 < n_questions else "end"
        lines += [
            f"  - id: q{i}", "    section: s", "    kind: single",
            f'    text: {{nl: "Vraag {i}: geldt dit voor het systeem?", en: "Question {i}: does this apply?"}}',
            f'    help: {{nl: "{help_nl}", en: "{help_en}"}}',
            '    refs: ["AI Act art. 6(2)", "AI Act Annex III 5(b)"]',
            "    options:",
            '      - {id: a, text: {nl: "Ja, dat is zo", en: "Yes, it is"}, refs: ["AI Act art. 5(1)(c)"]}',
            '      - {id: b, text: {nl: "Nee, dat is niet zo", en: "No, it is not"}}',
            '      - {id: c, text: {nl: "Weet ik niet", en: "Don\'t know"}, unknown: true}',
            "    next:",
            f"      - {{when: {{answer: q{i}, is: a}}, goto: {skip}}}",
            f"      - {{when: {{any: [{{answer: q{i}, is: b}}, {{not: {{answer: q{i}, in: [a, c]}}}}]}}, goto: {nxt}}}",
            f"      - goto: {nxt}",
        ]
    return "\n".join(lines) + "\n"


def median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ASSESSMENT_CACHE_DIR"] = str(Path(tmp) / "cache")
        from assessment.questionnaire import cache
        from assessment.questionnaire.loader import load, shipped

        big = Path(tmp) / "synthetic-200kb.yaml"
        big.write_text(synthetic(200), encoding="utf-8")
        print(f"questionnaire load, median of {runs} runs (ms)")
        print(f"{'file':<28}{'KB':>6}{'full':>9}{'first':>9}{'cached':>9}{'ratio':>8}")
        for path in [*shipped(), big]:
            full = median_ms(lambda: load(path, use_cache=False), runs)

            def first() -> None:
                for entry in Path(cache.cache_dir()).glob("questionnaire-*.json"):
                    entry.unlink()
                load(path)

            first_ms = median_ms(first, runs)
            cached = median_ms(lambda: load(path), runs * 3)
            print(f"{path.name:<28}{path.stat().st_size / 1024:>6.0f}{full:>9.1f}{first_ms:>9.1f}"
                  f"{cached:>9.1f}{full / cached:>7.0f}x")
        inside, whole = fresh_process_ms(runs)
        print(f"fresh process, cached: imports + load_default() {inside:.1f} ms; "
              f"whole interpreter run {whole:.1f} ms")


def fresh_process_ms(runs: int) -> tuple[float, float]:
    """A new interpreter importing the loader and loading the shipped questionnaire from the cache,
    against a new interpreter doing nothing: what a start of the tool pays for its questionnaire."""
    import subprocess

    code = ("import time; t = time.perf_counter(); from assessment.questionnaire.shipped import load_default; "
            "load_default(); print((time.perf_counter() - t) * 1000)")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)  # fills the cache
    inside = [float(subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True,
                                   text=True).stdout) for _ in range(runs)]
    whole = median_ms(lambda: subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                                             capture_output=True), runs)
    return statistics.median(inside), whole


if __name__ == "__main__":
    main()
