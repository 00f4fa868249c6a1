"""The intake form both faces show: its fields, and turning typed values into an `Intake` with
one message per field that is wrong. The rules themselves live in `assessment.intake`."""

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from pydantic import ValidationError

from assessment.faces.strings import t
from assessment.i18n import Lang
from assessment.intake import (LIFECYCLE_DATES, Acquisition, HumanCheck, Intake, OrganisationType,
                               PolicyTheme, SystemStatus)


@dataclass(frozen=True)
class Field:
    name: str
    choices: type[StrEnum] | None = None
    date: bool = False
    long: bool = False

    @property
    def required(self) -> bool:
        return self.name in REQUIRED


REQUIRED = ("ministry", "organisation", "organisation_type", "system_name", "status")

FIELDS: tuple[Field, ...] = (
    Field("system_name"),
    Field("ministry"),
    Field("organisation"),
    Field("organisation_type", choices=OrganisationType),
    Field("function", long=True),
    Field("business_process", long=True),
    Field("status", choices=SystemStatus),
    Field("switched_off_on", date=True),
    Field("acquisition", choices=Acquisition),
    Field("contact_person"),
    Field("interviewee"),
    Field("officer"),
    Field("assessed_on", date=True),
    # Optional, for the Algoritmeregister draft.
    Field("policy_theme", choices=PolicyTheme),
    Field("lawful_basis", long=True),
    Field("contact_address"),
    Field("supplier"),
    Field("human_check", choices=HumanCheck),
)


def field_label(field: Field, lang: Lang) -> str:
    return t(f"f_{field.name}", lang) + (" *" if field.required else "")


KEPT = tuple(name for name in LIFECYCLE_DATES if name not in {f.name for f in FIELDS})
"""Intake fields the form does not show (yet): carried through unchanged so an edit never drops them."""


def values_of(intake: Intake) -> dict[str, str]:
    """The intake as the strings the form fields hold, plus the fields it carries through unchanged."""
    out = {}
    for name in [f.name for f in FIELDS] + list(KEPT):
        value = getattr(intake, name)
        out[name] = "" if value is None else (value.isoformat() if isinstance(value, dt.date) else str(value))
    return out


def build_intake(values: dict[str, str], lang: Lang) -> tuple[Intake | None, dict[str, str]]:
    """An Intake from the form's values, or None and a message per field that needs fixing.

    Required fields are checked here too: an officer fills them once, at the start."""
    problems: dict[str, str] = {}
    data: dict[str, object] = {}
    for field in FIELDS:
        raw = values.get(field.name, "")
        text = raw.strip()
        if not text:
            if field.required:
                problems[field.name] = t("required", lang)
            continue
        if field.date:
            try:
                data[field.name] = dt.date.fromisoformat(text)
            except ValueError:
                problems[field.name] = t("not_a_date", lang)
        else:
            data[field.name] = text if field.choices else raw
    if problems:
        return None, problems
    data.update({name: values[name] for name in KEPT if values.get(name, "").strip()})
    try:
        intake = Intake.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            name = str(error["loc"][0]) if error["loc"] else "switched_off_on"
            if error["type"] == "string_too_long":
                problems[name] = t("too_long", lang)
            elif name == "contact_address":
                problems[name] = t("not_contact", lang)
            elif not error["loc"]:
                problems["switched_off_on"] = t("only_switched_off", lang)
            else:
                problems[name] = error["msg"]
        return None, problems
    for name in intake.missing():
        problems[name] = t("required", lang)
    return (None, problems) if problems else (intake, {})
