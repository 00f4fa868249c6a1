"""An unfinished walk has no classification: conclusions wait for the questionnaire. What the answers
so far establish comes as signals, each with the answers behind it, and every reader (run text and
JSON, profile so far, list/show, export) says the assessment is not finished instead of concluding."""

import datetime as dt
import json
from pathlib import Path

from ruamel.yaml import YAML

from assessment import answers_file
from assessment.cli.render_text import outcome_text
from assessment.cli.run_command import replay
from assessment.engine.walk import Walk
from assessment.faces.present import profile_blocks
from assessment.outcome.evaluate import evaluate
from assessment.questionnaire.shipped import load_default
from assessment.records.models import Latest
from assessment.app.session import Session
from assessment.records.store import Store
from assessment.transfer.document import parse_export
from assessment.transfer.export import export_document
from tests.records_support import INTAKE, cli

SCENARIOS = Path(__file__).parent / "scenarios"
AS_OF = dt.date(2026, 11, 22)


def _partial(tmp_path: Path, scenario: str, last: str, **changed) -> Path:
    """The scenario's answers up to and including `last`, with some answers changed."""
    yaml = YAML()
    data = yaml.load((SCENARIOS / f"{scenario}.yaml").read_text("utf-8"))
    answers = data["answers"]
    keys = list(answers)
    for key in keys[keys.index(last) + 1:]:
        del answers[key]
    answers.update(changed)
    data.pop("expect", None)
    path = tmp_path / f"{scenario}-partial.yaml"
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    return path


def _evaluate(path: Path):
    given = answers_file.read(path)
    walk, unused = replay(given, Walk(load_default().questionnaire))
    assert not unused
    return walk, given.intake, evaluate(walk, given.intake, AS_OF)


def _asked(trace) -> list[str]:
    return [item.question_id for item in trace]


def test_one_answer_concludes_nothing():
    walk = Walk(load_default().questionnaire)
    walk = walk.answer("is_algorithm", "yes")
    outcome = evaluate(walk, INTAKE, AS_OF)
    assert not outcome.complete and outcome.next_question == walk.current().id
    assert outcome.classification is None and outcome.steps == []
    s = outcome.signals
    assert s is not None and not (s.roles or s.prohibited_practices or s.annex_iii or s.transparency
                                  or s.open_questions)


def test_signals_carry_practices_roles_and_unknowns_with_their_answers(tmp_path):
    path = _partial(tmp_path, "exception_clears_only_its_own_practice", "p_g_exception",
                    ctx_output=["influences"], p_a_manipulation="unknown", p_b_vulnerability="no")
    _, _, outcome = _evaluate(path)
    # 5(1)(h) and the intimate-imagery ban are out of context (no law enforcement, no content).
    assert outcome.classification is None and outcome.next_question == "practice_stopped"
    s = outcome.signals
    assert [(r.role, _asked(r.trace)) for r in s.roles] == [("deployer", ["role_base"])]
    practices = {p.ref: (p.exception_ref, _asked(p.trace)) for p in s.prohibited_practices}
    assert practices == {
        "AI Act art. 5(1)(f)": ("AI Act art. 5(1)(f)", ["p_f_emotion_work", "p_f_exception"]),
        "AI Act art. 5(1)(g)": (None, ["p_g_biometric_categorisation"])}
    assert [q.question_id for q in s.open_questions] == ["p_a_manipulation"]
    # No legal step from a partial walk (no stop_practice yet): only the expert review of the unknown.
    assert [step.id for step in outcome.steps] == ["expert_review"]
    assert outcome.steps[0].detail["questions"] == ["p_a_manipulation"]


def test_annex_iii_point_is_a_signal_not_a_risk_class(tmp_path):
    path = _partial(tmp_path, "employment_cv_screening_4a", "iii_4_employment")
    _, _, outcome = _evaluate(path)
    assert outcome.classification is None
    found = {f.ref: _asked(f.trace) for f in outcome.signals.annex_iii}
    assert found == {"AI Act Annex III 4(a)": ["iii_4_employment"]}
    assert outcome.steps == []


def test_run_text_says_not_finished_and_shows_the_signals(tmp_path):
    path = _partial(tmp_path, "employment_cv_screening_4a", "iii_4_employment")
    walk, _, outcome = _evaluate(path)
    nl, en = outcome_text(outcome, walk, "nl"), outcome_text(outcome, walk, "en")
    assert nl.startswith("Volgende vraag: ") and "De vragenlijst is nog niet af" in nl
    assert "er is nog geen classificatie" in nl
    assert "• Gebruik onder bijlage III: bijlage III, punt 4, onder a, AI-verordening\n  Op grond van: " in nl
    assert "The questionnaire is not finished yet: there is no classification yet" in en
    for text in (nl, en):
        assert "Toepasselijkheid:" not in text and "Applicability:" not in text
        assert "Risicoklasse:" not in text and "Risk class:" not in text


