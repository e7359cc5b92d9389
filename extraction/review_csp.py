"""The commissioning CSP as a report's first pages name it (``commissioning_csp``), as its foreword or
introduction after the contents names it (``commissioning_csp_later``), and the place the report names most when
its first pages name none that the geography places (``csp_named_most``, ``csp_for_levels``). Split out of
``extraction/review_fields.py``, which reads the review's other fields and calls these."""

from __future__ import annotations

import re

#: The place after the partnership: "the Community Safety Partnership for Wiltshire", "... of Kirklees".
_CSP_FOR_PATTERN = (
    r"(?:Community\s+Safety|Safer\s+Communities|Crime\s+Reduction)\s+Partnership\s+(?:\([A-Z]{2,5}\)\s+)?(?:for|of)\s+"
    r"(?:the\s+)?(?:(?:City|Borough|County|London\s+Borough|Royal\s+Borough)\s+of\s+)?[A-Z][\w'-]+"
    r"(?:,?\s+(?:and|&|upon|on|of|with|under|le|in)\s+(?:the\s+)?[A-Z][\w'-]+|,?\s+[A-Z][\w'-]+){0,7}"
)
_CSP_FOR = re.compile(r"\b(" + _CSP_FOR_PATTERN + ")")
_CSP = re.compile(
    # the place after the partnership first, so that "Safer Communities Partnership for Bradford" is not cut at
    # "Partnership"
    r"\b("
    + _CSP_FOR_PATTERN
    + r"|(?:(?!The\b)[A-Z][a-z][\w'-]*\s+){0,2}(?:Safer|Safe|Stronger)\s+[A-Z][\w'-]+"
    r"(?:,?\s+(?:(?:and|&|upon|on|of|with|under|le|in)\s+(?:the\s+)?)?[A-Z][\w'-]+){0,6}\s+(?:Community\s+)?Partnership"
    # a merged CSP lists its districts with commas and "&" ("Bassetlaw, Newark & Sherwood Community Safety ...")
    r"|(?!The\b)[A-Z][\w'-]+(?:,?\s+(?:(?:and|&|upon|on|of|with|under|le|in)\s+(?:the\s+)?)?[A-Z][\w'-]+){0,7}\s+Community\s+Safety"
    r"\s+Partnership"
    r"|Safe City Partnership|(?!The\b)[A-Z][\w'-]+\s+(?:Community Safety|Crime Reduction) (?:Partnership|Board)"
    # the place first: "Marlowe Vale Safer Partnership", "Thornbury and Kingsway Safer Communities Board", a
    # merged CSP's places with commas and "&" ("Adur & Worthing Safer Communities Partnership")
    r"|(?!The\b)[A-Z][\w'-]+(?:,?\s+(?:(?:and|&|with)\s+)?[A-Z][\w'-]+){0,6}\s+(?:Safer|Safe|Stronger)"
    r"(?:\s+(?:Communities|Community|Neighbourhoods))?\s+(?:Partnership|Board))"
)
#: The words before a name the partnership pattern cut at "of" / "with" ("Isle of" + "Wight Community ..."),
#: with the places a merged CSP names before it ("Cornwall and Isles of" + "Scilly Community ...").
_PLACE_BEFORE = re.compile(
    r"((?:[A-Z][\w'-]+(?:,|\s+(?:and|&)(?:\s+the)?)?\s+){1,4}(?:of|with|under|in)\s+)$"
)
#: The words of a partnership's name that name no place: "Safer Communities Partnership" alone is not a CSP read.
_GENERIC_WORDS = frozenset(
    "safer safe stronger community communities safety partnership partnerships board crime reduction the and "
    "neighbourhoods city".split()
)
# The CSP in other words: "commissioned by Stockport Council on behalf of ...", "Safer Leeds", "Harlow CSP".
_COMMISSIONED = re.compile(
    r"\b(?i:commissioned by|on behalf of|prepared for|review for)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'-]*|and|&|of|upon|on|with)(?:[ \t,]*\n?[ \t,]*(?:[A-Z][\w'-]*|and|&|of|upon|on|with)){0,8})"
)
#: The last word of a body's name, and the words that carry a name on to the next line.
_BODY_END = re.compile(r"\b(?:Partnership|Partners|Council|Board|Borough|County|District|Authority)$")
_CARRIES_ON = re.compile(r"\b(?:of|and|&|upon|on|with)$")


