"""Domain thesaurus: the words chairs and panels use for the same thing in domestic abuse practice.

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


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, re.Pattern[str], str]]:
    return [(name, re.compile(rf"(?:{pattern})"), desc) for name, (pattern, desc) in CONCEPTS.items()]


def concepts_in(text: str) -> list[str]:
    """Concept names the text mentions."""
    low = text.lower()
    return [name for name, pattern, _ in _compiled() if pattern.search(low)]


def concept_tokens(text: str) -> list[str]:
    """Tokens added to a text's lexical representation: one ``zz<concept>`` token per concept mentioned."""
    return ["zz" + name.replace("_", "") for name in concepts_in(text)]


def expand_query(query: str) -> str:
    """The query with the descriptions of the concepts it mentions appended (for the dense encoder)."""
    descs = [desc for name, pattern, desc in _compiled() if pattern.search(query.lower())]
    return query if not descs else f"{query} ({'; '.join(descs)})"
