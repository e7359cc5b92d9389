"""Addressees a recommendation implies without naming them as its subject (LABELLING-GUIDE agencies rules 3-5):
the body that owns the duty a subject-less recommendation is about, and named bodies off the pick-list.

* Firearms licensing is a police function (the chief officer of police grants and revokes certificates): a
  subject-less recommendation about certificates, licences or applications is for the police, unless it asks
  for national change (the Act, regulations, statutory guidance: the Home Office).
* "Information sharing between agencies", "consistency across partners": with no body of its own, the partner
  agencies named as those who share are the addressees (``all_agencies``); so are the people of every agency
  as the subject ("Practitioners should ...", "All front-line staff to ...") when no heading says whose.
* Duties, systems and procedures only one kind of agency holds (``data/agency_topics.json``: Niche and DVPNs
  are the police's, OASys and licence conditions probation's, section 42 enquiries adult social care's): a
  subject-less, heading-less recommendation about them is for that agency; about several kinds' duties, none.
  A hospital's own clinics (outpatients, specialist clinics, A&E) are the acute trust's; public information on
  domestic abuse and awareness campaigns, with no body named, the commissioning partnership's (the CSP).
* A body that only modifies the noun which is the clause's subject ("Police call-out records ... to be checked")
  is not its actor.
* A named voluntary or community body the recogniser does not know ("Milbury Carers' Centre should") is off the
  pick-list: ``other``, not the learned fallback's guess of a known body.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Protocol


class _Mention(Protocol):
    start: int
    end: int
    agency: str
    role: str


_FIREARMS = re.compile(r"\b(?:firearms?|shotguns?|guns?)\b", re.I)
_LICENSING = re.compile(
    r"\b(?:licen[cs]\w*|certificat\w*|applica\w*|applicants?|grant\w*|permits?|holders?)\b", re.I
)
_NATIONAL_CHANGE = re.compile(
    r"\b(?:Act|Acts|legislation|law|laws|statutory|national(?:ly)?|Home\s+Office|regulations?|Parliament|"
    r"government|amend\w*\s+the\s+(?:rules|guidance))\b"
)
#: National rules the text only asks to be followed ("in line with the Home Office guidance"): still the police.
_FOLLOWS = re.compile(
    r"\b(?:follow(?:s|ed|ing)?|in\s+line\s+with|compl(?:y|ies|ied|iance)|in\s+accordance\s+with|adhere\w*|"
    r"issued\s+by)\b",
    re.I,
)


#: "Practitioners should ...", "That all front-line staff ...": people of every agency as the subject, no body named.
_EVERY_AGENCY_PEOPLE = re.compile(
    r"^\s*(?:That\s+)?(?:(?:all|every|each)\s+)?(?:(?:front[- ]?line|relevant|multi-agency|partner)\s+)?"
    r"(?:practitioners?|professionals?|staff|workers|frontline\s+staff)\s+"
    r"(?:should|must|shall|to|need\s+to|needs\s+to|will|are\s+to|are\s+reminded|be)\b",
    re.I,
)


#: A verbless recommendation whose head is a multi-agency thing ("A multi-agency audit of ...", "Joint
#: multi-agency training on ..."): the agencies together are its actor.
_MULTI_AGENCY_THING = re.compile(
    r"^\s*(?:That\s+)?(?:(?:a|an|the)\s+)?(?:joint\s+)?multi[- ]?agency\s+(?!(?:should|must|shall|will|to|is|are|can|may|be)\b)[a-z]+",
    re.I,
)


@lru_cache(maxsize=1)
def _owner_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(agency id, one pattern of its duties) from ``data/agency_topics.json``."""
    data = json.loads((Path(__file__).parent / "data" / "agency_topics.json").read_text(encoding="utf-8"))
    exact = set(data.get("case_sensitive", []))
    return [
        (agency, re.compile(rf"(?<![\w-]){rx}(?![\w-])", 0 if rx in exact else re.I))
        for agency, rxs in data["owners"].items()
        for rx in rxs
    ]


