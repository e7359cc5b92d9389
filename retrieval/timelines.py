"""Review timelines in the library: the dated stages of each review (death, first panel, QA panel, ...).

Written when a review is added (from its extraction) or committed through the API, and read back as the
Dashboard 1 timeliness stages by ``analysis.analytics``. Day-precision dates are stored as they are; month
precision as the 15th (good to half a month, enough for stage averages in months); year-only dates are too
coarse for stage timings and are left out.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert
from sqlalchemy.engine import Engine

from dhr.dates import to_date
from dhr.schema import TimelineEvent
from retrieval.analytics_tables import TimelineEvent as TimelineRow

_table = TimelineRow.__table__


class TimelineStore:
    """Writes a review's timeline events (earliest date per event) into the library database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def replace(self, review_id: str, events: Sequence[TimelineEvent]) -> None:
        self.set(review_id, {e.event: e.date for e in sorted(events, key=lambda e: e.date, reverse=True)})

    def set(self, review_id: str, events: dict[str, str], *, keep_existing: bool = False) -> None:
        rows = []
        for event, value in events.items():
            day = to_date(value)
            if day is not None:
                rows.append({"review_id": review_id, "event": event, "date": value, "day": day.toordinal()})
        with self.engine.begin() as conn:
            if keep_existing:
                have = {r.event for r in conn.execute(_table.select().where(_table.c.review_id == review_id))}
                rows = [r for r in rows if r["event"] not in have]
            else:
                conn.execute(delete(_table).where(_table.c.review_id == review_id))
            if rows:
                conn.execute(insert(_table), rows)

    def merge(self, review_id: str, events: dict[str, str]) -> None:
        """Add events the review does not have yet (an import never overwrites a stored date)."""
        self.set(review_id, events, keep_existing=True)

    def delete(self, review_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(_table).where(_table.c.review_id == review_id))
