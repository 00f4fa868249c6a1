"""The size limits on what a user may enter, in one place: the faces, answers files and import
check them at the door, and the export and the report clip (visibly) whatever is already stored
beyond them, so an old record over a limit is still listed, shown, exported and reported."""

MAX_TEXT = 10_000
"""Longest free-text answer, in characters."""
MAX_NOTE = 10_000
"""Longest note on an answer, in characters."""
INTAKE = {
    "ministry": 500, "organisation": 500, "system_name": 500, "contact_person": 500,
    "interviewee": 500, "officer": 500, "function": 10_000, "business_process": 2_000,
    "lawful_basis": 2_500, "contact_address": 500, "supplier": 200,
}
"""Longest value of each free-text intake field, in characters."""
CLIPPED = " […]"
"""Marks text cut to its limit in an export or report: visibly not the whole text."""


def too_long(text: str, limit: int) -> str | None:
    """Why `text` is refused, or None when it fits."""
    if len(text) > limit:
        return f"longer than {limit:,} characters ({len(text):,})".replace(",", ".")
    return None


def clip(text: str, limit: int) -> str:
    """`text` if it fits, else cut so that with the CLIPPED mark it is `limit` characters long."""
    if len(text) <= limit:
        return text
    return text[: limit - len(CLIPPED)] + CLIPPED
