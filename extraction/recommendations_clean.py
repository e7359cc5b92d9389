"""Post-filters over the items a recommendations section was split into.

Split out of :mod:`extraction.recommendations`: two numbered paragraphs run into one line are split again,
then lead-ins, terms of reference, the panel's commentary and other numbered non-recommendations are dropped,
and sub-points fold into their parent. Whether wording reads as a recommendation is
:mod:`extraction.recommendation_wording`'s.
"""

from __future__ import annotations

import re

from extraction.list_lead_ins import announces_list
from extraction.plan_prose import PROSE_LABEL_START, holds_prose_plan
from extraction.recommendation_items import (
    RawItem,
    _has_sub_points,
    _in_recommendations_block,
    _is_sub_item,
    _is_sub_point,
    _next_numbers,
)
from extraction.recommendation_marks import WORD_NUMBERS
from extraction.recommendation_wording import (
    INTRO,
    NOT_RECS_LEAD_IN,
    REC_LEAD_IN,
    STILL_TO_DO,
    is_commentary,
    reads_as_recommendation,
    split_fields,
    subject_of,
    written_as_done,
)

_INLINE_LABEL = re.compile(
    r"(?<=[.;:!?])\s+(?:recommendation|rec\.?)\s*(?:number|no\.?)?\s*(?P<n>\d+(?:\.\d+)*[a-z]?)\s*[:.\-–)]\s*",
    re.IGNORECASE,
)


def split_inline_numbers(items: list[RawItem]) -> list[RawItem]:
    """Text extraction can run two numbered paragraphs into one line ("... incidents. 68. The CCG ...")."""
    out: list[RawItem] = []
    queue = list(items)
    while queue:
        item = queue.pop(0)
        labelled = _INLINE_LABEL.search(item.text)
        if labelled and labelled.start() > 0:
            # "Recommendation 1: ... Recommendation 2: ..." in one paragraph (Word drafts, prose plans)
            rest = item.text[labelled.end() :]
            item.text = item.text[: labelled.start()].strip()
            number = WORD_NUMBERS.get(labelled.group("n").lower(), labelled.group("n"))
            queue.insert(
                0,
                RawItem(
                    number,
                    rest,
                    item.page,
                    item.section,
                    item.heading,
                    style="labelled",
                    in_block=item.in_block,
                ),
            )
            out.append(item)
            continue
        if item.style in ("numeric", "labelled") and item.number:
            for nxt in _next_numbers(item.number):
                m = re.search(rf"(?<=[.;:])\s+{re.escape(nxt)}[.)]?\s+(?=[A-Z])", item.text)
                if m:
                    rest = item.text[m.end() :]
                    item.text = item.text[: m.start()].strip()
                    queue.insert(
                        0,
                        RawItem(
                            nxt,
                            rest,
                            item.page,
                            item.section,
                            item.heading,
                            style=item.style,
                            in_block=item.in_block,
                        ),  # fmt: skip
                    )
                    break
        out.append(item)
    return out


#: A lead's last word that needs the lettered items to finish its sentence ("The Police should:", "... to:").
_OPEN_END = re.compile(
    r"\b(?:should|must|will|shall|to|that|by|and|or|for|of|with|including|includes?|are|is|be|following)\s*:$",
    re.IGNORECASE,
)


def _lettered_points(items: list[RawItem], index: int) -> bool:
    """Lettered items ("(a)", "(b)") under a numbered recommendation that is a whole sentence ending in a colon,
    numbered beside recommendations of its own level ("10.2.1" .. "10.2.3"): its own points, one recommendation
    (as bullets or a legal next level there are), not recommendations of their own under a lead-in such as
    "3. The Police should:" (whose sentence the letters finish). So too a list's next level "(a)", "(i)" set in
    under a recommendation that is a whole sentence of its own ("14.8 That carers are spoken to alone." over
    "(a) This should be ..."): the points go on with it (a heading or lead-in over lettered recommendations
    reads as no recommendation itself)."""
    item = items[index]
    following = items[index + 1] if index + 1 < len(items) else None
    text = item.text.strip()
    if item.style == "labelled" and following is not None and following.style == "letter":
        return _points_set_in(item, following)
    if item.style != "numeric" or not item.number or following is None or following.style != "letter":
        return False
    if not text.endswith(":") and not _points_set_in(item, following):
        return False
    if text.endswith(":") and (len(text.split()) < 12 or _OPEN_END.search(text)):
        return False
    family = item.number.rpartition(".")[0]
    return any(
        other is not item
        and other.style == "numeric"
        and other.number
        and other.number.count(".") == item.number.count(".")
        and other.number.rpartition(".")[0] == family
        and not other.text.rstrip().endswith(":")
        for other in items
    )


