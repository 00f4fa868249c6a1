"""Reading export sets: folders, broken files, mixed schema versions, duplicates, exit codes."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from fixtures import export_factory as f

from assessment.cli import main
from assessment.intake import SystemStatus
from assessment.overview import collect as collect_module
from assessment.overview.collect import collect
from assessment.overview.duplicates import resolve
from assessment.transfer import document as doc_module
from assessment.transfer.document import ExportDocumentV1, dump

AS_OF = "2026-11-22"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["aggregate", *args, "--as-of", AS_OF])
    out, err = capsys.readouterr()
    return code, out, err


def good(folder: Path, n: int = 3) -> list[Path]:
    return [f.write(folder / f"ok_{i}.json", f.document(f.assessment(id=f.hex_id(i), system_name=f"S{i}")))
            for i in range(n)]


BROKEN = {
    "truncated.json": (lambda text: text[: len(text) // 2], "invalid", "not valid JSON"),
    "wrong_version.json": (lambda text: text.replace('"schema_version": 1', '"schema_version": 99'),
                           "invalid", "unsupported schema_version 99"),
    "not_export.json": (lambda text: json.dumps({"name": "shopping list", "items": [1, 2]}),
                        "invalid", "not an assessment export"),
    "bad_field.json": (lambda text: text.replace('"status": "in_use"', '"status": "running"'),
                       "invalid", "intake.status"),
    "loose_version.json": (lambda text: text.replace('"schema_version": 1', '"schema_version": true'),
                           "invalid", "schema_version must be a whole number"),
    "blank_text.json": (lambda text: re.sub(r'"nl": "[^"]*"', r'"nl": " \\n "', text, count=1),
                        "invalid", "text must not be empty"),
}


def test_every_file_in_nested_folders_is_read_once(tmp_path, capsys):
    good(tmp_path / "a" / "deep" / "er", 2)
    good(tmp_path / "b", 1)
    (tmp_path / ".hidden").mkdir()
    f.write(tmp_path / ".hidden" / "x.json", f.document(f.assessment(id=f.hex_id("hidden"))))
    code, out, err = run(capsys, str(tmp_path), str(tmp_path / "b" / "ok_0.json"), "--format", "json")
    overview = json.loads(out)
    assert code == 0 and "skipped" not in err
    assert overview["totals"]["files_read"] == 3  # b/ok_0.json named twice, hidden folder left out
    assert {s["system_name"] for s in overview["systems"]} == {"S0", "S1"}
    assert overview["totals"]["duplicates_dropped"] == 1  # a/.../ok_0 and b/ok_0 hold the same assessment


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_each_broken_file_is_listed_with_its_reason_and_the_rest_still_counts(tmp_path, capsys, name):
    good(tmp_path, 2)
    mutate, reason, detail = BROKEN[name]
    text = dump(f.document(f.assessment(id=f.hex_id("broken"), system_name="Broken")))
    (tmp_path / name).write_text(mutate(text), encoding="utf-8")
    code, out, err = run(capsys, str(tmp_path), "--format", "json")
    overview = json.loads(out)
    assert code == 3
    assert [s["system_name"] for s in overview["systems"]] == ["S0", "S1"]
    [skipped] = overview["skipped"]
    assert skipped["path"].endswith(name) and skipped["reason"] == reason and detail in skipped["detail"]
    assert f"overgeslagen: {tmp_path / name}: " in err  # the reason in words, in Dutch by default


@pytest.mark.parametrize("name, content, reason", [
    ("empty.json", b"", "empty"),
    ("blank.json", b"  \n\t ", "empty"),
    ("image.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("latin1.json", "{\"naam\": \"caf\xe9\"}".encode("latin-1"), "invalid"),
    ("notes.txt", b"not an export", "not_json_file"),
])
def test_empty_binary_and_unknown_files_are_skipped(tmp_path, capsys, name, content, reason):
    good(tmp_path, 1)
    (tmp_path / name).write_bytes(content)
    code, out, _ = run(capsys, str(tmp_path), "--format", "json")
    overview = json.loads(out)
    assert code == 3 and len(overview["systems"]) == 1
    assert [(Path(s["path"]).name, s["reason"]) for s in overview["skipped"]] == [(name, reason)]


def test_too_large_and_unreadable_files_are_skipped(tmp_path, monkeypatch):
    good(tmp_path, 1)
    big = f.write(tmp_path / "big.json", f.document(*[f.assessment(id=f.hex_id(f"b{i}")) for i in range(3)]))
    (tmp_path / "dangling.json").symlink_to(tmp_path / "gone.json")
    monkeypatch.setattr(collect_module, "MAX_BYTES", big.stat().st_size - 1)
    result = collect([str(tmp_path)])
    assert sorted((Path(s.path).name, s.reason) for s in result.skipped) == [
        ("big.json", "too_large"), ("dangling.json", "unreadable")]
    assert result.files_read == 1


def test_a_missing_path_is_a_user_error_and_nothing_is_written(tmp_path, capsys):
    good(tmp_path, 1)
    target = tmp_path / "out.md"
    code, out, err = run(capsys, str(tmp_path), str(tmp_path / "nope"), "-o", str(target))
    assert code == 2 and out == "" and not target.exists()
    assert err.strip() == f"assessment: {tmp_path / 'nope'}: no such file or folder"


def test_an_empty_folder_is_a_user_error(tmp_path, capsys):
    code, _, err = run(capsys, str(tmp_path))
    assert code == 2 and "no files found" in err


def test_a_bad_as_of_date_is_a_user_error(tmp_path, capsys):
    good(tmp_path, 1)
    assert main(["aggregate", str(tmp_path), "--as-of", "22-11-2026"]) == 2
    assert "--as-of: '22-11-2026' is geen datum" in capsys.readouterr().err


def test_output_file_inside_the_input_folder_is_not_read_back(tmp_path, capsys):
    good(tmp_path, 2)
    target = tmp_path / "overview.json"
    for _ in range(2):
        code, out, _ = run(capsys, str(tmp_path), "--format", "json", "-o", str(target))
        assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["totals"]["files_read"] == 2


# --- duplicates -------------------------------------------------------------------------------

def test_the_same_assessment_exported_twice_counts_once_and_is_reported(tmp_path, capsys):
    same = f.assessment(id=f.hex_id("dup"), system_name="Dubbel")
    f.write(tmp_path / "first.json", f.document(same, created=f.T0))
    f.write(tmp_path / "second.json", f.document(same, created=f.T0 + dt.timedelta(days=3)))
    code, out, err = run(capsys, str(tmp_path), "--format", "json")
    overview = json.loads(out)
    assert code == 0  # a duplicate is resolved, not an error
    assert len(overview["systems"]) == 1 and overview["totals"]["assessments_read"] == 2
    [dup] = overview["duplicates"]
    assert dup["kept"].endswith("second.json")  # the later export of the same version
    assert [(Path(d["source"]).name, d["reason"]) for d in dup["dropped"]] == [("first.json", "identical")]
    assert "1 dubbele export van 1 beoordeling genegeerd" in err


def test_a_newer_version_wins_whatever_the_file_order(tmp_path):
    key = f.hex_id("versioned")
    newer = f.assessment(id=key, system_name="Nieuw", status=SystemStatus.SWITCHED_OFF,
                         switched_off_on=dt.date(2026, 9, 1), updated=f.T0 + dt.timedelta(days=10))
    older = f.assessment(id=key, system_name="Oud", updated=f.T0)
    # The older version sits in a later file that was also exported later.
    f.write(tmp_path / "a.json", f.document(newer, created=f.T0 + dt.timedelta(days=10)))
    f.write(tmp_path / "b.json", f.document(older, created=f.T0 + dt.timedelta(days=20)))
    kept, duplicates = resolve(collect([str(tmp_path)]).records)
    assert [r.intake.system_name for r in kept] == ["Nieuw"]
    assert [(Path(d.source).name, d.reason) for d in duplicates[0].dropped] == [("b.json", "older")]


def test_duplicates_within_one_file_and_across_three_files(tmp_path):
    key = f.hex_id("thrice")
    versions = [f.assessment(id=key, system_name=f"v{i}", updated=f.T0 + dt.timedelta(hours=i)) for i in range(3)]
    f.write(tmp_path / "one.json", f.document(versions[0], versions[2]))
    f.write(tmp_path / "two.json", f.document(versions[1]))
    kept, duplicates = resolve(collect([str(tmp_path)]).records)
    assert [r.intake.system_name for r in kept] == ["v2"]
    assert sorted(d.reason for d in duplicates[0].dropped) == ["older", "older"]


# --- schema versions --------------------------------------------------------------------------

class _ExportV0(ExportDocumentV1):
    """A stand-in for an older schema version: same fields, version 0, upgraded on reading."""

    schema_version: int  # type: ignore[assignment]

    def upgraded(self) -> ExportDocumentV1:
        return ExportDocumentV1.model_validate({**self.__dict__, "schema_version": 1})


def test_mixed_schema_versions_are_all_read(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(doc_module.VERSIONS, 0, _ExportV0)
    f.write(tmp_path / "current.json", f.document(f.assessment(id=f.hex_id("v1"), system_name="Nieuw formaat")))
    old = dump(f.document(f.assessment(id=f.hex_id("v0"), system_name="Oud formaat")))
    (tmp_path / "legacy.json").write_text(old.replace('"schema_version": 1', '"schema_version": 0'),
                                          encoding="utf-8")
    future = old.replace('"schema_version": 1', '"schema_version": 7')
    (tmp_path / "future.json").write_text(future, encoding="utf-8")
    code, out, _ = run(capsys, str(tmp_path), "--format", "json")
    overview = json.loads(out)
    assert code == 3
    assert sorted(s["system_name"] for s in overview["systems"]) == ["Nieuw formaat", "Oud formaat"]
    assert [(Path(s["path"]).name, s["detail"]) for s in overview["skipped"]] == [
        ("future.json", "unsupported schema_version 7 (update the tool)")]


def test_the_committed_version_1_export_fixture_is_read(capsys):
    fixture = Path(__file__).parent / "data" / "export_v1.json"
    code, out, _ = run(capsys, str(fixture), "--format", "json")
    overview = json.loads(out)
    assert code == 0 and overview["totals"]["systems"] == len(json.loads(fixture.read_text("utf-8"))["assessments"])
    assert overview["systems"][0]["system_name"] == "Handgeschreven voorbeeld <v1>"


def test_of_duplicate_keys_the_last_counts_as_in_any_json_reader(tmp_path, capsys):
    """`import` refuses duplicate keys; `aggregate` does not look for them (a second parse of every
    file): the last one counts, as json.load and pydantic would read it."""
    text = dump(f.document(f.assessment(id=f.hex_id("dup"), system_name="Echt")))
    assert text.count('"system_name": "Echt"') == 1
    (tmp_path / "dup.json").write_text(
        text.replace('"system_name": "Echt"', '"system_name": "Vals", "system_name": "Echt"'), encoding="utf-8")
    code, out, _ = run(capsys, str(tmp_path), "--format", "json")
    assert code == 0 and [s["system_name"] for s in json.loads(out)["systems"]] == ["Echt"]


def test_a_file_that_grew_since_it_was_listed_is_read_whole(tmp_path):
    """Each file is read with a buffer of the size stat gave; growth after that is still read."""
    from assessment.overview.collect import read_export

    path = good(tmp_path, 1)[0]
    for stale_size in (0, 10, path.stat().st_size - 1, -1):
        problem, document = read_export(str(path), stale_size)
        assert problem is None and document.assessments[0].intake.system_name == "S0"
