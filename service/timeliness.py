"""Dashboard 1 timeliness stages for the API, over the review timelines of ``retrieval.timelines``."""

from __future__ import annotations

from dhr.dates import to_date
from dhr.schema.service import StageTiming, Timeliness
from retrieval.timelines import TimelineStore

__all__ = ["TimelineStore", "timeliness", "to_date"]


def timeliness(store: object) -> Timeliness:
    """Dashboard 1: average months per stage, death to publication (``analysis.analytics`` figure)."""
    from analysis.analytics import compute_figure

    figure = compute_figure(store, "timeline_stages")  # type: ignore[arg-type]
    stages = [
        StageTiming(stage=str(label), start=str(a), end=str(b), reviews=int(n or 0), mean_months=months)
        for label, a, b, n, months in figure.rows
    ]
    total = next((s for s in stages if s.start == "death" and s.end == "publication"), None)
    if total is None:
        total = StageTiming(stage="Death to publication (total)", start="death", end="publication", reviews=0)
    return Timeliness(stages=[s for s in stages if s is not total], total=total)
