"""A Lead cell that names several bodies, one a line, read as one run of words.

The readers join a table cell's lines with spaces, so "Essex Police" over "Princess Alexandra Hospital NHS Trust"
over "Essex County Council" reaches the agency finder as one run, and the finder's reading of a name (the
capitalised words before "Hospital NHS Trust" or "County Council" taken as part of it) can swallow the whole
body before it: "Adult Social Care Southport and Ormskirk Hospital NHS Trust" read as the hospital alone, "Princess
Alexandra Hospital NHS Trust Essex County Council" as the council alone. :func:`lead_name_parts` cuts such a run
where one found name is two whole names side by side, each a body on its own, the second starting its own name
with a proper word (a place: "Southport", "Essex"). A name wrapped over two lines stays whole: a cut is only made
before a capitalised word that follows no linking word ("Kent and Medway NHS and Social Care Partnership Trust"
has no such place), and a council before one of its own departments ("Sefton Council Adult Social Care") is the
department, one body, as the finder reads it.
"""

from __future__ import annotations

import re

#: Words that carry a name on to the next word ("Southport and Ormskirk", "Royal Borough of Greenwich"): no cut
#: after them.
_LINKS = frozenset({"and", "&", "of", "for", "the", "upon", "on", "in", "/", "-", "–", "at"})
#: A cell longer than this is prose, not a list of names; nor is a name cut in more places than this.
_MAX_WORDS = 40
_MAX_PARTS = 6
_WORD = re.compile(r"\S+")
#: The words of a body's type, which go on a name rather than start one ("... Hospital NHS Trust", "Essex
#: Partnership University NHS Foundation Trust", "County Council"): no cut before them.
_TYPE_WORDS = frozenset(
    "nhs health healthcare care social mental community partnership foundation trust ft university teaching "
    "hospital hospitals service services integrated primary acute clinical commissioning group board council "
    "county borough city district metropolitan police constabulary team unit centre department directorate "
    "safeguarding adult adults children children's childrens family families public specialist fire crime "
    "rescue ambulance probation prison".split()
)


def lead_name_parts(text: str) -> list[str]:
    """``text`` (a Lead cell) cut where one name the finder reads is two whole bodies printed one after the other,
    else ``[text]``. Each part is then read on its own."""
    parts = [text]
    for _ in range(_MAX_PARTS - 1):
        for i, part in enumerate(parts):
            cut = _cut_at(part)
            if cut is not None:
                parts[i : i + 1] = [part[:cut].strip(), part[cut:].strip()]
                break
        else:
            break
    return parts


def _cut_at(text: str) -> int | None:
    """The offset in ``text`` where a found name holds two whole names (see the module's note), or None."""
    from classification.agencies import COUNCIL_DEPARTMENTS, find_agencies

    if len(_WORD.findall(text)) > _MAX_WORDS:
        return None
    for match in find_agencies(text):
        words = list(_WORD.finditer(text, match.start, match.end))
        # the first name has two words at least: one word before a place ("NHS Northshire CCG", "HM Prison
        # Service") is the start of one name, not a body of its own
        for k in range(2, len(words) - 1):
            word, before = words[k].group(), words[k - 1].group()
            if (
                not word[:1].isupper()
                or word.lower() in _TYPE_WORDS
                or before.lower() in _LINKS
                or before.endswith((",", "-", "/"))
            ):
                continue
            head = text[match.start : words[k - 1].end()]
            tail = text[words[k].start() : match.end]
            first, second = _one_body(head), _one_body(tail)
            if not first or not second or first == second:
                continue
            if first == "local_authority" and second in COUNCIL_DEPARTMENTS:
                continue  # "Sefton Council Adult Social Care": the council's department, one body
            # the second name starts with a proper word of its own (a place): without it the rest still names a
            # body ("Southport and Ormskirk Hospital NHS Trust" -> "and Ormskirk Hospital NHS Trust"); a type
            # phrase after a body ("Essex Police Domestic Abuse Unit") names none once its first word is gone
            if not find_agencies(text[words[k].end() : match.end]):
                continue
            return words[k].start()
    return None


def _one_body(text: str) -> str | None:
    """The agency ``text`` names as a whole (one found name covering nearly all of it), else None."""
    from classification.agencies import find_agencies

    found = find_agencies(text)
    if len(found) != 1:
        return None
    return found[0].agency if found[0].end - found[0].start >= 0.8 * len(text.strip()) else None
