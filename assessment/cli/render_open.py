"""Plain text for an unfinished walk (used by `run`): no classification yet, only what the answers
so far establish (the signals, each with the questions behind it), the open questions and the
expert review of 'don't know' answers. Nothing here reads as a conclusion."""

from collections.abc import Callable

from assessment.i18n import Lang
from assessment.outcome.models import NextStep, Outcome, TraceItem

_T = {
    "unfinished": ("!! De vragenlijst is nog niet af: er is nog geen classificatie. Toepasselijkheid, "
                   "risicoklasse en stappen volgen pas als alle vragen op het pad beantwoord zijn.",
                   "!! The questionnaire is not finished yet: there is no classification yet. Applicability, "
                   "risk class and steps follow only once every question on the path is answered."),
    "signals": ("Wat de antwoorden tot nu toe aangeven (geen conclusie)",
                "What the answers so far indicate (not a conclusion)"),
    "none_yet": ("nog niets", "nothing yet"),
    "roles": ("Rol gekozen", "Role chosen"),
    "practice": ("Verboden praktijk beantwoord met ja", "Prohibited practice answered yes"),
    "exception": ("uitzondering geclaimd", "exception claimed"),
    "annex_i": ("Product onder Annex I", "Product under Annex I"),
    "annex_iii": ("Gebruik onder Annex III", "Use under Annex III"),
    "transparency": ("Situatie van art. 50", "Art. 50 situation"),
    "systemic": ("Systeemrisico", "Systemic risk"),
    "yes": ("ja", "yes"), "no": ("nee", "no"),
    "open": ("Open vragen voor een deskundige", "Open questions for an expert"),
    "steps": ("Stappen tot nu toe", "Steps so far"),
    "finish": ("- maak de vragenlijst af; de wettelijke stappen volgen uit de classificatie",
               "- finish the questionnaire; the legal steps follow from the classification"),
}


def _t(key: str, lang: Lang) -> str:
    nl, en = _T[key]
    return nl if lang == "nl" else en


def _from(trace: list[TraceItem]) -> str:
    return f"  [{', '.join(dict.fromkeys(item.question_id for item in trace))}]" if trace else ""


def signal_lines(outcome: Outcome, lang: Lang, value: Callable[[object], str]) -> list[str]:
    """One line per signal, with the questions whose answers set it."""
    s = outcome.signals
    if s is None:
        return []
    lines = [f"- {_t('roles', lang)}: {value(r.role)}{_from(r.trace)}" for r in s.roles]
    for p in s.prohibited_practices:
        extra = f"; {_t('exception', lang)}: {p.exception_ref}" if p.exception_ref else ""
        lines.append(f"- {_t('practice', lang)}: {p.ref}{extra}{_from(p.trace)}")
    for key, found in (("annex_i", s.annex_i), ("annex_iii", s.annex_iii), ("transparency", s.transparency)):
        lines += [f"- {_t(key, lang)}: {f.ref}{_from(f.trace)}" for f in found]
    if s.systemic_risk is not None:
        lines.append(f"- {_t('systemic', lang)}: {_t('yes' if s.systemic_risk else 'no', lang)}"
                     f"{_from(s.systemic_risk_trace)}")
    return lines


def open_walk_text(outcome: Outcome, lang: Lang, value: Callable[[object], str],
                   step: Callable[[NextStep], list[str]]) -> list[str]:
    """The lines after 'Next question' and 'Answered' for an unfinished walk."""
    lines = ["", _t("unfinished", lang), "", _t("signals", lang) + ":"]
    lines += signal_lines(outcome, lang, value) or [f"- {_t('none_yet', lang)}"]
    open_questions = outcome.signals.open_questions if outcome.signals else []
    if open_questions:
        lines += ["", _t("open", lang) + ":"]
        lines += [f"- {q.question_id}: {q.text.get(lang)}" for q in open_questions]
    lines += ["", _t("steps", lang) + ":"]
    for s in outcome.steps:
        lines += step(s)
    lines.append(_t("finish", lang))
    return lines
