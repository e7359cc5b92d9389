"""The learned sentence model's readings inside the timeline extractor (:mod:`extraction.timeline_model`).

The model reads the words around one date and gives a probability per timeline event; the extractor asks it only
at dates its rules left without an event, and keeps a confident answer as a weak candidate (the rules' readings
elsewhere in a document outweigh it). Where the rules see a chronology or a court step, a period or a time stamp,
the model adds nothing: the team's conventions read those dates as no event however the sentence is worded
("convicted of murdering his wife ... at their home on DATE", annotations/real/README.md).
"""

from __future__ import annotations

from dhr.dates import FoundDate
from extraction import timeline_model
from extraction.timeline_cues import _CONTACT, _NOT_EVENT, _PERIOD_BEFORE
from extraction.timeline_read import _Candidate, _lower, _stamped

#: Sentences longer than this (a flattened table) are left to the rules.
MAX_CHARS = 600


def learned_readings(
    model: timeline_model.TimelineModel | None,
    sentence: str,
    dates: list[FoundDate],
    found: list[_Candidate],
    page: int,
    position: int,
) -> list[_Candidate]:
    """The model's reading of the dates of ``sentence`` the rules (``found``) left without an event."""
    if model is None or len(sentence) > MAX_CHARS:
        return []
    read = {c.date.iso for c in found}
    low = _lower(sentence)
    # a chronology act (a call, a visit) near the date, or a court step anywhere before it: a court step names
    # the killing it tries ("was found guilty of murdering Ms A ... on DATE"), and that date is none by convention
    against = [m.span() for pattern in (_NOT_EVENT, _CONTACT) for m in pattern.finditer(low)]
    court = [m.end() for m in _NOT_EVENT.finditer(low)]
    out: list[_Candidate] = []
    for date in dates:
        if date.iso in read or any(s - 60 < date.end and date.start < e + 60 for s, e in against):
            continue
        if any(end <= date.start and ";" not in low[end : date.start] for end in court) and not (
            timeline_model.TRIED_INCIDENT.search(low, 0, date.start)
        ):
            continue
        if _PERIOD_BEFORE.search(low, max(0, date.start - 30), date.start) or _stamped(low, date):
            continue
        answer = model.event_at(sentence, date.start, date.end, timeline_model.ADD_THRESHOLD)
        if answer is not None:
            event, p = answer
            out.append(_Candidate(event, date, sentence, page, 0.3 * p, position))  # type: ignore[arg-type]
    return out
