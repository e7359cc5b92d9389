"""What a document says about its addressees outside a recommendation's own words.

* Agency acronyms it defines for itself ("Safer Lewisham Partnership (SLP)", a glossary line "SLP - Safer
  Lewisham Partnership", a glossary table's row "SLP | Safer Lewisham Partnership"), so that a recommendation
  whose subject is written only as those initials ("SLP should ...") is labelled with the agency they stand for.
* The addressee a lead-in sentence names for the list under it ("The following recommendations are for Kent
  Police:", "For the Wealdmoor Hospitals NHS Trust, the panel recommends:"): LABELLING-GUIDE rule 3, like a
  heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from classification.addressee_words import names_no_body
from classification.agency_topics import unknown_named_subject  # noqa: F401 - re-exported for the pipeline
from classification.glossary import expand_glossary
from extraction.document import Document, Line

#: "Tees, Esk and Wear Valleys NHS Foundation Trust (TEWV)": a name may hold commas between its place words
#: (read with the comma here; :func:`_comma_name` then keeps the part that is the name the initials stand for).
_ACRONYM_DEFINED = re.compile(
    r"\b(?P<name>[A-Z][\w'&-]*(?:,?\s+(?:and|of|for|the|&|[A-Z][\w'&-]*)){1,9})\s+\((?:the\s+)?(?P<acr>[A-Z][A-Za-z]{1,7})\)"
)
_GLOSSARY_LINE = re.compile(
    r"^(?P<acr>[A-Z][A-Za-z]{1,7})\s*(?:[:\-–=]|\s{2,}|\t)\s*(?P<name>[A-Z][^.;]{4,90})$"
)
#: A glossary line whose meaning runs on past a name's length (a description after the name, cut off).
_GLOSSARY_LONG = re.compile(
    r"^(?P<acr>[A-Z][A-Za-z]{1,7})\s*(?:[:\-–=]|\s{2,}|\t)\s*(?P<name>[A-Z][^.;]{4,300})$"
)
#: A short name the document gives a body it names in full: "Northshire Safeguarding Adults Board ('the Board')",
#: "Northshire Domestic Abuse Partnership (the Partnership)", "Northshire Partnership NHS Foundation Trust (the
#: Trust)", "Northshire Fire and Rescue Service (the Service)": "the Board" is then that board, "the Trust" that
#: trust's type, not the gazetteer's guess for a bare "Board" / "Partnership" (a CSP) or "Trust" (an unclear
#: NHS trust); "Northshire Domestic Abuse Forum (the Forum)", "... Strategic Group (the Group)" likewise. Not "the
#: Panel": a report's "the Panel" is nearly always its own review panel, never an addressee, whatever else it
#: defines so.
_ALIAS_DEFINED = re.compile(
    r"\b(?P<name>[A-Z][\w'&-]*(?:\s+(?:and|of|for|the|&|[A-Z][\w'&-]*)){1,9})\s+\((?:hereafter\s+|referred\s+to\s+as\s+)?"
    r"[\"“‘']?(?P<acr>[Tt]he\s+(?:Partnership|Board|Trust|Service|Force|Constabulary|Council|Alliance|Forum|Group))"
    r"[\"”’']?\)"
)
#: A short name of several words, or with an apostrophe, that a document gives a body it names in full: its own
#: first words in brackets ("St Mary's Hospitals NHS Foundation Trust (St Mary's)", "Royal Free London NHS
#: Foundation Trust (Royal Free)"); one plain word is :data:`_ACRONYM_DEFINED`'s.
_FIRST_WORDS_DEFINED = re.compile(
    r"\b(?P<name>[A-Z][\w'’&-]*(?:\s+(?:and|of|for|the|&|[A-Z][\w'’&-]*)){2,9})\s+\((?P<acr>[A-Z][\w'’&-]*"
    r"(?:\s+[A-Z][\w'’&-]*){0,2})\)"
)
#: Initials defined in a key run into a sentence or a list of them ("NP: Northshire Police; HCC ASC: Hertfordshire
#: County Council Adult Care Services."): after a sentence's end or a semicolon, up to the next one; every word of
#: the initials has two capitals ("Lead Agency: X" is a labelled line).
_KEY_DEFINED = re.compile(
    r"(?:^|[.;]\s+)(?P<acr>(?=(?:[a-z&]*[A-Z]){2})[A-Z][A-Za-z&]{1,7}(?:\s(?=(?:[a-z&]*[A-Z]){2})[A-Z][A-Za-z&]{1,5})?)"
    r":\s+(?P<name>[A-Z][^.;:]{4,90}?)(?=\s*[;.])"
)
#: A body's type given in brackets after its name: "Kernow Health CIC (the GP federation)", "Westfield Care (the
#: community trust)", "Harbour Homes (our housing provider)": the name, unknown to the gazetteer, is a body of that
#: type wherever the document uses it (a Lead cell "Kernow Health CIC" is the GP federation). The type is a few
#: words ending in a lower-case noun, after an article or "our".
_KIND_GIVEN = re.compile(
    r"\b(?P<name>[A-Z][\w'’&-]*(?:\s+(?:and|of|for|&|[A-Z][\w'’&-]*)){0,7})\s+\((?:the|our|its|their|a|an)\s+"
    r"(?P<kind>(?:[A-Za-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\)"
)
#: Capitalised words that start a sentence before a name, not part of it ("However Kernow Health CIC ...").
_SENTENCE_START = frozenset(
    "the however both also then in at from with by for and but as when while since after before".split()
)
#: A glossary cell or line holding only the initials ("FDAS"), its meaning in the next cell or line.
_ACRONYM_ONLY = re.compile(r"^[A-Z][A-Za-z&]{1,7}$")
_NAME = re.compile(r"^[A-Z][^.;]{4,90}$")
#: Where a glossary cell's meaning goes on past the name: a comma, a spaced dash or a bracket.
_NAME_GOES_ON = re.compile(r",|\s[-–]\s|\s\(")


#: What a glossary's meaning cell says after the name: "Northern Care Alliance NHS Foundation Trust, which runs
#: Rochdale Infirmary ...", "..., the mental health trust for the borough", "... (formerly ...)": a description
#: of the body, which may run past any name's length; the name is the words before it.
_GLOSS_AFTER_NAME = re.compile(
    r",\s+(?=(?:which|who|whose|the|a|an|now|formerly|previously|known|part|run|hosted|commissioned|"
    r"responsible|providing|that)\b)|\s+\((?=[a-z])"
)


def _defined_in_tables(document: Document) -> list[tuple[str, str]]:
    """(initials, name) of glossary tables: a native table's two-cell rows, and in a PDF's text the same rows
    printed as an initials-only line over (or beside) its meaning."""
    out: list[tuple[str, str]] = []
    for page in document.pages:
        for table in page.native_tables:
            for row in table:
                cells = [str(c).strip() for c in row if c and str(c).strip()]
                if len(cells) < 2 or not _ACRONYM_ONLY.match(cells[0]):
                    continue
                meaning = _GLOSS_AFTER_NAME.split(cells[1], maxsplit=1)[0].strip()
                if len(meaning) > 90:
                    # a meaning that goes on past the body's name in another way ("... NHS Foundation Trust - runs
                    # Rochdale Infirmary and ..."): the name before its first comma, spaced dash or bracket
                    meaning = _NAME_GOES_ON.split(meaning, maxsplit=1)[0].strip()
                if _NAME.match(meaning):
                    out.append((cells[0], meaning))
    lines = list(document.lines())
    for this, nxt in zip(lines, lines[1:], strict=False):
        acr, name = this.text.strip(), nxt.text.strip()
        if _ACRONYM_ONLY.match(acr) and _NAME.match(name) and _printed_as_entry(this, nxt):
            out.append((acr, name))
    return out


def _printed_as_entry(initials: Line, name: Line) -> bool:
    """Whether two lines in reading order sit as a glossary prints an entry: the meaning beside the initials (one
    row of a two-column table) or just under them at their left edge. Cells of a plan table read line by line
    are not: a Lead cell's initials ("CCG") and the next row's Lead cell ("Kent Police") sit rows apart, a Target
    cell ("TBC") and the next row's Lead cell in other columns. Lines with no position (DOCX) are taken as read."""
    if initials.y1 <= 0 or name.y1 <= 0:
        return True
    if initials.page != name.page:
        return False
    pitch = max(initials.size, 1.0)
    if abs(name.y0 - initials.y0) <= 0.5 * pitch:
        return name.x0 > initials.x0
    return abs(name.x0 - initials.x0) <= pitch and 0 < name.y0 - initials.y0 <= 3.0 * pitch


