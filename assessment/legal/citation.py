"""References as a reader cites them, and where to read them.

Data and JSON keep the canonical form ('AI Act art. 5(1)(c)', see `refs`); people read the Dutch
citation form ('art. 5, eerste lid, onder c, AI-verordening') or its English counterpart
('Article 5(1)(c) AI Act'). A reference in a form this module does not know is shown as it is:
never hidden, never guessed."""

import re
from dataclasses import dataclass

from assessment.legal.refs import POLICY_REFERENCES

_ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
             "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende")
_LAWS = {  # canonical prefix -> (Dutch name, English name)
    "AI Act": ("AI-verordening", "AI Act"),
    "GDPR": ("AVG", "GDPR"),
    "UAVG": ("UAVG", "UAVG (Dutch GDPR Implementation Act)"),
    "Digital Omnibus on AI": ("Digital Omnibus AI", "Digital Omnibus on AI"),
}
_ARTICLE = re.compile(r"^art\. (\d+[a-z]?)((?:\((?:\d+|[a-z]+)\))*)$")
_ANNEX = re.compile(r"^Annex ([IVX]+)(?: section ([A-Z])| (\d+)(?:\(([a-z])\))?)?$")
_RECITAL = re.compile(r"^recital (\d+)$")
_PART = re.compile(r"\(([^)]+)\)")


@dataclass(frozen=True)
class Source:
    """A law or policy document a reference points into."""

    name: str
    law: bool
    """True for binding law; False for policy (a motion, a guideline, a register)."""
    url: str


_EUR_LEX = "https://eur-lex.europa.eu/legal-content/{lang}/TXT/?uri=CELEX:{celex}"
_SOURCES: dict[str, tuple[str, str, bool, str]] = {  # key -> (nl name, en name, law, url)
    "AI Act": ("AI-verordening (Verordening (EU) 2024/1689)", "AI Act (Regulation (EU) 2024/1689)", True,
               _EUR_LEX.replace("{celex}", "32024R1689")),
    "GDPR": ("Algemene verordening gegevensbescherming (Verordening (EU) 2016/679)",
             "General Data Protection Regulation (Regulation (EU) 2016/679)", True,
             _EUR_LEX.replace("{celex}", "32016R0679")),
    "UAVG": ("Uitvoeringswet Algemene verordening gegevensbescherming",
             "Dutch GDPR Implementation Act (UAVG)", True, "https://wetten.overheid.nl/BWBR0040940"),
    "Digital Omnibus on AI": ("Digital Omnibus AI (wijziging van de AI-verordening; vindplaats nog bevestigen)",
                              "Digital Omnibus on AI (amends the AI Act; Official Journal reference to confirm)",
                              True, "https://eur-lex.europa.eu/"),
    "Kamerstuk 36 360 VI nr. 14": ("Motie Dekker-Abdulaziz (Kamerstuk 36 360 VI, nr. 14)",
                                   "Motion Dekker-Abdulaziz (Parliamentary paper 36 360 VI, no. 14)", False,
                                   "https://zoek.officielebekendmakingen.nl/kst-36360-VI-14.html"),
    "Stcrt. 2019, 64418": ("Lijst van de AP van verwerkingen waarvoor een DPIA verplicht is (Stcrt. 2019, 64418)",
                           "Dutch DPA list of processing that needs a DPIA (Stcrt. 2019, 64418)", False,
                           "https://zoek.officielebekendmakingen.nl/stcrt-2019-64418.html"),
    "WP248 rev.01": ("Richtsnoeren voor de DPIA (WP248 rev.01)", "Guidelines on the DPIA (WP248 rev.01)", False,
                     "https://ec.europa.eu/newsroom/article29/items/611236"),
    "Algoritmekader": ("Algoritmekader", "Algoritmekader (Dutch government algorithm framework)", False,
                       "https://minbzk.github.io/Algoritmekader/"),
    "Algoritmeregister": ("Algoritmeregister", "Algoritmeregister (Dutch algorithm register)", False,
                          "https://algoritmes.overheid.nl/"),
    "Handreiking Algoritmeregister": ("Handreiking Algoritmeregister", "Algoritmeregister guidance", False,
                                      "https://algoritmes.overheid.nl/nl/footer/over-het-algoritmeregister"),
}


def _law_of(ref: str) -> tuple[str, str] | None:
    for prefix in sorted(_LAWS, key=len, reverse=True):
        if ref == prefix or ref.startswith(prefix + " "):
            return prefix, ref[len(prefix):].strip()
    return None


_DEFINITIONS = {("AI Act", "3"), ("GDPR", "4")}
"""Definition articles: numbered points, not paragraphs ('art. 3, punt 1', not 'eerste lid')."""


