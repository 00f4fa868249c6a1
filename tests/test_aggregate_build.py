"""The overview's content: the four uitvraag questions, counts, high-risk duties, transparency,
provisional results and deadlines, built purely from records."""

import datetime as dt

from fixtures import export_factory as f

from assessment.intake import OrganisationType, SystemStatus
from assessment.overview.build import build_overview
from assessment.overview.record import from_export

AS_OF = dt.date(2026, 11, 22)
C = "AI Act art. 5(1)(c)"
H = "AI Act art. 5(1)(h)"


def overview(*assessments, as_of=AS_OF):
    records = [from_export(a, f.T0, f"{a.intake.system_name}.json") for a in assessments]
    return build_overview(records, as_of=as_of, files_read=len(records), assessments_read=len(records))


def prohibited(name, *findings, **intake):
    return f.assessment(id=f.hex_id(name), system_name=name,
                        classification_=f.classification(risk_class="prohibited", practices=list(findings)),
                        **intake)


def names(refs):
    return [r.system_name for r in refs]


def test_the_four_uitvraag_questions_are_answered_per_practice():
    ov = overview(
        prohibited("Scorekaart", f.practice(C), business_process="Toeslagen"),
        prohibited("Oude scan", f.practice(C), status=SystemStatus.SWITCHED_OFF,
                   switched_off_on=dt.date(2025, 1, 31), business_process="Toeslagen"),
        prohibited("Camera", f.practice(H, exception_ref="AI Act art. 5(1)(h)(i)",
                                        motivation="Zoeken naar een vermist kind; rechterlijke toestemming."),
                   business_process="Opsporing"),
        prohibited("Alleen claim", f.practice(H, exception_ref="AI Act art. 5(1)(h)(iii)", motivation=None),
                   business_process=""),
        prohibited("Deels gestopt", f.practice(C, switched_off=True), f.practice("AI Act art. 5(1)(f)"),
                   business_process="Personeelszaken"),
        f.assessment(id=f.hex_id("clean"), system_name="Chatbot"),
    )
    groups = {g.ref: g for g in ov.practices}
    assert sorted(groups) == [C, "AI Act art. 5(1)(f)", H]
    # 1: how many and which, per practice
    assert (groups[C].active, groups[C].switched_off, groups[C].excepted) == (1, 2, 0)
    assert (groups[H].active, groups[H].excepted) == (1, 1)  # a claim without motivation clears nothing
    assert ov.totals.prohibited_active == 3  # Scorekaart, Alleen claim, Deels gestopt (5(1)(f))
    # 2: switched off, with the date when the whole system was switched off
    off = {s.system.system_name: s.switched_off_on for g in ov.practices for s in g.systems
           if s.situation == "switched_off"}
    assert off == {"Oude scan": dt.date(2025, 1, 31), "Deels gestopt": None}
    # 3: under an exception ground, with the motivation exactly as given
    [excepted] = [s for s in groups[H].systems if s.situation == "excepted"]
    assert excepted.system.system_name == "Camera"
    assert excepted.exception_ref == "AI Act art. 5(1)(h)(i)"
    assert excepted.motivation == "Zoeken naar een vermist kind; rechterlijke toestemming."
    # 4: business processes, the empty one last
    assert [p.business_process for p in ov.processes] == ["Opsporing", "Personeelszaken", "Toeslagen", ""]
    assert names(s.system for s in ov.processes[2].systems) == ["Oude scan", "Scorekaart"]
    assert "Chatbot" not in [s.system.system_name for p in ov.processes for s in p.systems]


def test_no_prohibited_practice_anywhere_gives_empty_answers_not_missing_ones():
    ov = overview(f.assessment(id=f.hex_id(1), system_name="A"))
    assert ov.practices == [] and ov.processes == [] and ov.totals.prohibited_active == 0
    assert len(ov.systems) == 1  # the complete register still lists every examined system


def test_counts_per_ministry_organisation_type_status_and_risk_class():
    ov = overview(
        f.assessment(id=f.hex_id(1), ministry="BZK", organisation_type=OrganisationType.ZBO,
                     classification_=f.classification(risk_class="high_risk", basis=["AI Act Annex III 5(a)"])),
        f.assessment(id=f.hex_id(2), ministry="BZK", status=SystemStatus.PILOT),
        f.assessment(id=f.hex_id(3), ministry="JenV", status=SystemStatus.IN_DEVELOPMENT,
                     classification_=f.classification(risk_class=None, applicability="not_an_ai_system")),
        f.assessment(id=f.hex_id(4), ministry="", complete=False),
    )
    pairs = lambda counts: [(c.value, c.count) for c in counts]  # noqa: E731
    assert pairs(ov.counts.ministry) == [("bzk", 2), ("jenv", 1), (None, 1)]
    assert pairs(ov.counts.organisation_type) == [("uitvoeringsorganisatie", 3), ("zbo", 1)]
    assert pairs(ov.counts.status) == [("in_use", 2), ("in_development", 1), ("pilot", 1)]
    assert pairs(ov.counts.risk_class) == [("high_risk", 1), ("not_an_ai_system", 1),
                                           ("not_high_risk", 1), ("unfinished", 1)]


def test_one_ministry_written_differently_counts_once_by_its_id():
    ov = overview(
        f.assessment(id=f.hex_id(1), ministry="Infrastructuur en Waterstaat", ministry_id="ienw"),
        f.assessment(id=f.hex_id(2), ministry="Ministerie van Infrastructuur en Waterstaat"),
        f.assessment(id=f.hex_id(3), ministry="ministerie van I&W"),
        f.assessment(id=f.hex_id(4), ministry="IenW"),
        f.assessment(id=f.hex_id(5), ministry="Financien"),
    )
    assert [(c.value, c.count) for c in ov.counts.ministry] == [("ienw", 4), ("fin", 1)]
    assert {s.ministry for s in ov.systems} == {"Infrastructuur en Waterstaat", "Financiën"}
    assert {s.ministry_id for s in ov.systems} == {"ienw", "fin"}
    assert ov.unmapped_ministries == []


