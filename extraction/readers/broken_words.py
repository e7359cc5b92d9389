"""PDF words the print broke: a heading word broken over two lines with no hyphen or opened by letter spacing
("Recommenda" / "tions", "Recommenda tions", "Recommen- dations"), a word too long for a narrow column broken
where the line ran out ("conversatio" / "n where"), a stop wrapped alone to the next line."""

from __future__ import annotations

import re
from collections import Counter

from extraction.document import Line, Page
from extraction.readers.cleanup import (
    _SHORT_WORDS,
    COMMON_COMPOUNDS,
    _column_right,
    _next_line_below,
    _same_print,
)

_WORD = re.compile(r"[A-Za-z]+")
#: Two pieces of one word on a line: letters, a space (a hyphen before it or not), letters.
_SPLIT_PAIR = re.compile(r"\b([A-Za-z]{2,})(-?) ([A-Za-z]{2,})\b")
#: The words of the section headings a report is read by: whole words whether or not the document prints them
#: elsewhere (a short report may print "Recommendations" only in the heading that breaks it).
HEADING_WORDS = frozenset(
    {
        "recommendation", "recommendations", "conclusions", "conclusion", "lessons", "learning", "findings",
        "introduction", "summary", "executive", "glossary", "appendix", "appendices", "chronology", "analysis",
        "background", "methodology", "overview", "action", "actions", "agencies", "partnership", "safeguarding",
    }
)  # fmt: skip
#: A joined word shorter than this is left alone ("in to", "at tend": short words are too often two words).
_JOINED_MIN = 7


def document_words(pages: list[Page]) -> Counter[str]:
    """How often each word (letters only, lower case) is printed in the document."""
    counts: Counter[str] = Counter()
    for page in pages:
        for line in page.lines:
            counts.update(w.lower() for w in _WORD.findall(line.text))
    return counts


def _broken(first: str, second: str, words: Counter[str], here: Counter[str]) -> bool:
    """Are ``first`` and ``second`` two pieces of one word the document prints whole elsewhere? The joined word
    is printed whole (outside the lines at hand, ``here``) and one piece or the other is printed nowhere else
    as a word of its own ("Recommenda" "tions"; "in" "to" are both words and stay apart)."""
    joined = (first + second).lower()
    if len(joined) < _JOINED_MIN or (words[joined] - here[joined] < 1 and joined not in HEADING_WORDS):
        return False
    # a piece in capitals and a piece in lower case are two words ("IDVA service"), save a capital's start
    if first[1:].islower() != second.islower():
        return False
    return any(words[p.lower()] - here[p.lower()] < 1 for p in (first, second))


def join_broken_words(pages: list[Page], words: Counter[str] | None = None) -> None:
    """PDF, in place: a word the print broke with no hyphen, or whose hyphen stayed in the line with a space after
    it, whole again where the document prints it whole elsewhere. A heading set in a narrow column breaks
    "Recommendations" where it does not fit ("Recommenda" / "tions"), letter spacing or justification opens a
    gap in it ("Recommenda tions"), and a heading wrapped after a hyphen is joined with the hyphen kept
    ("Recommen- dations"): the section's heading is then missed. A piece is joined only when one of the two is
    no word the document prints anywhere else and together they are one it does print (seven letters at least).
    """
    words = document_words(pages) if words is None else words
    for page in pages:
        kept: list[Line] = []
        rights: dict[int, float] = {}
        for line in page.lines:
            before = kept[-1] if kept else None
            if before is not None and (
                _rest_of_word_below(before, line, words)
                or _too_long_for_column(page.lines, before, line, words, rights)
            ):
                rest = line.text.lstrip()
                piece = re.match(r"\S+", rest)  # (the rest of the word and what it prints after it: "nts.")
                if piece is not None:
                    before.text = before.text.rstrip().removesuffix("-") + piece.group(0)
                    before.x1 = max(before.x1, line.x1)
                    line.text = rest[piece.end() :].lstrip()
                    if not line.text:
                        before.y1 = max(before.y1, line.y1)
                        continue
            if before is not None and _stop_below(before, line):
                # a sentence's stop wrapped alone to the next line ("assessment" / ". Any decision"): back after
                # its word
                before.text = before.text.rstrip() + line.text.lstrip()[0]
                line.text = line.text.lstrip()[1:].lstrip()
                if not line.text:
                    continue
            if " " in line.text:
                line.text = _join_pieces(line.text, words)
            kept.append(line)
        page.lines = kept