def _dutch_parts(parts: list[str], points: bool = False) -> list[str]:
    """'(1)(c)(ii)' -> 'eerste lid', 'onder c', 'sub ii' as Dutch legislative drafting writes them;
    in a definition article the first number is a point ('punt 66')."""
    words = []
    for i, part in enumerate(parts):
        if part.isdigit() and i == 0 and points:
            words.append(f"punt {part}")
        elif part.isdigit() and i == 0 and 0 < int(part) <= len(_ORDINALS):
            words.append(f"{_ORDINALS[int(part) - 1]} lid")
        elif part.isdigit():
            words.append(f"lid {part}")
        elif i > 0 and re.fullmatch(r"[ivx]+", part) and len(words) >= 2:
            words.append(f"sub {part}")
        else:
            words.append(f"onder {part}")
    return words


def _cite_nl(law: str, rest: str) -> str | None:
    name = _LAWS[law][0]
    if not rest:
        return name
    if m := _ARTICLE.match(rest):
        parts = _dutch_parts(_PART.findall(m.group(2)), points=(law, m.group(1)) in _DEFINITIONS)
        # 'art. 50 AI-verordening', but 'art. 5, eerste lid, onder c, AI-verordening'
        return ", ".join([f"art. {m.group(1)}", *parts, name]) if parts else f"art. {m.group(1)} {name}"
    if m := _ANNEX.match(rest):
        words = [f"bijlage {m.group(1)}"]
        if m.group(2):
            words.append(f"afdeling {m.group(2)}")
        if m.group(3):
            words.append(f"punt {m.group(3)}")
        if m.group(4):
            words.append(f"onder {m.group(4)}")
        return ", ".join([*words, name]) if len(words) > 1 else f"{words[0]} {name}"
    if m := _RECITAL.match(rest):
        return f"overweging {m.group(1)} {name}"
    return None


def _cite_en(law: str, rest: str) -> str | None:
    name = _LAWS[law][1]
    if not rest:
        return name
    if m := _ARTICLE.match(rest):
        return f"Article {m.group(1)}{m.group(2)} {name}"
    if m := _ANNEX.match(rest):
        point = f", section {m.group(2)}" if m.group(2) else ""
        if m.group(3):
            point = f", point {m.group(3)}" + (f"({m.group(4)})" if m.group(4) else "")
        return f"Annex {m.group(1)}{point} {name}"
    if m := _RECITAL.match(rest):
        return f"Recital {m.group(1)} {name}"
    return None


def cite(ref: str, lang: str) -> str:
    """The reference as a reader cites it in `lang`; unknown forms and policy documents unchanged."""
    found = _law_of(ref)
    if found is None:
        return ref
    cited = (_cite_nl if lang == "nl" else _cite_en)(*found)
    return cited or ref


_EMBEDDED = re.compile(
    r"\b(?:AI Act|GDPR|UAVG) (?:art\. \d+[a-z]?(?:\((?:\d+|[a-z]+)\))*"
    r"|Annex [IVX]+(?: section [A-Z]| \d+(?:\([a-z]\))?)?|recital \d+)")


_BARE_ARTICLE = re.compile(r"\bart\. (\d+[a-z]?)((?:\((?:\d+|[a-z]+)\))+)")
_BARE_ANNEX = re.compile(r"\bAnnex ([IVX]+)\b")


def cite_in(text: str, lang: str) -> str:
    """`text` with every canonical reference in it written in citation form (reasons and step texts
    are composed with canonical references). In Dutch also the short forms of the prose: 'art. 6(2)'
    becomes 'art. 6, tweede lid', 'Annex III' becomes 'bijlage III'."""
    text = _EMBEDDED.sub(lambda m: cite(m.group(0), lang), text)
    if lang != "nl":
        return text
    text = _BARE_ARTICLE.sub(lambda m: ", ".join([f"art. {m.group(1)}", *_dutch_parts(_PART.findall(m.group(2)))]),
                             text)
    return _BARE_ANNEX.sub(r"bijlage \1", text)


def cite_grouped(refs: list[str] | tuple[str, ...], lang: str) -> list[str]:
    """Several references, those of one law together and the law named once:
    'AI-verordening: art. 9; art. 10; bijlage VI'. Policy documents stay as they are."""
    groups: dict[str, list[str]] = {}
    for ref in dict.fromkeys(refs):
        found = _law_of(ref)
        cited = (_cite_nl if lang == "nl" else _cite_en)(*found) if found else None
        if found is None or cited is None or not found[1]:
            groups.setdefault(cite(ref, lang), [])
            continue
        name = _LAWS[found[0]][0 if lang == "nl" else 1]
        groups.setdefault(name, []).append(cited.removesuffix(f", {name}").removesuffix(f" {name}"))
    return [f"{law}: {'; '.join(parts)}" if parts else law for law, parts in groups.items()]


def source(ref: str, lang: str) -> Source | None:
    """The law or policy document `ref` points into, with a link; None when not known here."""
    key = ref if ref in _SOURCES else (_law_of(ref) or (None,))[0]
    if key is None or key not in _SOURCES:
        return None
    nl, en, law, url = _SOURCES[key]
    lang_code = "NL" if lang == "nl" else "EN"
    return Source(nl if lang == "nl" else en, law, url.replace("{lang}", lang_code))


def is_policy(ref: str) -> bool:
    return ref in POLICY_REFERENCES
