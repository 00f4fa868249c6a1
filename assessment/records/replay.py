"""A stored record read back against a questionnaire: its walk, and whether the questionnaire
changed since it was saved. Shared by the session (resume) and the export."""

from assessment.engine.walk import Walk
from assessment.questionnaire.loader import Loaded
from assessment.records.models import Record, StoredAnswer


def walk_of(record: Record, loaded: Loaded) -> tuple[Walk, list[StoredAnswer]]:
    """Replay the stored answers on `loaded`; returns the walk and the answers off its path."""
    # Set-aside answers first: for a question answered twice, the later (path) answer wins.
    stored = list(record.set_aside) + list(record.answers)
    walk, off_path = Walk.replay(loaded.questionnaire, [a.to_answer() for a in stored])
    on_path = {a.question_id for a in walk.answers}
    return walk, [StoredAnswer.of(a) for a in off_path if a.question_id not in on_path]


def changed_questionnaire(record: Record, loaded: Loaded) -> bool:
    q = loaded.questionnaire
    return (record.questionnaire_version, record.questionnaire_hash) != (q.version, loaded.content_hash)
