"""The timeline extractor on own-words blind batch an (none of it real text), by a writer who ran nothing.

``timeline_variants_an.jsonl`` (fd1a5d5): 120 sentences, 152 labelled dates (71 events: death 29,
report_completed 8, decision_to_review 6, home_office_notified 5, first_panel 5, publication 5, notification 4,
sent_to_qap 3, qap_first_heard 3, qap_signed_off 3; 81 `other`): deaths in narrative, attacks before later
deaths, month, season and year-only deaths, inquests, charges, convictions, pleas and sentences, notification,
decision and Home Office lines, panel meetings in lists and later meetings, chair appointment and IMR requests,
completion fields, signatures, drafts and board approvals, QA panel dates and letters, publication (web, season,
delayed) and listings, action plans, chronology, legislation and other reviews' dates, ranges, abbreviated
months, two-digit years, key-dates table rows and one Welsh line. Labels follow annotations/real/README.md
("Timeline labels: conventions").

Scored once by the lead (:func:`tests.extraction.timeline_variants.batch_result`): P 0.985 R 0.930 F1 0.957
(66 tp, 1 fp, 5 fn) with the sentence model and with the rules alone. A dev set since; fixed by general
readings: "set upon" is an attack, so a dated one whose death the sentence tells only as days later is the
death (the labels' fatal-attack convention); an active "initiated / instigated a review" is the decision to
review, as "commissioned a review" was; "subsequent / later meetings of the panel" are the later meetings (no
first panel), as "subsequent panel meetings" were; "publication ... was delayed until ... and took place on
DATE" dates the publication; the Welsh periphrastic passive "Cafodd X ei lladd / ei ladd / ei llofruddio" is a
death. After: P 1.000 R 0.986 F1 0.993 (70/0/1) in both modes.
"""

import pytest

from tests.extraction.timeline_batch_checks import (
    BOTH_MODES,
    check_batch,
    check_known_misses_present,
    check_reading,
    kept_rows,
    sentence_id,
)
from tests.extraction.timeline_variants import check_sentence, load_rows

_ROWS = load_rows("timeline_variants_an.jsonl")

#: Sentences still read otherwise than labelled (substring -> why).
KNOWN_MISSES = {
    # the real labelled sentences (annotations/real train and dev) label a bare "Published ..." stamp `other`, as
    # batch g does; this batch labels it publication, as batches r, ai, al and am do (a known miss in each)
    "Published: 05/06/2020": "a bare one-line publication field naming no review: read as a page's stamp",
}


@pytest.mark.parametrize("row", kept_rows(_ROWS, KNOWN_MISSES), ids=sentence_id)
def test_each_sentence(row: dict) -> None:
    check_sentence(row)


def test_the_known_misses_are_in_the_batch() -> None:
    check_known_misses_present(_ROWS, KNOWN_MISSES)


@pytest.mark.parametrize("learned", BOTH_MODES)
def test_the_batch_as_a_whole(learned: bool | None) -> None:
    check_batch(_ROWS, size=120, items=152, precision=1.0, f1=0.99, learned=learned)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the fixes' readings in other words than the batch's (written after it, so not blind)
        (
            "Ms K was set upon in the street on 2 May 2018 and died in hospital two days later.",
            {"2018-05-02": {"death"}},
        ),
        ("Ms K was set upon in the street on 2 May 2018.", {}),
        (
            "The Board initiated a domestic homicide review on 9 July 2019.",
            {"2019-07-09": {"decision_to_review"}},
        ),
        ("Later meetings of the review panel were held on 4 March, 6 May and 8 July 2020.", {}),
        (
            "Meetings of the panel were held on 4 March, 6 May and 8 July 2020.",
            {"2020-03-04": {"first_panel"}},
        ),
        (
            "Publication of the report was postponed until the family had been consulted and took place on "
            "3 May 2022.",
            {"2022-05-03": {"publication"}},
        ),
        ("Publication of the report was delayed until the trial, which took place on 3 May 2022.", {}),
        ("Cafodd Eleri ei lladd gan ei gŵr ar 9 Ebrill 2021.", {"2021-04-09": {"death"}}),
    ],
)
def test_the_readings_on_other_wordings(sentence: str, expected: dict) -> None:
    check_reading(sentence, expected)
