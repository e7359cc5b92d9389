"""The timeline extractor on nine blind batches of report, field and news sentences written in our own words
(none is real text): ``timeline_variants_r.jsonl``, ``_s``, ``_t``, ``_u``, ``_v``, ``_w``, ``_x``, ``_y`` and
``_z`` beside this file.

63 sentences (70 labelled dates) written before any rule was changed for them, covering the variety of real
reports (issue 13, item 6): title pages and labelled fields ("Final version:", "Date of Completion:", "Status:
Final | Date:", a chair's name and a month); executive-summary deaths with places, ordinals, "in the early hours
of", "on or about", a time before the date, a superscript split ("7 th January"), a life span in years, a
fronted date far from the killing ("In March 2016 the whole town was left shocked by the killing of ..."), a
death year after a place ("before her death in Preston in 2011"); the review's process events (the partnership
notified, the decision to review, the Home Office told, the first panel, sent to, first considered and approved
by the Home Office QA panel); publication in fields, narrative and a relative clause; and near-misses: a range,
a conviction, a sentence, an inquest, another person's death, chronology incidents and a MARAC, a denial, a 999
call, a call-out, a marriage, an article's dates, a count over a financial year, a Home Office letter, a draft,
a review named by a month, terms of reference, a serious case review, a funeral.

The code at df7249e (rules and the learned death reader) read it at P 0.952 R 0.909 F1 0.930 (4 missed, 2
extra), scored once before any change. Fixed by general readings (commit e6dfc5a): a life span in years after
a name in a narrative sentence telling a death; the first bound of "between the evening of X and ..." is a
period's; the Home Office writing to the partnership is no notification; a review released in a relative clause
("which the council released in DATE") is its publication. Then P 1.000 R 0.955 F1 0.977.

The two left (``KNOWN_MISSES``) were labelled `publication` when written, but the team's conventions
(annotations/real/README.md) read a bare "Published ..." line that names no review as a web page's own stamp
(`other`, as the real "Published on Tuesday 01 December 2020"): the extractor follows the conventions.

A second batch (``timeline_variants_s.jsonl``, 42 sentences, 49 dated items, written after the batch r fixes:
news and narrative deaths, "life was cruelly cut short on", "the second woman to be killed in Norfolk in 2021",
"Her 2013 killing", "died at the hands of", "carried out the fatal attack", "Boxing Day 2017", "on or shortly
after", a life span with full dates, "found lifeless", "the court was told", "arrested ... after a man died at a
house in Leeds on DATE"; near-misses: found guilty, admitted, charged, found unconscious, jailed, paramedics
called, relationship dates, a brother's and a first wife's death, a range of call-outs, page stamps, a release
on licence, a survived stabbing, a threat; process, report and publication lines, a decision not to review, a
presentation to the partnership, another body's learning review) read P 0.900 R 0.964 F1 0.931 at 9acc5a4
(scored once): 3 extra, 1 missed. Fixed by readings: a life span's birth date is no event; a killing only
intended ("threatened to kill her on DATE") is none unless the intent is joined to a killing done; "a decision
not to hold a review" is no decision to review. Then 1.000.

A third (``timeline_variants_t.jsonl``, 40 sentences, 41 dated items, written after the batch s fixes: fatal
attacks in news, a body recovered, "pronounced dead at the scene shortly after 10pm on", "It was in the early
hours of DATE that", "When she died on DATE,", "Four years after her killing in 2016"; near-misses: an earlier
attack heard at trial, a hearing, a confession, an order, a manslaughter conviction, a survivor, a 999 call, a
daughter killed in a car crash, an arrest, a first husband's body, a release, a judge's ruling, an inquest, a
missing report; the QA panel's assessment and approval, an active "completed the report", "Dated:", a SAR
published) read P 0.913 R 0.913 F1 0.913 at 7c9765b (scored once). Fixed by readings: a death in an accident
(crash, collision) is no homicide; the one whose body was found may be someone else ("the body of her first
husband"); "X completed the report" (active) dates the report; "Dated:" names the report's date. Then 1.000.

A fourth (``timeline_variants_u.jsonl``, 36 sentences, 37 dated items, written after the batch t fixes:
executive-summary deaths and fields, "(died 14 March 2019)", "Date of homicide:", "Year of death:", a season, a
fronted "Following the murder of Mrs D in Camden in 2016", "Weeks before she was murdered in March 2019", a
killer's relative clause "who stabbed her on DATE"; near-misses: last seen alive, a body found having lain
undiscovered for days, the coroner and the family told, an earlier jailing, a vigil, the perpetrator's death in
prison, the review's own period, a move; process, report and publication lines) read P 0.955 R 0.840 F1 0.894
at 6aed983 (scored once). Fixed by readings: a relative clause whose "who" is the killer ("Charlotte's killer,
who stabbed her on DATE") tells the victim's death; a body found "having lain undiscovered for several days" is
not found on the death's day; "Agreement to hold a DHR was given ... on DATE" is the decision. Then P 1.000 R
0.920 F1 0.958; later a title line's bare year after a field label ("Year of death: 2015", which the date finder
reads no date in) is read as the trailing year after a comma or dash was. Left (``KNOWN_MISSES``): "...; this one
was completed in August 2021" (a pronoun for the review).

A fifth (``timeline_variants_v.jsonl``, 34 sentences, 35 dated items, news-heavy, written after the batch u
fixes: fatal attacks told with rarer verbs, "knifed", "throttled", "poisoned", "rained blows on", "kicked and
stamped ... until she stopped breathing"; near-misses: jailed for manslaughter, "Sentencing him on DATE", a jury's
conviction, found seriously injured, a plea, "Almost two years after the killing, in June 2019", a threat told, a
survived attack, a denial and remand, a call weeks before the killing, a mother's illness, an earlier review,
bail granted days before the killing, CCTV released, a son's recovery; process and report lines, an action plan
agreed) read P 0.688 R 0.611 F1 0.647 at 72d1431 (scored once): the weakest batch, on killing verbs no list
held. Fixed: "knifed", "throttled", "poisoned" (and "asphyxiated", "bludgeoned" after a pronoun) are killing
verbs; "sentencing" and bail are court steps; an earlier, previous or separate review is another document; "the
review was formally commissioned"; the review panel "signed off the final report"; an action plan or terms of
reference agreed date no report. Then P 1.000 R 0.889 F1 0.941. Left: "rained blows on" (an idiom) and "until she
stopped breathing", which the own-words batch i labels `other` ("Phillips choked his partner until she stopped
breathing ..."): the two batches disagree and the conventions do not settle it, so no rule reads it.

A sixth (``timeline_variants_w.jsonl``, 27 lines, 37 dated items, written after the batch v fixes: panel-meeting
lists, QA panel lines and a QA letter's date, title pages with a chair's month, "FINAL", version and draft lines,
process fields ("Home Office notified:", "CSP notified of death:", "First panel meeting:"), several stages in one
sentence, a title line's life span, and chronology, period and presentation near-misses) read P 0.909 R 0.833 F1
0.870 at 3c0145f (scored once). Fixed: "Panel meetings: DATE, DATE ..." lists the first panel; a report "revised
and resubmitted" goes back to the QA panel; "following notification from Surrey Police on DATE" is the
notification; a title line naming the QA panel names the report as what the panel handled (its date is the
panel's). Then 1.000.

A seventh (``timeline_variants_x.jsonl``, 26 sentences, 29 dated items, written after the batch w fixes: DARDR
naming, "March 3, 2019", "01.09.2022", "late 2016", "mid-2017", a suicide review, news on a review "published
today", a relative clause's killing, court and chronology near-misses, process and report lines) read P 1.000 R
0.950 F1 0.974 at 406c88d (scored once). Fixed: a suicide (or homicide) noun keeps the date of its own phrase
("before his suicide in November 2020"), as a death or murder noun does. Then 1.000.

An eighth (``timeline_variants_y.jsonl``, 26 news and narrative sentences, mostly near-misses, written after the
batch x fixes: a police statement, an extradition, a killer's death in prison, a juror's account, verdicts,
arrests, a solicitor writing to the Home Office, a referral to the watchdog, a memorial, a missing report, a
discharge two days before the death; deaths: "bled to death after ... stabbed her in the thigh", bodies found,
"on or around", "Lisa's life ended in the early hours of New Year's Day 2018") read P 0.909 R 0.909 F1 0.909 at
ad1649d (scored once). Fixed: "bled to death" is a death, and a wound the death is told after is no survived
wound; only the partnership (its chair, the council) writing to the Home Office notifies it. Then 1.000.

A ninth (``timeline_variants_z.jsonl``, 28 sentences, 30 dated items), written after every fix above as a last
blind probe of the session's code, read P 1.000 R 0.938 F1 0.968 at a351b55 (scored once). Its one miss is left
(``KNOWN_MISSES``): "Dylan's mother was killed by her partner ... on DATE" is labelled `death` here, but the
attach sentences label "Ruth's sister was murdered by a former partner in 2009" `other` (a relative's death in the
family history); reading a relative's killing by a partner as the review's death broke that test, so it was
not changed. Settled later by the real labels (issue 13, round two): a relative killed by her own partner or family
("by her partner", "by their husband and father": real gathered lines label such killings `death`) is a
domestic homicide the text may be about, so it is read as the death; "by a former partner" (whose?) and a
relative's death with no killer named stay `other`.
"""

