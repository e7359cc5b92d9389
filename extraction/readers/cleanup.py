"""Line cleaning shared by the readers: running headers/footers, page numbers, markings, hyphenation."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable

from extraction.document import Line, Page, keep_side_text
from extraction.readers.common import (
    normalise_ws,
)

#: Fraction of the page height at the top and bottom where running headers and footers sit.
MARGIN_FRACTION = 0.08
#: A margin line whose text (digits normalised) repeats on at least this share of pages is a header/footer.
REPEAT_SHARE = 0.30
#: A PDF page with fewer non-space characters than this counts as having no text.


_PAGE_NUMBER = re.compile(
    r"^(?:"
    r"(?:page|pg\.?|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"  # Page 12, Page 12 of 57
    r"|\d{1,4}\s*(?:of|/)\s*\d{1,4}"  # 12 of 57, 12/57
    r"|[-–—|\[(\s]*\d{1,4}[-–—|\])\s]*"  # 12, - 12 -, [12], | 12
    r"|\d{1,4}\s*\|\s*page|page\s*\|\s*\d{1,4}"  # 12 | Page
    r"|[ivxlc]{1,7}"  # roman page numbers in front matter
    r")$",
    re.I,
)
_MARKING = re.compile(
    r"^(?:(?:government\s+)?protective(?:ly)?\s+mark(?:ing|ed)\b.*"
    r"|not\s+protectively\s+marked"
    r"|(?:security\s+)?classification\s*:.*"
    r"|official(?:\s*[-–—:]?\s*sensitive)?(?:\s*[-–—:].*)?"
    r"|restricted|confidential|unclassified|secret|draft|sensitive"
    r")$",
    re.I,
)
_MARKING_BODY = re.compile(
    r"^(?:OFFICIAL(?:\s*[-–—:]?\s*SENSITIVE)?|NOT PROTECTIVELY MARKED|PROTECTIVE MARKING\b.*|"
    r"(?:Government\s+)?Protective\s+Marking\s*:.*|RESTRICTED|CONFIDENTIAL)$"
)
_DIGITS = re.compile(r"\d+")
#: A list or paragraph number printed apart from its text ("4.6", "12.", "3)"): with its digits normalised it
#: repeats in the margins of many pages (the first item at a page's top, the last at its foot), so it goes
#: only where its exact text repeats, as a running header's does.
_LIST_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?$|^\d{1,3}[.)]$")


def is_page_chrome(text: str) -> bool:
    """A page number or protective marking line ("Page 3 of 40", "- 3 -", "OFFICIAL", "Protective marking: ...")."""
    t = text.strip()
    return bool(t) and (_PAGE_NUMBER.match(t) is not None or _MARKING.match(t) is not None)


def _chrome_key(text: str) -> str:
    text = normalise_ws(text).lower()
    return text if _LIST_NUMBER.match(text) else _DIGITS.sub("#", text)


def _running_band(page: Page, in_margin: Callable[[Page, Line], bool]) -> list[Line]:
    """The lines in the margin zones, and the lines that go on from them (a running header wrapped over two
    lines: "Norfolk DHR: Recommendations and" / "learning", its second line just past the zone): a line at the
    same left edge less than a line's height under (or over, for a footer) one already in the band."""
    band = [line for line in page.lines if in_margin(page, line)]
    if not band or not any(line.x1 > 0 for line in band):
        return band
    inside = {id(line) for line in band}

    def goes_on(line: Line) -> bool:
        for other in band:
            if other.x1 <= 0 or abs(line.x0 - other.x0) >= 3.0:
                continue
            gap = line.y0 - other.y1 if line.y0 > other.y0 else other.y0 - line.y1
            # (the smaller of the two lines sets the gap: a body line in 12 pt, the margin number "1" of the first
            # recommendation, sits 12 pt under a 28 pt running "DRAFT - not for circulation" and goes on from
            # nothing; that line itself, 4 pt under an 11 pt "OFFICIAL-SENSITIVE", goes on from it)
            height = max(1.0, min(other.y1 - other.y0, line.y1 - line.y0))
            if -0.3 * height <= gap < 0.6 * height:  # (line boxes of tight spacing overlap)
                return True
        return False

    grown = True
    while grown:  # a header of three lines: each goes on from the one before
        grown = False
        for line in page.lines:
            near_edge = not page.height or min(line.y0, page.height - line.y1) < 0.14 * page.height
            if id(line) not in inside and line.x1 > 0 and near_edge and goes_on(line):
                inside.add(id(line))
                band.append(line)
                grown = True
    return band


