"""SQLAlchemy 2.0 tables of the learning library (SQLite by default, PostgreSQL through a URL).

The schema is created and upgraded by the alembic migrations in ``retrieval/migrations`` (run on open); these
classes mirror the latest migration. ``Recommendation.vec_id`` is the integer id the FAISS index uses.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key/integer pairs; ``generation`` is bumped in every write transaction (the index compares it)."""

    __tablename__ = "library_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Review(Base):
    __tablename__ = "reviews"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    reference: Mapped[str | None] = mapped_column(String(200))
    csp: Mapped[str | None] = mapped_column(String(200), index=True)
    owner_csp: Mapped[str | None] = mapped_column(String(200), index=True)
    region: Mapped[str | None] = mapped_column(String(200), index=True)
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    # DHR or DARDR, and how the person died (dhr.schema.common.ReviewKind / DeathType); 'unknown' when unread
    review_kind: Mapped[str] = mapped_column(String(16), default="unknown", server_default="unknown")
    death_type: Mapped[str] = mapped_column(
        String(16), default="unknown", server_default="unknown", index=True
    )
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    source_filename: Mapped[str | None] = mapped_column(Text)
    source_sha256: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    recommendations: Mapped[list[Recommendation]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="Recommendation.position"
    )


class Recommendation(Base):
    __tablename__ = "recommendations"
    vec_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(300), unique=True)
    review_id: Mapped[str] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    text_sha: Mapped[str] = mapped_column(String(64))
    content_sha: Mapped[str] = mapped_column(String(64))
    agencies: Mapped[list[str]] = mapped_column(JSON, default=list)
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    level: Mapped[str] = mapped_column(String(16), default="local")
    target_date: Mapped[str | None] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    review: Mapped[Review] = relationship(back_populates="recommendations")
    actions: Mapped[list[Action]] = relationship(
        back_populates="recommendation", cascade="all, delete-orphan", order_by="Action.position"
    )
    labels: Mapped[list[Label]] = relationship(cascade="all, delete-orphan")


