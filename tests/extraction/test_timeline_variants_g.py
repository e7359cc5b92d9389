"""The timeline extractor on variant sentences written in our own words (none is real report text).

``timeline_variants_g.jsonl`` beside this file holds 318 sentences written, in three batches, before any rule was
changed for them, to cover the variety real reports and web pages have that the earlier fixtures did not:
publication told in narrative ("made public on", "released on", "went live on the partnership's web pages on",
"published today, DATE", date first), as fields and listing lines ("Date published:", "Publication Date",
"<Title> | Published DATE", "Embargoed until"), other bodies' publications (guidance, a serious case review, the
IOPC, a coroner, a book); deaths in narrative and title lines ("lost her life", "passed away", "was fatally
injured", "took her own life", "was found hanged", "committed suicide", "her life was cut short"); the report's
own date beside its near-misses (drafts, terms of reference, agendas and committee papers, web listings, review
periods, a trial or an investigation "completed"). Labels follow ``annotations/real/README.md`` (timeline
conventions): ``category``, ``sentence``, ``dates`` (date at the precision written -> event id, or "other").

A fourth batch (40) was written after the real batch ``timeline_g``'s train/dev errors were listed, for their
patterns in other words: page, caption, minutes and strategy stamps; survivors' and relatives' deaths; a killing
only reported by someone ("ran to a neighbour, saying her father had stabbed her mother"); deaths in clauses not
reached ("following Ms K's death at her home ... on DATE", "suffered a fatal stab wound", "when he shot her dead",
"the tragedy, which happened in ..."). Bare "Published: DATE" / "Publication date:" lines naming no review were
then relabelled `other` (a page's stamp, as the real ones are labelled).

Scored as ``evaluation.real_timeline`` scores real sentences. The rules as they were read 0.884 F1 on the first
three batches (P 0.895, R 0.874; 318 sentences); after the changes for them 0.979 (P 0.995, R 0.963). On all 356
the rules read 0.921 before the fourth batch's fixes and 0.982 (P 0.991, R 0.973) after. A fifth batch (58,
blind: deaths told many more ways, publication and report lines, near-misses) brought the 414 to 0.962 before
its fixes and 0.983 (P 0.992, R 0.974) after. A sixth (42, blind: title and listing dates, print and
copyright stamps, version rows, other bodies' reports, more deaths) brought the 456 to 0.975 before its fixes
and 0.984 (P 0.993, R 0.975) after. A seventh (24, blind: partnerships' publication news and listings) found
the review's name stealing the date ("On DATE, the review into Debbie's death was made available", "the report
into Sandra's death, published today (DATE)"): 4 of 24 wrong before, none after; all 483 at 0.984. An eighth (29, blind: chronology traps for the new cues, a few stages and deaths)
had 5 wrong before (a GP report "updated", MARAC minutes "published to members", the report "agreed by the DHR
panel", "made the report public", "taken from them"), none after; all 512 at 0.984 (P 0.994, R 0.975). A ninth
(25, blind: extraction artefacts, title pages with two or three dates, key-date lines) had 3 wrong before, 1
after; all 537 at 0.984. A tenth (24, blind: news deaths in long sentences, admissions and denials, ranges)
had 2 wrong before, 1 after. An eleventh (16, blind: "the review concluded that ..." and other documents "dated"
or "completed") had 2 wrong before, none after; all 578 at 0.983 (P 0.994, R 0.972). A twelfth (24, blind: deaths in a review's
own formal narrative, suicides, process near-misses) had 3 wrong before ("the index incident on DATE resulted in
the death of", "took a fatal overdose", "attacked her ..., causing fatal injuries"), none after; all 602 at 0.984
(P 0.995, R 0.974). A thirteenth (10, blind: title lines naming the review by an initials pseudonym, "Adult B",
"Mrs A") had 3 wrong before (read as the report's date), none after; all 612 at 0.984. A fourteenth (18, blind: council
web pages and news releases announcing a publication) had 3 wrong before ("Publication of DHR Ruth: DATE", "not
published until DATE", a headline "... published - DATE"), none after; all 630 at 0.985 (P 0.995, R 0.975). A fifteenth (10: publication fields a title line may carry,
"Published Date:", "Release date:", "Date made public:", "Published Version – DATE", "Published by X: DATE") had 8
read as the report's date before, none after. A sixteenth (6: an overview report or executive summary named
by a pseudonym and a month) had 3 read as the report's date before, none after; all 646 at 0.985. A seventeenth (6: plural deaths, "the
murders of Ann and her son in June 2017", "the bodies of a couple were discovered") had 4 missed before, none
after; all 652 at 0.986 (P 0.995, R 0.976). Later small batches (letter heads, court-and-death sentences, and a
nineteenth of 12 blind news sentences dating both a publication and a death: 1 wrong before, none after) and
guards for "the report into ... was released on DATE" (not "the review heard Mr B was released on DATE") bring
the set to 674 sentences at 0.990 (P 0.996, R 0.984). A twentieth (16 blind, deaths in executive summaries) had
1 wrong ("charged with her murder following her death on DATE"), none after; all 690 at 0.990. The misses left are listed in
``KNOWN_MISSES`` (each a reading the rules do not attempt yet); every other sentence must be read exactly.
"""

