"""The subject a lead-in names for the lettered items under it (LABELLING-GUIDE rule 3, like a heading).

"The Panel recommends that the Safer Lewisham Partnership:", "Northshire Police should:", "Eastby Hospitals NHS
Trust and Eastby Mental Health Trust should each:", "It is recommended that the Council and Oak Homes:" over
"a) audit how ...", "b) write to ...": each item finishes the lead-in's sentence, so its subject is the items'
addressee, whatever the items name as objects ("write to the Police and Crime Commissioner", "ask Refuge to ...").

The item reader keeps such a subject only in some layouts (a "recommended that X:" lead-in followed by items in
lower case; a lead-in short enough for its subject pattern), carries it on over the next group's items where no
new one is read, and reads the first line of a lead-in a PDF wrapped ("Eastby Hospitals NHS Trust and Eastby
Mental Health" / "Trust should each:") as a heading that then stays over every item after it. This pass reads the
paragraph printed just above each run of lettered items instead: the subject it names is the run's tag, and a
heading that is a line of such a paragraph is no heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from classification.addressee_words import SUPPORTER_WORDS
from extraction.document import Line

#: "... recommends that X:", "It is recommended that X:", "The recommendation is that X:": X.
_THAT = re.compile(
    r"\brecommend(?:s|ed|ation\s+is)?\s+that\s+(?P<subject>.{3,200}?)\s*:$",
    re.IGNORECASE,
)
#: "X should:", "X should each:", "X must, within six months:", "X is asked to:", "X to:": X. (The modal is the
#: first one in the line: a subject holds none.)
_MODAL = re.compile(
    r"^(?P<subject>.{3,200}?)\s+(?:should|must|shall|will|(?:is|are)\s+(?:asked|required|expected)\s+to|to)"
    r"\b(?P<rest>[^:]{0,60}):$",
    re.IGNORECASE,
)
#: A line opening with a list marker ("3.", "3)", "(c)", "iv."): a numbered lead-in's number is no part of it.
_MARKER = re.compile(r"^\(?(?:\d+(?:\.\d+)*[.)]?|(?:[a-z]|[ivx]+)[.)])\s+", re.IGNORECASE)
#: A subject that is the recommendations themselves or the panel that makes them ("The review panel makes the
#: following recommendations to all agencies:"): no addressee.
_RECOMMENDATIONS = re.compile(r"\brecommend|\b(?:panel|author)\b", re.IGNORECASE)
#: A supporter or partner between commas after the subject ("Gwent Police, supported by Women's Aid, should:").
_SUPPORTER = re.compile(rf",\s*(?:{SUPPORTER_WORDS}|together\s+with)\s+[^,]{{2,120}}$", re.IGNORECASE)
#: A list marker printed as a line of its own ("a)" beside its item's text in a PDF): the item's, not a line above it.
_BARE_MARKER = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]?$", re.IGNORECASE)
#: What may stand between a lead-in's modal and its colon: "each", "jointly", a time ("within six months").
_REST_WORDS = 8


def lead_in_subject(text: str) -> str | None:
    """The addressee a lead-in ending in a colon names as the subject of the items under it, or None (a lead-in
    naming no body: "The panel makes the following recommendations:", "It is recommended that:")."""
    from classification.agencies import find_agencies
    from extraction.agency_context import body_name

    stripped = _MARKER.sub("", " ".join(text.split()), count=1)
    if not stripped.endswith(":") or len(stripped.split()) > 40:
        return None
    subject = None
    if m := _THAT.search(stripped):
        subject = m.group("subject")
        # "recommends that Kent Police should:" names its subject before the modal
        if inner := _MODAL.match(subject + ":"):
            subject = inner.group("subject")
    elif (m := _MODAL.match(stripped)) and len(m.group("rest").split()) <= _REST_WORDS:
        # "X, supported by Y, should:", "X, working with Y, should:": the supporter between commas is no subject
        subject = _SUPPORTER.sub("", m.group("subject").rstrip(" ,"))
        if "," in subject:
            # "Within six months, Kent Police should:": the subject is the last clause
            subject = subject.rsplit(",", 1)[1].strip()
    if not subject or _RECOMMENDATIONS.search(subject):
        return None
    subject = subject.strip(" ,")
    return subject if find_agencies(subject) or body_name(subject) else None


def _above(lines: list[Line], index: int) -> int:
    """The index of the nearest line above ``lines[index]`` that prints words (not a bare list marker), or -1."""
    k = index - 1
    while k >= 0 and (not lines[k].text.strip() or _BARE_MARKER.match(lines[k].text.strip())):
        k -= 1
    return k


def _paragraph_above(lines: list[Line], index: int, taken: set[int]) -> tuple[str, list[Line]] | None:
    """The paragraph printed just above ``lines[index]`` (a PDF's wrapped lines of one block are one paragraph),
    unless a line of it is an item's (then the run goes on from an item, and has no lead-in of its own)."""
    k = _above(lines, index)
    if k < 0 or id(lines[k]) in taken:
        return None
    last = lines[k]
    start = k
    while (
        start > 0
        and last.block >= 0
        and index - start < 5
        and (lines[start - 1].page, lines[start - 1].block) == (last.page, last.block)
        and id(lines[start - 1]) not in taken
    ):
        start -= 1
    para = lines[start : k + 1]
    return " ".join(ln.text.strip() for ln in para), para


def lead_in_subjects(items: Sequence[Any], sections: Sequence[Any]) -> None:
    """Tag each run of lettered items (and of numbered items that finish a sentence, in lower case) with the
    subject the paragraph above the run names, and drop headings that are lines of such a paragraph."""
    taken = {id(line) for item in items for line in item.lines}
    for section in sections:
        lines = section.lines
        where = {id(line): i for i, line in enumerate(lines)}
        ordered = sorted(
            (it for it in items if it.lines and id(it.lines[0]) in where),
            key=lambda it: where[id(it.lines[0])],
        )
        item_of = {id(line): it for it in ordered for line in it.lines}
        subject_of: dict[int, str | None] = {}  # id(item) -> the subject of its run
        fragments: dict[str, str | None] = {}  # a lead-in's line read as a heading -> the heading before it
        last_heading: str | None = None
        # the subjects lead-ins named: the item reader may keep one ("... recommends that X and Y:") as a heading
        # over the later runs, which have lead-ins of their own
        named: set[str] = set()
        for item in ordered:
            at = where[id(item.lines[0])]
            k = _above(lines, at)
            before = item_of.get(id(lines[k])) if k >= 0 else None
            subject = None
            if before is not None and before.style == item.style and id(before) in subject_of:
                subject = subject_of[id(before)]  # the run goes on
            elif before is not None and before.style != item.style:
                subject = lead_in_subject(before.text)  # "3. Kent Police should:" kept as an item of its own
            elif (found := _paragraph_above(lines, at, taken)) is not None:
                text, para = found
                subject = lead_in_subject(text)
                if subject and len(para) > 1:
                    for ln in para:
                        fragments.setdefault(ln.text.strip().rstrip(":"), last_heading)
            if subject:
                named.add(_key(subject))
            carried = item.heading is not None and _key(item.heading) in named
            if carried and subject and _key(item.heading or "") != _key(subject):
                item.heading = last_heading  # an earlier run's subject: no heading of this run
            elif item.heading not in fragments and not carried:
                last_heading = item.heading
            if item.style not in ("letter", "numeric"):
                continue
            subject_of[id(item)] = subject
            if item.heading in fragments:
                item.heading = fragments[item.heading]
            if subject is None or (item.style == "numeric" and not item.text.strip()[:1].islower()):
                continue
            own = " ".join(ln.text for ln in item.lines)
            if item.tag is None or item.tag not in own:
                # (a tag printed in the item itself, "[Police]", is its own; one carried from a lead-in is not)
                item.tag = subject
        for item in ordered:
            if item.heading in fragments and item.style not in ("letter", "numeric"):
                item.heading = fragments[item.heading]


def _key(name: str) -> str:
    """A subject or heading compared without its article, case or closing colon."""
    return re.sub(r"^the\s+", "", " ".join(name.split()).strip(" :").lower())
