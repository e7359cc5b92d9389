"""Is a numbered item in a recommendations section a recommendation? What its wording says.

The split into items (:mod:`extraction.recommendations`) decides by place and numbering; these patterns decide
by wording: a directive or an imperative (a recommendation), a lead-in announcing the list, the panel's or
author's commentary between recommendations, and a recommendation written as an action already taken.
"""

from __future__ import annotations

import re

from extraction.field_labels import LEAD_LABEL_WORDS
from extraction.plan_prose import holds_prose_plan

DIRECTIVE = re.compile(
    r"\b(?:should|must|shall|will|to (?:\w+ ){0,2}?(?:ensure|review|develop|consider|provide|introduce|establish|"
    r"update|raise|promote|deliver|commission|implement|undertake|produce|create|audit|write|work|seek|share|"
    r"explore|include|improve|embed|agree|refresh|revise|amend|strengthen|publish|circulate|disseminate|"
    r"assure|conduct|carry|put|make|set|use|adopt|identify|evaluate|monitor|train|remind|brief|issue|support)|"
    r"recommend(?:s|ed)?\b|needs? to|(?:is|are) (?:asked|requested|encouraged|invited) to|"
    r"ensure|review|develop|consider|there is a need|it is recommended)\b",
    re.IGNORECASE,
)
_IMPERATIVE_START = re.compile(
    r"^(?:ensure|review|develop|consider|provide|introduce|establish|update|raise|promote|deliver|commission|"
    r"implement|undertake|produce|create|audit|write|seek|share|explore|include|improve|embed|agree|refresh|"
    r"revise|amend|strengthen|publish|circulate|disseminate|conduct|carry out|adopt|identify|evaluate|"
    r"monitor|train|remind|brief|issue|support|all|that)\b",
    re.IGNORECASE,
)
INTRO = re.compile(
    r"(?:following recommendations|recommendations (?:are|were) (?:made|set out|as follows)|makes? the following|"
    r"recommendations? (?:for|to) (?:the )?(?:following|each)|set out below|as follows\s*[:.]?$|"
    r"^the (?:review )?panel makes|^the (?:review )?panel recommends:?$|^recommendations? (?:are|is) (?:made|listed)|"
    # "The panel recommends the following to the partnership and its agencies.": the addressees after the
    # words announcing the list do not make the sentence one of them
    r"\brecommends? the following(?:\s+(?:to|for)\s+[^.:;]{2,120})?\W*$|"
    r"recommendations? (?:have|has) been (?:made|identified|agreed)|recommendations? below|"
    r"makes? (?:(?:the following|these|a number of|\w+) )?recommendations(?! (?:that|for the \w+ to)\b)|"
    r"recommendations are numbered|"
    # "Each recommendation names the agency that will lead on it": a sentence about the list, not in it
    r"^(?:each|every|the) recommendations? (?:below |that follows? )?(?:names?|carr(?:y|ies)|gives?|lists?|shows?"
    r"|states?|(?:is|are) (?:set out|numbered|listed|grouped|followed))\b|"
    r"(?:set out|listed|shown|summarised) (?:in the table )?below|in the table below|"
    # "Where a recommendation is for every agency the lead is shown as all agencies": how the list prints its
    # leads, not a change asked of anyone
    # (not "recorded as", "named as": a recommendation can ask for that)
    r"\b(?:the\s+)?(?:lead|lead agency|responsible agency|owner)\s+(?:is|are)\s+(?:shown|given|listed|printed)"
    r"\s+as\b|"
    r"^an? action plan (?:has|have|was|is)|^these recommendations|^conclusions?\s*:|"
    # "The recommendations each agency made in its IMR are repeated here": a repeat's caption, not one of them
    r"^(?:the|these|all)\s+(?:\w+\s+){0,3}recommendations\b.{0,100}\b(?:are|is|were)\s+(?:repeated|reproduced|"
    r"restated|copied|collated|gathered)\b|"
    # "The board will receive the action plan at its next meeting": how the plan is followed up, not a change
    r"\bwill (?:receive|consider|monitor|oversee) (?:the|this|its) (?:action plan|recommendations)\b|"
    r"^the (?:review )?panel (?:also )?(?:considered|noted|concluded|discussed|felt|was of the view))",
    re.IGNORECASE,
)