def _wrapped_name(name: str, lines: list[Line], index: int) -> str:
    """A glossary entry's name with the rest of it a PDF wrapped onto the next lines of the same paragraph
    ("KMPT - Kent and Medway NHS and Social Care" / "Partnership Trust."): cut, the name would be another body."""
    line = lines[index]
    for nxt in lines[index + 1 : index + 3]:
        rest = nxt.text.strip()
        if nxt.page != line.page or not (
            (line.block >= 0 and nxt.block == line.block) or _name_goes_on(name, line, nxt, rest)
        ):
            break
        if (
            not rest
            or _GLOSSARY_LINE.match(rest)
            or (_ACRONYM_ONLY.match(rest) and sum(map(str.isupper, rest)) > 1)
        ):
            break  # the next entry, or initials over their meaning ("Trust" alone is the name going on)
        name = f"{name} {rest}"
        line = nxt
    return name.rstrip(" .;")


def _name_goes_on(name: str, line: Line, nxt: Line, rest: str) -> bool:
    """A PDF that gave each printed line a block of its own (wide line spacing): the next line carries the name
    on when it is printed one pitch under it in the same print, the name has not ended ("."), and it holds
    nothing but a name's words ("Partnership Trust.", "NHS Foundation Trust"), not a sentence."""
    words = rest.rstrip(".;").split()
    return (
        not name.rstrip().endswith((".", ";"))
        and abs(nxt.size - line.size) < 0.3
        and nxt.bold == line.bold
        and 0 < nxt.y0 - line.y0 <= 2.0 * max(line.size, 1.0)
        and abs(nxt.x0 - line.x0) <= 40.0
        and 0 < len(words) <= 6
        and all(_NAME_TOKEN.fullmatch(w) for w in words)
    )


