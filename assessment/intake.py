"""What the CIO office needs to know about the system and the conversation (the intake)."""

import datetime as dt
import re
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from assessment.limits import INTAKE, too_long

from assessment.organisations import load_organisations


class OrganisationType(StrEnum):
    """The ids of data/organisations.yaml (names and legal facts live there; a test keeps both equal)."""

    KERNDEPARTEMENT = "kerndepartement"
    UITVOERINGSORGANISATIE = "uitvoeringsorganisatie"
    AGENTSCHAP = "agentschap"
    INSPECTIE = "inspectie"
    ZBO = "zbo"
    GEMEENTE = "gemeente"
    PROVINCIE = "provincie"
    WATERSCHAP = "waterschap"
    OTHER_PUBLIC_BODY = "other_public_body"
    PRIVATE_PUBLIC_SERVICE = "private_public_service"
    OTHER = "other"


class SystemStatus(StrEnum):
    PLANNED = "planned"  # procured or planned, not yet in use
    IN_DEVELOPMENT = "in_development"
    PILOT = "pilot"  # a pilot with real effects on people counts as in use
    IN_USE = "in_use"
    SWITCHED_OFF = "switched_off"


class Acquisition(StrEnum):
    IN_HOUSE = "in_house"
    COMMISSIONED = "commissioned"
    PROCURED = "procured"
    PROCURED_ADAPTED = "procured_adapted"


class PolicyTheme(StrEnum):
    """The Algoritmeregister's policy themes (its field `category`), as language-neutral ids."""

    ORGANISATION_OPERATIONS = "organisation_operations"
    CULTURE_RECREATION = "culture_recreation"
    ECONOMY = "economy"
    PUBLIC_FINANCE = "public_finance"
    HOUSING = "housing"
    INTERNATIONAL = "international"
    MIGRATION_INTEGRATION = "migration_integration"
    NATURE_ENVIRONMENT = "nature_environment"
    EDUCATION_SCIENCE = "education_science"
    PUBLIC_ORDER_SAFETY = "public_order_safety"
    LAW = "law"
    SPATIAL_INFRASTRUCTURE = "spatial_infrastructure"
    SOCIAL_SECURITY = "social_security"
    TRAFFIC = "traffic"
    WORK = "work"
    HEALTH_CARE = "health_care"


class HumanCheck(StrEnum):
    """Whether people check the system's outcomes before they take effect."""

    EVERY_OUTCOME = "every_outcome"
    SPOT_CHECKS = "spot_checks"
    NO_CHECK = "no_check"


STORED = {"stored": True}
"""Validation context for reading the database: a record saved before a limit existed (or
beyond it) is read as it is; the limits hold where text comes in (see `assessment.limits`)."""


def _text(name: str):
    # The limit is checked by `_within_limits`, not by max_length, so that a stored record over
    # it can still be read; the published schema states it all the same.
    return Field(default="", json_schema_extra={"maxLength": INTAKE[name]})


_CONTACT = re.compile(r"^(https://[^\s/]+\.[^\s]+|[^\s@]+@[^\s@]+\.[^\s@]+)$")

UNKNOWN = "unknown"
NONE = "none"
DayOrUnknown = dt.date | Literal["unknown"]
"""A date, or 'unknown' when it was asked and nobody knew; a missing field (None) was not asked."""

LIFECYCLE_DATES = ("in_service_on", "significant_change_on", "processing_started_on", "placed_on_market_on")
"""The dates the law runs on (art. 111, art. 113, GDPR art. 35(1)); the deadlines are computed from them."""