#: A recommendation written as an action already taken ("Training ... has been provided", "The Trust has revised
#: its DNA policy"). Only trusted inside a recommendations block: the same tense is common in conclusions.
_DONE_VERBS = (
    r"(?:provided|delivered|revised|updated|introduced|implemented|commissioned|developed|reviewed|established|"
    r"amended|issued|published|produced|created|completed|undertaken|carried out|adopted|launched|rolled out|"
    r"put in place|set up|circulated|disseminated|refreshed|strengthened|embedded|trained|briefed|reminded|"
    r"audited|appointed|funded|extended|changed|rewritten|written|added|incorporated)"
)
_ACTION_TAKEN = re.compile(
    rf"\b(?:(?:has|have|had)(?: now| already| since)? been|(?:was|were)(?: subsequently| since)?|"
    rf"(?:has|have)(?: now| already| since| subsequently)?)\s+{_DONE_VERBS}\b",
    re.IGNORECASE,
)
STILL_TO_DO = re.compile(
    r"\b(?:should|must|shall|will|needs? to|is (?:asked|requested) to|to ensure|recommend\w*)\b",
    re.IGNORECASE,
)
#: A line announcing the recommendations that follow ("The panel makes the following recommendations:").
REC_LEAD_IN = re.compile(
    r"^[A-Z].{0,120}\brecommend(?:ations?|s)?\b.{0,80}(?::|\bbelow\.?|\bas follows\.?|\bfollowing\.?)\s*$|"
    r"^[A-Z].{0,80}\b(?:makes?|made|are|were) the following\b.{0,40}\brecommendations?\b",
)

#: A sentence between recommendations saying whom the ones after it are for, closed by a full stop as prose
#: ("The remaining recommendations are for the agencies named in each.", "The next two recommendations are
#: addressed to Kent Police."): a new part of the list, whose addressee replaces the part before's.
PART_LEAD_IN = re.compile(
    r"^(?:the\s+)?(?:remaining|following|next|other|last|rest of the)\s+(?:\w+\s+)?recommendations?\s+"
    r"(?:are|is|were)\s+(?:(?:addressed|directed|made)\s+)?(?:for|to)\s+(?P<to>.{2,150}?)\s*[.:]$",
    re.IGNORECASE,
)
#: The part's addressee given with each recommendation, not in the lead-in ("the agencies named in each",
#: "the agency shown against each", "as named below")
PER_ITEM_ADDRESSEE = re.compile(
    r"\b(?:named|shown|given|listed|identified|set out)\s+(?:in|against|beside|under|with|below|above)\b|"
    r"\b(?:in|against|beside|under)\s+each\b|\beach\s+(?:one|recommendation)\b",
    re.IGNORECASE,
)

#: A lead-in whose list is not recommendations: the terms of reference or key lines of enquiry restated in the
#: recommendations chapter, numbered in the same scheme ("6.1 The terms of reference asked the panel to consider:").
NOT_RECS_LEAD_IN = re.compile(
    r"\bterms of reference\b|\bkey lines of (?:enquiry|inquiry)\b|\b(?:was|were) asked to (?:consider|examine|"
    r"address|look at)\b|\b(?:questions|areas|issues) (?:for|to) (?:consider|examine|address)\b",
    re.IGNORECASE,
)


