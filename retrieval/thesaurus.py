"""Domain thesaurus: the words chairs and panels use for the same thing in domestic abuse practice.

Two vocabularies. ``GENERAL`` (the default) is a small, general-purpose list of DHR sector vocabulary: acronyms
and their expansions, and the other names agencies go by (DASH/RIC, MARAC, IDVA/ISVA, MASH, DVDS/Clare's Law,
NRPF, GP/primary care, A&E/ED, ICB/CCG, CPS, NPS/probation, CMHT, HBV, DVPN/DVPO/DAPO, SARC, DWP/Jobcentre...),
written from the taxonomy and sector glossaries without looking at any query set. ``FULL`` (``CONCEPTS``) is
the earlier, larger list that was written after looking at misses on the dev/test queries: kept only as an
ablation in ``evaluation/retrieval.py``, since its figures on those queries are optimistic.

Each concept lists surface expressions (regexes, matched on lowercased text) and a plain description. Lexical
search adds a concept token to every text that mentions the concept (documents and queries alike), so "Clare's
Law" finds "Domestic Violence Disclosure Scheme"; dense search appends the descriptions of the concepts a query
mentions to the query before embedding it, which helps the small embedding model with sector jargon.

Written from sector vocabulary (Home Office DHR guidance, SafeLives/MARAC terms, the taxonomy), not from the
evaluation queries' answers; keep it to genuine equivalences.
"""

from __future__ import annotations

import re
from functools import lru_cache

CONCEPTS: dict[str, tuple[str, str]] = {
    # concept: (regex of surface forms, description appended to dense queries)
    "dvds": (
        r"clare'?s law|disclosure scheme|dvds|right to (?:know|ask)|sarah'?s law",
        "Domestic Violence Disclosure Scheme (Clare's Law) disclosure of a partner's history",
    ),
    "nrpf": (
        r"no recourse(?: to public funds)?|nrpf|immigration status|insecure (?:immigration )?status|migrant"
        r"|destitution domestic violence concession|deportation|visa",
        "victims with insecure immigration status and no recourse to public funds",
    ),
    "advocate": (
        r"idvas?|iscas?|advocac\w*|advocates?|independent domestic (?:violence|abuse) advis[eo]rs?",
        "independent domestic violence adviser (IDVA) advocacy",
    ),
    "strangulation": (
        r"strangl\w*|strangulation|chok\w*|suffocat\w*|throttl\w*|hands? (?:around|round) (?:her|his|the) neck",
        "non-fatal strangulation or suffocation",
    ),
    "older": (
        r"elderly|older (?:people|person|adults?|victims?|women|men|couples?)|over (?:60|65)|pensioners?|later life",
        "older people experiencing domestic abuse",
    ),
    "gp": (
        r"\bgps?\b|general practi\w+|primary care|surger(?:y|ies)|family doctors?|\bdoctors?\b",
        "GP primary care",
    ),
    "emergency_dept": (
        r"a&e|accident and emergency|emergency departments?|\bed\b",
        "emergency department A&E",
    ),
    "maternity": (
        r"pregnan\w*|antenatal|ante-natal|maternity|midwi\w+|postnatal|post-natal|perinatal",
        "maternity midwifery pregnancy",
    ),
    "lgbt": (
        r"lgbt\w*|same[- ]sex|\bgay\b|lesbian|bisexual|\btrans\b|transgender|non-binary",
        "LGBT+ same-sex relationships",
    ),
    "adult_child": (
        r"adult (?:sons?|daughters?|child(?:ren)?|offspring)|child(?:ren)? to parent|(?:his|her|their) (?:son|daughter)"
        r"|\bsons?\b|\bdaughters?\b|matricide|patricide",
        "adult family homicide: abuse of a parent by an adult son or daughter",
    ),
    "perpetrator": (
        r"perpetrators?|abusers?|abusive (?:partners?|men|people)|people who cause harm|harm-causers?",
        "perpetrators of domestic abuse",
    ),
    "separation": (
        r"separat\w+|leav(?:e|es|ing) (?:him|her|the relationship|them)|end(?:s|ed|ing)? (?:the|a|their) relationship"
        r"|fle(?:e|es|eing)|break[- ]?up|split up|victim leaves",
        "separation from an abusive partner (a time of raised risk)",
    ),
    "homeless": (r"homeless\w*|rough sleep\w*|sleeping rough|hostels?", "homelessness and rough sleeping"),
    "male_victim": (r"male victims?|\bmen\b|\bmale\b|fathers? as victims?", "male victims of domestic abuse"),
    "disability": (
        r"disab\w+|learning difficult\w+|\bdeaf\b|blind|wheelchair|mobility aids?|impairment",
        "disabled victims",
    ),
    "carer": (r"\bcarers?\b|caring for|cared[- ]for|care giver|caregiver", "carers and caring relationships"),
    "economic": (
        r"economic abuse|financial (?:abuse|control)|money|benefits|\bdebts?\b|bank accounts?",
        "economic and financial abuse",
    ),
    "school": (
        r"schools?|pupils?|teachers?|designated safeguarding leads?|colleges?",
        "schools and education",
    ),
    "honour": (
        r"honou?r[- ]based|so-called honou?r|forced marriage",
        "honour-based abuse and forced marriage",
    ),
    "suicide": (
        r"suicid\w*|took (?:her|his|their) own li(?:fe|ves)|taking (?:her|his|their) own li(?:fe|ves)|self-harm\w*",
        "suicide and self-harm linked to domestic abuse",
    ),
    "interpreter": (r"interpret\w*|translat\w*|first language|limited english", "interpreters and language"),
    "refuge": (
        r"refuges?|safe accommodation|emergency (?:accommodation|housing)|temporary accommodation|rehous\w*",
        "refuge and safe emergency accommodation",
    ),
    "coercive_control": (
        r"coerci\w+|controlling (?:and coercive )?behaviou?r|control(?:ling)? partner",
        "coercive and controlling behaviour",
    ),
    "risk_assessment": (
        r"\bdash\b|risk (?:assessments?|checklists?)|\bric\b",
        "DASH risk assessment checklist",
    ),
    "police": (r"police|constabulary|\bforce\b|officers?|call handlers?|control room", "police"),
    "mental_health": (r"mental (?:health|ill[- ]?health)|psychiatr\w+|crisis team", "mental health services"),
    "substance": (r"alcohol|drugs?|substance (?:misuse|use)|addiction", "drug and alcohol use"),
    "children": (
        r"child(?:ren)?(?! to parent)|young people|teenage\w*|\bpupils?\b",
        "children and young people",
    ),
    "marac": (r"marac|multi-agency risk assessment conference|high[- ]risk conference", "MARAC"),
    "info_sharing": (
        r"information[- ]sharing|share information|sharing information|data sharing|data protection|gdpr|consent",
        "information sharing between agencies",
    ),
    "training": (r"train\w*|workshops?|e-learning|learning sessions?", "training for staff"),
    "stalking": (r"stalk\w*|harass\w*|unwanted contact|fixated|obsessive", "stalking and harassment"),
    "bail": (r"\bbail\b|released? from custody|remand", "bail and release of the suspect"),
}