class Intake(BaseModel):
    """The system, its organisation and who took part. Free text is kept exactly as typed."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)

    ministry: str = _text("ministry")
    """The ministry's name; for a ministry from the list, its Dutch name."""
    ministry_id: str | None = Field(default=None, pattern=r"^[a-z][a-z0-9_]*$")
    """The stable id from data/organisations.yaml; None for a name typed before the list existed."""
    organisation: str = _text("organisation")
    organisation_type: OrganisationType | None = None
    system_name: str = _text("system_name")
    function: str = _text("function")
    business_process: str = _text("business_process")
    status: SystemStatus | None = None
    switched_off_on: dt.date | None = None
    acquisition: Acquisition | None = None
    contact_person: str = _text("contact_person")
    interviewee: str = _text("interviewee")
    officer: str = _text("officer")
    assessed_on: dt.date | None = None
    in_service_on: DayOrUnknown | None = None
    """When the system was placed on the market or put into service, or is planned to be. Testing in
    real-world conditions under art. 60 is not putting into service."""
    significant_change_on: dt.date | Literal["none", "unknown"] | None = None
    """When its design changed significantly after the art. 111(2) cut-off; 'none' if it did not."""
    processing_started_on: DayOrUnknown | None = None
    """When the processing of personal data started (or will start): the DPIA is due before it."""
    placed_on_market_on: DayOrUnknown | None = None
    """For a general-purpose AI model: when it was first placed on the market (art. 111(3))."""
    # For the Algoritmeregister draft (issue 13): optional, never needed for a classification.
    policy_theme: PolicyTheme | None = None
    lawful_basis: str = _text("lawful_basis")
    """The legal basis of the work the system supports, in words."""
    contact_address: str = _text("contact_address")
    """A general e-mail address or https:// page where the public can ask about the system."""
    supplier: str = _text("supplier")
    human_check: HumanCheck | None = None

    @field_validator(*INTAKE, mode="after")
    @classmethod
    def _within_limits(cls, value: str, info: ValidationInfo) -> str:
        if not (info.context or {}).get("stored") and (problem := too_long(value, INTAKE[str(info.field_name)])):
            raise ValueError(problem)
        return value

    @field_validator("contact_address")
    @classmethod
    def _contact(cls, value: str) -> str:
        if value and not _CONTACT.match(value.strip()):
            raise ValueError("not an e-mail address or https:// address")
        return value

    @model_validator(mode="after")
    def _switch_off_date(self) -> "Intake":
        if self.switched_off_on and self.status != SystemStatus.SWITCHED_OFF:
            raise ValueError("switched_off_on is only for status switched_off")
        return self

    def day(self, name: str) -> dt.date | None:
        """A lifecycle date when it is known (not missing, 'unknown' or 'none')."""
        value = getattr(self, name)
        return value if isinstance(value, dt.date) else None

    def in_service(self, as_of: dt.date) -> bool:
        """Placed on the market or put into service by `as_of`: by its date when known, else by status
        (no status is taken as in use, the cautious reading)."""
        day = self.day("in_service_on")
        if day is not None:
            return day <= as_of
        return not self.not_yet_in_use

    def missing(self) -> list[str]:
        """Required fields still empty: an assessment cannot be exported without them."""
        required = ["organisation", "organisation_type", "system_name", "status"]
        if self.ministry_required:
            required.insert(0, "ministry")
        gaps = [name for name in required if getattr(self, name) in ("", None)]
        if self.status == SystemStatus.SWITCHED_OFF and self.switched_off_on is None:
            gaps.append("switched_off_on")
        return gaps

    @property
    def not_yet_in_use(self) -> bool:
        """In development, or procured or planned: the duties before first use still lie ahead."""
        return self.status in (SystemStatus.PLANNED, SystemStatus.IN_DEVELOPMENT)

    @property
    def ministry_required(self) -> bool:
        """Organisations of the Rijk name their ministry; medeoverheden have none. Without a type,
        the ministry is asked (the intake has always asked it)."""
        kind = load_organisations().kind(self.organisation_type)
        return kind is None or kind.ministry == "required"

    @property
    def public_body(self) -> bool:
        """A body governed by public law or a private party providing a public service (art. 27(1)),
        as the organisation type says; a type that does not tell is not assumed to be one."""
        kind = load_organisations().kind(self.organisation_type)
        return bool(kind is not None and kind.public_law_or_service)