#: Who speaks in commentary between recommendations: the review, its panel or author, this section, the
#: recommendations themselves, or agencies described as having acted ("Each agency has produced an action plan").
_NARRATOR = re.compile(
    r"^(?:(?:in addition|additionally|furthermore|moreover|however|finally|overall|also),?\s+)?"
    r"(?:the|this)\s+(?:(?:dhr|domestic homicide|review|overview)\s+)?"  # "the": "Review the process" is a verb
    r"(?:review(?:\s+panel)?|panel|overview author|independent (?:chair|author)|author|chair|report|section|"
    r"chapter|(?:imr|individual management review) (?:authors?|writers?)|"
    r"(?:(?:dhr|multi[- ]agency|single[- ]agency|draft|overarching)\s+)?action plan)\b(?!\s+(?:should|must|to)\b)"
    # a labelled note: "Panel note: progress will be reported ...", "Author's comment - ..."
    r"|^(?:(?:the|this)\s+)?(?:review\s+)?(?:panel|author|chair|reviewer)['’]?s?\s+(?:note|comment)s?\s*[:\-–]"
    # "It was noted that ...", "It is acknowledged ...": the panel's voice without naming it
    r"|^it (?:was|is|has been) (?:noted|acknowledged|agreed|recognised|accepted|felt|reported|clear)\b"
    r"|^(?:each|every) recommendation\s+(?:is|has|was|in this|of this)\b"
    r"|^(?:these|the (?:above|following|single[- ]agency|multi[- ]agency|agency|individual agency|imr|panel)?\s*)?"
    r"recommendations\s+(?:should|are|were|have|has|will|would|made|below|above|in this)\b"
    # the list counted as a whole: "All three recommendations are for every agency that took part", "Both
    # recommendations are addressed to the ICB", "The four recommendations were agreed by the panel"
    r"|^(?:(?:all|both)\s+(?:of\s+)?(?:the\s+|these\s+)?|the\s+|these\s+)"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?recommendations\s+(?:are|were|have|has)\b"
    r"|^(?:each|every|all|where an?|some|most|many|several|both|a number of|a few|two|three|four) "
    r"(?:of the )?(?:agency|agencies|partner|partners|organisation|organisations)"
    # "Each agency's review made its own recommendations, which the panel endorses": about them, not one
    r"(?:['’]s?\s+(?:own\s+)?(?:review|imr|report|individual management review)s?)?\s+"
    r"(?:has|have|had|is|are|was|were|already|made|makes)\b"
    # how the plan is monitored: "Each lead agency will report progress to the partnership every quarter",
    # "Progress on the recommendations will be monitored by the CSP" (no change asked of anyone)
    r"|^(?:each|every|all|the)\s+(?:lead\s+|responsible\s+|named\s+)?(?:agency|agencies|partners?|organisations?)\s+"
    r"(?:will|are\s+to|is\s+to)\s+(?:report|update|provide\s+(?:an?\s+)?updates?)\b.{0,40}\bprogress\b"
    r"|^progress\s+(?:on|against|with|in|of)\s+(?:the|these|each|this|all)\b.{0,60}\bwill\s+be\s+"
    r"(?:monitored|reported|reviewed|overseen|tracked)\b"
    # "The partnership will monitor the agencies' action plans through its DHR steering group"
    r"|^(?:the\s+)?(?:[\w-]+\s+){0,3}(?:partnership|csp|board|steering group)\s+will\s+(?:monitor|oversee|track)\b"
    r".{0,60}\b(?:action plans?|progress)\b",
    re.IGNORECASE,
)
#: What makes a narrator's sentence a recommendation after all: "The review recommends that ...", "The panel
#: should be reconvened ...".
_NARRATOR_RECOMMENDS = re.compile(
    r"\brecommend(?:s|ed)?\b(?!ations)|\b(?:should|must|shall)\b", re.IGNORECASE
)


#: A directive with its subject and no verb before "to": "The Chair of the Partnership to write to ...".
_DIRECTIVE_TO = re.compile(r"^(?:the|this)\s+((?:[\w'’&,-]+\s+){0,8}?)to\s+[a-z]+\b", re.IGNORECASE)
#: Words that make the words before "to" a clause of their own ("The panel was asked to ...", "The chair
#: agreed to ..."), not the subject of a directive.
_FINITE = re.compile(
    r"^(?:is|are|was|were|has|have|had|will|would|been|being|wishes|wish|wants|want|needs|need|able|unable|"
    r"going|chose|began|continues|continued|\w+ed)$",
    re.IGNORECASE,
)


def _is_directive(text: str) -> bool:
    m = _DIRECTIVE_TO.match(text)
    return m is not None and not any(_FINITE.match(w) for w in m.group(1).split())


def is_commentary(text: str) -> bool:
    """A comment on the review or its recommendations, not a recommendation ("The panel noted that ...",
    "This section sets out the recommendations", "Each agency has produced an action plan ...")."""
    m = _NARRATOR.match(text)
    if m is None:
        return False
    if re.match(r"\W*(?:(?:these|each|every)\s+|the\b.*)?recommendations?\b", m.group(0), re.IGNORECASE):
        return True  # "Recommendations should be SMART": about the recommendations, whatever the verb
    return not (_NARRATOR_RECOMMENDS.search(text) or _is_directive(text))


def written_as_done(text: str, first_sentence: str) -> bool:
    """A recommendation written as an action already taken: "Training ... has been provided to all staff"."""
    if len(text.split()) < 6 or not _ACTION_TAKEN.search(first_sentence):
        return False
    # "has been revised and should now be audited" is still to do; "... so no further recommendation is made"
    # is a note about the recommendations
    return not STILL_TO_DO.search(text)


#: A modal looking back ("Officers should have spoken to her", "it could have been shared"): a finding about
#: what went wrong, not a change asked for.
_LOOKING_BACK = re.compile(r"\b(?:should|must|could|would)(?:\s+not|n['’]t)?\s+have\b", re.IGNORECASE)


def directs_forward(text: str) -> bool:
    """A directive that asks for something still to be done: "should have spoken" alone does not."""
    return bool(DIRECTIVE.search(_LOOKING_BACK.sub(" ", text)))


