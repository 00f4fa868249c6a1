"""Loading questionnaire files: models, file:line errors, YAML 1.2 semantics, the cache."""

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from assessment.errors import UserError, ValidationProblems
from assessment.questionnaire import cache, loader, yamlfile
from assessment.questionnaire.loader import field_path, load
from assessment.questionnaire.model import Kind
from questionnaire_support import HEADER


def question(body: str = "", qid: str = "a", kind: str = "yes_no") -> str:
    return (f"  - id: {qid}\n    section: s\n    kind: {kind}\n"
            f"    text: {{nl: Vraag, en: Question}}\n    help: {{nl: Uitleg, en: Help}}\n"
            f"{body}    next:\n      - goto: end\n")


def problems(path: Path) -> list[str]:
    with pytest.raises(ValidationProblems) as caught:
        load(path, use_cache=False)
    return caught.value.problems


def test_loads_every_kind_with_typed_facts(branching):
    q = branching.questionnaire
    assert [x.kind for x in q.questions] == [
        Kind.SINGLE, Kind.MULTIPLE, Kind.YES_NO, Kind.DATE, Kind.TEXT, Kind.TEXT]
    assert q.question("kind").option("public").facts == {"public_authority": True}
    assert q.question("uses").option("none").exclusive
    assert q.question("remark").optional
    assert q.first == "kind"
    assert len(branching.content_hash) == 64


def test_yes_no_options_get_default_texts_and_unknown_flag(branching):
    profiling = branching.questionnaire.question("profiling")
    assert [o.id for o in profiling.options] == ["yes", "no", "unknown"]
    assert profiling.option("yes").label.nl == "Ja"
    assert profiling.option("unknown").label.en == "Don't know"
    assert profiling.option("unknown").unknown and profiling.allows_unknown
    assert profiling.option("no").facts == {"profiling": False}


def test_yes_no_without_options_is_plain_yes_and_no(write_yaml):
    loaded = load(write_yaml(HEADER + question()), use_cache=False)
    only = loaded.questionnaire.question("a")
    assert [o.id for o in only.options] == ["yes", "no"]
    assert not only.allows_unknown


def test_yaml_1_2_keeps_no_yes_on_off_as_strings(write_yaml):
    body = ("    options:\n      - {id: yes, text: {nl: no, en: off}}\n      - {id: no}\n"
            "      - {id: unknown, text: {nl: on, en: y}}\n")
    q = load(write_yaml(HEADER + question(body)), use_cache=False).questionnaire.question("a")
    assert [o.id for o in q.options] == ["yes", "no", "unknown"]
    assert q.option("yes").label == q.option("yes").label.model_copy(update={"nl": "no", "en": "off"})
    assert q.option("unknown").label.nl == "on"


def test_pydantic_error_names_file_line_and_field(write_yaml):
    body = ("    options:\n      - {id: x, text: {nl: X, en: X}}\n"
            "      - {id: y, text: {nl: Y}}\n")
    path = write_yaml(HEADER + question(body, kind="single"))
    assert problems(path) == [f"{path}:15: questions.0.options.1.text.en: Field required"]


def test_missing_dutch_text_is_named(write_yaml):
    path = write_yaml(HEADER + question().replace("text: {nl: Vraag, en: Question}", "text: {en: Question}"))
    assert problems(path) == [f"{path}:11: questions.0.text.nl: Field required"]


def test_blank_text_is_refused(write_yaml):
    path = write_yaml(HEADER + question().replace("nl: Uitleg", 'nl: " "'))
    assert problems(path) == [f"{path}:12: questions.0.help.nl: text must not be empty"]


@pytest.mark.parametrize("where, extra, line, field", [
    ("top", "colour: red\n", 1, "colour"),
    ("section", None, 6, "sections.0.colour"),
    ("question", "    colour: red\n", 13, "questions.0.colour"),
    ("option", None, 14, "questions.0.options.0.colour"),
])
def test_extra_fields_are_forbidden_everywhere(write_yaml, where, extra, line, field):
    text = HEADER + question()
    if where == "top":
        text = extra + text
    elif where == "section":
        text = text.replace("{id: s, title:", "{id: s, colour: red, title:")
    elif where == "question":
        text = HEADER + question(extra)
    else:
        text = HEADER + question('    options:\n      - {id: "yes", colour: red}\n      - {id: "no"}\n')
    path = write_yaml(text)
    assert problems(path) == [f"{path}:{line}: {field}: Extra inputs are not permitted"]


def test_condition_errors_leave_out_pydantic_union_tags(write_yaml):
    path = write_yaml(HEADER + question().replace(
        "      - goto: end\n",
        "      - {when: {not: {answer: a, is: [x]}}, goto: end}\n      - goto: end\n"))
    assert problems(path) == [f"{path}:14: questions.0.next.0.when.not.is: Input should be a valid string"]


