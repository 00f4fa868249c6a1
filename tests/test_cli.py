"""The command line: global options anywhere, `validate`, `run`, and one-line user errors (exit 2)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from assessment.cli import main
from assessment.cli.parser import build_parser, env_db, lang

ROOT = Path(__file__).resolve().parents[1]
BRANCHING = ROOT / "tests" / "data" / "branching.yaml"


def run(*argv: str, capsys) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def answers(write_yaml, text: str, name: str = "answers.yaml") -> str:
    return str(write_yaml(text, name))


def replay(*extra: str) -> list[str]:
    return ["run", "--questionnaire", str(BRANCHING), "--as-of", "2026-11-22", *extra]


# global options --------------------------------------------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["--db", "x.json", "--lang", "en", "run", "--answers", "a.yaml"],
    ["run", "--answers", "a.yaml", "--db", "x.json", "--lang", "en"],
    ["--db", "x.json", "run", "--lang", "en", "--answers", "a.yaml"],
])
def test_global_options_before_or_after_the_command(argv, monkeypatch):
    monkeypatch.delenv("ASSESSMENT_DB", raising=False)
    monkeypatch.delenv("ASSESSMENT_LANG", raising=False)
    args = build_parser().parse_args(argv)
    assert (env_db(args), lang(args), args.command) == ("x.json", "en", "run")


def test_defaults_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("ASSESSMENT_DB", "/tmp/env.json")
    monkeypatch.delenv("ASSESSMENT_LANG", raising=False)
    args = build_parser().parse_args(["validate"])
    assert env_db(args) == "/tmp/env.json" and lang(args) == "nl"
    assert env_db(build_parser().parse_args(["validate", "--db", "cli.json"])) == "cli.json"


def test_lang_after_the_command_changes_the_output(write_yaml, capsys):
    file = answers(write_yaml, "answers:\n  kind: public\n")
    _, nl, _ = run(*replay("--answers", file), capsys=capsys)
    _, en_after, _ = run(*replay("--answers", file, "--lang", "en"), capsys=capsys)
    _, en_before, _ = run("--lang", "en", *replay("--answers", file), capsys=capsys)
    assert "Volgende vraag: uses" in nl
    assert "Next question: uses" in en_after and en_after == en_before


# validate --------------------------------------------------------------------------------------------

def test_validate_prints_counts_and_exits_0(capsys):
    code, out, err = run("validate", str(BRANCHING), capsys=capsys)
    assert code == 0 and err == ""
    assert out.strip() == (f"{BRANCHING}: in orde: 2 onderdelen, 6 vragen, 10 opties, 10 verschillende volledige "
                           "paden van 2 tot 6 vragen")


def test_validate_without_files_checks_the_shipped_ones(capsys):
    code, out, _ = run("validate", capsys=capsys)
    assert code == 0 and "ai-verordening.yaml: in orde:" in out


def test_validate_reports_every_file_and_exits_2(capsys, tmp_path):
    code, out, err = run("validate", str(BRANCHING), str(tmp_path / "missing.yaml"),
                         str(ROOT / "tests" / "broken" / "cycle.yaml"), capsys=capsys)
    assert code == 2 and "branching.yaml: in orde" in out
    assert f"{tmp_path / 'missing.yaml'}: cannot read file" in err and "cycle.yaml:22: b: cycle back to a" in err
    assert err.splitlines()[-1] == "assessment: 2 problemen gevonden"


# run -------------------------------------------------------------------------------------------------

def test_run_prints_the_next_question(write_yaml, capsys):
    code, out, _ = run(*replay("--answers", answers(write_yaml, "answers:\n  kind: public\n  uses: [x]\n")),
                       capsys=capsys)
    assert code == 0 and out.splitlines()[0].startswith("Volgende vraag: profiling: ")


def test_run_prints_the_end_of_the_path(write_yaml, capsys):
    file = answers(write_yaml, "answers:\n  kind: company\n  name: Toeslagen\n")
    code, out, _ = run(*replay("--answers", file, "--lang", "en"), capsys=capsys)
    assert code == 0 and out.splitlines()[0] == "End of the path reached."


def test_run_json_parses(write_yaml, capsys):
    file = answers(write_yaml, '{"answers": {"kind": "company", "name": "Toeslagen"}}', "answers.json")
    code, out, _ = run(*replay("--answers", file, "--json"), capsys=capsys)
    document = json.loads(out)
    assert code == 0 and document["complete"] is True and document["questionnaire_id"] == "branching"


def test_run_notes_answers_off_the_path(write_yaml, capsys):
    file = answers(write_yaml, "answers:\n  kind: company\n  uses: [x]\n  name: N\n")
    code, _, err = run(*replay("--answers", file), capsys=capsys)
    assert code == 0 and "niet op het pad liggen (genegeerd): uses" in err


def test_run_expect_block_is_ignored(write_yaml, capsys):
    file = answers(write_yaml, "answers:\n  kind: company\nexpect:\n  risk_class: null\n  anything: 1\n")
    assert run(*replay("--answers", file), capsys=capsys)[0] == 0


@pytest.mark.parametrize("text, message", [
    ("answers:\n  kind: public\n  uses: [w]\n", "answers.yaml:3: no option 'w'"),
    ("answers:\n  kind: public\n  ghost: x\n", "answers.yaml:3: no question 'ghost' in branching"),
    ("answers:\n  kind: [public, company]\n", "answers.yaml:2: give one answer, not a list"),
    ("answers:\n  kind: 3\n", "answers.yaml:2: answer to kind must be an option id"),
    ("answers: [kind]\n", "answers.yaml:1: 'answers' must be a mapping"),
    ("kind: public\n", "answers.yaml:1: an answers file is a mapping with an 'answers:' block"),
    ("answers:\n  kind: public\nextra: 1\n", "answers.yaml:3: unknown key 'extra'"),
    ("answers:\n  kind: public\n  kind: company\n", "answers.yaml:3: invalid YAML:"),
    ("answers: {kind: public\n", "answers.yaml:2: invalid YAML:"),
    ("questionnaire: other\nanswers: {}\n", "answers.yaml:1: written for questionnaire 'other'"),
    ("answers:\n  kind: company\n  name: '  '\n", "answers.yaml:3: an answer is required"),
])
def test_bad_answers_files_give_one_line_and_exit_2(write_yaml, capsys, text, message):
    file = answers(write_yaml, text)
    code, out, err = run(*replay("--answers", file), capsys=capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("assessment: ") and message in err, err


def test_missing_answers_file_and_bad_as_of(tmp_path, write_yaml, capsys):
    code, _, err = run(*replay("--answers", str(tmp_path / "none.yaml")), capsys=capsys)
    assert code == 2 and err == f"assessment: {tmp_path / 'none.yaml'}: cannot read file (No such file or directory)\n"
    file = answers(write_yaml, "answers: {}\n")
    code, _, err = run("run", "--answers", file, "--as-of", "22-11-2026", capsys=capsys)
    assert code == 2 and err == "assessment: --as-of: '22-11-2026' is geen datum (JJJJ-MM-DD)\n"


# as a user runs it: a real process, no tracebacks --------------------------------------------------

def cli(*argv: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assessment", *argv], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={**os.environ, **(env or {})})


def test_process_user_errors_are_one_line_without_traceback(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("answers:\n  is_algorithm: [\n")
    for argv in (["run", "--answers", str(bad)], ["run"], ["--lang", "fr", "validate"],
                 ["validate", str(ROOT / "tests" / "broken" / "missing_en.yaml")]):
        result = cli(*argv)
        assert result.returncode == 2, (argv, result.stderr)
        assert "Traceback" not in result.stderr and result.stdout == ""
    assert cli("run", "--answers", str(bad)).stderr.count("\n") == 1


def test_process_run_with_env_db_and_the_shipped_questionnaire(tmp_path):
    file = tmp_path / "a.json"
    file.write_text('{"answers": {}}')
    result = cli("run", "--answers", str(file), "--lang", "en", env={"ASSESSMENT_DB": str(tmp_path / "db.json")})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Next question: ")
    assert not (tmp_path / "db.json").exists()  # run without --save writes nothing


GOOD_ANSWERS = """\
answers:
  kind: public
  uses: [x]
  profiling: "yes"
  started: 2024-01-01
  name: Toeslagen