def _name_lines(name: str) -> str:
    """A name read across line ends, cut to the lines that are the name's: a title page's next line
    ("Introduction") is not part of it, but a PDF wraps a long name ("Nottingham Crime / and Drugs
    Partnership", "London Borough of / Hackney"). The longest run of lines ending in a body's word, else the
    first line and those it carries on to."""
    lines = [ln.strip(" ,") for ln in name.split("\n") if ln.strip(" ,")]
    if not lines:
        return name
    kept, carried = lines[0], lines[0]
    for i in range(1, len(lines)):
        if _CARRIES_ON.search(carried) and carried == " ".join(lines[:i]):
            carried = " ".join(lines[: i + 1])
        if _BODY_END.search(" ".join(lines[: i + 1])):
            kept = " ".join(lines[: i + 1])
    return kept if _BODY_END.search(kept) else carried


# "Safer Leeds", "Safer Kingston upon Hull", "Safer Neath Port Talbot", "Safer Stronger Tower Hamlets": up to four
# words after "Safer", cut by :func:`_short_name` to those its place needs (a pseudonym, a title or the next line's
# partner logos may follow)
_SHORT_CSP = re.compile(
    r"\b((?:Safer|Safe)\s+[A-Z][\w'-]+(?:,?\s+(?:(?:and|&|upon|on|of|with|under|le|in)\s+(?:the\s+)?)?[A-Z][\w'-]+){0,8})"
)


def _short_name(name: str) -> str:
    """A "Safer X" name cut to its place: the most words after "Safer" (and "Stronger") that are only places
    ("Safer Leeds" + "West Yorkshire Police" -> "Safer Leeds"; "Safer Cheshire East", "Safer Kingston upon Hull",
    "Safer Kettering & South Northamptonshire" whole); else the fewest words that place it, with the words joined on
    to them by "and" / "upon" / "with"."""
    from classification.geography import geography

    words = name.split()
    first = (
        1  # after "Safer" and the partnership's words that name no place ("Safer Communities Partnership")
    )
    while first < len(words) - 1 and words[first].lower() in _GENERIC_WORDS:
        first += 1
    for end in range(len(words), first, -1):
        if words[end - 1] not in _JOINS and geography().is_place_list(" ".join(words[first:end]).rstrip(",")):
            return " ".join(words[:end]).rstrip(",")
    end = next((n for n in range(2, len(words) + 1) if _areas(" ".join(words[:n])) is not None), None)
    if end is None:
        return name
    while end + 1 < len(words) and words[end] in _JOINS and _areas(" ".join(words[: end + 2])) is not None:
        end += 2
    return " ".join(words[:end])


_JOINS = frozenset({"and", "&", "upon", "on", "of", "with", "under", "the"})
#: A partnership's name with its place after it ("Community Safety Partnership for the Borough of Harlow").
_FOR_HEAD = re.compile(r"(.*?\b(?:Partnership|Board)\s+(?:\([A-Z]{2,5}\)\s+)?(?:for|of)\s+)(.+)")
#: The words a partnership's own name starts with, after its place.
_OWN_WORDS = frozenset(
    "Community Communities Safer Safe Stronger Crime Partnership CSP Domestic Board".split()
)
#: The words a partnership's or council's name ends with after its place.
_TRAILING = _OWN_WORDS | frozenset(
    "Safety Reduction Disorder Abuse Partnerships Neighbourhoods Council Corporation".split()
)
_INITIALS = re.compile(r"\([A-Z]{2,5}\)")


