"""The pure engine: walks a questionnaire, holds the answers. Imports no user interface."""

from assessment.engine.walk import Answer, AnswerError, Progress, Walk

__all__ = ["Answer", "AnswerError", "Progress", "Walk"]