#: Where the subject of a sentence ends: its first modal or finite verb ("should", "to be", "is", "are to").
_PREDICATE = re.compile(
    r"\b(?:should|must|shall|will|would|could|needs?\s+to|ought\s+to|is|are|has|have|be|"
    r"to\s+(?!(?:the|a|an|their|his|her|its|all|any|each|every|this|that)\b)[a-z]+)\b"
)
#: A subject that is the service's own user ("A claimant who ...", "Women ...", "Patients ..."): the duty the
#: rest of the sentence names is still the serving agency's.
_SERVICE_USER = re.compile(
    r"^\s*(?:That\s+)?(?:(?:a|an|the|all|any|every|each)\s+)?(?:victims?|claimants?|patients?|clients?|"
    r"applicants?|tenants?|women|men|parents?|families|children|pupils?|carers?|residents?|prisoners?)\b",
    re.I,
)


def duty_owner(text: str) -> str | None:
    """The one kind of agency whose duties, systems or procedures the text is about, or None (none, or several).

    The duty must be named in the sentence's subject ("OASys assessments should ...", "That a check of the
    nDelius record is made ...") unless the subject is the service's user; a duty named only after the verb may
    be another body's ("Practices to be reminded to attend child protection conferences": the GPs)."""
    verb = _PREDICATE.search(text)
    end = len(text) if verb is None or _SERVICE_USER.match(text) else verb.start()
    owners = {agency for agency, rx in _owner_patterns() if (m := rx.search(text)) and m.start() < end}
    if len(owners) != 1 or len({a for a, rx in _owner_patterns() if rx.search(text)}) > 1:
        return None  # none in the subject, or duties of several kinds of agency in the text
    return owners.pop()


def topic_owner(text: str, mentions: list[_Mention]) -> list[tuple[str, str]]:
    """(agency id, surface) of the bodies a subject-less, heading-less recommendation is for by its topic; empty
    when none is clear (the learned fallback decides)."""
    if _FIREARMS.search(text) and _LICENSING.search(text):
        if _NATIONAL_CHANGE.search(text) and not _FOLLOWS.search(text):
            return [("home_office", "Home Office")]
        return [("police", "police (firearms licensing)")]
    if (
        _EVERY_AGENCY_PEOPLE.match(text)
        and not _GENERIC_REF.search(text)
        and all(m.agency == "all_agencies" or m.role == "consulted" for m in mentions)
    ):
        return [("all_agencies", "practitioners (every agency)")]  # not "Staff to know the Trust's policy"
    if _MULTI_AGENCY_THING.match(text) and all(
        m.agency == "all_agencies" or m.role == "consulted" for m in mentions
    ):
        # "A multi-agency audit of cases ...", "Multi-agency training on stalking": no body of its own, done by
        # the agencies together ("multiple agencies" -> all agencies, LABELLING-GUIDE rule 5)
        return [("all_agencies", "multi-agency (every agency)")]
    # (an aim, "To review the arrangements between X and Y", is the panel's aim for every agency: the fallback's)
    aim = re.match(r"\s*To\s+[a-z]", text) is not None
    between = [m for m in mentions if m.start > 0 and not aim and _is_between(text, m, mentions)]
    if between:
        # "joint working between the mental health trust and the domestic abuse service": those who work together
        return list(dict.fromkeys((m.agency, text[m.start : m.end]) for m in between))
    owner = duty_owner(text)
    if owner and all(m.agency in (owner, "all_agencies") or m.role == "consulted" for m in mentions):
        # a partner it shares with or consults is no rival ("... shared with the victim's IDVA"); another body
        # named otherwise is left to the fallback
        return [(owner, f"{owner} (by its duties)")]
    return []


#: "the Trust's policy", "its department": a body the text refers to without naming it.
_GENERIC_REF = re.compile(
    r"\b(?:the|this|its|their)\s+(?:Trust|Council|Force|service|organisation|agency|department|provider)\b"
)


def _is_between(text: str, m: _Mention, mentions: list[_Mention]) -> bool:
    """True when the mention is one of the bodies that share or work together ("joint working between X and the
    Y", "information sharing across agencies"), not a place one moves between."""
    prefix = text[: m.start]
    for other in sorted(mentions, key=lambda o: -o.start):
        if 0 <= other.start and other.end <= m.start:
            prefix = prefix[: other.start] + " AGENCYX " + prefix[other.end :]
    return _BETWEEN_CHAIN.search(prefix) is not None


