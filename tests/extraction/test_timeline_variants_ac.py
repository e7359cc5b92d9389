"""The timeline extractor on own-words blind batch ``timeline_variants_ac.jsonl`` (none of it real text).

68 sentences, 74 labelled dates (32 of them timeline events), written and labelled by the team's conventions
(annotations/real/README.md, as settled in issue 13 round two) before any run, in the shapes of real news and
court text about killings: found dead or a body recovered with the weekday before or after the date
("on Sunday, October 4, 2020", "on Monday 15 June 2020"), a DD/MM/YYYY date, "the stabbing happened on",
"the killing took place", "the fatal attack happened on", an attack and a death days later (the attack's date
is the death) or on a date of its own (the attack's is `other`), call-outs with and without a death pronounced
there, 999 calls, CCTV, charges, arrests, pleas, denials, verdicts, sentencing, an inquest and a coroner's
conclusion, "started ... as a reaction to the murder of", a charity founded in memory, tributes, a family told,
a range, a life span, dates counted from the death, a perpetrator's own death, a review commissioned, completed
and published.

Scored once at 36c9105 (the code of 57e7d76), before any change: rules and sentence model (the default) P 0.903
R 0.875 F1 0.889 (28 tp, 3 fp, 4 fn); rules alone the same. Fixed by general readings: "the stabbing" names a
death worth parsing; "the fatal attack happened on DATE"; "convicted in October 2021 of her murder on DATE" (a
possessive killing after a dated court step); "a conclusion of unlawful killing on DATE" is the finding's date;
a death counted from another death ("found hanged on DATE, four days after her death") is a second death; an act
whose only death is told on another day ("Tributes were paid on DATE to a mother-of-three who was killed ...
the day before") is no death (not "later that day"). Then P 1.000 R 0.969 F1 0.984. Left (``KNOWN_MISSES``):
"He claimed he acted in self-defence during the row, which happened ... on May 3, 2019" (labelled death as the
real train line of that shape is; nothing in the sentence says the row was fatal).
"""

import pytest

from tests.extraction.timeline_batch_checks import check_batch, kept_rows, sentence_id
from tests.extraction.timeline_variants import check_sentence, load_rows

_ROWS = load_rows("timeline_variants_ac.jsonl")

#: Sentences still read otherwise than labelled (substring -> why).
KNOWN_MISSES = {
    "acted in self-defence during the row": "a row told as fatal only by the story around it",
}


@pytest.mark.parametrize("row", kept_rows(_ROWS, KNOWN_MISSES), ids=sentence_id)
def test_each_sentence(row: dict) -> None:
    check_sentence(row)


def test_the_batch_as_a_whole() -> None:
    check_batch(_ROWS, size=68, precision=0.98, f1=0.98)
