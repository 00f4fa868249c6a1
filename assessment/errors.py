"""Errors that are the user's to fix: shown as one line, exit code 2."""


class UserError(Exception):
    """Bad input, a bad file or a refused action. `where` is e.g. 'file.yaml:12'."""

    def __init__(self, reason: str, where: str | None = None, *, key: str | None = None,
                 **values: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.where = where
        self.key = key
        """The message in the interface words (`assessment.words`), when it has one there; `reason`
        is the English wording (logs, tests, a table without the key)."""
        self.values = values

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}" if self.where else self.reason


class ValidationProblems(UserError):
    """Several problems found in one file; each is a 'file:line: reason' line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0] if problems else "invalid")
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(self.problems)
