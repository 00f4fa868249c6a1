"""Static validation: each check, its line, the counts, and the broken-file corpus."""

import re
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from assessment.cli import main
from assessment.questionnaire.loader import load
from assessment.questionnaire.model import END
from assessment.questionnaire.validate import count_paths, route_lengths, validate
from questionnaire_support import HEADER

BROKEN = sorted((Path(__file__).parent / "broken").glob("*.yaml"))


def q(qid: str, *rules: str, kind: str = "yes_no", extra: str = "") -> str:
    lines = [f"  - id: {qid}", "    section: s", f"    kind: {kind}",
             "    text: {nl: Vraag, en: Question}", "    help: {nl: Uitleg, en: Help}"]
    lines += [extra.rstrip("\n")] if extra else []
    lines += ["    next:"] + [f"      - {r}" for r in rules]
    return "\n".join(lines) + "\n"


MULTI = ("    options:\n      - {id: x, text: {nl: X, en: X}}\n      - {id: y, text: {nl: Y, en: Y}}\n"
         "      - {id: z, text: {nl: Z, en: Z}}\n")


def check(write_yaml, *questions: str) -> list[str]:
    problems, _ = validate(load(write_yaml(HEADER + "".join(questions)), use_cache=False))
    return [p.split(": ", 1)[1] for p in problems]


def test_clean_file_counts_sections_questions_options_and_paths(branching):
    problems, summary = validate(branching)
    assert problems == []
    assert (summary.sections, summary.questions, summary.options, summary.paths) == (2, 6, 10, 10)
    assert (summary.shortest, summary.longest) == (2, 6)  # kind-name .. kind-uses-profiling-started-name-remark


def test_shipped_questionnaires_are_clean():
    from assessment.questionnaire.loader import shipped

    assert shipped(), "no shipped questionnaire found"
    for path in shipped():
        problems, summary = validate(load(path))
        assert problems == [], problems
        assert summary.paths >= 1


def test_condition_may_read_its_own_question_and_guarded_reads(write_yaml):
    assert check(write_yaml,
                 q("a", '{when: {answer: a, is: "no"}, goto: c}', "goto: b"),
                 q("b", "goto: c"),
                 q("c", '{when: {all: [{answered: b}, {not: {answer: b, is: "no"}}]}, goto: end}',
                   '{when: {answer: c, in: ["yes"]}, goto: end}', "goto: end")) == []


def test_unguarded_read_is_flagged_even_inside_any_and_not(write_yaml):
    found = check(write_yaml,
                  q("a", '{when: {answer: a, is: "no"}, goto: c}', "goto: b"),
                  q("b", "goto: c"),
                  q("c", '{when: {any: [{answered: a}, {not: {answer: b, is: "no"}}]}, goto: end}', "goto: end"))
    assert found == ["c: condition reads b, which is not answered on every path to c "
                     "(use 'answered' to test for it)"]


def test_answered_on_every_path_through_a_diamond_is_fine(write_yaml):
    # a -> (b | c) -> d: 'a' dominates d, b does not.
    rules_d = ('{when: {answer: a, is: "no"}, goto: end}', "goto: end")
    assert check(write_yaml, q("a", '{when: {answer: a, is: "no"}, goto: c}', "goto: b"),
                 q("b", "goto: d"), q("c", "goto: d"), q("d", *rules_d)) == []


@pytest.mark.parametrize("kind, condition, fragment", [
    ("multiple", "{answer: a, contains_any: [x]}", None),
    ("multiple", "{answer: a, contains_all: [x, y]}", None),
    ("multiple", "{answer: a, in: [x]}", "'in' needs a single-choice or yes/no question, a is multiple"),
    ("yes_no", '{answer: a, contains_all: ["yes"]}', "'contains_all' needs a multiple-choice question"),
    ("text", '{answer: a, is: "yes"}', "'is' needs a single-choice or yes/no question, a is text"),
    ("date", "{answered: a}", None),
    ("multiple", "{answer: a, contains_any: [x, w]}", "condition names unknown option 'w' of a"),
])
def test_condition_forms_must_fit_the_kind_they_read(write_yaml, kind, condition, fragment):
    extra = MULTI if kind == "multiple" else ""
    found = check(write_yaml, q("a", "goto: b", kind=kind, extra=extra),
                  q("b", f"{{when: {condition}, goto: end}}", "goto: end"))
    if fragment is None:
        assert found == []
    else:
        assert len(found) == 1 and fragment in found[0]