def test_a_free_text_ministry_that_matches_none_is_counted_apart_and_listed():
    ov = overview(
        f.assessment(id=f.hex_id(1), system_name="Oud", ministry="Economische Zaken en Klimaat"),
        f.assessment(id=f.hex_id(2), system_name="Nieuw", ministry="Economische Zaken", ministry_id="ez"),
        f.assessment(id=f.hex_id(3), system_name="Renamed", ministry="Ministerie van LNV"),
    )
    assert sorted((c.value, c.count) for c in ov.counts.ministry) == [("ez", 1), ("lvvn", 1), ("unmapped", 1)]
    [unmapped] = ov.unmapped_ministries
    assert unmapped.name == "Economische Zaken en Klimaat" and names(unmapped.systems) == ["Oud"]
    assert next(s for s in ov.systems if s.system_name == "Oud").ministry_id is None


def test_every_high_risk_system_with_its_annex_iii_point_and_open_duties():
    done = f.assessment(id=f.hex_id("done"), system_name="Alles gedaan",
                        classification_=f.classification(risk_class="high_risk", basis=["AI Act art. 6(1)",
                                                                                         "AI Act Annex I section A"]))
    todo = f.assessment(
        id=f.hex_id("todo"), system_name="Nog te doen",
        classification_=f.classification(risk_class="high_risk", basis=["AI Act Annex III 5(b)"]),
        steps=[f.step("fria", dt.date(2027, 12, 2)), f.step("eu_database_registration", dt.date(2027, 12, 2)),
               f.step("algoritmeregister", None, category="A")])
    ov = overview(done, todo, f.assessment(id=f.hex_id("low"), system_name="Laag"))
    assert names(h.system for h in ov.high_risk) == ["Alles gedaan", "Nog te doen"]
    first, second = ov.high_risk
    assert first.annex_iii == [] and first.basis == ["AI Act art. 6(1)", "AI Act Annex I section A"]
    assert not (first.fria.open or first.eu_database_registration.open or first.algoritmeregister.open)
    assert second.annex_iii == ["AI Act Annex III 5(b)"]
    assert second.fria.open and second.fria.deadline == dt.date(2027, 12, 2)
    assert second.eu_database_registration.open
    assert second.algoritmeregister.open and second.algoritmeregister.category == "A"


def test_transparency_duties_are_grouped_per_paragraph():
    ov = overview(
        f.assessment(id=f.hex_id(1), system_name="Chatbot",
                     classification_=f.classification(transparency=["AI Act art. 50(1)", "AI Act art. 50(2)"])),
        f.assessment(id=f.hex_id(2), system_name="Beeldgenerator",
                     classification_=f.classification(transparency=["AI Act art. 50(2)"])),
    )
    assert [(g.ref, names(g.systems)) for g in ov.transparency] == [
        ("AI Act art. 50(1)", ["Chatbot"]), ("AI Act art. 50(2)", ["Beeldgenerator", "Chatbot"])]


def test_provisional_results_carry_their_open_questions_and_unfinished_ones_are_listed():
    question = f.open_question("q_profiling", "Worden mensen geprofileerd?")
    ov = overview(
        f.assessment(id=f.hex_id(1), system_name="Twijfel",
                     classification_=f.classification(open_questions=[question])),
        f.assessment(id=f.hex_id(2), system_name="Half", complete=False),
        f.assessment(id=f.hex_id(3), system_name="Zeker"),
    )
    assert [(p.system.system_name, p.complete, [q.question_id for q in p.open_questions])
            for p in ov.provisional] == [("Half", False, []), ("Twijfel", True, ["q_profiling"])]
    assert ov.totals.provisional == 2


def test_deadlines_passed_or_within_90_days_of_the_as_of_date():
    steps = [f.step("passed", AS_OF - dt.timedelta(days=1)), f.step("today", AS_OF),
             f.step("edge", AS_OF + dt.timedelta(days=90)), f.step("later", AS_OF + dt.timedelta(days=91)),
             f.step("undated", None)]
    ov = overview(f.assessment(id=f.hex_id(1), steps=steps))
    assert [(d.step_id, d.days_left, d.overdue) for d in ov.deadlines] == [
        ("passed", -1, True), ("today", 0, False), ("edge", 90, False)]
    assert (ov.totals.deadlines_overdue, ov.totals.deadlines_due_soon) == (1, 2)
    [row] = ov.systems
    assert row.next_deadline == AS_OF - dt.timedelta(days=1) and row.overdue_steps == 1
    # Judged on a later date, more has passed and the far step comes into view.
    later = overview(f.assessment(id=f.hex_id(1), steps=steps), as_of=AS_OF + dt.timedelta(days=2))
    assert [(d.step_id, d.overdue) for d in later.deadlines] == [
        ("passed", True), ("today", True), ("edge", False), ("later", False)]


def test_free_text_is_carried_exactly_as_typed():
    hostile = "=HYPERLINK(\"x\") <b>vet</b> | [link](javascript:x) \u202e\x07\nregel 2"
    ov = overview(f.assessment(id=f.hex_id(1), system_name=hostile, function=hostile, business_process=hostile))
    [row] = ov.systems
    assert row.system_name == row.function == row.business_process == hostile