def _points_set_in(item: RawItem, following: RawItem) -> bool:
    """Is ``following`` the first point ("a", "i") of a list set in under the recommendation ``item``, a whole
    sentence read as a recommendation (not a lead-in announcing the list, nor a heading)?"""
    text = item.text.strip()
    if (following.number or "").lower() not in ("a", "i"):
        return False
    if not item.lines or not following.lines or following.lines[0].x0 <= item.lines[0].x0 + 9.0:
        return False
    if not re.search(r"[.:]$", text) or len(text.split()) < 8 or _OPEN_END.search(text):
        return False
    if INTRO.search(text) or (REC_LEAD_IN.search(text) and not text.endswith(":")):
        return False
    return reads_as_recommendation(text)


#: A preamble naming the agencies a plan or a set of recommendations is for ("The agencies responsible for this
#: action plan are Kent Police, ...", "The following agencies are responsible for the recommendations:"): a
#: list of bodies, not a recommendation, nor the lead of any one of them (DHR-REPORTS.md). A sentence that
#: tells those agencies to act ("... responsible for this action plan should report ...") does not match.
_AGENCY_PREAMBLE = re.compile(
    r"^(?:the\s+)?(?:(?:agencies|organi[sz]ations|partners|bodies)\s+(?:(?:who|that)\s+are\s+)?"
    r"(?:responsible\s+for|involved\s+in|named\s+in|leading\s+on|contributing\s+to)\s+"
    r"(?:this|the|these)\s+(?:action\s+plan|plan|recommendations)\s+(?:are|were|include|is)\b"
    r"|following\s+(?:agencies|organi[sz]ations|partners|bodies)\s+(?:are|were|will\s+be|have\s+been)\s+"
    r"(?:responsible|involved|named)\b)",
    re.IGNORECASE,
)


#: A lead-in whose sentence the items under it finish: "It is recommended that Northshire Police:", "The panel
#: recommends that the Council and Oak Homes:" over "reviews how ...", "agree a ...": its subject is theirs.
_THAT_LEAD_IN = re.compile(
    r"^(?:it\s+is\s+(?:therefore\s+|also\s+|further\s+)?recommended|(?:the\s+)?(?:dhr\s+|review\s+|overview\s+)?"
    r"(?:panel|review|author|chair|report)\s+(?:therefore\s+|also\s+|further\s+)?recommends?)\s+that\s+"
    r"(?P<subject>.{3,120}?)\s*:$",
    re.IGNORECASE,
)


def _that_subject(items: list[RawItem], index: int) -> str | None:
    """The subject of a "recommended that X:" lead-in at ``index`` whose next item continues its sentence."""
    m = _THAT_LEAD_IN.match(items[index].text.strip())
    following = items[index + 1].text.strip() if index + 1 < len(items) else ""
    return m.group("subject") if m and following[:1].islower() else None


def _join(parent: RawItem, point: RawItem, text: str) -> None:
    """Fold the sub-point ``point`` (its text ``text``) into ``parent``; a "Lead agency:" line printed under the
    last point is the whole recommendation's."""
    if parent.main_len is None:
        parent.main_len = len(parent.text)
    parent.text += " " + text
    parent.lead_text = parent.lead_text or point.lead_text
    parent.target_text = parent.target_text or point.target_text


def _fielded(item: RawItem) -> bool:
    """Does ``item`` name its own lead and its own target ("Revise the policy. Lead: X. Target: March 2019.")?"""
    if item.lead_text is not None or item.target_text is not None:
        return bool(item.lead_text and item.target_text)
    _text, lead, target = split_fields(item.text)
    return bool(lead and target)


