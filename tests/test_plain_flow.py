"""The plain mode driven through prompt_toolkit pipes: each prompt gets the next scripted keys."""

import argparse
import contextlib
import json

import pytest
from faces_support import FIXTURE, TODAY
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from assessment.errors import UserError
from assessment.faces.plain.flow import run_plain
from assessment.records.store import Store

DOWN, UP, ENTER, CTRL_C = "\x1b[B", "\x1b[A", "\r", "\x03"
INTAKE = ["Kompas\r", DOWN + ENTER, "3" + ENTER, "DUO\r", "\r", "\r", DOWN * 3 + ENTER,  # in use
          "\r", "\r", "\r", "\r", "\r", "\r", "\r", "\r", "\r", "\r", "\r", "\r", "\r", ENTER]
"""Name, type (2nd), ministry (3rd: BZK, by its number), organisation, function, process, status
(4th), acquisition (–), in service since, changed on, personal data since (all empty), contact,
interviewee, officer, date (default), then the optional register fields (theme, legal basis,
contact address, supplier, human check) left empty; then the details read back: right."""
YES = "1" + ENTER
"""is_ai: 'no' ends the walk, so the cursor starts on no answer; the digit chooses 'Ja'."""


def args_for(tmp_path, record_id=None, lang="nl"):
    return argparse.Namespace(db=str(tmp_path / "a.json"), lang=lang, questionnaire=str(FIXTURE),
                              id=record_id, plain=True)


def drive(tmp_path, script, record_id=None, lang="nl"):
    keys = iter(script)
    with contextlib.ExitStack() as stack:
        def io():
            pipe = stack.enter_context(create_pipe_input())
            pipe.send_text(next(keys))
            return {"input": pipe, "output": DummyOutput()}

        code = run_plain(args_for(tmp_path, record_id, lang), io=io, today=TODAY, export_dir=tmp_path / "out")
    assert next(keys, None) is None, "script not used up"
    return code


def stored(tmp_path):
    with Store.open(tmp_path / "a.json") as store:
        return [store.get(s.id) for s in store.summaries()]


def test_complete_walk_with_help_note_back_review_and_export(tmp_path, capsys):
    script = INTAKE + [
        DOWN * 4 + ENTER,  # is_ai: 'help' action (after the empty start and yes/no/unknown)
        YES,
        ENTER,  # purpose: benefits
        ENTER, DOWN * 3 + ENTER,  # groups: nothing ticked opens the actions: back -> purpose again
        DOWN + ENTER,  # purpose (benefits chosen): chat instead (skips groups and start_date)
        "?\r", "!\r", "[bold]noot[/]\r", UP + ENTER,  # description: help, note, flag: yes
        "Beschrijving\r",
        ENTER,  # review: conclude
        ENTER,  # result: write JSON, report and register draft
        "\r",  # into the folder offered (here tmp/out)
        DOWN + ENTER,  # then only the register draft
        "\r",  # into the same folder
        DOWN * 2 + ENTER,  # done
    ]
    assert drive(tmp_path, script) == 0
    out = capsys.readouterr().out
    assert "Denk aan de definitie." in out and "art. 3, punt 1, AI-verordening" in out  # help on demand
    assert "Controleer de antwoorden" in out and "[bold]noot[/]" in out
    (record,) = stored(tmp_path)
    assert {a.question_id: a.value for a in record.answers} == {
        "is_ai": "yes", "purpose": "chat", "description": "Beschrijving"}
    description = record.answers[2]
    assert (description.note, description.flagged) == ("[bold]noot[/]", True)
    written = sorted(p.name.removeprefix(f"beoordeling-{record.id[:8]}") for p in (tmp_path / "out").iterdir())
    assert written == ["-algoritmeregister.html", "-algoritmeregister.json", "-algoritmeregister.md",
                       ".html", ".json", ".md"]
    assert out.count("-algoritmeregister.json") == 2  # written by the export, then again on its own
    exported = json.loads((tmp_path / "out" / f"beoordeling-{record.id[:8]}.json").read_text())
    assert exported["assessments"][0]["intake"]["system_name"] == "Kompas"


def test_changing_an_answer_in_review_says_what_it_drops(tmp_path, capsys):
    script = INTAKE + [YES, ENTER, " " + ENTER, "2025-01-01\r", "Tekst\r",
                       DOWN + ENTER,  # review: change an answer
                       DOWN + ENTER,  # which: purpose
                       DOWN + ENTER,  # purpose: chat
                       UP + ENTER,  # drop 2 answers? yes (the default is no)
                       ENTER]  # review again: conclude
    script += [DOWN * 2 + ENTER]  # result: done, no export
    assert drive(tmp_path, script) == 0
    out = capsys.readouterr().out
    assert "vervallen 2 latere antwoorden" in out and "Wie merkt er iets van?" in out
    (record,) = stored(tmp_path)
    assert [a.question_id for a in record.answers] == ["is_ai", "purpose", "description"]
    assert not (tmp_path / "out").exists()


