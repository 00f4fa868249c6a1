"""A recording session: a walk whose every change is on disk before the call returns.

The application layer: the TUI, the plain prompts and the CLI drive a Session; they never write
the store or call the classifier themselves.
"""

import datetime as dt
from dataclasses import replace

from assessment.engine import prefill
from assessment.engine.walk import Walk
from assessment.errors import UserError
from assessment.i18n import Text
from assessment.intake import Intake
from assessment.app.intake_links import Conflict, load_links
from assessment.outcome.evaluate import evaluate
from assessment.outcome.models import Outcome
from assessment.questionnaire.loader import Loaded
from assessment.records.models import Latest, Record, StoredAnswer, new_id, now, storable
from assessment.records.replay import changed_questionnaire, walk_of
from assessment.records.store import Store


class Session:
    def __init__(self, store: Store, loaded: Loaded, record: Record, walk: Walk,
                 set_aside: tuple[StoredAnswer, ...] = ()) -> None:
        self.store = store
        self.loaded = loaded
        self.record_id = record.id
        self.intake = record.intake
        self.walk = walk
        self._record = record
        self._set_aside = set_aside

    @classmethod
    def start(cls, store: Store, loaded: Loaded, intake: Intake) -> "Session":
        """Create a new record: on disk before this returns when the intake holds anything, else
        with the first answer (an empty assessment is never stored, also not after a kill)."""
        session = cls.unsaved(store, loaded, intake)
        if intake != Intake():
            session._save()
        return session

    @classmethod
    def unsaved(cls, store: Store, loaded: Loaded, intake: Intake) -> "Session":
        """A new record that is written with its first change."""
        stamp = now()
        q = loaded.questionnaire
        record = Record(id=new_id(), created_at=stamp, updated_at=stamp, questionnaire_id=q.id,
                        questionnaire_version=q.version, questionnaire_hash=loaded.content_hash,
                        intake=intake)
        return cls(store, loaded, record, prefill.fill(Walk(q), load_links().given(intake), stamp))

    @classmethod
    def resume(cls, store: Store, loaded: Loaded, record_id: str) -> tuple["Session", list[Text]]:
        """Continue a stored record; the warnings (Dutch and English) say what changed since it
        was saved."""
        record = store.find(record_id)
        q = loaded.questionnaire
        if record.questionnaire_id != q.id:
            raise UserError(f"assessment {record.id[:8]} was made with questionnaire "
                            f"{record.questionnaire_id!r}, not {q.id!r}")
        walk, off_path = walk_of(record, loaded)
        warnings: list[Text] = []
        if changed_questionnaire(record, loaded):
            versions = f"{record.questionnaire_version} -> {q.version}"
            warnings.append(Text(
                nl=f"de vragenlijst is gewijzigd sinds deze beoordeling is opgeslagen (versie "
                   f"{versions}); alle antwoorden zijn bewaard en de vragen zijn opnieuw doorlopen",
                en=f"the questionnaire changed since this assessment was saved (version {versions}); "
                   "all answers are kept and the path was walked again"))
        for answer in off_path:
            warnings.append(Text(
                nl=f"het antwoord op {answer.question_id} hoort niet meer bij de gestelde vragen of is "
                   "niet meer geldig; het is apart bewaard en staat in het rapport",
                en=f"the answer to {answer.question_id} is no longer on the path or no longer valid; "
                   "it is kept aside and shown in the report"))
        # Records from before the intake answered questions: the intake answers them now.
        filled = prefill.fill(walk, load_links().given(record.intake), now())
        session = cls(store, loaded, record, filled, tuple(off_path))
        store.backup(record.id)  # the version before this session's changes (rotating, see Backups)
        if warnings or filled != walk:
            session._save()
        return session, warnings

    # changes: each is on disk before it returns ----------------------------------------------

    def answer(self, question_id: str, value: object, *, note: str = "", flagged: bool = False) -> None:
        stamp = now()
        walk = self.walk.answer(question_id, value, note=note, flagged=flagged, answered_at=stamp)
        self._apply(prefill.fill(walk, load_links().given(self.intake), stamp))

    def back(self) -> None:
        """Back to the last question asked; answers taken from the intake are skipped."""
        if prefill.asked(self.walk):
            self._apply(prefill.back(self.walk))

    def edit(self, question_id: str, value: object, *, source: str = "") -> list[str]:
        """Change an earlier answer. An answer the intake also holds changes the intake with it
        where exactly one intake value gives it (status 'in use' for 'in use'); otherwise a
        contradiction shows in `conflicts()`."""
        stamp = now()
        walk, dropped = self.walk.edit(question_id, value, answered_at=stamp, source=source)
        intake = self._intake_following(question_id, walk)
        if intake is not None:
            source = prefill.INTAKE
            walk, _ = walk.edit(question_id, value, answered_at=stamp, source=source)
        walk = prefill.fill(walk, load_links().given(intake or self.intake), stamp)
        self._save(walk=walk, intake=intake)
        self.walk = walk
        self.intake = intake or self.intake
        return dropped

    def _intake_following(self, question_id: str, walk: Walk) -> Intake | None:
        """The intake changed to agree with the new answer to `question_id`, or None when the
        intake stays (it agrees already, says nothing, or no single intake value fits)."""
        link = load_links().link_for(question_id)
        answer = walk.answer_to(question_id)
        if link is None or answer is None or link.agrees(self.intake, answer.value) and link.rule(self.intake):
            return None
        value = link.intake_value(answer.value)
        if value is None:
            return None
        update: dict[str, object] = {link.field: value}
        if link.field == "status" and value != "switched_off":
            update["switched_off_on"] = None  # only for a switched-off system
        return Intake.model_validate({**self.intake.model_dump(), **update})

    def conflicts(self) -> list[Conflict]:
        """Answers that contradict the intake, for the faces to show and ask which holds."""
        answers = {a.question_id: (a.value, a.source) for a in self.walk.answers}
        return load_links().conflicts(answers, self.intake)

    def resolve(self, conflict: Conflict, *, keep_intake: bool) -> bool:
        """Settle a contradiction. Keeping the intake sets the intake's answer; keeping the answer
        changes the intake where one value fits, else records that the officer chose the answer over
        the intake. Returns True when the question must be answered again instead (the intake rules
        the answer out but gives none of its own)."""
        if keep_intake:
            if not conflict.intake_answers:
                return True
            given = load_links().given(self.intake)[conflict.question_id]
            self.edit(conflict.question_id, given, source=prefill.INTAKE)
            return False
        link = load_links().link_for(conflict.question_id)
        value = link.intake_value(conflict.answer) if link is not None else None
        if value is not None:
            self.edit(conflict.question_id, conflict.answer)
        else:
            self._apply(self.walk.edit(conflict.question_id, conflict.answer, source=prefill.OVERRIDE)[0])
        return False

    def annotate(self, question_id: str, *, note: str | None = None, flagged: bool | None = None) -> None:
        self._apply(self.walk.annotate(question_id, note=note, flagged=flagged))

    def update_intake(self, intake: Intake) -> list[str]:
        """Store a changed intake; the answers it gives follow it (returns the answers that left the
        path as a result, by question id)."""
        stamp = now()
        walk, dropped = prefill.follow(self.walk, load_links().given(intake), stamp)
        walk = prefill.fill(walk, load_links().given(intake), stamp)
        self._save(walk=walk, intake=intake)
        self.walk, self.intake = walk, intake  # only once on disk: a failed save leaves the session as it was
        return dropped

    def outcome(self, as_of: dt.date) -> Outcome:
        """The classification and next steps as of `as_of`; remembered for `list` and home."""
        outcome = evaluate(self.walk, self.intake, as_of)
        latest = Latest.of(outcome)
        if latest != self._record.latest and self.store.exists(self.record_id):
            self._record = self.store.save(self._record.model_copy(update={"latest": latest}))
        return outcome

    def profile(self, as_of: dt.date) -> Outcome:
        """The outcome of the answers so far, not recorded (the live profile beside a question).
        Reads only the immutable walk and intake, so a face may run it in a worker thread."""
        return evaluate(self.walk, self.intake, as_of)

    @property
    def set_aside(self) -> tuple[StoredAnswer, ...]:
        """Answers kept from before a questionnaire change that are no longer on the path."""
        return self._set_aside

    # writing -----------------------------------------------------------------------------------

    def _apply(self, walk: Walk) -> None:
        self._save(walk=walk)
        self.walk = walk  # only once on disk: a failed save leaves the session as it was

    @staticmethod
    def _latest(walk: Walk, intake: Intake) -> Latest:
        """The result for `list` and the home screen. Classified only once the walk is complete
        (a partial result would mislead there, and classifying costs more than the save itself);
        `outcome()` records a partial result when a face asks for one."""
        if walk.complete:
            return Latest.of(evaluate(walk, intake, dt.date.today()))
        return Latest(complete=False, as_of=dt.date.today())

    def _save(self, *, walk: Walk | None = None, intake: Intake | None = None) -> None:
        """Write the record with `walk` and `intake` (default: the session's own). The caller makes
        them the session's only after this returns, so memory never runs ahead of the disk."""
        walk = self.walk if walk is None else walk
        intake = self.intake if intake is None else intake
        q = self.loaded.questionnaire
        on_path = {a.question_id for a in walk.answers}
        set_aside = tuple(a for a in self._set_aside if a.question_id not in on_path)
        record = self._record.model_copy(update={
            "updated_at": now(),
            "questionnaire_version": q.version,
            "questionnaire_hash": self.loaded.content_hash,
            "intake": intake.model_copy(update={
                name: storable(value) for name, value in intake if type(value) is str}),
            "answers": tuple(StoredAnswer.of(a) for a in walk.answers),
            "set_aside": set_aside,
            "latest": self._latest(walk, intake),
            "imported": None,  # changed here: no longer the document it was imported from
        })
        self._record = self.store.save(record)
        self._set_aside = set_aside


def save_walk(store: Store, loaded: Loaded, intake: Intake, walk: Walk) -> str:
    """Store a walk built elsewhere (`run --answers F --save`) as a new record; returns its id."""
    session = Session.unsaved(store, loaded, intake)  # written once, with its answers
    stamp = now()
    session._apply(Walk(walk.questionnaire, tuple(
        replace(a, answered_at=a.answered_at or stamp) for a in walk.answers)))
    return session.record_id