def agency_acronyms(document: Document) -> dict[str, str]:
    """Acronyms the document defines for agencies. Only definitions whose full name is an agency are kept."""
    from classification.agencies import find_agencies

    found: dict[str, str] = {}
    flat = " ".join(document.text.split())
    for m in _ACRONYM_DEFINED.finditer(flat):
        _put(found, m.group("acr"), _comma_name(m.group("acr"), m.group("name")))
    for m in _FIRST_WORDS_DEFINED.finditer(flat):
        acr, name = m.group("acr"), m.group("name")
        if (" " in acr or not acr.isalpha()) and name.startswith(acr + " "):
            _put(found, acr, name)
    aliases: dict[str, set[str]] = {}
    for m in _ALIAS_DEFINED.finditer(flat):
        aliases.setdefault("the " + m.group("acr").split()[-1], set()).add(m.group("name"))
    for alias, names in aliases.items():
        # "the Trust" given to two trusts (one per agency's chapter) is each chapter's own: neither is taken
        if len(names) == 1:
            found.setdefault(alias, names.pop())
    lines = list(document.lines())
    for i, line in enumerate(lines):
        if m := _GLOSSARY_LINE.match(line.text.strip()) or _GLOSSARY_LONG.match(line.text.strip()):
            name = m.group("name").strip()
            head = _GLOSS_AFTER_NAME.split(name, maxsplit=1)[0].strip()
            if head != name:
                # "NCA - Northern Care Alliance NHS Foundation Trust, which runs ...": the name before its
                # description (what a PDF wraps onto the next lines is the description going on)
                if len(head) <= 90:
                    _put(found, m.group("acr"), head)
            elif len(name) <= 90:
                _put(found, m.group("acr"), _wrapped_name(name, lines, i))
    for acr, name in _defined_in_tables(document):
        _put(found, acr, name)
    for m in _KEY_DEFINED.finditer(flat):
        # a key run into a sentence: "... in brackets. NP: Northshire Police; NMHT: Northshire Mental Health ..."
        _put(found, m.group("acr"), m.group("name").strip())
    # a glossary written as footnotes or endnotes, which the readers keep out of the lines: last, so that the
    # body's own definitions stand first
    for note in document.notes:
        text = note.strip().rstrip(".;")
        if m := _GLOSSARY_LINE.match(text):
            _put(found, m.group("acr"), m.group("name").strip())
        for m in _ACRONYM_DEFINED.finditer(text):
            _put(found, m.group("acr"), _comma_name(m.group("acr"), m.group("name")))
    if document.notes:
        flat = " ".join([flat, *document.notes])
    for acr, name in _spelled_out(flat, found).items():
        _put(found, acr, name)
    out: dict[str, str] = {}
    for acr, name in found.items():
        if sum(c.isupper() for c in acr) < 2 and not acr.startswith("the ") and not _short_name(acr, name):
            continue  # "Agency: Kent Police", "Lead: Probation" are labelled lines, not acronyms
        # a gloss after the name ("Safer Fenbury Partnership (the Community Safety Partnership)") restates it
        name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip() or name
        # the name must be an agency as a whole, not merely contain one ("Domestic Abuse, Stalking and
        # Harassment" holds "Domestic Abuse" but is a checklist)
        matches = find_agencies(name)
        if matches and matches[0].start > 0:
            # capitalised words run in before the name ("... and Harassment The Northdene Healthcare NHS
            # Trust (NDHT)" in the flattened text): the name starts where the agency does
            name = name[matches[0].start :]
            matches = find_agencies(name)
        covered = sum(m.end - m.start for m in matches)
        if not matches or covered < 0.6 * len(name) or _SENTENCE_WORDS.search(name):
            continue  # (a line of a recommendation beside a cell of initials is no name: "X at Y to ask ...")
        known = {m.agency for m in find_agencies(acr)}
        if known and known <= {m.agency for m in matches}:
            continue  # the gazetteer knows it already ("CCG", "MASH")
        # initials the gazetteer gives another body ("NDHT" is a real trust elsewhere): the document's own
        # definition is the one its recommendations mean
        out[acr] = name
    for name, kind in _kinds_given(flat).items():
        out.setdefault(name, kind)
    return out


