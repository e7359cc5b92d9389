"""Readings of a recommendation's addressees that :func:`classification.addressees.addressees` applies around its
mention-by-mention roles: a tag printed before the text, a body named in a subject's "including" aside, the
agent of a participle that describes a noun, and a trust of unclear type typed by the team it owns.

Each follows ``LABELLING-GUIDE.md`` (agencies rules 1, 3 and 5); the module keeps ``addressees.py`` small.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from classification.agency_patterns import known_trust_type
from classification.gazetteer import KNOWN_ACRONYMS

if TYPE_CHECKING:
    from classification.addressees import Addressee

#: A tag in brackets printed before the text ("(CCG) Review the ...", "(BMBC Adult Social Care) Consider ...",
#: "[NWP] Officers to ..."): the numbering's tag (rule 3), not part of the sentence, where the reader left it in
#: the text.
_LEADING_TAG = re.compile(r"\s*(?:\(([A-Z][^()]{1,60})\)|\[([A-Z][^\[\]]{1,60})\])\s+(?=[A-Z])")


def split_tag(text: str, context: str | None) -> tuple[str, str | None]:
    """``text`` with a leading bracketed tag blanked (same length, so offsets hold) and the tag as the context,
    where no heading with words came with it; else both as given."""
    from classification.addressee_heading import _context_agencies

    m = _LEADING_TAG.match(text)
    tag = m and (m.group(1) or m.group(2))
    if not tag or re.search(r"[A-Za-z]{2,}", context or "") or not _context_agencies(tag):
        return text, context  # (a bracket naming no body, "(Priority) ...", is no tag)
    return " " * m.end() + text[m.end() :], tag


#: The agent of a participle that describes a noun, with no "be" before it ("every victim referred by the
#: hospital", "the records made by the GP"): who did the thing described, not who is to act.
REDUCED_AGENT = re.compile(
    r"\b(?!(?:be|been|being|is|are|was|were|\w+ly)\b)[a-z]+\s+"
    r"(?:\w+(?:ed|en|wn)|made|held|led|seen|known|sent|kept|run|told|done)\s+by\s+"
    r"(?:(?:the|all|each|every|any|relevant|local)\s+)*$",
    re.I,
)

#: ", including X," / ", and in particular X," right after a subject and before its verb: X is named among the
#: subject's bodies ("All agencies, including GP practices, should ..."), so it acts too.
_INCLUDING_BEFORE = re.compile(
    r"\s*,\s*(?:and\s+)?(?:including|in\s+particular|particularly|especially|notably)\s+"
    r"(?:(?:the|all|each|every|any|their|its)\s+)*$",
    re.I,
)
_VERB_NEXT = re.compile(r"\s*,\s*(?:should|must|shall|will|to|need\s+to|needs\s+to|are\s+to|is\s+to)\b", re.I)


def including_leads(text: str, out: list[Addressee]) -> None:
    """Make a body named in a subject's "including" aside a lead beside the subject (in place)."""
    from classification.addressees import Addressee

    for i, a in enumerate(out):
        if a.role == "lead" or a.start < 0 or not _VERB_NEXT.match(text, a.end):
            continue
        before = [b for b in out[:i] if b.role == "lead" and 0 <= b.end <= a.start]
        if before and _INCLUDING_BEFORE.fullmatch(text[before[-1].end : a.start]):
            out[i] = Addressee(a.start, a.end, a.text, a.agency, "lead")


#: "<trust> ... its crisis team", "its talking therapies service": the trust's own team says what it runs.
_ITS = re.compile(r"\bits\s+(?:own\s+)?$", re.I)
_COMMUNITY = re.compile(r"\bcommunity\b", re.I)


def trust_by_unit(text: str, out: list[Addressee]) -> None:
    """A named trust of unclear type (initials or a name no list knows, read as ``local_health_trust``) whose own
    mental health team the text names ("BCHFT to ensure that its crisis team ...") is a mental health trust
    (LABELLING-GUIDE rule 5); a trust the lists know keeps its type (in place)."""
    from classification.addressees import Addressee

    teams = [b for b in out if b.agency == "mental_health_services" and _ITS.search(text[: b.start])]
    if not teams:
        return
    for i, a in enumerate(out):
        if (
            a.role == "lead"
            and a.agency == "local_health_trust"
            and a.start >= 0
            and a.text[:1].isupper()
            and a.text not in KNOWN_ACRONYMS
            and known_trust_type(a.text) is None
            and not _COMMUNITY.search(a.text)
            and any(b.start > a.end for b in teams)
        ):
            out[i] = Addressee(a.start, a.end, a.text, "mental_health_services", a.role)


