"""The question screen's part in keeping answers and intake in step: when an answer contradicts the
details, ask which holds (or put it off), and show what followed."""

from typing import TYPE_CHECKING, Any

from assessment.faces.labels import label
from assessment.faces.strings import t
from assessment.faces.tui.messages import SaveFailed

# For the type checker the mixin is a screen; at run time the question screen brings that.
if TYPE_CHECKING:
    from assessment.faces.tui.screens.base import FaceScreen as _Screen
else:
    _Screen = object


class IntakeConflicts(_Screen):
    """Mixed into the question screen, which provides `session`, `postponed` (the contradictions
    put off for later), `editing` and `show`."""

    if TYPE_CHECKING:
        postponed: set[tuple[str, str]]
        editing: str | None

        @property
        def session(self) -> Any: ...
        def show(self, *, keep_input: bool = False) -> None: ...

    def _raise_conflict(self) -> bool:
        """Ask which holds for the first contradiction not put off; True when asking."""
        from assessment.faces.present import conflict_text
        from assessment.faces.tui.screens.conflict import ConflictScreen

        session = self.session
        conflict = next((c for c in session.conflicts()
                         if (c.question_id, str(c.answer)) not in self.postponed), None)
        if conflict is None:
            return False

        def decided(which: str | None) -> None:
            if which is None:
                self.postponed.add((conflict.question_id, str(conflict.answer)))
            else:
                before = session.intake
                try:
                    again = self.face.save(lambda: session.resolve(conflict, keep_intake=which == "intake"))
                except SaveFailed:
                    return
                if again:
                    self.notify(t("conflict_reask", self.lang))
                    self.editing = conflict.question_id
                elif session.intake != before:
                    value = getattr(session.intake, conflict.field)
                    self.notify(t("intake_followed", self.lang, field=t(f"f_{conflict.field}", self.lang),
                                  value=label(value, self.lang)))
                    if session.intake.missing():  # e.g. now switched off: the date it was switched off
                        self.face.open_intake(then=lambda: self.show(keep_input=True))
                        return
            self.show()

        self.app.push_screen(ConflictScreen(conflict_text(conflict, session.walk, self.lang), self.lang), decided)
        return True
