"""Plain-text rendering of an outcome for the terminal (used by `run`): where the walk ends, the
classification with reasons and references, the next steps with owner and deadline, open questions."""

from assessment import vocabulary
from assessment.engine.walk import Walk
from assessment.cli.render_open import open_walk_text
from assessment.i18n import Lang
from assessment.outcome.dates import shipped_dates
from assessment.outcome.deadlines import long_date
from assessment.outcome.models import Classification, NextStep, Outcome
from assessment.outcome.prohibitions import remarks

_T = {
    "assumed": ("mogelijk hoog risico (voorlopig aangenomen)", "possibly high risk (assumed for now)"),
    "profile": ("Profiel (Algoritmekader)", "Profile (Algoritmekader)"),
    "steps": ("Volgende stappen", "Next steps"),
    "open": ("Open vragen voor een deskundige", "Open questions for an expert"),
    "affects": ("kan veranderen", "could change"),
    "if": ("als", "if"),
    "open_quiet": ("Open vragen zonder gevolg voor de classificatie",
                   "Open questions that change no conclusion"),
    "check": ("controleren", "to check"),
    "provisional": ("VOORLOPIG: er staan nog vragen open.", "PROVISIONAL: questions remain open."),
    "none": ("geen", "none"),
    "no_steps": ("geen: deze antwoorden leggen uw organisatie voor dit systeem geen stappen op",
                 "none: these answers give your organisation no steps for this system"),
    "owner": ("eigenaar", "owner"),
    "deadline": ("termijn", "deadline"),
    "overdue": ("TERMIJN VERSTREKEN", "DEADLINE PASSED"),
    "not_yet": ("nog niet van kracht op", "not yet in force on"),
    "from": ("geldt vanaf", "applies from"),
    "verify": ("controleer: de datum berust op een onbevestigde bron",
               "verify: the date rests on an unconfirmed source"),
    "refs": ("grondslag", "basis"),
    "why": ("waarom", "why"),
    "excepted": ("uitzondering", "exception"),
    "motivation": ("motivering", "motivation"),
    "cleared": ("vrijgesteld door eigen uitzondering", "cleared by its own exception"),
    "standing": ("VERBODEN", "PROHIBITED"),
    "switched_off": ("uitgezet", "switched off"),
    "no_motivation": ("uitzondering geclaimd zonder motivering: telt niet",
                      "exception claimed without a motivation: does not count"),
    "coming": ("Nog niet van kracht op", "Not yet in force on"),
    "omnibus": ("Digital Omnibus", "Digital Omnibus"),
    "oj_unverified": ("vindplaats Publicatieblad nog niet gecontroleerd", "Official Journal reference not yet checked"),
}
#: Line headings named after a conclusion (a key of the trace) take the shared word, capitalised.
_HEADINGS = {
    "applicability": "applicability", "system_type": "system_type", "roles": "roles",
    "risk_class": "risk_class", "basis": "high_risk_basis", "derogation": "derogation",
    "prohibited": "prohibited_practices", "transparency": "transparency_duties", "systemic": "systemic_risk",
}


def _t(key: str, lang: Lang) -> str:
    if key in _HEADINGS:
        return vocabulary.heading(_HEADINGS[key], lang)
    nl, en = _T[key]
    return nl if lang == "nl" else en


def _v(value: object, lang: Lang) -> str:
    return vocabulary.label(value, lang)


def _flag(value: bool | None, lang: Lang) -> str:
    return vocabulary.yes_no(value, lang)


def _classification(c: Classification, lang: Lang) -> list[str]:
    lines = []
    if c.provisional:
        lines.append("!! " + _t("provisional", lang))
    lines.append(f"{_t('applicability', lang)}: {_v(c.applicability, lang)}: {c.applicability_reason.get(lang)}"
                 f" [{'; '.join(c.applicability_refs)}]")
    if c.system_type:
        lines.append(f"{_t('system_type', lang)}: {_v(c.system_type, lang)}")
    if c.applicability == "applies":
        lines.append(f"{_t('roles', lang)}: {', '.join(_v(r, lang) for r in c.roles) or _t('none', lang)}")
        reason = f": {c.risk_reason.get(lang)}" if c.risk_reason else ""
        name = _t("assumed", lang) if c.high_risk_assumed else _v(c.risk_class, lang)
        lines.append(f"{_t('risk_class', lang)}: {name}{reason}")
        if c.high_risk_basis:
            lines.append(f"{_t('basis', lang)}: {'; '.join(c.high_risk_basis)}")
        if c.derogation:
            lines.append(f"{_t('derogation', lang)}: {c.derogation}")
        for p in c.prohibited_practices:
            state = _t("cleared" if p.cleared else "standing", lang)
            extra = ""
            if p.exception_ref:
                extra += f"; {_t('excepted', lang)}: {p.exception_ref}"
                extra += (f"; {_t('motivation', lang)}: {p.motivation}" if p.motivation
                          else f" ({_t('no_motivation', lang)})")
            if p.switched_off and not p.function_removed:
                extra += f"; {_t('switched_off', lang)}"
            extra += "".join(f"; {r.get(lang)}" for r in remarks(p))
            lines.append(f"{_t('prohibited', lang)}: {p.ref}: {state}{extra}")
        duties = "; ".join(c.transparency_duties) or _t("none", lang)
        lines.append(f"{_t('transparency', lang)}: {duties}")
        lines.append(f"{_t('systemic', lang)}: {_flag(c.systemic_risk, lang)}")
    for note in c.notes:
        lines.append(f"* {note.get(lang)}")
    pr = c.profile
    conformity = "conformiteit" if lang == "nl" else "conformity"
    lines.append(f"{_t('profile', lang)}: {pr.type}; {pr.risk_group}; {', '.join(pr.roles) or '-'}; "
                 f"{pr.impact}; {conformity}: {pr.conformity_body}; {pr.operational_status or '-'}")
    return lines


