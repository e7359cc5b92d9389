"""A trust's own units and staff among a recommendation's addressees: "The Trust's maternity service to ...",
"Whittington Health should ensure that health visitors ...", "School nurses to ..." under a trust's heading.

LABELLING-GUIDE.md rules 1 and 5, as the agency sets read them (sets E-J): a unit or the staff of a trust the text
or its heading names act for that trust, so the trust is the addressee, not a second body; and a trust's
community arm (health visiting, school nursing, district and community nursing) is ``local_health_trust`` even
where the trust is an acute or mental health one that also runs community services (Whittington Health,
Northumbria Healthcare, Leicestershire Partnership).
Read by what acts (set M): an integrated or unclear trust acting through its emergency department or maternity
service is ``hospital``, through its mental health teams ``mental_health_services``; a Welsh health board keeps
its id, and a team or hospital under a board's heading is the board; an unknown owner of an acute unit ("St Mary's
maternity service") is a hospital trust, an unknown provider of a community service a community trust.
A unit with no owner named ("Health visitors should ...") keeps its own id. Kept apart from
:mod:`classification.addressees` so that module stays small.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from classification.addressee_words import NHS_PROVIDERS, TRUST_STAFF, TRUST_UNITS

if TYPE_CHECKING:
    from classification.addressees import Addressee

#: The community arm of a trust (health visiting, school and district nursing, sexual health, 0-19).
COMMUNITY_UNIT = "community_health"
_SENTENCE_END = re.compile(r"[.;!?]\s")
#: Trusts that may run a community arm beside their main service: acute trusts and mental health trusts with
#: community services (Leicestershire Partnership, Gloucestershire Health and Care).
ARM_OWNERS = frozenset({"hospital", "mental_health_services"})
#: The acute units of a trust (its emergency department, its maternity service).
ACUTE_UNITS = frozenset({"accident_and_emergency", "midwifery"})
#: A proper name in the possessive at the start of the text: "St Mary's ", "Northtown General's ".
_NAMED_OWNER = re.compile(r"\s*(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w&-]*['’]s?\s+")
#: "X's community services arm", "X's community health division": the words after a trust that say its community
#: arm is meant ("The Northtown Local Care Organisation, X's community services arm, to ...").
_ARM_AFTER = re.compile(
    r"['’]s?\s+(?:own\s+)?community(?:\s+health)?(?:\s+services?)?\s+"
    r"(?:arm|division|directorate|business\s+unit|provider|care\s+group)\b",
    re.I,
)


def _community_arm_named(text: str, out: list[Addressee]) -> None:
    """An acute or mental health trust named as its community arm ("X's community services arm") acts as that
    arm: ``local_health_trust`` (rule 5, as :func:`own_units` reads "X's health visiting service") (in place)."""
    from classification.addressees import Addressee

    for i, a in enumerate(out):
        if a.role == "lead" and a.start >= 0 and a.agency in ARM_OWNERS and _ARM_AFTER.match(text, a.end):
            out[i] = Addressee(a.start, a.end, a.text, "local_health_trust", a.role)


#: A subject the recogniser does not know, with what it provides said after it: "Northtown Community Enterprise,
#: which provides community nursing in the borough, should ..." (up to eight capitalised name words, at the start).
_PROVIDER_SUBJECT = re.compile(
    r"\s*(?:The\s+)?(?P<name>[A-Z][\w'’&-]*(?:\s+(?:of|and|&|[A-Z][\w'’&-]*)){0,7}),\s*(?:which|who|that)\s+"
    r"(?:provides|runs|delivers|operates|hosts)\s+(?:the\s+|its\s+|(?:the\s+)?(?:borough|county|city|area)['’]s\s+)?$"
)
#: What a provider of a trust unit is (see :func:`arm_agency`): a community health provider, an acute one.
_UNIT_PROVIDER = {
    COMMUNITY_UNIT: "local_health_trust",
    "accident_and_emergency": "hospital",
    "midwifery": "hospital",
}


def _provider_subject(text: str, out: list[Addressee]) -> None:
    """A subject the recogniser does not know, described as the provider of a trust's unit ("X, which provides
    community nursing in Y, should ..."): the kind of body that runs that unit (a community health provider,
    ``local_health_trust``, as sets E-L label community interest companies), not the unit, nor the learned
    fallback's guess (in place)."""
    from classification.addressees import Addressee

    first = min((a.start for a in out if a.start >= 0), default=-1)
    for i, a in enumerate(out):
        if a.start != first or a.agency not in _UNIT_PROVIDER:
            continue
        m = _PROVIDER_SUBJECT.fullmatch(text, 0, a.start)
        if m is None:
            continue
        out[i] = Addressee(a.start, a.end, a.text, a.agency, "mentioned")
        out.insert(i, Addressee(m.start("name"), m.end("name"), m["name"], _UNIT_PROVIDER[a.agency], "lead"))
        break


