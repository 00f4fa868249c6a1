"""GDPR and Dutch policy steps (DPIA, IAMA, Algoritmeregister): for the organisation that processes
the data and uses the system."""

from assessment.i18n import Text
from assessment.legal.facts import DataProtectionRegime, Fact, Role
from assessment.outcome import impact
from assessment.outcome.catalogue import Catalogue
from assessment.outcome.facts_found import merge_traces
from assessment.outcome.step_model import Context, Want


_REGIME_NAME = {DataProtectionRegime.WPG: Text(nl="Wet politiegegevens (Wpg)", en="Police Data Act (Wpg)"),
                DataProtectionRegime.WJSG: Text(nl="Wet justitiële en strafvorderlijke gegevens (Wjsg)",
                                                en="Judicial and Criminal Records Act (Wjsg)")}
_REGIME_REFS = {DataProtectionRegime.WPG: ["LED art. 27", "Wpg art. 4c"],
                DataProtectionRegime.WJSG: ["LED art. 27"]}


def _law_enforcement(ctx: Context) -> DataProtectionRegime | None:
    """The Wpg or Wjsg when the purpose is police or criminal-justice processing (GDPR art. 2(2)(d))."""
    for value in ctx.facts.values(Fact.DATA_PROTECTION_REGIME):
        if value in _REGIME_NAME:
            return DataProtectionRegime(value)
    return None


def dpia(ctx: Context, cat: Catalogue) -> list[Want]:
    """GDPR art. 35: mandatory, on the Dutch DPA list, two or more WP248 criteria, or a screening. Under
    the Wpg/Wjsg the DPIA rests on LED art. 27 (the AP list does not apply); no DPIA for processing the
    organisation does not control (GDPR art. 35(1))."""
    f = ctx.facts
    if f.flag(Fact.CONTROLLER) is False:
        return [Want("dpia_support", "default", trace=f.trace(Fact.CONTROLLER), owner=Role.PROVIDER)]
    regime = _law_enforcement(ctx)
    if regime is not None:
        return _dpia_law_enforcement(ctx, cat, regime)
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
    if "automated_decision" in criteria:
        wants.append(Want("automated_decision", "default", trace=f.trace(Fact.DPIA_CRITERION, "automated_decision")))
    return wants


def _dpia_law_enforcement(ctx: Context, cat: Catalogue, regime: DataProtectionRegime) -> list[Want]:
    f = ctx.facts
    signs = [*f.values(Fact.DPIA_MANDATORY), *f.values(Fact.DPIA_CRITERION)]
    # The GDPR grounds are read as signs of high risk here, named in words, not as the legal basis.
    found = (Text(nl=f" (hier onder meer: {', '.join(cat.label(s).nl for s in signs)})",
                  en=f" (here among others: {', '.join(cat.label(s).en for s in signs)})")
             if signs else "")
    trace = merge_traces(f.trace(Fact.DATA_PROTECTION_REGIME), f.trace(Fact.DPIA_MANDATORY),
                         f.trace(Fact.DPIA_CRITERION))
    wants = [Want("dpia", "law_enforcement", {"regime": _REGIME_NAME[regime], "criteria_found": found},
                  _REGIME_REFS[regime], trace, detail={"regime": regime.value})]
    if f.flag(Fact.DPIA_DONE):
        wants.append(Want("dpia", "done", trace=f.trace(Fact.DPIA_DONE), detail={"done": "yes"}))
    if ctx.c.risk_class == "high_risk" and ctx.has(Role.DEPLOYER):
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