def _repeated_near_edge(page: Page, line: Line, repeated: set[str]) -> bool:
    """A running line found repeating in the margins of other pages, printed a little further in on this one:
    a landscape page's top margin is a smaller share of its (shorter) height, so the second line of a header
    ("OFFICIAL - SENSITIVE" over the report's title) falls past the zone there, and centred on the wider page
    it does not start under the first line."""
    if line.x1 <= 0 or not page.height:
        return False
    key = _chrome_key(line.text)
    # (words only: a number near the foot, "7", reads as the page numbers' "#" but is a list number)
    if len(re.findall(r"[a-z]{2,}", key)) < 2:
        return False
    return min(line.y0, page.height - line.y1) < 0.14 * page.height and key in repeated


def drop_headers_footers(
    pages: list[Page], in_margin: Callable[[Page, Line], bool], removed: list[str] | None = None
) -> int:
    """Drop running headers/footers, page numbers and markings from ``pages`` in place; return how many went.

    A line in the margin zone (``in_margin``) goes when it is a page number or marking, or when its text with
    digits normalised repeats in the margins of at least ``REPEAT_SHARE`` of the pages (and on two or more).
    A whole-line upper-case marking ("OFFICIAL") goes wherever it sits. ``removed``, when given, gets each
    distinct running line that went for repeating (not page numbers or markings): a report may name its
    partnership only in its running header.
    """
    bands = {id(line) for page in pages for line in _running_band(page, in_margin)}

    def in_band(page: Page, line: Line) -> bool:
        return id(line) in bands

    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_chrome_key(line.text) for line in page.lines if in_band(page, line)})
    threshold = max(2, math.ceil(REPEAT_SHARE * len(pages)))
    repeated = {key for key, n in counts.items() if n >= threshold and key}
    dropped = 0
    seen: set[str] = set()
    for page in pages:
        kept = []
        for line in page.lines:
            text = line.text.strip()
            if in_band(page, line) or _repeated_near_edge(page, line, repeated):
                chrome, key = is_page_chrome(text), _chrome_key(text)
                if chrome or key in repeated:
                    if removed is not None and not chrome and key not in seen:
                        seen.add(key)
                        keep_side_text(removed, text)
                    dropped += 1
                    continue
            elif _MARKING_BODY.match(text):
                dropped += 1
                continue
            kept.append(line)
        page.lines = kept
    return dropped


#: Prefixes whose line-end hyphen is a compound's, kept: "multi-\nagency" -> "multi-agency".
COMPOUND_PREFIXES = frozenset(
    {"multi", "inter", "cross", "co", "self", "well", "non", "anti", "ex", "semi", "sub", "pan", "cyber"}
)
#: Words that a compound prefix often starts and that a line-end break splits: joined without the hyphen.
_JOINED_WORDS = re.compile(
    r"^(?:inter(?:vention|view|nal|est|pret|im|val|rupt|cept|national|action|act|ested|ests|esting)"
    r"|co(?:ercive|ercion|urt|uld|uncil|ntact|mmunity|mmissioned|ntrol|nsider|mplete|ncern|unsel)"
    r"|sub(?:stance|sequent|mit|stantial|ject))",
    re.I,
)
#: Hyphenated words common in DHRs whose hyphen is part of the word even when it falls at a line end.
COMMON_COMPOUNDS = frozenset(
    {
        "case-management", "information-sharing", "decision-making", "follow-up", "long-term", "short-term",
        "high-risk", "medium-risk", "low-risk", "face-to-face", "non-fatal", "record-keeping", "evidence-based",
        "trauma-informed", "so-called", "honour-based", "seven-minute", "re-referral", "re-referred",
        "child-focused", "day-to-day", "one-off", "follow-on", "risk-led", "front-line", "well-being",
    }
)  # fmt: skip
_COMPOUND_IN_LINE = re.compile(r"\b[A-Za-z]+-[A-Za-z]+\b")
_HYPHEN_END = re.compile(r"(?<=[A-Za-z])[-\u00ad\u2010]$")
_LAST_WORD = re.compile(r"(\S+)$")
_FIRST_WORD = re.compile(r"^(\S+)\s*")


