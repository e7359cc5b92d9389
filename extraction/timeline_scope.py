"""Whose document a dated "published" or "completed" speaks of, and title or web lines that date no report.

Kept apart from :mod:`extraction.timeline` and its cue tables (:mod:`extraction.timeline_cues`) so each module
stays small. A publication or completion cue dates a review stage only when what was published or completed is
the review (its report, summary or findings). Real pages and reports also date other documents with the same
verbs: statutory guidance, a serious case review, a coroner's report, an annual report, a trial or a police
investigation ("the criminal trial was completed in June 2019"), a book, CCTV images. The team labels those
dates `other` (annotations/real/README.md, timeline conventions), so such a cue is read as a not-event cue.

Which document a verb speaks of is read from the nearest document (or publishing body) named before the verb:
in English the subject comes first, in the passive ("the guidance was published") and the active ("the IOPC
published its findings") alike. That is a heuristic, bounded to a short window before the verb; the dependency
parse (:mod:`extraction.timeline_attach`) is kept for deaths, where it pays.

Title-like lines (title pages, web listings, page heads) are read with a few more checks, each from the team's
conventions (annotations/real/README.md): a "Published ..." line that names no review (with the title-page lines
before it) is a web page's own stamp; a byline or share bar, an agenda or committee paper, a meeting's date field,
a strategy's or policy's title and a long caption line date no report; a date alone in a "|" cell of a listing
line, with nothing on the line saying it is the report's, dates no report.
"""

from __future__ import annotations

import re

#: Documents and bodies that are not the review: their publication or completion dates no review stage.
_FOREIGN = (
    r"safeguarding adults? (?:reviews?|boards?)|serious case reviews?|child safeguarding practice reviews?|"
    r"(?:multi-agency )?learning reviews?|\bsars?\b|\bscrs?\b|\bcsprs?\b|mental health homicide reviews?|"
    r"(?:individual )?management reviews?|\bimrs?\b|chronolog(?:y|ies)|risk assessments?|"
    r"(?:probation|pre-sentence|court|police|coroner['’]?s?|inquest|inspection|annual|research|"
    r"serious further offence|iopc|ipcc|ofsted|cqc|trust['’]?s?|commissioner['’]?s?) reports?|"
    r"prevention of future deaths(?: reports?)?|\bpfds?\b|strateg(?:y|ies)|guidance|legislation|\bbill\b|"
    r"frameworks?|toolkits?|templates?|protocols?|polic(?:y|ies)|research|papers?|journals?|books?|articles?|"
    r"photo(?:graph)?s?|images?|cctv|footage|figures|statistics|survey|coroner|inquests?|trials?|"
    r"investigations?|iopc|ipcc|ombudsman|watchdog|inspectorate|hmic\w*|ofsted|\bcqc\b|newspapers?|"
    r"press releases?|minutes|agendas?|statements?|stor(?:y|ies)|interviews?|tributes?|obituar(?:y|ies)|blogs?|"
    r"appeals?|ministry|\bmoj\b|government|courts?|judgments?|"
    r"(?:earlier|previous|prior|another|separate|former|similar) (?:domestic homicide |dhr )?(?:reviews?|dhrs?|reports?)|home office(?! (?:quality|qa\b|q\.a|letter|feedback))"
)
#: Names of the review itself: a specific name settles it; a generic one may be qualified by a foreign name
#: just before it ("Safeguarding Adults Review overview report", "the IOPC's findings").
_SPECIFIC = r"\bdhrs?\b|\bdardrs?\b|domestic homicide reviews?|domestic abuse related death reviews?"
_GENERIC = r"(?:overview |executive |final |full )?(?:reports?|summary|summaries|reviews?|findings)"
_DOCUMENT = re.compile(rf"(?P<foreign>{_FOREIGN})|(?P<specific>{_SPECIFIC})|\b(?P<generic>{_GENERIC})\b")
#: The verb of a publication or completion cue (a field cue such as "Date published:" names no document).
_VERB = re.compile(
    r"\b(?:published|publishing|publishes|released|releasing|completed|finalised|finalized|concluded|uploaded|dated|"
    r"made (?:publicly )?(?:public|available)|went live|placed|agreed|approved|signed off|endorsed|ratified)\b"
)
#: What joins the two names of a joint review ("DHR (and) / SAR", "Domestic Homicide Review and Safeguarding
#: Adults Review").
_JOINED = re.compile(r"^\s*(?:\([^)]{0,12}\)\s*)?(?:and|/|&)\s*(?:an?\s+|the\s+)?$")
#: A generic name inherits a foreign name only when nothing but a possessive or a few words join them.
_QUALIFIER_GAP = re.compile(r"^(?:['’]s?)?\s*(?:(?!(?:the|a|an|and|or|of)\b)[a-z-]+\s+)?$")


