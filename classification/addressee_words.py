"""The word lists :mod:`classification.addressees` reads subjects with: bare health words, NHS provider ids and
their units and staff, vague subjects that take a heading's body, a council's staff, and classes of providers
that are labelled beside the body heading a recommendation (LABELLING-GUIDE rule 4). Kept apart so that the
rules module stays readable (and under the size limit)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

BARE_HEALTH = frozenset(
    {"health", "health services", "health partners", "health providers", "health provider"}
)


NHS_PROVIDERS = frozenset({"hospital", "mental_health_services", "local_health_trust"})
TRUST_UNITS = frozenset({"accident_and_emergency", "midwifery", "community_health"})
TRUST_STAFF = frozenset(
    {
        "health visitor",
        "health visitors",
        "school nurse",
        "school nurses",
        "district nurses",
        "community nurses",
        "midwife",
        "midwives",
        "community midwives",
        "emergency department staff",
    }
)


#: Subjects that say who acts only by their trade or a vague plural ("Officers should ...", "Social workers ...",
#: "Key agencies to ..."): under a heading they are the heading's body; alone they keep their own id.
VAGUE_SUBJECTS = frozenset(
    {
        "agencies",
        "relevant agencies",
        "key agencies",
        "other agencies",
        "agencies involved",
        "officers",
        "social workers",
        "social work teams",
        "council officers",
        "local authority staff",
        "practitioners",
        "professionals",
        "staff",
        "call handlers",  # (an ambulance service's or a police force's: the heading says which)
        "commissioners",
        "the commissioners",
        "managers",
    }
)
#: A council's people named by their trade: under one of its departments as the lead, that department's staff.
COUNCIL_STAFF = frozenset({"social workers", "social worker", "social work teams", "council officers",
                            "local authority staff"})  # fmt: skip

#: A class of providers as the actor of the change ("GP practices to record ..."): labelled beside the body
#: that heads the recommendation, the commissioner (LABELLING-GUIDE rule 4).
PROVIDER_CLASSES = frozenset(
    {
        "gps",
        "gp practices",
        "gp surgeries",
        "general practices",
        "general practitioners",
        "practice managers",
        "practice staff",
        "gp practice staff",
        "primary care networks",
        "pcns",
        "gp federations",
        "schools",
        "academies",
        "care homes",
        "care providers",
        "domiciliary care providers",
        "housing providers",
        "registered providers",
        "social landlords",
        "registered social landlords",
        "pharmacies",
        "community pharmacies",
        "each practice",
        "every practice",
    }
)
#: Who commissions or runs each class of providers: a heading or Lead cell beside a provider class as the text's
#: subject is labelled too only when it names one of these (LABELLING-GUIDE rule 4, "beside the commissioner").
#: A Lead cell naming the class's owner of the action (a domestic abuse board, the CSP, another service) or the
#: class itself among several bodies ("Children's Social Care and Education" over "Schools should ...") leaves
#: the text's subject alone (rule 1: the text comes first).
COMMISSIONERS: dict[str, frozenset[str]] = {
    "gp": frozenset({"integrated_care_board", "nhs_england"}),
    "school": frozenset({"local_authority", "dfe"}),
    "housing": frozenset({"local_authority"}),
    "care_provider": frozenset({"local_authority", "adult_social_care", "integrated_care_board"}),
}
_ANY_COMMISSIONER = frozenset({"local_authority_commissioners"})


def beside_class(heading: list[str], classes: list[str]) -> list[str] | None:
    """The heading's ids to label beside provider classes named as the text's subject (``classes``, their ids):
    the commissioners among them; None where some class has no known commissioners (the whole heading)."""
    if not classes or any(c not in COMMISSIONERS for c in classes):
        return None
    wanted = _ANY_COMMISSIONER.union(*(COMMISSIONERS[c] for c in classes))
    return [a for a in heading if a in wanted]


#: Words of theme and section titles (LABELLING-GUIDE themes, report chapters): a title made of these alone is
#: no body's name even in Title Case ("Information Sharing").
_TITLE_WORDS = frozenset(
    "overview summary executive recommendations recommendation general national local regional other key "
    "findings learning lessons learnt learned conclusions conclusion themes theme training awareness raising "
    "information sharing risk assessment assessments identification record records keeping recording policy "
    "policies procedure procedures practice practise communication communications multi-agency multi agency "
    "working governance commissioning supervision professional curiosity escalation referrals referral pathways "
    "pathway processes process systems county wide area and of the for to in on & a an single agencies "
    "domestic abuse safeguarding".split()
)
_THEME_PREFIX = re.compile(r"^\s*(?:theme|section|part|area|priority)?\s*(?:\d+[a-z]?)?\s*[:.\-–)]?\s*", re.I)


def names_no_body(part: str) -> bool:
    """True for a title that names no body: only theme and section words, or a sentence-case phrase (a body the
    recogniser knows is the caller's to test first: "Adult social care" is sentence case too)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", _THEME_PREFIX.sub("", part, count=1))
    if not words:
        return True  # a bare number
    if any(w.isupper() and len(w) >= 2 for w in words):
        return False  # initials: a body the recogniser does not know ("KSCS")
    if all(w.lower() in _TITLE_WORDS for w in words):
        return True
    # "Information sharing between health services": lower case after the first word is a phrase, not a name
    return len(words) >= 2 and all(w[0].islower() for w in words[1:])


#: A mention after a preposition inside a verbless text's opening noun phrase ("A template for recording MARAC
#: outcomes ...", "A review of how the IDVA service ..."): what the thing asked for is about, not its subject.
INSIDE_NOUN_PHRASE = re.compile(r"^\s*(?:A|An)\s+[a-z][\w-]*\b[^,;]*?\b(?:for|of|on|about|in|into)\b[^,;]*$")
#: A partner of the verb of an embedded question ("Agree how wardens share concerns with the police"): part of
#: what is to be agreed or reviewed, not a body the recommendation consults.
EMBEDDED_WITH = re.compile(
    r"\b(?:how|whether)\b[^,;]*\bwith\s+(?:(?:the|all|each|every|any|other|relevant|local|their|its)\s+)*$",
    re.I,
)


#: The words that bring in a body supporting the subject, set between commas after it ("X, supported by Y,
#: should ...", "X, working with Y, should ..."): the supporter is no subject.
SUPPORTER_WORDS = (
    r"(?:supported|assisted|aided)\s+by|working\s+with|with\s+the\s+support\s+of|in\s+partnership\s+with"
)
#: What may follow a subject before its verb and is no part of the predicate: its initials in brackets, a
#: supporter between commas ("X (CHFT), supported by Y, places an IDVA in ...": the IDVA is X's object).
SUBJECT_ASIDES = re.compile(rf"\s*\([^()]{{1,40}}\)|,\s*(?:{SUPPORTER_WORDS})\s+[^,;]{{2,120}},", re.I)


#: "staff", "officers" after a trade or service word in lower case: that trade's people ("social care staff").
_STAFF_AFTER = re.compile(r"\s+(?:staff|officers|workers|practitioners|teams?)\b")


def heading_people(surface: str, text: str, end: int, agency: str, heading: Sequence[Any]) -> bool:
    """A subject that is the heading's bodies' people: a vague one ("officers", "staff"), or the staff of trades
    in lower case, one of them unnamed ("Tenancy and social care staff to be trained ...") under a heading naming
    the named trade's body among others: the heading's bodies' staff. ``end``: where the mention ends."""
    if " ".join(surface.lower().split()) in VAGUE_SUBJECTS:
        return True
    start = end - len(surface)
    if _POST_BEFORE.search(text, max(0, start - 40), start):
        return True  # "a named GP for safeguarding is appointed", "the designated nurse": the heading's post
    return (
        surface.islower()
        and _TRADE_BEFORE.fullmatch(text[:start]) is not None
        and _STAFF_AFTER.match(text, end) is not None
        and agency in {m.agency for m in heading}
    )


#: A post's title before a trade ("a named GP for safeguarding", "the designated doctor"): a person's post, which
#: the body heading the recommendation (an ICB's named GP) holds, not the trade's own body.
_POST_BEFORE = re.compile(r"\b(?:named|designated)\s+(?:safeguarding\s+)?$", re.I)
#: The sentence's first words a trade and "and" ("Tenancy and "): a joint subject with a trade nobody names.
_TRADE_BEFORE = re.compile(r"\s*[A-Z][a-z]+\s+(?:and|&)\s+")
