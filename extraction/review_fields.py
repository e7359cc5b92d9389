"""The review's own fields from its first pages: title, commissioning CSP, subject, chair, author, document
type, review kind and death type (``review_info``), and the CSP when the first pages name none
(``csp_named_most``), read in ``extraction/review_csp.py``."""

from __future__ import annotations

import re

from dhr.schema import ReviewInfo
from extraction.death_type import death_type, review_kind
from extraction.document import Document, Page
from extraction.review_csp import (
    commissioning_csp,
    commissioning_csp_later,
    csp_for_levels,
    csp_named_most,
)
from extraction.sections import body_font_size

__all__ = [
    "commissioning_csp",
    "commissioning_csp_later",
    "csp_for_levels",
    "csp_named_most",
    "review_info",
    "with_tables",
]

_SUBJECT = re.compile(
    r"(?:death of|into the death of|homicide of|concerning|in respect of|regarding)\s+"
    r"((?:Mrs|Mr|Ms|Miss|Adult|Child|Baby)\.?\s+[A-Z][\w-]*|[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b)"
)
_PERSON_ROLE = re.compile(
    r"(?P<role>(?i:(?:independent\s+)?(?:chair(?:\s+and\s+(?:overview\s+)?author)?|(?:overview\s+)?author|"
    r"report\s+author|chair\s*/\s*author)))\s*[:\-–]\s*"
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z]\.)?(?:[ \t]+[A-Z][\w'-]+){0,2})"
)
#: Words that end a name run on into the next field ("Dr Alan Whitcombe Report dated ...").
_NOT_NAME = {"Report", "Author", "Chair", "Independent", "Date", "Dated", "Version", "Overview", "Final"}


def _title(document: Document) -> str | None:
    """The title: the first run of the largest print on page 1, or its first heading, or its first line."""
    first = [line for line in document.pages[0].lines[:15] if line.text.strip()]
    if not first:
        return None
    body = body_font_size(document)
    biggest = max(line.size for line in first)
    if biggest >= body + 1.0:
        start = next(i for i, line in enumerate(first) if line.size >= biggest - 0.5)
        run = [line.text.strip() for line in first[start : start + 3] if line.size >= biggest - 0.5]
    else:
        headed = [line for line in first if line.heading_level is not None]
        run = [(headed[0] if headed else first[0]).text.strip()]
    return " ".join(run)[:300] or None


_DARDR_NAME = "domestic abuse related death review"


def with_tables(page: Page) -> str:
    """A page's text with its native tables' cells (a DOCX keeps a table out of the lines; a PDF's text layer
    prints it, so the two forms of one report name the same CSP and places)."""
    cells = [str(cell) for table in page.native_tables for row in table for cell in row if cell]
    return "\n".join([page.text, *cells]) if cells else page.text


#: The pages after the first three that a report's foreword or introduction may start on (after its contents,
#: a glossary and an executive summary)
_LATER_PAGES = slice(3, 12)


#: The most characters of the first pages read for the review's fields (about twelve pages of prose): the work is
#: bounded whatever the document, and a CSP named only further in is not the title page's.
_HEAD_CHARS = 40_000
#: What divides a running header's fields ("Safer X Partnership - DHR Adult A | OFFICIAL").
_RUNNING_SEPARATOR = re.compile(r"\s+[-\u2013\u2014|:]\s+|\s*\|\s*|\t")


def review_info(document: Document) -> ReviewInfo:
    """Title, CSP, subject, chair and author from the first pages."""
    head_pages = document.pages[:3]
    # bounded: a text file with no form feeds (or a DOCX with no page breaks) is one page, the whole report
    head_text = "\n".join(with_tables(p) for p in head_pages)[:_HEAD_CHARS]
    info = ReviewInfo()
    if document.pages and document.pages[0].lines:
        info.title = _title(document)
    flat = " ".join(head_text.split())
    # the title page first: a short report's recommendations on the next pages name the partnerships and
    # councils they are addressed to ("The Safe Durham Partnership should ..."), which are not its commissioner
    info.csp = (
        commissioning_csp(with_tables(head_pages[0])[:_HEAD_CHARS]) if len(head_pages) > 1 else None
    ) or (commissioning_csp(head_text))
    if info.csp is None and document.running_text:
        # last resort: a report that names its partnership only in its running header or footer ("Safer
        # Northshire Partnership - DHR Adult A - OFFICIAL"), which the reader took out of the lines; each piece
        # between separators on a line of its own, as a title page would print it
        pieces = [p for line in document.running_text for p in _RUNNING_SEPARATOR.split(line) if p.strip()]
        info.csp = commissioning_csp("\n".join(pieces))
    if info.csp is None and len(document.pages) > 3:
        info.csp = commissioning_csp_later(
            "\n".join(with_tables(p) for p in document.pages[_LATER_PAGES])[:_HEAD_CHARS]
        )
    if m := _SUBJECT.search(flat):
        info.subject = m.group(1)
    for m in _PERSON_ROLE.finditer(head_text):
        role = m.group("role").lower()
        words = m.group("name").split("\n")[0].split()
        cut = next((i for i, w in enumerate(words) if w.rstrip(".") in _NOT_NAME), len(words))
        name = " ".join(words[:cut]).rstrip(".")
        if len(words[:cut]) < 2:
            continue
        if "chair" in role and info.chair is None:
            info.chair = name
        if ("author" in role) and info.author is None:
            info.author = name
    lowered = flat[:3000].lower()
    if "executive summary" in lowered[:600]:
        info.document_type = "executive_summary"
    elif "action plan" in lowered[:300]:
        info.document_type = "action_plan"
    elif "overview report" in lowered or "domestic homicide review" in lowered or _DARDR_NAME in lowered:
        info.document_type = "overview_report"
    info.review_kind = review_kind(document)
    info.death_type = death_type(document)
    return info