def _rest_of_word_below(line: Line, below: Line, words: Counter[str]) -> bool:
    """Does ``below`` start with the rest of the word ``line`` ends in, broken with no hyphen (a heading's word
    too long for its column), or after a hyphen left in place before a capital ("RECOMMEN-" / "DATIONS")? Set
    one line under it in the same print."""
    last = re.search(r"([A-Za-z]{2,})-?$", line.text.rstrip())
    first = re.match(r"([A-Za-z]{2,})\b", below.text.lstrip())
    if last is None or first is None or not _same_print(line, below) or not _next_line_below(line, below):
        return False
    a, b = last.group(1), first.group(1)
    if line.text.rstrip().endswith("-") and not b.isupper():
        return (
            False  # (a hyphen before lower case was the dehyphenation's to undo, and it kept it: a compound)
        )
    return _broken(a, b, words, Counter((a.lower(), b.lower())))


#: Common English words of three to five letters (function words, the verbs and nouns a sentence goes on
#: with): a word the document prints once may still be one of these ("discharged" / "him or herself").
_COMMON_WORDS = frozenset(
    """about above after again all along also among and any are back been being below both but can could
    did does done down due each even ever every few first five for four from full get give had has have
    her here hers him his how into its just keep last less made make many may might more most much must
    never next nine none nor not now off often once one only onto other our ours out over own part per put
    same say see seem she show side since six some still such take ten than that the their them then there
    these they this those three thus too two under until upon used using very via was well were what when
    where which while who whole whom whose why will with would yet you your age ages area care case child
    days home life lives live need needs plan risk role self staff team time work year years""".split()
)


def _stop_below(line: Line, below: Line) -> bool:
    """Does ``below`` start with a stop or comma that ends ``line``'s last word (no line of text starts with
    one), printed one line under it in the same print?"""
    text = below.text.lstrip()
    return (
        re.match(r"[.,;:](?:\s|$)", text) is not None
        and line.text.rstrip()[-1:].isalnum()
        and _same_print(line, below)
        and _next_line_below(line, below)
    )


def _no_word(piece: str, words: Counter[str]) -> bool:
    """Is ``piece`` (printed once, here) no word of the document: a letter or two that are no short word, or
    letters it prints nowhere else and no common word?"""
    piece = piece.lower()
    if len(piece) <= 2:
        return piece not in _SHORT_WORDS
    return words[piece] <= 1 and piece not in _COMMON_WORDS


def _too_long_for_column(
    lines: list[Line], line: Line, below: Line, words: Counter[str], rights: dict[int, float]
) -> bool:
    """A word too long for a narrow column, broken where the line ran out with no hyphen ("conversatio" / "n
    where a", "managing/c" / "oping."): ``line`` holds that one word, filled to its column's edge, and ``below``
    starts with the rest in lower case. Both pieces are no word of the document (printed nowhere else; a
    letter or two that are no short word), and the rest is short (five letters at most: what did not fit):
    "assessment" / "of the" and "structured" / "conversatio" stay apart."""
    token = line.text.strip()
    if len(token) < 6 or " " in token or not token[-1].isalpha():
        return False
    rest = re.match(r"([a-z]{1,5})(?![A-Za-z])", below.text.lstrip())
    end = re.search(r"[A-Za-z]+$", token)
    if rest is None or end is None or not _same_print(line, below) or not _next_line_below(line, below):
        return False
    if line.x1 < _column_right(lines, line, rights) - line.size:
        return False
    return _no_word(end.group(0), words) and _no_word(rest.group(1), words)


def _join_pieces(text: str, words: Counter[str]) -> str:
    def join(m: re.Match[str]) -> str:
        a, hyphen, b = m.group(1), m.group(2), m.group(3)
        if hyphen and f"{a}-{b}".lower() in COMMON_COMPOUNDS:
            return m.group(0)
        here = Counter((a.lower(), b.lower()))
        return a + b if _broken(a, b, words, here) else m.group(0)

    return _SPLIT_PAIR.sub(join, text)