def _step(step: NextStep, outcome: Outcome, lang: Lang) -> list[str]:
    head = f"- [{_v(step.status.value, lang)}] {step.title.get(lang)} ({_t('owner', lang)}: {_v(step.owner, lang)})"
    lines = [head, f"    {_t('why', lang)}: {step.why.get(lang)}"]
    when = []
    if step.deadline:
        when.append(f"{_t('deadline', lang)}: {long_date(step.deadline).get(lang)}")
        if step.overdue:
            when.append(_t("overdue", lang))
    if step.deadline_reason:
        when.append(step.deadline_reason.get(lang))
    if step.applies_from and not step.in_force:
        since = ("" if step.applies_from == step.deadline
                 else f"; {_t('from', lang)} {long_date(step.applies_from).get(lang)}")
        when.append(f"{_t('not_yet', lang)} {long_date(outcome.as_of).get(lang)}{since}")
    if when:
        lines.append("    " + " | ".join(when))
    if step.refs:
        lines.append(f"    {_t('refs', lang)}: {'; '.join(step.refs)}")
    if step.verify:
        lines.append(f"    ({_t('verify', lang)})")
    for check in step.checks:
        lines.append(f"    {_t('check', lang)}: {check.question_id}: {check.text.get(lang)}")
    return lines


def _coming(outcome: Outcome, lang: Lang) -> str:
    return f"{_t('coming', lang)} {long_date(outcome.as_of).get(lang)}:"


def _dates(outcome: Outcome, lang: Lang) -> list[str]:
    """The legal dates still ahead on the as-of date, from the dates table."""
    table = shipped_dates()
    replaced = {r.supersedes for r in table.rows if r.supersedes}
    ahead = sorted((r for r in table.rows if r.date > outcome.as_of and r.id not in replaced),
                   key=lambda r: r.date)
    lines = []
    for row in ahead:
        flag = ""
        if row.omnibus:
            where = f"; {row.oj_reference}" if row.oj_reference else ""
            checked = "" if row.oj_verified else f", {_t('oj_unverified', lang)}"
            flag = f" ({_t('omnibus', lang)}{where}{checked})"
        lines.append(f"- {long_date(row.date).get(lang)}: {row.covers.get(lang)} [{row.source}]{flag}")
    return lines or [f"- {_t('none', lang)}"]


def outcome_text(outcome: Outcome, walk: Walk, lang: Lang) -> str:
    lines = []
    current = walk.current()
    if current is None:
        lines.append("Einde van het pad bereikt." if lang == "nl" else "End of the path reached.")
    else:
        label = "Volgende vraag" if lang == "nl" else "Next question"
        lines.append(f"{label}: {current.id}: {current.text.get(lang)}")
    progress = walk.progress()
    lines.append(("Beantwoord" if lang == "nl" else "Answered") + f": {progress.answered}")
    c = outcome.classification
    if c is None:
        # Unfinished: no conclusion from a partial walk, only the signals so far.
        lines += open_walk_text(outcome, lang, lambda v: _v(v, lang), lambda s: _step(s, outcome, lang))
        return "\n".join(lines)
    lines += ["", *_classification(c, lang)]
    lines += ["", _t("steps", lang) + f" ({long_date(outcome.as_of).get(lang)}):"]
    for step in outcome.steps:
        lines += _step(step, outcome, lang)
    if not outcome.steps:
        lines.append(f"- {_t('no_steps', lang)}")
    if c.applicability == "applies":
        lines += ["", _coming(outcome, lang)]
        lines += _dates(outcome, lang)
    lines += _open_questions(c, lang)
    return "\n".join(lines)


def _open_questions(c: Classification, lang: Lang) -> list[str]:
    """Those that could change a conclusion, each with what would follow; then the others."""
    lines = []
    weighty = [q for q in c.open_questions if q.affects]
    quiet = [q for q in c.open_questions if not q.affects]
    if weighty:
        lines += ["", _t("open", lang) + ":"]
        for q in weighty:
            lines.append(f"- {q.question_id}: {q.text.get(lang)}")
            lines.append(f"    {_t('affects', lang)}: {', '.join(vocabulary.label(a, lang) for a in q.affects)}")
            lines += [f"    {_t('if', lang)} '{a.answer_text.get(lang)}': {a.result.get(lang)}" for a in q.alternatives]
    if quiet:
        lines += ["", _t("open_quiet", lang) + ":"]
        lines += [f"- {q.question_id}: {q.text.get(lang)}" for q in quiet]
    return lines