def test_cyclic_file_reports_zero_paths(write_yaml):
    loaded = load(write_yaml(HEADER + q("a", "goto: b") + q("b", '{when: {answer: b, is: "no"}, goto: a}',
                                                             "goto: end")), use_cache=False)
    problems, summary = validate(loaded)
    assert summary.paths == 0 and any("cycle back to a" in p for p in problems)


def test_problems_are_sorted_by_line(write_yaml):
    found, _ = validate(load(write_yaml(HEADER + q("a", "goto: nowhere") + q("b", "goto: end")),
                             use_cache=False))
    lines = [int(p.split(":")[1]) for p in found]
    assert lines == sorted(lines) and len(found) >= 2


# counting paths without enumerating them ----------------------------------------------------------

def _enumerate(node: str, succ: dict[str, tuple[str, ...]]) -> int:
    return 1 if node == END else sum(_enumerate(t, succ) for t in succ[node])


#: Targets per node of a random graph of up to 9 questions, read by `_acyclic`.
TARGETS = st.integers(1, 9).flatmap(lambda n: st.lists(
    st.lists(st.integers(0, n), min_size=1, max_size=3, unique=True), min_size=n, max_size=n))


def _acyclic(targets: list[list[int]]) -> dict[str, tuple[str, ...]]:
    # node i leads only forward (i < j < n); any other target means the end: the graph is acyclic
    n = len(targets)
    return {f"q{i}": tuple(dict.fromkeys(f"q{j}" if i < j < n else END for j in ts))
            for i, ts in enumerate(targets)}


@given(TARGETS)
def test_count_paths_equals_enumeration_on_random_acyclic_graphs(targets):
    succ = _acyclic(targets)
    assert count_paths("q0", succ) == _enumerate("q0", succ)


def _lengths(node: str, succ: dict[str, tuple[str, ...]]) -> list[int]:
    return [0] if node == END else [1 + n for t in succ[node] for n in _lengths(t, succ)]


@given(TARGETS)
def test_route_lengths_equal_enumeration(targets):
    succ = _acyclic(targets)
    lengths = _lengths("q0", succ)
    assert route_lengths("q0", succ) == (min(lengths), max(lengths))


def test_count_paths_is_polynomial_on_a_ladder():
    # 200 two-way forks in a row: 2**200 routes, counted instantly.
    succ = {f"q{i}": (f"q{i + 1}", f"r{i}") for i in range(200)}
    succ |= {f"r{i}": (f"q{i + 1}",) for i in range(200)}
    succ["q200"] = (END,)
    assert count_paths("q0", succ) == 2 ** 200


# the broken-file corpus ---------------------------------------------------------------------------

def expectations(path: Path) -> list[tuple[int, str]]:
    found = [(int(m[1]), m[2]) for m in re.finditer(r"^# expect: (\d+): (.+)$", path.read_text(), re.M)]
    assert found, f"{path.name} has no '# expect: LINE: fragment' comment"
    assert re.search(r"^# check: ", path.read_text(), re.M), f"{path.name} does not say what it checks"
    return found


def test_corpus_has_a_file_per_check():
    names = {p.stem for p in BROKEN}
    for required in ("duplicate_question_id", "duplicate_option_id", "goto_nothing", "unreachable", "cycle",
                     "dead_end", "condition_unknown_question", "condition_unknown_option",
                     "condition_not_on_every_path", "missing_en", "missing_nl", "non_canonical_ref",
                     "next_without_default"):
        assert required in names


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_file_exits_2_with_its_message_on_its_line(path, capsys):
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert "Traceback" not in "\n".join(err)
    for line, fragment in expectations(path):
        assert any(e.startswith(f"{path}:{line}: ") and fragment in e for e in err), (line, fragment, err)
    assert err[-1].startswith("assessment: ") and ("probleem gevonden" in err[-1] or "problemen gevonden" in err[-1])