def _kinds_given(flat: str) -> dict[str, str]:
    """Names the document gives a type in brackets (:data:`_KIND_GIVEN`): name -> the type's words, for a name the
    gazetteer does not read as a whole and a type it does ("GP federation"); not the review's own panel."""
    from classification.agencies import find_agencies

    out: dict[str, str] = {}
    for m in _KIND_GIVEN.finditer(flat):
        words = m.group("name").split()
        while words and words[0].casefold() in _SENTENCE_START:
            words = words[1:]
        name, kind = " ".join(words), m.group("kind")
        if not name or re.search(r"\b(?:panel|review)\b", kind, re.IGNORECASE):
            continue
        known = find_agencies(name)
        if known and sum(k.end - k.start for k in known) >= 0.8 * len(name):
            continue  # the gazetteer knows the body by its name: the bracket restates it
        types = find_agencies(kind)
        if len(types) == 1 and types[0].end - types[0].start >= 0.6 * len(kind):
            out.setdefault(name, kind)
    return out


#: A modal or an infinitive in lower case: the words of a sentence, which no body's name holds.
_SENTENCE_WORDS = re.compile(r"\b(?:should|must|shall|will|to\s+(?!the\b)[a-z]{2,})\b")


def _comma_name(acr: str, name: str) -> str:
    """The name bracketed initials stand for when the words before them hold commas: the longest part after a
    comma (or the whole) whose words spell the initials ("Cumbria, Northumberland, Tyne and Wear NHS Foundation
    Trust (CNTW)": the whole; "Kent Police, Kent County Council (KCC)": the last body), else the short name's own
    body ("Humber Teaching NHS Foundation Trust (Humber)"), else the part after the last comma (a list of bodies
    before the one defined)."""
    parts = [name] + [name[m.end() :] for m in re.finditer(r",\s+", name)]
    for part in parts:
        if _spells_name(acr, part) or _short_name(acr, part):
            return part
    return parts[-1]


#: Words that are a body's type or a row's label, never a short name for one body ("Police (Lead)").
_NOT_SHORT = frozenset(
    "lead support police council trust service services board partnership health nhs the agency".split()
)


def _short_name(acr: str, name: str) -> bool:
    """A one-word short name a document gives a body it names in full: the name's own first word, with two words
    or more after it ("Humber Teaching NHS Foundation Trust (Humber)", "Harbour Support Services (Harbour)")."""
    words = name.split()
    return (
        acr[:1].isupper()
        and acr[1:].islower()
        and acr.lower() not in _NOT_SHORT
        and len(words) >= 3
        and words[0] == acr
    )


def _put(found: dict[str, str], acr: str, name: str) -> None:
    """Keep the first meaning read for ``acr``, unless a later one spells it and the first does not: a PDF's
    table cell holding only initials ("BH") over a line of the row's text is read as a glossary row, and the
    glossary's own row ("BH | Barts Health") comes later."""
    old = found.get(acr)
    if old is None or (not _spells_name(acr, old) and _spells_name(acr, name)):
        found[acr] = name


def _spells_name(acr: str, name: str) -> bool:
    """Whether the name's first words spell the initials ("Barts Health NHS Trust" for "BH")."""
    words = _NAME_TOKEN.findall(re.sub(r"\s*\([^)]*\)\s*$", "", name))
    return not acr.startswith("the ") and any(_spells(acr, words[:k]) for k in range(1, len(words) + 1))


#: Initials as a word: "LDAS", "GHNHSFT", "RDaSH" (three capitals at least, so "GP" or "Mr" are not tried).
_INITIALS = re.compile(r"(?<![\w-])(?=(?:[a-z]*[A-Z]){3})[A-Z][A-Za-z]{2,7}(?![\w-])")
_NAME_TOKEN = re.compile(r"[A-Z][\w'’-]*|and|of|for|the|&|upon|on|in")
_LINKS = frozenset({"and", "of", "for", "the", "&", "upon", "on", "in"})


