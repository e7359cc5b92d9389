"""What the search index and dashboards read: counts, index rows, filter id sets, action scans."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import String, cast, func, or_, select

from dhr.schema.library import (
    ActionPublic,
    LibraryCounts,
    SearchFilters,
)
from retrieval import tables as t
from retrieval.store.convert import _action_public
from retrieval.store.core import StoreCore
from retrieval.store.models import IndexRow


@dataclass(frozen=True)
class ReviewFilterRows:
    """What the search filters test, for one review's recommendations (:meth:`SearchStore.review_filter_rows`):
    a commit brings every cached filter forward from these few rows, with no SQL per filter."""

    vec_ids: np.ndarray  # sorted
    csp: str | None = None  # lower-cased by the database, as the filter's SQL compares it
    region: str | None = None
    year: int | None = None
    published: bool = False
    levels: dict[int, str] = field(default_factory=dict)
    labels: dict[tuple[str, str], frozenset[int]] = field(default_factory=dict)  # (kind, value) -> ids
    statuses: dict[str, frozenset[int]] = field(default_factory=dict)

    def matching(self, filters: SearchFilters) -> np.ndarray:
        """The ids :meth:`SearchStore.filter_vec_id_array` with ``review_id`` would give, sorted."""
        ids = set(self.vec_ids.tolist())
        review_level = (filters.csp, filters.region, filters.year, filters.level)
        if any(v is not None for v in review_level) or filters.published_only:
            if (
                (filters.csp is not None and self.csp != " ".join(filters.csp.lower().split()))
                or (filters.region is not None and self.region != filters.region.lower())
                or (filters.year is not None and self.year != filters.year)
                or (filters.published_only and not self.published)
            ):
                ids = set()
            if filters.level is not None:
                ids = {i for i in ids if self.levels.get(i) == filters.level}
        for kind, value in (("agency", filters.agency), ("theme", filters.theme)):
            if value is not None:
                ids &= self.labels.get((kind, str(value)), frozenset())
        if filters.status is not None:
            ids &= self.statuses.get(str(filters.status), frozenset())
        return np.array(sorted(ids), dtype=np.int64)


class SearchStore(StoreCore):
    """The search and analytics reads of :class:`~retrieval.store.LibraryStore`."""

    # -------------------------------------------------------------------------------- analytics, search

    def counts(self, *, csp: str | None = None) -> LibraryCounts:
        """Counts for dashboards; ``csp`` restricts them to one area."""
        with self._session() as session:
            reviews = select(t.Review.id)
            if csp is not None:
                reviews = reviews.where(func.lower(t.Review.csp) == csp.lower())
            review_ids = reviews.scalar_subquery()
            recs = select(t.Recommendation.vec_id).where(t.Recommendation.review_id.in_(review_ids))
            rec_ids = recs.scalar_subquery()

            def grouped(column, where) -> dict[str, int]:  # type: ignore[no-untyped-def]
                rows = session.execute(select(column, func.count()).where(where).group_by(column))
                return {str(k): int(n) for k, n in rows if k is not None}

            labels = session.execute(
                select(t.Label.kind, t.Label.value, func.count())
                .where(t.Label.vec_id.in_(rec_ids))
                .group_by(t.Label.kind, t.Label.value)
            ).all()
            return LibraryCounts(
                reviews=session.scalar(select(func.count()).where(t.Review.id.in_(review_ids))) or 0,
                published_reviews=session.scalar(
                    select(func.count()).where(t.Review.id.in_(review_ids), t.Review.published.is_(True))
                )
                or 0,
                recommendations=session.scalar(
                    select(func.count()).where(t.Recommendation.vec_id.in_(rec_ids))
                )
                or 0,
                actions=session.scalar(select(func.count()).where(t.Action.vec_id.in_(rec_ids))) or 0,
                actions_by_status=grouped(t.Action.status, t.Action.vec_id.in_(rec_ids)),
                actions_by_quality=grouped(t.Action.quality, t.Action.vec_id.in_(rec_ids)),
                recommendations_by_theme={v: n for k, v, n in labels if k == "theme"},
                recommendations_by_agency={v: n for k, v, n in labels if k == "agency"},
                recommendations_by_level=grouped(
                    t.Recommendation.level, t.Recommendation.vec_id.in_(rec_ids)
                ),
                recommendations_by_csp={
                    str(k): int(n)
                    for k, n in session.execute(
                        select(t.Review.csp, func.count(t.Recommendation.vec_id))
                        .join(t.Recommendation, t.Recommendation.review_id == t.Review.id)
                        .where(t.Review.id.in_(review_ids))
                        .group_by(t.Review.csp)
                    )
                    if k is not None
                },
            )

    def index_rows(self) -> list[IndexRow]:
        """Every recommendation's index id, id, text and text hash (what the search index is built from)."""
        with self._session() as session:
            rows = session.execute(
                select(
                    t.Recommendation.vec_id,
                    t.Recommendation.id,
                    t.Recommendation.text,
                    t.Recommendation.text_sha,
                )
            )
            return [IndexRow(vec_id=v, id=i, text=x, text_sha=s) for v, i, x, s in rows]

    def filter_vec_ids(self, filters: SearchFilters) -> set[int] | None:
        """Index ids matching the filters (None when there are no filters)."""
        ids = self.filter_vec_id_array(filters)
        return None if ids is None else set(ids.tolist())

    def review_vec_ids(self, review_id: str) -> np.ndarray:
        """Index ids of a review's recommendations, sorted (empty for an unknown review)."""
        with self.engine.connect() as conn:
            result = conn.execute(
                select(t.Recommendation.vec_id).where(t.Recommendation.review_id == review_id)
            )
            found = np.array(result.cursor.fetchall(), dtype=np.int64).reshape(-1)
            result.close()
        return np.unique(found)

    def pool_meta_rows(self) -> list[tuple[int, str | None, list[str] | None, list[str] | None, str | None]]:
        """Every recommendation's index id, review CSP, agencies, themes and level (what the ranking reads of a
        search candidate): one statement, for the service to hold them all in memory from start-up."""
        query = select(
            t.Recommendation.vec_id,
            t.Review.csp,
            t.Recommendation.agencies,
            t.Recommendation.themes,
            t.Recommendation.level,
        ).join(t.Review, t.Review.id == t.Recommendation.review_id)
        with self.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(query)]  # type: ignore[misc]

    def text_change_reviews(self, since_text_generation: int) -> tuple[np.ndarray, list[str]] | None:
        """The index ids whose text changed after ``since_text_generation`` (removed ones included) and the
        reviews those still in the store belong to; None when the text change log does not reach back."""
        changed = self.text_changes_since(since_text_generation)
        if changed is None:
            return None
        ids = sorted(changed)
        reviews: set[str] = set()
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                query = (
                    select(t.Recommendation.review_id)
                    .where(t.Recommendation.vec_id.in_(ids[start : start + 500]))
                    .distinct()
                )
                reviews.update(str(r) for r in conn.scalars(query))
        return np.array(ids, dtype=np.int64), sorted(reviews)

    def review_filter_rows(self, review_id: str) -> ReviewFilterRows:
        """The filterable attributes of one review's recommendations, in three queries (whatever the number of
        cached filters a commit then brings forward)."""
        of_review = select(t.Recommendation.vec_id).where(t.Recommendation.review_id == review_id)
        with self.engine.connect() as conn:
            recs = conn.execute(
                select(
                    t.Recommendation.vec_id,
                    t.Recommendation.level,
                    func.lower(t.Review.csp),
                    func.lower(t.Review.region),
                    t.Review.year,
                    t.Review.published,
                )
                .join(t.Review, t.Review.id == t.Recommendation.review_id)
                .where(t.Recommendation.review_id == review_id)
            ).all()
            labels: dict[tuple[str, str], set[int]] = {}
            for vec_id, kind, value in conn.execute(
                select(t.Label.vec_id, t.Label.kind, t.Label.value).where(t.Label.vec_id.in_(of_review))
            ):
                labels.setdefault((str(kind), str(value)), set()).add(int(vec_id))
            statuses: dict[str, set[int]] = {}
            for vec_id, status in conn.execute(
                select(t.Action.vec_id, t.Action.status).where(t.Action.vec_id.in_(of_review))
            ):
                if status is not None:
                    statuses.setdefault(str(status), set()).add(int(vec_id))
        if not recs:
            return ReviewFilterRows(vec_ids=np.zeros(0, dtype=np.int64))
        _, _, csp, region, year, published = recs[0]
        return ReviewFilterRows(
            vec_ids=np.unique(np.array([r[0] for r in recs], dtype=np.int64)),
            csp=csp,
            region=region,
            year=year,
            published=published is True or published == 1,
            levels={int(r[0]): r[1] for r in recs},
            labels={k: frozenset(v) for k, v in labels.items()},
            statuses={k: frozenset(v) for k, v in statuses.items()},
        )

    def filter_vec_id_array(
        self, filters: SearchFilters, *, review_id: str | None = None
    ) -> np.ndarray | None:
        """Index ids matching the filters, sorted (None when there are no filters).

        Each filter is one simple indexed query and the id sets are intersected here: SQLite plans a combined
        ``IN (subquery)`` on the primary key badly (seconds at 200k recommendations). Rows go straight into
        arrays, with no ORM objects: a chair's published-only filter returns most of the library.
        With ``review_id``, only that review's recommendations are considered (a cached filter is then updated
        after a write to one review instead of recomputed).
        """
        if filters.is_empty():
            return None
        arrays: list[np.ndarray] = []
        queries = []
        review_level = (filters.csp, filters.region, filters.year, filters.level)
        if any(v is not None for v in review_level) or filters.published_only:
            query = select(t.Recommendation.vec_id).join(t.Review, t.Review.id == t.Recommendation.review_id)
            if filters.csp is not None:
                query = query.where(func.lower(t.Review.csp) == " ".join(filters.csp.lower().split()))
            if filters.region is not None:
                query = query.where(func.lower(t.Review.region) == filters.region.lower())
            if filters.year is not None:
                query = query.where(t.Review.year == filters.year)
            if filters.published_only:
                query = query.where(t.Review.published.is_(True))
            if filters.level is not None:
                query = query.where(t.Recommendation.level == filters.level)
            queries.append(query)
        for kind, value in (("agency", filters.agency), ("theme", filters.theme)):
            if value is not None:
                queries.append(select(t.Label.vec_id).where(t.Label.kind == kind, t.Label.value == value))
        if filters.status is not None:
            queries.append(select(t.Action.vec_id).where(t.Action.status == filters.status))
        if review_id is not None:
            of_review = select(t.Recommendation.vec_id).where(t.Recommendation.review_id == review_id)
            queries = [q.where(q.selected_columns[0].in_(of_review)) for q in queries]
        with self.engine.connect() as conn:
            for query in queries:
                result = conn.execute(query)
                # The DBAPI cursor's plain tuples: SQLAlchemy's row objects cost more than the query here.
                found = np.array(result.cursor.fetchall(), dtype=np.int64).reshape(-1)
                result.close()
                arrays.append(np.unique(found))
        arrays.sort(key=len)
        result = arrays[0]
        for other in arrays[1:]:
            result = np.intersect1d(result, other, assume_unique=True)
        return result

    def action_rows(self) -> list[tuple[str, str, str | None, str, list[str]]]:
        """``(action id, recommendation id, CSP, text, agencies)`` for every action, agencies being the action's
        own or else its recommendation's (a light scan for duplicate-action detection)."""
        with self._session() as session:
            rows = session.execute(
                select(
                    t.Action.id,
                    t.Recommendation.id,
                    t.Review.csp,
                    t.Action.text,
                    t.Action.agencies,
                    t.Recommendation.agencies,
                )
                .join(t.Recommendation, t.Recommendation.vec_id == t.Action.vec_id)
                .join(t.Review, t.Review.id == t.Recommendation.review_id)
            )
            return [(a, r, c, x, list(own or inherited or [])) for a, r, c, x, own, inherited in rows]

    def all_actions(self) -> list[tuple[ActionPublic, str | None, list[str]]]:
        """Every action with its area and its recommendation's agencies (for duplicate-action detection)."""
        with self._session() as session:
            rows = session.execute(
                select(t.Action, t.Recommendation.id, t.Review.csp, t.Recommendation.agencies)
                .join(t.Recommendation, t.Recommendation.vec_id == t.Action.vec_id)
                .join(t.Review, t.Review.id == t.Recommendation.review_id)
            )
            return [(_action_public(a, rid), csp, list(agencies or [])) for a, rid, csp, agencies in rows]

    def agency_action_rows(
        self, agency: str | None, csp: str | None = None
    ) -> list[tuple[str, str | None, str | None, bool]]:
        """``(action id, CSP, owner CSP, published)`` of the actions assigned to ``agency`` (the action's own
        agencies, else its recommendation's; every action when None), of one CSP's reviews when ``csp`` is given
        (compared case- and space-insensitively), ordered by id: column-only rows, prefiltered in SQL, so a
        caller can apply its access rules and build full models for one page only (a scan of every action
        as models took ~13 s at 320k actions)."""
        query = (
            select(
                t.Action.id,
                t.Action.agencies,
                t.Recommendation.agencies,
                t.Review.csp,
                t.Review.owner_csp,
                t.Review.published,
            )
            .join(t.Recommendation, t.Recommendation.vec_id == t.Action.vec_id)
            .join(t.Review, t.Review.id == t.Recommendation.review_id)
        )
        if agency is not None:
            needle = f'%"{agency}"%'
            query = query.where(
                or_(
                    cast(t.Action.agencies, String).like(needle),
                    cast(t.Recommendation.agencies, String).like(needle),
                )
            )
        wanted_csp = " ".join(csp.lower().split()) if csp else None
        out: list[tuple[str, str | None, str | None, bool]] = []
        with self.engine.connect() as conn:
            for action_id, own, inherited, review_csp, owner_csp, published in conn.execute(query):
                if agency is not None and agency not in (own or inherited or []):
                    continue  # the LIKE prefilter matched another agency's id containing this one
                if wanted_csp is not None and " ".join((review_csp or "").lower().split()) != wanted_csp:
                    continue
                out.append((action_id, review_csp, owner_csp, bool(published)))
        out.sort()
        return out