def known_compounds(lines: Iterable[Line]) -> set[str]:
    """Hyphenated words the document prints whole within a line: their hyphen is real at a line end too."""
    return {m.group(0).lower() for line in lines for m in _COMPOUND_IN_LINE.finditer(line.text)}


def dehyphenate(lines: list[Line], known: set[str] | frozenset[str] = frozenset()) -> list[Line]:
    """Undo end-of-line hyphenation across consecutive lines (in reading order); returns the new list.

    "recom-" + "mendation was" becomes "recommendation" + "was" (the rest of the word moves up, so words stay
    whole within a line). Kept as a hyphen: a compound prefix ("multi-", "inter-", "co-", "self-", "well-"...),
    a next line starting with an upper-case letter or digit ("Covid-" + "19"), and a dash after a space.
    """
    out: list[Line] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        while i + 1 < n and _HYPHEN_END.search(line.text):
            nxt = lines[i + 1]
            first = _FIRST_WORD.match(nxt.text.lstrip())
            if first is None or not first.group(1)[0].islower():
                break
            last = _LAST_WORD.search(line.text)
            fragment = last.group(1)[:-1] if last else ""
            rest_word = first.group(1)
            soft = line.text.endswith("\u00ad")
            prefix = fragment.rsplit("-", 1)[-1].lower()
            whole = f"{prefix}-{rest_word.rstrip('.,;:)').lower()}"
            keep = not soft and (
                # a compound broken after its linking word: "one-to-" + "one", "step-by-" + "step", "mother-in-"
                ("-" in fragment and prefix in ("to", "by", "in", "and", "of", "on", "the", "a"))
                # or before it: "one-" + "to-one", "face-" + "to-face", "step-" + "by-step"
                or re.match(r"(?:to|by|in|and|of|on|the|a)-[a-z]", rest_word) is not None
                or whole in known
                or whole in COMMON_COMPOUNDS
                or (
                    prefix in COMPOUND_PREFIXES
                    and not _JOINED_WORDS.match(prefix + rest_word.rstrip(".,;:)"))
                )
            )
            joined = line.text[:-1] + ("-" if keep else "") + rest_word
            remainder = nxt.text.lstrip()[first.end() :]
            line.text = joined
            line.broke_word = True
            if remainder:
                nxt.text = remainder
                break
            # The next line was only the rest of the word: absorb it and look at the one after.
            i += 1
        out.append(line)
        i += 1
    return out


def dehyphenate_pages(pages: list[Page]) -> None:
    """:func:`dehyphenate` each page in place, and across page breaks (the word's end moves to the earlier page)."""
    known = known_compounds(line for page in pages for line in page.lines)
    for page in pages:
        page.lines = dehyphenate(page.lines, known)
    for before, after in zip(pages, pages[1:], strict=False):
        if before.lines and after.lines:
            first = after.lines[0]
            joined = dehyphenate([before.lines[-1], first], known)
            if len(joined) == 1:  # the next page's first line was only the rest of the word
                after.lines.pop(0)


_BARE_NUMBER = re.compile(r"\d{1,4}")


