"""Is the AI Act in scope: an algorithm, an AI system (art. 3(1)) or GPAI model, not excluded (art. 2)."""

from dataclasses import dataclass, field

from assessment.i18n import Text
from assessment.intake import Intake, SystemStatus
from assessment.legal.facts import AIElement, Fact, SystemType
from assessment.outcome.facts_found import FactSet, merge_traces
from assessment.outcome.models import TraceItem
from assessment.outcome.reasons import reason

MANDATORY_ELEMENTS = tuple(e for e in AIElement if e != AIElement.ADAPTIVENESS)
"""Adaptiveness after deployment is optional in art. 3(1) ('may exhibit'); the rest are needed."""

OPEN_SOURCE_EXCLUSION = "AI Act art. 2(12)"
PRE_MARKET_EXCLUSION = "AI Act art. 2(8)"


ELEMENT_NAMES: dict[AIElement, Text] = {
    AIElement.MACHINE_BASED: Text(nl="het draait op een machine", en="it is machine-based"),
    AIElement.AUTONOMY: Text(nl="het werkt met enige zelfstandigheid", en="it operates with some autonomy"),
    AIElement.ADAPTIVENESS: Text(nl="het past zich aan na ingebruikname", en="it adapts after deployment"),
    AIElement.OBJECTIVES: Text(nl="het werkt naar doelen toe", en="it pursues objectives"),
    AIElement.INFERENCE: Text(nl="het leidt zelf af hoe het uit de invoer een uitkomst maakt",
                              en="it infers from its input how to generate outputs"),
    AIElement.OUTPUTS: Text(nl="het levert voorspellingen, inhoud, aanbevelingen of besluiten",
                            en="it produces predictions, content, recommendations or decisions"),
    AIElement.INFLUENCE: Text(nl="de uitkomst kan de fysieke of digitale omgeving beïnvloeden",
                              en="its outputs can influence physical or virtual environments"),
}
"""Plain names of the art. 3(1) elements, for reasons."""


@dataclass(frozen=True)
class Definition:
    """Whether the system meets a definition the AI Act applies to."""

    outside: str | None  # "not_an_algorithm" | "not_an_ai_system" | None (inside)
    system_type: SystemType | None
    reason: Text
    refs: list[str]
    trace: list[TraceItem]
    settled: bool = True
    """False when the AI-system question was left open and the system is assumed to be in scope."""


def definition(facts: FactSet) -> Definition:
    if facts.flag(Fact.ALGORITHM) is False:
        return Definition("not_an_algorithm", None, reason("scope.not_an_algorithm"),
            ["AI Act art. 3(1)"], facts.trace(Fact.ALGORITHM))
    types = facts.values(Fact.SYSTEM_TYPE)
    system_type = SystemType(types[0]) if types else None
    type_trace = facts.trace(Fact.SYSTEM_TYPE)
    if system_type == SystemType.GPAI_MODEL and facts.flag(Fact.GPAI_MODEL_PROVIDER) is False:
        # A modification with at most a third of the original training compute does not make a GPAI-model
        # provider: the organisation provides the system it builds on the model (downstream, art. 3(68)).
        system_type = SystemType.GPAI_SYSTEM
        type_trace = merge_traces(type_trace, facts.trace(Fact.GPAI_MODEL_PROVIDER))
    if system_type == SystemType.GPAI_MODEL:
        return Definition(None, system_type, reason("scope.gpai_model"),
            ["AI Act art. 3(63)"], type_trace)
    direct = facts.flag(Fact.AI_SYSTEM)
    if direct is False:
        return Definition("not_an_ai_system", system_type, reason("scope.not_an_ai_system"),
            ["AI Act art. 3(1)"], facts.trace(Fact.AI_SYSTEM))
    absent = [e for e in MANDATORY_ELEMENTS if e.value in facts.values(Fact.AI_ELEMENT_ABSENT)]
    if direct is None and absent:
        names = Text(nl="; ".join(ELEMENT_NAMES[e].nl for e in absent),
                     en="; ".join(ELEMENT_NAMES[e].en for e in absent))
        trace = merge_traces(*(facts.trace(Fact.AI_ELEMENT_ABSENT, e.value) for e in absent))
        return Definition("not_an_ai_system", system_type, reason("scope.element_missing", names=names),
            ["AI Act art. 3(1)"], trace)
    # A 'don't know' on the kind of AI stays unknown (an open question), never a silent default.
    kind = system_type if system_type or facts.is_undecided(Fact.SYSTEM_TYPE) else SystemType.AI_SYSTEM
    refs = ["AI Act art. 3(66)"] if kind == SystemType.GPAI_SYSTEM else ["AI Act art. 3(1)"]
    if direct:
        return Definition(None, kind, reason("scope.ai_system"),
            refs, merge_traces(facts.trace(Fact.AI_SYSTEM), type_trace))
    present = set(facts.values(Fact.AI_ELEMENT))
    if all(e.value in present for e in MANDATORY_ELEMENTS):
        return Definition(None, kind, reason("scope.all_elements"),
            refs, merge_traces(facts.trace(Fact.AI_ELEMENT), type_trace))
    return Definition(None, kind, reason("scope.ai_system_undecided"),
        refs, merge_traces(facts.trace(Fact.AI_ELEMENT), type_trace), settled=False)


@dataclass(frozen=True)
class Exclusion:
    refs: list[str]
    trace: list[TraceItem]
    reason: Text
    ignored: list[str] = field(default_factory=list)
    """Exclusions claimed but not holding (open source with duties, pre-market while in use)."""


def exclusion(facts: FactSet, intake: Intake, system_type: SystemType | None, *,
              high_risk: bool, prohibited: bool, transparency: bool) -> Exclusion | None:
    """The art. 2 exclusions that hold. Open source (2(12)) only for AI systems without high risk,
    prohibited practice or art. 50 duty; research before market (2(8)) not once it affects people."""
    claimed = list(facts.values(Fact.EXCLUSION))
    if facts.flag(Fact.OPEN_SOURCE) and system_type != SystemType.GPAI_MODEL \
            and OPEN_SOURCE_EXCLUSION not in claimed:
        claimed.append(OPEN_SOURCE_EXCLUSION)
    holding, ignored = [], []
    for ref in claimed:
        if ref == OPEN_SOURCE_EXCLUSION and (system_type == SystemType.GPAI_MODEL
                                             or high_risk or prohibited or transparency):
            ignored.append(ref)
        elif ref == PRE_MARKET_EXCLUSION and intake.status in (SystemStatus.PILOT, SystemStatus.IN_USE):
            ignored.append(ref)
        else:
            holding.append(ref)
    trace = merge_traces(facts.trace(Fact.EXCLUSION), facts.trace(Fact.OPEN_SOURCE, True))
    if not holding:
        return Exclusion([], trace, Text(nl="-", en="-"), ignored) if ignored else None
    listed = ", ".join(holding)
    return Exclusion(holding, trace, reason("scope.exclusion", listed=listed), ignored)