#: A subject-less recommendation of a noun phrase and a passive infinitive ("The discharge checklist to be
#: updated."): no finite verb before "to be" ("She appeared to be frightened" is narrative).
_TO_BE_DONE = re.compile(
    r"^(?:the|a|an|all|each|every)\s+(?:(?!(?:is|was|were|are|has|had|have|seems?|seemed|appears?|needs?)\b)"
    r"[\w'’-]+(?<!ed)\s+){1,8}to\s+be\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ne)\b",
    re.IGNORECASE,
)


def reads_as_recommendation(text: str) -> bool:
    """Worded as a recommendation: a directive ("should", "to ensure", "recommends"), an imperative start, or a
    noun phrase with a passive infinitive ("The protocol to be refreshed")."""
    return bool(DIRECTIVE.search(text) or _IMPERATIVE_START.search(text) or _TO_BE_DONE.match(text))


#: An endnote or footnote entry: Word's default endnote numbers are lower-case roman ("ii MARAC - ..."); an
#: arabic-numbered note is taken only when it reads as a glossary entry or a source ("4 IDVA - ...", "2 See ...").
NOTE_ENTRY = re.compile(
    r"^(?:[ivx]{1,6}\s+\S|\d{1,3}\s+(?:[A-Z][A-Za-z&]{1,9}\s+[-–:=]\s|see\b|https?:|www\.))"
)
#: An endnote that reads as a glossary entry under a roman number, whatever its print size ("ii MARAC - ...").
GLOSSARY_NOTE = re.compile(r"^[ivx]{1,6}\s+[A-Z][A-Za-z&]{1,9}\s+[-–:=]\s+[A-Z]")


#: A field's label and its colon: the shared lead-label words; the pairings of "Lead" / "Responsible" with
#: "agencies", "partner" or "lead" and a bare "Responsible" that this reader takes as well; a target's labels.
_FIELD = (
    rf"(?:{LEAD_LABEL_WORDS}|(?:lead|responsible)\s+(?:agencies|partner|lead)|responsible"
    r"|timescales?|target(?:\s+date)?|by when|deadline|completion date)\s*:\s*"
)
#: A bilingual label gives the Welsh word first ("Arweinydd / Lead: ..."): the field starts at the Welsh word.
_BILINGUAL = r"(?:[^\W\d_]{3,20}\s*/\s*)"
_FIELD_START = re.compile(rf"(?<=\S)\s+(?={_BILINGUAL}?(?i:{_FIELD}))")
_FIELDS = re.compile(rf"(?P<label>{_FIELD})", re.IGNORECASE)


def split_fields(text: str) -> tuple[str, str | None, str | None]:
    """(text, lead, target): "... records. Lead agency: Kent Police Timescale: 6 months" -> the recommendation,
    "Kent Police", "6 months". A prose action plan ("Action 1: ... Lead: ...") is left whole for its parser."""
    if holds_prose_plan(text):
        return text, None, None
    # the first label after a sentence's end, or written with a capital after the last words ("... protocol
    # Owner: ..."); a label word inside a sentence ("tell the agency: ...") is not one
    first = next(
        (
            m
            for m in _FIELD_START.finditer(text)
            if text[m.start() - 1 : m.start()] in ".;!?)" or text[m.end()].isupper()
        ),
        None,
    )
    if first is None:
        return text, None, None
    tail = re.sub(rf"^{_BILINGUAL}(?=(?i:{_FIELD}))", "", text[first.end() :])
    fields = list(_FIELDS.finditer(tail))
    if not fields or fields[0].start() != 0:
        return text, None, None
    lead = target = None
    for m, nxt in zip(fields, [*fields[1:], None], strict=True):
        value = tail[m.end() : nxt.start() if nxt else len(tail)].strip(" ;.,")
        label = m.group("label").lower()
        if label.startswith(("timescale", "target", "by when", "deadline", "completion")):
            target = target or value or None
        else:
            lead = lead or value or None
    return text[: first.start()].strip(), lead, target


def subject_of(lead_in: str) -> str | None:
    """The subject of a lead-in like "The Police should:" -> "The Police"."""
    m = re.match(r"^(.{3,80}?)\s+(?:should|must|will|to|are|is)\b", lead_in.strip(), re.IGNORECASE)
    return m.group(1) if m else None


__all__ = [
    "GLOSSARY_NOTE",
    "subject_of",
    "NOTE_ENTRY",
    "split_fields",
    "DIRECTIVE",
    "INTRO",
    "NOT_RECS_LEAD_IN",
    "PART_LEAD_IN",
    "PER_ITEM_ADDRESSEE",
    "REC_LEAD_IN",
    "STILL_TO_DO",
    "is_commentary",
    "reads_as_recommendation",
    "written_as_done",
]