_AFTER_PREPOSITION = re.compile(r"\b(?:by|to|with|from|via|for)\s+(?:the\s+)?$")
#: A publisher after the verb that is not a partnership: a research body, a charity, a newspaper, an inspectorate.
_OTHER_AGENT = re.compile(
    # ("from" only right after the date: "dated 4 April 2015 from the probation officer", not "completed in 2019
    # with input from the police")
    rf"(?:(?:(?!\b(?:after|following|before|once|until|approval|agreement|consent)\b)[^.;,]){{0,30}}?\bby|[^.;,]{{0,20}}?\d[^.;,a-z]{{0,6}}\s+from) (?:the |a |an |her |his |their )?(?:[\w'’-]+ ){{0,3}}?"
    rf"(?:{_FOREIGN}|census|charit(?:y|ies)|universit(?:y|ies)|"
    r"probation|officers?|social workers?|gps?\b|doctors?|hospital|schools?|housing|police|nurses?|"
    r"institutes?|foundation|think tank|researchers?|academics?|campaigners?|women['’]s aid|refuge|safelives)\b"
)


#: A body named as the one approving ("Home Office approval", "the Home Office's sign-off"), not the publisher.
_APPROVAL = re.compile(r"(?:['’]s)?\s+(?:approval|agreement|sign[- ]off|consent|clearance)\b")
#: The partnership (or council) named as the subject between a foreign name and the verb.
_PARTNERSHIP_SUBJECT = re.compile(
    r"[,;]\s*(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?(?:partnership|csp|council|community safety [\w ]{0,20}?board)\s+"
    r"(?:has\s+|have\s+|then\s+|finally\s+)?$"
)


#: The start of a line or cell, then only the verb of a field ("Published:"; not "Report | Police report published:").
_FIELD_START = re.compile(r"(?:^|\|)\s*(?:(?:date|first)\s+)?$")
_FIELD_COLON = re.compile(r"\s*:")


def foreign_document(low: str, start: int, end: int) -> bool:
    """Does the publication or completion cue ``low[start:end]`` speak of a document other than the review?

    ``low`` is the lowercased sentence. The nearest document or body named within 100 characters before the
    cue's verb decides; none named (a field, "It was published on ...") means the review.
    """
    verb = _VERB.search(low, start, end)
    if verb is None:
        return False
    # the publisher named after the verb ("a report published in 2019 by the Femicide Census")
    if _OTHER_AGENT.match(low, verb.end(), verb.end() + 60):
        return True
    if _FIELD_START.search(low, 0, verb.start()) and _FIELD_COLON.match(low, verb.end()):
        # "... Integrated Care Board | Published: DATE": a field opening its own line (a title page's lines are
        # joined by " | ") dates the page's own document, whatever an earlier line names
        return False
    names = list(_DOCUMENT.finditer(low, max(0, verb.start() - 100), verb.start()))
    if not names:
        return False
    # a body named as the agent of an earlier verb ("signed off by the Home Office and published in ..."):
    # not what was published
    while (
        len(names) > 1
        and names[-1].group("foreign")
        # (or where it went: "submitted to the Home Office in May 2018 and published in November 2018")
        and _AFTER_PREPOSITION.search(low, max(0, names[-1].start() - 12), names[-1].start())
    ):
        names.pop()
    last = names[-1]
    if last.group("foreign") and (
        _APPROVAL.match(low, last.end()) or _PARTNERSHIP_SUBJECT.search(low, last.end(), verb.start())
    ):
        # a body named as approver ("Following Home Office approval, ..."), or the partnership itself the
        # subject of the verb after it ("..., the partnership released the review"): the review
        return False
    if last.group("foreign"):
        # a joint review: "the joint Domestic Homicide Review and Safeguarding Adults Review ... was published"
        return not any(
            n.group("specific") and _JOINED.match(low[n.end() : last.start()]) for n in names[-3:-1]
        )
    if last.group("specific") or len(names) < 2:
        return False
    before = names[-2]
    return bool(before.group("foreign")) and bool(_QUALIFIER_GAP.match(low[before.end() : last.start()]))