def test_ctrl_c_saves_and_says_how_to_resume_then_resume_continues(tmp_path, capsys):
    assert drive(tmp_path, INTAKE + [YES, CTRL_C]) == 130
    out = capsys.readouterr().out
    (record,) = stored(tmp_path)
    # the hint carries --db and --lang, given here: without --db it would look in another database
    assert f"assessment --db {tmp_path / 'a.json'} --lang nl resume {record.id[:8]} --plain" in out
    assert [a.question_id for a in record.answers] == ["is_ai"]
    assert drive(tmp_path, [DOWN + DOWN + ENTER, "Tekst\r", ENTER, DOWN * 2 + ENTER], record_id=record.id[:8]) == 0
    (record,) = stored(tmp_path)
    assert [a.value for a in record.answers] == ["yes", "other", "Tekst"]


def test_intake_asks_again_only_for_what_is_wrong(tmp_path, capsys):
    script = ["\r", DOWN + ENTER, "3" + ENTER, "DUO\r", "\r", "\r", DOWN * 3 + ENTER,
              "\r", "2024-03-01\r", "geen\r", "onbekend\r", "\r", "\r", "\r", "gisteren\r",
              "\r", "\r", "geen-adres\r", "\r", "\r",
              "Kompas\r", "\x15" "2026-11-20\r",  # the name, then the date again (Ctrl-U clears it)
              "\x15" "loket@duo.nl\r",  # and the register contact address, now valid
              ENTER, CTRL_C]  # read back: right
    assert drive(tmp_path, script) == 130
    out = capsys.readouterr().out
    assert "Naam van het systeem *: verplicht" in out and "geen datum" in out and "Geen e-mailadres of https://" in out
    (record,) = stored(tmp_path)
    assert record.intake.system_name == "Kompas" and record.intake.assessed_on.isoformat() == "2026-11-20"
    assert (record.intake.ministry, record.intake.ministry_id) == ("Binnenlandse Zaken en Koninkrijksrelaties", "bzk")
    assert (record.intake.in_service_on.isoformat(), record.intake.significant_change_on,
            record.intake.processing_started_on) == ("2024-03-01", "none", "unknown")
    assert record.intake.contact_address == "loket@duo.nl"


def test_a_municipality_is_not_asked_for_a_ministry(tmp_path):
    script = ["Wijkscan\r", DOWN * 5 + ENTER, "Gemeente Utrecht\r", "\r", "\r", DOWN * 3 + ENTER,
              "\r", "\r", "\r", "\r", "\r", "\r", "\r", "\r", "\r", "\r", "\r", "\r", "\r", ENTER, CTRL_C]
    assert drive(tmp_path, script) == 130
    (record,) = stored(tmp_path)
    assert record.intake.organisation_type == "gemeente"
    assert (record.intake.ministry, record.intake.ministry_id) == ("", None)


def test_english_texts_with_lang_en(tmp_path, capsys):
    assert drive(tmp_path, INTAKE + [CTRL_C], lang="en") == 130
    out = capsys.readouterr().out
    assert "System and organisation" in out and "Continue with: assessment --db" in out


def test_without_a_terminal_it_says_so_and_exits_2(tmp_path, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(UserError, match="terminal"):
        run_plain(args_for(tmp_path))
    assert not (tmp_path / "a.json").exists()


def test_an_earlier_answer_can_be_changed_mid_walk_saying_what_drops(tmp_path, capsys):
    script = INTAKE + [YES, ENTER, " " + ENTER,  # is_ai yes, purpose benefits, groups citizens
                       "*\r",  # start_date: change an earlier answer
                       DOWN + ENTER,  # which: purpose
                       DOWN + ENTER,  # purpose: chat (leaves out groups and start_date)
                       UP + ENTER,  # drop the later answer? yes
                       "Tekst\r",  # description, now the current question
                       ENTER, DOWN * 2 + ENTER]  # review: conclude; result: done
    assert drive(tmp_path, script) == 0
    out = capsys.readouterr().out
    assert "Wie merkt er iets van?" in out  # the answer that drops is named before confirming
    (record,) = stored(tmp_path)
    assert {a.question_id: a.value for a in record.answers} == {
        "is_ai": "yes", "purpose": "chat", "description": "Tekst"}


def test_changing_mid_walk_can_be_called_off(tmp_path):
    script = INTAKE + [YES,  # is_ai yes
                       DOWN * 4 + ENTER, "voor later\r", ENTER,  # purpose: a note; flag: no (default)
                       DOWN * 6 + ENTER,  # purpose: '« change an earlier answer' (the last action)
                       DOWN + ENTER,  # which: never mind (after is_ai; the divider is skipped)
                       ENTER,  # purpose: benefits; the note typed before is saved with it
                       CTRL_C]
    assert drive(tmp_path, script) == 130
    (record,) = stored(tmp_path)
    purpose = record.answers[1]
    assert (purpose.question_id, purpose.value, purpose.note) == ("purpose", "benefits", "voor later")


def test_ctrl_c_with_a_note_not_yet_saved_says_so(tmp_path, capsys):
    assert drive(tmp_path, INTAKE + [YES, DOWN * 4 + ENTER, "onaf\r", CTRL_C]) == 130
    out = capsys.readouterr().out
    assert "niet opgeslagen" in out
