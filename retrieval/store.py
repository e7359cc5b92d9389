"""The library store: reviews, recommendations, actions, implementation updates and corrections.

``LibraryStore`` is the one API over the database (SQLite file in the library directory by default, any
SQLAlchemy URL such as PostgreSQL otherwise). Every write is one transaction that also bumps the store's
``generation`` counter, which the derived search index compares to know it is stale. The schema is created and
upgraded with alembic on open.

Typical use::

    store = LibraryStore.open(library_dir)          # or LibraryStore("postgresql+psycopg://...")
    store.list_reviews(csp="Exampleton CSP")
    store.add_implementation_update("rv-...-r1-a1", ImplementationUpdateCreate(status="completed", author="x"))
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field
from sqlalchemy import Engine, String, bindparam, cast, create_engine, delete, event, func, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from dhr.errors import DHRError, InputError, NotFoundError, ValidationError
from dhr.schema.common import ActionStatus, DeathType, ImplementationLevel, Level, Quality, ReviewKind
from dhr.schema.library import (
    ActionPublic,
    ActionsPublic,
    CorrectionCreate,
    CorrectionPublic,
    ImplementationUpdateCreate,
    ImplementationUpdatePublic,
    LibraryCounts,
    RecommendationPublic,
    ReviewDetail,
    ReviewPublic,
    ReviewsPublic,
    SearchFilters,
)
from retrieval import tables as t

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DB_FILENAME = "library.sqlite"
#: SQLite connections kept open: at least the requests served at once (``dhr serve`` runs sync routes on a
#: thread pool), so none opens a fresh connection per request.
SQLITE_POOL_SIZE = 32
_META_VALUE = select(t.Meta.value).where(t.Meta.key == bindparam("key"))


class StoreError(DHRError):
    """The library database cannot be opened or written."""


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------------------------------- write models


class ActionWrite(BaseModel):
    text: str
    agencies: list[str] = Field(default_factory=list)
    target_date: str | None = None
    status: ActionStatus | None = None
    implementation_level: ImplementationLevel | None = None
    quality: Quality | None = None
    evidence: str | None = None


class RecommendationWrite(BaseModel):
    id: str
    text: str
    number: str | None = None
    agencies: list[str] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)
    level: Level = "local"
    target_date: str | None = None
    actions: list[ActionWrite] = Field(default_factory=list)
    content_sha: str = Field(
        description="Hash of the input the recommendation came from (idempotent ingest)."
    )


class ReviewWrite(BaseModel):
    id: str
    title: str | None = None
    reference: str | None = None
    csp: str | None = None
    owner_csp: str | None = None
    region: str | None = None
    year: int | None = None
    review_kind: ReviewKind | None = None
    death_type: DeathType | None = None
    published: bool = False
    source_filename: str | None = None
    source_sha256: str | None = None
    recommendations: list[RecommendationWrite] = Field(default_factory=list)


@dataclass
class WriteOutcome:
    review_added: bool = False
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class IndexRow:
    """What the search index needs of one recommendation."""

    vec_id: int
    id: str
    text: str
    text_sha: str


@dataclass
class FilterSpec:
    vec_ids: set[int] | None = None
    notes: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------------------------ store


def database_url_for(library_dir: Path) -> str:
    return f"sqlite:///{Path(library_dir).resolve() / DB_FILENAME}"


class LibraryStore:
    """Typed API over the library database. Cheap to construct; thread-safe (one session per call)."""

    def __init__(self, database_url: str) -> None:
        self.url = database_url
        try:
            self.engine: Engine = _make_engine(database_url)
            self._migrate()
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot open library database {database_url!r}: {exc.__class__.__name__}"
            ) from exc
        self._session = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, library_dir: Path, database_url: str | None = None) -> LibraryStore:
        """Open (creating if needed) the store of ``library_dir``, or ``database_url`` when given."""
        if database_url:
            return cls(database_url)
        library_dir = Path(library_dir)
        if library_dir.exists() and not library_dir.is_dir():
            raise InputError(f"library directory {str(library_dir)!r} is a file, not a directory")
        library_dir.mkdir(parents=True, exist_ok=True)
        return cls(database_url_for(library_dir))

    def close(self) -> None:
        self.engine.dispose()

    # ---------------------------------------------------------------------------------------- internals

    def _migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        """One write transaction that bumps ``generation``, and ``text_generation`` when the body sets
        ``session.info["texts_changed"]`` (recommendations added, removed or re-worded); the body then lists
        their index ids in ``session.info["changed_vec_ids"]`` for the text change log (without that list the
        log stops covering earlier generations, so the next index sync does a full diff)."""
        with self._session() as session, session.begin():
            yield session
            for key in ["generation"] + (["text_generation"] if session.info.get("texts_changed") else []):
                meta = session.get(t.Meta, key)
                if meta is None:
                    meta = t.Meta(key=key, value=1)
                    session.add(meta)
                else:
                    meta.value = meta.value + 1
                if key != "text_generation":
                    continue
                changed = session.info.get("changed_vec_ids")
                if changed is None:
                    since = session.get(t.Meta, "text_log_since")
                    if since is None:
                        session.add(t.Meta(key="text_log_since", value=meta.value))
                    else:
                        since.value = meta.value
                else:
                    session.add_all(
                        t.TextChange(text_generation=meta.value, vec_id=int(v)) for v in set(changed)
                    )

    def text_changes_since(self, generation: int) -> dict[int, str | None] | None:
        """Index ids whose text changed after ``generation``, with their text hash now (None: removed), or
        None when the log does not reach back that far (the caller diffs everything instead)."""
        with self.engine.connect() as conn, conn.begin():
            since = conn.scalar(select(t.Meta.value).where(t.Meta.key == "text_log_since"))
            if since is None or generation < int(since):
                return None
            ids = list(
                conn.scalars(
                    select(t.TextChange.vec_id).where(t.TextChange.text_generation > generation).distinct()
                )
            )
            out: dict[int, str | None] = dict.fromkeys(ids)
            for start in range(0, len(ids), 500):
                query = select(t.Recommendation.vec_id, t.Recommendation.text_sha).where(
                    t.Recommendation.vec_id.in_(ids[start : start + 500])
                )
                out.update({int(v): sha for v, sha in conn.execute(query)})
            return out

    def _counter(self, key: str) -> int:
        # Core, not ORM: every search reads ``text_generation`` to know whether its snapshot is current.
        with self.engine.connect() as conn:
            value = conn.execute(_META_VALUE, {"key": key}).scalar()
        return 0 if value is None else int(value)

    def generation(self) -> int:
        """Counter bumped by every write."""
        return self._counter("generation")

    def text_generation(self) -> int:
        """Counter bumped by writes that add, remove or re-word recommendations: the derived search indexes
        store the value they reflect and are synced when it moved (status or label changes do not need it)."""
        return self._counter("text_generation")

    # ------------------------------------------------------------------------------------------- ingest

    def has_source(self, sha256: str) -> str | None:
        """The id of the review ingested from the document with this hash, if any."""
        with self._session() as session:
            return session.scalar(select(t.Review.id).where(t.Review.source_sha256 == sha256))

    def content_shas(self, ids: Sequence[str]) -> dict[str, str]:
        """``{recommendation id: content hash}`` of those already stored (to skip unchanged input)."""
        out: dict[str, str] = {}
        with self._session() as session:
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                rows = session.execute(
                    select(t.Recommendation.id, t.Recommendation.content_sha).where(
                        t.Recommendation.id.in_(chunk)
                    )
                )
                out.update({rid: sha for rid, sha in rows})
        return out

    def write_review(self, review: ReviewWrite) -> WriteOutcome:
        """Insert or update a review and the given recommendations in one transaction.

        Recommendations already stored with the same ``content_sha`` are left alone; changed ones are updated in
        place (same ids, so implementation-update history is kept); recommendations of the review that are not
        given are kept (records files may add to a review bit by bit).
        """
        outcome = WriteOutcome()
        with self._tx() as session:
            row = session.get(t.Review, review.id)
            if row is None:
                if review.source_sha256:
                    other = session.scalar(
                        select(t.Review.id).where(t.Review.source_sha256 == review.source_sha256)
                    )
                    if other is not None:
                        outcome.unchanged = len(review.recommendations)
                        return outcome
                row = t.Review(id=review.id)
                session.add(row)
                outcome.review_added = True
            for name in (
                "title",
                "reference",
                "csp",
                "owner_csp",
                "region",
                "year",
                "review_kind",
                "death_type",
                "source_filename",
            ):
                value = getattr(review, name)
                if value is not None or outcome.review_added:
                    setattr(row, name, value)
            if outcome.review_added:
                row.published = review.published
                row.source_sha256 = review.source_sha256
            session.flush()
            existing = {
                r.id: r
                for r in session.scalars(
                    select(t.Recommendation)
                    .where(t.Recommendation.id.in_([r.id for r in review.recommendations]))
                    .options(selectinload(t.Recommendation.actions), selectinload(t.Recommendation.labels))
                )
            }
            next_pos = (
                session.scalar(
                    select(func.max(t.Recommendation.position)).where(t.Recommendation.review_id == review.id)
                )
                or 0
            )
            touched: list[t.Recommendation] = []
            for rec in review.recommendations:
                current = existing.get(rec.id)
                if current is not None and current.content_sha == rec.content_sha:
                    if current.review_id != review.id:
                        current.review_id = review.id
                    outcome.unchanged += 1
                    continue
                if current is None:
                    next_pos += 1
                    current = t.Recommendation(id=rec.id, review_id=review.id, position=next_pos)
                    session.add(current)
                    outcome.added += 1
                else:
                    current.review_id = review.id
                    current.updated_at = t.utcnow()
                    outcome.updated += 1
                _apply_recommendation(current, rec)
                touched.append(current)
            session.info["texts_changed"] = bool(outcome.added or outcome.updated)
            if touched:
                session.flush()  # new rows get their index ids
                session.info["changed_vec_ids"] = [r.vec_id for r in touched]
        return outcome

    # ------------------------------------------------------------------------------------------- reviews

    def list_reviews(
        self,
        *,
        csp: str | None = None,
        published: bool | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> ReviewsPublic:
        if offset < 0 or not 1 <= limit <= 1000:
            raise ValidationError(f"offset must be >= 0 and limit 1-1000, got offset={offset} limit={limit}")
        with self._session() as session:
            query = select(t.Review)
            if csp is not None:
                query = query.where(func.lower(t.Review.csp) == csp.lower())
            if published is not None:
                query = query.where(t.Review.published == published)
            count = session.scalar(select(func.count()).select_from(query.subquery())) or 0
            rows = session.scalars(
                query.order_by(t.Review.created_at, t.Review.id).offset(offset).limit(limit)
            ).all()
            counts = _rec_counts(session, [r.id for r in rows])
            return ReviewsPublic(data=[_review_public(r, counts.get(r.id, 0)) for r in rows], count=count)

    def get_review(self, review_id: str) -> ReviewDetail:
        with self._session() as session:
            row = session.get(
                t.Review,
                review_id,
                options=[selectinload(t.Review.recommendations).selectinload(t.Recommendation.actions)],
            )
            if row is None:
                raise NotFoundError(f"no review with id {review_id!r}")
            recs = [_rec_public(r, row) for r in row.recommendations]
            base = _review_public(row, len(recs))
            return ReviewDetail(**base.model_dump(), recommendations=recs)

    def delete_review(self, review_id: str) -> int:
        """Delete a review with its recommendations, actions and their history; returns recommendations removed."""
        with self._tx() as session:
            row = session.get(t.Review, review_id)
            if row is None:
                raise NotFoundError(f"no review with id {review_id!r}")
            vec_ids = list(
                session.scalars(
                    select(t.Recommendation.vec_id).where(t.Recommendation.review_id == review_id)
                )
            )
            rec_ids = list(
                session.scalars(select(t.Recommendation.id).where(t.Recommendation.review_id == review_id))
            )
            if vec_ids:
                action_ids = select(t.Action.id).where(t.Action.vec_id.in_(vec_ids))
                session.execute(
                    delete(t.ImplementationUpdate).where(t.ImplementationUpdate.action_id.in_(action_ids))
                )
                session.execute(delete(t.Action).where(t.Action.vec_id.in_(vec_ids)))
                session.execute(delete(t.Label).where(t.Label.vec_id.in_(vec_ids)))
                session.execute(delete(t.Correction).where(t.Correction.recommendation_id.in_(rec_ids)))
                # routing rows too: the FK cascade is not relied on and index ids can be reused
                from retrieval.analytics_tables import RecommendationRouting

                session.execute(
                    delete(RecommendationRouting).where(RecommendationRouting.vec_id.in_(vec_ids))
                )
                session.execute(delete(t.Recommendation).where(t.Recommendation.vec_id.in_(vec_ids)))
            session.execute(delete(t.Review).where(t.Review.id == review_id))
            session.info["texts_changed"] = bool(vec_ids)
            session.info["changed_vec_ids"] = vec_ids
            return len(vec_ids)

    def set_published(self, review_id: str, published: bool) -> ReviewPublic:
        with self._tx() as session:
            row = session.get(t.Review, review_id)
            if row is None:
                raise NotFoundError(f"no review with id {review_id!r}")
            row.published = published
            session.flush()
            return _review_public(row, _rec_counts(session, [review_id]).get(review_id, 0))

    # ---------------------------------------------------------------------------- recommendations, actions

    def get_recommendation(self, recommendation_id: str) -> RecommendationPublic:
        with self._session() as session:
            row = session.scalar(
                select(t.Recommendation)
                .where(t.Recommendation.id == recommendation_id)
                .options(selectinload(t.Recommendation.actions), selectinload(t.Recommendation.review))
            )
            if row is None:
                raise NotFoundError(f"no recommendation with id {recommendation_id!r}")
            return _rec_public(row, row.review)

    def recommendations_by_vec_ids(self, vec_ids: Sequence[int]) -> dict[int, RecommendationPublic]:
        """Recommendations (with review fields and actions) keyed by their index id; unknown ids are left out.

        Search reads this for every result page, so it uses two plain statements (recommendations joined with
        their review, then their actions) in one read transaction, without ORM objects: a consistent snapshot in
        which a review deleted concurrently cannot leave a recommendation without its review.
        """
        out: dict[int, RecommendationPublic] = {}
        with self.engine.connect() as conn, conn.begin():
            for start in range(0, len(vec_ids), 500):
                chunk = [int(i) for i in vec_ids[start : start + 500]]
                actions: dict[int, list[ActionPublic]] = {}
                rows = conn.execute(_RECS_BY_VEC_IDS, {"ids": chunk}).all()
                rec_ids = {row.vec_id: row.id for row in rows}
                for act in conn.execute(_ACTIONS_BY_VEC_IDS, {"ids": chunk}):
                    public = _action_public(act, rec_ids.get(act.vec_id, ""))  # type: ignore[arg-type]
                    actions.setdefault(act.vec_id, []).append(public)
                for row in rows:  # the row carries the review's columns too
                    out[row.vec_id] = _rec_public(row, row, actions.get(row.vec_id, []))  # type: ignore[arg-type]
        return out

    def get_action(self, action_id: str) -> ActionPublic:
        with self._session() as session:
            row = session.get(t.Action, action_id, options=[selectinload(t.Action.recommendation)])
            if row is None:
                raise NotFoundError(f"no action with id {action_id!r}")
            return _action_public(row, row.recommendation.id)

    def list_actions(
        self,
        *,
        agency: str | None = None,
        csp: str | None = None,
        status: str | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> ActionsPublic:
        """Actions for an agency (the action's own agencies, else its recommendation's), optionally of one CSP's
        reviews and with one status, ordered by id; only the requested page is built."""
        if offset < 0 or not 1 <= limit <= 1000:
            raise ValidationError(f"offset must be >= 0 and limit 1-1000, got offset={offset} limit={limit}")
        query = (
            select(t.Action.id, t.Action.agencies, t.Recommendation.agencies)
            .join(t.Recommendation, t.Recommendation.vec_id == t.Action.vec_id)
            .join(t.Review, t.Review.id == t.Recommendation.review_id)
        )
        if csp is not None:
            query = query.where(func.lower(t.Review.csp) == " ".join(csp.lower().split()))
        if status is not None:
            query = query.where(t.Action.status == status)
        if agency is not None:
            needle = f'%"{agency}"%'
            query = query.where(
                or_(
                    cast(t.Action.agencies, String).like(needle),
                    cast(t.Recommendation.agencies, String).like(needle),
                )
            )
        with self._session() as session:
            ids = sorted(
                action_id
                for action_id, own, inherited in session.execute(query)
                if agency is None or agency in (own or inherited or [])
            )
            page_ids = ids[offset : offset + limit]
            rows = session.execute(
                select(t.Action, t.Recommendation.id)
                .join(t.Recommendation, t.Recommendation.vec_id == t.Action.vec_id)
                .where(t.Action.id.in_(page_ids))
            ).all()
            by_id = {a.id: _action_public(a, rid) for a, rid in rows}
            return ActionsPublic(data=[by_id[i] for i in page_ids if i in by_id], count=len(ids))

    def add_implementation_update(
        self, action_id: str, update: ImplementationUpdateCreate
    ) -> ImplementationUpdatePublic:
        """Record a progress update (kept as history) and make it the action's current state."""
        with self._tx() as session:
            row = session.get(t.Action, action_id)
            if row is None:
                raise NotFoundError(f"no action with id {action_id!r}")
            entry = t.ImplementationUpdate(
                action_id=action_id,
                status=update.status,
                implementation_level=update.implementation_level,
                quality=update.quality,
                evidence=update.evidence,
                date=update.date or date.today().isoformat(),
                author=update.author,
            )
            session.add(entry)
            for name in ("status", "implementation_level", "quality", "evidence"):
                value = getattr(update, name)
                if value is not None:
                    setattr(row, name, value)
            row.updated_at = t.utcnow()
            session.flush()
            return _update_public(entry)

    def list_implementation_updates(self, action_id: str) -> list[ImplementationUpdatePublic]:
        with self._session() as session:
            if session.get(t.Action, action_id) is None:
                raise NotFoundError(f"no action with id {action_id!r}")
            rows = session.scalars(
                select(t.ImplementationUpdate)
                .where(t.ImplementationUpdate.action_id == action_id)
                .order_by(t.ImplementationUpdate.id)
            )
            return [_update_public(r) for r in rows]

    def add_correction(self, recommendation_id: str, correction: CorrectionCreate) -> CorrectionPublic:
        """Apply a person's correction to a recommendation's text or labels, keeping the old value."""
        value = _check_correction(correction)
        with self._tx() as session:
            row = session.scalar(
                select(t.Recommendation)
                .where(t.Recommendation.id == recommendation_id)
                .options(selectinload(t.Recommendation.labels))
            )
            if row is None:
                raise NotFoundError(f"no recommendation with id {recommendation_id!r}")
            old = getattr(row, correction.field)
            old = list(old) if isinstance(old, list) else old
            setattr(row, correction.field, value)
            if correction.field == "text":
                row.text_sha = sha256_text(str(value))
                session.info["texts_changed"] = True
                session.info["changed_vec_ids"] = [row.vec_id]
            if correction.field in ("agencies", "themes"):
                _set_labels(row, row.agencies, row.themes)
            row.updated_at = t.utcnow()
            entry = t.Correction(
                recommendation_id=recommendation_id,
                field=correction.field,
                old_value=old,
                new_value=value,
                author=correction.author,
                reason=correction.reason,
            )
            session.add(entry)
            session.flush()
            return CorrectionPublic.model_validate(entry, from_attributes=True)

    def list_corrections(self, recommendation_id: str) -> list[CorrectionPublic]:
        with self._session() as session:
            rows = session.scalars(
                select(t.Correction)
                .where(t.Correction.recommendation_id == recommendation_id)
                .order_by(t.Correction.id)
            )
            return [CorrectionPublic.model_validate(r, from_attributes=True) for r in rows]

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


