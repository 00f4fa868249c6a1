"""Art. 50 transparency duties: per paragraph, less that paragraph's own exceptions. They come on top
of the risk class. Paragraphs (1) and (2) bind providers, (3) and (4) deployers."""

from dataclasses import dataclass, field

from assessment.legal.facts import CASE_PARAGRAPH, Fact, Role
from assessment.outcome.facts_found import FactSet, merge_traces
from assessment.outcome.models import TraceItem

DUTY_HOLDER: dict[str, Role] = {
    "AI Act art. 50(1)": Role.PROVIDER,
    "AI Act art. 50(2)": Role.PROVIDER,
    "AI Act art. 50(3)": Role.DEPLOYER,
    "AI Act art. 50(4)": Role.DEPLOYER,
}


def paragraph(ref: str) -> str:
    """'AI Act art. 50(4)' for 'AI Act art. 50(4)' or a deeper ref such as 'AI Act art. 50(2)(a)'."""
    head, _, rest = ref.partition("art. 50(")
    return f"{head}art. 50({rest.split(')')[0]})"


@dataclass(frozen=True)
class Transparency:
    duties: list[str]
    excepted: list[str]
    trace: list[TraceItem]
    cases: list[str] = field(default_factory=list)
    """Situations of a paragraph with their own exceptions (art. 50(4)) whose duty stands."""


def _ordered(refs) -> list[str]:
    return sorted(refs, key=lambda r: (len(r), r))


def judge(facts: FactSet) -> Transparency:
    """A paragraph is a duty unless its exception holds. For a paragraph split into cases (art. 50(4):
    deep fakes, public-interest text) only each case's own exception counts, so clearing one case
    never clears the other, and a paragraph-wide exception is not read for it."""
    situations = list(dict.fromkeys(paragraph(r) for r in facts.values(Fact.TRANSPARENCY)))
    exceptions = {paragraph(r) for r in facts.values(Fact.TRANSPARENCY_EXCEPTION)}
    cases = facts.values(Fact.TRANSPARENCY_CASE)
    case_exceptions = set(facts.values(Fact.TRANSPARENCY_CASE_EXCEPTION))
    standing_cases = [c for c in cases if c not in case_exceptions]
    duties: list[str] = []
    excepted: list[str] = []
    for ref in situations:
        own = [c for c in cases if CASE_PARAGRAPH.get(c) == ref]
        if own:
            holds = any(c in standing_cases for c in own)
        else:
            holds = ref not in exceptions
        (duties if holds else excepted).append(ref)
    trace = merge_traces(facts.trace(Fact.TRANSPARENCY), facts.trace(Fact.TRANSPARENCY_EXCEPTION),
                         facts.trace(Fact.TRANSPARENCY_CASE), facts.trace(Fact.TRANSPARENCY_CASE_EXCEPTION))
    return Transparency(_ordered(duties), _ordered(excepted), trace,
                        [c for c in standing_cases if CASE_PARAGRAPH.get(c) in duties])
