"""GDPR and Dutch policy steps (DPIA, IAMA, Algoritmeregister): for the organisation that processes
the data and uses the system."""

from assessment.i18n import Text
from assessment.legal.facts import Fact, Role
from assessment.outcome import impact
from assessment.outcome.catalogue import Catalogue
from assessment.outcome.facts_found import merge_traces
from assessment.outcome.step_model import Context, Want


def dpia(ctx: Context, cat: Catalogue) -> list[Want]:
    """GDPR art. 35: mandatory, on the Dutch DPA list, two or more WP248 criteria, or a screening."""
    f = ctx.facts
    mandatory = [r for r in f.values(Fact.DPIA_MANDATORY) if r.startswith("GDPR")]
    ap = f.values(Fact.DPIA_AP_LIST)
    on_list = ap or "Stcrt. 2019, 64418" in f.values(Fact.DPIA_MANDATORY)
    criteria = f.values(Fact.DPIA_CRITERION)
    personal = f.flag(Fact.PERSONAL_DATA)
    names = lambda ids: Text(nl=", ".join(cat.label(i).nl for i in ids),  # noqa: E731
                             en=", ".join(cat.label(i).en for i in ids))
    trace = merge_traces(f.trace(Fact.PERSONAL_DATA), f.trace(Fact.DPIA_MANDATORY),
                         f.trace(Fact.DPIA_AP_LIST), f.trace(Fact.DPIA_CRITERION))
    wants: list[Want] = []
    if mandatory:
        wants.append(Want("dpia", "mandatory", {"items": ", ".join(mandatory)}, mandatory, trace,
                          detail={"grounds": mandatory}))
    if on_list:
        wants.append(Want("dpia", "ap_list", {"items": names(ap) if ap else "Stcrt. 2019, 64418"},
                          trace=trace, detail={"ap_list": list(ap)}))
    if not wants and len(criteria) >= 2:
        wants.append(Want("dpia", "criteria", {"count": str(len(criteria)), "criteria": names(criteria)},
                          trace=trace, detail={"criteria": list(criteria)}))
    if not wants and (personal or f.is_undecided(Fact.PERSONAL_DATA) or criteria):
        found = (Text(nl=f" (wel: {names(criteria).nl})", en=f" (met: {names(criteria).en})")
                 if criteria else "")
        wants.append(Want("dpia", "screening", {"criteria_found": found}, trace=trace,
                          detail={"criteria": list(criteria)}))
    if wants and f.flag(Fact.DPIA_DONE):
        wants.append(Want("dpia", "done", trace=f.trace(Fact.DPIA_DONE), detail={"done": "yes"}))
    elif wants and f.is_undecided(Fact.DPIA_DONE):
        wants[0].detail["done"] = "unknown"
    if wants and ctx.c.risk_class == "high_risk" and ctx.has(Role.DEPLOYER):
        wants.append(Want("dpia", "deployer_information"))
    return wants


def _policy(ctx: Context) -> list[Want]:
    """IAMA and Algoritmeregister: policy expectations for algorithms, with their reasons."""
    f, c = ctx.facts, ctx.c
    found = impact.judge(f, high_risk=c.risk_class == "high_risk", prohibited=False)
    wants: list[Want] = []
    if c.risk_class == "high_risk":
        wants.append(Want("iama", "high_risk", trace=c.trace.get("high_risk_basis", [])))
    elif f.flag(Fact.RISK_SELECTION):
        wants.append(Want("iama", "risk_selection", trace=f.trace(Fact.RISK_SELECTION),
                          detail={"strength": "strongly"}))
    elif found.impactful:
        wants.append(Want("iama", "impactful", trace=found.trace))
    if wants and f.flag(Fact.IAMA_DONE):
        wants.append(Want("iama", "done", trace=f.trace(Fact.IAMA_DONE), detail={"done": "yes"}))
    variant = {"A": "category_a", "B": "category_b", "C": "category_c"}[found.category]
    wants.append(Want("algoritmeregister", variant, {"reason": found.reason}, trace=found.trace,
                      detail={"category": found.category}))
    if "Algoritmeregister" in f.values(Fact.REGISTERED):
        wants.append(Want("algoritmeregister", "registered", {"category": found.category},
                          trace=f.trace(Fact.REGISTERED), detail={"registered": "yes"}))
    return wants


def organisation_steps(ctx: Context, cat: Catalogue) -> list[Want]:
    """GDPR and policy steps belong to the organisation that processes the data and uses the system.
    An importer or distributor only passing the system on gets none of them (its own duties say so);
    a provider that does not use it screens the DPIA for its own processing (e.g. training data) and
    supports the organisations that use it with the IAMA and the register entry."""
    roles = set(ctx.c.roles)
    if not roles or Role.DEPLOYER in roles:
        return dpia(ctx, cat) + _policy(ctx)
    if Role.PROVIDER in roles:
        trace = ctx.c.trace.get("roles", [])
        return dpia(ctx, cat) + [Want("iama", "provider_only", trace=trace, owner=Role.PROVIDER),
                                  Want("algoritmeregister", "provider_only", trace=trace, owner=Role.PROVIDER)]
    return []
