"""The intake form: the system and its organisation, with a message next to each wrong field.
Fields that do not apply to the choices made (a municipality's ministry, a switch-off date while the
system is in use) are hidden; the ministry is typed with completion from the list."""

from typing import cast

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.suggester import SuggestFromList
from textual.widgets import Button, Footer, Header, Select

from assessment.faces.tui.widgets.safe import Input, Label, Static

from assessment.faces.intake_form import FIELDS, KEPT, applies, build_intake, field_label, ministry_names, values_of
from assessment.faces.strings import t
from assessment.faces.tui.bindings import key, localise
from assessment.faces.tui.widgets.choice_field import ChoiceField, ChoiceMenu
from assessment.faces.tui.messages import SaveFailed
from assessment.faces.tui.screens.base import FaceScreen


class IntakeScreen(FaceScreen):
    """| Key | Action |
    | :- | :- |
    | tab, shift+tab | Next or previous field. |
    | ctrl+s | Save and continue to the questions. |
    | escape | Cancel. |
    """

    BINDINGS = [
        key("ctrl+s", "save", "save_continue", priority=True),
        key("escape", "cancel", "cancel"),
    ]

    DEFAULT_CSS = """
    IntakeScreen #hint { padding: 0 1; color: $text-muted; }
    IntakeScreen VerticalScroll { padding: 0 1; }
    IntakeScreen .field { height: auto; }
    IntakeScreen .field.-hidden { display: none; }
    IntakeScreen .field Label { width: 34; }
    IntakeScreen .field .mark { width: 2; visibility: hidden; }
    IntakeScreen .field Input, IntakeScreen .field Select { width: 1fr; }
    /* The field being filled: label in accent and bold, a mark, a clear background. A class set
       on focus, because Textual's :focus-within does not restyle the label when focus leaves. */
    IntakeScreen .field.current Label { color: $accent; text-style: bold; }
    IntakeScreen .field.current .mark { visibility: visible; color: $accent; text-style: bold; }
    IntakeScreen .field Input:focus { background: $accent 25%; }
    IntakeScreen .field Select:focus > SelectCurrent { background: $accent 25%; }
    IntakeScreen .problem { color: $error; height: auto; padding-left: 36; display: none; }
    IntakeScreen .problem.shown { display: block; }
    IntakeScreen #save { margin: 0 0 1 0; }
    """

    def __init__(self, intake=None) -> None:
        super().__init__()
        self.initial = intake
        self.visited: set[str] = set()
        """Fields the officer has left once: from then on their message follows every change."""

    def compose(self) -> ComposeResult:
        values = values_of(self.initial, self.lang) if self.initial is not None else {}
        if self.initial is None:  # a new intake: the officer of the last one, most likely the same
            from assessment.app.remembered import load_remembered

            values["officer"] = load_remembered().officer
        if not values.get("assessed_on"):
            values["assessed_on"] = self.face.today().isoformat()
        yield Header()
        yield Static("", id="hint", markup=False)
        with VerticalScroll():
            for field in FIELDS:
                with Horizontal(classes="field", id=f"row-{field.name}"):
                    yield Label("", id=f"label-{field.name}", markup=False)
                    yield Static("▶", classes="mark", markup=False)
                    if field.choices is not None:
                        yield ChoiceField(field.choices(self.lang), id=f"field-{field.name}",
                                     prompt=t("choose", self.lang),
                                     value=values.get(field.name) or Select.NULL, compact=True)
                    elif field.ministry:
                        # Completion from both languages' names; the form stores the match's id.
                        names = ministry_names("nl") + ministry_names("en")
                        yield Input(values.get(field.name, ""), id=f"field-{field.name}", compact=True,
                                    suggester=SuggestFromList(names, case_sensitive=False))
                    else:
                        yield Input(values.get(field.name, ""), id=f"field-{field.name}", compact=True)
                yield Static("", id=f"problem-{field.name}", classes="problem", markup=False)
            yield Button("", id="save", variant="primary")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self._show_applicable()
        self.query_one(f"#field-{FIELDS[0].name}").focus()

    def _show_applicable(self) -> None:
        """Hide the fields that do not apply to the values chosen, and mark the required ones."""
        values = self.values()
        for field in FIELDS:
            self.query_one(f"#row-{field.name}").set_class(not applies(field, values), "-hidden")
            if not applies(field, values):
                self.query_one(f"#problem-{field.name}", Static).set_class(False, "shown")
            self.query_one(f"#label-{field.name}", Label).update(field_label(field, self.lang, values))

    def relabel(self) -> None:
        super().relabel()
        lang = self.lang
        for menu in self.query(ChoiceMenu):
            localise(menu, lang)
        self.title = t("intake_title", lang)
        self.query_one("#hint", Static).update(t("intake_hint", lang))
        self.query_one("#save", Button).label = t("save_continue", lang)
        values = self.values()
        for field in FIELDS:
            self.query_one(f"#label-{field.name}", Label).update(field_label(field, lang, values))
            if field.ministry:
                self.query_one(f"#field-{field.name}", Input).placeholder = t("ministry_hint", lang)
            if field.choices is not None:
                select = self.query_one(f"#field-{field.name}", Select)
                current = select.value
                select.set_options(field.choices(lang))
                select.prompt = t("choose", lang)
                if current is not Select.NULL:
                    select.value = current
            if field.date:
                self.query_one(f"#field-{field.name}", Input).placeholder = t("date_placeholder", lang).split(";")[0]
            if field.lifecycle:
                self.query_one(f"#field-{field.name}", Input).placeholder = t(
                    "change_placeholder" if field.name == "significant_change_on" else "lifecycle_placeholder", lang)

    def values(self) -> dict[str, str]:
        # Fields the form does not show are carried through from the intake being edited.
        out = {k: v for k, v in values_of(self.initial).items() if k in KEPT} if self.initial is not None else {}
        for field in FIELDS:
            widget = self.query_one(f"#field-{field.name}")
            if isinstance(widget, Select):
                out[field.name] = "" if widget.value is Select.NULL else str(widget.value)
            else:
                out[field.name] = cast(Input, widget).value
        return out

    def _check(self, names: set[str]) -> dict[str, str]:
        """Show or clear the message next to each of `names`; returns every field's problem."""
        _, problems = build_intake(self.values(), self.lang)
        for name in names:
            problem = self.query_one(f"#problem-{name}", Static)
            problem.update(problems.get(name, ""))
            problem.set_class(name in problems, "shown")
        return problems

    @staticmethod
    def _field_name(widget) -> str | None:
        widget_id = widget.id or ""
        if not widget_id.startswith("field-"):
            # A Select's focus lands on its inner parts; the field is the Select around them.
            select = next((a for a in widget.ancestors if isinstance(a, Select)), None)
            widget_id = (select.id or "") if select is not None else ""
        return widget_id[len("field-"):] if widget_id.startswith("field-") else None

    def on_descendant_focus(self, event) -> None:
        name = self._field_name(event.widget)
        for row in self.query(".field"):
            row.set_class(name is not None and row.id == f"row-{name}", "current")

    def on_descendant_blur(self, event) -> None:
        name = self._field_name(event.widget)
        if name is not None and self.is_mounted:
            self.visited.add(name)
            self._check({name} | self._shown())

    def on_input_changed(self, event: Input.Changed) -> None:
        self._recheck(event.input)

    def on_select_changed(self, event: Select.Changed) -> None:
        self._show_applicable()
        self._recheck(event.select)

    def _recheck(self, widget) -> None:
        """A change re-checks the field once it was left or has a message (so 'required' goes
        away as soon as it is filled) and the fields whose rule depends on it (status)."""
        name = self._field_name(widget)
        if name is None:
            return
        names = self._shown() | ({name} & self.visited)
        if names:
            self._check(names)

    def _shown(self) -> set[str]:
        return {f.name for f in FIELDS if self.query_one(f"#problem-{f.name}", Static).has_class("shown")}

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()

    def action_save(self) -> None:
        intake, _ = build_intake(self.values(), self.lang)
        problems = self._check({f.name for f in FIELDS})
        self.visited.update(f.name for f in FIELDS)
        if intake is None:
            first = next(f for f in FIELDS if f.name in problems and applies(f, self.values()))
            self.query_one(f"#field-{first.name}").focus()
            self.notify(t("intake_fix", self.lang), severity="error")
            return
        from assessment.app.remembered import remember

        remember(officer=intake.officer or "")
        face = self.face
        try:
            if (session := face.session) is not None:
                face.save(lambda: session.update_intake(intake))
                self.dismiss()
            else:
                face.save(lambda: face.start_session(intake))
        except SaveFailed:
            return

    def action_cancel(self) -> None:
        self.dismiss()
