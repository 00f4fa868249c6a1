"""The typed vocabulary of facts that answers establish and the classifier reads.

An option (or an answered text/date question) carries `facts: {name: value}`. The name must be a
`Fact`; the value must have the type that `FACT_TYPES` gives for it. The classifier never reads
question ids or option labels, only these facts, so content can be reworded without code changes.
"""

from dataclasses import dataclass
from enum import StrEnum

from assessment.legal.refs import is_canonical


class Fact(StrEnum):
    # scope (art. 2, art. 3)
    ALGORITHM = "algorithm"  # bool: is it an algorithm at all
    AI_SYSTEM = "ai_system"  # bool: meets the art. 3(1) definition (asked directly)
    AI_ELEMENT = "ai_element"  # AIElement: this element of art. 3(1) is present
    AI_ELEMENT_ABSENT = "ai_element_absent"  # AIElement: this element is absent
    SYSTEM_TYPE = "system_type"  # SystemType
    EXCLUSION = "exclusion"  # ref 'AI Act art. 2(...)': this exclusion applies
    OPEN_SOURCE = "open_source"  # bool: released under a free and open-source licence
    # roles (art. 3, art. 25)
    ROLE = "role"  # Role
    PROVIDER_BY_ART25 = "provider_by_art25"  # ref 'AI Act art. 25(1)(a|b|c)'
    # Three different sets of "public" organisations (reference section 12): one answer cannot drive all.
    PUBLIC_AUTHORITY = "public_authority"  # bool: the deployer is a public authority (art. 26(8), 49(3))
    PUBLIC_SERVICE = "public_service"  # bool: body governed by public law or private entity providing
    # public services (art. 27(1) FRIA)
    FOR_PUBLIC_AUTHORITIES = "for_public_authorities"  # bool: intended to be used by public authorities
    # (art. 111(2) date for legacy high-risk systems)
    GPAI_MODEL_PROVIDER = "gpai_model_provider"  # bool: provides the GPAI model itself; false for a
    # downstream party whose modification used at most one third of the original training compute
    # prohibitions (art. 5)
    PROHIBITED_PRACTICE = "prohibited_practice"  # ref 'AI Act art. 5(1)(x)' or Omnibus ban
    EXCEPTION_CLAIMED = "exception_claimed"  # ref of the exception ground, e.g. 'AI Act art. 5(1)(h)(ii)'
    EXCEPTION_MOTIVATION = "exception_motivation"  # ref of the practice; on a text question
    SWITCHED_OFF = "switched_off"  # bool: a prohibited practice has been stopped
    FUNCTION_REMOVED = "function_removed"  # bool: only the prohibited function was removed; the rest
    # of the system keeps running and is classified like any other system
    EXCEPTION_CONDITION_UNMET = "exception_condition_unmet"  # ref 'AI Act art. 5(2|3|5)': a condition
    # of the 5(1)(h) exception is not met, so a claimed 5(1)(h)(i-iii) ground does not clear the practice
    EXCEPTION_CONDITION_PLANNED = "exception_condition_planned"  # ref 'AI Act art. 5(2|3|4)': a duty
    # to fulfil before (each) use, not a reason to call the exception invalid
    EXCEPTION_CONDITION_MET = "exception_condition_met"  # ref 'AI Act art. 5(2|3|4|5)': in place
    # high risk (art. 6, Annex I, Annex III)
    ANNEX_I = "annex_i"  # ref 'AI Act Annex I section A|B'
    THIRD_PARTY_CONFORMITY = "third_party_conformity"  # bool: sector law requires a notified body
    ANNEX_III_AREA = "annex_iii_area"  # ref 'AI Act Annex III N'
    ANNEX_III = "annex_iii"  # ref 'AI Act Annex III N(x)' (or 'AI Act Annex III 2')
    ANNEX_III_NONE = "annex_iii_none"  # ref 'AI Act Annex III N': no sub-point of this area applies
    ANNEX_X = "annex_x"  # bool: an AI component of a large-scale EU IT system of Annex X (art. 111(1))
    DEROGATION = "derogation"  # ref 'AI Act art. 6(3)(a|b|c|d)'
    SIGNIFICANT_RISK = "significant_risk"  # bool: poses a significant risk of harm (art. 6(3))
    PROFILING = "profiling"  # bool: profiles natural persons (overrides art. 6(3))
    HARMONISED_STANDARDS = "harmonised_standards"  # bool: fully applied (art. 43(1))
    DEROGATION_DOCUMENTED = "derogation_documented"  # bool: a deployer has seen the provider's art. 6(4)
    # assessment and its art. 49(2) registration
    # transparency (art. 50)
    TRANSPARENCY = "transparency"  # ref 'AI Act art. 50(n)': this paragraph's situation applies
    TRANSPARENCY_EXCEPTION = "transparency_exception"  # ref 'AI Act art. 50(n)': excepted
    # Art. 50(4) holds two duties with exceptions of their own (deep fakes; public-interest text): the
    # case says which situation applies, and an exception names the case it clears, never the paragraph.
    TRANSPARENCY_CASE = "transparency_case"  # TransparencyCase
    TRANSPARENCY_CASE_EXCEPTION = "transparency_case_exception"  # TransparencyCase: its own exception holds
    # general-purpose AI (art. 51-55)
    SYSTEMIC_RISK = "systemic_risk"  # bool
    # data protection and policy (GDPR art. 35, IAMA, Algoritmeregister)
    PERSONAL_DATA = "personal_data"  # bool
    DATA_PROTECTION_REGIME = "data_protection_regime"  # DataProtectionRegime, chosen by the purpose
    CONTROLLER = "controller"  # bool: the organisation decides purposes and means (GDPR art. 4(7), 26)
    DPIA_MANDATORY = "dpia_mandatory"  # ref 'GDPR art. 35(3)(a|b|c)' or 'Stcrt. 2019, 64418'
    DPIA_AP_LIST = "dpia_ap_list"  # ApListItem: a processing type on the Dutch DPA list
    DPIA_CRITERION = "dpia_criterion"  # Wp248Criterion
    AFFECTED = "affected"  # AffectedGroup
    IMPACTFUL = "impactful"  # bool: legal or similarly significant effects (Algoritmeregister B)
    RISK_SELECTION = "risk_selection"  # bool: automated risk selection of people or organisations
    DPIA_DONE = "dpia_done"  # bool: a DPIA exists already
    IAMA_DONE = "iama_done"  # bool: an IAMA exists already
    REGISTERED = "registered"  # ref 'Algoritmeregister' or 'AI Act art. 71': already registered there


