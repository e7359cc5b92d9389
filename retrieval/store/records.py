"""Reviews, recommendations, actions, implementation updates and corrections: reads and edits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import (
    String,
    cast,
    delete,
    func,
    or_,
    select,
)
from sqlalchemy.orm import selectinload

from dhr.errors import NotFoundError, ValidationError
from dhr.schema.library import (
    ActionPublic,
    ActionsPublic,
    CorrectionCreate,
    CorrectionPublic,
    ImplementationUpdateCreate,
    ImplementationUpdatePublic,
    RecommendationPublic,
    ReviewDetail,
    ReviewPublic,
    ReviewsPublic,
)
from retrieval import tables as t
from retrieval.store.convert import (
    _ACTIONS_BY_VEC_IDS,
    _RECS_BY_VEC_IDS,
    _action_public,
    _check_correction,
    _rec_counts,
    _rec_public,
    _review_public,
    _set_labels,
    _update_public,
)
from retrieval.store.core import StoreCore
from retrieval.store.models import sha256_text


class RecordsStore(StoreCore):
    """The records API of :class:`~retrieval.store.LibraryStore`."""

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
