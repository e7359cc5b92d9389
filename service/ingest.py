"""Turning a reviewed draft (an :class:`ExtractionResult`) into a library review write.

Ids are stable and derived on the server: the review id comes from the hash of the upload the server read
itself (``/v1/extract``), else from the committing CSP and the draft's claimed hash, so a client's hash can
never take another CSP's id; recommendation ids come from the review id and the draft's own ids, so committing
the same draft twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import re

from dhr.errors import ValidationError
from dhr.schema import ExtractionResult
from dhr.schema.service import ReviewCommit
from retrieval.store import ActionWrite, RecommendationWrite, ReviewWrite

_SAFE = re.compile(r"[^A-Za-z0-9_.:\-]+")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def review_id_for(draft: ExtractionResult, *, verified: bool, owner: str) -> str:
    """The review's id. ``verified``: the server hashed this document itself (an upload of ``owner``'s), so the
    hash names it. Otherwise the claimed hash is the client's word: the id is a hash of it with the owning CSP,
    private to that CSP (another CSP claiming the same hash gets another id) and never equal to a verified one."""
    if verified:
        return "rv-" + draft.source.sha256[:16]
    key = "\0".join(("unverified", " ".join(owner.lower().split()), draft.source.sha256))
    return "rv-" + hashlib.sha256(key.encode()).hexdigest()[:16]


def _year(draft: ExtractionResult) -> int | None:
    for event in ("publication", "report_completed", "qap_signed_off"):
        for item in draft.timeline:
            if item.event == event and item.date[:4].isdigit():
                return int(item.date[:4])
    return None


def review_write(commit: ReviewCommit, csp: str, *, verified: bool = False) -> ReviewWrite:
    """The store write for a committed draft (``csp`` is the resolved commissioning CSP; ``verified``: the
    draft's hash is that of an upload the server read for this caller). An unverified hash is not stored as the
    review's source: it stays in the audit entry as information."""
    draft = commit.draft
    if not _SHA256.match(draft.source.sha256):
        raise ValidationError("draft.source.sha256 must be the document's SHA-256 (64 lowercase hex digits)")
    review_id = review_id_for(draft, verified=verified, owner=csp)
    recs = []
    seen: set[str] = set()
    for rec in draft.recommendations:
        rid = f"{review_id}-{_SAFE.sub('_', rec.id)}"
        if len(rec.id) > 200:
            raise ValidationError(f"recommendation id {rec.id[:40]!r}... is longer than 200 characters")
        if rid in seen:
            raise ValidationError(f"the draft has two recommendations with id {rec.id!r}; ids must be unique")
        seen.add(rid)
        content = json.dumps(rec.model_dump(mode="json"), sort_keys=True)
        recs.append(
            RecommendationWrite(
                id=rid,
                text=rec.text,
                number=rec.number,
                agencies=list(dict.fromkeys(rec.agencies)),
                themes=list(dict.fromkeys(rec.themes)),
                level=rec.level,
                target_date=rec.target_date,
                actions=[
                    ActionWrite(
                        text=a.text, agencies=list(dict.fromkeys(a.agencies)), target_date=a.target_date
                    )
                    for a in rec.actions
                ],
                content_sha=hashlib.sha256(content.encode()).hexdigest(),
            )
        )
    return ReviewWrite(
        id=review_id,
        title=draft.review.title,
        reference=draft.review.reference,
        csp=csp,
        owner_csp=csp,
        region=commit.region,
        year=commit.year or _year(draft),
        review_kind=draft.review.review_kind,
        death_type=commit.death_type or draft.review.death_type,
        published=commit.published,
        source_filename=draft.source.filename,
        source_sha256=draft.source.sha256 if verified else None,
        recommendations=recs,
    )
