"""Canonical legal reference strings, e.g. 'AI Act art. 5(1)(c)' or 'AI Act Annex III 5(b)'.
'LED' is the Law Enforcement Directive (EU) 2016/680; 'Wpg' and 'Wjsg' the Dutch acts implementing it.

One space after 'art.', sub-points in parentheses, Annex numbers in Roman numerals. Every
reference in questionnaires, rules, steps and reports must pass `is_canonical`.
"""

import re

_PART = r"\((?:\d+|[a-z]|[ivx]+)\)"
_ROMAN = r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII)"
_ARTICLE = rf"art\. \d+[a-z]?(?:{_PART})*"
_ANNEX = rf"Annex {_ROMAN}(?: section [A-Z]| \d+(?:\([a-z]\))?)?"
_RECITAL = r"recital \d+"

_PATTERN = re.compile(
    rf"^(?:(?:AI Act|GDPR|UAVG|LED|Wpg|Wjsg) (?:{_ARTICLE}|{_ANNEX}|{_RECITAL})"
    rf"|Digital Omnibus on AI(?: {_ARTICLE})?)$"
)

#: References that are not articles of a regulation: policy documents the steps rest on.
POLICY_REFERENCES: frozenset[str] = frozenset(
    {
        "Kamerstuk 36 360 VI nr. 14",  # motion Dekker-Abdulaziz: IAMA for high-risk algorithms
        "Stcrt. 2019, 64418",  # Dutch DPA list of processing that always needs a DPIA
        "WP248 rev.01",  # EDPB/WP29 DPIA guidelines with the nine criteria
        "Algoritmekader",
        "Algoritmeregister",
        "Handreiking Algoritmeregister",
    }
)


def is_canonical(ref: str) -> bool:
    """True when `ref` is written in the project's canonical form."""
    return bool(_PATTERN.match(ref)) or ref in POLICY_REFERENCES


def suggest(ref: str) -> str | None:
    """A likely canonical spelling for a near miss, for error messages."""
    fixed = re.sub(r"\b(?:Art\.?|article|Article|art)\s*(\d)", r"art. \1", ref.strip())
    fixed = re.sub(r"\s+", " ", fixed)
    fixed = re.sub(r"^(AI-?[Vv]erordening|AIA|AI act)\b", "AI Act", fixed)
    fixed = re.sub(r"^(AVG)\b", "GDPR", fixed)
    fixed = re.sub(r"Annex 3\b", "Annex III", fixed)
    fixed = re.sub(r"Annex 1\b", "Annex I", fixed)
    return fixed if fixed != ref and is_canonical(fixed) else None
