"""The draft Algoritmeregister entry built from the golden scenarios: valid against the shipped
schema, within the register's limits, every filled field traced, the category and status right."""

import json

import jsonschema
import pytest

from assessment.legal.facts import Role
from assessment.outcome.evaluate import evaluate
from assessment.register.build import NoDraft
from assessment.register.length import register_length
from assessment.register.model import RegisterEntry, max_length
from assessment.register.schema import SCHEMA_FILE, schema_text
from tests.register_support import AS_OF, SCENARIOS, draft_of, scenario, scenario_draft

NAMES = sorted(p.stem for p in SCENARIOS.glob("*.yaml"))
SCHEMA = json.loads(SCHEMA_FILE.read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
REGISTER_FIELDS = {
    "name", "description_short", "organization", "category", "status", "begin_date", "end_date",
    "contact_email", "website", "publication_category", "url", "goal", "proportionality",
    "human_intervention", "risks", "lawful_basis", "lawful_basis_grouping", "process_index_url",
    "impacttoetsen_grouping", "impacttoetsen", "source_data", "source_data_grouping",
    "methods_and_models", "provider", "publiccode", "lang", "standard_version", "source_id", "tags"}


def test_the_committed_schema_is_the_models_and_has_the_registers_keys_and_limits():
    assert SCHEMA_FILE.read_text("utf-8") == schema_text(), \
        "run: .venv/bin/python -m assessment.register.schema > data/algoritmeregister-1.0.schema.json"
    props = SCHEMA["properties"]
    assert set(props) == REGISTER_FIELDS and SCHEMA["additionalProperties"] is False
    assert {k: props[k]["maxLength"] for k in ("name", "description_short", "organization", "contact_email",
                                              "goal", "methods_and_models", "provider", "begin_date")} == {
        "name": 100, "description_short": 400, "organization": 100, "contact_email": 500, "goal": 2500,
        "methods_and_models": 5000, "provider": 200, "begin_date": 7}
    assert props["publication_category"]["enum"] == [
        "Hoog-risico AI-systeem", "Impactvolle algoritmes", "Overige algoritmes"]
    assert len(props["category"]["items"]["enum"]) == 16
    assert SCHEMA["x-required-to-publish"] == [
        "name", "description_short", "organization", "status", "contact_email", "publication_category", "lang"]


def _sources_hold(draft, walk, intake) -> None:
    entry = draft.entry.model_dump(mode="json")
    answered = walk.values
    assert set(draft.sources) == set(entry) - {"lang", "standard_version"}, "every filled field has sources"
    for key, sources in draft.sources.items():
        for source in sources:
            if source.startswith("intake."):
                assert getattr(intake, source.removeprefix("intake.")) not in (None, ""), (key, source)
            else:
                assert source in answered, f"{key}: {source} was not answered"


@pytest.mark.parametrize("name", NAMES)
def test_every_draft_is_valid_within_limits_and_traced(name):
    walk, intake = scenario(name)
    try:
        draft = draft_of(walk, intake)
    except NoDraft:
        return  # which scenarios give none is tested below
    entry = draft.entry.model_dump(mode="json")
    VALIDATOR.validate(entry)
    for key, value in entry.items():
        if isinstance(value, str) and max_length(key):
            assert register_length(value) <= max_length(key) and len(value) <= max_length(key)
    _sources_hold(draft, walk, intake)
    mandatory_flags = [t.mandatory for t in draft.still_to_write]
    assert mandatory_flags == sorted(mandatory_flags, reverse=True), "mandatory fields first"
    for todo in draft.still_to_write:
        assert (todo.key in entry) == todo.complete_only, todo
    assert draft.open_mandatory() == [k for k in SCHEMA["x-required-to-publish"] if k not in entry]


def test_only_an_organisation_that_uses_an_algorithm_gets_a_draft():
    none = {}
    for name in NAMES:
        walk, intake = scenario(name)
        c = evaluate(walk, intake, AS_OF).classification
        passes_it_on = bool(c.roles) and Role.DEPLOYER not in c.roles  # provider, importer, distributor
        try:
            draft_of(walk, intake)
        except NoDraft as exc:
            none[name] = str(exc)
            assert passes_it_on or c.applicability == "not_an_algorithm", name
            assert ("does not use the system itself" if passes_it_on else "not an algorithm") in str(exc)
        else:
            assert not passes_it_on and c.applicability != "not_an_algorithm", name
    assert {"not_an_algorithm_document_system", "importer_high_risk_recruitment",
            "distributor_speech_transcription", "gpai_model_provider_systemic_risk"} <= set(none)
    assert len(none) < len(NAMES) / 4


@pytest.mark.parametrize(("name", "category", "value"), [
    ("employment_cv_screening_4a", "A", "Hoog-risico AI-systeem"),  # Annex III 4(a)
    ("excel_rule_set_not_ai", "B", "Impactvolle algoritmes"),  # impactful rule engine, no AI
    ("weather_nowcasting_category_c", "C", "Overige algoritmes"),
])
def test_the_category_follows_the_classification(name, category, value):
    draft = scenario_draft(name)
    assert draft.category == category and draft.entry.publication_category == value
    assert draft.sources["publication_category"]


def test_a_high_risk_draft_names_its_annex_iii_point_and_the_assessments_still_to_do():
    draft = scenario_draft("employment_cv_screening_4a")
    assert "bijlage III 4(a)" in draft.entry.goal
    assert "Fundamental Rights Impact Assessment (FRIA): nog niet gedaan. Die is verplicht." in draft.entry.impacttoetsen
    assert "iii_4_employment" in draft.sources["publication_category"]


def test_the_rule_engine_is_described_as_not_self_learning_and_its_dpia_as_done():
    draft = scenario_draft("excel_rule_set_not_ai")
    assert "niet zelflerend" in draft.entry.methods_and_models
    assert draft.sources["methods_and_models"] == ["el_inference"]
    assert [i.title for i in draft.entry.impacttoetsen_grouping] == ["Data Protection Impact Assessment (DPIA)"]
    assert draft.entry.provider == "Intern ontwikkeld" and draft.sources["provider"] == ["intake.acquisition"]


def test_a_switched_off_system_is_out_of_use_with_its_end_month():
    draft = scenario_draft("emotion_recognition_work_switched_off")
    assert draft.entry.status == "Buiten gebruik" and draft.entry.end_date == "2025-01"
    assert draft.sources["end_date"] == ["intake.switched_off_on"]
    assert draft.category == "B" and "verboden AI-praktijk" in draft.category_reason


def test_an_excluded_lab_system_is_in_development_without_end_date():
    draft = scenario_draft("pre_market_lab_exclusion_2_8")
    assert draft.entry.status == "In ontwikkeling" and draft.entry.end_date is None
    assert draft.category == "C"
    walk, intake = scenario("pre_market_lab_exclusion_2_8", status=None)
    without_status = draft_of(walk, intake)
    assert without_status.entry.status == "In ontwikkeling"
    assert without_status.sources["status"] == ["excl_pre_market"]


def test_the_begin_month_comes_from_the_date_it_went_into_use_not_a_planned_one():
    walk, intake = scenario("excel_rule_set_not_ai", in_service_on="2024-03-15")
    draft = draft_of(walk, intake)
    assert draft.entry.begin_date == "2024-03" and draft.sources["begin_date"] == ["intake.in_service_on"]
    planned = draft_of(*scenario("excel_rule_set_not_ai", in_service_on="2027-01-01"))
    assert planned.entry.begin_date is None and "begin_date" in [t.key for t in planned.still_to_write]
    unknown = draft_of(*scenario("excel_rule_set_not_ai", in_service_on="unknown"))
    assert unknown.entry.begin_date is None


def test_a_pilot_counts_as_in_use_and_says_why():
    draft = scenario_draft("pilot_with_real_effects_counts_as_in_use")
    assert draft.entry.status == "In gebruik" and "pilot" in draft.entry.goal


def test_the_register_fields_of_the_intake_fill_the_draft_until_it_can_be_published():
    walk, intake = scenario(
        "excel_rule_set_not_ai", contact_address="algoritmes@duo.example.nl", policy_theme="education_science",
        lawful_basis="Wet studiefinanciering 2000, artikel 1.5.", supplier="Leverancier BV",
        human_check="every_outcome")
    draft = draft_of(walk, intake)
    entry = draft.entry
    assert entry.contact_email == "algoritmes@duo.example.nl" and entry.category == ["Onderwijs en wetenschap"]
    assert entry.lawful_basis == "Wet studiefinanciering 2000, artikel 1.5."
    assert entry.human_intervention.startswith("Een medewerker beoordeelt elke uitkomst")
    assert entry.provider == "Intern ontwikkeld", "built in-house wins over a supplier name"
    assert draft.open_mandatory() == []
    publishable = {**SCHEMA, "required": SCHEMA["x-required-to-publish"]}
    jsonschema.validate(entry.model_dump(mode="json"), publishable)
    _sources_hold(draft, walk, intake)
    bought = draft_of(*scenario("excel_rule_set_not_ai", acquisition="procured", supplier="Leverancier BV"))
    assert bought.entry.provider == "Leverancier BV" and bought.sources["provider"] == ["intake.supplier"]


def test_text_longer_than_the_register_allows_is_left_for_the_owner():
    draft = scenario_draft("excel_rule_set_not_ai", system_name="N" * 101, function="F" * 401)
    assert draft.entry.name is None and draft.entry.description_short is None
    why = {t.key: t.why for t in draft.still_to_write}
    assert "101 tekens" in why["name"] and "400" in why["description_short"]
    assert draft.open_mandatory()[:2] == ["name", "description_short"]


def test_an_unfinished_assessment_gives_no_draft():
    walk, intake = scenario("excel_rule_set_not_ai")
    with pytest.raises(NoDraft, match="not finished"):
        draft_of(walk.back(), intake)


def test_the_register_counts_text_without_markup():
    assert register_length("a<br>b &amp; c") == len("a b & c") - 0
    assert register_length("plain text") == 10


def test_unset_fields_are_left_out_not_null():
    entry = RegisterEntry(name="x", lang="nld")
    assert entry.model_dump(mode="json") == {"name": "x", "lang": "nld"}