def _action_point(items: list[RawItem], index: int, parent: RawItem) -> bool:
    """Is the sub-point ``items[index]`` one of ``parent``'s actions? Points under a recommendation that each
    name their own lead and target are the actions agreed for it (a recommendation's own points share its
    lead); a lead and target printed under the last point only are the whole recommendation's, so one such point
    counts as an action only beside another (before it, or next, at its indent)."""
    item = items[index]
    if not _fielded(item):
        return False
    if parent.actions_listed:
        return True
    following = items[index + 1] if index + 1 < len(items) else None
    return (
        following is not None
        and following.style == item.style
        and bool(following.lines and item.lines)
        and abs(following.lines[0].x0 - item.lines[0].x0) <= 3.0
        and _fielded(following)
    )


def _conclusions_before(items: list[RawItem], section_heading: str) -> set[int]:
    """In a "Conclusions and recommendations" chapter numbered in one legal list, the paragraphs before the
    numbered lead-in that announces the recommendations at the next level ("15.1" .. "15.9", then "15.10 The
    panel makes the following recommendations:" over "15.10.1" ..): the chapter's conclusions, however worded
    ("The panel considers that ... should not ..."). Their indices."""
    if not re.search(r"conclusion", section_heading, re.I):
        return set()
    for k, item in enumerate(items[:-1]):
        text = item.text.strip()
        nxt = items[k + 1]
        if (
            item.style == "numeric"
            and item.number
            and text.endswith(":")
            and REC_LEAD_IN.search(text)
            and nxt.style == "numeric"
            and (nxt.number or "").startswith(item.number + ".")
        ):
            head = item.number.rpartition(".")[0]
            return {
                j
                for j, other in enumerate(items[:k])
                if other.style == "numeric" and other.number and other.number.rpartition(".")[0] == head
            }
    return set()