def _place_part(name: str) -> str:
    """``name`` cut to its place's words where they are only places (one, or a merged CSP's list joined by commas,
    "and" and "&") with the partnership's own words around them: the title words or partner logos run on before
    them ("NHS Kent Integrated Care Board Rother CSP" -> "Rother CSP", "Kent Safer Gravesham Partnership" ->
    "Safer Gravesham Partnership") or the next lines' words after a place written last ("... for Harlow
    Introduction Kent County Council" -> "... for Harlow"). A name whose words are not only places (a brand) is
    left as it is."""
    from classification.geography import geography

    geo = geography()
    if m := _FOR_HEAD.fullmatch(name):
        head = m.group(1).split()
        first = len(head) - 1  # the partnership's own words before "for" / "of", not what ran on before them
        while first > 0 and (head[first - 1] in _TRAILING or _INITIALS.fullmatch(head[first - 1])):
            first -= 1
        words = m.group(2).split()
        for end in range(len(words), 0, -1):
            if words[end - 1] not in _JOINS and geo.is_place_list(" ".join(words[:end]).rstrip(",")):
                return " ".join([*head[first:], *words[:end]]).rstrip(",")
        return name
    words = name.split()
    end = len(words)
    while end > 0 and words[end - 1] in _TRAILING:
        end -= 1
    for start in range(end):
        if words[start].lower() not in _JOINS and geo.is_place_list(" ".join(words[start:end]).rstrip(",")):
            while start > 0 and words[start - 1] in ("Safer", "Safe", "Stronger"):
                start -= 1
            return " ".join(words[start:])
    return name


_ACRONYM_CSP = re.compile(
    r"\b((?!(?:Review|Report|Overview|Summary)\b)[A-Z][\w'-]+"
    r"(?:,?\s+(?:(?:and|&|upon|on|of|with|under|le|in)\s+(?:the\s+)?)?[A-Z][\w'-]+){0,7})\s+(?:CSP|Community Safety)\b"
)


# words that follow a CSP's name on a title page without being part of it ("Safer Leeds Domestic Homicide Review")
_CSP_TAIL = re.compile(
    r"(?:[\s,]+(?:and|&|of|on|upon|with|Domestic|Homicide|DHR|DARDR|Review|Overview|Report|Executive|Summary|Final))+$"
)


_COUNCIL = re.compile(
    r"\b(?:[A-Z][\w'-]+(?:\s+(?:and|upon|on)\s+|\s+)){1,4}"
    r"(?:City\s+|Borough\s+|County\s+|District\s+|Metropolitan\s+Borough\s+)?Council\b"
)


_WIDE_BODY = re.compile(
    r"\b(?:NHS\s+)?(?:[A-Z][\w'&-]*\s+(?:(?:and|&|of|upon|on)\s+)?){1,5}"
    r"(?:County\s+Council|Fire\s+(?:and|&)\s+Rescue(?:\s+Service|\s+Authority)?|Fire\s+Service|"
    r"Integrated\s+Care\s+(?:Board|System)|ICB|Clinical\s+Commissioning\s+Groups?|CCGs?|"
    r"(?:University\s+)?Health\s+Board|(?:NHS\s+)?(?:Foundation\s+)?Trust|Ambulance\s+Service|Probation\b[\w ]{0,20}?|"
    r"Safeguarding\s+(?:Adults|Children)(?:'s)?\s+(?:Board|Partnership))\b"
)


#: A word in lower case, the small words inside place names left ("Newcastle upon Tyne", "Brighton and Hove").
_LOWER_WORD = re.compile(r"\b(?!(?:and|upon|on|of|the|in|under|by|le|next|sea)\b)[a-z][\w'-]*")


def csp_named_most(text: str) -> str | None:
    """For a report whose first pages name no CSP: the place it names most often (police forces' names left
    out), when one place is named more than any other (on a tie, the one whose council is named); None
    otherwise. A place whose own council the report names (an addressee: "Charnwood Borough Council should
    ...") comes before places named only in passing or in providers' and wide bodies' names (the city whose
    hospitals treated the victim, the places another area's agencies came from), and a former county (Gwent,
    Cleveland) is no CSP's area today."""
    from classification.geography import geography

    geo = geography()
    # the names of county- or force-wide bodies name their areas, not the review's: a district's report names
    # its county's council, fire service and ICB more often than the district itself
    # and a place is a name, so written with a capital: "reading", "bath" and "bury" in lower case are words
    counts = geo.place_counts(_LOWER_WORD.sub(" xq ", _WIDE_BODY.sub(_wide_body_out, text)))
    for place in [p for p in counts if p in geo.areas and geo.areas[p].kind in _NO_CSP_KINDS]:
        del counts[place]
    top = counts.most_common()
    if not top:
        return None
    # the places whose own council is named: a district's or unitary's (a Welsh county's "County Council" is
    # its own), not a two-tier county's, whose council every district's report names
    councils = geo.place_counts(" ; ".join(m.group(0) for m in _COUNCIL.finditer(text)))
    own_council = [(place, n) for place, n in top if councils[place] and _single_area(place)]
    if own_council:
        top = own_council
    tied = [place for place, n in top if n == top[0][1]]
    if len(tied) > 1:
        # a tie: the place whose council the report names ("Sheffield City Council" is an addressee of the
        # review; "an earlier Harlow review" only cites another area's), when only one of them has it
        tied = [place for place in tied if councils[place]]
    return tied[0] if len(tied) == 1 else None


