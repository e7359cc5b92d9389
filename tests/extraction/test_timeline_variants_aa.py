"""The timeline extractor on two more own-words blind batches, ``timeline_variants_aa.jsonl`` and ``_ab`` (none of
it real text).

84 sentences, 115 labelled dates (65 of them timeline events), written and labelled by the team's conventions
(annotations/real/README.md) before any run, imitating shapes of real reports and news the batches r..z lacked:
title-page blocks with several dates (only one the report's), "Date of death:" fields and a flattened table whose
header row comes before its values, deaths told through the emergency call or the discovery ("Paramedics
attended but she was pronounced dead at 3.10am on ..."), passive and subordinate deaths, an assault then a death
days later (both dates given: the attack's is `other`), suicides ("took her own life", "was found hanged"), two
deaths in one sentence (a murder-suicide; a perpetrator found dead two days later: `other`), "w/c 5 March 2018",
"over the weekend of 9 and 10 June 2018" (a period, `other`, as a range is), "over the Christmas period of 2019",
"Spring 2020"; and near misses: chronology incidents, a relative's death, an anniversary, court dates, a
postponed panel, a draft, a QA letter's own date, "the review was delayed by the criminal trial in June 2020".

Scored once at 3fa4e67 (the code of 465f5e5), before any change: rules and sentence model (the default) P 0.850
R 0.785 F1 0.816 (51 tp, 9 fp, 14 fn); rules alone P 0.864 R 0.785 F1 0.823 (51, 8, 14). Fixed by general
readings: a title line's or table's labelled fields date what their label says (``extraction.timeline_fields``:
"Date of incident: D1 Date of death: D2", "Date of first panel: ... Date of final panel: ... Date of report: ...",
"Review commissioned: October 2018", a header row "Date of death | Date CSP notified | Date DHR commissioned"
then its values); a title's death names its date across a short aside ("the death of Mr G (aged 67) in Stockport,
March 2018"); panel meetings "held w/c DATE, ..." list the first panel; "the review was launched", "was not
commissioned until DATE"; a date only planned ("originally planned for March 2020"), an anniversary or birthday,
a broadcast, "in draft", and a letter's date where the sentence does not say it cleared the report are no event;
"completed in draft in D1 and finalised in D2" dates the report at D2; "the weekend of 9 and 10 June" is a
period; an initial before a surname and a comma ("Prepared by P. Lowe, Independent Author, January 2018") ends
no sentence. Then 1.000.

A second batch (``timeline_variants_ab.jsonl``, 49 sentences, 67 labelled dates, 38 events), written after those
fixes to probe them with fresh wording of the same shapes (a "Homicide date | Notification to CSP | Decision to
hold DHR | First panel" table, "Date of assault: ... Date of death: ...", a draft and a final date on one title
line, "w/c" panel lists, "formally launched", "not set up until", "first scheduled for", "signed off in draft ...
and finalised", a QA letter's own date, deaths via the emergency call, suicides, two deaths, weekend, Christmas
and Spring dates, near misses), read P 0.943 R 0.868 F1 0.904 at 2d30844 (33 tp, 2 fp, 5 fn; rules alone the
same), scored once. Fixed: a table's "Homicide date" header names the death; "was formally launched"; the
partnership "learned of the death" is the notification; the Home Office QA panel writing to the CSP notifies no
death. Then P 1.000 R 0.974 F1 0.987. The one left ("An ambulance was called at 22.15 on DATE, and paramedics
confirmed that Mr N had died": the parse ties the date to the call) was settled in round two by the conventions
(a call-out whose sentence tells the death found or confirmed there, with no date of its own and not later,
shares its date: annotations/real/README.md) and is read since a finding verb joined to the act ("confirmed
that ... had died", "found Mr F had died") tells the death with it; then 1.000.
"""

import pytest

from tests.extraction.timeline_batch_checks import check_batch, kept_rows, sentence_id
from tests.extraction.timeline_variants import check_sentence, load_rows

_ROWS = load_rows("timeline_variants_aa.jsonl")
_ROWS_AB = load_rows("timeline_variants_ab.jsonl")

#: Sentences still read otherwise than labelled (substring -> why).
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("row", kept_rows([*_ROWS, *_ROWS_AB], KNOWN_MISSES), ids=sentence_id)
def test_each_sentence(row: dict) -> None:
    check_sentence(row)


def test_the_batch_as_a_whole() -> None:
    check_batch(_ROWS, size=84, precision=0.98, f1=0.98)


def test_the_second_batch_as_a_whole() -> None:
    check_batch(_ROWS_AB, size=49, precision=0.98, f1=0.98)
