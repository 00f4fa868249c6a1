"""Every face shows the whole outcome. A rich outcome fills every field of the outcome model; each
field in turn is changed, and every face (run and plain text, the full-screen rows, the Markdown
and HTML report) must show a difference. A new field in the model fails here until it is filled
in RICH and presented, or named in NOT_SHOWN with the reason."""

import datetime as dt
from enum import Enum

import pytest
from pydantic import BaseModel

from assessment.i18n import Text
from assessment.outcome.models import (Alternative, Check, Classification, NextStep, NotAsked, OpenQuestion,
                                       Outcome, PracticeFinding, PracticeSignal, Profile, RefSignal, RoleSignal,
                                       Signals, StepStatus, TraceItem)
from assessment.presentation.given import Given, GivenAnswer
from assessment.presentation.present import present
from assessment.presentation.text import rows, text
from assessment.report import html, markdown
from assessment.report.content import build
from assessment.transfer.document import ExportedAnswer, ExportedAssessment, QuestionnairePin, ShownOption

AS_OF = dt.date(2026, 11, 22)


def _t(name: str) -> Text:
    return Text(nl=f"{name} nl", en=f"{name} en")


def _trace(name: str) -> list[TraceItem]:
    return [TraceItem(question_id=f"q_{name}", answer=f"a_{name}", text=_t(f"vraag {name}"),
                      not_asked=_t(f"niet gevraagd {name}"))]


_OPEN = OpenQuestion(question_id="q_open", section="scope", text=_t("open vraag"), refs=["AI Act art. 6(3)"],
                     affects=["risk_class"],
                     alternatives=[Alternative(answer="ja", answer_text=_t("ander antwoord"),
                                               changes={"risk_class": "prohibited"}, result=_t("gevolg"))])
_QUIET = OpenQuestion(question_id="q_quiet", section="gdpr", text=_t("stille vraag"), refs=["GDPR art. 35(1)"])
_PROFILE = Profile(type="AI-systeem", roles=["aanbieder"], risk_group="hoog-risico AI", systemic_risk=True,
                   transparency_obligation=True, open_source=False, conformity_body="beoordeling door derde partij",
                   operational_status="in gebruik", impact="impactvol")
_CLASSIFICATION = Classification(
    applicability="applies", applicability_reason=_t("reden toepasselijk"), applicability_refs=["AI Act art. 3(1)"],
    system_type="ai_system", roles=["provider"], risk_class="high_risk", high_risk_basis=["AI Act Annex III 5(a)"],
    derogation="AI Act art. 6(3)(a)",
    prohibited_practices=[PracticeFinding(ref="AI Act art. 5(1)(h)", exception_ref="AI Act art. 5(1)(h)(iii)",
                                          motivation="motivering vrij", cleared=True, switched_off=True,
                                          conditions_unmet=["AI Act art. 5(3)"], conditions_open=True,
                                          conditions_planned=["AI Act art. 5(2)"], function_removed=False)],
    transparency_duties=["AI Act art. 50(1)"], systemic_risk=True, provisional=True, open_questions=[_OPEN, _QUIET],
    trace={key: _trace(key) for key in ("applicability", "system_type", "roles", "risk_class", "high_risk_basis",
                                        "derogation", "prohibited_practices", "transparency_duties",
                                        "systemic_risk", "later_conclusion")},
    profile=_PROFILE, risk_reason=_t("reden risico"), annex_iii=["AI Act Annex III 4(a)"],
    exclusions=["AI Act art. 2(12)"], transparency_excepted=["AI Act art. 50(4)"], notes=[_t("let op")],
    not_asked=[NotAsked(question_id="q_gated", text=_t("overgeslagen vraag"), implied="no", because=_t("omdat"),
                        screened_by=_trace("scherm"))],
    high_risk_assumed=True)
_STEP = NextStep(id="fria", title=_t("stap"), why=_t("waarom stap"), status=StepStatus.REQUIRED,
                 refs=["AI Act art. 27(1)"], owner="deployer", deadline=dt.date(2030, 8, 2),
                 deadline_reason=_t("reden termijn"), overdue=True, trace=_trace("stap"),
                 detail={"route": "internal_control", "questions": ["q_open", "q_given"]},
                 applies_from=dt.date(2027, 12, 2), in_force=False, verify=True,
                 checks=[Check(question_id="q_check", text=_t("controlevraag"))], timing="before_first_use",
                 decided_by="in_service_on")
RICH = Outcome(questionnaire_id="ai_verordening", questionnaire_version="1.0.0", as_of=AS_OF, complete=True,
               next_question=None, classification=_CLASSIFICATION, steps=[_STEP])