#: Rows that are no CSP's area today: a former county (Gwent, Cleveland, Avon) or a group of areas.
_NO_CSP_KINDS = frozenset({"former_county", "area_group"})


def _single_area(place: str) -> bool:
    """Whether a place counted is one council area of today (not a two-tier county or a group of areas); a
    merged CSP's name (not a row of the table) counts as its own."""
    from classification.geography import geography

    area = geography().areas.get(place)
    return area is None or area.current


def _wide_body_out(m: re.Match[str]) -> str:
    """A wide body's name blanked out of the text :func:`csp_named_most` counts, but a "County Council" of one
    council area kept (a Welsh county's, a unitary county's: "Monmouthshire County Council" is its own area's
    council, not a county's over several districts)."""
    from classification.geography import geography

    name = m.group(0)
    if name.endswith("Council"):
        places = geography().place_names(name)
        if places and all(_single_area(p) for p in places):
            return name
    return " "


def csp_for_levels(csp: str | None, text: str) -> str | None:
    """The place the levels are read for when the first pages name no CSP, or name one the geography cannot
    place (a partnership's brand name): the place the report names most (:func:`csp_named_most`); None when the
    CSP named is placed, or no place stands out. For a CSP named but not placed, only a place a CSP covers today
    (a unitary, a borough, a district) stands in for it: a county named most is the area the unplaced CSP is a
    part of, not the CSP (its police recommendations are then read by the force named, as before)."""
    from classification.geography import geography, resolve_csp

    if csp is not None and resolve_csp(csp) is not None:
        return None
    most = csp_named_most(text)
    if most is None or csp is None:
        return most
    area = geography().areas.get(most)  # None for a merged CSP's name (its districts are current areas)
    return most if area is None or area.current else None


def commissioning_csp(text: str) -> str | None:
    """The commissioning CSP named in the report's first pages: a partnership's name ("Safer Northshire
    Partnership", "Harlow Community Safety Partnership"); else the body it was commissioned by or for, a
    "Safer X" / "Safe X" name or "X CSP", or a partnership or council named on the title page, kept when the
    geography recognises the place in it. Title lines in capitals ("SAFER STOCKPORT PARTNERSHIP") are read as
    the same words in title case."""
    found = _read_csp(text)
    if found is None and _CAPS_LINE.search(text):
        found = _read_csp("\n".join(_title_case(line) for line in text.splitlines()))
    return found


_CAPS_LINE = re.compile(r"^[^a-z\n]*[A-Z]{3,}[^a-z\n]*$", re.M)
_SMALL_WORDS = {"and", "of", "upon", "on", "the", "in", "with", "for", "by"}


def _title_case(line: str) -> str:
    """A line in capitals in title case, its short initials kept ("HARLOW CSP" -> "Harlow CSP")."""
    if not _CAPS_LINE.fullmatch(line):
        return line
    words = []
    for i, word in enumerate(line.split(" ")):
        low = word.lower()
        if low in _SMALL_WORDS and i:
            words.append(low)
        elif len(word) <= 3 and word.isalpha():
            words.append(word)  # CSP, DHR, RCT, BCP
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


