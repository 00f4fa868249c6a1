"""The intake, field by field, with the same rules and messages as the full-screen form.

The question commands work here too (`?` what the field is for, `<` the previous field), and are
never stored as a value. When every field holds, the intake is read back for confirmation."""

from assessment.app.remembered import load_remembered, remember
from assessment.faces.intake_form import FIELDS, Field, build_intake, field_label, values_of
from assessment.faces.labels import label
from assessment.faces.plain.prompts import SEPARATOR, Choice, Prompter, wrap
from assessment.faces.strings import t
from assessment.intake import Intake
from assessment.language import Lang

PREVIOUS = "\x00previous"
HELP = "\x00help"
CONFIRM = "\x00confirm"
COMMANDS = {"<": PREVIOUS, "?": HELP}


def _ask_field(prompter: Prompter, field: Field, current: str, first: bool) -> str:
    """The value typed or chosen, or PREVIOUS / HELP."""
    lang = prompter.lang
    if field.choices is not None:
        choices = [Choice(label(c.value, lang), c.value) for c in field.choices]
        if not field.required:
            choices.insert(0, Choice("–", ""))
        actions = [Choice(t("plain_action_help", lang), HELP)]
        if not first:
            actions.append(Choice(t("plain_previous_field", lang), PREVIOUS))
        return prompter.select(field_label(field, lang), [*choices, Choice("", SEPARATOR), *actions],
                               default=current or None)

    def valid(typed: str) -> bool | str:
        if typed.strip() in ("!", "*"):
            return t("plain_intake_no_command", lang)
        return True

    typed = prompter.text(field_label(field, lang), default=current, validate=valid,
                          instruction=t("plain_intake_instruction", lang))
    return COMMANDS.get(typed.strip(), typed)


def _field_help(field: Field, lang: Lang) -> str:
    what = t("required" if field.required else "optional", lang)
    date = f", {t('date_format', lang)}" if field.date else ""
    return wrap(f"{field_label(field, lang).rstrip(' *')}: {what}{date}. {t('plain_intake_instruction', lang)}", 0)


def _ask_fields(prompter: Prompter, fields: list[Field], values: dict[str, str]) -> None:
    """Ask `fields` in order; `<` steps back to the previous one of them."""
    index = 0
    while index < len(fields):
        field = fields[index]
        if field.name == "switched_off_on" and values.get("status") != "switched_off":
            values[field.name] = ""
            index += 1
            continue
        reply = _ask_field(prompter, field, values.get(field.name, ""), first=index == 0)
        if reply == HELP:
            print(_field_help(field, prompter.lang))
        elif reply == PREVIOUS:
            index = max(0, index - 1)
            while index > 0 and fields[index].name == "switched_off_on" and values.get("status") != "switched_off":
                index -= 1
        else:
            values[field.name] = reply
            index += 1


def _read_back(prompter: Prompter, values: dict[str, str]) -> Field | None:
    """Print every field as it will be stored; None when the officer agrees, else the field to
    change."""
    lang = prompter.lang
    print(f"\n{t('plain_intake_check', lang)}")
    shown = [f for f in FIELDS if f.name != "switched_off_on" or values.get("status") == "switched_off"]
    for field in shown:
        value = values.get(field.name, "")
        text = label(value, lang) if field.choices is not None and value else value
        print("  " + wrap(f"{field_label(field, lang).rstrip(' *')}: {text or '–'}", 4))
    choices = [Choice(t("plain_intake_ok", lang), CONFIRM), Choice("", SEPARATOR),
               *[Choice(t("plain_intake_change", lang, field=field_label(f, lang).rstrip(" *")), f.name)
                 for f in shown]]
    chosen = prompter.select(t("plain_intake_right", lang), choices, default=CONFIRM)
    return None if chosen == CONFIRM else next(f for f in FIELDS if f.name == chosen)


def ask_intake(prompter: Prompter, today: str, start: Intake | None = None) -> Intake:
    """Ask every field, then again only the fields that need fixing, until the intake holds and
    the officer confirms it as read back."""
    lang = prompter.lang
    values = values_of(start) if start is not None else {"officer": load_remembered().officer}
    values.setdefault("assessed_on", today)
    if not values.get("assessed_on"):
        values["assessed_on"] = today
    todo = list(FIELDS)
    while True:
        _ask_fields(prompter, todo, values)
        intake, problems = build_intake(values, lang)
        if intake is not None:
            change = _read_back(prompter, values)
            if change is None:
                remember(officer=intake.officer or "")
                return intake
            todo = [change] + ([f for f in FIELDS if f.name == "switched_off_on"] if change.name == "status" else [])
            continue
        for name, problem in problems.items():
            field = next(f for f in FIELDS if f.name == name)
            print(f"  {field_label(field, lang)}: {problem}")
        print(t("intake_fix", lang))
        todo = [f for f in FIELDS if f.name in problems]
