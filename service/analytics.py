"""Dashboard analytics: the store's counts, counts by year, and the timeliness stages."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from dhr.schema.service import Analytics, YearCount
from service.timeliness import timeliness

if TYPE_CHECKING:
    from service.state import ServiceState


def analytics(state: ServiceState) -> Analytics:
    store = state.library.store
    by_year: dict[int | None, list[int]] = defaultdict(lambda: [0, 0])
    offset = 0
    while True:
        page = store.list_reviews(offset=offset, limit=1000)
        for review in page.data:
            entry = by_year[review.year]
            entry[0] += 1
            entry[1] += review.recommendation_count
        offset += len(page.data)
        if not page.data or offset >= page.count:
            break
    years = sorted(by_year.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))
    return Analytics(
        counts=store.counts(),
        by_year=[YearCount(year=y, reviews=r, recommendations=n) for y, (r, n) in years],
        timeliness=timeliness(store),
    )