_BETWEEN_CHAIN = re.compile(
    r"\b(?:shar\w*|work\w*|communication|liaison|protocols?|agreements?|arrangements?|information|links?|"
    r"relationships?|co-?ordination|collaboration|partnership)\b(?:\s+[\w-]+){0,3}?\s+"
    r"(?:between|across|among|amongst)\s+(?:(?:the|all|each|every|relevant|local)\s+)*"
    r"(?:AGENCYX\s*(?:,|and|&)\s*(?:(?:the|all|each|every|relevant|local)\s+)*)*$",
    re.I,
)


#: What may stand between a subject's name and its verb: initials in brackets, a partner between commas.
_TO_VERB = re.compile(
    r"(?:\s*\([^)]{1,40}\))?"
    r"(?:,\s+(?:working\s+(?:with|alongside)|together\s+with|with|in\s+(?:consultation|partnership)\s+with|"
    r"supported\s+by)\s+[^,]{3,80},)?"
    r",?\s+(?:should|must|shall|to|will|is\s+to|needs?\s+to)\b"
)
#: A body named in full as the sentence's subject by a name whose last word says it is an organisation of the
#: voluntary or community kind ("Milbury Carers' Centre should", "The Ashdown Youth Project to"); a partner
#: named between commas after it ("..., working with the councils, should") is no subject (LABELLING-GUIDE
#: agencies rule 2).
_NAMED_SUBJECT = re.compile(
    r"^(?:The\s+)?(?P<name>(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|the|&)\s+)?){0,5}"
    r"(?:Centre|Center|Project|Charity|Society|Association|Network|Forum|Collective|Hub|Alliance))"
    + _TO_VERB.pattern
)


#: Capitalised words (a place) before a body's name at the start of a sentence: "The London ...", "Northvale ...".
_PLACE_BEFORE = re.compile(r"^(?:That\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w'’&-]*\s+){0,3}$")
#: The verb after the subject of "That X considers / reviews / ensures ...".
_THAT_VERB = re.compile(r"\s+(?:[a-z]+s|should|must|will|is\s+to)\b")


#: Capitalised words (a place) after a body's name: "Age UK Lynford", "Citizens Advice Cheshire West".
_PLACE_AFTER = re.compile(r"(?:\s+(?!(?:Should|Must|Shall|To|Will)\b)[A-Z][\w'’&-]*){1,3}")


def unknown_named_subject(text: str) -> str | None:
    """The subject's name when it is a named organisation the recogniser does not know, or one it knows as off
    the pick-list ("the London Violence Reduction Unit", "Citizens Advice"), else None.

    Such a name is off the pick-list: the guide's ``other`` (with its surface kept in the mentions) is its label,
    not a guess from the fallback model, which learnt from words around known bodies and picks one of those.
    """
    from classification.agencies import find_agencies

    text = text.strip()
    m = _NAMED_SUBJECT.match(text)
    if m is not None and len(m.group("name").split()) >= 2 and not find_agencies(m.group("name")):
        return m.group("name")
    found = find_agencies(text)
    if found and found[0].agency == "other" and _PLACE_BEFORE.match(text[: found[0].start]):
        # a local branch names its place after the body's name ("Age UK Lynford", "Citizens Advice Cheshire West")
        branch = _PLACE_AFTER.match(text, found[0].end)
        end = branch.end() if branch else found[0].end
        # "That the Government considers ...": the panel's "That X <does>" form names X as the subject too
        that = text.startswith("That ") and _THAT_VERB.match(text, end)
        if _TO_VERB.match(text, end) or that:
            return re.sub(r"^(?:That\s+)?[Tt]he\s+", "", text[:end]).removeprefix("That ")
    return None


