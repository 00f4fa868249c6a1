"""Typed results of classification and next-step derivation. Language-neutral ids, Dutch and
English text for readers. These are also the shapes in `run --json` and in the export."""

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assessment.i18n import Text
from assessment.legal.facts import Role, SystemType


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Applicability = Literal["not_an_algorithm", "not_an_ai_system", "excluded", "no_role", "applies"]
RiskClass = Literal["prohibited", "high_risk", "not_high_risk", "gpai_model"]


class TraceItem(_Out):
    """One answer that led to a conclusion."""

    question_id: str
    answer: str | list[str]
    """Option id(s), or the text/date as given."""
    text: Text | None = None
    """The question as it was asked, for readers."""
    not_asked: Text | None = None
    """Set when the question was not asked: why its context implied this answer."""


class PracticeFinding(_Out):
    """A prohibited practice that the answers point to, and any exception claimed for it."""

    ref: str
    exception_ref: str | None = None
    motivation: str | None = None
    cleared: bool = False
    """True only when an exception for this very practice is claimed with a motivation."""
    switched_off: bool = False
    conditions_unmet: list[str] = []
    """Conditions of the exception that are not met (art. 5(2), 5(3), 5(5) for 5(1)(h))."""
    conditions_planned: list[str] = []
    """Conditions to fulfil before (each) use: duties, not a reason to reject the exception."""
    conditions_open: bool = False
    """A condition was answered 'don't know': cleared provisionally; if it fails, prohibited."""
    function_removed: bool = False
    """Only this prohibited function was switched off; the rest of the system keeps running."""


ConclusionValue = str | list[str] | bool | None
"""A conclusion in comparable form: an id, a sorted list of ids or refs, yes/no, or not known."""


class Alternative(_Out):
    """What would follow if an open question were answered with this option instead."""

    answer: str | list[str]
    """Option id(s) tried."""
    answer_text: Text
    changes: dict[str, ConclusionValue]
    """Conclusion name (as in `affects`) -> its value under this answer; only the ones that differ."""
    result: Text
    """The changes in words, e.g. 'risk class: prohibited AI practice'."""


class OpenQuestion(_Out):
    question_id: str
    section: str
    text: Text
    refs: list[str] = []
    affects: list[str] = []
    """The conclusions some other answer to this question would change (computed by trying each one);
    empty when no answer changes the classification."""
    alternatives: list[Alternative] = []
    """The answers that would change a conclusion, each with what would follow. Answers not listed
    leave every conclusion as it is."""


class Check(_Out):
    """An answer left open that changes no conclusion, only this step (e.g. whether it is done):
    something to verify, not a reason for a provisional result."""

    question_id: str
    text: Text
    """The question as it was asked."""


class NotAsked(_Out):
    """An item question the walk passed over: the screening answers put it out of context, or an
    earlier item answer settled what it decides."""

    question_id: str
    text: Text
    implied: str | list[str] | None = None
    """The answer the context implies, used as if given (so the classification is the same); None
    when the question was settled, so that no answer to it could change the result."""
    because: Text
    screened_by: list[TraceItem]
    """The answers that ruled it out or settled it."""


class Profile(_Out):
    """The result in the vocabulary of the government tools (Algoritmekader, beslishulp)."""

    type: Literal["AI-systeem", "AI-systeem voor algemene doeleinden",
                  "AI-model voor algemene doeleinden", "geen algoritme", "algoritme (geen AI-systeem)"]
    roles: list[Literal["aanbieder", "gebruiksverantwoordelijke", "importeur", "distributeur"]]
    risk_group: Literal["verboden AI", "hoog-risico AI", "geen hoog-risico AI",
                        "uitzondering van toepassing", "niet van toepassing"]
    systemic_risk: bool | None
    transparency_obligation: bool
    open_source: bool | None
    conformity_body: Literal["beoordeling door derde partij", "niet van toepassing"]
    operational_status: Literal["in gebruik", "in ontwikkeling", "buiten gebruik"] | None
    impact: Literal["impactvol", "niet-impactvol"]