# the report's own title words before a partnership's name on a title page ("Domestic Homicide Review Blackpool ...")
_CSP_HEAD = re.compile(
    r"^(?:(?:Domestic|Homicide|Abuse|Related|Death|Review|Overview|Report|Executive|Summary|DHR|DARDR|Final|"
    r"Into|Of|The)[,:]?\s+)+(?=[A-Z])"
)
# on the title page only: any partnership named with a place ("Sheffield Safer and Sustainable Communities
# Partnership", "Brighton & Hove Safe in the City Partnership"), then the council that commissioned the report
_TITLE_PARTNERSHIP = re.compile(
    r"((?:The\s+)?[A-Z][\w'&-]*(?:,?\s+(?:(?:and|&|in|the|of|upon|on|for|with|under)\s+)*[A-Z][\w'&-]*){0,8}\s+"
    r"Partnership(?:\s+Board)?)"
)
_TITLE_COUNCIL = re.compile(
    r"(?:The\s+)?((?:London|Royal)\s+Borough\s+of\s+[A-Z][\w'-]+(?:\s+(?:and|upon)\s+[A-Z][\w'-]+|\s+[A-Z][\w'-]+){0,2}"
    r"|[A-Z][\w'-]+(?:,?\s+(?:and|&|with|upon|on|of|under)\s+[A-Z][\w'-]+|,?\s+[A-Z][\w'-]+){0,5}\s+"
    r"(?:City\s+|Borough\s+|County\s+Borough\s+|District\s+|Metropolitan\s+Borough\s+|County\s+)?"
    r"(?:Council|Corporation)"
    # the area alone under the title, as a council's cover prints it ("Dartford Borough")
    r"|[A-Z][\w'-]+(?:,?\s+(?:and|&|with|upon|on|under)\s+[A-Z][\w'-]+|,?\s+[A-Z][\w'-]+){0,5}\s+(?:Borough|District|County Borough))"
)
# a labelled field on the title page or in its details table: "Commissioning CSP: X", "Community Safety
# Partnership | X", "Commissioned by | X" (the value on the same line, or on the next when a table's cells are lines)
_CSP_LABEL = re.compile(
    r"(?i:commissioning\s+(?:csp|partnership|body|organisation|authority|area)|csp|community\s+safety\s+partnership|"
    r"(?:review\s+)?commissioned\s+by|local\s+authority(?:\s+area)?)"
)
_CSP_FIELD = re.compile(rf"(?:{_CSP_LABEL.pattern})\s*[:\-\u2013|]\s*(.+)")
# a title line naming the partnership first and its place after ("Community Safety Partnership Luton")
_TITLE_PARTNERSHIP_AFTER = re.compile(
    r"(?:Community\s+Safety|Safer\s+Communities|Crime\s+Reduction)\s+Partnership\s+"
    r"[A-Z][\w'-]+(?:,?\s+(?:and|&|upon|on|of|with|under|le|in)\s+(?:the\s+)?[A-Z][\w'-]+|,?\s+[A-Z][\w'-]+){0,7}"
)
# a partnership's name with its place in brackets after it ("The Stronger Communities Partnership (Barnsley)")
_TITLE_PAREN = re.compile(r"[^()]*\b(?:Partnership|Board)\s*\(([A-Z][\w' &,-]+)\)")
_TITLE_LINES = 12
# a title or running header that names the review by its area ("Kent DHR Mrs V", "Cherwell Domestic Homicide
# Review into the death of ..."): the area whose partnership commissioned it, when nothing else names one
_TITLE_REVIEW = re.compile(
    r"(?:The\s+)?([A-Z][\w'-]+(?:,?\s+(?:and|&|upon|on|of|with|under|le|in)\s+[A-Z][\w'-]+|,?\s+[A-Z][\w'-]+){0,5})\s+"
    r"(?:DHR|DARDR|Domestic\s+Homicide\s+Review|Domestic\s+Abuse\s+Related\s+Death\s+Review)\b"
)
# a partnership known by a brand name says which area's CSP it is: "Safe and Sound is the community safety
# partnership for the borough of Dudley", "... acts as the statutory Community Safety Partnership for Thurrock", or in
# apposition ("The Safer City Partnership, the community safety partnership for the Square Mile, commissioned ...")
_CSP_DEFINED = re.compile(
    r"(?:\b(?i:is|as|being)\s+(?i:the|its)|,\s*(?i:the))\s+(?i:(?:statutory\s+)?(?:community\s+safety|crime\s+and\s+disorder\s+"
    r"reduction)\s+partnership\s+(?:for|of|in|covering)\s+(?:the\s+)?(?:(?:city|borough|county|district|"
    r"county\s+borough|metropolitan\s+borough|london\s+borough|royal\s+borough)\s+of\s+)?)"
    r"([A-Z][\w'-]+(?:,?\s+(?:and|&|upon|on|of|with|under|le|in)\s+(?:the\s+)?[A-Z][\w'-]+|,?\s+[A-Z][\w'-]+){0,7})"
)