# ------------------------------------------------------------------------------------------------ helpers


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # A pool as large as the concurrent requests: a connection beyond ``pool_size`` is opened for one
        # request and closed after it, so it pays the connect and reads its pages with a cold cache (seen
        # under 8 searching clients: a third of the search time went on SQLite fetches).
        engine = create_engine(
            url, connect_args={"timeout": 30}, pool_size=SQLITE_POOL_SIZE, max_overflow=SQLITE_POOL_SIZE
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def _apply_recommendation(row: t.Recommendation, rec: RecommendationWrite) -> None:
    row.text = rec.text
    row.text_sha = sha256_text(rec.text)
    row.content_sha = rec.content_sha
    row.number = rec.number
    row.agencies = list(rec.agencies)
    row.themes = list(rec.themes)
    row.level = rec.level
    row.target_date = rec.target_date
    _set_labels(row, rec.agencies, rec.themes)
    by_pos = {a.position: a for a in row.actions}
    for pos, action in enumerate(rec.actions, start=1):
        arow = by_pos.pop(pos, None)
        if arow is None:
            arow = t.Action(id=f"{rec.id}-a{pos}", position=pos)
            row.actions.append(arow)
        arow.text = action.text
        arow.agencies = list(action.agencies)
        arow.target_date = action.target_date
        # Input values only fill gaps: a later implementation update made in the library is never overwritten.
        for name in ("status", "implementation_level", "quality", "evidence"):
            value = getattr(action, name)
            if value is not None and (not arow.updates or getattr(arow, name) is None):
                setattr(arow, name, value)
    for stale in by_pos.values():
        if not stale.updates:
            row.actions.remove(stale)


def _set_labels(row: t.Recommendation, agencies: Sequence[str], themes: Sequence[str]) -> None:
    wanted = {("agency", a) for a in agencies} | {("theme", th) for th in themes}
    have = {(lab.kind, lab.value): lab for lab in row.labels}
    for key, lab in have.items():
        if key not in wanted:
            row.labels.remove(lab)
    for kind, value in sorted(wanted - set(have)):
        row.labels.append(t.Label(kind=kind, value=value))


def _check_correction(correction: CorrectionCreate) -> str | list[str]:
    from typing import get_args

    from dhr.schema.common import Level, ThemeId

    value = correction.value
    if correction.field in ("text", "level"):
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(f"correction of {correction.field!r} needs a non-empty string value")
        if correction.field == "level" and value not in get_args(Level):
            raise ValidationError(f"unknown level {value!r}; valid: {', '.join(get_args(Level))}")
        return " ".join(value.split())
    if not isinstance(value, list):
        raise ValidationError(f"correction of {correction.field!r} needs a list of ids")
    if correction.field == "themes":
        bad = [v for v in value if v not in get_args(ThemeId)]
        if bad:
            raise ValidationError(f"unknown theme id(s) {bad}; valid: {', '.join(get_args(ThemeId))}")
    else:
        known = _agency_ids()
        bad = [v for v in value if known and v not in known]
        if bad:
            raise ValidationError(f"unknown agency id(s) {bad}; see classification/taxonomy.json")
    return list(dict.fromkeys(value))


def _agency_ids() -> set[str]:
    path = Path(__file__).resolve().parent.parent / "classification" / "taxonomy.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {item[0] for item in data["agencies"]["items"]}
    except (OSError, ValueError, KeyError):
        return set()


def _rec_counts(session: Session, review_ids: Sequence[str]) -> dict[str, int]:
    if not review_ids:
        return {}
    rows = session.execute(
        select(t.Recommendation.review_id, func.count())
        .where(t.Recommendation.review_id.in_(list(review_ids)))
        .group_by(t.Recommendation.review_id)
    )
    return {rid: int(n) for rid, n in rows}


def _review_public(row: t.Review, n_recs: int) -> ReviewPublic:
    return ReviewPublic(
        id=row.id,
        title=row.title,
        reference=row.reference,
        csp=row.csp,
        owner_csp=row.owner_csp,
        region=row.region,
        year=row.year,
        review_kind=row.review_kind or "unknown",  # type: ignore[arg-type]
        death_type=row.death_type or "unknown",  # type: ignore[arg-type]
        published=bool(row.published),
        source_filename=row.source_filename,
        source_sha256=row.source_sha256,
        created_at=row.created_at,
        recommendation_count=n_recs,
    )


# Statements built once (building a select costs more than running it on a page of results).
_RECS_BY_VEC_IDS = (
    select(
        t.Recommendation.vec_id,
        t.Recommendation.id,
        t.Recommendation.review_id,
        t.Recommendation.position,
        t.Recommendation.number,
        t.Recommendation.text,
        t.Recommendation.agencies,
        t.Recommendation.themes,
        t.Recommendation.level,
        t.Recommendation.target_date,
        t.Review.csp,
        t.Review.region,
        t.Review.year,
        t.Review.title,
        t.Review.published,
    )
    .join(t.Review, t.Review.id == t.Recommendation.review_id)
    .where(t.Recommendation.vec_id.in_(bindparam("ids", expanding=True)))
)
_ACTIONS_BY_VEC_IDS = (
    select(
        t.Action.vec_id,
        t.Action.id,
        t.Action.position,
        t.Action.text,
        t.Action.agencies,
        t.Action.target_date,
        t.Action.status,
        t.Action.implementation_level,
        t.Action.quality,
        t.Action.evidence,
        t.Action.updated_at,
    )
    .where(t.Action.vec_id.in_(bindparam("ids", expanding=True)))
    .order_by(t.Action.position, t.Action.id)
)


def _action_public(row: t.Action, recommendation_id: str) -> ActionPublic:
    return ActionPublic(
        id=row.id,
        recommendation_id=recommendation_id,
        position=row.position,
        text=row.text,
        agencies=list(row.agencies or []),
        target_date=row.target_date,
        status=row.status,  # type: ignore[arg-type]
        implementation_level=row.implementation_level,  # type: ignore[arg-type]
        quality=row.quality,  # type: ignore[arg-type]
        evidence=row.evidence,
        updated_at=row.updated_at,
    )


def _rec_public(
    row: t.Recommendation, review: t.Review, actions: list[ActionPublic] | None = None
) -> RecommendationPublic:
    """Also built from a plain SQL row with the same column names (search results), with ``actions`` given."""
    return RecommendationPublic(
        id=row.id,
        review_id=row.review_id,
        position=row.position,
        number=row.number,
        text=row.text,
        agencies=list(row.agencies or []),
        themes=list(row.themes or []),  # type: ignore[arg-type]
        level=row.level,  # type: ignore[arg-type]
        target_date=row.target_date,
        csp=review.csp,
        region=review.region,
        year=review.year,
        review_title=review.title,
        published=bool(review.published),
        actions=[_action_public(a, row.id) for a in row.actions] if actions is None else actions,
    )


def _update_public(row: t.ImplementationUpdate) -> ImplementationUpdatePublic:
    return ImplementationUpdatePublic.model_validate(row, from_attributes=True)


def status_summary(actions: Sequence[ActionPublic]) -> str:
    """How a recommendation was implemented, in words: '2 completed (gold, silver), 1 abandoned: <evidence>'."""
    if not actions:
        return "no actions recorded"
    by_status: Counter[str] = Counter(a.status or "no status" for a in actions)
    parts = []
    for status, n in by_status.most_common():
        qualities = sorted({a.quality for a in actions if (a.status or "no status") == status and a.quality})
        part = f"{n} {status.replace('_', ' ')}"
        if qualities:
            part += f" ({', '.join(q.replace('_', ' ') for q in qualities)})"
        parts.append(part)
    text = ", ".join(parts)
    why = [a.evidence for a in actions if a.status == "abandoned" and a.evidence]
    if why:
        text += f"; abandoned because: {why[0]}"
    return text
