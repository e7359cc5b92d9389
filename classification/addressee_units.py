"""A trust's own units and staff among a recommendation's addressees: "The Trust's maternity service to ...",
"Whittington Health should ensure that health visitors ...", "School nurses to ..." under a trust's heading.

LABELLING-GUIDE.md rules 1 and 5, as the agency sets read them (sets E-J): a unit or the staff of a trust the text
or its heading names act for that trust, so the trust is the addressee, not a second body; and a trust's
community arm (health visiting, school nursing, district and community nursing) is ``local_health_trust`` even
where the trust is an acute or mental health one that also runs community services (Whittington Health,
Northumbria Healthcare, Leicestershire Partnership).
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


def own_units(
    text: str, out: list[Addressee], trust_ends: list[int], heading_trust: bool
) -> tuple[bool, bool]:
    """Make the units and staff of a trust the text or heading names no addressees of their own (in place).

    Args:
        text: the recommendation.
        out: its mentions with their roles, changed in place.
        trust_ends: where generic references to the heading's trust that act end ("The Trust" in "The Trust's
            maternity service", "The Trust should ensure that the emergency department ...").
        heading_trust: the heading names an NHS provider.

    Returns:
        (a unit of the heading's trust is the text's actor, so the heading is labelled for it; the units that act
        are all the community arm, so an acute or mental health owner is ``local_health_trust``).
    """
    from classification.addressees import Addressee

    _provided_by(text, out)
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
    community = bool(acting) and all(u == COMMUNITY_UNIT for u in acting)
    if community:
        for i, a in enumerate(out):
            if a.role == "lead" and a.start >= 0 and a.agency in ARM_OWNERS and a.end in named:
                out[i] = Addressee(a.start, a.end, a.text, "local_health_trust", a.role)
    return for_heading, community


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


#: A Welsh university health board ("Betsi Cadwaladr University Health Board", "BCUHB", "the Health Board").
_BOARD = re.compile(r"\b(?:Health\s+Board|[A-Z]{0,4}UHB)\b", re.I)
#: What stands between a board and its own unit: "X's [place] ...", "X should ensure that its ...".
_BOARD_OWNS = re.compile(r"['’]s?\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:own\s+)?$")
_ITS_UNIT = re.compile(r"\bits\s+(?:own\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$", re.I)


def board_units(text: str, out: list[Addressee]) -> None:
    """A Welsh health board's own mental health team or service ("The Health Board's Blaenau Gwent community mental
    health team to ...", "BCUHB's CMHT", "X UHB should ensure that its crisis team ...") is the board acting: a
    health board runs every NHS service of its area, so it is ``local_health_trust`` whatever its department acts
    (the agencies sets B, F, J-L), not a second, mental health, body (in place)."""
    from classification.addressees import Addressee

    boards = [
        (i, a)
        for i, a in enumerate(out)
        if a.start >= 0 and a.agency == "local_health_trust" and _BOARD.search(a.text)
    ]
    if not boards:
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


#: A mental health body by name (a trust, its initials), not a team or service word.
_NAMED_BODY = re.compile(r"\b(?:Trust|NHS|FT)\b|^[A-Z]{2,}[a-z]?[A-Z]*$")