def _defined_place(flat: str) -> str | None:
    """The place a sentence names as the area whose community safety partnership the report's is."""
    for m in _CSP_DEFINED.finditer(flat):
        if place := _place_words(_CSP_TAIL.sub("", m.group(1))):
            return place
    return None


#: Title-page words that run on after a place written last ("... for Bristol" + "Introduction", "The", "Adult A"),
#: the only words cut off a name (a brand's own last word stays: "Safer Sefton Together").
_RUN_ON = frozenset(
    "Introduction Contents The Adult Child Mr Mrs Ms Miss A B C D E F G H J K L M N P R S T Overview Executive "
    "Summary Report Final Version Draft Independent Chair Author Domestic Homicide Abuse Related Death Review "
    "Reviews DHR DARDR Into Of In Concerning Regarding".split()
)


def _place_words(name: str) -> str | None:
    """``name`` without the title-page words run on after its place ("... for Bristol Introduction The": the
    next lines of a title page), dropped while the place it names stays the same; None when it places nowhere."""
    from classification.geography import resolve_csp

    area = resolve_csp(name)
    if area is None:
        return None
    words = name.split()
    while len(words) > 1 and words[-1] in _RUN_ON:
        shorter = resolve_csp(" ".join(words[:-1]))
        if shorter is None or (shorter.covered, shorter.partial) != (area.covered, area.partial):
            break
        words.pop()
    return " ".join(words)


def _areas(name: str) -> frozenset[str] | None:
    from classification.geography import resolve_csp

    area = resolve_csp(name)
    return None if area is None else frozenset(area.covered | area.partial)


def _joined_before(before: str, name: str) -> str:
    """``name`` with the words before it that the partnership pattern cut at "of" or "with": a place that joins
    its words so ("Isle of Wight", "Blackburn with Darwen"), alone or after the other places of a merged CSP
    ("Cornwall and the Isles of Scilly"): the longest such name the geography places to other areas than a
    shorter one ("Scilly" alone is the Isles, not Cornwall with them; "London" is not the City of London);
    words that leave the areas as they are (the title's "Review" before "Isle of Wight") stay out."""
    found = _PLACE_BEFORE.search(before)
    if not found:
        return name
    best, best_areas = name, _areas(name)
    words = found.group(1).split(" ")
    for start in range(len(words) - 2, -1, -1):  # the fewest words first
        longer = " ".join(words[start:]) + name
        if words[start] in ("and", "&", "the"):
            continue
        areas = _areas(longer)
        if areas is not None and areas != best_areas:
            best, best_areas = longer, areas
    return best


def _places_first(name: str) -> bool:
    """Whether the words of ``name`` before its partnership's own words are only places, from the first."""
    from classification.geography import geography

    words = name.split()
    own = next((i for i, w in enumerate(words) if w in _OWN_WORDS), len(words))
    return own > 0 and geography().is_place_list(" ".join(words[:own]).rstrip(","))


#: The words that start a partnership's own name ("Safer Southwark Partnership", "Harlow Community Safety ...").
_PARTNERSHIP_WORD = re.compile(r"\b(?:Safer|Safe|Stronger|Community|Communities|Crime|Partnership|Board)\b")


def _areas_of_lines(lines: list[str]) -> bool:
    """Whether lines are places alone (a council's or a logo's place over a partnership's name)."""
    from classification.geography import geography

    return geography().is_place_list(" ".join(lines).strip(" ,"))


def _own_lines(name: str) -> str:
    """``name`` (read across line ends) without the lines before the one its partnership's words start on, when
    they are a line of their own: a title page prints partner logos or a council above the partnership ("...
    | NHS South East London" over "Safer Southwark Partnership"), which the flattened text runs into the name.
    A line that carries on ("Broxtowe, Gedling &") stays, and so does one whose words the rest's place needs: the
    lines dropped may only add places ("Bath and North East" over "Somerset Community Safety Partnership" is one
    name, which the rest alone would place elsewhere)."""
    lines = name.split("\n")
    start = next((i for i, ln in enumerate(lines) if _PARTNERSHIP_WORD.search(ln)), 0)
    last = lines[start - 1].rstrip() if start else ""
    if start == 0 or _CARRIES_ON.search(last) or last.endswith((",", "&")):
        return name
    rest = "\n".join(lines[start:])
    flat_rest = rest.replace("\n", " ")
    cut = _place_part(name.replace("\n", " "))
    if len(cut) > len(flat_rest) and cut.endswith(flat_rest) and _places_first(cut):
        return (
            cut  # the lines above hold the first words of its places ("South" over "Somerset Community ...")
        )
    whole, own = _areas(name.replace("\n", " ")), _areas(rest.replace("\n", " "))
    return rest if rest[:1].isupper() and whole is not None and own is not None and own <= whole else name