UNFINISHED = Outcome(
    questionnaire_id="ai_verordening", questionnaire_version="1.0.0", as_of=AS_OF, complete=False,
    next_question="q_next", classification=None, steps=[_STEP],
    signals=Signals(roles=[RoleSignal(role="deployer", trace=_trace("rol"))],
                    prohibited_practices=[PracticeSignal(ref="AI Act art. 5(1)(c)",
                                                         exception_ref="AI Act art. 5(1)(c)", trace=_trace("p"))],
                    annex_i=[RefSignal(ref="AI Act Annex I section A", trace=_trace("i"))],
                    annex_iii=[RefSignal(ref="AI Act Annex III 5(b)", trace=_trace("iii"))],
                    transparency=[RefSignal(ref="AI Act art. 50(2)", trace=_trace("t"))],
                    systemic_risk=True, systemic_risk_trace=_trace("s"), open_questions=[_OPEN, _QUIET]))
GIVEN = Given((GivenAnswer("q_given", _t("gegeven vraag"), _t("gegeven antwoord"), "notitie vrij", True),
               GivenAnswer("q_next", _t("volgende vraag"), "vrije tekst", "", False)))

NOT_SHOWN = {
    # field name: why no face shows it
    "complete": "implied: a complete walk has a classification, an unfinished one signals",
    "question_id": "a question is shown by its text; ids stay in the JSON",
    "answer": "an answer is shown in words from the answers given; the raw ids stay in the JSON",
    "section": "the open question is shown by its text and articles",
    "id": "a step is shown by its title",
    "changes": "shown as the alternative's result in words (the ids stay in the JSON)",
}
ALLOWED_EMPTY = {"next_question", "signals", "classification", "affects", "alternatives"}
"""Fields that are empty in one of the two outcomes by design (each is filled in the other)."""


# the faces, each as a function of (outcome, given) in both languages ---------------------------------

def _export(outcome: Outcome, given: Given) -> ExportedAssessment:
    answers = [ExportedAnswer.model_construct(
        question_id=a.question_id, value="x", question=a.question, note=a.note, flagged=a.flagged, answered_at=None,
        options=[ShownOption.model_construct(id="x", text=a.answer)] if isinstance(a.answer, Text) else [])
        for a in given.answers]
    from assessment.intake import Intake

    return ExportedAssessment.model_construct(
        id="0" * 32, created_at=None, updated_at=None, as_of=outcome.as_of, intake=Intake(),
        questionnaire=QuestionnairePin.model_construct(id=outcome.questionnaire_id, version=outcome.questionnaire_version,
                                                       content_hash="0" * 64, legal_as_of=AS_OF),
        answers=answers if given.answers else [], set_aside=[], complete=outcome.complete,
        next_question=outcome.next_question, classification=outcome.classification, steps=outcome.steps,
        signals=outcome.signals)


def _both(face):
    return lambda outcome, given: face(outcome, given, "nl") + "\n" + face(outcome, given, "en")


FACES = {
    "run and plain text": _both(lambda o, g, lang: text(present(o, g, lang), lang)),
    "full screen": _both(lambda o, g, lang: "\n".join(f"{d}{k}{line}" for d, line, k in rows(present(o, g, lang), lang))),
    "report md": _both(lambda o, g, lang: markdown.render(build(_export(o, g), lang))),
    "report html": _both(lambda o, g, lang: html.render(build(_export(o, g), lang))),
}


# walking the model ---------------------------------------------------------------------------------

def _leaves(value, path=()):
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _leaves(getattr(value, name), (*path, name))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, (*path, i))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    else:
        yield path, value


def _changed(value):
    if isinstance(value, bool):
        return not value
    if isinstance(value, Enum):
        return next(m for m in type(value) if m != value)
    if isinstance(value, dt.date):
        return value + dt.timedelta(days=3)
    if isinstance(value, str):
        return value + "Ω"
    raise TypeError(value)


def _replace(value, path, new):
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, BaseModel):
        return value.model_copy(update={head: _replace(getattr(value, head), rest, new)})
    if isinstance(value, list):
        return [_replace(v, rest, new) if i == head else v for i, v in enumerate(value)]
    return {k: _replace(v, rest, new) if k == head else v for k, v in value.items()}


def _exempt(path) -> bool:
    return any(isinstance(p, str) and p in NOT_SHOWN for p in path)


def _cases():
    for label, outcome in (("complete", RICH), ("unfinished", UNFINISHED)):
        for path, value in _leaves(outcome):
            if value is not None and not _exempt(path):
                yield pytest.param(outcome, path, id=f"{label}:{'.'.join(map(str, path))}")


@pytest.mark.parametrize("outcome,path", list(_cases()))
def test_every_face_shows_every_field_of_the_outcome(outcome, path):
    changed = _replace(outcome, path, _changed(_leaves_value(outcome, path)))
    missing = [face for face, render in FACES.items() if render(outcome, GIVEN) == render(changed, GIVEN)]
    assert not missing, f"{'.'.join(map(str, path))} is left out by: {', '.join(missing)}"