#: General DHR vocabulary: acronym <-> expansion and other names of the same agency or instrument.
GENERAL: dict[str, tuple[str, str]] = {
    "risk_assessment": (
        r"\bdash\b|\bric\b|risk identification checklist|domestic abuse,? stalking,? (?:and )?harass?ment"
        r"(?: and honour[- ]based violence)?(?: risk)?(?: assessment| checklist)?",
        "DASH risk identification checklist (domestic abuse, stalking and harassment risk assessment)",
    ),
    "marac": (
        r"\bmaracs?\b|multi[- ]agency risk assessment conferences?",
        "MARAC multi-agency risk assessment conference",
    ),
    "matac": (
        r"\bmatacs?\b|multi[- ]agency tasking and coordination",
        "MATAC multi-agency tasking and coordination",
    ),
    "mash": (r"\bmash\b|multi[- ]agency safeguarding hubs?", "MASH multi-agency safeguarding hub"),
    "idva": (
        r"\bidvas?\b|independent domestic (?:violence|abuse) advis[eo]rs?|independent domestic (?:violence|abuse) "
        r"advocates?",
        "IDVA independent domestic violence adviser",
    ),
    "isva": (
        r"\bisvas?\b|independent sexual violence advis[eo]rs?|\bsarcs?\b|sexual assault referral cent(?:re|er)s?",
        "ISVA independent sexual violence adviser, sexual assault referral centre",
    ),
    "dvds": (
        r"\bdvds\b|clare'?s law|domestic violence disclosure scheme|right to (?:know|ask)",
        "Domestic Violence Disclosure Scheme (Clare's Law)",
    ),
    "protection_order": (
        r"\bdvp[no]s?\b|\bdapo?s?\b|domestic (?:violence|abuse) protection (?:notices?|orders?)",
        "domestic violence or abuse protection notice or order (DVPN, DVPO, DAPO)",
    ),
    "nrpf": (r"\bnrpf\b|no recourse to public funds", "no recourse to public funds (NRPF)"),
    "ddvc": (
        r"\bddvc\b|destitution domestic violence concession|migrant victims? of domestic abuse concession",
        "destitution domestic violence concession",
    ),
    "gp": (
        r"\bgps?\b|general practi(?:ce|ces|tioners?)|primary care|\bgp practices?|gp surger(?:y|ies)",
        "GP general practice primary care",
    ),
    "emergency_dept": (
        r"\ba ?& ?e\b|\ba and e\b|accident (?:and|&) emergency|emergency departments?|\bed\b",
        "emergency department (A&E)",
    ),
    "icb": (
        r"\bicbs?\b|integrated care boards?|\bccgs?\b|clinical commissioning groups?",
        "integrated care board (formerly clinical commissioning group) health commissioners",
    ),
    "cps": (r"\bcps\b|crown prosecution service|prosecutors?", "Crown Prosecution Service prosecutors"),
    "probation": (
        r"\bnps\b|\bcrcs?\b|national probation service|community rehabilitation compan(?:y|ies)|probation",
        "probation service",
    ),
    "mental_health": (
        r"\bcmhts?\b|community mental health teams?|\bcamhs\b|mental health (?:trusts?|services?|teams?)",
        "mental health services (CMHT)",
    ),
    "childrens_social_care": (
        r"\bcsc\b|children'?s social care|children'?s services|children'?s social work",
        "children's social care",
    ),
    "adult_social_care": (r"\basc\b|adult social care|adult services", "adult social care"),
    "honour": (
        r"\bhbv\b|\bhba\b|honou?r[- ]based (?:violence|abuse)|so[- ]called honou?r|forced marriage|\bfmu\b",
        "honour-based abuse and forced marriage",
    ),
    "fgm": (r"\bfgm\b|female genital mutilation", "female genital mutilation"),
    "lgbt": (r"\blgbt\w*|lesbian,? gay,? bisexual(?:,? (?:and )?trans\w*)?", "LGBT+"),
    "coercive_control": (
        r"coercive (?:and )?control\w*|controlling (?:and coercive )?behaviou?r|\bccb\b",
        "coercive and controlling behaviour",
    ),
    "dhr": (
        r"\bdhrs?\b|domestic homicide reviews?|domestic abuse related death reviews?",
        "domestic homicide review",
    ),
    "csp": (r"\bcsps?\b|community safety partnerships?", "community safety partnership"),
    "aafda": (
        r"\baafda\b|advocacy after fatal domestic abuse",
        "Advocacy After Fatal Domestic Abuse (AAFDA)",
    ),
    "daha": (r"\bdaha\b|domestic abuse housing alliance", "Domestic Abuse Housing Alliance accreditation"),
    "dwp": (
        r"\bdwp\b|department for work and pensions|jobcentres?(?: plus)?|universal credit|\buc\b",
        "Department for Work and Pensions, Jobcentre and Universal Credit",
    ),
    "police": (r"\bpolice\b|constabular(?:y|ies)|police force|\bcops?\b", "police"),
    "perpetrator_programme": (
        r"\bdvpp?s?\b|perpetrator programmes?|behaviou?r change (?:programmes?|services?|interventions?)",
        "domestic violence perpetrator programme (behaviour change)",
    ),
    "operation_encompass": (
        r"operation encompass|\bop encompass\b",
        "Operation Encompass school notification",
    ),
    "strangulation": (r"non[- ]fatal strangulation|\bnfs\b", "non-fatal strangulation"),
}