#: What follows a partnership named as a recommendation's addressee ("The Safer Devon Partnership should publish
#: ...", "The Harlow CSP (HCSP) must ..."): a short report's recommendations on its first pages name the county's
#: or a neighbour's partnership so, which is not the review's commissioner.
_ASKED = re.compile(r"\s*(?:\([A-Z]{2,6}\)\s*)?(?:should|must|shall|is\s+asked\s+to|is\s+recommended\s+to)\b")


def _asked_at(flat: str, end: int) -> bool:
    """Whether the name ending at ``end`` in ``flat`` is the subject of a recommendation (bounded look-ahead)."""
    return bool(_ASKED.match(flat[end : end + 40]))


def _read_csp(text: str) -> str | None:
    # the text flattened, and the same characters with the line ends kept (``lined`` is ``flat`` with "\n"
    # where a line ended), so that a name matched in ``flat`` can be cut at its lines
    lined = "\n".join(" ".join(ln.split()) for ln in text.splitlines() if ln.strip())
    flat = lined.replace("\n", " ")
    # who commissioned it, where a sentence says so: before the other partnerships its first pages name (an
    # earlier review by a neighbouring area's CSP, the area the victim moved from); a council so named, before
    # the partnerships named after it (a title page's partnership above it stays first)
    if cued := _cued_csp(flat):
        return cued
    council = _cued_council(flat)
    for m in _CSP.finditer(flat):
        if council is not None and m.start(1) > council[0]:
            return council[1]
        if _asked_at(flat, m.end(1)):
            continue  # a recommendation's addressee ("The Safer Devon Partnership should ..."), not its commissioner
        # a title page's next words run on after a place written last ("... for Wiltshire Domestic Homicide"),
        # and its title may run into the name before it
        own = _own_lines(lined[m.start(1) : m.end(1)]).replace("\n", " ")
        name = _CSP_HEAD.sub("", _CSP_TAIL.sub("", own))
        cut = _place_part(name)
        if all(w.lower() in _GENERIC_WORDS for w in re.findall(r"[A-Za-z']+", name)):
            # a name with no place ("the Safer Communities Partnership"): its place may follow ("... for
            # Bristol"), which the match missed when title words before it ran into it; else look further
            placed = _CSP_FOR.search(flat, m.start(1))
            if (
                placed
                and placed.start(1) < m.end(1)
                and (whole := _place_words(_CSP_TAIL.sub("", placed.group(1))))
            ):
                return whole
            continue
        # a name cut at its own lines has nothing before it to join
        name = (
            _joined_before(flat[: m.start(1)], name)
            if len(own) == m.end(1) - m.start(1) and cut == name
            else cut
        )
        if _areas(name) is None and (place := _defined_place(flat)):
            return f"{name} ({place})"  # a brand name, placed by the sentence that says whose CSP it is
        return name
    lines = "\n".join(" ".join(ln.split()) for ln in text.splitlines())  # _COMMISSIONED reads line ends
    rows = [ln.strip() for ln in lines.splitlines() if ln.strip()]
    fields = [m.group(1) for ln in rows if (m := _CSP_FIELD.fullmatch(ln))]
    fields += [
        value for label, value in zip(rows, rows[1:], strict=False) if _CSP_LABEL.fullmatch(label.rstrip(":"))
    ]
    # a name, not a sentence that happens to name a place
    candidates = [v for v in fields if len(v.split()) <= 8 and not v.rstrip().endswith((".", ";"))]
    # a partnership's short name printed above the council that commissioned the review for it ("Safer Harlow"
    # over "Commissioned by Essex County Council")
    before = flat[: council[0]] if council is not None else ""
    candidates += [
        _short_name(m.group(1)) for m in _SHORT_CSP.finditer(before) if not _asked_at(before, m.end())
    ]
    candidates += [m.group(0) for m in _ACRONYM_CSP.finditer(before) if not _asked_at(before, m.end())]
    candidates += [_name_lines(m.group(1)) for m in _COMMISSIONED.finditer(lines)]
    candidates += [_short_name(m.group(1)) for m in _SHORT_CSP.finditer(flat) if not _asked_at(flat, m.end())]
    candidates += [m.group(0) for m in _ACRONYM_CSP.finditer(flat) if not _asked_at(flat, m.end())]
    title = [ln for ln in lines.splitlines() if ln.strip()][:_TITLE_LINES]
    # a title page's line that is a name alone (a sentence naming a county's council or board is not the CSP)
    candidates += [
        _CSP_HEAD.sub("", m.group(1)) for ln in title if (m := _TITLE_PARTNERSHIP.fullmatch(ln.strip(" .,:")))
    ]
    candidates += [m.group(1) for ln in title if (m := _TITLE_COUNCIL.fullmatch(ln.strip(" .,:")))]
    candidates += [m.group(0) for ln in title if (m := _TITLE_PARTNERSHIP_AFTER.fullmatch(ln.strip(" .,:")))]
    candidates += [m.group(1) for ln in title if (m := _TITLE_PAREN.fullmatch(ln.strip(" .,:")))]
    if place := _defined_place(flat):
        candidates.append(f"Community Safety Partnership for {place}")
    candidates += [m.group(1) for ln in title if (m := _TITLE_REVIEW.match(ln.strip(" .,:")))]
    for candidate in candidates:
        if name := _place_words(_place_part(_CSP_TAIL.sub("", candidate.strip(" ,")))):
            return name
    return None


