"""A draft Algoritmeregister entry from one assessment: filled from what the assessment knows
(intake fields and answers), never invented. Every filled field names its sources; what the
assessment cannot know is listed as still to write, mandatory fields first."""

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from assessment.engine.walk import Walk
from assessment.intake import Acquisition, HumanCheck, Intake, PolicyTheme, SystemStatus
from assessment.legal.facts import Role
from assessment.outcome import impact
from assessment.outcome.facts_found import collect
from assessment.outcome.models import Classification, NextStep, Outcome
from assessment.register.length import fits
from assessment.register.model import (
    CATEGORY_OF, FIXED, ImpactAssessment, RegisterDraft, RegisterEntry, StillToWrite, Theme,
    mandatory, max_length)
from assessment.register.texts import sentence, todo, word

IMPACT_STEPS = ("dpia", "iama", "fria")

STATUS: dict[SystemStatus, str] = {
    SystemStatus.PLANNED: "In ontwikkeling",  # the register has no "planned": not yet in use
    SystemStatus.IN_DEVELOPMENT: "In ontwikkeling", SystemStatus.PILOT: "In gebruik",
    SystemStatus.IN_USE: "In gebruik", SystemStatus.SWITCHED_OFF: "Buiten gebruik"}
PHASE_STATUS = {"lab_only": "In ontwikkeling", "in_use": "In gebruik", "switched_off": "Buiten gebruik"}
"""The phase asked with the art. 2(8) exclusion, when the intake has no status."""

THEME: dict[PolicyTheme, Theme] = dict(zip(PolicyTheme, Theme.__args__, strict=True))  # type: ignore[attr-defined]
"""Both lists are in the register's order."""

NOT_WRITTEN = ("name", "description_short", "organization", "status", "contact_email",
               "publication_category", "category", "begin_date", "website", "goal", "proportionality",
               "human_intervention", "risks", "lawful_basis", "lawful_basis_grouping",
               "impacttoetsen_grouping", "source_data", "methods_and_models", "provider")
"""Fields listed as still to write when the assessment leaves them empty (the others are optional
links and metadata the register does not show)."""


Part = tuple[str, list[str]]
"""A sentence and the question ids or intake fields it rests on."""


class NoDraft(Exception):
    """Why this assessment gives no register entry (a sentence in English, for the command line)."""


@dataclass
class _Draft:
    answers: Mapping[str, str | Sequence[str]]
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, list[str]] = field(default_factory=dict)
    todos: dict[str, StillToWrite] = field(default_factory=dict)

    def answer(self, question_id: str) -> str | Sequence[str] | None:
        return self.answers.get(question_id)

    def chose(self, question_id: str, option: str) -> bool:
        value = self.answers.get(question_id)
        return value == option or (isinstance(value, (list, tuple)) and option in value)

    def set(self, key: str, value: Any, sources: list[str]) -> None:
        """Fill `key` when the text fits the register's limit; otherwise say so."""
        limit = max_length(key)
        if isinstance(value, str) and not fits(value, limit):
            self.open(key, todo("too_long", length=str(len(value)), limit=str(limit)))
            return
        self.values[key] = value
        self.sources[key] = list(dict.fromkeys(sources))

    def open(self, key: str, why: str | None = None, *, complete_only: bool = False) -> None:
        self.todos[key] = StillToWrite(key=key, mandatory=mandatory(key), complete_only=complete_only,
                                       why=why or todo(key))

    def text(self, key: str, parts: "list[Part]", *, complete: str | None = None) -> None:
        """Join sentences (each with its sources) into `key`; `complete`: the owner adds to it."""
        if parts:
            self.set(key, " ".join(s for s, _ in parts), [src for _, sources in parts for src in sources])
            if complete and key in self.values:
                self.open(key, complete, complete_only=True)


def check_draftable(outcome: Outcome) -> Classification:
    """The classification the draft rests on, or NoDraft saying why there is none."""
    c = outcome.classification
    if not outcome.complete or c is None:
        raise NoDraft("the assessment is not finished, so there is no publication category yet")
    if c.applicability == "not_an_algorithm":
        raise NoDraft("it is not an algorithm, so it does not belong in the Algoritmeregister")
    if c.roles and Role.DEPLOYER not in c.roles:
        raise NoDraft("the organisation does not use the system itself; the organisations that use it "
                      "register it")
    return c