#: Taxonomy agency ids that a general concept names (for label-aware fusion in ``retrieval/library.py``).
CONCEPT_AGENCIES: dict[str, tuple[str, ...]] = {
    "marac": ("marac",),
    "matac": ("matac",),
    "mash": ("mash",),
    "idva": ("domestic_abuse_services",),
    "isva": ("domestic_abuse_services",),
    "gp": ("gp",),
    "emergency_dept": ("accident_and_emergency", "hospital"),
    "icb": ("integrated_care_board",),
    "cps": ("crown_prosecution_service",),
    "probation": ("probation_service",),
    "mental_health": ("mental_health_services",),
    "childrens_social_care": ("childrens_social_care",),
    "adult_social_care": ("adult_social_care",),
    "dwp": ("dwp",),
    "police": ("police",),
    "perpetrator_programme": ("dv_perpetrator_programme",),
    "csp": ("community_safety_partnership",),
}

VOCABULARIES: dict[str, dict[str, tuple[str, str]]] = {"general": GENERAL, "full": CONCEPTS}
DEFAULT_VOCABULARY = "general"


@lru_cache(maxsize=4)
def _compiled(vocabulary: str = DEFAULT_VOCABULARY) -> list[tuple[str, re.Pattern[str], str]]:
    concepts = VOCABULARIES[vocabulary]
    return [(name, re.compile(rf"(?:{pattern})"), desc) for name, (pattern, desc) in concepts.items()]


def concepts_in(text: str, vocabulary: str = DEFAULT_VOCABULARY) -> list[str]:
    """Concept names the text mentions."""
    low = text.lower()
    return [name for name, pattern, _ in _compiled(vocabulary) if pattern.search(low)]


def concept_tokens(text: str, vocabulary: str = DEFAULT_VOCABULARY) -> list[str]:
    """Tokens added to a text's lexical representation: one ``zz<concept>`` token per concept mentioned."""
    return ["zz" + name.replace("_", "") for name in concepts_in(text, vocabulary)]


def expand_query(query: str, vocabulary: str = DEFAULT_VOCABULARY) -> str:
    """The query with the descriptions of the concepts it mentions appended (for the dense encoder)."""
    low = query.lower()
    descs = [desc for name, pattern, desc in _compiled(vocabulary) if pattern.search(low)]
    return query if not descs else f"{query} ({'; '.join(descs)})"


def agencies_in(text: str) -> set[str]:
    """Taxonomy agency ids named through the general vocabulary (acronyms and aliases such as CCG, CMHT, A&E)."""
    return {agency for name in concepts_in(text, "general") for agency in CONCEPT_AGENCIES.get(name, ())}