import pytest

from tests.extraction.timeline_batch_checks import check_batch, kept_rows, sentence_id
from tests.extraction.timeline_variants import check_sentence, load_rows

_ROWS = load_rows("timeline_variants_r.jsonl")
_ROWS_S = load_rows("timeline_variants_s.jsonl")
_ROWS_T = load_rows("timeline_variants_t.jsonl")
_ROWS_U = load_rows("timeline_variants_u.jsonl")
_ROWS_V = load_rows("timeline_variants_v.jsonl")
_ROWS_W = load_rows("timeline_variants_w.jsonl")
_ROWS_X = load_rows("timeline_variants_x.jsonl")
_ROWS_Y = load_rows("timeline_variants_y.jsonl")
_ROWS_Z = load_rows("timeline_variants_z.jsonl")

#: Sentences still read otherwise than labelled (substring -> why).
KNOWN_MISSES = {
    "Publication date: 21 January 2022": "a bare publication field naming no review: a page's stamp by the "
    "team's conventions (labelled publication when written)",
    "Published: 10/11/2019": "as above",
    "this one was completed in August 2021": "the review named by a pronoun across a semicolon",
    "rained blows on Mrs Kaur": "a killing told by an idiom",
    "until she stopped breathing": "labelled death here, `other` in batch i: the conventions do not settle it",
}


