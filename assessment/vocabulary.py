"""The reader's words for the language-neutral ids the engine, outcome and intake use: one wording per
id, Dutch first, English available, shared by the terminal text, the faces, reports and the overview.

Labels only: which class, role or step applies is decided by the classifier, never here. No imports, so
the first TUI screen can use it without waiting for pydantic."""

WORDS: dict[str, tuple[str, str]] = {
    # applicability
    "not_an_algorithm": ("geen algoritme", "not an algorithm"),
    "not_an_ai_system": ("geen AI-systeem", "not an AI system"),
    "excluded": ("uitgezonderd van de AI-verordening", "excluded from the AI Act"),
    "no_role": ("geen rol onder de AI-verordening", "no role under the AI Act"),
    "applies": ("de AI-verordening is van toepassing", "the AI Act applies"),
    # risk classes
    "prohibited": ("verboden AI-praktijk", "prohibited AI practice"),
    "high_risk": ("hoog-risico AI-systeem", "high-risk AI system"),
    "not_high_risk": ("geen hoog-risico AI-systeem", "not a high-risk AI system"),
    "gpai_model": ("AI-model voor algemene doeleinden", "general-purpose AI model"),
    # system types
    "ai_system": ("AI-systeem", "AI system"),
    "gpai_system": ("AI-systeem voor algemene doeleinden", "general-purpose AI system"),
    # roles and step owners
    "provider": ("aanbieder", "provider"),
    "deployer": ("gebruiksverantwoordelijke", "deployer"),
    "importer": ("importeur", "importer"),
    "distributor": ("distributeur", "distributor"),
    "organisation": ("de organisatie", "the organisation"),
    "expert": ("deskundige (jurist of privacy-expert)", "expert (legal or privacy)"),
    # step status
    "required": ("verplicht", "required"),
    "expected": ("verwacht (beleid)", "expected (policy)"),
    "recommended": ("aanbevolen", "recommended"),
    "screening": ("toetsen of nodig", "check whether needed"),
    # conclusions in the trace (keys of Classification.trace)
    "applicability": ("toepasselijkheid", "applicability"),
    "system_type": ("soort systeem", "system type"),
    "roles": ("rollen", "roles"),
    "risk_class": ("risicoklasse", "risk class"),
    "high_risk_basis": ("grond voor hoog risico", "high-risk basis"),
    "derogation": ("uitzondering art. 6(3)", "art. 6(3) derogation"),
    "prohibited_practices": ("verboden praktijken", "prohibited practices"),
    "transparency_duties": ("transparantieplichten", "transparency duties"),
    "systemic_risk": ("systeemrisico", "systemic risk"),
    # intake: organisation types (the list and what each tells: data/organisations.yaml)
    "kerndepartement": ("kerndepartement", "core ministry"),
    "uitvoeringsorganisatie": ("uitvoeringsorganisatie", "executive organisation"),
    "agentschap": ("agentschap", "agency"),
    "inspectie": ("inspectie", "inspectorate"),
    "zbo": ("zelfstandig bestuursorgaan (zbo)", "independent administrative body (zbo)"),
    "gemeente": ("gemeente", "municipality"),
    "provincie": ("provincie", "province"),
    "waterschap": ("waterschap", "water authority"),
    "other_public_body": ("ander publiekrechtelijk orgaan", "other body governed by public law"),
    "private_public_service": ("private partij die een openbare dienst verleent",
                               "private party providing a public service"),
    "other": ("anders", "other"),
    # where an answer came from (answers asked in the questionnaire have no word)
    "source_intake": ("uit de gegevens", "from the details"),
    "source_override": ("gehouden tegen de gegevens in", "kept against the details"),
    # intake: system status
    "planned": ("aangeschaft of gepland, nog niet in gebruik", "procured or planned, not yet in use"),
    "in_development": ("in ontwikkeling", "in development"),
    "pilot": ("pilot", "pilot"),
    "in_use": ("in gebruik", "in use"),
    "switched_off": ("buiten gebruik", "switched off"),
    # intake: acquisition
    "in_house": ("zelf gebouwd", "built in-house"),
    "commissioned": ("in opdracht gebouwd", "commissioned"),
    "procured": ("ingekocht", "procured"),
    "procured_adapted": ("ingekocht en aangepast", "procured and adapted"),
    # intake fields, as a register draft names its sources ("intake.NAME")
    "intake.ministry": ("ministerie", "ministry"),
    "intake.organisation": ("organisatie", "organisation"),
    "intake.organisation_type": ("soort organisatie", "type of organisation"),
    "intake.system_name": ("naam van het systeem", "system name"),
    "intake.function": ("functie (wat doet het?)", "function (what does it do?)"),
    "intake.business_process": ("werkproces", "business process"),
    "intake.status": ("status van het systeem", "system status"),
    "intake.switched_off_on": ("buiten gebruik sinds", "switched off on"),
    "intake.acquisition": ("herkomst", "acquisition"),
    "intake.in_service_on": ("in gebruik sinds", "in service since"),
    "intake.policy_theme": ("beleidsthema", "policy theme"),
    "intake.lawful_basis": ("wettelijke basis", "legal basis"),
    "intake.contact_address": ("algemeen contactadres", "general contact address"),
    "intake.supplier": ("leverancier", "supplier"),
    "intake.human_check": ("controle van de uitkomsten door een mens", "human check of the outcomes"),
    # intake: policy themes (the Dutch words are the Algoritmeregister's own values)
    "organisation_operations": ("Organisatie en bedrijfsvoering", "Organisation and operations"),
    "culture_recreation": ("Cultuur en recreatie", "Culture and recreation"),
    "economy": ("Economie", "Economy"),
    "public_finance": ("Overheidsfinanciën", "Public finance"),
    "housing": ("Wonen", "Housing"),
    "international": ("Internationaal", "International"),
    "migration_integration": ("Migratie en integratie", "Migration and integration"),
    "nature_environment": ("Natuur en milieu", "Nature and environment"),
    "education_science": ("Onderwijs en wetenschap", "Education and science"),
    "public_order_safety": ("Openbare orde en veiligheid", "Public order and safety"),
    "law": ("Recht", "Law"),
    "spatial_infrastructure": ("Ruimte en infrastructuur", "Spatial planning and infrastructure"),
    "social_security": ("Sociale zekerheid", "Social security"),
    "traffic": ("Verkeer", "Traffic"),
    "work": ("Werk", "Work"),
    "health_care": ("Zorg en gezondheid", "Health and care"),
    # intake: human check of the outcomes
    "every_outcome": ("ja, elke uitkomst vóórdat die gevolgen heeft", "yes, every outcome before it takes effect"),
    "spot_checks": ("steekproefsgewijs", "by spot checks"),
    "no_check": ("nee, uitkomsten werken zonder controle door", "no, outcomes take effect unchecked"),
}


def word(value: object, lang: str) -> str | None:
    """The reader's word for an id in 'nl' or 'en'; None when the id has no word here."""
    pair = WORDS.get(str(value))
    return None if pair is None else pair[0 if lang == "nl" else 1]


def label(value: object, lang: str) -> str:
    """The reader's word for an id; the id itself when it has none (never hides or invents a value)."""
    found = word(value, lang)
    return str(value) if found is None else found


def heading(value: object, lang: str) -> str:
    """The word as a heading or at the start of a line: capitalised ('Risicoklasse')."""
    found = label(value, lang)
    return found[:1].upper() + found[1:]


def yes_no(value: bool | None, lang: str) -> str:
    """'ja', 'nee' or 'onbekend' (not known) in the reader's language."""
    if value is None:
        return "onbekend" if lang == "nl" else "unknown"
    return ("ja" if value else "nee") if lang == "nl" else ("yes" if value else "no")