def _leaves_value(outcome, path):
    return dict(_leaves(outcome))[path]


@pytest.mark.parametrize("field", ["question", "answer", "note", "flagged"])
def test_every_face_shows_the_flagged_answers_and_notes(field):
    first = GIVEN.answers[0]
    value = getattr(first, field)
    changed = Given((first.__class__(**{**first.__dict__, field: (
        _t("ander") if isinstance(value, Text) else _changed(value))}), *GIVEN.answers[1:]))
    missing = [face for face, render in FACES.items() if render(RICH, GIVEN) == render(RICH, changed)]
    assert not missing, f"{field} is left out by: {', '.join(missing)}"


def _models(value):
    if isinstance(value, BaseModel):
        yield value
        for name in type(value).model_fields:
            yield from _models(getattr(value, name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _models(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _models(item)


def test_the_rich_outcomes_fill_every_field_so_a_new_field_cannot_slip_past():
    empty = set()
    for outcome in (RICH, UNFINISHED):
        for model in _models(outcome):
            for name in type(model).model_fields:
                if getattr(model, name) in (None, [], {}, "") and name not in ALLOWED_EMPTY:
                    empty.add(f"{type(model).__name__}.{name}")
    assert not empty, f"fill these in RICH or UNFINISHED (and present them): {sorted(empty)}"
    kinds = {type(m) for m in _models(RICH)} | {type(m) for m in _models(UNFINISHED)}
    assert {Classification, NextStep, OpenQuestion, PracticeFinding, Profile, Signals, RoleSignal,
            PracticeSignal, RefSignal, TraceItem, Alternative, Check, NotAsked} <= kinds


def test_plain_text_wraps_at_word_boundaries_and_keeps_every_word():
    """The plain mode prints the outcome for a screen reader: whole words, nothing cut off."""
    wide = text(present(RICH, GIVEN, "nl"), "nl")
    narrow = text(present(RICH, GIVEN, "nl"), "nl", width=40)
    assert max(len(line) for line in narrow.splitlines()) <= 40 or all(
        " " not in line.strip() for line in narrow.splitlines() if len(line) > 40)  # one word longer than 40
    assert narrow.split() == wide.split()  # the same words in the same order, none split


def test_the_outcome_screen_shows_every_presented_line(tmp_path, monkeypatch):
    """The full screen lays out exactly the presented rows: one widget per row, none dropped."""
    import asyncio

    from faces_support import settle
    from test_tui_flow import _started, app_for

    from assessment.faces.tui.screens.result import outcome_rows

    def rich(walk, intake, as_of):
        return RICH.model_copy(update={"questionnaire_id": walk.questionnaire.id})

    monkeypatch.setattr("assessment.app.session.evaluate", rich)

    async def flow():
        app = app_for(tmp_path, start="new")
        async with app.run_test(size=(80, 24)) as pilot:
            await _started(app, pilot)
            await pilot.press("enter", "2", "enter", *"Tekst", "enter", "enter")
            await settle(pilot)
            assert type(app.screen).__name__ == "ResultScreen"
            shown = list(app.screen.query("#result Static"))
            return shown, outcome_rows(app.session.outcome(app.today()), app.session.walk, "nl")

    shown, rows = asyncio.run(flow())
    assert len(shown) == len(rows) > 40
    for widget, (_, line, _) in zip(shown, rows, strict=True):
        rendered = widget.render()
        if not line.startswith("• "):  # bullets are a two-column grid; the rest is the line itself
            assert str(rendered) == line


def test_the_summary_names_unknowns_that_only_the_steps_carry():
    from pathlib import Path

    from assessment import answers_file
    from assessment.engine.walk import Walk
    from assessment.outcome.evaluate import evaluate
    from assessment.presentation.blocks import Fact
    from assessment.presentation.given import from_walk
    from assessment.questionnaire.shipped import load_default

    path = Path(__file__).parent / "scenarios" / "officer_unknown_whether_done_high_risk_in_use.yaml"
    given = answers_file.read(path)
    walk = Walk(load_default().questionnaire)
    while (question := walk.current()) is not None and question.id in given.answers:
        walk = walk.answer(question.id, given.answers[question.id])
    outcome = evaluate(walk, given.intake, dt.date(2026, 11, 22))
    c = outcome.classification
    assert c is not None and not c.provisional and c.open_questions
    facts = [b for b in present(outcome, from_walk(walk), "nl") if isinstance(b, Fact) and b.label == "Open vragen"]
    assert facts and "te controleren bij de stappen" in facts[0].value