notes:
  kind: volgens de eigenaar
intake:
  system_name: Toeslagen
"""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mangled_answers_files_exit_0_or_2_never_crash(data, tmp_path, capsys):
    lines = GOOD_ANSWERS.splitlines()
    for _ in range(data.draw(st.integers(1, 3), label="edits")):
        i = data.draw(st.integers(0, len(lines) - 1), label="line")
        junk = data.draw(st.one_of(st.sampled_from(["", "-", ":", "[", "{}", "~", "2024-02-30", "[1, 2]",
                                                    "true", "12", "&a", "*a", "{a: 1}"]),
                                   st.text(max_size=6)), label="junk")
        words = lines[i].split() or [""]
        lines[i] = lines[i].replace(data.draw(st.sampled_from(words), label="word"), junk, 1)
    path = tmp_path / "mangled.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    code = main(replay("--answers", str(path)))
    err = capsys.readouterr().err
    assert code in (0, 2)
    if code == 2:
        assert err.startswith("assessment: ") and err.count("\n") == 1, err


def test_validate_a_folder_checks_its_yaml_files(capsys, tmp_path):
    code, out, _ = run("validate", str(BRANCHING.parent), capsys=capsys)
    assert code == 0 and "branching.yaml: in orde" in out
    code, _, err = run("validate", str(tmp_path), capsys=capsys)
    assert code == 2 and err == "assessment: geen vragenlijstbestanden gevonden\n"


@pytest.mark.parametrize(("value", "message"), [
    ("maart 2026", "intake.in_service_on: expected a date (YYYY-MM-DD) or 'unknown'"),
    ("soms", "intake.significant_change_on: expected a date (YYYY-MM-DD) or 'unknown' or 'none'"),
])
def test_a_lifecycle_date_that_is_no_date_is_one_clear_line(tmp_path, capsys, value, message):
    field = message.split(":")[0].removeprefix("intake.")
    path = tmp_path / "a.yaml"
    path.write_text(f"intake:\n  status: in_use\n  {field}: {value}\nanswers:\n  is_algorithm: 'no'\n",
                    encoding="utf-8")
    assert main(["run", "--answers", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"a.yaml:3: {message}" in err and "Traceback" not in err



def test_list_and_show_mark_a_provisional_result(tmp_path, capsys):
    from assessment.cli import main

    answers = ROOT / "tests" / "scenarios" / "unknown_answers_provisional.yaml"
    db = str(tmp_path / "db.json")
    assert main(["--db", db, "run", "--answers", str(answers), "--save"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "--lang", "nl", "list"]) == 0
    assert "(voorlopig)" in capsys.readouterr().out


def test_show_ends_with_the_whole_outcome_as_the_report_gives_it(tmp_path, capsys):
    from assessment.cli import main

    answers = ROOT / "tests" / "scenarios" / "benefits_eligibility_5a.yaml"
    db = str(tmp_path / "db.json")
    assert main(["--db", db, "run", "--answers", str(answers), "--save"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "--lang", "nl", "list"]) == 0
    record_id = capsys.readouterr().out.splitlines()[1].split()[0]  # under the header row
    assert main(["--db", db, "--lang", "nl", "show", record_id]) == 0
    out = capsys.readouterr().out
    assert "Uitkomst op " in out and "In het kort" in out and "Vervolgstappen" in out
    assert out.index("Antwoorden:") < out.index("In het kort")
    assert "Niet gevraagd" in out and "nu al aan de orde: AI-geletterdheid" in out
