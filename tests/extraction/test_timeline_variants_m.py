"""The timeline extractor on a blind batch of report, web-listing and news sentences written in our own words
(none is real text): ``timeline_variants_m.jsonl`` beside this file.

73 sentences written before any rule was changed for them, aimed at what the real test split reads worst (issue
13, item 6: death recall, publication dates, false report dates): deaths told in narrative ("fatally injured on
the 3rd of", "in the early hours of", "the death of X on the 11th of", "X, who died on", "the homicide of X,
which took place on", "lost her life at the hands of") and their near-misses (charged with murdering X on, an
inquest, a plea, someone else's death, a 999 call, reported missing, jailed); publication in listings, fields
and news ("Date published:", "(Publication date: ...)", "has today (DATE) published", "Published Summer 2018",
"went online on", "A review into the death of X, who was murdered in 2018, was released ... in ...") and near-
misses (a serious case review, a coroner's report, a page's stamps, a byline); the report's own date in title
pages and fields, and lines that date no report (minutes, a committee or cabinet paper, a strategy, a draft or
version circulated, "Updated DATE Share this page").

The code as it was read the batch at P 0.830 R 0.886 F1 0.857 (13 wrong: 5 missed, 8 extra). The
fixes are general readings, not phrasings: a title line dates the report only where it (or the title page
before it) names the review, its author or its completion; a draft or version circulated and a council body's
own paper date no report; a season dates a publication's year; a publisher after the verb is not "approval by
the Home Office"; a date the parse ties to a death verb or noun is the death's even where a stage's cue
outside its clause reached it first; a review released after a relative clause on the victim is its release.

A second blind batch (``timeline_variants_n.jsonl``, 30: publication by the partnership after a body's approval,
"(published 06.07.2020)", "placed on the website", "made public", and near-misses: a board's annual report, the
Home Office's national analysis, a photograph released by the police, a release from prison, page stamps;
report dates in fields and covers and near-misses: IMRs and a police investigation completed, board papers;
deaths: "discovered lifeless", "suffered catastrophic injuries ... and did not survive", "life was ended by")
read P 0.941 R 0.762 F1 0.842 (6 wrong) with the code and model of that time. Fixed by readings, not
phrasings: a body named as approver ("Following Home Office approval, the partnership released ...") or
followed by the partnership as subject is not the publisher; a cover's death name ends at the partnership's
name; an attack told with its outcome ("did not survive", "never regained consciousness") and "discovered
lifeless" date the death. One is left (``KNOWN_MISSES``). The first batch's last miss ("A 999 call was made by
a neighbour on DATE, and paramedics found Mr F had died") is read since the parse climbs from a light verb
("made", "placed", "logged") to the act it makes (a call, a report, a complaint): that date is the act's. (Round
two of issue 13 relabelled that line `death` by the settled conventions: a death found or confirmed at the
call-out, with no date of its own, shares its date; it is read so where a finding verb is joined to the call.)

A third (``timeline_variants_o.jsonl``, 29, in the style of the team's own sentences: title pages with the
author's date and a review named by a month, report openings "before her death in 2018", "following a domestic
homicide in 2015", news of killings and their near-misses: a call-out, a charge, a conviction, a council merger,
a marriage, a father's death) read P 0.895 R 0.944 F1 0.919 (0.889 with the rules alone; a 30th line, "Agreed by
the DHR Panel for submission to the Home Office DATE", was left out: the conventions do not settle whether that
dates the report). Fixed: a death the sentence opens with as the time of a court step ("Following the homicide
of Mrs Q in March 2016, ... was convicted") keeps its date; a call told apart from a death told as later
("were called ... on DATE; she later died in hospital") is the call's date. One is left (``KNOWN_MISSES``).

A fourth (``timeline_variants_p.jsonl``, 25: title and field lines that date no report, a guidance "revised"
date, a "Next review date:", an annual report, an agenda item, a press release, a learning briefing, an action
plan's update, and report, publication and death fields) read P 0.846 R 1.000 F1 0.917 (2 extra). Fixed: a
review's name qualifying another document ("Domestic Homicide Review Toolkit") names no review; a document's
own upkeep ("Next review date:") dates no report.

A fifth (``timeline_variants_q.jsonl``, 24: deaths in news and report narrative, "whose body was found in a
burnt-out car on DATE had been murdered", "died from her injuries two days later, on DATE", "knifed his wife
Ann to death ... in the summer of 2014", "set fire to their flat on DATE while she slept, killing her", and
near-misses: an arrest, a trial, a post-mortem, a funeral, a vigil, a coroner's verdict, a previous partner's
death) read P 0.923 R 1.000 F1 0.960 (1 extra: "stabbed in a street fight in 2011 but made a full recovery");
fixed: "made a (full) recovery" tells the one wounded survived.
"""

import pytest

from tests.extraction.timeline_batch_checks import check_batch, kept_rows, sentence_id
from tests.extraction.timeline_variants import check_sentence, load_rows

_ROWS = load_rows(
    "timeline_variants_m.jsonl",
    "timeline_variants_n.jsonl",
    "timeline_variants_o.jsonl",
    "timeline_variants_p.jsonl",
    "timeline_variants_q.jsonl",
)

#: Sentences still read wrongly (substring -> why).
KNOWN_MISSES = {
    "the post-mortem dated the death to": "a post-mortem's finding dating the death: the date hangs on 'dated', "
    "whose subject is an examination (a chronology act)",
    "Police were called to the house in Barry": "the finding 'where a woman was found with serious injuries' is "
    "read as a death joined to the call, though the death is told as later ('she later died in hospital')",
}


@pytest.mark.parametrize("row", kept_rows(_ROWS, KNOWN_MISSES), ids=sentence_id)
def test_each_sentence(row: dict) -> None:
    check_sentence(row)


def test_the_batch_as_a_whole() -> None:
    check_batch(_ROWS, size=181, precision=0.97, f1=0.98)
