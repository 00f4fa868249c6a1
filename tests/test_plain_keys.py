"""Plain mode for a screen reader, through prompt_toolkit pipes: whole option texts wrapped at
words, actions apart from the options, commands in the intake and the intake read back, no answer
preselected where one ends the walk, digits, choices echoed in words, going back withdraws nothing
and a change that drops answers asks first, every message in the chosen language."""

import io
import re

from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output
from test_plain_flow import CTRL_C, DOWN, ENTER, INTAKE, UP, YES, drive, stored

from assessment.faces.plain.prompts import Choice, Prompter, wrap

LONG = ("Het systeem helpt bij het besluit een uitkering toe te kennen, te verlagen, in te trekken "
        "of terug te vorderen")


def test_long_option_texts_are_wrapped_at_words_never_cut(monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    screen = io.StringIO()
    with create_pipe_input() as pipe:
        pipe.send_text("2" + ENTER)
        prompter = Prompter("nl", {"input": pipe, "output": Vt100_Output(screen, lambda: Size(24, 60))})
        assert prompter.select("Waarvoor dient het?", [Choice("Kort", "a"), Choice(LONG, "b")]) == "b"
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", " ", screen.getvalue())
    for word in LONG.split():
        assert word in shown  # 'terugvorderen' and every other deciding word reaches the reader
    assert all(len(line) <= 59 for line in wrap(LONG, 6, width=60).split("\n"))
    assert wrap(LONG, 6, width=60).split("\n")[1].startswith(" " * 6)  # hangs under the text


def test_enter_alone_records_nothing_where_an_answer_ends_the_walk(tmp_path):
    assert drive(tmp_path, INTAKE + [ENTER, CTRL_C]) == 130  # the cursor is on '(kies een antwoord)'
    (record,) = stored(tmp_path)
    assert not record.answers


def test_digits_choose_and_a_multiple_choice_is_echoed_in_words(tmp_path, capsys):
    script = INTAKE + ["3" + ENTER]  # is_ai: 'weet ik niet' by its digit
    assert drive(tmp_path, script + [CTRL_C]) == 130
    assert [a.value for a in stored(tmp_path)[0].answers] == ["unknown"]

    (tmp_path / "b").mkdir()
    script = INTAKE + [YES, "1" + ENTER, " " + DOWN + " " + ENTER, CTRL_C]
    assert drive(tmp_path / "b", script) == 130
    out = capsys.readouterr().out
    assert "Wie merkt er iets van? → Burgers; Medewerkers" in out
    assert "selections" not in out and "done" not in out


def test_actions_are_apart_from_the_options_and_messages_are_dutch(tmp_path, capsys):
    script = INTAKE + [YES, ENTER,
                       " " + DOWN * 2 + " " + ENTER,  # groups: 'Burgers' and 'Niemand' cannot go together
                       ENTER,  # asked again, ticks cleared: nothing ticked opens the actions
                       ENTER,  # '« back to the options'
                       " " + ENTER, CTRL_C]  # citizens
    assert drive(tmp_path, script) == 130
    out = capsys.readouterr().out
    assert "Ongeldig: 'Niemand' gaat niet samen met andere keuzes." in out
    assert "nobody" not in out and "choose" not in out and "combined" not in out
    (record,) = stored(tmp_path)
    assert record.answers[-1].value == ("citizens",)


def test_intake_commands_are_not_stored_and_the_intake_is_read_back(tmp_path, capsys):
    script = ["?\r", "Kompas\r", UP + ENTER, "\x15Kompas 2\r"] + INTAKE[1:-1] + [  # type: the last action, back
        DOWN * 3 + ENTER,  # read back: change the ministry (after name and type)
        "1" + ENTER, ENTER, CTRL_C]  # Algemene Zaken; read back: right
    assert drive(tmp_path, script) == 130
    out = capsys.readouterr().out
    assert "Controleer de gegevens:" in out and "Naam van het systeem: Kompas 2" in out
    assert "verplicht" in out  # '?' explained the field
    (record,) = stored(tmp_path)
    assert (record.intake.system_name, record.intake.ministry_id) == ("Kompas 2", "az")


def test_going_back_withdraws_nothing_and_a_dropping_change_asks_first(tmp_path, capsys):
    script = INTAKE + [YES, ENTER, " " + ENTER,  # yes, benefits, citizens
                       "<\r",  # start_date: back to groups (citizens still ticked)
                       " " + ENTER, DOWN * 3 + ENTER,  # untick, nothing ticked: actions, back
                       DOWN + ENTER,  # purpose (benefits chosen): chat would drop 'groups'
                       ENTER,  # continue? no (the default)
                       CTRL_C]
    assert drive(tmp_path, script) == 130
    out = capsys.readouterr().out
    assert "Al beantwoord: Uitkeringen" in out and "Wie merkt er iets van?" in out
    (record,) = stored(tmp_path)
    assert {a.question_id: a.value for a in record.answers} == {
        "is_ai": "yes", "purpose": "benefits", "groups": ("citizens",)}


def test_the_key_shown_before_an_option_ticks_it_in_a_multiple_choice():
    options = [Choice(f"Optie {i}", f"o{i}") for i in range(1, 12)]  # the 10th and 11th get a and b
    screen = io.StringIO()
    with create_pipe_input() as pipe:
        pipe.send_text("2" + "a" + "b" + "b" + ENTER)  # b ticked twice: unticked again
        prompter = Prompter("nl", {"input": pipe, "output": Vt100_Output(screen, lambda: Size(24, 80))})
        assert prompter.checkbox("Welke?", options) == ["o2", "o10"]
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", " ", screen.getvalue())
    assert "2) Optie 2" in shown and "a) Optie 10" in shown  # the keys are shown, as in a select