def clean_items(items: list[RawItem], section_heading: str = "") -> list[RawItem]:
    """Drop lead-ins and non-recommendations; fold sub-bullets of a lead-in into their parent."""
    out: list[RawItem] = []
    conclusions = _conclusions_before(items, section_heading)
    numbered = any(i.style in ("numeric", "labelled", "letter") for i in items)
    lead_in: RawItem | None = None  # "3. The Police should:" introducing a), b), c)
    not_recs: RawItem | None = None  # "6.1 The terms of reference asked the panel to consider:" and its items
    that_subject: str | None = None  # "It is recommended that X:" over items finishing its sentence
    pointed: RawItem | None = None  # a numbered recommendation whose lettered items are its own points
    announced = False  # a lead-in "The panel makes these recommendations:" came: the items after it are them
    # a "Conclusions and recommendations" chapter whose recommendations are each labelled in a series of their
    # own ("Recommendation 2" over its text, between the chapter's numbered paragraphs "7.3", "7.4"): the
    # paragraphs numbered in the chapter's scheme are its conclusions, though one is worded with "should" ("7.3
    # The panel considers that ... should not ..."); a number of the labels' own series ("4" beside a
    # "Recommendation 5:" run-in) is still a recommendation
    labels = [i.number or "" for i in items if i.style == "labelled"]
    labels_mark_recs = (
        bool(re.search(r"conclusion|lesson", section_heading, re.I))
        and bool(labels)
        and not any("." in n for n in labels)
    )
    for index, item in enumerate(items):
        if item.lead_text is None and item.target_text is None:
            item.text, item.lead_text, item.target_text = split_fields(item.text)
        text = item.text.strip()
        if index in conclusions:
            continue
        if len(text) < 12 and not _is_sub_point(item, out):
            continue  # a stray number or label; a short sub-point ("stalking") still joins its recommendation
        if not_recs is not None and _is_sub_item(item, not_recs):
            continue  # an item of a terms-of-reference list restated inside the recommendations chapter
        not_recs = None
        if subject := _that_subject(items, index):
            that_subject = subject
            continue  # the lead-in is no recommendation: its items are, each with its subject
        if that_subject and text[:1].islower():
            item.tag = item.tag or that_subject
        else:
            that_subject = None
        if re.search(r"(?::|\b(?:as follows|following|below)\.?)$", text) and NOT_RECS_LEAD_IN.search(text):
            not_recs = item
            continue
        if (
            text.endswith(":")
            and len(text.split()) <= 30
            and REC_LEAD_IN.search(text)
            and not STILL_TO_DO.search(text.replace("recommend", ""))
            and not _has_sub_points(items, index)
            and not _lettered_points(items, index)
        ):
            announced = True
            continue  # "The review also adopted the recommendations of an earlier review:" announces the list
        if announces_list(items, index):
            continue  # "X, working with Y, is asked to take forward the following." over "1. X to ..."
        first_sentence = re.split(r"(?<=[.:;])\s+(?=[A-Z])", text, maxsplit=1)[0]
        if _AGENCY_PREAMBLE.search(first_sentence):
            not_recs = item  # its list of agencies under it goes with it
            continue
        intro = INTRO.search(first_sentence)
        if intro and (intro.start() < 60 or not re.search(r"\b(?:should|must)\b", first_sentence, re.I)):
            continue  # a lead-in or closing note ("The panel makes the recommendations below ...")
        if item.style == "paragraph" and numbered and out:
            # prose between numbered recommendations is commentary, not a recommendation
            continue
        if item.style in ("bullet", "list") and is_commentary(text):
            continue  # the panel's comment set as a bullet after a recommendation, not a sub-point of it
        if _is_sub_point(item, out) or (
            item.style == "bullet" and numbered and out and out[-1].style != "bullet"
        ):
            # bullets under a numbered recommendation are its sub-points, and so is a Word list paragraph
            # indented under it; points naming each their own lead and target are its actions, read as a prose
            # plan's ("Action: ... Lead: ... Target: ...")
            if _action_point(items, index, out[-1]):
                out[-1].actions_listed = True
                out[-1].text += f" Action: {text} Lead: {item.lead_text}. Target: {item.target_text}."
            else:
                _join(out[-1], item, text)
            continue
        if item.style == "letter" and pointed is not None and out and out[-1] is pointed:
            _join(pointed, item, text)
            continue
        pointed = None
        if item.style == "letter" and lead_in is not None:
            # each lettered item is a recommendation (numbered as printed: "a", "b"), addressed to the
            # lead-in's subject
            if out and out[-1] is lead_in and len(lead_in.text) < 160:
                out.pop()
            item.heading = item.heading or lead_in.heading
            item.tag = item.tag or subject_of(lead_in.text)
            out.append(item)
            continue
        if item.style != "letter":
            lead_in = item if text.endswith(":") else None
            if lead_in is not None:
                if _lettered_points(items, index):
                    lead_in, pointed = None, item
                out.append(item)
                continue
            if _lettered_points(items, index):
                pointed = item  # a whole recommendation with its points set in under it
        if is_commentary(text):
            continue  # the panel's or author's comment, numbered in the chapter's scheme between recommendations
        if labels_mark_recs and item.style == "numeric" and "." in (item.number or "") and not announced:
            continue
        done = written_as_done(item.text, first_sentence)
        if not reads_as_recommendation(text):
            # no directive: a heading, a note, or a numbered paragraph of conclusions, not a recommendation
            # (a short noun-phrase recommendation - "Training for GPs on coercive control" - is kept), unless
            # it is a recommendation written as an action already taken ("Training ... has been provided")
            # in a recommendations block
            if done and item.style != "paragraph" and _in_recommendations_block(items, index):
                pass
            elif item.actions_listed:
                pass  # the actions agreed for it are listed under it: a recommendation by its place
            elif PROSE_LABEL_START.match(text) and holds_prose_plan(text):
                pass  # an action plan's "Recommendation 2" paragraphs ("Action: ... Lead: ... By when: ...")
            elif (
                len(text.split()) < 8
                or len(text.split()) > 40
                # (in a "Conclusions and recommendations" chapter, the numbered paragraphs after the lead-in
                # announcing the recommendations are those, worded with a modal or not: "The Board develops ...",
                # and so is a "Recommendation 5: Creation of ..." run-in, by its label)
                or (
                    re.search(r"conclusion|lesson", section_heading, re.I)
                    and not (announced and item.style == "numeric")
                    and item.style != "labelled"
                )
            ):
                continue
        item.already_done = done
        out.append(item)
    return out
