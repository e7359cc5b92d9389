"""The first panel meeting read from a list of the panel's meeting dates (:mod:`extraction.timeline`'s loop).

Moved out of :mod:`extraction.timeline` so each module stays small.
"""

from __future__ import annotations

from dhr.dates import FoundDate
from extraction.timeline_cues import _PANEL_LIST
from extraction.timeline_read import _Candidate
from extraction.timeline_title_cues import MONTH_LIST, MONTH_NUMBER

#: At most this many characters between two dates of one list (", and on ", " (virtual) and ").
_LIST_GAP = 30


def _with_panel_list(found: list[_Candidate], listed: list[_Candidate]) -> list[_Candidate]:
    """The sentence's readings with its panel-meeting list's: where a list gives the first meeting, another date
    of the sentence read as the first panel is a later meeting of that list ("The first three panel meetings
    were held in February, April and June 2020": a cue beside the one dated word reaches June)."""
    if not listed:
        return found
    return [c for c in found if c.event != "first_panel"] + listed


def _panel_list(
    sentence: str, low: str, dates: list[FoundDate], page: int, position: int
) -> list[_Candidate]:
    """The first of a list of panel meeting dates ("The panel met on: 3 May 2016, 12 July 2016 and ...")."""
    m = _PANEL_LIST.search(low)
    if not m:
        return []
    months = MONTH_LIST.match(low, m.end())
    if (
        months
    ):  # "five panel meetings, held in April, June, September and November 2021": the first month listed
        month = MONTH_NUMBER[months.group("first")[:3]]
        first = FoundDate(
            months.start("first"),
            months.end("first"),
            sentence[months.start("first") : months.end("first")],
            f"{months.group('year')}-{month:02d}",
            "month",
        )
        return [_Candidate("first_panel", first, sentence, page, 1.5, position)]
    after = [d for d in dates if d.start >= m.end() and d.precision == "day"]
    # a list is dates one after another ("on 3 May, 12 July and 4 October 2016"); a later date of another clause
    # is no second meeting ("The screening panel met on DATE1 and advised a review, which the Chair approved on DATE2")
    run = after[:1]
    for d in after[1:]:
        if d.start - run[-1].end > _LIST_GAP:
            break
        run.append(d)
    listed = len(run) >= 2 or low[m.end() - 1] == ":" or low[: m.end()].endswith("following dates")
    if not after or not listed or after[0].start - m.end() > 40:
        return []
    return [_Candidate("first_panel", after[0], sentence, page, 1.5, position)]
