"""Engine and outcome state as plain readable lines, shared by the TUI and the plain mode.

Everything here returns unstyled text; the TUI escapes it before showing it (free text may
contain markup characters), the plain mode prints it as is."""

from collections.abc import Collection
from dataclasses import dataclass

from assessment.engine.prefill import INTAKE
from assessment.engine.walk import Answer, Walk
from assessment.faces.labels import label
from assessment.faces.strings import t
from assessment.i18n import Lang
from assessment.legal.citation import cite
from assessment.outcome.models import Outcome
from assessment.questionnaire.conditions import AnswerValue
from assessment.questionnaire.model import Kind, Question, Questionnaire

Block = tuple[str, list[str]]
"""A heading and its lines."""


def answer_text(question: Question, value: AnswerValue, lang: Lang) -> str:
    """The answer as the officer saw it: option labels, or the text or date as typed."""
    if question.kind in (Kind.TEXT, Kind.DATE):
        return str(value)
    ids = [value] if isinstance(value, str) else list(value)
    names = []
    for option_id in ids:
        option = question.option(option_id)
        names.append(option.label.get(lang) if option else option_id)
    return "; ".join(names)


def progress_text(walk: Walk, lang: Lang, *, earlier: str | None = None) -> str:
    """'vraag 12 van ongeveer 30': the open question's place (or that of `earlier`, an answered
    question gone back to) among the questions asked, and the length of the walk: the answers so
    far plus the route they lead along (the engine's `remaining_likely`). Answers the intake gave
    are not counted: the officer never saw those questions, so the numbers run on without a gap."""
    progress = walk.progress()
    asked = [a.question_id for a in walk.answers if a.source != INTAKE]
    from_intake = len(walk.answers) - len(asked)
    n = asked.index(earlier) + 1 if earlier in asked else len(asked) + 1
    if progress.remaining_min == progress.remaining_max:
        return t("progress_exact", lang, n=n, total=len(asked) + progress.remaining_min)
    return t("progress", lang, n=n, total=max(progress.likely_total - from_intake, n))


def section_title(questionnaire: Questionnaire, question: Question, lang: Lang) -> str:
    section = questionnaire.sections_by_id.get(question.section)
    return section.title.get(lang) if section else question.section


@dataclass(frozen=True)
class HelpText:
    """What the help panel shows for one question."""

    explanation: str
    refs: list[str]
    terms: list[tuple[str, str, list[str]]]
    """(term, definition, refs) for each glossary term the question names."""
    option_help: list[tuple[str, str]]
    """(option label, its help) for options that carry their own explanation."""


def help_text(questionnaire: Questionnaire, question: Question, lang: Lang) -> HelpText:
    terms = []
    for term_id in question.terms:
        term = questionnaire.terms_by_id.get(term_id)
        if term is not None:
            terms.append((term.term.get(lang), term.definition.get(lang), [cite(r, lang) for r in term.refs]))
    refs = [cite(r, lang) for r in dict.fromkeys([*question.refs, *(r for o in question.options for r in o.refs)])]
    option_help = [(o.label.get(lang), o.help.get(lang)) for o in question.options if o.help]
    return HelpText(question.help.get(lang), refs, terms, option_help)


def answer_lines(walk: Walk, lang: Lang, conflicting: Collection[str] = ()) -> list[tuple[Answer, str]]:
    """Every answer on the path with a one-line summary (question: answer, where it came from when
    not asked here, a contradiction with the details, note, flag)."""
    lines = []
    for i, answer in enumerate(walk.answers, 1):
        question = walk.questionnaire.question(answer.question_id)
        line = f"{i}. {question.text.get(lang)} → {answer_text(question, answer.value, lang)}"
        if answer.source:
            line += f" ({label(f'source_{answer.source}', lang)})"
        if answer.question_id in conflicting:
            line += f" ⚠ {t('conflicts_intake', lang)}"
        if answer.flagged:
            line += " ⚑"
        if answer.note:
            line += f" ({t('note', lang).lower()}: {answer.note})"
        lines.append((answer, line))
    return lines


def conflict_text(conflict, walk: Walk, lang: Lang) -> str:
    """What the details say and what the answer says, for the officer to decide which holds."""
    question = walk.questionnaire.question(conflict.question_id)
    return t("conflict_text", lang, field=t(f"f_{conflict.field}", lang), intake=label(conflict.intake_value, lang),
             question=question.text.get(lang), answer=answer_text(question, conflict.answer, lang))


def set_aside_lines(questionnaire: Questionnaire, set_aside, lang: Lang) -> list[str]:
    """Answers kept from before a questionnaire change that no longer fit the path (shown, never
    silently lost). The question may no longer exist: then its id is shown."""
    lines = []
    for stored in set_aside:
        question = questionnaire.by_id.get(stored.question_id)
        value = stored.value if isinstance(stored.value, str) else tuple(stored.value)
        if question is None:
            lines.append(f"{stored.question_id} → {value if isinstance(value, str) else ', '.join(value)}")
            continue
        lines.append(f"{question.text.get(lang)} → {answer_text(question, value, lang)}")
    return lines


def profile_blocks(outcome: Outcome | None, lang: Lang) -> list[Block]:
    """The 'profile so far': role, risk class, signals, open questions.

    Until the walk is complete there is no classification: the outcome's signals show what the
    answers have already given (roles chosen, practices, Annex I/III points and art. 50 situations
    answered yes, open questions), and the risk class reads 'not known yet'. Once complete, the
    classification itself is shown."""
    if outcome is not None and outcome.classification is None and outcome.signals is not None:
        return _signal_blocks(outcome, lang)
    c = outcome.classification if outcome else None
    if c is None:
        return [("", [t("no_conclusion", lang)])]
    risk = label(c.risk_class, lang) if c.risk_class else label(c.applicability, lang)
    if c.provisional:
        risk += f" – {t('provisional', lang)}"
    roles = ", ".join(label(r, lang) for r in c.roles) or t("none", lang)
    practices = [f"{cite(p.ref, lang)} ({t('cleared', lang)})" if p.cleared else cite(p.ref, lang)
                 for p in c.prohibited_practices]
    signals = list(dict.fromkeys([*practices, *(cite(r, lang) for r in (*c.annex_iii, *c.high_risk_basis,
                                                                          *c.transparency_duties))]))
    if c.derogation:
        signals.append(cite(c.derogation, lang))
    return [
        (t("roles", lang), [roles]),
        (t("risk_class", lang), [risk]),
        (t("signals", lang), signals or [t("none", lang)]),
        (t("open_questions", lang), [q.text.get(lang) for q in c.open_questions] or [t("none", lang)]),
    ]


def _signal_blocks(outcome: Outcome, lang: Lang) -> list[Block]:
    s = outcome.signals
    assert s is not None
    unknown = t("not_known_yet", lang)
    practices = [f"{cite(p.ref, lang)} ({t('cleared', lang)})" if p.exception_ref else cite(p.ref, lang)
                 for p in s.prohibited_practices]
    found = list(dict.fromkeys([*practices, *(cite(f.ref, lang) for f in (*s.annex_i, *s.annex_iii, *s.transparency))]))
    if s.systemic_risk:
        found.append(t("systemic_risk", lang))
    return [
        (t("roles", lang), [", ".join(label(r.role, lang) for r in s.roles) or unknown]),
        (t("risk_class", lang), [unknown]),
        (t("signals", lang), found or [t("none_yet", lang)]),
        (t("open_questions", lang), [q.text.get(lang) for q in s.open_questions] or [t("none", lang)]),
    ]