def _spells(acr: str, words: list[str], whole: bool = True) -> bool:
    """Whether the words' initials spell ``acr`` (a word in capitals gives all its letters, "NHS"; a linking word
    gives its initial or nothing: "Rotherham Doncaster and South Humber" is "RDaSH" and "RDSH"); ``whole``
    False: whether they spell its beginning (a name that may still go on)."""
    target = acr.upper()

    def walk(i: int, k: int) -> bool:
        if k == len(words):
            return i == len(target) or not whole
        word = words[k]
        if word in _LINKS:
            return walk(i, k + 1) or (target[i : i + 1] == word[0].upper() and walk(i + 1, k + 1))
        piece = word if word.isupper() and len(word) > 1 else word[0]
        return target.startswith(piece.upper(), i) and walk(i + len(piece), k + 1)

    return words[0] not in _LINKS and (words[-1] not in _LINKS or not whole) and walk(0, 0)


def _spelled_out(flat: str, known: dict[str, str]) -> dict[str, str]:
    """Initials the document uses and spells out somewhere without brackets ("Leeds Domestic Abuse Service" in
    the narrative, "LDAS should ..." in the recommendations): the name whose words' initials spell them. Only
    initials the recogniser does not know are tried; the caller keeps a name only when it is an agency."""
    from classification.agencies import find_agencies

    out: dict[str, str] = {}
    tokens = [(m.group(0), m.start(), m.end()) for m in _NAME_TOKEN.finditer(flat)]
    starts: dict[str, list[int]] = {}
    for i, (word, _, _) in enumerate(tokens):
        if word[0].isupper():
            starts.setdefault(word[0], []).append(i)
    for acr in dict.fromkeys(m.group(0) for m in _INITIALS.finditer(flat)):
        if acr in known or find_agencies(acr):
            continue
        for i in starts.get(acr[0], []):
            run = [tokens[i][0]]
            for k in range(i + 1, min(i + 12, len(tokens))):
                if flat[tokens[k - 1][2] : tokens[k][1]].strip(" ,") or not _spells(acr, run, whole=False):
                    break  # the name ends at anything but a space or a comma, or no longer spells the initials
                run.append(tokens[k][0])
                if _spells(acr, run):
                    out[acr] = flat[tokens[i][1] : tokens[k][2]]
                    break
            if acr in out:
                break
    return out


#: Spell out document-defined agency acronyms for the classifier (the output keeps the text as written): the one
#: spelling-out the classify API's and CLI's caller-given glossary goes through too.
expand_acronyms = expand_glossary


#: Lead-ins that name whom the list under them is for: "... recommendations are for X:", "... recommendations
#: to X:", "For X, the panel recommends:", "Recommendations for X:" (X two initials at least: "For NP, ..."). The panel, the author or the CSP that made or
#: accepted them is not named so ("The CSP has accepted the following ..."); "The panel recommends that X:" is the
#: subject of its lettered items only (``recommendation_wording.subject_of``), not a heading for what follows.
_LEAD_IN_FOR = re.compile(
    r"\brecommend(?:ations?|s|ed)?\b(?:\s+(?:are|is|were|have been|has been|made|addressed|directed|specific|"
    r"relevant|apply|relate|set out))*\s+(?:for|to)\s+(?P<a>.{2,200}?)\s*[:.]?\s*$"
    r"|^\s*(?:for|to)\s+(?P<b>.{2,200}?),\s+(?:the\s+)?(?:review\s+)?(?:panel|review|author|chair)\b",
    re.IGNORECASE,
)


_MULTI_AGENCY = re.compile(
    r"(?:(?:overview|panel|the)\s+)?multi[- ]?agency\b(?:\s+recommendations?)?\s*:?$", re.I
)


def lead_in_addressee(text: str, heading: bool = False) -> str | None:
    """The addressee a lead-in sentence names for the list under it, when it names an agency; else None.
    ``heading``: ``text`` is a heading ("Recommendations for Northshire Police"), which needs no colon."""
    from classification.agencies import find_agencies

    stripped = " ".join(text.split())
    if len(stripped.split()) > 30 or not (heading or stripped.endswith(":")):
        return None
    if heading and _MULTI_AGENCY.match(stripped):
        # "Multi-agency recommendations" over subject-less text: they are for all agencies (rule 5)
        return "Multi-agency"
    m = _LEAD_IN_FOR.search(stripped)
    if m is None:
        return names_lead_in(stripped)
    # "... recommendations for Eastby Police, which the panel supports:": the relative clause is no part of the name
    named = _RELATIVE_CLAUSE.split((m.group("a") or m.group("b") or "").strip(), maxsplit=1)[0].strip()
    return named if find_agencies(named) or _BODY_NAME.match(named) else None


#: A relative clause after a lead-in's addressee (", which the panel endorses", ", who agreed them").
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\b")


#: "The panel recommends that X, Y and Z:": the bodies the lettered or numbered items under it are for.
_RECOMMENDS_THAT = re.compile(r"^[A-Z].{0,60}?\brecommends?\s+that\s+(?P<names>.{10,300}?)\s*:\s*$")


