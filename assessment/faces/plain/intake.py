"""The intake, field by field, with the same rules and messages as the full-screen form."""

from assessment.faces.plain.output import say
from assessment.faces.intake_form import FIELDS, Field, build_intake, field_label, values_of
from assessment.faces.labels import label
from assessment.faces.plain.prompts import Choice, Prompter
from assessment.faces.strings import t
from assessment.intake import Intake


def _ask_field(prompter: Prompter, field: Field, current: str) -> str:
    lang = prompter.lang
    if field.choices is not None:
        choices = [Choice(label(c.value, lang), c.value) for c in field.choices]
        if not field.required:
            choices.insert(0, Choice("–", ""))
        return prompter.select(field_label(field, lang), choices, default=current or None)
    return prompter.text(field_label(field, lang), default=current)


def ask_intake(prompter: Prompter, today: str, start: Intake | None = None) -> Intake:
    """Ask every field, then again only the fields that need fixing, until the intake holds."""
    lang = prompter.lang
    values = values_of(start) if start is not None else {}
    values.setdefault("assessed_on", today)
    if not values.get("assessed_on"):
        values["assessed_on"] = today
    todo = list(FIELDS)
    while True:
        for field in todo:
            if field.name == "switched_off_on" and values.get("status") != "switched_off":
                values[field.name] = ""
                continue
            values[field.name] = _ask_field(prompter, field, values.get(field.name, ""))
        intake, problems = build_intake(values, lang)
        if intake is not None:
            return intake
        for name, problem in problems.items():
            field = next(f for f in FIELDS if f.name == name)
            say(f"  {field_label(field, lang)}: {problem}")
        say(t("intake_fix", lang))
        todo = [f for f in FIELDS if f.name in problems]