def publication_category(walk: Walk, c: Classification) -> tuple[str, str, list[str]]:
    """Category A, B or C (Handreiking Algoritmeregister, as the outcome judges it), why, and the
    questions it rests on. Also for systems switched off or outside the AI Act, which get no
    register step but may still be described."""
    found = impact.judge(collect(walk), high_risk=c.risk_class == "high_risk",
                         prohibited=c.risk_class == "prohibited")
    if c.risk_class == "prohibited":  # impactful because of the practice, whatever its other effects
        why = sentence("category.prohibited")
    else:
        why = found.reason.nl if found.category != "B" else sentence("category.b", reason=found.reason.nl)
    # The answers behind the category; else those behind the classification; else (nothing pointed
    # either way) every answer given, since the category then rests on all of them.
    trace = ([t.question_id for t in found.trace]
             or [t.question_id for key in ("high_risk_basis", "prohibited_practices", "risk_class", "applicability")
                 for t in c.trace.get(key, [])]
             or [t.question_id for items in c.trace.values() for t in items]
             or [a.question_id for a in walk.answers])
    return found.category, why, list(dict.fromkeys(trace))


def build(*, assessment_id: str, intake: Intake, walk: Walk, outcome: Outcome, made_on: dt.date) -> RegisterDraft:
    """The draft for one assessment; NoDraft when it has none (unfinished, not an algorithm, or
    the organisation does not use the system)."""
    classification = check_draftable(outcome)
    d = _Draft(walk.values)
    _general(d, intake, made_on)
    category, why, trace = publication_category(walk, classification)
    d.set("publication_category", CATEGORY_OF[category], trace)
    _goal(d, intake, classification)
    _human(d, intake)
    _impact_assessments(d, outcome.steps, trace)
    _data(d)
    _operation(d, classification)
    if intake.lawful_basis.strip():
        d.set("lawful_basis", intake.lawful_basis, ["intake.lawful_basis"])
    if d.chose("personal_data", "yes"):
        d.open("process_index_url")
    for key in NOT_WRITTEN:
        if key not in d.values and key not in d.todos:
            d.open(key)
    d.values.update(lang="nld", standard_version="1.0")
    todos = sorted(d.todos.values(), key=lambda t: (not t.mandatory, t.complete_only,
                                                    list(RegisterEntry.model_fields).index(t.key)))
    return RegisterDraft(
        assessment_id=assessment_id, made_on=made_on, category=category,  # type: ignore[arg-type]
        category_reason=why, entry=RegisterEntry(**d.values),
        sources={k: v for k, v in d.sources.items() if k not in FIXED}, still_to_write=todos)


def _general(d: _Draft, intake: Intake, made_on: dt.date) -> None:
    for key, name in (("name", "system_name"), ("description_short", "function"),
                      ("organization", "organisation"), ("contact_email", "contact_address")):
        value = getattr(intake, name)
        if value.strip():
            d.set(key, value.strip() if key == "contact_email" else value, [f"intake.{name}"])
    if intake.policy_theme:
        d.set("category", [THEME[intake.policy_theme]], ["intake.policy_theme"])
    if intake.status:
        d.set("status", STATUS[intake.status], ["intake.status"])
    elif isinstance(phase := d.answer("excl_pre_market"), str) and phase in PHASE_STATUS:
        d.set("status", PHASE_STATUS[phase], ["excl_pre_market"])
    started = intake.day("in_service_on")
    if started and started <= made_on:  # a planned date is no month it went into use
        d.set("begin_date", _month(started), ["intake.in_service_on"])
    if d.values.get("status") == "Buiten gebruik":
        if intake.switched_off_on:
            d.set("end_date", _month(intake.switched_off_on), ["intake.switched_off_on"])
        elif d.chose("practice_stopped", "yes") and isinstance(on := d.answer("practice_stopped_on"), str):
            d.set("end_date", on[:7], ["practice_stopped", "practice_stopped_on"])
        else:
            d.open("end_date")
    if intake.acquisition == Acquisition.IN_HOUSE:
        d.set("provider", sentence("provider.in_house"), ["intake.acquisition"])
    elif intake.supplier.strip():
        d.set("provider", intake.supplier.strip(), ["intake.supplier"])


def _month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _goal(d: _Draft, intake: Intake, c: Classification) -> None:
    parts: list[Part] = []
    if intake.business_process.strip():
        parts.append((sentence("goal.process", process=intake.business_process.strip().rstrip(".")),
                      ["intake.business_process"]))
    if intake.status == SystemStatus.PILOT:
        parts.append((sentence("status.pilot"), ["intake.status"]))
    if d.chose("impact_legal_effects", "yes"):
        parts.append((sentence("goal.legal_effects"), ["impact_legal_effects"]))
    elif d.chose("impact_legal_effects", "no"):
        parts.append((sentence("goal.no_legal_effects"), ["impact_legal_effects"]))
    if d.chose("impact_approach", "yes"):
        parts.append((sentence("goal.approach"), ["impact_approach"]))
    if d.chose("impact_risk_selection", "yes"):
        parts.append((sentence("goal.risk_selection"), ["impact_risk_selection"]))
    if c.risk_class == "high_risk" and c.annex_iii:
        points = ", ".join(ref.removeprefix("AI Act ").replace("Annex III", "bijlage III") for ref in c.annex_iii)
        sources = [t.question_id for t in c.trace.get("high_risk_basis", [])] or ["annex_iii_areas"]
        parts.append((sentence("goal.annex_iii", points=points), sources))
    d.text("goal", parts, complete=todo("goal"))