def test_run_json_has_no_classification_but_signals(tmp_path):
    path = _partial(tmp_path, "exception_clears_only_its_own_practice", "role_base")
    done = cli("run", "--answers", str(path), "--json", db=tmp_path / "db.json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["complete"] is False and out["classification"] is None and out["steps"] == []
    assert [r["role"] for r in out["signals"]["roles"]] == ["deployer"]
    text = cli("run", "--answers", str(path), db=tmp_path / "db.json", lang="en").stdout
    assert "not finished yet" in text and "no role" not in text


def test_a_complete_walk_is_classified_and_has_no_signals():
    walk = Walk(load_default().questionnaire).answer("is_algorithm", "no")
    outcome = evaluate(walk, INTAKE, AS_OF)
    assert outcome.complete and outcome.classification is not None and outcome.signals is None


def test_profile_so_far_reads_the_signals(tmp_path):
    path = _partial(tmp_path, "exception_clears_only_its_own_practice", "p_g_exception",
                    ctx_output=["influences"], p_a_manipulation="unknown", p_b_vulnerability="no")
    _, _, outcome = _evaluate(path)
    blocks = dict(profile_blocks(outcome, "nl"))
    assert blocks["Risicoklasse"] == ["nog niet bekend"]
    assert blocks["Rol"] == ["gebruiksverantwoordelijke"]
    assert blocks["Signalen"] == ["art. 5, eerste lid, onder f, AI-verordening (uitzondering ingeroepen)",
                                  "art. 5, eerste lid, onder g, AI-verordening"]
    assert len(blocks["Open vragen"]) == 1 and "manipulatieve" in blocks["Open vragen"][0]


def test_list_and_show_say_not_known_for_an_open_record(tmp_path):
    db = tmp_path / "db.json"
    loaded = load_default()
    with Store.open(db) as store:
        session = Session.start(store, loaded, INTAKE)
        session.answer("is_algorithm", "yes")
        session.outcome(AS_OF)
        record = store.find(session.record_id)
        assert record.latest.risk_class is None and record.latest.applicability is None
        # A record saved by an earlier version with a class from its partial walk.
        store.save(record.model_copy(update={"latest": Latest(
            complete=False, as_of=AS_OF, applicability="applies", risk_class="high_risk")}))
        assert [s.risk_class for s in store.summaries()] == [None]
    listed = cli("list", db=db, lang="nl")
    assert "nog niet bekend" in listed.stdout and "hoog" not in listed.stdout
    shown = cli("show", session.record_id[:8], db=db, lang="en")
    assert "Risk class: not known yet" in shown.stdout and "high" not in shown.stdout


def test_export_of_an_open_record_has_null_classification_and_signals(tmp_path):
    loaded = load_default()
    with Store.open(tmp_path / "db.json") as store:
        session = Session.start(store, loaded, INTAKE)
        for qid, value in (("is_algorithm", "yes"), ("ai_definition", "yes")):
            session.answer(qid, value)
        document = export_document([store.find(session.record_id)], loaded, AS_OF)
    raw = json.loads(document.model_dump_json())
    exported = raw["assessments"][0]
    assert exported["complete"] is False and exported["classification"] is None
    assert exported["signals"] is not None
    # An export without the field (an older version of this tool) still reads.
    del exported["signals"]
    again = parse_export(json.dumps(raw).encode(), "old.json")
    assert again.assessments[0].signals is None


def test_result_screen_and_report_show_signals_not_a_classification(tmp_path):
    from assessment.document.blocks import Bullets, Heading, Paragraph
    from assessment.presentation import blocks as b
    from assessment.presentation.given import from_walk
    from assessment.presentation.present import present
    from assessment.report.content import build

    path = _partial(tmp_path, "exception_clears_only_its_own_practice", "p_g_exception")
    walk, intake, outcome = _evaluate(path)
    shown = present(outcome, from_walk(walk), "en")
    assert isinstance(shown[0], b.Warning) and "no classification yet" in shown[0].text
    assert [s.text for s in shown if isinstance(s, b.Signal)] == [
        "Role chosen: deployer",
        "Prohibited practice answered yes: Article 5(1)(f) AI Act; exception claimed: Article 5(1)(f) AI Act",
        "Prohibited practice answered yes: Article 5(1)(g) AI Act"]
    assert not any(isinstance(s, b.Conclusion) for s in shown)  # no risk class, no applicability

    loaded = load_default()
    with Store.open(tmp_path / "db.json") as store:
        session = Session.start(store, loaded, intake)
        for answer in walk.answers:
            if session.walk.answer_to(answer.question_id) is None:  # not already given by the intake
                session.answer(answer.question_id, answer.value)
        document = export_document([store.find(session.record_id)], loaded, AS_OF)
    report = build(document.assessments[0], "nl")
    assert any(isinstance(x, Paragraph) and "er is nog geen classificatie" in x.text for x in report.blocks)
    at = next(i for i, x in enumerate(report.blocks) if isinstance(x, Heading) and x.text.startswith("Wat de antw"))
    items = report.blocks[at + 1]
    assert isinstance(items, Bullets) and [i.split("\n")[0] for i in items.items] == [
        "Rol gekozen: gebruiksverantwoordelijke",
        "Verboden praktijk beantwoord met ja: art. 5, eerste lid, onder f, AI-verordening; uitzondering geclaimd: "
        "art. 5, eerste lid, onder f, AI-verordening",
        "Verboden praktijk beantwoord met ja: art. 5, eerste lid, onder g, AI-verordening"]
    assert all("\nOp grond van: " in i for i in items.items)  # each with the answers behind it
