"""Shared helpers for the TUI and plain-mode tests: a fixed clock, the small test questionnaire,
and a way to wait until the app has finished its background work."""

import datetime as dt
from pathlib import Path

from assessment.questionnaire.shipped import load_default

FIXTURE = Path(__file__).parent / "fixtures" / "faces_questionnaire.yaml"
TODAY = dt.date(2026, 11, 22)
INTAKE_KEYS = {
    "system_name": "Kompas",
    "ministry": "BZK",
    "organisation": "Dienst Uitvoering",
}


def loaded():
    return load_default(FIXTURE)


def today() -> dt.date:
    return TODAY


async def settle(pilot) -> None:
    """Let workers finish and the screen catch up (no sleeps)."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def fixed_outcome(walk, intake, as_of):
    """A stand-in outcome with every part the result screen shows, so the snapshots pin the faces'
    rendering and do not change when the classifier does. Unfinished walks get signals only."""
    from assessment.i18n import Text
    from assessment.outcome.models import (Classification, NextStep, OpenQuestion, Outcome, Profile,
                                           RefSignal, Signals, StepStatus, TraceItem)

    q = walk.questionnaire
    trace = [TraceItem(question_id=a.question_id,
                       answer=a.value if isinstance(a.value, str) else list(a.value)) for a in walk.answers[:2]]
    classification = Classification(
        applicability="applies", applicability_reason=Text(nl="Het is een AI-systeem.", en="It is an AI system."),
        applicability_refs=["AI Act art. 3(1)"], system_type="ai_system", roles=["deployer"],
        risk_class="high_risk", high_risk_basis=["AI Act Annex III 5(a)"], derogation=None,
        prohibited_practices=[], transparency_duties=["AI Act art. 50(3)"], systemic_risk=False,
        provisional=not walk.complete,
        open_questions=[OpenQuestion(question_id="is_ai", section="scope",
                                     text=Text(nl="Is het een AI-systeem?", en="Is it an AI system?"),
                                     refs=["AI Act art. 3(1)"])],
        trace={"applicability": trace, "risk_class": trace[:1]},
        profile=Profile(type="AI-systeem", roles=["gebruiksverantwoordelijke"], risk_group="hoog-risico AI",
                        systemic_risk=None, transparency_obligation=True, open_source=None,
                        conformity_body="niet van toepassing", operational_status="in gebruik",
                        impact="impactvol"))
    steps = [NextStep(id="fria", title=Text(nl="Grondrechteneffectbeoordeling", en="Fundamental rights impact assessment"),
                      why=Text(nl="Publieke gebruiksverantwoordelijke van een hoog-risicosysteem.",
                               en="Public deployer of a high-risk system."),
                      status=StepStatus.REQUIRED, refs=["AI Act art. 27(1)"], owner="deployer",
                      deadline=dt.date(2026, 8, 2), overdue=True)]
    current = walk.current()
    if current is not None:  # unfinished: no classification, only the signals (as evaluate gives them)
        signals = Signals(transparency=[RefSignal(ref="AI Act art. 50(3)", trace=trace[:1])],
                          open_questions=classification.open_questions)
        return Outcome(questionnaire_id=q.id, questionnaire_version=q.version, as_of=as_of, complete=False,
                       next_question=current.id, classification=None, steps=[], signals=signals)
    return Outcome(questionnaire_id=q.id, questionnaire_version=q.version, as_of=as_of, complete=True,
                   next_question=None, classification=classification, steps=steps)


def prohibited_outcome(walk, intake, as_of):
    """`fixed_outcome` turned into a prohibited practice without a valid exception (complete walks)."""
    from assessment.i18n import Text
    from assessment.outcome.models import NextStep, PracticeFinding, StepStatus

    outcome = fixed_outcome(walk, intake, as_of)
    c = outcome.classification
    if c is None:
        return outcome
    c = c.model_copy(update={
        "risk_class": "prohibited", "high_risk_basis": [], "open_questions": [], "provisional": False,
        "risk_reason": Text(nl="Verboden praktijk zonder geldige uitzondering (AI Act art. 5(1)(c)).",
                            en="Prohibited practice without a valid exception (AI Act art. 5(1)(c))."),
        "prohibited_practices": [PracticeFinding(ref="AI Act art. 5(1)(c)")]})
    stop = NextStep(id="stop", title=Text(nl="Stop het systeem of haal de verboden functie eruit",
                                          en="Stop the system or remove the prohibited function"),
                    why=Text(nl="Sociale scoring is verboden.", en="Social scoring is prohibited."),
                    status=StepStatus.REQUIRED, refs=["AI Act art. 5(1)(c)"], owner="organisation",
                    deadline=dt.date(2025, 2, 2), overdue=True)
    return outcome.model_copy(update={"classification": c, "steps": [stop]})


def provisional_outcome(walk, intake, as_of):
    """`fixed_outcome` with high risk assumed while a 'don't know' answer is open (complete walks)."""
    from assessment.i18n import Text

    outcome = fixed_outcome(walk, intake, as_of)
    c = outcome.classification
    if c is None:
        return outcome
    doubt = Text(nl="Een verboden praktijk is nog niet uitgesloten: een vraag daarover staat open.",
                 en="A prohibited practice is not yet ruled out: a question about it is open.")
    c = c.model_copy(update={"provisional": True, "high_risk_assumed": True, "notes": [doubt]})
    return outcome.model_copy(update={"classification": c})
