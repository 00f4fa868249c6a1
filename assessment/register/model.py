"""The draft Algoritmeregister entry: the register's own keys (Publicatiestandaard 1.0, the
delivery API's `v1_0` field set) and, beside it, where each filled field came from and what the
owner still has to write.

Limits are the register's. It counts a text's length after removing HTML tags; the tool writes
plain text, so the characters counted here are the characters the register counts
(`assessment.register.length.register_length` checks free text that holds markup).
The JSON Schema of the entry is generated from `RegisterEntry` (data/algoritmeregister-1.0.schema.json).
"""

import datetime as dt
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, model_serializer

STANDARD_VERSION: Final = "1.0"
DRAFT_FORMAT: Final = "assessment-register-draft"

GENERAL, RESPONSIBLE_USE, OPERATION, METADATA = (
    "Algemene informatie", "Verantwoord gebruik", "Werking", "Metadata")
TABS = (GENERAL, RESPONSIBLE_USE, OPERATION, METADATA)
"""The four tabs of the register's public page, in its order."""

Status = Literal["In ontwikkeling", "In gebruik", "Buiten gebruik"]
PublicationCategory = Literal["Hoog-risico AI-systeem", "Impactvolle algoritmes", "Overige algoritmes"]
Theme = Literal[
    "Organisatie en bedrijfsvoering", "Cultuur en recreatie", "Economie", "Overheidsfinanciën", "Wonen",
    "Internationaal", "Migratie en integratie", "Natuur en milieu", "Onderwijs en wetenschap",
    "Openbare orde en veiligheid", "Recht", "Ruimte en infrastructuur", "Sociale zekerheid", "Verkeer",
    "Werk", "Zorg en gezondheid"]
"""The register's list of policy themes (field `category`)."""

CATEGORY_OF: dict[str, PublicationCategory] = {
    "A": "Hoog-risico AI-systeem", "B": "Impactvolle algoritmes", "C": "Overige algoritmes"}

_MONTH = r"^[0-9]{4}-(0[1-9]|1[0-2])$"


def _field(title: str, tab: str, *, mandatory: bool = False, max_length: int | None = None,
           description: str = "", **kwargs: Any) -> Any:
    """A register field: its Dutch title, its tab, and whether the register needs it to publish."""
    extra: dict[str, JsonValue] = {"x-tab": tab, "x-mandatory": mandatory}
    return Field(default=None, title=title, description=description or None, max_length=max_length,
                 json_schema_extra=extra, **kwargs)


def _no_nulls(schema: dict[str, Any]) -> None:
    """Empty fields are left out, never written as null: the schema says so."""
    for prop in schema.get("properties", {}).values():
        options = prop.pop("anyOf", None)
        if options:
            prop.update(next(o for o in options if o.get("type") != "null"))
        prop.pop("default", None)


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, json_schema_extra=_no_nulls)

    @model_serializer(mode="wrap")
    def _leave_out_empty(self, handler: Any):  # no return type: the schema stays the fields'
        return {key: value for key, value in handler(self).items() if value is not None}


class LinkedTitle(_Part):
    """An item of `lawful_basis_grouping` or `source_data_grouping`: both parts are required there."""

    title: str = Field(min_length=1, max_length=500, title="Titel")
    link: str = Field(min_length=1, max_length=500, title="Link")


class LawfulBasisLink(LinkedTitle):
    title: str = Field(min_length=1, max_length=100, title="Titel")


class ImpactAssessment(_Part):
    """An item of `impacttoetsen_grouping`: the name of an assessment carried out, a link if public."""

    title: str = Field(min_length=1, max_length=500, title="Titel")
    link: str | None = Field(default=None, max_length=500, title="Link")


def _entry_schema(schema: dict[str, Any]) -> None:
    _no_nulls(schema)
    schema["x-required-to-publish"] = [
        name for name, f in RegisterEntry.model_fields.items()
        if (f.json_schema_extra or {}).get("x-mandatory")]  # type: ignore[union-attr]


