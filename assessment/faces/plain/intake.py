"""The intake, field by field, with the same rules and messages as the full-screen form. Fields that
do not apply (a municipality's ministry, a switch-off date while in use) are not asked.

The question commands work here too (`?` what the field is for, `<` the previous field), and are
never stored as a value. When every field holds, the intake is read back for confirmation."""

from collections.abc import Collection

from assessment.app.remembered import load_remembered, remember
from assessment.faces.intake_form import (
    BY_NAME, FIELDS, Field, applies, build_intake, field_label, ministry_names, required, values_of,
)
from assessment.faces.labels import label
from assessment.faces.plain.prompts import SEPARATOR, Choice, Prompter, wrap
from assessment.faces.strings import t
from assessment.intake import Intake
from assessment.faces.plain.output import say
from assessment.organisations import load_organisations

DEPENDS = {"organisation_type": ("ministry",), "status": ("switched_off_on", "significant_change_on"),
           "acquisition": ("placed_on_market_on",)}
"""The fields whose `applies` reads a field: asked again when it changes."""
PREVIOUS = "\x00previous"
HELP = "\x00help"
CONFIRM = "\x00confirm"
COMMANDS = {"<": PREVIOUS, "?": HELP}


def _choices(field: Field, values: dict[str, str], lang: str) -> tuple[list[Choice], str | None]:
    """The numbered choices of a list field and the one chosen now (a ministry by its Dutch name,
    which the intake stores; a name typed before the list existed is chosen if it matches)."""
    current = values.get(field.name, "")
    if field.ministry:
        found = load_organisations().match_ministry(current)
        pairs = list(zip(ministry_names(lang), ministry_names("nl"), strict=True))  # type: ignore[arg-type]
        chosen = found.name.nl if found else None
    else:
        pairs = field.choices(lang) if field.choices else []  # type: ignore[arg-type]
        chosen = current or None
    choices = [Choice(shown, value) for shown, value in pairs]
    if not required(field, values):  # in words: a screen reader reads a dash as nothing or as "dash"
        choices.insert(0, Choice(t("plain_blank", lang), ""))
    return choices, chosen


def _hint(field: Field, lang: str) -> str:
    if field.lifecycle:
        return t("change_placeholder" if field.name == "significant_change_on" else "lifecycle_placeholder", lang)
    return t("date_format", lang) if field.date else ""


def _ask_field(prompter: Prompter, field: Field, values: dict[str, str], first: bool) -> str:
    """The value typed or chosen, or PREVIOUS / HELP."""
    lang = prompter.lang
    title = field_label(field, lang, values)
    if field.ministry or field.choices is not None:
        choices, chosen = _choices(field, values, lang)
        actions = [Choice(t("plain_action_help", lang), HELP, key="")]
        if not first:
            actions.append(Choice(t("plain_previous_field", lang), PREVIOUS, key=""))
        return prompter.select(title, [*choices, Choice("", SEPARATOR), *actions], default=chosen)

    def valid(typed: str) -> bool | str:
        if typed.strip() in ("!", "*"):
            return t("plain_intake_no_command", lang)
        return True

    hint = _hint(field, lang)
    typed = prompter.text(title, default=values.get(field.name, ""), validate=valid,
                          instruction=(f"({hint}) " if hint else "") + t("plain_intake_instruction", lang))
    return COMMANDS.get(typed.strip(), typed)


def _field_help(field: Field, values: dict[str, str], lang: str) -> str:
    what = t("required" if required(field, values) else "optional", lang)
    hint = _hint(field, lang)
    name = field_label(field, lang).rstrip(" *")  # type: ignore[arg-type]
    return wrap(f"{name}: {what}{', ' + hint if hint else ''}. {t('plain_intake_instruction', lang)}", 0)


def _ask_fields(prompter: Prompter, fields: list[Field], values: dict[str, str]) -> None:
    """Ask those of `fields` that apply, in order; `<` steps back to the previous one asked."""
    index = 0
    asked: list[int] = []
    while index < len(fields):
        field = fields[index]
        if not applies(field, values):
            values[field.name] = ""
            index += 1
            continue
        reply = _ask_field(prompter, field, values, first=not asked)
        if reply == HELP:
            say(_field_help(field, values, prompter.lang))
        elif reply == PREVIOUS:
            index = asked.pop() if asked else 0
        else:
            values[field.name] = reply
            asked.append(index)
            index += 1


def _read_back(prompter: Prompter, values: dict[str, str]) -> Field | None:
    """Print every field that applies as it will be stored; None when the officer agrees, else the
    field to change."""
    lang = prompter.lang
    say(f"\n{t('plain_intake_check', lang)}")
    shown = [f for f in FIELDS if applies(f, values)]
    for field in shown:
        value = values.get(field.name, "")
        text = label(value, lang) if field.choices is not None and value else value
        say("  " + wrap(f"{field_label(field, lang).rstrip(' *')}: {text or t('plain_blank', lang)}", 4))
    choices = [Choice(t("plain_intake_ok", lang), CONFIRM, key=""), Choice("", SEPARATOR),
               *[Choice(t("plain_intake_change", lang, field=field_label(f, lang).rstrip(" *")), f.name, key="")
                 for f in shown]]
    chosen = prompter.select(t("plain_intake_right", lang), choices, default=CONFIRM)
    return None if chosen == CONFIRM else BY_NAME[chosen]


def ask_intake(prompter: Prompter, today: str, start: Intake | None = None,
               only: Collection[str] | None = None) -> Intake:
    """Ask every field that applies (or `only` those), then again only the fields that need fixing,
    until the intake holds and the officer confirms it as read back. The officer's name from the
    last intake is the default for a new one."""
    lang = prompter.lang
    values = values_of(start, lang) if start is not None else {"officer": load_remembered().officer}
    if not values.get("assessed_on"):
        values["assessed_on"] = today
    todo = [f for f in FIELDS if only is None or f.name in only]
    while True:
        _ask_fields(prompter, todo, values)
        intake, problems = build_intake(values, lang)
        if intake is not None:
            change = _read_back(prompter, values)
            if change is None:
                remember(officer=intake.officer or "")
                return intake
            # A changed choice can make other fields apply (a status of switched off: its date).
            todo = [change] + [BY_NAME[name] for name in DEPENDS.get(change.name, ())]
            continue
        for name, problem in problems.items():
            say(f"  {field_label(BY_NAME[name], lang, values)}: {problem}")
        say(t("intake_fix", lang))
        todo = [f for f in FIELDS if f.name in problems]
