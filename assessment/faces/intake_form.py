"""The intake form both faces show: its fields, which of them apply, and turning typed values into an
`Intake` with one message per field that is wrong. The rules themselves live in `assessment.intake`;
the ministries and organisation types come from data/organisations.yaml."""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from pydantic import ValidationError

from assessment.faces.labels import label
from assessment.faces.strings import t
from assessment.i18n import Lang
from assessment.intake import LIFECYCLE_DATES, Acquisition, HumanCheck, Intake, PolicyTheme, SystemStatus
from assessment.organisations import load_organisations

Choices = Callable[[Lang], list[tuple[str, str]]]
"""(label, id) pairs in the order the form offers them."""


def _enum_choices(enum: type[StrEnum]) -> Choices:
    return lambda lang: [(label(c.value, lang), c.value) for c in enum]


def organisation_type_choices(lang: Lang) -> list[tuple[str, str]]:
    return [(label(k.id, lang), k.id) for k in load_organisations().organisation_types]


def ministry_names(lang: Lang) -> list[str]:
    """The names the ministry field offers (type-ahead, or numbered in plain mode)."""
    return [m.label(lang) for m in load_organisations().ministries]


@dataclass(frozen=True)
class Field:
    name: str
    choices: Choices | None = None
    date: bool = False
    long: bool = False
    ministry: bool = False
    """A name from the ministries list: typed with completion, or chosen by number."""
    lifecycle: bool = False
    """A date the law runs on: a date, or 'onbekend'/'unknown' (and for a change, 'geen'/'none')."""


ALWAYS_REQUIRED = ("organisation", "organisation_type", "system_name", "status")

FIELDS: tuple[Field, ...] = (
    Field("system_name"),
    Field("organisation_type", choices=organisation_type_choices),
    Field("ministry", ministry=True),
    Field("organisation"),
    Field("function", long=True),
    Field("business_process", long=True),
    Field("status", choices=_enum_choices(SystemStatus)),
    Field("switched_off_on", date=True),
    Field("acquisition", choices=_enum_choices(Acquisition)),
    Field("in_service_on", lifecycle=True),
    Field("significant_change_on", lifecycle=True),
    Field("processing_started_on", lifecycle=True),
    Field("placed_on_market_on", lifecycle=True),
    Field("contact_person"),
    Field("interviewee"),
    Field("officer"),
    Field("assessed_on", date=True),
    # Optional, for the Algoritmeregister draft.
    Field("policy_theme", choices=_enum_choices(PolicyTheme)),
    Field("lawful_basis", long=True),
    Field("contact_address"),
    Field("supplier"),
    Field("human_check", choices=_enum_choices(HumanCheck)),
)
BY_NAME = {f.name: f for f in FIELDS}


def _ministry_rule(values: dict[str, str]) -> str:
    """'required', 'optional' or 'none' for the organisation type chosen (required before a choice)."""
    kind = load_organisations().kind(values.get("organisation_type") or None)
    return "required" if kind is None else kind.ministry


def applies(field: Field, values: dict[str, str]) -> bool:
    """Whether the form offers `field` given the other values: a municipality has no ministry, a
    system in use no switch-off date."""
    if field.name == "ministry":
        return _ministry_rule(values) != "none"
    if field.name == "switched_off_on":
        return values.get("status") == SystemStatus.SWITCHED_OFF
    if field.name == "significant_change_on":  # only a system already in service can have changed
        return values.get("status") in _IN_SERVICE
    if field.name == "placed_on_market_on":  # a general-purpose AI model the organisation made itself
        return values.get("acquisition") in (Acquisition.IN_HOUSE, Acquisition.COMMISSIONED)
    return True


_IN_SERVICE = (SystemStatus.PILOT, SystemStatus.IN_USE, SystemStatus.SWITCHED_OFF)
_WORDS = {"onbekend": "unknown", "weet ik niet": "unknown", "unknown": "unknown", "?": "unknown",
          "geen": "none", "nee": "none", "none": "none", "no": "none"}
_SHOWN = {"unknown": ("onbekend", "unknown"), "none": ("geen", "none")}


def _lifecycle_value(name: str, text: str) -> object:
    """A date, 'unknown' or (for a change) 'none'; ValueError for anything else."""
    word = _WORDS.get(text.casefold())
    if word == "unknown" or (word == "none" and name == "significant_change_on"):
        return word
    return dt.date.fromisoformat(text)


def required(field: Field, values: dict[str, str]) -> bool:
    if not applies(field, values):
        return False
    if field.name == "ministry":
        return _ministry_rule(values) == "required"
    if field.name == "switched_off_on":
        return True
    return field.name in ALWAYS_REQUIRED


def field_label(field: Field, lang: Lang, values: dict[str, str] | None = None) -> str:
    return t(f"f_{field.name}", lang) + (" *" if required(field, values or {}) else "")


KEPT = tuple(name for name in LIFECYCLE_DATES if name not in {f.name for f in FIELDS})
"""Intake fields the form does not show (yet): carried through unchanged so an edit never drops them."""


def values_of(intake: Intake, lang: Lang = "nl") -> dict[str, str]:
    """The intake as the strings the form fields hold, plus the fields it carries through unchanged."""
    out = {}
    for name in [f.name for f in FIELDS] + list(KEPT):
        value = getattr(intake, name)
        if name in LIFECYCLE_DATES and value in _SHOWN:
            out[name] = _SHOWN[value][0 if lang == "nl" else 1]
            continue
        out[name] = "" if value is None else (value.isoformat() if isinstance(value, dt.date) else str(value))
    return out


def build_intake(values: dict[str, str], lang: Lang) -> tuple[Intake | None, dict[str, str]]:
    """An Intake from the form's values, or None and a message per field that needs fixing.

    Required fields are checked here too: an officer fills them once, at the start. A field that
    does not apply is left empty whatever it held."""
    problems: dict[str, str] = {}
    data: dict[str, object] = {}
    for field in FIELDS:
        raw = values.get(field.name, "")
        text = raw.strip()
        if not applies(field, values):
            continue
        if not text:
            if required(field, values):
                problems[field.name] = t("required", lang)
            continue
        if field.date:
            try:
                data[field.name] = dt.date.fromisoformat(text)
            except ValueError:
                problems[field.name] = t("not_a_date", lang)
        elif field.lifecycle:
            try:
                data[field.name] = _lifecycle_value(field.name, text)
            except ValueError:
                problems[field.name] = t("not_a_change_date" if field.name == "significant_change_on"
                                         else "not_a_lifecycle_date", lang)
        elif field.ministry:
            found = load_organisations().match_ministry(text)
            if found is None:
                problems[field.name] = t("unknown_ministry", lang)
            else:
                data["ministry"], data["ministry_id"] = found.name.nl, found.id
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