def margin_line_numbers(lines: list[Line]) -> set[int]:
    """The ``id``s of line numbers printed in the margin of a page (Word's line numbering, common in panel
    drafts): bare numbers, rising down the page, all at one right edge, left of every other line, each beside
    a line of text, and numbering many of the page's rows (every one, or every fifth: a constant step). A list
    number printed apart is not left of everything (headings and prose start at the margin it sits in)."""
    numbers = [ln for ln in lines if _BARE_NUMBER.fullmatch(ln.text.strip()) and 0 < ln.x1 - ln.x0 < 30]
    others = [ln for ln in lines if not _BARE_NUMBER.fullmatch(ln.text.strip())]
    if len(numbers) < 3 or not others:
        return set()
    left = min(ln.x0 for ln in others)
    numbers = [ln for ln in numbers if ln.x1 < left - 3]
    if len(numbers) < 3:
        return set()
    right = sorted(ln.x1 for ln in numbers)[len(numbers) // 2]
    numbers = sorted((ln for ln in numbers if abs(ln.x1 - right) <= 2.0), key=lambda ln: ln.y0)
    values = [int(ln.text) for ln in numbers]
    if len(numbers) < 3 or any(b <= a for a, b in zip(values, values[1:], strict=False)):
        return set()
    # beside a line of text: level with it (a title's large print is taller than its number); the line may be a
    # bare number itself (a page number typed right-aligned in the text area)
    candidates = {id(ln) for ln in numbers}
    printed = [ln for ln in lines if id(ln) not in candidates]
    if not all(any(o.y0 - 2.0 <= (n.y0 + n.y1) / 2 <= o.y1 + 2.0 for o in printed) for n in numbers):
        return set()
    rows = len({round(o.y0 / 3) for o in others})
    steps = {b - a for a, b in zip(values, values[1:], strict=False)}
    if len(numbers) < 0.3 * rows and not (len(steps) == 1 and steps.pop() >= 2):
        return set()
    return {id(ln) for ln in numbers}


#: Short lower-case words a line may hold alone: no piece of a word broken at the line's end.
_SHORT_WORDS = frozenset(
    "a i am an as at be by do go he if in is it me my no of on or so to up us we".split()  # fmt: skip
)
_SENTENCE_END = re.compile(r"[.!?;:]$")
#: A line that starts a paragraph of its own however it is set: a recommendation's label or a list number.
_OWN_LINE_START = re.compile(
    r"^\s*(?:(?:recommendation|rec\.?|lesson|learning|action)\s*(?:no\.?\s*)?\d|\d{1,3}[.)]?(?:\s|$))", re.I
)


def _column_right(lines: list[Line], line: Line, rights: dict[int, float]) -> float:
    """The furthest right any line of the page starting near ``line``'s left edge reaches (its column's edge);
    ``rights`` caches it per 3 pt of left edge, so that a page of thousands of bold lines costs no square time."""
    key = round(line.x0 / 3)
    if key not in rights:
        rights[key] = max((ln.x1 for ln in lines if abs(ln.x0 - line.x0) < 60), default=line.x1)
    return max(rights[key], line.x1)


def _fills_line(lines: list[Line], line: Line, next_word: str, rights: dict[int, float]) -> bool:
    """Did the print wrap ``line`` because ``next_word`` would not fit after it? (Its right edge plus the word
    reach the column's edge; a word is about half the print size a character wide, or, in a wide face such
    as a bold sans heading, nine tenths of the line's own width per character.)"""
    text = line.text.strip()
    own = 0.9 * (line.x1 - line.x0) / len(text) if len(text) >= 12 else 0.0
    per_char = max(0.45 * line.size, own)
    return line.x1 + per_char * (len(next_word) + 1) >= _column_right(lines, line, rights) - 2.0


def _same_print(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) < 0.3 and a.bold == b.bold


def _next_line_below(a: Line, b: Line, pitch: float = 1.9) -> bool:
    """``b`` printed one line pitch under ``a``, from its left edge or a hanging indent under its words."""
    return (
        b.page == a.page
        and 0 < b.y0 - a.y0 <= pitch * max(a.size, 1.0)
        and a.x0 - 1.0 <= b.x0 <= a.x0 + 40.0
        and b.x0 < a.x1
    )


def join_wrapped_headings(lines: list[Line]) -> list[Line]:
    """PDF: one line again for a heading the print wrapped over two or three lines, and for a word the print
    broke with no hyphen where it did not fit a narrow column ("Recommendation" / "s").

    A DOCX holds a heading as one paragraph; in the PDF "Norfolk County Community Safety" / "Partnership" in
    bold reads as two headings, the last ("Partnership", "risk") the one the recommendations under it take as
    their addressee, and the agency is lost. Joined: bold lines in one print, each set close under the other (a pitch of 1.5 times the print at most: the next
    paragraph is spaced further down), none starting with a recommendation's label or a number,
    each but the last filled to the column's edge (the next line's first word would not have fitted), no
    sentence end before the break, sixteen words at most together, and no further line of the same bold print
    under them (a bold paragraph is no heading). A line holding only two letters or one of lower case that are
    no word by themselves, under a line filled to its edge, is the end of that line's last word.
    """
    rights: dict[int, float] = {}
    out: list[Line] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        j = i + 1
        before = out[-1] if out else None
        # (a run starts a paragraph: under a bold line of its print set close above, it is that one's going on)
        mid_paragraph = (
            before is not None and _same_print(before, line) and _next_line_below(before, line, 1.5)
        )
        if line.bold and not mid_paragraph and not _SENTENCE_END.search(line.text.rstrip()):
            run = [line]
            while (
                j < n
                and len(run) < 3
                and _same_print(run[-1], lines[j])
                # a heading's lines set close (single spacing); the next paragraph is further down
                and _next_line_below(run[-1], lines[j], 1.5)
                and not _SENTENCE_END.search(run[-1].text.rstrip())
                and not _OWN_LINE_START.match(lines[j].text)
                and lines[j].text.split()
                and _fills_line(lines, run[-1], lines[j].text.split()[0], rights)
            ):
                run.append(lines[j])
                j += 1
            words = sum(len(ln.text.split()) for ln in run)
            after = lines[j] if j < n else None
            bold_goes_on = (
                after is not None and _same_print(run[-1], after) and _next_line_below(run[-1], after)
            )
            ends = _SENTENCE_END.search(run[-1].text.rstrip()) is not None  # a heading ends with no full stop
            if len(run) > 1 and words <= 14 and not ends and not bold_goes_on:
                _join(line, run[1:], " ")
                out.append(line)
                i = j
                continue
        j = i + 1
        if j < n and _title_beside_label(line, lines[j]):
            _join(line, [lines[j]], " ")
            out.append(line)
            i = j + 1
            continue
        if j < n:
            piece = lines[j].text.strip()
            if (
                1 <= len(piece) <= 2
                and piece.isalpha()
                and piece.islower()
                and piece not in _SHORT_WORDS
                and line.text.split()
                and len(line.text.split()[-1]) >= 4
                and line.text.split()[-1].isalpha()
                and _same_print(line, lines[j])
                and _next_line_below(line, lines[j])
            ):
                _join(line, [lines[j]], "")
                out.append(line)
                i = j + 1
                continue
        out.append(line)
        i += 1
    return out


#: A recommendation's label alone ("Recommendation 5:", "Rec 5 -", "Recommendation 5"), a title tabbed after it.
_LABEL_ALONE = re.compile(r"^(?:recommendation|rec\.?)\s*(?:no\.?\s*)?\d{1,3}[a-z]?\s*[:.\-–]?$", re.I)


def _title_beside_label(label: Line, title: Line) -> bool:
    """A bold "Recommendation 5:" and its bold title tabbed after it on the same row ("Children's contact"): one
    paragraph in the DOCX, whose title then reads as the recommendation's topic; apart, the title alone reads as
    a heading over the text, and a title naming a service ("Children's contact") as its addressee."""
    words = title.text.split()
    return (
        label.bold
        and _same_print(label, title)
        and _LABEL_ALONE.match(label.text.strip()) is not None
        and title.page == label.page
        and abs(title.y0 - label.y0) <= 1.5
        and title.x0 > label.x1
        and 0 < len(words) <= 8
        and not _SENTENCE_END.search(title.text.rstrip())
    )


def _join(line: Line, rest: list[Line], sep: str) -> None:
    for other in rest:
        line.text = line.text.rstrip() + sep + other.text.strip()
        line.x1 = max(line.x1, other.x1)
        line.y1 = max(line.y1, other.y1)
