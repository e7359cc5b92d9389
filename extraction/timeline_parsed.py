"""The date-attachment parse's correction of a narrative sentence's readings (:mod:`extraction.timeline`).

Kept apart from the extractor's document loop: which sentences are worth the parse (:func:`worth_parsing`), and
how each date's attachment (:mod:`extraction.timeline_attach`) corrects the cue rules' readings
(:func:`attached`): a death reading of a date that another act governs is dropped, a date a death verb or noun
governs that the rules left unread is the death.
"""

from __future__ import annotations

import re

from dhr.dates import FoundDate
from extraction import timeline_attach
from extraction.timeline_cues import _PERIOD_BEFORE, _WHEN_AFTER, OTHER_REVIEW
from extraction.timeline_read import _Candidate, _lower, _stamped, died_after
from extraction.timeline_readings import ALLEGED_BEFORE


def worth_parsing(low: str, dates: list[FoundDate], found: list[_Candidate]) -> bool:
    if any(c.event == "death" for c in found):
        return True
    if any(c.event in _DEATH_OUTRANKS for c in found) and timeline_attach.DEATH_WORD.search(low):
        return True  # a stage's cue beside a death word: which of them the date's clause tells
    read = {c.date.start for c in found}
    return any(d.start not in read for d in dates) and bool(timeline_attach.DEATH_WORD.search(low))


#: Stages whose cue a death verb or noun governing the date outranks (the parse reads the clause the date is in).
_DEATH_OUTRANKS = frozenset({"decision_to_review", "first_panel", "report_completed", "publication"})


def attached(
    verdict: dict[int, timeline_attach.Verdict],
    sentence: str,
    dates: list[FoundDate],
    found: list[_Candidate],
    page: int,
    position: int,
) -> list[_Candidate]:
    """The rules' readings of a narrative sentence corrected by what each date attaches to
    (:mod:`extraction.timeline_attach`): a death reading of a date that an arrest, a conviction, a call or an
    assault governs is dropped; a date a death verb or noun governs, that the rules left unread, is the death
    (and one the partnership's being told governs, the notification)."""
    if not verdict:
        return found
    # a date governed by an act other than the death (a court step, a call, the partnership being told) is not
    # the death's
    # and a date the death governs is not a stage read from a cue outside its clause ("commissioned this review
    # following the homicide of Ms P, which took place on DATE": the parse ties the date to the homicide)
    low = _lower(sentence)
    out = [
        c
        for c in found
        if not (
            c.event == "death"
            and verdict.get(c.date.start) in ("none", "notification", "attack")
            and not (verdict.get(c.date.start) == "attack" and _died_of_it(low, c.date, dates))
        )
        and not (c.event in _DEATH_OUTRANKS and verdict.get(c.date.start) == "death")
    ]
    read = {(c.date.start, c.event) for c in out}
    for date in dates:
        event = verdict.get(date.start)
        if (
            event in (None, "none", "attack", "wounding")
            or _stamped(low, date)
            or (event == "death" and died_after(low, date))
            or (event == "death" and ALLEGED_BEFORE.search(low, max(0, date.start - 170), date.start))
            or (event == "death" and _COURT_STEP_BEFORE.search(low, max(0, date.start - 60), date.start))
            or (event == "death" and _OTHER_REVIEW_BEFORE.search(low, max(0, date.start - 100), date.start))
        ):
            continue
        if (date.start, event) in read or (
            event == "death" and any(start == date.start for start, _ in read)
        ):
            continue  # read already (a death only where the rules read nothing there)
        if _PERIOD_BEFORE.search(low, max(0, date.start - 70), date.start) and not _WHEN_AFTER.match(
            low, date.end
        ):
            continue  # "between 2 March and 5 March 2016", "in the year to March 2020": a period, no event
        score = {"year": 0.4, "month": 0.8}.get(date.precision, 1.0)
        out.append(_Candidate(event, date, sentence, page, score, position))  # type: ignore[arg-type]
    return out


#: A court step right before the date, in its clause ("... found guilty of murder and was sentenced on DATE to
#: life imprisonment"): the date is the step's, whatever the parse ties it to (a killing named between them,
#: "found guilty of the murder of X on DATE", leaves the date to the parse).
_COURT_STEP_BEFORE = re.compile(
    r"\b(?:sentenced|convicted|jailed|remanded|charged|arrested|acquitted|found guilty|pleaded guilty|"
    r"appeared)\b(?:(?!murder|kill|death|manslaughter|homicide)[^.;,]){0,30}?\b(?:on|in)\s+(?:the\s+)?$"
)
#: An earlier review's death, the date in its clause ("the earlier review into the death of Mrs F in 2016").
_OTHER_REVIEW_BEFORE = re.compile(rf"{OTHER_REVIEW}[^.;,]{{0,40}}$")
#: The victim's death told after the attack's date with no date of its own ("Having been assaulted by her partner
#: on DATE, Mrs G was taken to hospital, where she died later that day"): the attack's date is the death's
#: (annotations/real/README.md, timeline conventions: a dated fatal attack whose death is told relative to it).
_DIED_OF_IT = re.compile(
    r"\b(?:died|passed away|succumbed|did not survive|never regained consciousness|was pronounced dead)\b"
)


def _died_of_it(low: str, date: FoundDate, dates: list[FoundDate]) -> bool:
    """Is the death told after ``date`` in its sentence, with no later date of its own (see :data:`_DIED_OF_IT`)?"""
    if date.precision != "day" or any(d.start > date.start for d in dates):
        return False
    return bool(_DIED_OF_IT.search(low, date.end)) and not died_after(low, date)
