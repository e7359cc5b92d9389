"""The timeline extractor on a blind batch of news and narrative sentences written in our own words (none is real
text): ``timeline_variants_h.jsonl`` beside this file.

57 sentences written before any rule was changed for them, after the real batch ``timeline_h`` (news on
killings) scored 0.721 F1: fatal attacks told with the victim as object and the date on the attack ("stabbed
his wife nine times ... on the evening of DATE", "shot their aunt and her lodger and hid the bodies ... in
2004"), reporting frames ("The jury was told ...", "The court heard that ..."), "On DATE, the day of the
killing, ...", and their near-misses: a date on another verb of the sentence (a relative clause "who was
diagnosed with ... in 2013", "after she married X on DATE", "A post-mortem ... on DATE found that ...", "who had
been released from prison on DATE"), "found with serious head injuries" with no death told, non-fatal attacks
and convictions. Labels follow ``annotations/real/README.md`` (timeline conventions).

The code as it was read the batch at P 0.722 R 0.897 F1 0.800 (13 wrong: 3 missed, 10 extra); after the
structural readings of :mod:`extraction.timeline_frames` all 57 are read exactly.

A second blind batch (``timeline_variants_i.jsonl``, 30: fatal attacks, relative clauses on the victim or the
killer, release and court near-misses), written after those readings, read P 1.000 R 0.895 F1 0.944 (2 missed:
"whose husband had strangled her on DATE" read as a spouse's earlier death, "Kelly, who was shot in May 2019,
had told police in March 2019" read as a survivor); both fixed, all 87 read exactly. A third
(``timeline_variants_j.jsonl``, 28, report narrative and chronology: dated non-fatal assaults, threats, court and
family steps beside deaths) read P 1.000 R 0.909 F1 0.952 (1 missed: "After a night out on DATE, Mr S attacked
Ms T, inflicting fatal injuries"); fixed (an attack told as the fatal one dates the death), all 115 exactly. A
fourth (``timeline_variants_k.jsonl``, 24) read P 1.000 R 0.778 F1 0.875 (4 missed: "her remains were found",
"drowned his partner", "kicked and stamped on his girlfriend's head" beside "who admitted manslaughter", and
"forced entry on DATE, where they found X dead"); 3 fixed, the last left (``KNOWN_MISSES``: a call-out's or
entry's date beside the finding, which the conventions read as no death when it is a call-out). A fifth
(``timeline_variants_l.jsonl``, 18: chronology traps beside a death told) read P 0.818 R 1.000 F1 0.900 (2
extra: "Mr A, who later killed Ms B, was stopped by police on DATE", "Two weeks before she was murdered, on DATE,
Ms C asked ..."); both fixed.
"""

import pytest

from evaluation.real_timeline import predict
from extraction.document import Document, Line, Page, SourceInfo
from extraction.timeline import extract_timeline
from tests.extraction.timeline_variants import batch_result, check_sentence, load_rows

_ROWS = load_rows(
    "timeline_variants_h.jsonl",
    "timeline_variants_i.jsonl",
    "timeline_variants_j.jsonl",
    "timeline_variants_k.jsonl",
    "timeline_variants_l.jsonl",
)


#: Sentences still read wrongly (substring -> why).
KNOWN_MISSES = {
    "Officers forced entry to the house in Swansea": "the date of forcing entry, joined to finding her dead in a "
    "'where' clause, is left to the cue rules (a call-out's date beside the finding is no death by convention)",
}


@pytest.mark.parametrize(
    "row",
    [r for r in _ROWS if not any(k in r["sentence"] for k in KNOWN_MISSES)],
    ids=lambda r: r["sentence"][:50],
)
def test_each_sentence(row: dict) -> None:
    check_sentence(row)


def test_the_batch_as_a_whole() -> None:
    result = batch_result(_ROWS)
    assert len(_ROWS) >= 150
    assert result["precision"] >= 0.98 and result["f1"] >= 0.97, {k: result[k] for k in ("precision", "f1")}


def _document(*sentences: str) -> Document:
    lines = [Line(text=s, page=2, block=n) for n, s in enumerate(sentences)]
    return Document(
        source=SourceInfo(filename="news.txt", sha256="0" * 64, pages=2, format="text"),
        pages=[Page(number=1, lines=[Line(text="News", page=1, block=0)]), Page(number=2, lines=lines)],
    )


@pytest.mark.parametrize(
    ("sentences", "death"),
    [
        # a news report of a killing dating only the attack: the attack is the fatal one
        (("Linda, 74, suffered at least 15 stab wounds to her neck on Saturday 6 February 2021.",
          "Her husband was convicted of her murder."), "2021-02-06"),
        (("The court heard the mother-of-two was attacked in Harlow in November 2009 as she walked home.",
          "Her killer was jailed for life."), "2009-11"),
        # a chronology of assaults: no one attack is the fatal one
        (("He assaulted her on 3 May 2016.", "He hit her with a mug on 9 June 2017.",
          "She was murdered in her home."), None),
        # the death dated: the attack stays chronology
        (("He assaulted her on 3 May 2016.", "She was murdered on 4 July 2018."), "2018-07-04"),
        # no death told ("attempted murder" is none)
        (("He assaulted her on 3 May 2016.", "He was later charged with attempted murder."), None),
    ],
)  # fmt: skip
def test_a_dated_attack_is_the_death_only_where_the_document_tells_one(
    sentences: tuple[str, ...], death: str | None
) -> None:
    events = {e.event: e.date for e in extract_timeline(_document(*sentences))}
    assert events.get("death") == death, events


@pytest.mark.parametrize(
    ("sentence", "date", "death"),
    [
        # an illness told as inflicted is the killing's death; a natural one is not
        ("The jury was told Mrs Ford died of pneumonia on 2 May 2017, brought on by the head injuries he inflicted.",
         "2017-05-02", True),
        ("Mrs Ford's father died of pneumonia on 2 May 2017.", "2017-05-02", False),
        ("Mr G died of cancer in hospital on 9 June 2019.", "2019-06-09", False),
    ],
)  # fmt: skip
def test_an_illness_caused_by_the_attack_is_no_natural_death(sentence: str, date: str, death: bool) -> None:
    assert ("death" in predict(sentence).get(date, set())) is death
