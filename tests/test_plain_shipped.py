"""Smoke walk: `assessment new --plain` goes end to end over the shipped questionnaire, whatever
its current questions are (the route is planned with the pure engine: first option each time)."""

import argparse
import contextlib

from faces_support import TODAY
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from test_plain_flow import DOWN, ENTER, INTAKE

from assessment.app.intake_links import load_links
from assessment.engine import prefill
from assessment.engine.walk import Walk
from assessment.faces.plain.flow import run_plain
from assessment.questionnaire.model import Kind
from assessment.questionnaire.shipped import load_default
from assessment.intake import Intake
from assessment.records.store import Store

FROM_INTAKE = load_links().given(Intake(organisation_type="uitvoeringsorganisatie", status="in_use"))
"""What the details typed by INTAKE answer: those questions are not asked."""


def first_option_route():
    """Keys and expected answers for taking the first option (or a stock text) everywhere the
    details do not answer the question."""
    walk = Walk(load_default().questionnaire)
    keys = []
    while (question := (walk := prefill.fill(walk, FROM_INTAKE)).current()) is not None:
        if question.kind == Kind.TEXT:
            keys.append("Toelichting\r")
            value = "Toelichting"
        elif question.kind == Kind.DATE:
            keys.append("2025-01-01\r")
            value = "2025-01-01"
        elif question.kind == Kind.MULTIPLE:
            keys.append(" " + ENTER)
            value = (question.options[0].id,)
        else:
            keys.append("1" + ENTER)  # the digit: where an answer ends the walk, no answer is preselected
            value = question.options[0].id
        walk = walk.answer(question.id, value)
    return keys, walk


def test_new_plain_walks_the_shipped_questionnaire_to_the_end(tmp_path, capsys):
    keys, planned = first_option_route()
    script = iter(INTAKE + keys + [ENTER, DOWN * 2 + ENTER])  # review: conclude; result: done
    args = argparse.Namespace(db=str(tmp_path / "a.json"), lang="nl", questionnaire=None, id=None, plain=True)
    with contextlib.ExitStack() as stack:
        def io():
            pipe = stack.enter_context(create_pipe_input())
            pipe.send_text(next(script))
            return {"input": pipe, "output": DummyOutput()}

        assert run_plain(args, io=io, today=TODAY) == 0
    assert next(script, None) is None
    with Store.open(tmp_path / "a.json") as store:
        (summary,) = store.summaries()
        record = store.get(summary.id)
    assert summary.complete
    assert [a.question_id for a in record.answers] == [a.question_id for a in planned.answers]
    from_details = {a.question_id for a in record.answers if a.source == "intake"}
    assert from_details == set(FROM_INTAKE) & {a.question_id for a in planned.answers}
    assert "Uitkomst: Kompas" in capsys.readouterr().out