def test_no_noise_about_lists_whose_items_failed(write_yaml):
    path = write_yaml(HEADER + question().replace("section: s", "section: [s]"))
    found = problems(path)
    assert found == [f"{path}:9: questions.0.section: Input should be a valid string"]


def test_errors_are_sorted_by_line(write_yaml):
    text = HEADER.replace('version: "1"', "version: 2") + question().replace("kind: yes_no", "kind: maybe")
    found = problems(write_yaml(text))
    lines = [int(p.split(":")[1]) for p in found]
    assert lines == sorted(lines) and len(found) == 2


@pytest.mark.parametrize("fact, reason", [
    ("{algorithm: 1}", "fact algorithm: must be true or false"),
    ("{role: owner}", "fact role: must be one of provider"),
    ("{annex_iii: Annex III 5(b)}", "is not a canonical legal reference"),
    ("{cleverness: true}", "unknown fact"),
])
def test_facts_are_typed(write_yaml, fact, reason):
    path = write_yaml(HEADER + question(f'    options:\n      - {{id: "yes", facts: {fact}}}\n      - {{id: "no"}}\n'))
    (problem,) = problems(path)
    assert problem.startswith(f"{path}:14: questions.0.options.0.facts: ") and reason in problem


def test_duplicate_yaml_key_is_an_error_with_its_line(write_yaml):
    path = write_yaml(HEADER + question().replace("    help:", "    kind: single\n    help:"))
    with pytest.raises(UserError) as caught:
        load(path, use_cache=False)
    assert str(caught.value).startswith(f"{path}:12: invalid YAML:")
    assert 'duplicate key "kind"' in str(caught.value)


def test_invalid_yaml_and_unreadable_files_are_one_line_user_errors(write_yaml, tmp_path):
    for path, start in [
        (write_yaml("a: [1, 2\nb: 3\n", "bad.yaml"), "bad.yaml:2: invalid YAML"),
        (write_yaml("a: 1\nb: \x01\n", "ctrl.yaml"), "ctrl.yaml:2: invalid YAML"),
        (tmp_path / "missing.yaml", "missing.yaml: cannot read file"),
    ]:
        with pytest.raises(UserError) as caught:
            load(path, use_cache=False)
        assert str(caught.value).startswith(str(path.parent / start)) and "\n" not in str(caught.value)


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"id: t\ntitle: caf\xe9\n")
    with pytest.raises(UserError, match=r"latin.yaml:2: not UTF-8 text"):
        load(path, use_cache=False)


def test_field_path_drops_condition_tags_only():
    assert field_path(("questions", 0, "next", 1, "when", "all", "all", 2, "is", "answer")) == (
        "questions", 0, "next", 1, "when", "all", 2, "answer")
    assert field_path(("questions", 0, "next", 0, "when", "not", "not", "in", "in")) == (
        "questions", 0, "next", 0, "when", "not", "in")
    assert field_path(("questions", 0, "options", 1, "text", "en")) == (
        "questions", 0, "options", 1, "text", "en")


# the cache ----------------------------------------------------------------------------------------

def test_second_load_comes_from_the_cache_and_still_knows_lines(branching, monkeypatch):
    first = load(branching.path, use_cache=False)
    line = first.positions.line(("questions", 2, "kind"))
    load(branching.path)  # makes sure an entry exists
    parsed: list[Path] = []
    real = yamlfile.parse_yaml

    def counting(raw: bytes, path: Path):
        parsed.append(path)
        return real(raw, path)

    monkeypatch.setattr(loader, "parse_yaml", counting)
    monkeypatch.setattr(yamlfile, "parse_yaml", counting)
    again = load(branching.path)
    assert parsed == []  # no YAML parse
    assert again.questionnaire == first.questionnaire and again.content_hash == first.content_hash
    assert again.where(("questions", 2, "kind")) == f"{branching.path}:{line}"
    assert parsed == [branching.path]  # positions are parsed only when asked for


def test_damaged_cache_entry_falls_back_to_a_full_load(branching, tmp_path, monkeypatch):
    monkeypatch.setenv("ASSESSMENT_CACHE_DIR", str(tmp_path))
    load(branching.path)
    (entry,) = tmp_path.glob("questionnaire-*.json")
    entry.write_text('{"id": "broken"')
    assert load(branching.path).questionnaire == branching.questionnaire
    assert load(branching.path).questionnaire.id == "branching"  # the entry was rewritten


def test_edited_file_never_uses_the_old_entry(write_yaml, tmp_path, monkeypatch):
    monkeypatch.setenv("ASSESSMENT_CACHE_DIR", str(tmp_path / "cache"))
    path = write_yaml(HEADER + question())
    assert load(path).questionnaire.version == "1"
    path.write_text((HEADER + question()).replace('version: "1"', 'version: "2"'))
    assert load(path).questionnaire.version == "2"


