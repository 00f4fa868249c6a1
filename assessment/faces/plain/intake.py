"""The intake, field by field, with the same rules and messages as the full-screen form. Fields that
do not apply (a municipality's ministry, a switch-off date while in use) are not asked."""

from collections.abc import Collection

from assessment.faces.intake_form import (
    BY_NAME, FIELDS, Field, applies, build_intake, field_label, ministry_names, required, values_of,
)
from assessment.faces.plain.prompts import Choice, Prompter
from assessment.faces.strings import t
from assessment.intake import Intake
from assessment.organisations import load_organisations


def _ask_field(prompter: Prompter, field: Field, values: dict[str, str]) -> str:
    lang = prompter.lang
    current = values.get(field.name, "")
    title = field_label(field, lang, values)
    if field.ministry:
        # Numbered, by the Dutch name the intake stores; a name typed earlier is shown if it matches.
        found = load_organisations().match_ministry(current)
        choices = [Choice(shown, nl) for shown, nl in zip(ministry_names(lang), ministry_names("nl"), strict=True)]
        if not required(field, values):
            choices.insert(0, Choice("–", ""))
        return prompter.select(title, choices, default=found.name.nl if found else None, numbered=True)
    if field.choices is not None:
        choices = [Choice(shown, value) for shown, value in field.choices(lang)]
        if not required(field, values):
            choices.insert(0, Choice("–", ""))
        return prompter.select(title, choices, default=current or None, numbered=True)
    if field.lifecycle:
        hint = t("change_placeholder" if field.name == "significant_change_on" else "lifecycle_placeholder", lang)
        return prompter.text(title, default=current, instruction=f"({hint})")
    return prompter.text(title, default=current)


def ask_intake(prompter: Prompter, today: str, start: Intake | None = None,
               only: Collection[str] | None = None) -> Intake:
    """Ask every field that applies (or `only` those), then again only the fields that need fixing,
    until the intake holds."""
    lang = prompter.lang
    values = values_of(start, lang) if start is not None else {}
    if not values.get("assessed_on"):
        values["assessed_on"] = today
    todo = [f for f in FIELDS if only is None or f.name in only]
    while True:
        for field in todo:
            if not applies(field, values):
                values[field.name] = ""
                continue
            values[field.name] = _ask_field(prompter, field, values)
        intake, problems = build_intake(values, lang)
        if intake is not None:
            return intake
        for name, problem in problems.items():
            print(f"  {field_label(BY_NAME[name], lang, values)}: {problem}")
        print(t("intake_fix", lang))
        todo = [f for f in FIELDS if f.name in problems]
