"""Derive the next steps from the classification and the facts, using the catalogue (data/steps.yaml).

The rules here decide which step and which variant applies and fill its reason; the catalogue says
what the step is. Several variants of one step (e.g. registration as provider and as public deployer)
become one step with the strongest status and all reasons.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace

from assessment.i18n import LANGS, Text
from assessment.intake import Intake, SystemStatus
from assessment.legal.facts import CASE_PARAGRAPH, DataProtectionRegime, Fact, Role, SystemType
from assessment.outcome import transparency
from assessment.outcome.catalogue import Catalogue, shipped_catalogue
from assessment.outcome.dates import DateTable, shipped_dates
from assessment.outcome.deadlines import long_date, timing
from assessment.outcome.facts_found import FactSet, merge_traces
from assessment.outcome.high_risk import annex_iii_point, section_b_only
from assessment.outcome.models import Classification, NextStep, StepStatus, TraceItem
from assessment.outcome.step_model import KEEP as _KEEP, Context, Want, intended_for_public_authorities
from assessment.outcome.steps_policy import dpia, organisation_steps
from assessment.outcome.steps_prohibited import exceptions, prohibited, removed_functions, since
from assessment.outcome.transparency import DUTY_HOLDER
from assessment.words import plural

_STRENGTH = [StepStatus.REQUIRED, StepStatus.EXPECTED, StepStatus.RECOMMENDED, StepStatus.SCREENING]
_ROLE_NAME = {Role.PROVIDER: Text(nl="aanbieder", en="provider"),
              Role.DEPLOYER: Text(nl="gebruiksverantwoordelijke", en="deployer")}
_BEFORE_RELYING = Text(
    nl="Geen wettelijke termijn, maar vóór u op deze uitkomst vertrouwt of erover rapporteert.",
    en="No statutory deadline, but before you rely on this result or report it.")
_DONE = Text(nl="Al gedaan: controleer of het dit systeem dekt en houd het actueel bij wijzigingen.",
             en="Done already: check that it covers this system and keep it up to date when things change.")
_ASSUMED = Text(
    nl="Voorlopig: deze stap volgt uit hoog risico dat is aangenomen zolang een open vraag dat niet "
       "uitsluit. Begin met de voorbereiding; de stap vervalt als de deskundige vaststelt dat het geen hoog "
       "risico is.",
    en="Provisional: this step follows from high risk assumed while an open question does not rule it "
       "out. Start preparing; the step lapses if the expert establishes that it is not high risk.")
GDPR_STILL_APPLIES = frozenset({"AI Act art. 2(6)", "AI Act art. 2(8)", "AI Act art. 2(12)"})
"""AI Act exclusions that leave the GDPR in force (unlike defence, national security or personal use)."""


def _questions(n: int) -> Text:
    """'1 vraag', '3 vragen': the number of questions the reader is pointed to (the faces name them)."""
    return Text(nl=plural(n, "question", "nl"), en=plural(n, "question", "en"))


def _points(refs: list[str]) -> str:
    return ", ".join(refs) or "-"


def _expert(ctx: Context) -> list[Want]:
    """The open questions that could change a conclusion go to an expert; so do those that change
    which steps are needed where no step is there to carry them as a check."""
    questions = [q.question_id for q in ctx.c.open_questions if q.affects]
    wants = []
    if questions:
        wants.append(Want("expert_review", "default", {"count": _questions(len(questions))},
                          detail={"questions": questions}))
    if ctx.step_questions:
        wants.append(Want("expert_review", "steps_only", {"count": _questions(len(ctx.step_questions))},
                          detail={"questions": list(ctx.step_questions)}))
    if not ctx.complete:
        wants.append(Want("expert_review", "incomplete"))
    return wants


def _section(points: set[int | None]) -> Text:
    """Art. 49(4): points 1, 6 and 7 in law enforcement, migration, asylum and border control go in
    the non-public section; points 6 and 7 are those areas by definition, point 1 only when used there."""
    if points & {6, 7}:
        return Text(nl="in het niet-openbare deel (art. 49(4))", en="in the non-public section (art. 49(4))")
    if 1 in points:
        return Text(nl="in het niet-openbare deel (art. 49(4)) bij gebruik voor rechtshandhaving, migratie, asiel "
                       "of grenstoezicht, anders in het openbare deel",
                    en="in the non-public section (art. 49(4)) when used for law enforcement, migration, asylum "
                       "or border control, otherwise in the public section")
    return Text(nl="in het openbare deel", en="in the public section")


def _high_risk(ctx: Context) -> list[Want]:
    c = ctx.c
    wants: list[Want] = []
    trace = c.trace.get("high_risk_basis", [])
    annex_iii = [r for r in c.high_risk_basis if annex_iii_point(r)]
    annex_i = [r for r in c.high_risk_basis if r.startswith("AI Act Annex I section")]
    points = {annex_iii_point(r) for r in annex_iii}
    topic = "annex_iii_high_risk" if annex_iii else "annex_i_high_risk"
    basis = _points(annex_iii + annex_i)
    section = _section(points)
    if section_b_only(c.high_risk_basis):
        return _section_b(ctx, trace)
    if ctx.has(Role.PROVIDER):
        if annex_i:
            wants.append(Want("conformity_assessment", "sector_law", {"points": _points(annex_i)},
                              trace=trace, detail={"route": "sector_law"}, topic="annex_i_high_risk"))
        if 1 in points:
            standards = ctx.facts.flag(Fact.HARMONISED_STANDARDS) is True
            wants.append(Want("conformity_assessment", "choice" if standards else "notified_body",
                              trace=trace, detail={"route": "choice" if standards else "notified_body"}))
        elif annex_iii:
            wants.append(Want("conformity_assessment", "internal_control", {"points": _points(annex_iii)},
                              trace=trace, detail={"route": "internal_control"}))
        wants.append(Want("provider_duties", "default", {"points": basis}, trace=trace, topic=topic))
        if points - {2}:
            wants.append(Want("eu_database_registration", "provider",
                              {"points": _points([r for r in annex_iii if annex_iii_point(r) != 2]),
                               "section": section}, trace=trace, owner=Role.PROVIDER))
        if 2 in points:
            wants.append(Want("eu_database_registration", "provider_national", trace=trace,
                              owner=Role.PROVIDER))
    if ctx.has(Role.DEPLOYER):
        wants.append(Want("deployer_duties", "default", trace=trace, topic=topic))
        other = [r for r in annex_iii if annex_iii_point(r) != 2]
        if ctx.public_authority and annex_iii:
            wants.append(Want("deployer_duties", "public_authority", trace=trace, topic=topic))
        if ctx.public_authority and other:
            wants.append(Want("eu_database_registration", "public_deployer",
                              {"points": _points(other), "section": section}, trace=trace))
        credit = [r for r in annex_iii if r in ("AI Act Annex III 5(b)", "AI Act Annex III 5(c)")]
        if _post_remote_identification(ctx, annex_iii):
            wants.append(Want("post_rbi_authorisation", "default", trace=trace, topic=topic))
        if other and ctx.public_service:
            wants.append(Want("fria", "public_body", {"points": _points(other)}, trace=trace))
        elif credit:
            wants.append(Want("fria", "credit_or_insurance", {"points": _points(credit)}, trace=trace))
    if ctx.has(Role.IMPORTER):
        wants.append(Want("importer_duties", "default", {"points": basis}, trace=trace, topic=topic))
    if ctx.has(Role.DISTRIBUTOR):
        wants.append(Want("distributor_duties", "default", {"points": basis}, trace=trace, topic=topic))
    return wants


def _post_remote_identification(ctx: Context, annex_iii: list[str]) -> bool:
    """Art. 26(10): remote biometric identification (Annex III 1(a)) used after the event for law
    enforcement: the real-time use is art. 5(1)(h); the law-enforcement purpose shows in Annex III 6 or
    in police or judicial data processing (Wpg/Wjsg)."""
    if "AI Act Annex III 1(a)" not in annex_iii:
        return False
    if any(p.ref == "AI Act art. 5(1)(h)" for p in ctx.c.prohibited_practices):
        return False
    law_enforcement = any(annex_iii_point(r) == 6 for r in ctx.facts.values(Fact.ANNEX_III_AREA))
    regime = ctx.facts.values(Fact.DATA_PROTECTION_REGIME)
    return law_enforcement or any(r in (DataProtectionRegime.WPG, DataProtectionRegime.WJSG) for r in regime)


def _large_scale_it(ctx: Context, wants: list[Want]) -> list[Want]:
    """Art. 111(1): AI components of the Annex X systems put into service before 2 August 2027 have until
    31 December 2030 (the dates table, topic large_scale_it)."""
    if ctx.facts.flag(Fact.ANNEX_X) is not True or ctx.intake.not_yet_in_use:
        return wants
    for want in wants:
        want.topic = "large_scale_it"
        want.caveat = Text(
            nl="AI-onderdeel van een grootschalig EU-informatiesysteem (bijlage X) dat vóór 2 augustus 2027 in "
               "gebruik is: het moet uiterlijk 31 december 2030 voldoen (art. 111(1)).",
            en="AI component of a large-scale EU IT system (Annex X) in service before 2 August 2027: it must "
               "comply by 31 December 2030 (art. 111(1)).")
    return wants


def _section_b(ctx: Context, trace: list[TraceItem]) -> list[Want]:
    """Annex I section B products: only art. 6(1), 102-109 and 112 apply (art. 2(2)); the AI Act's
    requirements reach operators through the amended sector legislation."""
    if not ctx.has(Role.PROVIDER):
        return []
    return [Want("conformity_assessment", "sector_law_b", trace=trace, detail={"route": "sector_law"},
                 topic="annex_i_high_risk")]


def _derogation(ctx: Context) -> list[Want]:
    c = ctx.c
    if not c.derogation:
        return []
    values = {"points": _points(c.annex_iii), "derogation": c.derogation}
    trace = c.trace.get("derogation", [])
    if ctx.has(Role.PROVIDER):
        return [Want("document_derogation", "provider", values, [c.derogation], trace),
                Want("eu_database_registration", "derogation_provider", values, trace=trace,
                     owner=Role.PROVIDER)]
    return [Want("document_derogation", "other_role", values, [c.derogation], trace, owner="organisation")]


def _transparency(ctx: Context) -> list[Want]:
    wants = []
    trace = ctx.c.trace.get("transparency_duties", [])
    standing_cases = transparency.judge(ctx.facts).cases
    for ref in ctx.c.transparency_duties:
        holder = DUTY_HOLDER.get(ref, Role.PROVIDER)
        number = ref.removeprefix("AI Act art. 50(").rstrip(")")
        topic = "marking_legacy" if number == "2" and _before_general(ctx) else _KEEP
        cases = [c for c in standing_cases if CASE_PARAGRAPH.get(c) == ref]
        if ctx.has(holder):
            for variant in [f"p{number}_{c}" for c in cases] or [f"p{number}"]:
                wants.append(Want("transparency", variant, refs=[ref], trace=trace, owner=holder,
                                  detail={"paragraphs": [ref]}, topic=topic))
        else:
            wants.append(Want("transparency", "other_role", {"paragraph": ref, "holder": _ROLE_NAME[holder]},
                              [ref], trace, detail={"paragraphs": [ref]}, owner="organisation"))
    legacy = [w for w in wants if w.topic == "marking_legacy"]
    if legacy and len(legacy) < len(wants):
        # The Omnibus grace covers the art. 50(2) marking only; the other paragraphs keep their own date,
        # so the merged step keeps the general date and the grace is said in words.
        grace = long_date((ctx.table or shipped_dates()).effective("marking_legacy").date)
        day = ctx.intake.day("in_service_on")
        caveat = (Text(
            nl=f"Het systeem is sinds {long_date(day).nl} in de handel, vóór 2 augustus 2026: de markering van "
               f"art. 50(2) geldt volgens de Digital Omnibus pas vanaf {grace.nl}; de andere plichten gelden al.",
            en=f"The system has been on the market since {long_date(day).en}, before 2 August 2026: the art. 50(2) "
               f"marking applies under the Digital Omnibus only from {grace.en}; the other duties apply already.")
            if day is not None else Text(
            nl=f"Was het systeem vóór 2 augustus 2026 al in de handel, dan geldt de markering volgens de "
               f"Digital Omnibus pas vanaf {grace.nl}; wanneer het in de handel kwam, is niet vastgelegd.",
            en=f"If the system was on the market before 2 August 2026, the marking applies under the Digital "
               f"Omnibus only from {grace.en}; when it was placed on the market is not recorded."))
        for want in legacy:
            want.topic = _KEEP
            want.caveat = caveat
            want.decided_by = None if day is not None else "in_service_on"
    return wants


def _before_general(ctx: Context) -> bool:
    """On the market before the general date (art. 50(2) grace), or possibly so: in service and its
    date unknown (the step then says that date decides)."""
    table = ctx.table or shipped_dates()
    day = ctx.intake.day("in_service_on")
    if day is not None:
        return day < table.effective("general").date
    return ctx.intake.status in (SystemStatus.IN_USE, SystemStatus.PILOT)


def _gpai(ctx: Context) -> list[Want]:
    if ctx.c.risk_class != "gpai_model" or not ctx.has(Role.PROVIDER):
        return []
    trace = ctx.c.trace.get("systemic_risk", [])
    systemic = ctx.c.systemic_risk is True
    open_source = ctx.facts.flag(Fact.OPEN_SOURCE) is True and not systemic
    wants = [Want("gpai_model_duties", "open_source" if open_source else "default", trace=trace)]
    if systemic:
        wants.append(Want("gpai_model_duties", "systemic_risk", trace=trace))
    return wants


def wanted(ctx: Context, cat: Catalogue) -> list[Want]:
    """Every reason for a step, before they are merged per step."""
    c = ctx.c
    wants = _expert(ctx)
    if c.applicability == "not_an_algorithm":
        return wants
    if ctx.intake.status == SystemStatus.SWITCHED_OFF:
        if c.applicability == "applies":
            refs = [p.ref for p in c.prohibited_practices if not p.cleared]
            wants.append(Want("record_switch_off", "default", {"since": since(ctx.intake)}, refs,
                              c.trace.get("prohibited_practices", [])))
        return wants
    if c.applicability == "applies":
        if c.risk_class == "prohibited":
            stop = prohibited(ctx)
            wants += stop
            if all(w.step == "record_switch_off" for w in stop):
                return wants  # the whole system is off: nothing else runs
            # While the practice runs, the duties that do not depend on it stand (GDPR, art. 50, art. 4).
        wants += removed_functions(ctx)
        # Art. 4 binds providers and deployers of AI systems, not the provider of a GPAI model as such.
        if ((ctx.has(Role.PROVIDER) or ctx.has(Role.DEPLOYER)) and not section_b_only(c.high_risk_basis)
                and c.system_type != SystemType.GPAI_MODEL):
            wants.append(Want("ai_literacy", "default", trace=c.trace.get("roles", [])))
        if c.risk_class == "high_risk":
            high = _high_risk(ctx)
            if c.high_risk_assumed:
                for want in high:
                    want.caveat = _ASSUMED
            wants += _large_scale_it(ctx, high)
        wants += exceptions(ctx) + _derogation(ctx) + _transparency(ctx) + _gpai(ctx)
    if c.applicability in ("applies", "not_an_ai_system"):
        wants += organisation_steps(ctx, cat)
    elif c.applicability == "excluded" and set(c.exclusions) <= GDPR_STILL_APPLIES:
        wants += dpia(ctx, cat)  # outside the AI Act, but personal data still fall under the GDPR
    return wants


def _fill(template: Text, values: Mapping[str, str | Text]) -> Text:
    filled = {}
    for lang in LANGS:
        plain = {k: v.get(lang) if isinstance(v, Text) else v for k, v in values.items()}
        filled[lang] = template.get(lang).format_map(plain)
    return Text(**filled)


def _earliest(topics: list, table: DateTable) -> str | None:
    """A step merged from several reasons is due by the one that binds first (e.g. the FRIA an art.
    5(1)(h) exception needs now, not the Annex III date of the high-risk FRIA)."""
    dated = [t for t in dict.fromkeys(topics) if t is not None]
    return min(dated, key=lambda t: table.effective(t).date) if dated else None


def derive(c: Classification, facts: FactSet, intake: Intake, as_of: dt.date, *, complete: bool = True,
           catalogue: Catalogue | None = None, dates: DateTable | None = None,
           step_questions: tuple[str, ...] = ()) -> list[NextStep]:
    """The next steps; `step_questions` are open questions that change only steps not derived here."""
    cat = catalogue or shipped_catalogue()
    table = dates or shipped_dates()
    ctx = Context(c, facts, intake, complete, table, step_questions)
    grouped: dict[str, list[Want]] = {}
    for want in wanted(ctx, cat):
        grouped.setdefault(want.step, []).append(want)
    return _build(grouped, cat, table, intake, public=ctx.public, as_of=as_of)


def derive_open(facts: FactSet, intake: Intake, as_of: dt.date, *, catalogue: Catalogue | None = None,
                dates: DateTable | None = None) -> list[NextStep]:
    """Steps for an unfinished walk: only the expert review of the 'don't know' answers so far. Every
    legal step waits for the classification, which waits for the questionnaire to be finished."""
    questions = [q.question_id for q in facts.open_questions]
    if not questions:
        return []
    want = Want("expert_review", "default", {"count": _questions(len(questions))}, detail={"questions": questions})
    return _build({"expert_review": [want]}, catalogue or shipped_catalogue(), dates or shipped_dates(),
                  intake, public=intended_for_public_authorities(facts, intake), as_of=as_of)


def _build(grouped: dict[str, list[Want]], cat: Catalogue, table: DateTable, intake: Intake, *,
           public: bool, as_of: dt.date) -> list[NextStep]:
    steps = []
    for step_id in [s for s in cat.order if s in grouped]:
        definition, wants = cat.step(step_id), grouped[step_id]
        variants = [definition.variants[w.variant] for w in wants]
        whys = [_fill(v.why, w.values) for v, w in zip(variants, wants, strict=True)]
        whys += list(dict.fromkeys(w.caveat for w in wants if w.caveat is not None))
        refs = list(dict.fromkeys([*definition.refs, *(r for v in variants for r in v.refs),
                                   *(r for w in wants for r in w.refs)]))
        owner = wants[0].owner or variants[0].owner or definition.owner
        topic = _earliest([definition.topic if w.topic is _KEEP else w.topic for w in wants], table)
        when = timing(topic, intake, public=public, as_of=as_of, dates=table)
        if step_id == "expert_review":
            when = replace(when, reason=_BEFORE_RELYING)
        elif step_id == "stop_practice" and when.applies_from and intake.in_service(as_of):
            day = long_date(when.applies_from)
            when = replace(when, reason=Text(
                nl=f"Verboden sinds {day.nl}: stop het gebruik direct." if when.in_force else
                   f"Verboden vanaf {day.nl}: stop uiterlijk dan.",
                en=f"Prohibited since {day.en}: stop the use at once." if when.in_force else
                   f"Prohibited from {day.en}: stop by then at the latest."))
        detail: dict[str, str | list[str]] = {}
        for w in wants:
            for key, value in w.detail.items():
                if isinstance(value, list) and isinstance(detail.get(key), list):
                    detail[key] = list(dict.fromkeys([*detail[key], *value]))
                else:
                    detail.setdefault(key, value)
        done = detail.get("done") == "yes"
        if done:
            when = replace(when, reason=_DONE)
        # Not knowing whether it was done is a thing to check (the step's checks), not a missed deadline.
        settled = detail.get("done") not in ("yes", "unknown")
        steps.append(NextStep(
            id=step_id, title=definition.title,
            why=Text(nl=" ".join(w.nl for w in whys), en=" ".join(w.en for w in whys)),
            status=min((v.status for v in variants if not v.addon), key=_STRENGTH.index),
            refs=refs, owner=owner, deadline=when.deadline, deadline_reason=when.reason,
            overdue=when.overdue and settled, trace=merge_traces(*(w.trace for w in wants)),
            detail=detail, applies_from=when.applies_from, in_force=when.in_force,
            verify=when.verify or any(v.verify for v in variants), timing=when.kind,
            decided_by=when.decided_by or next((w.decided_by for w in wants if w.decided_by), None),
            due_now=when.due_now and not done))
    return steps
