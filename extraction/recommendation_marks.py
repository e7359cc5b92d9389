"""Numbering markers and headings inside a recommendations section, read from one line and its place.

A marker is what starts a numbered, lettered, labelled or bulleted item (``7.2.1(a)``, ``b)``, "Recommendation
number 2", a bullet glyph); a heading inside the section is an agency's name, or a short styled title numbered in
the section's scheme. Where a line sits in its paragraph (block) decides whether it can start either: a line
wrapped out of a paragraph of prose is neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from extraction.document import Line
from extraction.field_labels import LEAD_LABEL_HEADS
from extraction.recommendation_wording import DIRECTIVE
from extraction.sections import is_heading_like

# "Recommendation number 1", "Recommendation 3:", "Rec 2 -", "Recommendation One"
WORD_NUMBERS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
}  # fmt: skip
#: The glyphs that mark a list's item before its text, for a character class: Word's bullets as printed, its
#: Symbol/Wingdings bullets in the private-use area a PDF export keeps when the font is not embedded (U+F0B7,
#: U+F0A7, U+F0A8, U+F0D8, U+F0E0, U+F06E, U+F071, U+F076, U+F0FC), Courier New's "o", dashes.
BULLET_GLYPHS = r"•▪●◦■□➢►\-–·o○◆◇❖➤➔✓✔\uf0b7\uf0a7\uf0a8\uf0d8\uf0e0\uf06e\uf071\uf076\uf0fc"
#: The glyphs that are a marker alone on their line (a PDF's bullet printed apart from its text): all but the
#: hyphen, which alone on a line reads as a dash, not a list's mark.
_ALONE_GLYPHS = BULLET_GLYPHS.replace(r"\-", "")

MARKERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "labelled",
        re.compile(
            r"^(?:single[- ]agency |overview |panel |dhr |imr )?(?:recommendation|rec\.?|argymhelliad)\s*"
            r"(?:number|no\.?|rhif|#)?\s*"
            # (a reference with capitals before its number: "Recommendation R1", "Recommendation PH 2")
            r"(?P<n>(?:(?-i:[A-Z]{1,4}|[A-Z]{2,4}\s))?\d+(?:\.\d+)*[a-z]?"
            r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            # (or the number glued to the text's capitalised first word: a list label wider than its hanging
            # indent, the tab after it printed as nothing in the PDF's text, "Recommendation 2GP practices")
            r"(?:\b|(?<=\d)(?=(?-i:[A-Z][A-Za-z])))"
            # a bilingual label: "Argymhelliad 1 / Recommendation 1"
            r"(?:\s*[/|]\s*(?:recommendation|argymhelliad)\s*(?:number|no\.?|rhif)?\s*(?P=n)\b)?"
            # (a tab's dot leader between the label and the text prints as dots: "Recommendation 4.....Assurance")
            r"\s*(?:\((?P<tag>[^)]{1,100})\))?\s*(?:[.…·]{2,}|…|[:.\-–)])?\s*",
            re.IGNORECASE,
        ),
    ),
    # 7.2.1(a), 21.10.1, 10.3b, 2a, 1., 1), 10 (CCG); a tag may be an agency's whole name ("34 (Northshire
    # Hospitals NHS Foundation Trust)"), so up to 100 characters: a tag is a name, never a paragraph
    (
        "numeric",
        re.compile(
            r"^(?P<n>\d{1,3}(?:\.\d{1,3}){0,3}(?:\s?\([a-z]\)|[a-z](?![a-z]))?)(?:[.):]|\s?[-–])?"
            r"(?:\s*\((?P<tag>[A-Za-z][^)]{1,100})\))?(?:\s+|$)"
        ),
    ),
    # (1), [12]: a number in brackets or square brackets
    ("numeric", re.compile(r"^(?:\((?P<n1>\d{1,3})\)|\[(?P<n2>\d{1,3})\])(?:\s+|$)")),
    # R1, R2a, A1, PH2, DHR 5, KP.1: numbered with a letter prefix (a series' letter, an agency's initials, the
    # review's), glued to the number or, two letters or more, by a dot ("S.47 enquiries" is a statute's section);
    # a single letter only glued to the number ("A 24 hour line" is text)
    (
        "numeric",
        re.compile(
            r"^(?P<n>(?:[A-Z]{1,4}|[A-Z]{2,4}\.(?=\d)|[A-Z]{2,4}\s)\d{1,2}[a-z]?)(?:[.):]|\s?[-–])?"
            r"(?:\s*\((?P<tag>[A-Za-z][^)]{1,100})\))?(?:\s+|$)"
        ),
    ),
    # 15.10The: a legal number glued to its text's capitalised first word (a number wider than its hanging
    # indent, the tab after it printed as nothing in the PDF's text, as "Recommendation 2GP" above); only a
    # number of two levels or more, which no word of prose runs into
    ("numeric", re.compile(r"^(?P<n>\d{1,3}(?:\.\d{1,3}){1,3})(?=(?-i:[A-Z][a-z]{2}))")),
    # a) (a) (iv) A.
    (
        "letter",
        re.compile(r"^(?:\((?P<n1>[a-z]|[ivx]{1,4})\)|(?P<n2>[a-z]|[ivx]{1,4})[.)])(?:\s+|$)", re.IGNORECASE),
    ),
    # a bullet glyph alone on its line is a marker too: a PDF prints a Word list's bullet apart from its text
    # (U+F0B7, U+F0A7, U+F0A8, U+F0D8, U+F0E0, U+F06E, U+F071, U+F076, U+F0FC: Word's Symbol/Wingdings bullets as a
    # PDF export keeps them when the font is not embedded; diamonds, arrows and ticks as Word's bullet library has)
    (
        "bullet",
        re.compile(
            rf"^(?:(?P<n>[{BULLET_GLYPHS}*])\s+|"
            rf"(?P<n1>[{_ALONE_GLYPHS}]|"
            # alone on its line, the letter an older document stores for a Wingdings bullet, printed as the
            # letter where the font is missing ("v" diamond, "Ø" arrow, "§" square, "ü" tick, "q" box), or
            # Courier New's "o"
            r"[vØ§üqo])$)"
        ),
    ),
]


#: "K.1 KMPT should ...": one capital, a dot and the number. "S.47 enquiries" (a statute's section) starts lines
#: the same way, so it is a marker only in a section whose list numbers its items so (see ``letter_prefixed``).
_LETTER_DOT = re.compile(r"^(?P<n>(?P<letter>[A-Z])\.(?P<k>\d{1,2}))[.:)]?(?:\s+(?=[A-Z\u2018\u201c'\"])|$)")
_INITIALS_DOT = re.compile(r"^[A-Z]{2,4}\.\d{1,2}[.:)]?(?:\s+[A-Z\u2018\u201c'\"]|$)")
_LETTER_PREFIXES: ContextVar[frozenset[str]] = ContextVar("letter_prefixes", default=frozenset())


def letter_prefixes(texts: Iterable[str]) -> frozenset[str]:
    """The single letters the list in ``texts`` numbers its items with: a letter whose ".1" and ".2" both start a
    line before a capital or alone ("K.1 KMPT should ...", "K.2 In order to ..."), a series, not one reference;
    or whose ".1" does where two or more other items are numbered after initials so ("KP.1", "KCSS.1")."""
    seen: dict[str, set[int]] = {}
    initials = 0
    for text in texts:
        if (m := _LETTER_DOT.match(text.strip())) is not None:
            seen.setdefault(m.group("letter"), set()).add(int(m.group("k")))
        elif _INITIALS_DOT.match(text.strip()):
            initials += 1
    return frozenset(
        letter for letter, numbers in seen.items() if {1, 2} <= numbers or (1 in numbers and initials >= 2)
    )


@contextmanager
def letter_prefixed(texts: Iterable[str]) -> Iterator[None]:
    """Within it, ``match_marker`` reads "K.1" as a number where ``texts`` (a section's lines) number so."""
    token = _LETTER_PREFIXES.set(letter_prefixes(texts))
    try:
        yield
    finally:
        _LETTER_PREFIXES.reset(token)


def match_marker(text: str) -> tuple[str, str, str | None, int] | None:
    """(style, number, tag, end of marker) when the line starts with a numbering marker."""
    if (
        (prefixes := _LETTER_PREFIXES.get())
        and (m := _LETTER_DOT.match(text))
        and m.group("letter") in prefixes
    ):
        return "numeric", m.group("n"), None, m.end()
    for style, pattern in MARKERS:
        m = pattern.match(text)
        if not m:
            continue
        groups = m.groupdict()
        number = groups.get("n") or groups.get("n1") or groups.get("n2") or ""
        if style == "numeric":
            # a bare year or a big number at a line start is text, not a marker
            head = re.sub(r"^[A-Z]+\s?", "", number).split(".")[0]
            if len(head) > 2 and "." not in number:
                continue
            if not m.group(0).strip().endswith((".", ")", ":", "-", "–")) and "." not in number:
                # "1 Police should" is a marker only when followed by a capitalised word
                rest = text[m.end() :]
                if rest and not rest[0].isupper():
                    continue
        number = WORD_NUMBERS.get(number.lower(), number)
        number = re.sub(r"\s+", "", number)
        return style, number, groups.get("tag"), m.end()
    return None


def names_agency(text: str | None) -> bool:
    from classification.agencies import find_agencies

    return bool(text) and bool(find_agencies(text or ""))


def is_title(text: str) -> bool:
    """A short title after a recommendation label: few words, no directive, no full stop."""
    return len(text.split()) <= 6 and not text.endswith(".") and not DIRECTIVE.search(text)


#: A title worded as a wh-clause ("What the police should do", "How agencies should share information"): its
#: modal is the clause's, and the title names a group of recommendations, as "Recommendations for ..." does.
_WH_TITLE = re.compile(r"^(?:what|how|where|when|who)\s+(?!.*[.?!]$)", re.IGNORECASE)


def numbered_sub_heading(rest: str, line: Line, body_size: float, number: str, nxt: str) -> bool:
    """A short styled title numbered in the scheme ("10.4 KSCS") with the next item numbered under it."""
    if not rest or len(rest.split()) > 6 or rest.endswith((".", ";", ",")):
        return False
    if DIRECTIVE.search(rest) and not _WH_TITLE.match(rest):
        return False  # ("What the police should do": a title worded as a question's answer, no directive)
    below = match_marker(nxt)
    return (
        is_heading_like(line, body_size)
        and below is not None
        and below[1] != number
        and below[1].startswith(number)
        and below[1][len(number) : len(number) + 1] in (".", "(", " ")
        or bool(below and re.fullmatch(re.escape(number) + r"[a-z]", below[1]))
    )


#: A name run in before a colon at the start of an item's text ("Nottinghamshire Police: That ...").
_RUN_IN = re.compile(r"^(?P<name>[A-Z][^:.;()]{1,80}?)\s*:\s+(?=[A-Z\u2018\u201c'\"])")
#: A name run in as a sentence of its own, closed by a full stop ("Kent Police. Kent Police must ..."): the
#: bold run-in heading of a numbered item, set in the item's paragraph. Only a name and nothing else may stand
#: before the stop (checked by ``agency_run_in``), so a sentence that merely opens with a body's name is no run-in.
_STOP_RUN_IN = re.compile(r"^(?P<name>[A-Z][^:.;()]{1,80}?)\.\s+(?=[A-Z\u2018\u201c'\"])")
#: Labels that read like a run-in but name a field of the item, not the addressee of a block.
_FIELD_WORDS = re.compile(
    rf"^(?:{LEAD_LABEL_HEADS}|recommendation|rec|action|finding|learning|lesson|rationale"
    r"|note|outcome|target|theme|issue|context|area|priority)\b",
    re.IGNORECASE,
)


def agency_run_in(text: str) -> tuple[str, str] | None:
    """``(agency, text)`` where an item opens with an agency's name run in before a colon ("Nottinghamshire
    Police: That officers ...") or as a sentence of its own ("Kent Police. Kent Police must ..."): the name
    heads the block (as a heading line would), its words are no part of the recommendation. A field label
    ("Lead agency: ...") or a sentence with a colon is no run-in, nor is a first sentence with more words than
    a body's name ("Kent Police will lead." has a verb; "Police training." names a topic)."""
    m = _RUN_IN.match(text) or _STOP_RUN_IN.match(text)
    if m is None:
        return None
    name = m.group("name").strip()
    rest = text[m.end() :].strip()
    if (
        len(name.split()) > 8
        or _FIELD_WORDS.match(name)
        or len(rest.split()) < 4
        or not is_agency_heading(name)
    ):
        return None
    return (name, rest) if _names_a_body(name) else None


def wrapped_run_in(text: str, first_line: str) -> tuple[str, str] | None:
    """``agency_run_in`` of an item's whole ``text`` where its ``first_line`` alone showed none: the run-in's
    name wrapped onto the next line ("1. Eastby Adult Social Care and" / "Health. That provision ..."), or the
    line ended a few words after it ("Eastby Adult Social Care and Health. That provision is" / "made for ...",
    too few words to tell a run-in from a short sentence on the line alone)."""
    run_in = agency_run_in(text)
    if run_in is None:
        return None
    first = " ".join(first_line.split())
    return run_in if first and text.startswith(first) else None


def _names_a_body(name: str) -> bool:
    """Is ``name`` a body's name, not a topic naming one ("Training for GPs", "Information sharing with the
    police")? Its words outside the bodies found are a place's or the name's own (capitalised) or joining words."""
    from classification.agencies import find_agencies

    rest = name
    for match in sorted(find_agencies(name), key=lambda m: m.start, reverse=True):
        rest = rest[: match.start] + " " + rest[match.end :]
    return all(
        word[:1].isupper() or word.lower() in ("and", "&", "of", "the")
        for word in re.findall(r"[\w&']+", rest)
    )


def is_agency_heading(text: str) -> bool:
    from classification.agencies import find_agencies

    words = text.split()
    if not words or text.rstrip().endswith((".", ";")):
        return False
    if len(words) > 12:
        # a longer line heads a group only when it is nothing but bodies' full names joined by commas and "and"
        # ("Northshire and Eastby NHS Foundation Trust, Northshire Constabulary and Northshire County Council"):
        # a sentence naming bodies has words of its own between and around them
        return len(words) <= 36 and names_only(text)
    if DIRECTIVE.search(text):
        return False
    return bool(find_agencies(text))


#: What may stand between bodies' names in a heading listing several: commas, "and", "&", "/", "the".
_NAME_JOINS = re.compile(r"^(?:[\s,;/&:]|\band\b|\bthe\b)*$", re.I)


def names_only(text: str) -> bool:
    """Is ``text`` two or more agency names and nothing else but the commas and "and"s joining them?"""
    from classification.agencies import find_agencies

    found = find_agencies(text)
    if len(found) < 2:
        return False
    gaps, at = [], 0
    for match in sorted(found, key=lambda m: m.start):
        gaps.append(text[at : match.start])
        at = match.end
    gaps.append(text[at:])
    return all(_NAME_JOINS.match(gap) for gap in gaps)


def starts_block(lines: list[Line], index: int) -> bool:
    """Is ``lines[index]`` the first line of its paragraph (block), or is the block unknown?"""
    line = lines[index]
    if line.block < 0 or index == 0:
        return True
    previous = lines[index - 1]
    return previous.page != line.page or previous.block != line.block


def alone_in_block(lines: list[Line], index: int) -> bool:
    """A heading is a paragraph of its own: the first line of its block, which has at most one more line (a
    long agency name wraps); a line wrapped out of a paragraph of prose naming an agency is not one."""
    if not starts_block(lines, index):
        return False
    line = lines[index]
    if line.block < 0:
        return True
    rest = [ln for ln in lines[index + 1 : index + 3] if ln.page == line.page and ln.block == line.block]
    if (
        len(rest) == 1
        and rest[0].text.rstrip().endswith((".", ";"))
        and not match_marker(rest[0].text.strip())
    ):
        # its paragraph's second line ends a sentence: the first is a sentence's start a PDF wrapped ("Norfolk
        # Constabulary and the Probation Service have agreed" / "the plan below."), not a name going on
        return False
    return len(rest) <= 1