def names_lead_in(text: str) -> str | None:
    """The bodies a lead-in "... recommends that <names>:" or "... recommendations are for <names>:" lists, when what follows "that" is nothing but two or
    more bodies' full names joined by commas and "and" (a long lead-in, which the shorter lead-in patterns miss);
    a lead-in going on into an action of its own ("recommends that Eastby Police review:") is no heading."""
    from extraction.recommendation_marks import names_only

    stripped = " ".join(text.split())
    if not stripped.endswith(":") or len(stripped.split()) > 40:
        return None
    m = _RECOMMENDS_THAT.match(stripped)
    if m is not None:
        return m.group("names") if names_only(m.group("names")) else None
    # "The following recommendations are for X, Y and Z:" too long for the list lead-in's pattern
    m = _LEAD_IN_FOR.search(stripped)
    named = (m.group("a") or m.group("b") or "").strip() if m is not None else ""
    return named if named and names_only(named) else None


#: A body's name the recogniser does not know ("KSCS", "the Oakfield Homes Trust"): initials, or capitalised words
#: ending in an organisation's head noun; not the panel or the review itself. A lead-in naming one still says
#: whom its list is for (the classifier reads the name as it would the report's own addressee line).
_BODY_NAME = re.compile(
    r"^(?!(?i:(?:the\s+)?(?:(?:dhr|review|overview|independent)\s+)*(?:panel|review|author|chair))\b)(?i:the\s+)?"
    r"(?:[A-Z]{2,}[a-z]?\b|(?:[A-Z][\w'’&-]+\s+(?:(?:and|of|for|&)\s+)?){1,5}(?:Trust|Services?|Partnership|"
    r"Council|Homes|Housing|Association|Centre|Project|Charity|Group|Board|Team|Network|Agency|Foundation|CIC|"
    r"Practice|Surgery|Clinic|Hub)\b)"
)


def body_name(text: str) -> bool:
    """Whether ``text`` opens with a body's name the recogniser may not know (initials, "... Trust", "... Homes")."""
    return bool(_BODY_NAME.match(text))


def _same_paragraph(a: Line, b: Line) -> bool:
    """``b`` is printed in ``a``'s paragraph (a PDF block) in the same print: a line of a heading the PDF wrapped."""
    return (
        a.block >= 0
        and (a.page, a.block) == (b.page, b.block)
        and abs(a.size - b.size) < 0.5
        and a.bold == b.bold
    )


def addressee_parts(context: str | None) -> str | None:
    """``context`` (the tag, heading and Lead cell joined by " | ") without the parts that cannot name an
    addressee: a theme or section title ("Training", "Information sharing", "Overview", "Theme 2 - Processes")
    names no body, yet as words beside the text it moves the learned fallback's guess (a text the model reads
    as the police's under no heading read as the CSP's under "Overview"); the report's own addressee line,
    which the classifier learnt from, is always a body."""
    from classification.agencies import find_agencies, normalise_agency

    if not context:
        return context
    parts = [_RUN_ON_SENTENCE.split(p, maxsplit=1)[0].strip() for p in context.split(" | ")]
    parts = [m.group("all") if (m := _ALL_OF_BODY.match(p)) else p for p in parts]
    kept = [p for p in parts if p and (find_agencies(p) or normalise_agency(p) or not names_no_body(p))]
    return " | ".join(kept) or None


#: "All agencies on the DHR panel", "All partner agencies represented on the Safeguarding Adults Board": the
#: body after "all agencies" says which agencies make up "all" (LABELLING-GUIDE: `all_agencies`); it is no
#: addressee beside them ("the DHR panel" alone reads as the CSP's)
_ALL_OF_BODY = re.compile(
    r"^(?P<all>all\s+(?:[\w-]+\s+)?(?:agencies|organisations|organizations|partners))\s+"
    r"(?:that\s+(?:are|were|sit|sat)\s+)?(?:represented\s+|sitting\s+|involved\s+|taking\s+part\s+|"
    r"that\s+took\s+part\s+)?(?:on|of|in|at)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,5}?"
    r"(?:panel|board|partnership|csp|group|review|forum|committee|marac)s?\.?$",
    re.IGNORECASE,
)


#: A sentence run on after a Lead cell's or line's name, when the recommendation's text took in the paragraph
#: after it ("Lead agency: Norfolk Constabulary" / "These recommendations were agreed by the panel ... and
#: accepted by the partnership."): the name ends where a clause with its own verb starts (a part that is such a
#: sentence names no one).
_RUN_ON_SENTENCE = re.compile(
    r"(?:^|\s+)(?=(?:These|This|Those|It|They|All\s+(?:of\s+)?(?:these|the)|Each\s+of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:were|was|are|is|have|has|had|will|would)\b)"
)