@pytest.mark.parametrize(
    "row",
    kept_rows(
        [*_ROWS, *_ROWS_S, *_ROWS_T, *_ROWS_U, *_ROWS_V, *_ROWS_W, *_ROWS_X, *_ROWS_Y, *_ROWS_Z], KNOWN_MISSES
    ),
    ids=sentence_id,
)
def test_each_sentence(row: dict) -> None:
    check_sentence(row)


def test_the_batch_as_a_whole() -> None:
    check_batch(_ROWS, size=63, precision=0.98, f1=0.97)


def test_the_second_batch_as_a_whole() -> None:
    check_batch(_ROWS_S, size=42, precision=0.98, f1=0.98)


def test_the_third_batch_as_a_whole() -> None:
    check_batch(_ROWS_T, size=40, precision=0.98, f1=0.98)


def test_the_fourth_batch_as_a_whole() -> None:
    check_batch(_ROWS_U, size=36, precision=0.98, f1=0.97)


def test_the_fifth_batch_as_a_whole() -> None:
    check_batch(_ROWS_V, size=34, precision=0.98, f1=0.93)


def test_the_sixth_batch_as_a_whole() -> None:
    check_batch(_ROWS_W, size=27, precision=0.98, f1=0.98)


def test_the_seventh_batch_as_a_whole() -> None:
    check_batch(_ROWS_X, size=26, precision=0.98, f1=0.98)


def test_the_eighth_batch_as_a_whole() -> None:
    check_batch(_ROWS_Y, size=26, precision=0.98, f1=0.98)


def test_the_ninth_batch_as_a_whole() -> None:
    check_batch(_ROWS_Z, size=28, precision=0.98, f1=0.96)