#: A Welsh university health board ("Betsi Cadwaladr University Health Board", "BCUHB", "the Health Board").
BOARD = re.compile(r"\b(?:Health\s+Board|[A-Z]{0,4}UHB)\b", re.I)


def arm_agency(agency: str, arm: str | None, board: bool) -> str:
    """The id of a trust that acts through its own units of one kind ``arm`` (LABELLING-GUIDE rule 5 read by what
    the trust runs, sets E-M): a community arm (health visiting, district nursing) is ``local_health_trust`` even
    of an acute or mental health trust; an acute unit (emergency department, maternity) of a trust typed as
    community or unclear (an integrated care trust, "T&G ICFT") is ``hospital``, and its mental health teams are
    ``mental_health_services``. A Welsh health board runs every NHS service of its area, so it keeps
    ``local_health_trust`` whatever unit acts."""
    if arm == COMMUNITY_UNIT and agency in ARM_OWNERS:
        return "local_health_trust"
    if agency == "local_health_trust" and not board:
        if arm == "acute":
            return "hospital"
        if arm == "mental_health_services":
            return "mental_health_services"
    return agency


def own_units(
    text: str, out: list[Addressee], trust_ends: list[int], heading_trust: bool
) -> tuple[bool, str | None]:
    """Make the units and staff of a trust the text or heading names no addressees of their own (in place).

    Args:
        text: the recommendation.
        out: its mentions with their roles, changed in place.
        trust_ends: where generic references to the heading's trust that act end ("The Trust" in "The Trust's
            maternity service", "The Trust should ensure that the emergency department ...").
        heading_trust: the heading names an NHS provider.

    Returns:
        (a unit of the heading's trust is the text's actor, so the heading is labelled for it; the kind of the
        units that act when they are all of one: ``community_health`` (the community arm, so an acute or mental
        health owner is ``local_health_trust``), ``acute`` (an emergency department or maternity service, so an
        owner typed as community or unclear is ``hospital``), else None; see :func:`arm_agency`).
    """
    from classification.addressees import Addressee

    _provided_by(text, out)
    _community_arm_named(text, out)
    _provider_subject(text, out)
    named = [
        a.end
        for a in out
        if a.role == "lead"
        and a.start >= 0
        and a.agency in NHS_PROVIDERS
        and a.text.lower() not in TRUST_STAFF
    ]
    owners = sorted([*trust_ends, *named])
    acting: list[str] = []
    for_heading = False
    for i, a in enumerate(out):
        if a.role != "lead" or a.start < 0 or a.agency not in TRUST_UNITS:
            continue
        owned = any(e <= a.start and not _SENTENCE_END.search(text[e : a.start]) for e in owners)
        if owned or (named and a.text.lower() in TRUST_STAFF):
            # "Whittington Health should ensure that health visitors ...", "X to ensure that its community
            # nursing teams ...", "The Trust's maternity service ...": the trust acts through its own unit
            out[i] = Addressee(a.start, a.end, a.text, a.agency, "mentioned")
            acting.append(a.agency)
        elif heading_trust:
            # staff of the heading's trust ("Health visitors should ..." under a trust heading), its community
            # arm and its other units ("The emergency department at X Hospital to ...", "Ensure that the
            # maternity unit ...") are that trust: the heading is the addressee, not a second body beside it
            out[i] = Addressee(a.start, a.end, a.text, a.agency, "mentioned")
            acting.append(a.agency)
            for_heading = True
        elif (
            a.agency in ACUTE_UNITS
            and _NAMED_OWNER.fullmatch(text, 0, a.start)
            and not any(0 <= b.start < a.start for b in out)  # (not a body the recogniser knows: "The ICB's")
        ):
            # "St Mary's maternity service to ...": an owner the recogniser does not know, named before its acute
            # unit as the subject, is a hospital trust (rule 5), not the unit standing as a body of its own
            out[i] = Addressee(a.start, a.end, a.text, "hospital", "lead")
    arm = unit_kind(acting)
    if arm is not None:
        for i, a in enumerate(out):
            if a.role == "lead" and a.start >= 0 and a.end in named:
                agency = arm_agency(a.agency, arm, bool(BOARD.search(a.text)))
                out[i] = Addressee(a.start, a.end, a.text, agency, a.role)
    return for_heading, arm