def _human(d: _Draft, intake: Intake) -> None:
    parts: list[Part] = []
    if intake.human_check:
        parts.append((sentence(f"human.{HumanCheck(intake.human_check).value}"), ["intake.human_check"]))
    if d.chose("dpia_wp248", "automated_decision"):
        parts.append((sentence("human.automated_decision"), ["dpia_wp248"]))
    for question, key in (("p_d_exception", "supports_assessment"), ("d_b_improve", "improves_work"),
                          ("d_d_preparatory", "preparatory")):
        if d.chose(question, "yes"):
            parts.append((sentence(f"human.{key}"), [question]))
    d.text("human_intervention", parts,
           complete=None if intake.human_check else todo("human_intervention.complete"))


def _impact_assessments(d: _Draft, steps: Sequence[NextStep], fallback: list[str]) -> None:
    """Done: named in `impacttoetsen_grouping`. Still to do (a DPIA, IAMA or FRIA step): said in
    `impacttoetsen`, the register's place for why an assessment was not done."""
    done: list[ImpactAssessment] = []
    done_sources: list[str] = []
    for name, question in (("dpia", "dpia_done"), ("iama", "iama_done"), ("fria", "p_h_fria_registration")):
        if d.chose(question, "yes"):
            done.append(ImpactAssessment(title=word(name)))
            done_sources.append(question)
    if done:
        d.set("impacttoetsen_grouping", done, done_sources)
    parts: list[Part] = []
    for step in steps:
        if step.id not in IMPACT_STEPS or step.detail.get("done") == "yes":
            continue
        if step.id == "fria" and d.chose("p_h_fria_registration", "yes"):
            continue
        deadline = (sentence("impact.overdue") if step.overdue else
                    sentence("impact.deadline", date=step.deadline.strftime("%d-%m-%Y")) if step.deadline else "")
        text = sentence("impact.not_done", name=word(step.id), status=sentence(f"impact.status.{step.status.value}"),
                        deadline=deadline)
        parts.append((text, [t.question_id for t in step.trace] or fallback))
    if d.chose("personal_data", "no"):
        parts.append((sentence("impact.no_personal_data"), ["personal_data"]))
    d.text("impacttoetsen", parts)


def _data(d: _Draft) -> None:
    parts: list[Part] = []
    if d.chose("personal_data", "no"):
        parts.append((sentence("data.none"), ["personal_data"]))
    elif d.chose("personal_data", "yes"):
        parts.append((sentence("data.personal"), ["personal_data"]))
        kinds = [word(f"kind.{k}") for k in ("ordinary", "special", "criminal") if d.chose("pd_kinds", k)]
        if kinds:
            parts.append((sentence("data.kinds", kinds=", ".join(kinds)), ["pd_kinds"]))
        for scale in ("large", "small"):
            if d.chose("pd_scale", scale):
                parts.append((sentence(f"data.scale.{scale}"), ["pd_scale"]))
        groups = [word(f"group.{g}") for g in ("citizens", "businesses", "staff", "vulnerable", "children")
                  if d.chose("pd_affected", g)]
        if groups:
            parts.append((sentence("data.affected", groups=", ".join(groups)), ["pd_affected"]))
    d.text("source_data", parts, complete=todo("source_data"))


def _operation(d: _Draft, c: Classification) -> None:
    """Technische werking: the register asks at least whether the algorithm is self-learning."""
    parts: list[Part] = []
    rules = next((q for q, o in (("ai_definition", "no"), ("el_inference", "no")) if d.chose(q, o)), None)
    if rules:  # people wrote the rules: it neither infers nor learns by itself
        parts.append((sentence("tech.rules"), [rules]))
    elif c.applicability == "not_an_ai_system":
        parts.append((sentence("tech.not_ai"), [t.question_id for t in c.trace.get("applicability", [])]))
    elif c.system_type is not None:
        parts.append((sentence("tech.ai"), [t.question_id for t in c.trace.get("system_type", [])]
                      or ["ai_definition"]))
        if d.chose("system_type", "gpai_system"):
            parts.append((sentence("tech.gpai"), ["system_type"]))
        if d.chose("el_inference", "yes"):
            parts.append((sentence("tech.learned"), ["el_inference"]))
    for option in ("yes", "no") if not rules else ():
        if d.chose("el_adaptiveness", option):
            key = "tech.self_learning" if option == "yes" else "tech.not_self_learning"
            parts.append((sentence(key), ["el_adaptiveness"]))
    known = bool(rules) or d.answer("el_adaptiveness") in ("yes", "no")
    hint = todo("methods_and_models") if known else todo("methods_and_models.self_learning")
    d.text("methods_and_models", [p for p in parts if p[1]], complete=hint)
    if "methods_and_models" not in d.values:
        d.open("methods_and_models", hint)