#: A sentence that names the review's own partnership: who commissioned it, or whose chair writes its foreword
_OWN_CSP_CUE = re.compile(
    r"\b(?i:commissioned\s+by|on\s+behalf\s+of|(?:independent\s+)?chair\s+of|chaired\s+by)\s+(?:the\s+)?(?=[A-Z])"
)


def commissioning_csp_later(text: str) -> str | None:
    """The CSP of a report whose first pages name none, read from the next pages (a foreword or introduction after
    the contents): only a partnership's name after "commissioned by", "on behalf of" or "Chair of", and only one
    the geography places; those pages' other partnerships are the recommendations' addressees, not the
    commissioner."""
    return _cued_csp(" ".join(text.split()))


def _cued_csp(flat: str) -> str | None:
    """The first partnership named right after "commissioned by", "on behalf of" or "Chair of", or as the subject
    of its decision to review, that the geography places ("... by the Harlow CSP", "... of Safer Leeds", "The
    Community Safety Partnership for Bristol agreed ...")."""
    for cue in _OWN_CSP_CUE.finditer(flat):
        at = cue.end()
        names = [m.group(1) for m in [_CSP.match(flat, at)] if m]
        if m := _ACRONYM_CSP.match(flat, at):
            names.append(m.group(0))
        if m := _SHORT_CSP.match(flat, at):
            names.append(_short_name(m.group(1)))
        for found in names:
            if name := _place_words(_place_part(_CSP_HEAD.sub("", _CSP_TAIL.sub("", found)))):
                return name
    for found in _ACTING.finditer(flat):
        if name := _place_words(_place_part(_CSP_HEAD.sub("", _CSP_TAIL.sub("", found.group(1))))):
            return name
    return None


def _cued_council(flat: str) -> tuple[int, str] | None:
    """Where a sentence says a council commissioned the review ("commissioned by Harlow District Council"), and
    the council's name."""
    for cue in _COMMISSIONED_BY.finditer(flat):
        if (m := _TITLE_COUNCIL.match(flat, cue.end())) and (name := _place_words(_place_part(m.group(1)))):
            return cue.start(), name
    return None


#: A partnership as the subject of its decision to review ("The Harlow CSP agreed that the death met the criteria",
#: "Safer Leeds commissioned this review"): its name, read as the partnership patterns read it.
_ACTING = re.compile(
    r"\b(" + _CSP.pattern[3:-1] + r"|" + _ACRONYM_CSP.pattern[2:] + r"|" + _SHORT_CSP.pattern[3:-1] + r")"
    r"\s+(?:(?:has|had|then|subsequently|formally)\s+)?(?:commissioned|agreed|decided|determined|resolved)\b"
)
_COMMISSIONED_BY = re.compile(r"\b(?i:commissioned\s+by)\s+(?:the\s+)?(?=[A-Z])")
