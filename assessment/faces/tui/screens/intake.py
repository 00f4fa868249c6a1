"""The intake form: the system and its organisation, with a message next to each wrong field."""

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Header, Input, Label, Select, Static

from assessment.faces.intake_form import FIELDS, build_intake, field_label, values_of
from assessment.faces.labels import label
from assessment.faces.strings import t
from assessment.faces.tui.bindings import key
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
    IntakeScreen .field Label { width: 34; padding-right: 1; }
    IntakeScreen .field Input, IntakeScreen .field Select { width: 1fr; }
    IntakeScreen .problem { color: $error; height: auto; padding-left: 34; display: none; }
    IntakeScreen .problem.shown { display: block; }
    IntakeScreen #save { margin: 0 0 1 0; }
    """

    def __init__(self, intake=None) -> None:
        super().__init__()
        self.initial = intake

    def compose(self) -> ComposeResult:
        values = values_of(self.initial) if self.initial is not None else {}
        if not values.get("assessed_on"):
            values["assessed_on"] = self.face.today().isoformat()
        yield Header()
        yield Static("", id="hint", markup=False)
        with VerticalScroll():
            for field in FIELDS:
                with Horizontal(classes="field"):
                    yield Label("", id=f"label-{field.name}", markup=False)
                    if field.choices is not None:
                        options = [(label(c.value, self.lang), c.value) for c in field.choices]
                        yield Select(options, id=f"field-{field.name}", prompt=t("choose", self.lang),
                                     value=values.get(field.name) or Select.NULL, compact=True)
                    else:
                        yield Input(values.get(field.name, ""), id=f"field-{field.name}", compact=True)
                yield Static("", id=f"problem-{field.name}", classes="problem", markup=False)
            yield Button("", id="save", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(f"#field-{FIELDS[0].name}").focus()

    def relabel(self) -> None:
        super().relabel()
        lang = self.lang
        self.title = t("intake_title", lang)
        self.query_one("#hint", Static).update(t("intake_hint", lang))
        self.query_one("#save", Button).label = t("save_continue", lang)
        for field in FIELDS:
            self.query_one(f"#label-{field.name}", Label).update(field_label(field, lang))
            if field.choices is not None:
                select = self.query_one(f"#field-{field.name}", Select)
                current = select.value
                select.set_options([(label(c.value, lang), c.value) for c in field.choices])
                select.prompt = t("choose", lang)
                if current is not Select.NULL:
                    select.value = current
            if field.date:
                self.query_one(f"#field-{field.name}", Input).placeholder = t("date_placeholder", lang).split(";")[0]

    def values(self) -> dict[str, str]:
        out = {}
        for field in FIELDS:
            widget = self.query_one(f"#field-{field.name}")
            if isinstance(widget, Select):
                out[field.name] = "" if widget.value is Select.NULL else str(widget.value)
            else:
                out[field.name] = widget.value
        return out

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()

    def action_save(self) -> None:
        intake, problems = build_intake(self.values(), self.lang)
        for field in FIELDS:
            problem = self.query_one(f"#problem-{field.name}", Static)
            problem.update(problems.get(field.name, ""))
            problem.set_class(field.name in problems, "shown")
        if intake is None:
            first = next(f for f in FIELDS if f.name in problems)
            self.query_one(f"#field-{first.name}").focus()
            self.notify(t("intake_fix", self.lang), severity="error")
            return
        face = self.face
        from assessment.faces.tui.app import SaveFailed

        try:
            if face.session is not None:
                face.save(lambda: face.session.update_intake(intake))
                self.dismiss()
            else:
                face.save(lambda: face.start_session(intake))
        except SaveFailed:
            return

    def action_cancel(self) -> None:
        self.dismiss()