#: Not after "report"/"refer" ("the duty to report an adult at risk", "refer adults at risk"): every body's duty,
#: the council only receives the report.
_NOT_REPORTED = "".join(
    rf"(?<!{verb}\s)(?<!{verb}\san\s)" for verb in ("report", "refer", "reporting", "referring")
)
#: Duties only one council service holds: under a heading naming the council as a whole, a recommendation about
#: them is for that service ("Kent County Council" over "... offered a carers assessment" is adult social care).
_ADULT_DUTIES = re.compile(
    r"\bcarers?['’]?s?\s+assessments?\b|\bCare\s+Act\b|\bsection\s+42\b|\bs\.?\s?42\s+enquir|"
    r"\badult\s+safeguarding\s+(?:enquir|concern|referral)|\bcare\s+and\s+support\s+(?:plan|needs)|"
    rf"\bcare\s+package|\b{_NOT_REPORTED}adults?\s+at\s+risk\b",
    re.I,
)
_CHILD_DUTIES = re.compile(
    r"\bchild\s+protection\s+(?:plan|conference|enquir)|\bchild(?:ren)?\s+in\s+need\b|\bsection\s+47\b|"
    r"\bs\.?\s?47\s+enquir|\blooked[- ]after\s+child|\bchild\s+and\s+family\s+assessment|\bcare\s+proceedings\b",
    re.I,
)


def council_service(agency: str, text: str) -> str:
    """A council named as a whole, read as the one service that holds the duty the text is about."""
    if agency != "local_authority":
        return agency
    adult, child = bool(_ADULT_DUTIES.search(text)), bool(_CHILD_DUTIES.search(text))
    if adult != child:
        return "adult_social_care" if adult else "childrens_social_care"
    return agency


#: A mention used as a modifier of a noun that is the clause's subject ("ensure that police notifications are
#: triaged", "GP records should be shared"): not the actor, unless it is the body's people ("housing staff").
_ATTRIBUTIVE = re.compile(
    r"\s+(?!(?:staff|officers|workers|practitioners|teams?|managers|colleagues|professionals|clinicians|nurses|"
    r"leads?|crews|partners|services?|providers?|colleagues|agency|agencies|organisations?|companies|company|"
    r"charity|and|or|should|must|shall|will|to|is|are|has|have)\b)"
    r"[a-z]+s?\s+(?:are|is|should|must|will|to|have|has|be|can|were|was|need|needs)\b"
)


#: The same with a longer noun phrase and its complement: "Police call-out records for a proposed address to be
#: checked", "GP appointment letters should": the last word before the verb is the noun the body modifies.
_ATTRIBUTIVE_LONG = re.compile(
    # (not an infinitive or a verb group: "GP practices to ask about abuse when a patient is ...")
    r"\s+(?!(?:to|and|or|should|must|shall|will|can|may|could|would|need|needs|are|is|was|were|be|been|has|"
    # nor a place after the body: "every GP practice in the borough has a policy" is the practices' duty)
    r"have|had|in|within|across|at|on|of|for|from|with|by|under|throughout)\b)"
    # (nor a participle: "Paramedics attending calls from an address should ..." are people doing something)
    r"(?:(?P<np>(?![a-z]+ing\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,2})"
    r"(?:\s+(?:for|of|from|about|on|at)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4})?"
    # one noun with what it is about: "every police notification concerning a pregnant woman is passed"
    r"|(?P<noun>[a-z][a-z-]*)\s+(?:concerning|regarding|about|involving|relating\s+to)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4})"
    r"\s+(?:are|is|should|must|will|to\s+be|have|has|can|were|was|need|needs)\b"
)
_PEOPLE_NOUNS = frozenset(
    "staff officers workers practitioners team teams managers colleagues professionals clinicians nurses lead "
    "leads crews partners service services provider providers unit units department agency agencies "
    "organisation organisations company charity and or".split()
)


#: A mention before the thing a body is told to make do something ("require every housing support contract to
#: include ...", "ensure that all GP records are to show ..."): a document or agreement, not the body's people.
_THING_TO = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+){0,2}(?:contracts?|records?|policies|policy|plans?|templates?|forms?|systems?|"
    r"specifications?|agreements?|procedures?|protocols?)\s+to\s+[a-z]+"
)


def is_modifier(text: str, end: int) -> bool:
    """True when the mention ending at ``end`` only modifies the noun that is the clause's subject."""
    if _ATTRIBUTIVE.match(text, end) or _THING_TO.match(text, end):
        return True
    m = _ATTRIBUTIVE_LONG.match(text, end)
    return m is not None and not set((m.group("np") or m.group("noun")).split()) & _PEOPLE_NOUNS
