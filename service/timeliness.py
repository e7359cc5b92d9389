"""Review timelines and the Dashboard 1 timeliness stages (average months per stage, death to publication).

The library store keeps no timeline, so the service keeps each committed review's timeline events in its own
table of the library database, and deletes them with the review.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import get_args

from sqlalchemy import Column, MetaData, String, Table, delete, insert, select
from sqlalchemy.engine import Engine

from dhr.schema import TimelineEvent, TimelineEventId
from dhr.schema.service import StageTiming, Timeliness

metadata = MetaData()

timeline_table = Table(
    "service_review_timeline",
    metadata,
    Column("review_id", String(64), primary_key=True),
    Column("event", String(32), primary_key=True),
    Column("date", String(10), nullable=False),
)

#: The stages in order (the Dashboard 1 process from death to publication).
EVENT_ORDER: tuple[str, ...] = get_args(TimelineEventId)
_DAYS_PER_MONTH = 365.25 / 12


class TimelineStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        metadata.create_all(engine, tables=[timeline_table])

    def replace(self, review_id: str, events: Sequence[TimelineEvent]) -> None:
        """Keep the earliest date of each event for a review (replacing what was there)."""
        first: dict[str, str] = {}
        for ev in events:
            if ev.event not in first or ev.date < first[ev.event]:
                first[ev.event] = ev.date
        with self.engine.begin() as conn:
            conn.execute(delete(timeline_table).where(timeline_table.c.review_id == review_id))
            if first:
                conn.execute(
                    insert(timeline_table),
                    [{"review_id": review_id, "event": k, "date": v} for k, v in first.items()],
                )

    def merge(self, review_id: str, events: dict[str, str]) -> None:
        """Add events a review does not have yet (an import never overwrites a stored date)."""
        if not events:
            return
        with self.engine.begin() as conn:
            have = {
                r.event
                for r in conn.execute(
                    select(timeline_table.c.event).where(timeline_table.c.review_id == review_id)
                )
            }
            new = [
                {"review_id": review_id, "event": k, "date": v} for k, v in events.items() if k not in have
            ]
            if new:
                conn.execute(insert(timeline_table), new)

    def delete(self, review_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(timeline_table).where(timeline_table.c.review_id == review_id))

    def all(self, review_ids: Iterable[str] | None = None) -> dict[str, dict[str, str]]:
        stmt = select(timeline_table)
        if review_ids is not None:
            ids = list(review_ids)
            if not ids:
                return {}
            stmt = stmt.where(timeline_table.c.review_id.in_(ids))
        out: dict[str, dict[str, str]] = {}
        with self.engine.connect() as conn:
            for row in conn.execute(stmt):
                out.setdefault(row.review_id, {})[row.event] = row.date
        return out


def _to_date(value: str) -> date | None:
    """Day precision as is; month precision as the 15th; year-only is too coarse for stage timings."""
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 15)
    except ValueError:
        return None
    return None


def _stage(start: str, end: str, timelines: dict[str, dict[str, str]]) -> StageTiming:
    months: list[float] = []
    for events in timelines.values():
        a = _to_date(events.get(start, ""))
        b = _to_date(events.get(end, ""))
        if a is not None and b is not None and b >= a:
            months.append((b - a).days / _DAYS_PER_MONTH)
    months.sort()
    n = len(months)
    median = None
    if n:
        median = months[n // 2] if n % 2 else (months[n // 2 - 1] + months[n // 2]) / 2
    return StageTiming(
        stage=f"{start}->{end}",
        start=start,
        end=end,
        reviews=n,
        mean_months=round(sum(months) / n, 2) if n else None,
        median_months=round(median, 2) if median is not None else None,
    )


def timeliness(timelines: dict[str, dict[str, str]]) -> Timeliness:
    """Average months per consecutive stage, and death to publication, over reviews' timelines."""
    stages = [_stage(a, b, timelines) for a, b in zip(EVENT_ORDER, EVENT_ORDER[1:], strict=False)]
    return Timeliness(stages=stages, total=_stage("death", "publication", timelines))
