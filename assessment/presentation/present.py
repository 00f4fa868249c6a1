"""One presentation of an outcome, for every face: from the outcome and the answers it rests on to a
list of typed blocks in the reader's language. Pure (no UI library); the faces lay the blocks out.

Order: warnings first (unfinished, provisional, doubts still open), then the classification with
reasons, articles and answers, the profile, the next steps with timing, the dates of the law still
ahead, the open questions, and the answers flagged or annotated by the officer."""

from collections.abc import Iterable

from assessment import vocabulary
from assessment.i18n import Lang, Text
from assessment.legal.citation import cite, cite_grouped, cite_in
from assessment.legal.refs import is_canonical
from assessment.outcome.dates import DateTable, shipped_dates
from assessment.outcome.deadlines import long_date
from assessment.outcome.prohibitions import remarks
from assessment.outcome.models import Classification, NextStep, Outcome, Signals, TraceItem
from assessment.presentation import blocks as b
from assessment.presentation.given import Given
from assessment.words import plural, w


class _Presenter:
    def __init__(self, outcome: Outcome, given: Given, lang: Lang, dates: DateTable | None) -> None:
        self.outcome, self.given, self.lang = outcome, given, lang
        self.dates = dates

    # small helpers -------------------------------------------------------------------------------
    def w(self, key: str, **values: object) -> str:
        return w(key, self.lang, **values)

    def say(self, text: Text | None) -> str:
        """An outcome's sentence in the reader's language, its references in citation form."""
        return cite_in(text.get(self.lang), self.lang) if text else ""

    def word(self, value: object) -> str:
        return vocabulary.label(value, self.lang)

    def refs(self, refs: Iterable[str]) -> tuple[str, ...]:
        """The references in citation form, per law with the law named once."""
        return tuple(cite_grouped(list(refs), self.lang))

    def each(self, refs: Iterable[str]) -> str:
        """References as a value ('art. 50, eerste lid, AI-verordening; ...'), each cited in full."""
        return "; ".join(cite(r, self.lang) for r in dict.fromkeys(refs))

    def date(self, day) -> str:
        return long_date(day).get(self.lang)

    def yes_no(self, value: bool | None) -> str:
        return self.w("out.unknown") if value is None else self.w("out.yes" if value else "out.no")

    def answers(self, trace: Iterable[TraceItem]) -> tuple[str, ...]:
        """'question → answer' for each answer behind a conclusion, once each, in the reader's words."""
        lines = []
        for item in trace:
            asked = item.text.get(self.lang) if item.text else self.given.question(item.question_id, self.lang)
            line = f"{asked} → {self.given.answer(item.question_id, item.answer, self.lang)}"
            if item.not_asked:
                line += f" ({self.w('out.not_asked_why', why=item.not_asked.get(self.lang))})"
            lines.append(line)
        return tuple(dict.fromkeys(lines))

    # the parts -----------------------------------------------------------------------------------
    def blocks(self) -> list[b.Block]:
        o, c = self.outcome, self.outcome.classification
        out: list[b.Block] = []
        if c is None:
            out += self.unfinished()
        else:
            out += self.classification(c)
        out += self.steps(o.steps, so_far=c is None)
        if c is not None and c.applicability == "applies":
            out += self.dates_ahead()
        questions = c.open_questions if c is not None else (o.signals.open_questions if o.signals else [])
        out += self.open_questions(questions)
        out += self.remarks()
        return out

    def open_questions(self, questions) -> list[b.Block]:
        """Those whose answer could change a conclusion, each with what would follow; then the others."""
        weighty = [q for q in questions if q.affects]
        quiet = [q for q in questions if not q.affects]
        out: list[b.Block] = [b.Section(self.w("out.open"))]
        for q in weighty:
            out.append(b.OpenQuestion(
                q.text.get(self.lang), self.refs(q.refs), tuple(self.word(a) for a in q.affects),
                tuple(self.w("out.if_answer", answer=a.answer_text.get(self.lang), result=self.say(a.result))
                      for a in q.alternatives)))
        if not weighty:
            out.append(b.Line(self.w("out.none")))
        if quiet:
            out.append(b.Section(self.w("out.open_quiet")))
            out += [b.OpenQuestion(q.text.get(self.lang), self.refs(q.refs)) for q in quiet]
        return out

    def unfinished(self) -> list[b.Block]:
        o = self.outcome
        out: list[b.Block] = [b.Warning(self.w("out.unfinished"))]
        if o.next_question:
            out.append(b.Fact(self.w("out.next_question"), self.given.question(o.next_question, self.lang)))
        out.append(self.questionnaire())
        out.append(b.Section(self.w("out.signals")))
        found = self.signals(o.signals) if o.signals else []
        return out + (found or [b.Line(self.w("out.nothing_yet"))])

    def risk(self, c: Classification) -> str:
        return self.word(c.risk_class) + (f" ({self.w('out.assumed')})" if c.high_risk_assumed else "")

    def summary(self, c: Classification) -> list[b.Block]:
        """In short, for the first screen: the class, the role, how many steps, those due now and the
        first date, how many open questions could change the outcome."""
        steps = self.outcome.steps
        required = sum(1 for s in steps if s.status.value == "required")
        dated = sorted((s for s in steps if s.deadline), key=lambda s: s.deadline)  # type: ignore[arg-type,return-value]
        risk = self.risk(c) if c.risk_class else self.word(c.applicability)
        out: list[b.Block] = [b.Section(self.w("out.summary")),
                              b.Fact(vocabulary.heading("risk_class", self.lang), risk)]
        if c.roles:
            out.append(b.Fact(vocabulary.heading("roles", self.lang), ", ".join(self.word(r) for r in c.roles)))
        count = self.w("out.summary_steps", steps=plural(len(steps), "step", self.lang), required=required)
        now = [s.title.get(self.lang) for s in steps if s.due_now]
        if now:  # before any date ahead: what already binds and is not known to be done
            count += "; " + self.w("out.summary_now", steps=", ".join(now))
        if dated:
            first = dated[0]
            count += "; " + self.w("out.summary_first", date=self.date(first.deadline), step=first.title.get(self.lang))
        out.append(b.Fact(self.w("out.steps_short"), count))
        weighty = sum(1 for q in c.open_questions if q.affects)
        to_check = len(c.open_questions) - weighty
        if weighty:
            said = self.w("out.summary_open", count=plural(weighty, "question", self.lang))
        elif to_check:  # 'none' alone would hide the unknowns that the steps carry as checks
            said = self.w("out.summary_open_checks", count=plural(to_check, "question", self.lang))
        else:
            said = self.w("out.none")
        out.append(b.Fact(self.w("out.open_short"), said))
        return out

    def questionnaire(self) -> b.Fact:
        """Which questionnaire (and version) the outcome follows."""
        o = self.outcome
        return b.Fact(self.w("out.questionnaire"), f"{o.questionnaire_id} {o.questionnaire_version}")

    def signals(self, s: Signals) -> list[b.Block]:
        out: list[b.Block] = [b.Signal(self.w("out.signal_role", value=self.word(r.role)), self.answers(r.trace))
                              for r in s.roles]
        for p in s.prohibited_practices:
            text = (self.w("out.signal_practice_exception", value=cite(p.ref, self.lang),
                           exception=cite(p.exception_ref, self.lang)) if p.exception_ref
                    else self.w("out.signal_practice", value=cite(p.ref, self.lang)))
            out.append(b.Signal(text, self.answers(p.trace)))
        for key, found in (("annex_i", s.annex_i), ("annex_iii", s.annex_iii), ("transparency", s.transparency)):
            out += [b.Signal(self.w(f"out.signal_{key}", value=cite(f.ref, self.lang)), self.answers(f.trace))
                    for f in found]
        if s.systemic_risk is not None:
            out.append(b.Signal(self.w("out.signal_systemic", value=self.yes_no(s.systemic_risk)),
                                self.answers(s.systemic_risk_trace)))
        return out

    def classification(self, c: Classification) -> list[b.Block]:
        out: list[b.Block] = []
        if c.provisional:
            out.append(b.Warning(self.w("out.provisional")))
        out += [b.Warning(self.say(note)) for note in c.notes]
        out += self.summary(c)
        out.append(b.Section(self.w("out.classification")))
        out.append(self.questionnaire())
        out += self.conclusions(c)
        out += self.profile(c)
        if c.not_asked:
            out.append(b.Section(self.w("out.not_asked")))
            out += [b.NotAsked(self.given.question(n.question_id, self.lang) if not n.text else n.text.get(self.lang),
                               "" if n.implied is None else self.given.implied(n.question_id, n.implied, self.lang),
                               self.say(n.because),
                               self.answers(n.screened_by)) for n in c.not_asked]
        return out

    def conclusions(self, c: Classification) -> list[b.Block]:
        h, trace = (lambda key: vocabulary.heading(key, self.lang)), c.trace
        out: list[b.Block] = [b.Conclusion(h("applicability"), self.word(c.applicability),
                                           self.say(c.applicability_reason), self.refs(c.applicability_refs),
                                           self.answers(trace.get("applicability", [])))]
        if c.exclusions:
            out.append(b.Conclusion(self.w("out.exclusions"), self.each(c.exclusions)))
        if c.system_type:
            out.append(b.Conclusion(h("system_type"), self.word(c.system_type),
                                    answers=self.answers(trace.get("system_type", []))))
        if c.roles or trace.get("roles"):
            out.append(b.Conclusion(h("roles"), ", ".join(self.word(r) for r in c.roles) or self.w("out.none"),
                                    answers=self.answers(trace.get("roles", []))))
        if c.risk_class or c.risk_reason:
            out.append(b.Conclusion(h("risk_class"), self.risk(c), self.say(c.risk_reason),
                                    answers=self.answers(trace.get("risk_class", []))))
        if c.annex_iii:
            out.append(b.Conclusion(self.w("out.annex_iii"), self.each(c.annex_iii)))
        if c.high_risk_basis:
            out.append(b.Conclusion(h("high_risk_basis"), self.each(c.high_risk_basis),
                                    answers=self.answers(trace.get("high_risk_basis", []))))
        if c.derogation:
            out.append(b.Conclusion(h("derogation"), cite(c.derogation, self.lang),
                                    answers=self.answers(trace.get("derogation", []))))
        for p in c.prohibited_practices:
            parts = [self.w("out.practice_cleared" if p.cleared else "out.practice_standing")]
            if p.exception_ref:
                parts.append(f"{self.w('out.exception')}: {cite(p.exception_ref, self.lang)}")
                parts.append(f"{self.w('out.motivation')}: {p.motivation}" if p.motivation
                             else self.w("out.no_motivation"))
            parts += [self.say(remark) for remark in remarks(p)]  # removed function, conditions open/planned/unmet
            if p.switched_off and not p.function_removed:  # a removed function says so in its remark
                parts.append(self.w("out.switched_off"))
            out.append(b.Conclusion(self.w("out.practice"), cite(p.ref, self.lang), "; ".join(parts),
                                    answers=self.answers(trace.get("prohibited_practices", []))))
        if c.applicability == "applies" or c.transparency_duties:
            out.append(b.Conclusion(h("transparency_duties"),
                                    self.each(c.transparency_duties) or self.w("out.none"),
                                    answers=self.answers(trace.get("transparency_duties", []))))
        if c.transparency_excepted:
            out.append(b.Conclusion(self.w("out.transparency_excepted"), self.each(c.transparency_excepted)))
        if c.applicability == "applies" or c.systemic_risk is not None:
            out.append(b.Conclusion(h("systemic_risk"), self.yes_no(c.systemic_risk),
                                    answers=self.answers(trace.get("systemic_risk", []))))
        shown = {"applicability", "system_type", "roles", "risk_class", "high_risk_basis", "derogation",
                 "prohibited_practices", "transparency_duties", "systemic_risk"}
        for name, items in trace.items():  # a conclusion added later still shows its answers
            if name not in shown and items:
                out.append(b.Conclusion(h(name), "", answers=self.answers(items)))
        return out

    def profile(self, c: Classification) -> list[b.Block]:
        p = c.profile
        return [b.Section(self.w("out.profile")),
                b.Fact(self.w("out.profile_type"), p.type),
                b.Fact(self.w("out.profile_roles"), ", ".join(p.roles) or self.w("out.none")),
                b.Fact(self.w("out.profile_risk_group"), p.risk_group),
                b.Fact(self.w("out.profile_systemic"), self.yes_no(p.systemic_risk)),
                b.Fact(self.w("out.profile_transparency"), self.yes_no(p.transparency_obligation)),
                b.Fact(self.w("out.profile_open_source"), self.yes_no(p.open_source)),
                b.Fact(self.w("out.profile_conformity"), p.conformity_body),
                b.Fact(self.w("out.profile_status"), p.operational_status or self.w("out.unknown")),
                b.Fact(self.w("out.profile_impact"), p.impact)]

    def steps(self, steps: list[NextStep], so_far: bool) -> list[b.Block]:
        title = self.w("out.steps_so_far") if so_far else self.w("out.steps", date=self.date(self.outcome.as_of))
        out: list[b.Block] = [b.Section(title)]
        out += [self.step(s) for s in steps]
        if so_far:
            out.append(b.Line(self.w("out.finish")))
        elif not steps:
            out.append(b.Line(self.w("out.no_steps")))
        return out

    def step(self, s: NextStep) -> b.Step:
        marks = []
        if s.overdue:
            marks.append(self.w("out.overdue"))
        if s.due_now and s.deadline:  # without a date the deadline itself reads 'now'
            marks.append(self.w("out.due_now"))
        if s.applies_from and not s.in_force:
            marks.append(self.w("out.not_in_force", date=self.date(self.outcome.as_of)))
            if s.applies_from != s.deadline:
                marks.append(self.w("out.applies_from", date=self.date(s.applies_from)))
        if s.verify:
            marks.append(self.w("out.verify"))
        return b.Step(
            title=s.title.get(self.lang), status=self.word(s.status.value), owner=self.word(s.owner),
            deadline=self.date(s.deadline) if s.deadline else self.w("out.now" if s.due_now else "out.no_deadline"),
            why=self.say(s.why),
            deadline_reason=self.say(s.deadline_reason), marks=tuple(marks),
            refs=self.refs(s.refs), answers=self.answers(s.trace),
            details=tuple(self.detail(key, value) for key, value in s.detail.items()),
            timing=self.word(s.timing) if s.timing else "", decided_by=self.word(s.decided_by) if s.decided_by else "",
            checks=tuple(c.text.get(self.lang) for c in s.checks))

    def detail(self, key: str, value: str | list[str]) -> str:
        """A step's particulars in words: questions by their text, references cited, ids named."""
        values = [value] if isinstance(value, str) else list(value)
        if key == "questions":
            shown = [self.given.question(v, self.lang) for v in values]
        else:
            shown = [cite(v, self.lang) if is_canonical(v) else self.word(v) for v in values]
        return f"{vocabulary.heading(key, self.lang)}: {'; '.join(shown)}"

    def dates_ahead(self) -> list[b.Block]:
        table = self.dates or shipped_dates()
        replaced = {r.supersedes for r in table.rows if r.supersedes}
        ahead = sorted((r for r in table.rows if r.date > self.outcome.as_of and r.id not in replaced),
                       key=lambda r: r.date)
        out: list[b.Block] = [b.Section(self.w("out.dates_ahead", date=self.date(self.outcome.as_of)))]
        out += [b.LegalDate(self.date(r.date), self.say(r.covers), cite(r.source, self.lang), self.date_remark(r))
                for r in ahead]
        return out if ahead else out + [b.Line(self.w("out.none"))]

    def date_remark(self, row) -> str:
        """Where an amended date comes from and whether that is checked; whether the date itself is."""
        said = []
        if row.omnibus:
            where = f"; {row.oj_reference.get(self.lang)}" if row.oj_reference else ""
            said.append(self.w("out.omnibus") + where + ("" if row.oj_verified else f", {self.w('out.oj_unverified')}"))
        if row.verify:
            said.append(self.w("out.date_verify"))
        return "; ".join(said)

    def remarks(self) -> list[b.Block]:
        marked = [a for a in self.given.answers if a.flagged or a.note]
        if not marked:
            return []
        return [b.Section(self.w("out.remarks")),
                *(b.Remark(a.question.get(self.lang), a.words(self.lang), a.note, a.flagged,
                           self.w("out.flagged") if a.flagged else "") for a in marked)]


def present(outcome: Outcome, given: Given, lang: Lang, dates: DateTable | None = None) -> list[b.Block]:
    """The outcome as blocks in `lang`; `given` names the questions and answers it rests on."""
    return _Presenter(outcome, given, lang, dates).blocks()