class AIElement(StrEnum):
    """The seven elements of the AI-system definition (art. 3(1), Commission guidelines)."""

    MACHINE_BASED = "machine_based"
    AUTONOMY = "autonomy"
    ADAPTIVENESS = "adaptiveness"  # optional element: its absence does not exclude
    OBJECTIVES = "objectives"
    INFERENCE = "inference"
    OUTPUTS = "outputs"
    INFLUENCE = "influence"


class SystemType(StrEnum):
    AI_SYSTEM = "ai_system"
    GPAI_SYSTEM = "gpai_system"
    GPAI_MODEL = "gpai_model"


class DataProtectionRegime(StrEnum):
    """Which data-protection law governs the processing, by its purpose (GDPR art. 2(2)(d))."""

    GDPR = "gdpr"
    WPG = "wpg"  # Wet politiegegevens: police tasks (implements Directive (EU) 2016/680)
    WJSG = "wjsg"  # Wet justitiele en strafvorderlijke gegevens: judicial and prosecution data


class TransparencyCase(StrEnum):
    """The situations of one art. 50 paragraph that carry their own exceptions."""

    DEEP_FAKE = "deep_fake"  # art. 50(4), first subparagraph
    PUBLIC_INTEREST_TEXT = "public_interest_text"  # art. 50(4), second subparagraph


