"""The answers an outcome rests on, as the officer saw them: question text, answer in words, note
and follow-up flag. Built from a walk (the faces, `run`) or from an export (the report)."""

from dataclasses import dataclass

from assessment.i18n import Lang, Text


@dataclass(frozen=True)
class GivenAnswer:
    question_id: str
    question: Text
    answer: Text | str
    """The chosen option labels, or the text or date as typed."""
    note: str = ""
    flagged: bool = False

    def words(self, lang: Lang) -> str:
        return self.answer if isinstance(self.answer, str) else self.answer.get(lang)


@dataclass(frozen=True)
class Given:
    answers: tuple[GivenAnswer, ...] = ()
    questions: dict[str, Text] | None = None
    """Every question of the questionnaire by id, for questions not (yet) answered."""
    options: dict[tuple[str, str], Text] | None = None
    """Every option label by (question id, option id), for answers implied rather than given."""

    def _by_id(self) -> dict[str, GivenAnswer]:
        return {a.question_id: a for a in self.answers}

    def question(self, question_id: str, lang: Lang) -> str:
        found = self._by_id().get(question_id)
        if found is not None:
            return found.question.get(lang)
        text = (self.questions or {}).get(question_id)
        return text.get(lang) if text else question_id

    def answer(self, question_id: str, raw: str | list[str], lang: Lang) -> str:
        found = self._by_id().get(question_id)
        if found is not None:
            return found.words(lang)
        return self.implied(question_id, raw, lang)

    def implied(self, question_id: str, raw: str | list[str], lang: Lang) -> str:
        """Option ids in words where the questionnaire is known; else as they are."""
        ids = [raw] if isinstance(raw, str) else raw
        labels = self.options or {}
        return "; ".join(labels[(question_id, i)].get(lang) if (question_id, i) in labels else i for i in ids)


def _joined(texts: list[Text]) -> Text:
    return Text(nl="; ".join(t.nl for t in texts), en="; ".join(t.en for t in texts))


def from_walk(walk) -> Given:
    """The answers on the walk's path, labels from its questionnaire."""
    from assessment.questionnaire.model import Kind

    q = walk.questionnaire
    answers = []
    for a in walk.answers:
        question = q.question(a.question_id)
        if question.kind in (Kind.TEXT, Kind.DATE):
            shown: Text | str = str(a.value)
        else:
            ids = [a.value] if isinstance(a.value, str) else list(a.value)
            labels = [o.label if (o := question.option(i)) else Text(nl=i, en=i) for i in ids]
            shown = _joined(labels) if labels else ""
        answers.append(GivenAnswer(a.question_id, question.text, shown, a.note, a.flagged))
    return Given(tuple(answers), {x.id: x.text for x in q.questions}, _options(q))


def _options(questionnaire) -> dict[tuple[str, str], Text]:
    return {(x.id, o.id): o.label for x in questionnaire.questions for o in x.options}


def from_export(exported, questionnaire=None) -> Given:
    """The answers of an exported assessment, labels as they were shown when answered; the
    questionnaire, when given, names the answers implied for questions not asked."""
    answers = []
    for a in exported.answers:
        if a.options:
            shown: Text | str = _joined([o.text for o in a.options])
        else:
            shown = a.value if isinstance(a.value, str) else ", ".join(a.value)
        answers.append(GivenAnswer(a.question_id, a.question, shown, a.note, a.flagged))
    if questionnaire is None:
        return Given(tuple(answers))
    return Given(tuple(answers), {x.id: x.text for x in questionnaire.questions}, _options(questionnaire))

