"""Row <-> model conversions and write helpers shared by the store's modules."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy import (
    bindparam,
    func,
    select,
)
from sqlalchemy.orm import Session

from dhr.errors import ValidationError
from dhr.schema.common import Level
from dhr.schema.library import (
    ActionPublic,
    CorrectionCreate,
    ImplementationUpdatePublic,
    RecommendationPublic,
    ReviewPublic,
)
from retrieval import tables as t
from retrieval.store.models import RecommendationWrite, ReviewWrite, sha256_text

#: The review columns a write sets (``StoreCore.write_review``).
REVIEW_FIELDS = (
    "title",
    "reference",
    "csp",
    "owner_csp",
    "region",
    "year",
    "review_kind",
    "death_type",
    "source_filename",
)
_ACTION_FILLS = ("status", "implementation_level", "quality", "evidence")


def _present(row: dict[str, object]) -> dict[str, object]:
    """The values the ORM would INSERT: it leaves out None, so a column's default applies instead."""
    return {k: v for k, v in row.items() if v is not None}


def new_review_rows(
    review: ReviewWrite,
) -> tuple[
    dict[str, object], list[dict[str, object]], list[list[dict[str, object]]], list[list[dict[str, object]]]
]:
    """A new review's rows as :func:`_apply_recommendation` and ``write_review`` would set them on new ORM
    objects: the review's, one per recommendation (positions from 1), and per recommendation its labels (in
    the order ``_set_labels`` adds them) and its actions (without ``vec_id``, known once inserted).

    Each list of rows has the same keys throughout (an executemany compiles one statement): a None there is
    stored as NULL, as it is when left out, since those columns have no default."""
    row = _present({name: getattr(review, name) for name in REVIEW_FIELDS})
    row.update(id=review.id, published=review.published)
    if review.source_sha256 is not None:
        row["source_sha256"] = review.source_sha256
    now = t.utcnow()
    recs, labels, actions = [], [], []
    for pos, rec in enumerate(review.recommendations, start=1):
        recs.append(
            {
                "id": rec.id,
                "review_id": review.id,
                "position": pos,
                "number": rec.number,
                "text": rec.text,
                "text_sha": sha256_text(rec.text),
                "content_sha": rec.content_sha,
                "agencies": list(rec.agencies),
                "themes": list(rec.themes),
                "level": rec.level,
                "target_date": rec.target_date,
                "created_at": now,
                "updated_at": now,
            }
        )
        wanted = {("agency", a) for a in rec.agencies} | {("theme", th) for th in rec.themes}
        labels.append([{"kind": kind, "value": value} for kind, value in sorted(wanted)])
        actions.append(
            [
                {
                    "id": f"{rec.id}-a{apos}",
                    "position": apos,
                    "text": action.text,
                    "agencies": list(action.agencies),
                    "target_date": action.target_date,
                    **{name: getattr(action, name) for name in _ACTION_FILLS},
                }
                for apos, action in enumerate(rec.actions, start=1)
            ]
        )
    return row, recs, labels, actions


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

    from dhr.schema.common import ThemeId

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
            raise ValidationError(f"unknown agency id(s) {bad}; see dhr/data/taxonomy.json")
    return list(dict.fromkeys(value))


def _agency_ids() -> set[str]:
    from dhr.errors import DHRError
    from dhr.taxonomy import load_taxonomy

    try:
        return set(load_taxonomy().agency_labels)
    except (OSError, ValueError, KeyError, DHRError):
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