#: "Embargoed until 00:01 on Tuesday 21 April 2022": the clock time is the embargo's, not a page's time stamp.
EMBARGO = re.compile(r"\bembargo(?:ed)?\b")

#: A web page's byline or share bar ("Published 3 March 2021 by Press Office | 5 min read"): the page's own
#: date, which the team labels `other` (as "Posted on ...", "Last updated ...").
_BYLINE = re.compile(
    r"\b\d+\s*min(?:ute)?s?\s+read\b|\bby (?:the )?(?:press office|communications team|comms team|news ?desk|"
    r"web team|editor|reporter|correspondent)\b|^\W*author\s*:[^|]{0,40}?published\b"
)
#: Title lines of documents that are not the review's report: a committee paper, an agenda, terms of
#: reference, a meeting's own header. Their dates date no report.
_NOT_A_REPORT_TITLE = re.compile(
    r"^\W*(?:agenda\b|item \d|terms of reference\b|report (?:of|to|from) the (?:chief|director|head|cabinet|"
    r"leader|executive|portfolio|strategic|assistant)|report to\s*:|report to the [a-z ]{0,40}?(?:board|"
    r"committee|panel|partnership)\b)|\bdate of (?:the )?(?:last |next |first )?(?:meeting|board|committee)\b|"
    r"\b(?:our|your) ref(?:erence)?\b|^\W*dear\b|\bvenue\s*:|\btime\s*:\s*\d|"
    r"\b(?:last|next) (?:panel )?meeting\b|\b(?:board|committee|partnership|cabinet) meeting\b|\bmeeting of\b|\bagenda item\b|\brecord created\b|\blast modified\b|\bminutes\b|"
    r"\breview period\s*:|\bperiod (?:under review|of review|covered)\s*:|"
    # a draft or version sent round, a council body's own paper ("Cabinet Report Date: ...", "Police and Crime
    # Panel Report Date: ... Subject: Domestic Homicide Reviews")
    r"\bcirculated\b|\b(?:cabinet|committee|scrutiny|police and crime panel|council|board) report\b|"
    # a document's own upkeep: "Next review date: April 2022", "Date of next review", "Review due: ..."
    r"\bnext review\b|\breview (?:date|due)\b|\bdate of (?:the )?next review\b"
)


def page_byline(low: str) -> bool:
    """A web page's byline or share bar: its dates are the page's own (no publication, no report)."""
    return bool(_BYLINE.search(low))


def not_a_report_title(low: str) -> bool:
    """A title or field line of a committee paper, agenda, terms of reference or meeting: no report date."""
    return bool(_NOT_A_REPORT_TITLE.search(low))


#: What names the report's own date on a web listing's line (in the cell a date sits in, or the cell before).
_SAYS_EVENT = re.compile(
    r"\b(?:published|publication|final|completed?|completion|updated|revised|dated?|author|chair|approved|"
    r"uploaded|version|produced|written|prepared)\b"
)


#: A bilingual title page's date, one cell per language ("Tachwedd 2022 | November 2022", "Mai 2021 | May 2021"):
#: a month word and the same year in each cell is one date, not a listing's cells.
_ONE_DATE_TWICE = re.compile(r"(?:[^\W\d_]+\s+)?((?:19|20)\d\d)\s*\|\s*(?:[^\W\d_]+\s+)?\1")