def setting_words(text: str, out: list[Addressee]) -> None:
    """A lower-case body word right before another mention names where a post or service sits ("a referral to the
    hospital IDVA"): it is no partner of its own, so a heading naming that kind of body is not taken as consulted
    (in place)."""
    from classification.addressees import Addressee

    starts = {b.start for b in out if b.start >= 0}
    for i, a in enumerate(out):
        if a.role == "consulted" and a.start >= 0 and a.text.islower() and text[a.end : a.end + 1] == " ":
            if a.end + 1 in starts:
                out[i] = Addressee(a.start, a.end, a.text, a.agency, "mentioned")


BE_SUPPORTED_BY = re.compile(
    r"\b(?:be|been|being|is|are)\s+(?:supported|assisted|aided)\s+by\s+(?:the\s+)?$", re.I
)
#: The rest of a sentence whose passive verb has its agent after "by": the subject-position mention is not asked.
LATER_AGENT = re.compile(
    r"[^.;:]*?\b(?:should|must|will|needs?\s+to|to)\s+be\s+(?!supported|assisted|aided)(?:\w+ly\s+)?"
    r"(?:\w+(?:ed|en|wn|ne)|made|held|led|put|set|paid|run|done)" + r"\b[^.;:]*?\bby\s+(?:the\s+)?[A-Z]"
)
#: An imperative opening ("Fund a specialist IDVA ...", "Contact every victim ... of a police referral"): a
#: verb then its object's determiner; a body after it is in the object, not the subject (the heading's, rule 3).
IMPERATIVE_OPENING = re.compile(
    r"\s*(?!(?:the|a|an|each|every|all|any|both|either|neither|no|some|its|their|our|this|these|where|when|whenever|if|once|as|after|before|"
    r"while|whilst|since|although|following|given|for|in|on|at|with|within|during|until|because|unless|to|by)\b)"
    r"[A-Z][a-z]+\s+(?:a|an|the|every|each|all|any|its|their|our)\s",
    re.I,
)
#: A plain noun right after a mention ("require police evidence", "mandate GP records"): the mention modifies it.
NOUN_AFTER = re.compile(
    r"\s+(?!(?:to|and|or|in|of|at|on|for|within|across|who|that|which|should|must|will|shall|are|is|be|can|may|staff|officers|teams?)\b)[a-z]+\b(?!\s+to\b)"
)


#: "... should ensure that practices in the borough add ...", "make sure that all practices ...": "practices" alone
#: as the actor of a change a primary care commissioner requires: its GP practices (rule 4). Only as the subject
#: of an "ensure (that)" clause, so "good practices", "practices of control" and "share good practice" are
#: untouched (and "require practices to code ...", which agencies set G labels as the ICB's alone).
_PRACTICES_ACTOR = re.compile(
    r"\b(?:ensure|ensures|ensuring|make\s+sure|makes\s+sure)\s+(?:that\s+)?"
    r"(?:(?:all|each|every|the|its|their|member|local)\s+)*(?P<p>practices)\b(?!\s+(?:of|are\s+aware)\b)",
    re.I,
)
#: Bodies that commission GP practices: an ICB (or its place), NHS England.
_PRIMARY_CARE_COMMISSIONERS = frozenset({"integrated_care_board", "nhs_england"})


def commissioned_practices(text: str, out: list[Addressee]) -> None:
    """Add the GP practices a primary care commissioner named as the subject is told to make act, when the text
    calls them "practices" alone (in place; the gazetteer reads only "GP practices" as ``gp``)."""
    from classification.addressees import Addressee

    if any(a.agency == "gp" and a.role == "lead" for a in out):
        return
    if not any(a.role == "lead" and a.agency in _PRIMARY_CARE_COMMISSIONERS and a.start >= 0 for a in out):
        return
    m = _PRACTICES_ACTOR.search(text)
    if m is not None:
        out.append(Addressee(m.start("p"), m.end("p"), m.group("p"), "gp", "lead"))