#: The head noun of a person's post ("Head of Safeguarding", "CSP manager", "Senior Probation Officer") or a
#: title that makes one ("Named GP for safeguarding", "Designated Safeguarding Lead", "DI Public Protection").
_POST_HEAD = re.compile(
    r"\b(?:manager|lead|coordinator|co-ordinator|officer|director|head|chair|chairperson|inspector|"
    r"superintendent|sergeant|nurse|doctor|practitioner|worker|adviser|advisor|leader|consultant)s?$",
    re.I,
)
_POST_TITLE = re.compile(r"^(?:the\s+)?(?:named|designated|detective|di|dci|ds|dsi|ch\.?\s*insp)\b", re.I)


def owner_post(lead: str) -> tuple[bool, str | None]:
    """Whether a Lead / Responsible cell names a person's post (an action's owner), and the body it names after
    a comma ("Head of Safeguarding, Fernbrook Hospitals NHS Foundation Trust": the trust) or None."""
    post, _, body = lead.partition(",")
    post = re.sub(r"\s+(?:of|for|in|at)\s+.*$", "", post.strip(), flags=re.I)  # "Head of Safeguarding"
    if "(" in post or not (_POST_HEAD.search(post) or _POST_TITLE.match(post)):
        return False, None  # "Police (lead)", a body
    return True, body.strip() or None


def wrapped_lead_in(lines: list[Line], index: int) -> tuple[str, int] | None:
    """A lead-in naming the list's addressee printed over several lines of one paragraph (a PDF wraps "The panel
    makes these recommendations to Northshire County Council's Children's" / "Services:"): its addressee and
    the number of lines it takes. None for a one-line paragraph (read whole already) or anything else."""
    line = lines[index]
    if line.block < 0 or not line.text.strip()[:1].isupper():
        return None
    if index > 0 and lines[index - 1].page == line.page and lines[index - 1].block == line.block:
        return None  # not the paragraph's first line
    count = 1
    while (
        count < 4
        and index + count < len(lines)
        and lines[index + count].page == line.page
        and lines[index + count].block == line.block
    ):
        count += 1
    if count == 1 or count == 4:
        return None
    named = lead_in_addressee(" ".join(ln.text.strip() for ln in lines[index : index + count]))
    return (named, count) if named else None


def topic_under_agency(
    agency: tuple[str, Line | None] | None, heading: str | None, line: Line, text: str
) -> str:
    """The heading for the items under a topic heading ``text`` ("Training") printed as ``line``.

    Under an agency's heading that is still in force (``heading`` begins with it) and printed one level up
    (a smaller heading level, or larger print where the source has no levels), the agency's name is kept first
    ("Kent Police - Training"): a report that sorts one agency's recommendations by topic still addresses them all
    to that agency (LABELLING-GUIDE rule 3). ``agency``'s line is None for the section's own heading
    ("Recommendations for Kent Police"): every heading inside the section is under it. Otherwise the topic alone.
    """
    topic = text.rstrip(":")
    if agency is None or not heading or not heading.startswith(agency[0]):
        return topic
    parent = agency[1]
    if parent is not None and _same_paragraph(parent, line):
        # the agency heading's own next line, wrapped in a PDF ("Eastmoor Police (lead), Eastmoor Borough
        # Council" / "(support)"): the heading goes on, it is no topic under it
        return f"{heading} {topic}"
    if parent is None:
        deeper = True
    elif parent.heading_level is not None and line.heading_level is not None:
        deeper = line.heading_level > parent.heading_level
    elif parent.heading_level is None and line.heading_level is None:
        deeper = line.size < parent.size - 0.5
    else:
        deeper = False
    return f"{agency[0]} - {topic}" if deeper else topic


def section_addressees(items: Sequence[Any], sections: Sequence[Any]) -> None:
    """An item with no heading of its own, in a section whose own heading says whom its items are for
    ("Multi-agency recommendations", "Recommendations to the Home Office"), takes that addressee as its heading
    (LABELLING-GUIDE rule 3): the section's title is not one of its lines, so the item reader never saw it."""
    from extraction.agency_lead_ins import lead_in_subjects

    # first the subject a lead-in names for the lettered items under it (and no heading read from its lines)
    lead_in_subjects(items, sections)
    owner: dict[int, str] = {}
    for section in sections:
        named = lead_in_addressee(section.heading or "", heading=True)
        if named:
            owner.update((id(line), named) for line in section.lines)
    for item in items:
        if item.heading is None and item.lines and (named := owner.get(id(item.lines[0]))):
            item.heading = named


