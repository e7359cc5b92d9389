"""Naming patterns of the bodies no list can hold, and the type of an NHS trust from its name.

Part of the one agency recogniser (:mod:`classification.agencies`, which runs the gazetteer phrases and merges
these spans with them): "<Name> NHS Foundation Trust", "<Name> Borough Council", "Safer <Place> Partnership",
"<Name> University Health Board", "<Name> Women's Centre", a known trust named without its suffix ("Barts
Health"), a named charity trust ("Kenward Trust") that is not the NHS. The names themselves are data
(``classification/data/gazetteer.json``, loaded by :mod:`classification.gazetteer`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from classification.gazetteer import KNOWN_ACUTE_TRUSTS, KNOWN_COMMUNITY_TRUSTS, KNOWN_MH_TRUSTS

# --------------------------------------------------------------------------------------------------- patterns
# Open-class names are found by a suffix keyword ("... NHS Foundation Trust", "... Borough Council") and a walk
# back over the capitalised words before it; that is much faster than quantified Matcher patterns.
_SUFFIXES: list[tuple[str, str]] = [
    (
        r"NHS Foundation Trust|NHS Trust|Foundation Trust|NHS FT|Healthcare NHS Trust|"
        r"(?:Partnership|Care|Healthcare|Health|Hospitals?) (?:NHS )?(?:Foundation )?Trust",
        "_nhs_trust",
    ),
    (r"Ambulance Services?(?: NHS (?:Foundation )?Trust)?", "ambulance_service"),
    # Welsh health boards ("Hywel Dda University Health Board", "Betsi Cadwaladr UHB"): unclear NHS bodies
    (r"(?:University |Teaching )?Health Board|UHB", "local_health_trust"),
    (r"Hospitals?|Infirmary", "hospital"),
    (r"CCG|ICB|Clinical Commissioning Group|Integrated Care Board", "integrated_care_board"),
    (r"(?:Metropolitan Borough|Borough|City|County|District) Council|Council", "local_authority"),
    (
        r"Community Safety Partnership|Crime and Drugs Partnership|Safe(?:r|ty)? Partnership",
        "community_safety_partnership",
    ),
    (
        # "The Riverside Practice" (a practice named after a place; not "Good/Best/Safe/Clinical Practice")
        r"Surgery|Medical Practice|Medical Centre|Health Centre|Group Practice|Family Practice|Medical Group|"
        r"Medical Partnership|"
        r"(?<!Good )(?<!Best )(?<!Safe )(?<!Clinical )(?<!Professional )(?<!Reflective )(?<!Social )(?<!Work )"
        r"(?<!Safeguarding )(?<!Joint )(?<!Agency )(?<!Practice )(?<!Learning )(?<!Code of )(?<!Codes of )"
        r"(?<!Nursing )(?<!Policing )(?<!Care )(?<!Team )(?<!- )(?<!– )(?<!: )(?<!and )(?<!& )Practice",
        "gp",
    ),
    # a provider named "<Place> Healthcare" with no "NHS Trust" after it ("Midshire Healthcare", "Dorset
    # HealthCare", "Northfold Community Health (Services)"): an NHS trust (or a provider like one), typed from its
    # name; a bare "Healthcare" / "Community Health Services" (a service, not a body) is left to the phrase list
    (
        r"(?:Community Health(?: Services)?|Health[Cc]are)"
        r"(?! (?:NHS|Foundation|Trust|Partnership|Visit\w*|Nurs\w*|Teams?|Workers?|Staff)\b)",
        "_nhs_trust",
    ),
    (r"Housing(?: Association| Trust| Group)?|Homes", "housing"),
    # "Westfield Primary", "Oakridge Infant School" (not "Primary Care", "Primary Mental Health")
    (
        r"Primary(?: School)?(?! (?:[Cc]are|[Hh]ealth|[Mm]ental))|(?:Secondary|Infant|Junior|High|Grammar|Middle) School",
        "school",
    ),
    (
        # "Open Door Recovery", "... Recovery Service" (a name before it; not "... Recovery Plan")
        r"Recovery(?: Service| Partnership| Network)?(?! [A-Z])|Drug and Alcohol Service|Substance Misuse Service|"
        r"Drugs? Project",
        "drug_and_alcohol_services",
    ),
    (
        r"Women['’]?s (?:Aid|Centre|Center|Refuge|Services?|Project)|Women in Need|"
        r"Domestic (?:Abuse|Violence) (?:Support |Advocacy |Outreach |Intervention )?Services?|IDVA Service",
        "domestic_abuse_services",
    ),
    (
        # a voluntary service named "<Place> Against Domestic Abuse" ("Westshire Against Domestic Violence"): the
        # walk back must find a name; not a plan or campaign ("Strategy Against Domestic Abuse") nor a board
        # whose name goes on ("... Against Domestic Abuse Partnership Board", left to the board pattern's words)
        r"(?<!Strategy )(?<!Strategies )(?<!Campaign )(?<!Plan )(?<!Action )(?<!Fight )(?<!Week )(?<!Day )"
        r"(?<!Pledge )(?<!Charter )(?<!Month )"
        r"Against Domestic (?:Abuse|Violence)(?! (?:Board|Group|Forum|Committee|Strategy|Partnership|Sub-Group)\b)",
        "domestic_abuse_services",
    ),
    # the office of a PCC or PFCC under its own brand: "<Force area> Commissioner's Office", "the Commissioner's
    # Office" (a named other commissioner's office, "Children's Commissioner's Office", is dropped in open_class)
    (r"Commissioner['’]s Office", "police_and_crime_commissioner"),
    (r"CRC|Probation(?: Delivery Unit| Service| Trust)?", "probation_service"),
    # a force the police table does not list (an invented or former name): "Westmoor Police", "... Constabulary"
    (r"Police(?: Service| Force)?|Constabulary", "police"),
    (r"Safeguarding Adults (?:Board|Partnership)", "safeguarding_adults_board"),
    (
        # domestic abuse governance: "VAWG Strategic Board", "Domestic Abuse and Sexual Violence Executive Group",
        # "Domestic Violence and Abuse Partnership Board", "Domestic Abuse Strategy Group"
        # (Wales: "VAWDASV Board", "Violence against Women, Domestic Abuse and Sexual Violence Partnership Board")
        r"(?:Domestic (?:Abuse|Violence)|VAWDASV|VAWG|DASV|DVA|DA|Violence Against Women and Girls|"
        r"Violence Against Women,? Domestic Abuse and Sexual Violence|Violence Against Women)"
        r"(?:,? (?:and|&) (?:Sexual Violence|Abuse|VAWG|Violence Against Women and Girls))?"
        r"(?: (?:Regional|Strategic|Strategy|Partnership|Executive|Steering|Delivery|Local|Operational|Governance|"
        r"Programme|Leadership|Commissioning|Implementation|Multi-Agency|Focus|Action|Working|Task|Oversight|"
        r"Advisory|Reference|Coordination|Co-ordination|Improvement|Sub|Sub-|Priority|Theme|Thematic|Alliance|"
        r"Reduction|Prevention))*"
        r" (?:Board|Group|Forum|Committee|Sub-Group|Subgroup|Strategic Partnership|Partnership Board)",
        "domestic_abuse_partnership_board",
    ),
    (r"Safeguarding Children (?:Board|Partnership)", "children_safeguarding_board"),
]
_SUFFIX_RX = re.compile(
    r"\b(?:" + "|".join(f"(?P<g{i}>{rx})" for i, (rx, _) in enumerate(_SUFFIXES)) + r")\b"
)
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.&-]*|[A-Z]{2,})$")
_CONNECTORS = {"and", "&", "of", "on", "upon", "-", "in", "the"}
_NAME_STOP = {
    "the",
    "all",
    "a",
    "an",
    "this",
    "that",
    "each",
    "every",
    "any",
    "our",
    "their",
    "its",
    "should",
    "must",
    "will",
    "to",
    "with",
    "by",
    "for",
    "from",
    "local",
    "police",
    "constabulary",
    "probation",
    "council",
    "ccg",
    "icb",
    "gp",
    "gps",
    "mash",
    "marac",
    "and",
    "or",
    "in",
    "of",
    "lead",
    "agency",
    "recommendation",
    "action",
    "cgl",
    "idva",
    "nps",
    "dwp",
    "nhs england",
    "ensure",
    "review",
    "following",
    "when",
    "where",
    "if",
}
_WORD_BACK = re.compile(r"([\w'’.&-]+)(,?\s+)$")
_PREFIX_NAMES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:Safer|Safe|Stronger)(?:\s+(?:[A-Z][\w'’&-]*|and|&|in|the|of)){0,5}\s+Partnership"
            r"(?:\s+Board|\s+Executive)?\b"
        ),
        "community_safety_partnership",
    ),
    (
        # "Safer Leeds", "Safer Stockton": a CSP named by its place alone (not "Safer Places", "Safer Lives")
        re.compile(
            r"\bSafer\s+(?!(?:Places|Lives|Futures|Neighbourhoods?|Communities|Community|Streets|Spaces|Homes|"
            r"Roads?|Recruitment|Internet|Together|Routes|Sleep|Sleeping|Care|Practice|Services?|Partnership|"
            r"Stronger|Choices|Families|Relationships|Steps|Start|Foundations|Working|Surfaces|Options)\b)"
            r"[A-Z][a-z][\w'’-]*(?:\s+(?!(?:Partnership|Board|Executive|Group|Police|Constabulary|Council|Trust|"
            r"Service|Services|Team|Hub|Panel|Should|Must|Will|To|Is|Are|Has)\b)[A-Z][a-z][\w'’-]*){0,2}"
        ),
        "community_safety_partnership",
    ),
    (
        # "NHS Kernow", "NHS Kent and Medway", "NHS Greater Manchester": a CCG/ICB named by its area after "NHS"
        # (trusts put "NHS" after the place; national bodies are in the gazetteer and excluded here)
        re.compile(
            r"\bNHS(?:\s+(?!(?:England|Digital|Improvement|Education|Direct|Resolution|Scotland|Wales|Protect|"
            r"Professionals|Property|Business|Blood|Counter|Trust|Trusts|Foundation|Hospital|Hospitals|Ambulance|"
            r"Mental|Health|Community|Partnership|Care|Staff|Number|Choices|Constitution|England's|Long|111|"
            r"Safeguarding|Providers?|Services?|Organisations?|Bodies|Commissioners?|Partners)\b)[A-Z][a-z]+"
            r"(?:\s+and)?){1,4}\b(?!\s+(?:NHS|Foundation|Trust|Hospital|Partnership|Healthcare|Health|Care)\b)"
        ),
        "integrated_care_board",
    ),
    (
        # "NHS GM (Rochdale)", "NHS C&M", "NHS SWL": an ICB by its area's initials after "NHS", as the boards
        # name themselves since 2022 (not the national body's "NHS E/I", nor the NHS's own initials words: "NHS
        # FT", "NHS CB" (the Commissioning Board, now NHS England), "NHS UK", "NHS IT", "NHS CHC", "NHS 111", "NHS
        # MH services"; "NHS NW" / "NHS SE", NHS England's regions, are left to the bare "NHS")
        re.compile(
            r"\bNHS\s+(?!(?:FT|FTs|CB|UK|IT|HR|GP|GPs|CHC|PPE|ID|EPR|DSPT|SPINE|AI|ICT|NHS|ICS|ICB|ICBs|CCG|CCGs|"
            r"PCN|PCNs|TT|BSA|HEE|CFH|A&E|MH|ED|OOH|UTC|MIU|IAPT|SUI|SI|NW|NE|SE|SW|NEY)(?![\w&-]))(?:[A-Z]{1,3}&[A-Z]{1,2}|[A-Z]{2,4})(?![\w&-])"
            r"(?!\s+(?:NHS|Foundation|Trust|Hospital|Partnership|Healthcare|Health|Care)\b)"
        ),
        "integrated_care_board",
    ),
    (
        # the council's name stops before a department written after it ("London Borough of Hackney Children
        # and Families Service" is the children's service, joined by ``_join_departments``)
        re.compile(
            r"\b(?:London|Royal) Borough of(?:\s+(?!(?:Children|Children's|Childrens|Adult|Adults|Housing|Public|"
            r"Social|Community|Early|Family|Families)\b)[A-Z][\w'’-]*){1,3}(?:\s+Council)?"
        ),
        "local_authority",
    ),
    (re.compile(r"\bCity of [A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+Council"), "local_authority"),
    (
        re.compile(r"\bUniversity Hospitals? (?:of )?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}"),
        "hospital",
    ),
    (
        # "'by and for' DA services", "the by-and-for service for Black and minoritised women": a specialist
        # service led by the community it serves, whatever words stand between "by and for" and "service"
        re.compile(
            r"(?i:[‘'\"]?\bby[ -]and[ -]for\b[’'\"]?(?:\s+[\w'’-]+){0,3}?\s+"
            r"(?:services?|organisations?|organizations?|providers?|groups?|charit(?:y|ies)))\b"
        ),
        "specialist_by_and_for_services",
    ),
    (
        # "the 0-19 Service", "0-19 Children's Public Health Service", "0-25 Healthy Child Team": the health
        # visiting and school nursing service by its age range, a trust's community arm whatever else its name
        # says ("Public Health" there is the service's commissioner's word, not the council's public health team)
        re.compile(
            r"(?<![\w-])0\s?[-–]\s?(?:19|25)(?:\s+(?:[A-Z][\w'’-]*|children['’]s|public|health|nursing|healthy|child|"
            r"family|and|&)){0,5}\s+(?:[Ss]ervices?|[Tt]eams?|[Pp]rogramme)\b"
        ),
        "community_health",
    ),
    (
        # "HMP Elmley", "HMP/YOI Parc", "HM Prison Berwyn": one named prison, a local establishment (``other``, as
        # the agencies sets label it), not the Prison Service or the Ministry of Justice a bare "HMP" is read as
        re.compile(
            r"\b(?:HMP(?:\s*/\s*YOI|\s*&\s*YOI)?|HMYOI|HM\s+Prison)\s+(?!(?:and|Service|Probation)\b)[A-Z][a-z][\w'’-]*"
        ),
        "other",
    ),
    (
        # "Suffolk New College", "Hartley Sixth Form College": a further education college is a school setting
        # (not "the Royal College of Nursing", "College of Policing", "King's College Hospital", "University
        # College London")
        re.compile(
            r"\b(?:(?!(?:Royal|University|Imperial|The|A|An|Each|Every|All|Any)\b)[A-Z][\w'’-]*\s+){1,4}College\b"
            r"(?!\s+(?:of|for|Hospital|Hospitals|London)\b)"
        ),
        "school",
    ),
]


#: Words that end a body's name: a name before "and" / "," ending in one is another body ("Adults and Communities
#: Directorate, Wexley Council": the directorate, then the council).
_HEAD_NOUNS = frozenset(
    "group board partnership council police constabulary service services project aid team hub panel forum "
    "committee trust ccg icb commissioner office unit homes association directorate department division "
    # a council service or another body's last word before a comma ("Police, Adult Social Care, Mental Health
    # Trust": a list of bodies, not one trust's name; "Tees, Esk and Wear Valleys" still walks on)
    "care housing probation health education help".split()
)
_NOT_NAME_ACRONYMS = frozenset({"NHS", "UK", "HM", "HMG", "A&E"})


def _ends_other_name(word: str) -> bool:
    """True when ``word`` ends the name of another body: a head noun ("Group", "Partnership") or an acronym."""
    if word.lower() in _HEAD_NOUNS:
        return True
    return len(word) >= 2 and word.isupper() and word.isalpha() and word not in _NOT_NAME_ACRONYMS


_GENERIC_HEALTHCARE = frozenset(
    "primary secondary tertiary community mental acute private independent local nhs national integrated "
    "specialist and & the".split()
)


#: Words of the commissioners that are not a force area's PCC ("Domestic Abuse Commissioner", "Children's
#: Commissioner", "Victims' Commissioner", "Information Commissioner", "Older People's Commissioner", "Future
#: Generations Commissioner", "Anti-Slavery Commissioner"): a "... Commissioner's Office" naming one is not a PCC's.
_OTHER_COMMISSIONER = re.compile(
    r"\b(?:Domestic|Abuse|Children|Child|Young|People|Victims?|Information|Older|Generations|Slavery|Anti-Slavery|"
    r"Equality|Human|Rights|Language|Welsh|Health|Biometrics|Surveillance|Parliamentary|Commissioning|Care)\b",
    re.I,
)


def open_class(text: str) -> list[tuple[int, int, str, str]]:
    """Named bodies the gazetteer cannot list: "<Name> NHS Foundation Trust", "Safer <Place> Partnership"..."""
    out: list[tuple[int, int, str, str]] = []
    for m in _SUFFIX_RX.finditer(text):
        agency = next(_SUFFIXES[int(k[1:])][1] for k, v in m.groupdict().items() if v is not None)
        start = m.start()
        pos = start
        n_words = 0
        while n_words < 7:
            w = _WORD_BACK.search(text, max(0, pos - 60), pos)
            if not w:
                break
            word = w.group(1)
            low = word.lower()
            if low in _CONNECTORS and low not in ("in", "the"):
                before = _WORD_BACK.search(text, max(0, w.start() - 60), w.start())
                if low in ("and", "&") and before and _ends_other_name(before.group(1)):
                    break  # "SLP and South London ...", "... Executive Group and Devon Partnership NHS Trust"
                pos = w.start()
                n_words += 1
                continue
            if low in _NAME_STOP or not _NAME_WORD.match(word):
                break
            if w.group(2).startswith(",") and _ends_other_name(word):
                break
            pos = w.start()
            start = pos
            n_words += 1
        if start == m.start():
            # no name before the suffix: a bare "Council"/"Hospital"/"CCG" is left to the phrase list
            if (
                agency
                in (
                    "local_authority",
                    "hospital",
                    "integrated_care_board",
                    "housing",
                    "probation_service",
                    "gp",
                    "domestic_abuse_services",
                    "drug_and_alcohol_services",
                    "police",
                    "_nhs_trust",
                )
                or m.group(0) == "UHB"
            ):
                continue
        if agency == "police_and_crime_commissioner" and _OTHER_COMMISSIONER.search(text[start : m.start()]):
            continue  # "the Children's Commissioner's Office", "Victims' Commissioner's Office": not a PCC
        if m.group(0).lower() == "healthcare" and not (
            set(text[start : m.start()].lower().split()) - _GENERIC_HEALTHCARE
        ):
            continue  # "Primary Healthcare", "Private Healthcare": a kind of care, not a provider's name
        out.append((start, m.end(), text[start : m.end()], agency))
    out.extend(_named_trusts(text))
    out.extend(_known_trusts(text))
    for rx, agency in _PREFIX_NAMES:
        for m in rx.finditer(text):
            out.append((m.start(), m.end(), m.group(0), agency))
    return out


# ---------------------------------------------------------------------------------------- trust type, fallback
_MH_WORDS = re.compile(
    r"mental health|partnership|psychiatr|maudsley|oxleas|mersey care|pennine care|tavistock|tees, esk|"
    r"lancashire care|derbyshire healthcare|nottinghamshire healthcare|camden and islington|barnet, enfield|"
    r"east london nhs|north east london|central and north west|humber teaching|leeds and york",
    re.I,
)
_AMBULANCE_WORDS = re.compile(r"ambulance", re.I)
# ("<Place> Healthcare NHS Trust" is no type word: as many such trusts run mental health or community services
# as hospitals, so an unknown one is an unclear trust, LABELLING-GUIDE rule 5)
_HOSPITAL_WORDS = re.compile(r"hospital|acute|infirmary|university|royal|medical centre|teaching", re.I)
_COMMUNITY_WORDS = re.compile(r"\bcommunity\b", re.I)
_PRIMARY_CARE_TRUST = re.compile(r"\bprimary\s+care\s+trusts?\b|\bPCTs?\b", re.I)


def _names_rx(names: tuple[str, ...]) -> re.Pattern[str]:
    # "and" in a trust's name is often written "&" ("Lancashire & South Cumbria NHS Foundation Trust")
    alts = sorted(
        (re.escape(n).replace("'", "['’]?").replace(r"\ and\ ", r"\s+(?:and|&)\s+") for n in names),
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.I)


_KNOWN_MH = _names_rx(KNOWN_MH_TRUSTS)
_KNOWN_ACUTE = _names_rx(KNOWN_ACUTE_TRUSTS)
_KNOWN_COMMUNITY = _names_rx(KNOWN_COMMUNITY_TRUSTS)


#: Agencies a bare trust name can be mistaken for ("Barts Health" -> "Health"; "Kent Community Health").
HEALTH_GENERIC = frozenset({"local_health_trust", "community_health", "hospital", "mental_health_services"})


def known_trust_type(name: str) -> str | None:
    """The type of a known NHS trust named in ``name`` without its "NHS (Foundation) Trust" ("Oxleas", "Barts
    Health", "Cambridgeshire Community Services"), or None when no known trust is named."""
    for rx, agency in (
        (_KNOWN_MH, "mental_health_services"),
        (_KNOWN_ACUTE, "hospital"),
        (_KNOWN_COMMUNITY, "local_health_trust"),
    ):
        if rx.search(name):
            return agency
    return None


def _trust_type(name: str) -> str:
    """The agency id of an NHS trust from its name: known trusts first, then the type words in the name."""
    if _AMBULANCE_WORDS.search(name):
        return "ambulance_service"
    if _PRIMARY_CARE_TRUST.search(name):
        return "integrated_care_board"  # a former commissioner (PCT -> CCG -> ICB), not a provider
    if _KNOWN_MH.search(name):
        return "mental_health_services"
    if _KNOWN_ACUTE.search(name):
        return "hospital"
    if _KNOWN_COMMUNITY.search(name) or _COMMUNITY_WORDS.search(name):
        return "local_health_trust"
    if _MH_WORDS.search(name):
        return "mental_health_services"
    if _HOSPITAL_WORDS.search(name):
        return "hospital"
    return "local_health_trust"


_KEYWORD_FALLBACK: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(police|constabulary)\b", re.I), "police"),
    (re.compile(r"\bambulance\b", re.I), "ambulance_service"),
    (re.compile(r"\b(trust|nhs)\b", re.I), "_nhs_trust"),
    (re.compile(r"\b(ccg|icb|commissioning group|integrated care)\b", re.I), "integrated_care_board"),
    (re.compile(r"\b(surgery|medical practice|health centre|medical centre)\b", re.I), "gp"),
    (re.compile(r"\bhospitals?\b", re.I), "hospital"),
    (re.compile(r"\bcouncil\b", re.I), "local_authority"),
    (re.compile(r"\b(housing|homes)\b", re.I), "housing"),
    (re.compile(r"\b(safer|community safety).*\bpartnership\b", re.I), "community_safety_partnership"),
    (re.compile(r"\b(recovery|drug|alcohol|substance)\b", re.I), "drug_and_alcohol_services"),
    (re.compile(r"\b(women'?s aid|refuge|idva|domestic abuse)\b", re.I), "domestic_abuse_services"),
    (re.compile(r"\bprobation\b", re.I), "probation_service"),
    (re.compile(r"\b(school|academy)\b", re.I), "school"),
    (re.compile(r"\buniversity\b", re.I), "university"),
]