CASE_PARAGRAPH: dict[str, str] = {
    TransparencyCase.DEEP_FAKE: "AI Act art. 50(4)",
    TransparencyCase.PUBLIC_INTEREST_TEXT: "AI Act art. 50(4)",
}


class Role(StrEnum):
    PROVIDER = "provider"
    DEPLOYER = "deployer"
    IMPORTER = "importer"
    DISTRIBUTOR = "distributor"


class Wp248Criterion(StrEnum):
    """EDPB/WP248 criteria: two or more usually mean a DPIA is needed."""

    EVALUATION_SCORING = "evaluation_scoring"
    AUTOMATED_DECISION = "automated_decision"
    SYSTEMATIC_MONITORING = "systematic_monitoring"
    SENSITIVE_DATA = "sensitive_data"
    LARGE_SCALE = "large_scale"
    MATCHING_DATASETS = "matching_datasets"
    VULNERABLE_SUBJECTS = "vulnerable_subjects"
    INNOVATIVE_TECHNOLOGY = "innovative_technology"
    BLOCKS_RIGHT_OR_SERVICE = "blocks_right_or_service"


class ApListItem(StrEnum):
    """Processing types on the Dutch DPA list (Stcrt. 2019, 64418) that always need a DPIA."""

    COVERT_INVESTIGATION = "covert_investigation"
    BLACKLISTS = "blacklists"
    FRAUD_DETECTION = "fraud_detection"
    CREDIT_SCORES = "credit_scores"
    FINANCIAL_SITUATION = "financial_situation"
    GENETIC_DATA = "genetic_data"
    HEALTH_DATA = "health_data"
    DATA_SHARING_PARTNERSHIP = "data_sharing_partnership"
    CAMERA_SURVEILLANCE = "camera_surveillance"
    FLEXIBLE_CAMERA = "flexible_camera"
    EMPLOYEE_MONITORING = "employee_monitoring"
    LOCATION_DATA = "location_data"
    COMMUNICATION_DATA = "communication_data"
    INTERNET_OF_THINGS = "internet_of_things"
    PROFILING = "profiling"
    OBSERVATION_AND_INFLUENCING = "observation_and_influencing"
    BIOMETRIC_DATA = "biometric_data"


class AffectedGroup(StrEnum):
    CITIZENS = "citizens"
    BUSINESSES = "businesses"
    STAFF = "staff"
    VULNERABLE = "vulnerable"
    CHILDREN = "children"


@dataclass(frozen=True)
class FactType:
    """What values a fact takes: 'bool', 'text' (answer text), an enum, or refs with a prefix."""

    kind: str  # "bool" | "enum" | "ref" | "text"
    enum: type[StrEnum] | None = None
    ref_prefixes: tuple[str, ...] = ()

    def check(self, value: object) -> str | None:
        """None when `value` fits, else the reason it does not."""
        if self.kind == "bool":
            return None if isinstance(value, bool) else "must be true or false"
        if self.kind == "enum":
            assert self.enum is not None
            allowed = [m.value for m in self.enum]
            return None if value in allowed else f"must be one of {', '.join(allowed)}"
        if self.kind == "ref":
            if not isinstance(value, str) or not is_canonical(value):
                return f"{value!r} is not a canonical legal reference"
            if self.ref_prefixes and not value.startswith(self.ref_prefixes):
                return f"must start with {' or '.join(repr(p) for p in self.ref_prefixes)}"
            return None
        return None


def _ref(*prefixes: str) -> FactType:
    return FactType("ref", ref_prefixes=prefixes)


_BOOL = FactType("bool")