class Label(Base):
    """One (kind, value) label of a recommendation: kind 'agency' or 'theme'; indexed for filters and counts."""

    __tablename__ = "recommendation_labels"
    __table_args__ = (UniqueConstraint("vec_id", "kind", "value"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    vec_id: Mapped[int] = mapped_column(ForeignKey("recommendations.vec_id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(64), index=True)


class TextChange(Base):
    """A recommendation added, re-worded or removed, logged with the text generation that did it.

    The derived search indexes sync from this log in time proportional to what changed since the generation
    they reflect, not to the size of the library (``Meta['text_log_since']``: the first generation it covers).
    No foreign key: removed recommendations are logged too.
    """

    __tablename__ = "text_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    text_generation: Mapped[int] = mapped_column(Integer, index=True)
    vec_id: Mapped[int] = mapped_column(Integer)


class Action(Base):
    __tablename__ = "actions"
    id: Mapped[str] = mapped_column(String(320), primary_key=True)
    vec_id: Mapped[int] = mapped_column(ForeignKey("recommendations.vec_id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    agencies: Mapped[list[str]] = mapped_column(JSON, default=list)
    target_date: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str | None] = mapped_column(String(16), index=True)
    implementation_level: Mapped[str | None] = mapped_column(String(16))
    quality: Mapped[str | None] = mapped_column(String(16))
    evidence: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    recommendation: Mapped[Recommendation] = relationship(back_populates="actions")
    updates: Mapped[list[ImplementationUpdate]] = relationship(
        cascade="all, delete-orphan", order_by="ImplementationUpdate.id"
    )


class ImplementationUpdate(Base):
    __tablename__ = "implementation_updates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action_id: Mapped[str] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    status: Mapped[str | None] = mapped_column(String(16))
    implementation_level: Mapped[str | None] = mapped_column(String(16))
    quality: Mapped[str | None] = mapped_column(String(16))
    evidence: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10))
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Correction(Base):
    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    recommendation_id: Mapped[str] = mapped_column(String(300), index=True)
    field: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[object | None] = mapped_column(JSON)
    new_value: Mapped[object] = mapped_column(JSON)
    author: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


# --------------------------------------------------------------------- the service's tables (revision 0005)


class ApiKey(Base):
    """An API key of the service: its role and binding, and the salted hash of its secret (never the secret).

    ``created_at``/``revoked_at`` are ISO 8601 strings, as the table had them before it was under migrations.
    """

    __tablename__ = "service_api_keys"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    csp: Mapped[str | None] = mapped_column(String(200))
    agency: Mapped[str | None] = mapped_column(String(100))
    label: Mapped[str | None] = mapped_column(String(200))
    salt: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))
    revoked_at: Mapped[str | None] = mapped_column(String(40))


class RateBucket(Base):
    """A token bucket of the rate limits, shared by every API process on the database: ``tokens`` left at
    ``at`` (seconds since the epoch). ``name`` is the limit's name and its key (API key id, client address)."""

    __tablename__ = "rate_limit_buckets"
    name: Mapped[str] = mapped_column(String(250), primary_key=True)
    tokens: Mapped[float] = mapped_column(Float)
    at: Mapped[float] = mapped_column(Float)


class AuditRow(Base):
    """One entry of the audit chain when it is kept in the database (PostgreSQL: several processes, one chain):
    ``line`` is the entry's JSON exactly as the file log would hold it, so one verifier checks both."""

    __tablename__ = "audit_entries"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    line: Mapped[str] = mapped_column(Text)


class AuditHead(Base):
    """The last entry's sequence number and hash under the audit key (one row, ``id`` 1): catches entries
    removed from the end of the chain, like the file log's ``audit.head``."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    line: Mapped[str] = mapped_column(Text)


# ------------------------------------------------------------ uploads and the web app's tables (revision 0007)


class ServiceUpload(Base):
    """A document the service read itself (``/v1/extract``, the web upload): its SHA-256 and whose it is
    (``scope``: ``csp:<name>`` or the role), so a commit's ``source.sha256`` is trusted only from its uploader."""

    __tablename__ = "service_uploads"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    scope: Mapped[str] = mapped_column(String(220), primary_key=True)
    created_at: Mapped[str] = mapped_column(String(40))


class WebSession(Base):
    """A signed-in web session: the SHA-256 of its cookie's token (never the token), the key it is for and
    that key's binding, its CSRF token, and its clocks (seconds since the epoch)."""

    __tablename__ = "web_sessions"
    token_sha: Mapped[str] = mapped_column(String(64), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(16))
    csp: Mapped[str | None] = mapped_column(String(200))
    agency: Mapped[str | None] = mapped_column(String(100))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[float] = mapped_column(Float)
    seen_at: Mapped[float] = mapped_column(Float)


class WebDraft(Base):
    """A draft under review in the web app: the extraction as extracted (``original``) and as edited
    (``current``), both JSON, the page texts for the excerpts (JSON), and the review it was committed as."""

    __tablename__ = "web_drafts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(32))
    original: Mapped[str] = mapped_column(Text)
    current: Mapped[str] = mapped_column(Text)
    pages: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[float] = mapped_column(Float)
    committed_review: Mapped[str | None] = mapped_column(String(64))


# ------------------------------------------------------------------ the service's background jobs (revision 0006)


class ServiceJob(Base):
    """A background job of the API (a large extraction, a bulk import): who asked (key, role, binding), what
    (``kind``, ``params`` as JSON, the uploaded ``payload``, dropped once the job has finished), its ``status``
    (queued -> running -> done | failed), its ``result`` (JSON) or ``error``, and the ``worker`` running it with
    its heartbeat. Times are seconds since the epoch. The repository is ``retrieval.store.jobs``."""

    __tablename__ = "service_jobs"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(10), index=True)  # ix_service_jobs_status, as revision 0006
    key_id: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(20))
    csp: Mapped[str | None] = mapped_column(String(300))
    agency: Mapped[str | None] = mapped_column(String(100))
    params: Mapped[str] = mapped_column(Text)
    payload: Mapped[bytes | None] = mapped_column(LargeBinary)
    result: Mapped[str | None] = mapped_column(Text)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    worker: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[float] = mapped_column(Float)
    started_at: Mapped[float | None] = mapped_column(Float)
    finished_at: Mapped[float | None] = mapped_column(Float)
    heartbeat_at: Mapped[float | None] = mapped_column(Float)