def whole_headings(items: Sequence[Any], sections: Sequence[Any]) -> None:
    """An item's heading that is the last line of a heading a PDF wrapped ("Northshire Community Healthcare and
    Mental Health" / "NHS Foundation Trust", each line read as a heading of its own) takes the lines printed
    before it in the same paragraph and the same print: the heading is the whole paragraph."""
    for section in sections:
        lines = section.lines
        where = {id(line): i for i, line in enumerate(lines)}
        for item in items:
            at = where.get(id(item.lines[0])) if item.lines and item.heading else None
            if at is None:
                continue
            k = at - 1  # the heading line: the nearest line above the item that prints the heading's text
            while k >= 0 and lines[k].text.strip().rstrip(":") != item.heading:
                if at - k > 3:
                    break
                k -= 1
            if k < 0 or lines[k].text.strip().rstrip(":") != item.heading or lines[k].block < 0:
                continue
            head, start = lines[k], k
            while start > 0 and _same_paragraph(head, lines[start - 1]):
                start -= 1
            if start < k:
                item.heading = " ".join(ln.text.strip() for ln in lines[start : k + 1]).rstrip(":")


def inherit_leads(drafts: Sequence[Any], acronyms: dict[str, str] | None = None) -> None:
    """A table row with an empty Lead cell under rows that have one takes theirs, when its own text names no
    agency: a Lead cell merged down over several rows prints once, at its top, and not at all on the next page
    of a PDF (an empty cell beside a text that names its subject stays empty: the text comes first). Then the
    actions' Lead cells that gave no agency are read again with the document's initials (``acronyms``)."""
    from classification.agencies import find_agencies

    above: Any = None
    for d in drafts:
        if not (d.from_table or d.from_plan):
            above = None
            continue
        if (
            not d.lead_text
            and above is not None
            and above.lead_text
            and (d.item.page or 0) - (above.item.page or 0) <= 1
            and not find_agencies(d.text)
        ):
            d.lead_text = above.lead_text
        if d.lead_text:
            above = d  # (a row naming its own subject under a merged cell leaves the cell going on)
    label_action_leads(drafts, acronyms)


def label_action_leads(drafts: Sequence[Any], acronyms: dict[str, str] | None = None) -> None:
    """An action whose Lead cell gave no agency, or names a body by a short name or initials the document
    defines, is read again: with the document's own initials spelled out (``acronyms``, as the recommendations'
    lead cells are), else, for initials alone that the recommendation's own text uses ("When KSCS staff speak to
    ..." under "Kent Children's Social Services"), as the body of the recommendation's agency heading: the plan's
    row and the text name one body by the same initials."""
    from classification.addressee_heading import addressee_context
    from extraction.plan_columns import agencies_from_lead

    for d in drafts:
        for action in getattr(d, "actions", None) or []:
            lead = (action.lead_text or "").strip()
            if not lead:
                continue
            expanded = expand_acronyms(lead, acronyms or {})
            if action.agencies:
                # a Lead cell read already, in a short name or initials the document defines ("the Trust" for
                # "Northshire Hospitals NHS Foundation Trust (the Trust)"): the body as defined, not the
                # gazetteer's guess for the bare word (an unclear NHS trust), as a recommendation's cell is read
                if expanded != lead and (again := agencies_from_lead(expanded)):
                    action.agencies = again
                action.agencies = _narrowed_lead(expanded, action.agencies, d.text)
                continue
            found = agencies_from_lead(expanded)
            heading = addressee_context(d.item.heading)
            if (
                not found
                and heading
                and _ACRONYM_ONLY.match(lead)
                and sum(ch.isupper() for ch in lead) >= 2
                and re.search(rf"(?<![\w-]){re.escape(lead)}(?![\w-])", d.text)
            ):
                found = agencies_from_lead(expand_acronyms(heading, acronyms or {}))
            action.agencies = found


def _narrowed_lead(lead: str, agencies: list[str], text: str) -> list[str]:
    """An action's Lead cell read more closely:

    * a person's post, then the body after a comma ("Community Safety Manager, Eastby Community Safety
      Partnership"): the body, whose officer the post is (the post's own words, "Community Safety", read as a
      second body otherwise); not for a council in general, where the post says which department;
    * a council in general ("Eastby City Council") for a recommendation whose own text addresses that council's
      department ("Eastby City Council (Children, Young People and Families) to ensure ..."): the department,
      as the text names it (the plan's cell is the council's short form of the same addressee).
    """
    from classification.agencies import COUNCIL_DEPARTMENTS, find_agencies
    from extraction.plan_columns import agencies_from_lead

    post, body = owner_post(lead)
    if post and body and (named := agencies_from_lead(body)) and "local_authority" not in named:
        return named
    if agencies == ["local_authority"] and len(lead) <= 80:
        key = " ".join(lead.split()).casefold()
        for match in find_agencies(text[:2000]):
            if match.agency in COUNCIL_DEPARTMENTS and " ".join(match.text.split()).casefold().startswith(
                key
            ):
                return [match.agency]
    return agencies