FACT_TYPES: dict[Fact, FactType] = {
    Fact.ALGORITHM: _BOOL,
    Fact.AI_SYSTEM: _BOOL,
    Fact.AI_ELEMENT: FactType("enum", AIElement),
    Fact.AI_ELEMENT_ABSENT: FactType("enum", AIElement),
    Fact.SYSTEM_TYPE: FactType("enum", SystemType),
    Fact.EXCLUSION: _ref("AI Act art. 2("),
    Fact.OPEN_SOURCE: _BOOL,
    Fact.ROLE: FactType("enum", Role),
    Fact.PROVIDER_BY_ART25: _ref("AI Act art. 25(1)"),
    Fact.PUBLIC_AUTHORITY: _BOOL,
    Fact.PUBLIC_SERVICE: _BOOL,
    Fact.FOR_PUBLIC_AUTHORITIES: _BOOL,
    Fact.GPAI_MODEL_PROVIDER: _BOOL,
    Fact.PROHIBITED_PRACTICE: _ref("AI Act art. 5(1)", "Digital Omnibus on AI"),
    Fact.EXCEPTION_CLAIMED: _ref("AI Act art. 5(1)", "Digital Omnibus on AI"),
    Fact.EXCEPTION_MOTIVATION: _ref("AI Act art. 5(1)", "Digital Omnibus on AI"),
    Fact.SWITCHED_OFF: _BOOL,
    Fact.FUNCTION_REMOVED: _BOOL,
    Fact.EXCEPTION_CONDITION_PLANNED: _ref("AI Act art. 5(", "AI Act art. 49("),
    Fact.EXCEPTION_CONDITION_MET: _ref("AI Act art. 5(", "AI Act art. 49("),
    Fact.EXCEPTION_CONDITION_UNMET: _ref("AI Act art. 5(", "AI Act art. 49("),
    Fact.ANNEX_I: _ref("AI Act Annex I section"),
    Fact.THIRD_PARTY_CONFORMITY: _BOOL,
    Fact.ANNEX_III_AREA: _ref("AI Act Annex III "),
    Fact.ANNEX_III: _ref("AI Act Annex III "),
    Fact.ANNEX_III_NONE: _ref("AI Act Annex III "),
    Fact.ANNEX_X: _BOOL,
    Fact.DEROGATION_DOCUMENTED: _BOOL,
    Fact.DEROGATION: _ref("AI Act art. 6(3)("),
    Fact.SIGNIFICANT_RISK: _BOOL,
    Fact.PROFILING: _BOOL,
    Fact.HARMONISED_STANDARDS: _BOOL,
    Fact.TRANSPARENCY: _ref("AI Act art. 50("),
    Fact.TRANSPARENCY_EXCEPTION: _ref("AI Act art. 50("),
    Fact.TRANSPARENCY_CASE: FactType("enum", TransparencyCase),
    Fact.TRANSPARENCY_CASE_EXCEPTION: FactType("enum", TransparencyCase),
    Fact.SYSTEMIC_RISK: _BOOL,
    Fact.PERSONAL_DATA: _BOOL,
    Fact.DATA_PROTECTION_REGIME: FactType("enum", DataProtectionRegime),
    Fact.CONTROLLER: _BOOL,
    Fact.DPIA_MANDATORY: _ref("GDPR art. 35(3)(", "Stcrt. 2019, 64418"),
    Fact.DPIA_AP_LIST: FactType("enum", ApListItem),
    Fact.DPIA_CRITERION: FactType("enum", Wp248Criterion),
    Fact.AFFECTED: FactType("enum", AffectedGroup),
    Fact.IMPACTFUL: _BOOL,
    Fact.RISK_SELECTION: _BOOL,
    Fact.DPIA_DONE: _BOOL,
    Fact.IAMA_DONE: _BOOL,
    Fact.REGISTERED: _ref("Algoritmeregister", "AI Act art. 71"),
}


def check_fact(name: str, value: object) -> str | None:
    """None when `name: value` is a valid fact, else the reason it is not."""
    try:
        fact = Fact(name)
    except ValueError:
        return f"unknown fact {name!r}"
    return FACT_TYPES[fact].check(value)
