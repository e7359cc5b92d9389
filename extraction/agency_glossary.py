"""The names a document defines for its agencies, read from anywhere in it: initials defined in brackets ("Safer
Lewisham Partnership (SLP)"), a glossary line ("SLP - Safer Lewisham Partnership") or a glossary table's row ("SLP |
Safer Lewisham Partnership"), a short name in brackets ("... NHS Foundation Trust (the Trust)", "... (Royal Free)"),
initials spelled out without brackets, and a body's type given in brackets ("Kernow Health CIC (the GP
federation)"). A recommendation or a Lead cell whose subject is written only so ("SLP should ...") is then labelled
with the agency the name stands for (:mod:`extraction.agency_context` reads the addressees themselves).
"""

from __future__ import annotations

import re

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
