"""Each fact asked once: the intake answers the matching questions (recorded with their source),
changes in either place stay in step, and an answer that contradicts the intake is raised."""

import pytest

from assessment.engine import prefill
from assessment.intake import Intake, OrganisationType, SystemStatus
from assessment.app.intake_links import load_links
from assessment.organisations import load_organisations
from assessment.questionnaire.shipped import load_default
from assessment.app.session import Session
from assessment.records.store import Store

UP_TO_ROLES = {"is_algorithm": "yes", "ai_definition": "yes", "system_type": "ai_system", "ctx_special": ["none"]}
HOUSING = Intake(organisation="Woonstad", organisation_type="private_public_service", system_name="Toewijzing",
                 status="in_use", acquisition="in_house")


@pytest.fixture
def shipped():
    return load_default()


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "db.json") as opened:
        yield opened


def answer_until(session, answers):
    while (q := session.walk.current()) is not None and q.id in answers:
        session.answer(q.id, answers[q.id])


def test_the_links_name_questions_and_options_of_the_shipped_questionnaire(shipped):
    assert load_links().problems(shipped.questionnaire) == []


def test_the_organisation_types_in_the_data_are_the_intakes_ids():
    assert [k.id for k in load_organisations().organisation_types] == [t.value for t in OrganisationType]


def test_intake_answers_are_given_without_asking_and_marked_with_their_source(store, shipped):
    session = Session.start(store, shipped, HOUSING)
    answer_until(session, UP_TO_ROLES)
    asked = [a.question_id for a in session.walk.answers if a.source != prefill.INTAKE]
    assert "excl_pre_market" not in asked and "excl_pre_market" not in UP_TO_ROLES
    assert session.walk.answer_to("excl_pre_market").value == "in_use"
    assert session.walk.answer_to("excl_pre_market").source == prefill.INTAKE
    session.answer("role_base", ["develop_own", "use"])
    # A housing corporation is a private party providing a public service, not a public authority.
    assert session.walk.answer_to("public_body").value == "public_service"
    assert session.walk.current().id != "public_body"
    stored = store.get(session.record_id)
    assert {a.question_id: a.source for a in stored.answers}["public_body"] == "intake"


def test_back_skips_the_answers_the_intake_gave(store, shipped):
    session = Session.start(store, shipped, HOUSING)
    answer_until(session, UP_TO_ROLES)
    assert session.walk.current().id == "role_base"
    session.back()  # past the intake's excl_pre_market to the question asked before it
    assert session.walk.current().id == "ctx_special"
    session.answer("ctx_special", ["none"])
    assert session.walk.current().id == "role_base"


def test_an_answer_contradicting_the_intake_is_raised_and_settled_either_way(store, shipped):
    session = Session.start(store, shipped, HOUSING)
    answer_until(session, {**UP_TO_ROLES, "role_base": ["use"]})  # built in house, yet deployer only
    [conflict] = session.conflicts()
    assert (conflict.question_id, conflict.field, conflict.intake_value) == ("role_base", "acquisition", "in_house")
    assert session.resolve(conflict, keep_intake=True) is True  # the question must be answered again
    session.resolve(conflict, keep_intake=False)
    assert session.conflicts() == [] and session.walk.answer_to("role_base").source == prefill.OVERRIDE


def test_changing_the_answer_changes_the_intake_and_the_other_way_round(store, shipped):
    session = Session.start(store, shipped, HOUSING)
    answer_until(session, UP_TO_ROLES)
    session.edit("excl_pre_market", "real_world_testing")
    assert session.intake.status == "pilot" and session.conflicts() == []
    assert store.get(session.record_id).intake.status == "pilot"
    session.update_intake(session.intake.model_copy(update={"status": SystemStatus.IN_USE}))
    assert session.walk.answer_to("excl_pre_market").value == "in_use"


def test_an_answer_no_intake_value_gives_is_a_contradiction_to_settle(store, shipped):
    session = Session.start(store, shipped, HOUSING)
    answer_until(session, {**UP_TO_ROLES, "role_base": ["develop_own", "use"]})
    session.edit("public_body", "no")
    [conflict] = session.conflicts()
    assert conflict.intake_answers and conflict.intake_value == "private_public_service"
    session.resolve(conflict, keep_intake=True)
    assert session.walk.answer_to("public_body").value == "public_service" and session.conflicts() == []


def test_a_planned_system_is_asked_its_stage_and_only_switched_off_contradicts(store, shipped):
    planned = HOUSING.model_copy(update={"status": SystemStatus.PLANNED})
    session = Session.start(store, shipped, planned)
    answer_until(session, UP_TO_ROLES)
    assert session.walk.current().id == "excl_pre_market"
    session.answer("excl_pre_market", "switched_off")
    [conflict] = session.conflicts()
    assert not conflict.intake_answers
    session.resolve(conflict, keep_intake=False)  # the answer holds: the intake follows
    assert session.intake.status == "switched_off" and "switched_off_on" in session.intake.missing()
