"""How the timeline extractor (:mod:`extraction.timeline`) settles its candidates into one date per event.

Candidates for one event are pooled over the document and the date with the most support wins (reports repeat
the key dates in summary, introduction and timeline table), and a day within a month (or year) read for the same
event refines it; a date read as an event only by a second reading, and as another by its first, is that other
event; stages of the process cannot precede the death.
"""

from __future__ import annotations

from collections import defaultdict

from dhr.schema import TimelineEvent, TimelineEventId
from extraction.timeline_cues import _PROCESS_ORDER
from extraction.timeline_read import _Candidate


def choose(candidates: list[_Candidate]) -> list[TimelineEvent]:
    by_event: dict[TimelineEventId, dict[str, list[_Candidate]]] = defaultdict(lambda: defaultdict(list))
    for c in candidates:
        by_event[c.event][c.date.iso].append(c)
    chosen: dict[TimelineEventId, _Candidate] = {}
    primary_of: dict[str, set[str]] = defaultdict(set)  # date -> events read there first
    for c in candidates:
        if c.primary:
            primary_of[c.date.iso].add(c.event)
    for event, by_date in by_event.items():
        # "... who was killed in 2016, will be published on 21 June 2018": the second reading of the later date as
        # the death does not outweigh the first reading of 2016 (it would be dropped below anyway)
        firsts = {
            iso: cs
            for iso, cs in by_date.items()
            if any(c.primary for c in cs) or not (primary_of[iso] - {event})
        }
        by_date = firsts or by_date

        # support for a date = summed scores; a more precise mention of the same month/year has the vaguer one's
        # support too, so it wins: a cover's "Review into the death of 'Amy', March 2019" and the body's "Amy was
        # pronounced dead on 14 March 2019" date the death to the day
        def support(iso: str, by_date: dict[str, list[_Candidate]] = by_date) -> float:
            total = sum(c.score for c in by_date[iso])
            total += sum(
                c.score for other, cs in by_date.items() if other != iso and iso.startswith(other) for c in cs
            )
            return total

        ranked = sorted(by_date, key=lambda iso: (-support(iso), -len(iso), by_date[iso][0].position))
        best_iso = ranked[0]
        chosen[event] = max(by_date[best_iso], key=lambda c: (c.score, -c.position))
    # A date taken as an event only by a second reading, and as another event by its first, is that other event.
    primary_dates = {
        c.date.iso for event, c in chosen.items() if any(x.primary for x in by_event[event][c.date.iso])
    }
    for event, c in list(chosen.items()):
        if c.date.iso in primary_dates and not any(x.primary for x in by_event[event][c.date.iso]):
            del chosen[event]
    # Stages of the process cannot precede the death: drop those that do (usually a chronology date).
    if "death" in chosen:
        death = chosen["death"].date.iso
        for event in list(chosen):
            if event != "death" and chosen[event].date.iso < death[: len(chosen[event].date.iso)]:
                del chosen[event]
    events = [
        TimelineEvent(
            event=c.event,
            date=c.date.iso,
            text=c.sentence[:500],
            page=c.page,
            confidence=round(min(1.0, 0.4 + 0.2 * c.score), 2),
        )
        for c in chosen.values()
    ]
    events.sort(key=lambda ev: _PROCESS_ORDER.index(ev.event))
    return events