class Classification(_Out):
    applicability: Applicability
    applicability_reason: Text
    applicability_refs: list[str]
    system_type: SystemType | None
    roles: list[Role]
    risk_class: RiskClass | None
    high_risk_basis: list[str]
    derogation: str | None
    prohibited_practices: list[PracticeFinding]
    transparency_duties: list[str]
    systemic_risk: bool | None
    provisional: bool
    open_questions: list[OpenQuestion]
    trace: dict[str, list[TraceItem]]
    """Conclusion name (e.g. 'applicability', 'risk_class', 'roles') -> the answers behind it."""
    profile: Profile
    risk_reason: Text | None = None
    """Why the risk class is what it is (null when the AI Act does not apply)."""
    annex_iii: list[str] = []
    """Annex III points the use falls under, also when the art. 6(3) derogation takes it out."""
    exclusions: list[str] = []
    """The art. 2 exclusions that hold."""
    transparency_excepted: list[str] = []
    """Art. 50 paragraphs whose situation applies but whose own exception was claimed."""
    notes: list[Text] = []
    """Findings that change nothing but a reader should see (e.g. a claimed exclusion that fails)."""
    not_asked: list[NotAsked] = []
    """Item questions not asked because their context did not apply, each with why."""
    high_risk_assumed: bool = False
    """High risk on the cautious reading: an open answer (Annex III sub-point, Annex I third-party
    condition, or a condition of a claimed art. 6(3) derogation) could still take it away."""


class StepStatus(StrEnum):
    REQUIRED = "required"
    RECOMMENDED = "recommended"
    EXPECTED = "expected"  # policy commitment, not law (IAMA, Algoritmeregister)
    SCREENING = "screening"  # check whether it is needed (e.g. DPIA on WP248 criteria)


class NextStep(_Out):
    id: str
    title: Text
    why: Text
    status: StepStatus
    refs: list[str]
    owner: Role | Literal["organisation", "expert"]
    deadline: dt.date | None
    deadline_reason: Text | None = None
    overdue: bool = False
    """The deadline lies before the as-of date."""
    trace: list[TraceItem] = []
    detail: dict[str, str | list[str]] = {}
    """Step-specific ids, e.g. {'category': 'A'} for the Algoritmeregister or {'route': 'internal_control'}."""
    applies_from: dt.date | None = None
    """The date the legal duty behind the step applies from (dates table), if it rests on one."""
    in_force: bool = True
    """False when `applies_from` lies after the as-of date: the duty is coming, not yet binding."""
    verify: bool = False
    """The step or its date rests on an unconfirmed (e.g. Digital Omnibus) source: check it."""
    checks: list[Check] = []
    """Open answers that change only this step (whether it is done, its variant): verify them."""
    timing: Literal["before_first_use", "in_force_since", "by_date", "policy"] | None = None
    """before_first_use: due before a moment of the system's life (putting into service, placing on the
    market, the start of the processing, a significant change); in_force_since: applies now, must be in
    order, never overdue; by_date: a calendar date the law fixes; policy: no statutory moment. Null only
    in exports made before the timing was recorded."""
    decided_by: str | None = None
    """The lifecycle date of the intake (e.g. 'in_service_on') that decides the deadline but is not known."""
    due_now: bool = False
    """Act now: the duty binds already (in force for what runs, its moment passed, or the processing
    it must precede already runs) and it is not known to be done."""


class RoleSignal(_Out):
    role: Role
    trace: list[TraceItem]


class PracticeSignal(_Out):
    """A prohibited practice answered yes; whether a claimed exception clears it is judged only
    once the walk is complete."""

    ref: str
    exception_ref: str | None = None
    trace: list[TraceItem]


class RefSignal(_Out):
    ref: str
    trace: list[TraceItem]


class Signals(_Out):
    """What the answers of an unfinished walk already establish, each with the answers behind it.
    Not a classification: questions not yet asked can still change every conclusion."""

    roles: list[RoleSignal] = []
    prohibited_practices: list[PracticeSignal] = []
    annex_i: list[RefSignal] = []
    """Annex I sections the product falls under (high risk only with third-party conformity)."""
    annex_iii: list[RefSignal] = []
    """Annex III points (or areas, when no sub-point is answered yet) the use falls under."""
    transparency: list[RefSignal] = []
    """Art. 50 paragraphs whose situation applies and whose own exception is not claimed."""
    systemic_risk: bool | None = None
    systemic_risk_trace: list[TraceItem] = []
    open_questions: list[OpenQuestion] = []
    """Questions answered 'don't know' so far."""


class Outcome(_Out):
    """Everything the answers lead to, as `run --json` prints it."""

    questionnaire_id: str
    questionnaire_version: str
    as_of: dt.date
    complete: bool
    next_question: str | None
    classification: Classification | None
    """None until the walk is complete: conclusions must rest on answers, not on questions not yet asked."""
    steps: list[NextStep]
    signals: Signals | None = None
    """Only while the walk is incomplete: what the answers so far establish."""
