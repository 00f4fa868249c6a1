"""What the CIO office needs to know about the system and the conversation (the intake)."""

import datetime as dt
import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class OrganisationType(StrEnum):
    KERNDEPARTEMENT = "kerndepartement"
    UITVOERINGSORGANISATIE = "uitvoeringsorganisatie"
    AGENTSCHAP = "agentschap"
    INSPECTIE = "inspectie"
    ZBO = "zbo"
    OTHER = "other"


class SystemStatus(StrEnum):
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


_Short = Field(default="", max_length=500)
_CONTACT = re.compile(r"^(https://[^\s/]+\.[^\s]+|[^\s@]+@[^\s@]+\.[^\s@]+)$")


class Intake(BaseModel):
    """The system, its organisation and who took part. Free text is kept exactly as typed."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)

    ministry: str = _Short
    organisation: str = _Short
    organisation_type: OrganisationType | None = None
    system_name: str = _Short
    function: str = Field(default="", max_length=10_000)
    business_process: str = Field(default="", max_length=2_000)
    status: SystemStatus | None = None
    switched_off_on: dt.date | None = None
    acquisition: Acquisition | None = None
    contact_person: str = _Short
    interviewee: str = _Short
    officer: str = _Short
    assessed_on: dt.date | None = None
    # For the Algoritmeregister draft (issue 13): optional, never needed for a classification.
    policy_theme: PolicyTheme | None = None
    lawful_basis: str = Field(default="", max_length=2_500)
    """The legal basis of the work the system supports, in words."""
    contact_address: str = _Short
    """A general e-mail address or https:// page where the public can ask about the system."""
    supplier: str = Field(default="", max_length=200)
    human_check: HumanCheck | None = None

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

    def missing(self) -> list[str]:
        """Required fields still empty: an assessment cannot be exported without them."""
        required = ("ministry", "organisation", "organisation_type", "system_name", "status")
        gaps = [name for name in required if getattr(self, name) in ("", None)]
        if self.status == SystemStatus.SWITCHED_OFF and self.switched_off_on is None:
            gaps.append("switched_off_on")
        return gaps

    @property
    def public_body(self) -> bool:
        """Every listed government organisation type is a public-law body; 'other' is not assumed."""
        return self.organisation_type not in (None, OrganisationType.OTHER)