def keyword_agency(name: str) -> str | None:
    for rx, agency in _KEYWORD_FALLBACK:
        if rx.search(name):
            return _trust_type(name) if agency == "_nhs_trust" else agency
    return None


GENERIC_DEFAULT = {"_trust": "local_health_trust", "_force": "police", "_council": "local_authority"}


def resolve(internal: str, surface: str) -> str | None:
    """Map an internal pattern id to a taxonomy id (None for generic references with no default)."""
    if internal == "_nhs_trust":
        return _trust_type(surface)
    if internal.startswith("_"):
        return GENERIC_DEFAULT.get(internal)
    return internal


# ------------------------------------------------------------------------------- trusts named without "NHS"
_TRUST_WORDS = (
    r"(?:\s+(?:NHS|Foundation|Trust|Health|Healthcare|Hospitals?|University|Teaching|FT|Care|Services))"
)
#: A known trust followed by a word of a trust's name ("Barts Health", "Homerton Healthcare", "Royal Free
#: Hospital"); alone, a known name can be a place ("Milton Keynes Council") and is left to the other patterns.
_KNOWN_IN_TEXT = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        sorted(
            (
                # "and" may be written "&" here too ("Sheffield Health & Social Care NHS Foundation Trust")
                re.escape(n).replace("'", "['’]?").replace(r"\ and\ ", r"\s+(?:and|&)\s+")
                for n in (*KNOWN_MH_TRUSTS, *KNOWN_ACUTE_TRUSTS, *KNOWN_COMMUNITY_TRUSTS)
            ),
            key=len,
            reverse=True,
        )
    )
    + r")(?P<rest>"
    + _TRUST_WORDS
    + r"+)?(?![\w-])",
    re.I,
)
_HEALTH_IN_NAME = re.compile(
    r"\b(?:health|healthcare|care|hospitals?|nhs|mental|partnership|community)\b", re.I
)


