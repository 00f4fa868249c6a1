"""The organisation's roles (art. 3(3)-(7)) and becoming provider of a high-risk system (art. 25(1))."""

from dataclasses import dataclass

from assessment.legal.facts import Fact, Role
from assessment.outcome.facts_found import FactSet, merge_traces
from assessment.outcome.models import TraceItem

_ORDER = list(Role)


@dataclass(frozen=True)
class Roles:
    roles: list[Role]
    trace: list[TraceItem]
    art25: list[str]
    """The art. 25(1) grounds that made the organisation provider (only for a high-risk system)."""
    art25_not_applied: list[str]
    """Art. 25(1) grounds given for a system that is not high-risk: they do not change the role."""


def judge(facts: FactSet, *, high_risk: bool) -> Roles:
    roles = {Role(r) for r in facts.values(Fact.ROLE)}
    grounds = facts.values(Fact.PROVIDER_BY_ART25)
    trace = facts.trace(Fact.ROLE)
    applied: list[str] = []
    if grounds and high_risk:
        applied = grounds
        roles.add(Role.PROVIDER)
        trace = merge_traces(trace, facts.trace(Fact.PROVIDER_BY_ART25))
    return Roles(sorted(roles, key=_ORDER.index), trace, applied, [] if high_risk else grounds)
