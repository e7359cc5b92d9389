"""Reading a document for the timeline: its sentences, and the Home Office QA panel's letter.

Kept apart from :mod:`extraction.timeline` (the cue reading) so each module stays small. A QA letter is judged
from its own first lines (:func:`is_qa_letter`); a letter that clears the report dates the panel's sign-off
(:func:`qa_letter_sign_off`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dhr.dates import FoundDate
from extraction.document import Document
from extraction.timeline_cues import _DEAR, _HOME_OFFICE_HEADER, _QAP, _SENTENCE_SPLIT
from extraction.timeline_dates import find_dates


def sentences(document: Document) -> list[tuple[str, int]]:
    """(sentence, page number) in reading order: the lines of a block joined, blocks kept apart."""
    out: list[tuple[str, int]] = []
    for page in document.pages:
        # join lines of a block; keep block boundaries as paragraph breaks
        paragraphs: list[str] = []
        current: list[str] = []
        last_block = None
        for line in page.lines:
            if last_block is not None and line.block != last_block and current:
                paragraphs.append(" ".join(current))
                current = []
            current.append(line.text.strip())
            last_block = line.block
        if current:
            paragraphs.append(" ".join(current))
        for para in paragraphs:
            for sentence in _SENTENCE_SPLIT.split(para):
                sentence = " ".join(sentence.split())
                if sentence:
                    out.append((sentence, page.number))
    return out


def is_qa_letter(document: Document) -> bool:
    """Is ``document`` a Home Office QA panel feedback letter, judged from its own first lines?

    The first ~40 lines of the first page must name the QA panel ("Home Office Quality Assurance Panel", "DHR Quality Assurance
    Panel", "QA Panel") and read as a letter: a "Dear ..." salutation, or the Home Office address in the header.
    An overview report that mentions the QA panel in its opening lines has neither.
    """
    # the first page only: a letter opens on it; a report whose appendix holds the letter opens with its title page
    head = [t for line in document.pages[0].lines[:40] if (t := line.text.strip())] if document.pages else []
    if not head or not re.search(_QAP, " ".join(head), re.IGNORECASE):
        return False
    if any(_DEAR.match(text) for text in head):
        return True
    return any(_HOME_OFFICE_HEADER.search(text) for text in head[:8])


_QA_CLEARED = re.compile(
    r"(?:arrange for (?:the )?publication|approved for publication|"
    # "the Panel has approved the report for publication"
    r"(?<!not )(?<!n.t )approved (?:the |this |your )?(?:overview )?(?:report|review|dhr) for publication|does not need to see (?:another|a further) "
    r"version|does not need to see (?:the|this|your) (?:revised |overview )?(?:report|review|dhr) again|(?:is|was) (?:now )?(?:cleared|approved) (?:for|to) publi|"
    # the letter's closing request once the changes are made: the final version and where it will be published
    r"copy of the (?:revised )?final version|(?:web ?link|link|address) (?:to|of) the (?:web ?site|site|page) "
    r"where (?:the|this|your) (?:overview )?report (?:will be|is to be) published|(?:content|happy) for (?:the|this) "
    r"report to be published|(?:content|happy) for it to be published|(?:content|happy|satisfied) that (?:the |this )?(?:revised )?(?:report|review|dhr|it) "
    r"(?:may|can|could) (?:now )?be published)",
    re.IGNORECASE,
)


#: "Once these changes have been made, the report may be published": cleared, unless the letter asks to see it
#: again first ("... before it can be published", "please resubmit", "the Panel would like to see the revised
#: report", "so that the Panel can consider them again").
_MAY_BE_PUBLISHED = re.compile(
    # the lookbehinds cover the optional article too: "before the report can be published" asks for changes
    r"(?<!before )(?<!until )(?<!before the )(?<!until the )(?<!before this )(?<!until this )\b(?:the |this |your )?(?:report|review|dhr|it) (?:may|can) (?:then |now )?be published\b",
    re.IGNORECASE,
)
_SEE_AGAIN = re.compile(
    r"\bre-?submi|\bsee (?:the |a |an )?(?:revised|amended|further|updated) (?:version|report|draft)|"
    r"(?<!not need to )(?<!no need to )\bsee (?:the |this |your )?(?:report|review|it) again\b|"
    r"\b(?:should|must|may) not (?:yet )?be published|"
    r"\b(?:consider|review|look at) (?:it|them|the (?:revised |amended )?(?:report|changes)) again\b|\bnot (?:yet )?(?:ready|suitable) (?:for|to be) publi",
    re.IGNORECASE,
)


def _clears(text: str) -> bool:
    """Does the letter's text clear the report for publication (see :data:`_QA_CLEARED`, :data:`_MAY_BE_PUBLISHED`)?"""
    return bool(_QA_CLEARED.search(text) or (_MAY_BE_PUBLISHED.search(text) and not _SEE_AGAIN.search(text)))


def qa_letter_sign_off(document: Document) -> tuple[FoundDate, str, int] | None:
    """A Home Office QA feedback letter clearing a report: its first full date (the QA panel's sign-off), the
    words around it and its page, or None. The letter is the document, or an appendix of a report
    (:func:`_appended_letter`)."""
    if not document.pages:
        return None
    if not is_qa_letter(document):
        return _appended_letter(document)
    text = " ".join(document.text.split())
    if not (re.search(r"\bdear\b", text[:1500], re.I) and re.search(_QAP, text[:3000], re.I)):
        return None
    if not _clears(text):
        return None
    revised = _revised_heard(text)
    if revised is not None:
        return revised
    head = text[:600]
    dated = [d for d in find_dates(head) if d.precision == "day"]
    if not dated:
        return None
    date = dated[0]
    return date, head[max(0, date.start - 80) : date.end + 20], 1


#: The panel's hearing of the revised report, dated ("The revised report was reviewed by the Panel on DATE",
#: "The Panel considered the resubmitted report at its meeting on DATE"): in a letter clearing the report, that
#: meeting is the sign-off (the letter's own date is later, and stands for it only where the meeting is undated).
_REVISED_HEARD = re.compile(
    r"\b(?:revised|amended|updated|resubmitted|re-submitted|final) (?:version of the )?(?:overview )?"
    r"(?:report|review|dhr|version)\b[^.;]{0,60}?\b(?:considered|reviewed|discussed|heard|approved)\b|"
    r"\b(?:considered|reviewed|discussed|heard|approved)\b (?:the |this |your )?(?:revised|amended|updated|"
    r"resubmitted|re-submitted) (?:version|report|review|dhr)\b|\bre-?submission\b[^.;]{0,40}?\b(?:considered|reviewed|"
    r"discussed|heard)\b",
    re.IGNORECASE,
)


def _revised_heard(text: str) -> tuple[FoundDate, str, int] | None:
    """The one dated day of a sentence telling the panel's hearing of the revised report (see :data:`_REVISED_HEARD`)."""
    for m in _REVISED_HEARD.finditer(text):
        start = max(text.rfind(". ", 0, m.start()) + 1, 0)
        stop = text.find(". ", m.end())
        sentence = text[start : stop if stop >= 0 else len(text)]
        dated = [d for d in find_dates(sentence) if d.precision == "day"]
        if len(dated) == 1:
            date = dated[0]
            return replace(date, start=date.start + start, end=date.end + start), sentence.strip()[:200], 1
    return None


#: Lines a letter's head may take above its "Dear ..." (address, date, reference, subject), and lines of its body.
_HEAD_LINES = 12
_BODY_LINES = 60


def _appended_letter(document: Document) -> tuple[FoundDate, str, int] | None:
    """A QA letter appended to a report (published reports often end with it): a "Dear ..." line after the first
    page, with the Home Office's address or the QA panel above it, a body naming the QA panel and clearing the
    report; its date is the last full date of its head."""
    lines = [
        (line.text.strip(), page.number)
        for page in document.pages
        for line in page.lines
        if line.text.strip()
    ]
    for i, (text, page) in enumerate(lines):
        if page == 1 or not _DEAR.match(text):
            continue
        head = [t for t, _ in lines[max(0, i - _HEAD_LINES) : i]]
        body = " ".join(t for t, _ in lines[i : i + _BODY_LINES])
        named = re.search(_QAP, " ".join(head), re.IGNORECASE) or re.search(_QAP, body[:1500], re.IGNORECASE)
        if not named or not any(_HOME_OFFICE_HEADER.search(t) or re.search(_QAP, t, re.I) for t in head):
            continue
        if not _clears(body):
            continue
        revised = _revised_heard(body)
        if revised is not None:
            return revised[0], revised[1], page
        joined = " ".join(head)
        dated = [d for d in find_dates(joined) if d.precision == "day"]
        if dated:
            date = dated[-1]
            return date, joined[max(0, date.start - 80) : date.end + 20], page
    return None