#: The first words of the known names: the big pattern is tried only where a capitalised one starts.
_KNOWN_FIRST = frozenset(
    n.split()[0].replace("'", "").replace("’", "").rstrip(",")
    for n in (*KNOWN_MH_TRUSTS, *KNOWN_ACUTE_TRUSTS, *KNOWN_COMMUNITY_TRUSTS)
)
#: (a name may start with a digit: "2gether", a former mental health trust)
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z0-9][\w'’-]*")


def _known_trusts(text: str) -> list[tuple[int, int, str, str]]:
    """Known trusts in running text, by their distinctive name and a trust word after it ("the royal free" in
    lower case is no name: only capitalised starts are tried)."""
    out: list[tuple[int, int, str, str]] = []
    for w in _CAPITALISED.finditer(text):
        word = w.group(0).lower().rstrip(",")
        if (
            word.replace("'", "").replace("’", "") not in _KNOWN_FIRST
            and re.sub(r"['’]s$", "", word) not in _KNOWN_FIRST  # ("Homerton's": a possessive)
        ):
            continue
        m = _KNOWN_IN_TEXT.match(text, w.start())
        if m is None:
            continue
        name = m.group(0)
        if (
            m.group("rest")
            or _HEALTH_IN_NAME.search(name)
            or _alone_as_subject(text, m.start(), m.end())
            or _OWNS_HEALTH_UNIT.match(text, m.end())
        ):
            out.append((m.start(), m.end(), name, "_nhs_trust"))
    return out


#: A known trust's short name owning a health service or staff ("Homerton's health visiting service", "Alder
#: Hey's emergency department"): the trust, not the place.
_OWNS_HEALTH_UNIT = re.compile(
    r"['’]s\s+(?:(?:own|local|community|specialist|adult|paediatric)\s+)*"
    r"(?:health\s+visit\w*|school\s+nurs\w*|district\s+nurs\w*|community\s+(?:nurs\w*|midwi\w*)|midwi\w*|"
    r"maternity|emergency\s+department|A&E|sexual\s+health|0-19|safeguarding\s+team|mental\s+health)\b",
    re.I,
)
#: The verb group after a sentence's subject ("Alder Hey should ...", "Oxleas to ...").
_SUBJECT_VERB = re.compile(r",?\s+(?:should|must|shall|will|to|is\s+to|are\s+to|needs?\s+to)\b")


def _alone_as_subject(text: str, start: int, end: int) -> bool:
    """A known trust's short name with no trust word after it ("Alder Hey should ...") names the trust when it is
    the sentence's subject and no place: a place's name alone ("Milton Keynes to ...") may be its council."""
    from classification.geography import geography

    if text[:start].strip() not in ("", "The", "the") or not _SUBJECT_VERB.match(text, end):
        return False
    return not geography().place_names(text[start:end])


_NAMED_TRUST = re.compile(r"\b((?:[A-Z][\w'’-]*\s+){1,4})Trust\b")
_PLACE_FILLERS = frozenset(
    "and & of the upon on in north south east west central mid greater city county borough royal".split()
)


def _childrens_trust(name: str) -> str | None:
    """A "<Place> Children's Trust" runs the council's children's services for it (a children's services trust);
    a "<Name> Learning / Academy / Education Trust" is a multi-academy trust, which runs schools."""
    if re.search(r"\bchildren['’]?s(?:\s+services)?$", name, re.I):
        return "childrens_social_care"
    return "school" if re.search(r"\b(?:learning|academy|academies|education|schools)$", name, re.I) else None


def unknown_trust_spans(text: str) -> set[tuple[int, int]]:
    """The (start, end) of each "<Name> Trust" read as ``other`` because no list knows it (see
    :func:`_named_trusts`): a fallback, not a recognised name."""
    return {(s, e) for s, e, _, agency in _named_trusts(text) if agency == "other"}


def _named_trusts(text: str) -> list[tuple[int, int, str, str]]:
    """A "<Name> Trust" with no NHS or health word: a place name alone is the NHS trust of that place ("Kent and
    Medway Trust"), any other name a charity or housing trust ("Kenward Trust", "Hampton Trust") - ``other``
    unless the gazetteer knows it, with the surface kept."""
    from classification.geography import geography

    out: list[tuple[int, int, str, str]] = []
    for m in _NAMED_TRUST.finditer(text):
        name = m.group(1).strip()
        words = name.split()
        while words and words[0].lower() in ("the", "a", "this", "our", "their", "its"):
            words = words[1:]
        if not words or _HEALTH_IN_NAME.search(name) or known_trust_type(name):
            continue  # an NHS name: the suffix patterns and the known lists type it
        start = m.start(1) + name.index(words[0])
        rest = " ".join(words)
        places = geography().place_names(rest)
        leftover = rest
        for place in places:
            leftover = re.sub(re.escape(place), " ", leftover, flags=re.I)
        leftover_words = [w for w in re.split(r"[\s,]+", leftover) if w and w.lower() not in _PLACE_FILLERS]
        # a type word in the name says what it is ("Northshire Probation Trust", "Eastbridge Recovery Trust")
        agency = (
            "_nhs_trust"
            if places and not leftover_words
            else keyword_agency(rest) or _childrens_trust(rest) or "other"
        )
        out.append((start, m.end(), text[start : m.end()], agency))
    return out


@lru_cache(maxsize=1)
def _heading_names() -> dict[str, str]:
    from classification.gazetteer import HEADING_NAMES

    return HEADING_NAMES


def heading_name(name: str) -> str | None:
    """The agency a whole heading names when it stands alone ("Education", "Multi-agency"), else None."""
    key = " ".join(name.replace("\u2019", "'").lower().split()).strip(" .:;,-()")
    if key.startswith("the "):
        key = key[4:]
    return _heading_names().get(key) or _heading_names().get(f"the {key}")
