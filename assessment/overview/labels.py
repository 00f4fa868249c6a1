"""Words for people in the overview (the `ov.` and `practice.` parts of `assessment.words`, else the
shared vocabulary). Ids stay in the JSON; labels are for md/html/csv."""

from assessment import vocabulary
from assessment.i18n import Lang
from assessment.legal.citation import cite
from assessment.vocabulary import yes_no
from assessment.words import has, w

__all__ = ["label", "practice", "yes_no"]


def label(value: str | None, lang: Lang, empty: str | None = None) -> str:
    """The word for an id; unknown ids are shown as they are, None as 'not filled in'."""
    if value is None or value == "":
        return empty or ("(niet ingevuld)" if lang == "nl" else "(not filled in)")
    key = f"ov.{value}"
    return w(key, lang) if has(key) else vocabulary.label(value, lang)


def practice(ref: str, lang: Lang) -> str:
    """'art. 5, eerste lid, onder c, AI-verordening (sociale scoring)': the reference in citation form
    with the practice's short name when we have one."""
    key = f"practice.{ref}"
    return f"{cite(ref, lang)} ({w(key, lang)})" if has(key) else cite(ref, lang)
