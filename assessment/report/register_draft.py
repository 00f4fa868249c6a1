"""A draft Algoritmeregister entry as a file for the system owner: JSON (the register's keys, with
sources and what is still to write), or Markdown and HTML laid out like the register's page (its
four tabs), each field with its value or a mark that it is still to write, and where each value
came from. Dutch only, as the register is; the report's writers escape every text."""

import json
from collections.abc import Iterable, Mapping

from assessment.register.model import TABS, RegisterDraft, field_tab, field_title
from assessment.report import html, markdown
from assessment.report.content import Report, Section, Table
from assessment.transfer.document import ExportedAnswer
from assessment.vocabulary import label

FORMATS = ("json", "md", "html")

TO_WRITE, TO_WRITE_MANDATORY, TO_COMPLETE = "✎ NOG INVULLEN", "✎ NOG INVULLEN (verplicht)", "✎ aanvullen"
_INTRO = ("Dit is een concept voor het Algoritmeregister. De tool heeft het ingevuld met wat in de "
          "beoordeling is gezegd, en niets meer. Vul de velden met {mark} in en vul teksten aan waar "
          "'{complete}' staat. Publiceer de beschrijving daarna zelf, via het webformulier of de "
          "aanleverapi van het register. De tool stuurt niets op.")
_HIDDEN = ("lang", "standard_version", "url", "source_id", "tags", "publiccode", "source_data_grouping")
"""Shown only when filled: metadata and optional links the register does not show on its page."""


def _value(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(v if isinstance(v, str) else v.title for v in value)
    return str(value)


def source_words(source: str, questions: Mapping[str, str]) -> str:
    """A source as the owner knows it: the intake field's label or the question as asked."""
    if source.startswith("intake."):
        return "Intake: " + label(source, "nl")
    return f"Vraag {source}: {questions[source]}" if source in questions else f"Vraag {source}"


def question_lookup(answers: Iterable[ExportedAnswer]) -> dict[str, str]:
    """Question id -> the question as asked and the answer given, in Dutch, to name sources."""
    def given(a: ExportedAnswer) -> str:
        if a.options:
            return "; ".join(o.text.nl for o in a.options)
        return a.value if isinstance(a.value, str) else ", ".join(a.value)
    return {a.question_id: f"{a.question.nl} Antwoord: {given(a)}" for a in answers}


def layout(draft: RegisterDraft, questions: Mapping[str, str] | None = None) -> Report:
    """`questions`: question id -> its Dutch text, to name the sources in words."""
    questions = questions or {}
    entry = {k: v for k in type(draft.entry).model_fields if (v := getattr(draft.entry, k)) is not None}
    todo = {item.key: item for item in draft.still_to_write}
    name = draft.entry.name or "naam nog invullen"
    about = Section("Over dit concept", facts=[
        ("Publicatiecategorie", f"{draft.category}: {draft.category_reason}"),
        ("Beoordeling", draft.assessment_id[:8]), ("Gemaakt op", draft.made_on.strftime("%d-%m-%Y")),
        ("Standaard", f"Publicatiestandaard {draft.standard_version}")],
        paragraphs=[_INTRO.format(mark=TO_WRITE, complete=TO_COMPLETE)])
    open_items = [f"{'Verplicht' if i.mandatory else 'Aanvullen' if i.complete_only else 'Invullen'}: "
                  f"{field_title(i.key)}. {i.why}" for i in draft.still_to_write]
    sections = [about, Section("Nog te schrijven", items=open_items or ["Niets: alle velden zijn ingevuld."])]
    for tab in TABS:
        facts = []
        for key in type(draft.entry).model_fields:
            if field_tab(key) != tab or (key in _HIDDEN and key not in entry):
                continue
            item = todo.get(key)
            if key in entry:
                value = _value(entry[key])
                facts.append((field_title(key), f"{value} [{TO_COMPLETE}]" if item else value))
            elif item:
                facts.append((field_title(key), TO_WRITE_MANDATORY if item.mandatory else TO_WRITE))
            else:
                facts.append((field_title(key), "(niet van toepassing of niet bekend; mag leeg blijven)"))
        sections.append(Section(tab, facts=facts))
    rows = [[field_title(key), "; ".join(source_words(s, questions) for s in sources)]
            for key in type(draft.entry).model_fields if (sources := draft.sources.get(key))]
    sections.append(Section("Waar de ingevulde velden vandaan komen",
                            table=Table("Per veld: de antwoorden en intakevelden", ["Veld", "Bron"], rows)))
    return Report(lang="nl", title=f"Concept Algoritmeregister: {name}", sections=sections,
                  disclaimer="Concept, gemaakt met de tool 'assessment'. Niet gepubliceerd: publiceren "
                             "doet de organisatie zelf.")


def render(draft: RegisterDraft, fmt: str, questions: Mapping[str, str] | None = None) -> str:
    """The draft as `fmt` ('json', 'md' or 'html'); `questions` as for `layout`."""
    if fmt == "json":
        return json.dumps(draft.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    report = layout(draft, questions)
    return html.render(report) if fmt == "html" else markdown.render(report)