def unsaid_listing_date(line: str, start: int, end: int) -> bool:
    """A date alone in a cell of a web listing's line ("Domestic Homicide Review - Adult B | 3 March 2021",
    "Overview Report | Adult J | November 2018"): nothing on the line says it is the report's date, and the team
    labels such a date `other`. ``line[start:end]`` is the date; only cells split by "|" within the line count.
    (Read for the report's date only: a death's own words are read by the death cues.)"""
    if "|" not in line or _ONE_DATE_TWICE.fullmatch(line.strip()):
        return False
    cell_start = line.rfind("|", 0, start) + 1
    next_bar = line.find("|", end)
    cell_end = len(line) if next_bar < 0 else next_bar
    if cell_start == 0 and next_bar < 0:
        return False
    own = line[cell_start:start] + " " + line[end:cell_end]
    if own.strip(" .,;:–—-()") and _SAYS_EVENT.search(own.lower()):
        return False
    # the cells either side: a row's label before ("Author: ..."), its description after ("| Completed report
    # agreed by the panel")
    previous = (
        line[line.rfind("|", 0, max(0, cell_start - 1)) + 1 : max(0, cell_start - 1)] if cell_start else ""
    )
    following = "" if next_bar < 0 else line[next_bar + 1 :].split("|", 1)[0]
    return not _SAYS_EVENT.search(f"{previous} | {following}".lower())


#: A word naming the review or its report: a bare "Published on Tuesday 01 December 2020" or "Publication date:
#: ..." line without one (nor one on the title-page lines before it) is a web page's own stamp, which the team
#: labels `other` (the publication needs the sentence to say the review was published). An embargo line is a
#: review's press release ("for publication Embargoed until ...").
_REVIEW_WORD = re.compile(r"\b(?:review|dhr|dardr|reports?|summary|overview)\b|\bembargo")
#: The title of a document that is not a review: a strategy, policy, plan, guidance, protocol.
_OTHER_TITLE = re.compile(
    r"\b(?:strateg(?:y|ies)|polic(?:y|ies)|(?:delivery|business|annual|partnership) plan|plan \d{4}|guidance|"
    r"protocol|framework|toolkit|procedures?|annual report|newsletter|bulletin|press release)\b"
)


def stamp_only(low: str) -> bool:
    """A title-like line (with the title-page lines before it) that names no review: its "Published ..." date is
    a page's own stamp, its "Final ..." date another document's."""
    return not _REVIEW_WORD.search(low)


#: Who wrote the report ("Independent Author November 2016", "Author Ged McManus Date: ...") or its completion:
#: such a line names no review but dates the report.
_AUTHOR_WORD = re.compile(
    r"\b(?:author|chair|chairs|chairperson|reviewer|produced by|prepared by|written by|compiled by|"
    # a field naming the completion itself ("Date of Completion: 28th February 2022")
    r"complet(?:ed|ion)|finalised|final(?! draft)|dated?\s*:|for publication)"
)


def unsigned_stamp(low: str) -> bool:
    """A title-like line (with the title-page lines before it) that names neither the review nor its author:
    its "Updated ...", "Version ..." or "Date:" is a web page's, a committee paper's or a circulation's, not the
    report's own date ("Updated 17 February 2023 Share this page", "Version 2 circulated to the Board, DATE").
    A report's date comes with the report's name or its author (annotations/real/README.md, conventions)."""
    return stamp_only(low) and not _AUTHOR_WORD.search(low)


#: A review's name qualifying another kind of document ("Domestic Homicide Review Toolkit", "DHR guidance", "the
#: review process"): that names the document, not a review.
_REVIEW_QUALIFIER = re.compile(
    r"\b(?:reviews?|dhrs?|dardrs?|reports?)\s+(?:toolkit|guidance|strateg(?:y|ies)|polic(?:y|ies)|protocol|"
    r"procedures?|process|templates?|framework|newsletter|bulletin|training|leaflet)\b"
)


def other_document_title(low: str) -> bool:
    """A title line of a strategy, policy, guidance or plan that names no review ("Final January 2019 ... Domestic
    Abuse Strategy 2019 - 2021", "Home Office guidance revised December 2016 Domestic Homicide Review Toolkit"):
    its version date is not a review's report."""
    return bool(_OTHER_TITLE.search(low)) and not _REVIEW_WORD.search(_REVIEW_QUALIFIER.sub(" ", low))


def unreported_long_line(low: str) -> bool:
    """A long line that names no report ("Date: 01-03-16 .. Pictured: ... The trial has begun of ..."): a news
    page or caption, whose "Date:" is not a report's date (a title page's field line is short)."""
    return (
        len(low.split()) > 14 and not _REVIEW_WORD.search(low) and not re.search(r"\b(?:author|chair)\b", low)
    )