def unit_kind(units: list[str]) -> str | None:
    """``community_health``, ``acute`` or ``mental_health_services`` when every unit in ``units`` is of that kind
    (see :func:`arm_agency`), else None."""
    if not units:
        return None
    if all(u == COMMUNITY_UNIT for u in units):
        return COMMUNITY_UNIT
    if all(u in ACUTE_UNITS for u in units):
        return "acute"
    if all(u == "mental_health_services" for u in units):
        return "mental_health_services"
    return None


#: "The 0-19 Service provided by X", "the sexual health service, run by X,": the unit's owner, named after it.
_PROVIDED_BY = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:is|are)\s+)?(?:provided|run|delivered|operated|managed|hosted)\s+by\s+(?:the\s+)?$",
    re.I,
)


def _provided_by(text: str, out: list[Addressee]) -> None:
    """A unit as the subject with the trust that provides it named after it ("The 0-19 Service provided by X to
    ...") acts for that trust (in place): the trust is the addressee, and a community arm's owner is
    ``local_health_trust`` (as :func:`own_units` reads "X's health visiting service")."""
    from classification.addressees import Addressee

    for i, a in enumerate(out):
        if a.role != "lead" or a.start < 0 or a.agency not in TRUST_UNITS:
            continue
        for k, b in enumerate(out):
            if (
                b.start >= a.end
                and b.agency in NHS_PROVIDERS
                and _PROVIDED_BY.fullmatch(text[a.end : b.start])
            ):
                arm = a.agency == COMMUNITY_UNIT and b.agency in ARM_OWNERS
                out[k] = Addressee(b.start, b.end, b.text, "local_health_trust" if arm else b.agency, "lead")
                out[i] = Addressee(a.start, a.end, a.text, a.agency, "mentioned")
                break


#: What stands between a board and its own unit: "X's [place] ...", "X should ensure that its ...".
_BOARD_OWNS = re.compile(r"['’]s?\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:own\s+)?$")
_ITS_UNIT = re.compile(r"\bits\s+(?:own\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$", re.I)


def board_units(text: str, out: list[Addressee], heading_board: bool = False) -> None:
    """A Welsh health board's own mental health team or service ("The Health Board's Blaenau Gwent community mental
    health team to ...", "BCUHB's CMHT", "X UHB should ensure that its crisis team ...") is the board acting: a
    health board runs every NHS service of its area, so it is ``local_health_trust`` whatever its department acts
    (the agencies sets B, F, J-L), not a second, mental health, body (in place).

    Under a board's heading (``heading_board``) with no board in the text, the same holds for the subject: a mental
    health team, or a unit of a hospital named by its building ("The Aberystwyth community mental health team to
    ...", "X General Hospital's emergency department to ..."), is one of the board's services, so the board's id
    (set M, as sets K and L read "the emergency department at X Hospital"). A hospital named as the actor itself
    ("Ensure that X Hospital records ...") stays ``hospital`` (text first, as level sets H and I label it).
    """
    from classification.addressees import Addressee

    boards = [
        (i, a)
        for i, a in enumerate(out)
        if a.start >= 0 and a.agency == "local_health_trust" and BOARD.search(a.text)
    ]
    if not boards:
        if heading_board:
            for k, u in enumerate(out):
                unit_owner = u.agency == "hospital" and any(
                    o.agency in TRUST_UNITS and (p := _POSSESSIVE.match(text, u.end)) and o.start == p.end()
                    for o in out
                )
                if (
                    u.role == "lead"
                    and u.start >= 0
                    and (u.agency == "mental_health_services" or unit_owner)
                    and not _NAMED_BODY.search(u.text)
                ):
                    out[k] = Addressee(u.start, u.end, u.text, "local_health_trust", "lead")
        return
    for k, u in enumerate(out):
        if (
            u.role != "lead"
            or u.start < 0
            or u.agency != "mental_health_services"
            or _NAMED_BODY.search(u.text)
        ):
            continue
        for i, b in boards:
            gap = text[b.end : u.start]
            if (
                b.end <= u.start
                and not _SENTENCE_END.search(gap)
                and (_BOARD_OWNS.match(gap) or _ITS_UNIT.search(text, b.end, u.start))
            ):
                out[k] = Addressee(u.start, u.end, u.text, u.agency, "mentioned")
                out[i] = Addressee(b.start, b.end, b.text, b.agency, "lead")
                break


#: A possessive after a name: "X Hospital's ", "X Hospital’ ".
_POSSESSIVE = re.compile(r"['’]s?\s+")
#: A mental health body by name (a trust, its initials), not a team or service word.
_NAMED_BODY = re.compile(r"\b(?:Trust|NHS|FT)\b|^[A-Z]{2,}[a-z]?[A-Z]*$")