import json
from pathlib import Path

import pytest

from evaluation.real_timeline import evaluate_timeline, predict

_ROWS = [
    json.loads(line)
    for line in Path(__file__).with_name("timeline_variants_g.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
#: Sentences the rules still read wrongly (substring of the sentence -> why).
KNOWN_MISSES = {
    "has today (Wednesday 11 March 2020) published": "a bracketed date explaining 'today' before the verb",
    "is publishing the review today, 4 April 2022": "'today, DATE' after the verb across a comma",
    "Review into the death of Natalie, June 2019": "a one-name review title is read as a listing (other)",
    "DHR commissioned: 12 January 2017": "a 'commissioned:' field is not a decision cue",
    "Review completed in 2019; action plan": "a line naming the action plan keeps only publication",
    "was released in February 2020": "the completion cue in the aside outranks 'released' after it",
    "she died later that night": "a death told 'later that night' after a clock time",
    "(updated guidance, March 2019)": "'updated' in a bracket about guidance reads as a revision",
    "was attacked in 2012 at her home in Dudley": "an attack on 'the victim' told as the killing with no death word "
    "(a chronology's 'the victim was attacked on DATE' is mostly no killing: left unread for precision)",
    "was kill- ed by her son": "a word split by a line-end hyphen (the cue tables read whole words)",
    "After his death in 2003 his sister": "whose death 'his death' is (not the review's) is not read",
    "Brooks, 48, attacked Ms Ellis at her flat in Hereford": "an attack told as the killing with no death word "
    "(a chronology's 'attacked Ms X at her flat' is mostly no killing: left unread for precision)",
}


def _known(sentence: str) -> bool:
    return any(key in sentence for key in KNOWN_MISSES)


def _items(rows: list[dict]) -> list[dict]:
    return [
        {"sentence": r["sentence"], "event": event, "iso_date": date, "split": r["category"]}
        for r in rows
        for date, event in r["dates"].items()
    ]


@pytest.mark.parametrize(
    "row", [r for r in _ROWS if not _known(r["sentence"])], ids=lambda r: r["sentence"][:50]
)
def test_each_variant_sentence(row: dict) -> None:
    predicted = predict(row["sentence"])
    for date, event in row["dates"].items():
        expected = set() if event == "other" else {event}
        assert predicted.get(date, set()) == expected, (row["category"], date, dict(predicted))


def test_the_variant_set_as_a_whole() -> None:
    result = evaluate_timeline(_items(_ROWS))
    assert len(_ROWS) >= 300
    assert result["precision"] >= 0.99 and result["f1"] >= 0.97, {k: result[k] for k in ("precision", "f1")}


def test_the_known_misses_are_still_in_the_set() -> None:
    for key in KNOWN_MISSES:
        assert any(key in r["sentence"] for r in _ROWS), key
