"""Art. 50 transparency duties: per paragraph, less that paragraph's own exceptions. They come on top
of the risk class. Paragraphs (1) and (2) bind providers, (3) and (4) deployers."""

from dataclasses import dataclass

from assessment.legal.facts import Fact, Role
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


def judge(facts: FactSet) -> Transparency:
    situations = list(dict.fromkeys(paragraph(r) for r in facts.values(Fact.TRANSPARENCY)))
    exceptions = {paragraph(r) for r in facts.values(Fact.TRANSPARENCY_EXCEPTION)}
    duties = sorted((p for p in situations if p not in exceptions), key=lambda r: (len(r), r))
    excepted = sorted((p for p in situations if p in exceptions), key=lambda r: (len(r), r))
    trace = merge_traces(facts.trace(Fact.TRANSPARENCY), facts.trace(Fact.TRANSPARENCY_EXCEPTION))
    return Transparency(duties, excepted, trace)
