"""What a document says about its addressees outside a recommendation's own words.

* The addressee a lead-in sentence names for the list under it ("The following recommendations are for Kent
  Police:", "For the Wealdmoor Hospitals NHS Trust, the panel recommends:"): LABELLING-GUIDE rule 3, like a
  heading; a section's own heading for the items under it, and a heading a PDF wrapped, read whole.
* An action's Lead cell read again with the names the document defines for its agencies (initials, short names:
  :mod:`extraction.agency_glossary`, whose :func:`agency_acronyms` and :func:`expand_acronyms` are imported from
  here too).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from classification.addressee_words import names_no_body
from classification.agency_topics import unknown_named_subject  # noqa: F401 - re-exported for the pipeline
from extraction.agency_glossary import _ACRONYM_ONLY, agency_acronyms, expand_acronyms  # noqa: F401 - re-exported
from extraction.document import Line

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