class RegisterEntry(_Part):
    """One algorithm description in Publicatiestandaard 1.0, with the register's API keys.
    Fields the assessment cannot fill are absent (not null)."""

    model_config = ConfigDict(title="AlgoritmeregisterEntry", json_schema_extra=_entry_schema)

    name: str | None = _field("Naam", GENERAL, mandatory=True, max_length=100)
    description_short: str | None = _field("Korte omschrijving", GENERAL, mandatory=True, max_length=400)
    organization: str | None = _field("Organisatie", GENERAL, mandatory=True, max_length=100)
    category: list[Theme] | None = _field("Thema", GENERAL)
    status: Status | None = _field("Status", GENERAL, mandatory=True)
    begin_date: str | None = _field("Begindatum", GENERAL, max_length=7, pattern=_MONTH)
    end_date: str | None = _field("Einddatum", GENERAL, max_length=7, pattern=_MONTH)
    contact_email: str | None = _field("Contactgegevens", GENERAL, mandatory=True, max_length=500)
    website: str | None = _field("Link naar publiekspagina", GENERAL, max_length=500)
    publication_category: PublicationCategory | None = _field("Publicatiecategorie", GENERAL, mandatory=True)
    url: str | None = _field("Link naar bronregistratie", GENERAL, max_length=500)
    goal: str | None = _field("Doel en impact", RESPONSIBLE_USE, max_length=2500)
    proportionality: str | None = _field("Afwegingen", RESPONSIBLE_USE, max_length=2500)
    human_intervention: str | None = _field("Menselijke tussenkomst", RESPONSIBLE_USE, max_length=2500)
    risks: str | None = _field("Risicobeheer", RESPONSIBLE_USE, max_length=2500)
    lawful_basis: str | None = _field("Wettelijke basis", RESPONSIBLE_USE, max_length=2500)
    lawful_basis_grouping: list[LawfulBasisLink] | None = _field(
        "Link naar wettelijke basis", RESPONSIBLE_USE)
    process_index_url: str | None = _field("Link naar verwerkingsregister", RESPONSIBLE_USE, max_length=500)
    impacttoetsen_grouping: list[ImpactAssessment] | None = _field("Impacttoetsen", RESPONSIBLE_USE)
    impacttoetsen: str | None = _field("Toelichting op impacttoetsen", RESPONSIBLE_USE, max_length=2500)
    source_data: str | None = _field("Gegevens", OPERATION, max_length=2500)
    source_data_grouping: list[LinkedTitle] | None = _field("Link naar gegevensbron", OPERATION)
    methods_and_models: str | None = _field("Technische werking", OPERATION, max_length=5000)
    provider: str | None = _field("Leverancier", OPERATION, max_length=200)
    publiccode: str | None = _field("Link naar broncode", OPERATION, max_length=500)
    lang: Literal["nld"] | None = _field("Taal", METADATA, mandatory=True)
    standard_version: Literal["1.0"] | None = _field("Schema", METADATA)
    source_id: str | None = _field("Bron-ID", METADATA, max_length=100)
    tags: str | None = _field("Zoektermen", METADATA, max_length=2500)


def field_title(key: str) -> str:
    return RegisterEntry.model_fields[key].title or key


def field_tab(key: str) -> str:
    return (RegisterEntry.model_fields[key].json_schema_extra or {})["x-tab"]  # type: ignore[index,return-value]


def mandatory(key: str) -> bool:
    return bool((RegisterEntry.model_fields[key].json_schema_extra or {})["x-mandatory"])  # type: ignore[index]


def max_length(key: str) -> int | None:
    for meta in RegisterEntry.model_fields[key].metadata:
        if hasattr(meta, "max_length"):
            return meta.max_length
    return None


FIXED = ("lang", "standard_version")
"""Metadata the standard fixes: filled in every draft, from no answer."""


class StillToWrite(_Part):
    """A field the owner still has to write (absent from the entry) or to complete (a draft text
    is there, but the assessment could not say everything the register asks for)."""

    key: str
    mandatory: bool
    complete_only: bool = Field(default=False, description="true: a draft text is there; add to it")
    why: str = Field(description="in Dutch: what is missing and where to find it")


class RegisterDraft(_Part):
    """A draft entry for the Algoritmeregister, for the system owner to finish and publish.
    Nothing is sent anywhere: publishing stays with the organisation."""

    format: Literal["assessment-register-draft"] = DRAFT_FORMAT
    standard_version: Literal["1.0"] = STANDARD_VERSION
    assessment_id: str
    made_on: dt.date
    category: Literal["A", "B", "C"]
    category_reason: str = Field(description="in Dutch: why this publication category")
    entry: RegisterEntry
    sources: dict[str, Annotated[list[str], Field(min_length=1)]] = Field(
        description="per filled field: the question ids and intake fields (`intake.NAME`) it comes from")
    still_to_write: list[StillToWrite] = Field(description="mandatory fields first")

    def open_mandatory(self) -> list[str]:
        return [t.key for t in self.still_to_write if t.mandatory and not t.complete_only]