def test_cache_can_be_switched_off_and_survives_an_unwritable_folder(branching, tmp_path, monkeypatch):
    monkeypatch.setenv("ASSESSMENT_CACHE_DIR", "")
    assert cache.cache_dir() is None
    assert load(branching.path).questionnaire == branching.questionnaire
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ASSESSMENT_CACHE_DIR", str(blocker / "cache"))
    assert load(branching.path).questionnaire == branching.questionnaire


def test_cache_folder_follows_xdg_and_keeps_few_entries(tmp_path, monkeypatch, branching):
    monkeypatch.delenv("ASSESSMENT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert cache.cache_dir() == tmp_path / "assessment"
    monkeypatch.setenv("ASSESSMENT_CACHE_DIR", str(tmp_path / "c"))
    for n in range(cache.KEEP + 3):
        cache.put(f"{n:02d}".ljust(64, "0"), branching.questionnaire)
    assert len(list((tmp_path / "c").glob("questionnaire-*.json"))) == cache.KEEP


def test_no_home_folder_means_no_cache_not_a_crash(branching, monkeypatch):
    monkeypatch.delenv("ASSESSMENT_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", no_home)
    assert cache.cache_dir() is None
    assert load(branching.path).questionnaire == branching.questionnaire


def test_impossible_date_is_a_line_error_not_a_crash(write_yaml):
    path = write_yaml(HEADER.replace("2026-11-22", "2026-02-30") + question())
    (problem,) = problems(path)
    assert problem.startswith(f"{path}:4: legal_as_of: Input should be a valid date")


def test_dates_stay_text_until_a_model_reads_them(write_yaml):
    from assessment.questionnaire.loader import read_yaml

    document, _ = read_yaml(write_yaml("when: 2025-03-01\nbad: 2025-13-01\n"))
    assert yamlfile.plain(document) == {"when": "2025-03-01", "bad": "2025-13-01"}


def test_explicit_tag_that_does_not_fit_is_a_user_error(write_yaml):
    with pytest.raises(UserError, match="invalid YAML"):
        load(write_yaml("a: !!int ten\n"), use_cache=False)


@pytest.mark.parametrize("change, message", [
    (("id: a", "id: A"), "questions.0.id: 'A' is not a valid id (lower-case letters, digits and _"),
    (("    next:\n      - goto: end", "    next: {goto: end}"), "questions.0.next: expected a list"),
    (("text: {nl: Vraag, en: Question}", "text: Vraag"), "questions.0.text: expected a mapping (key: value)"),
    (("goto: end", "goto: 5"), "questions.0.next.0.goto: Input should be a valid string (got 5: put it in quotes)"),
])
def test_messages_speak_yaml(write_yaml, change, message):
    path = write_yaml(HEADER + question().replace(*change))
    (problem,) = problems(path)
    assert message in problem


BRANCHING_TEXT = (Path(__file__).parent / "data" / "branching.yaml").read_text(encoding="utf-8")
NASTY = ["", "-", ":", "[", "{", "}", "]", "'", '"', "!!int x", "&a", "*a", "2025-02-30", "no", "~", "\t",
         "\x00", "- - -", "<<: *a", "!!binary ===", "? x", "1e999", "0x1F", ".inf", "é", "\u202e"]


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_mangled_files_give_user_errors_never_crashes(data, tmp_path_factory):
    from assessment.questionnaire.validate import validate

    lines = BRANCHING_TEXT.splitlines()
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        i = data.draw(st.integers(0, len(lines) - 1), label="line")
        action = data.draw(st.sampled_from(["drop", "repeat", "insert", "replace"]), label="action")
        junk = data.draw(st.one_of(st.sampled_from(NASTY), st.text(max_size=8)), label="junk")
        if action == "drop":
            del lines[i]
        elif action == "repeat":
            lines.insert(i, lines[i])
        elif action == "insert":
            lines.insert(i, lines[i][: len(lines[i]) // 2] + junk)
        else:
            lines[i] = lines[i].replace(data.draw(st.sampled_from(lines[i].split() or [""])), junk, 1)
    path = tmp_path_factory.mktemp("fuzz") / "mangled.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    try:
        validate(load(path, use_cache=False))
    except UserError as exc:
        assert str(exc).strip() and "Traceback" not in str(exc)


def test_duplicate_anchor_is_refused_with_its_line(write_yaml):
    path = write_yaml("a: &x 1\nb: &x 2\nc: *x\n")
    with pytest.raises(UserError, match=r"anchor.yaml:2: invalid YAML: found duplicate anchor 'x'"):
        load(path.rename(path.with_name("anchor.yaml")), use_cache=False)


def test_alias_bomb_is_refused(write_yaml, monkeypatch):
    monkeypatch.setattr(yamlfile, "MAX_VALUES", 1000)
    text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 5))
    path = write_yaml(text)
    with pytest.raises(UserError, match="expands to more than 1,000 values") as caught:
        load(path, use_cache=False)
    assert caught.value.where == str(path)
