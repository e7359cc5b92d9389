"""The store's core: engine, migrations, the write transaction and its counters, and ingest writes.

``StoreCore`` opens the database (SQLite file by default, any SQLAlchemy URL such as
``postgresql+psycopg://`` otherwise) and upgrades its schema with alembic. Every write is one transaction that
also bumps the ``generation`` counter (and ``text_generation`` with a change-log entry when texts changed), so
processes sharing one database see each other's writes: the counters are bumped with one atomic ``UPDATE``
each, in commit order, never read-modify-written in Python (two processes would both write the same value).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Self

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    create_engine,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from dhr.errors import InputError
from retrieval import tables as t
from retrieval.sqlite_wal import enable_wal
from retrieval.store.convert import REVIEW_FIELDS, _apply_recommendation, new_review_rows
from retrieval.store.models import ReviewWrite, StoreError, WriteOutcome

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
DB_FILENAME = "library.sqlite"
#: SQLite connections kept open: at least the requests served at once (``dhr serve`` runs sync routes on a
#: thread pool), so none opens a fresh connection per request.
SQLITE_POOL_SIZE = 32
#: The advisory lock held while the schema is upgraded on PostgreSQL ('dhrmigr' in ASCII).
MIGRATION_LOCK_KEY = 0x6468726D696772
_META_VALUE = select(t.Meta.value).where(t.Meta.key == bindparam("key"))
#: Both counters a search reads, as plain SQL on the pool's DBAPI connection: SQLAlchemy's execute path
#: (compiled-cache lookup, result wrapping) cost several times the statement itself, once per search.
_COUNTERS_SQL = (
    f"SELECT key, value FROM {t.Meta.__tablename__} WHERE key IN ('generation', 'text_generation')"
)


def database_url_for(library_dir: Path) -> str:
    return f"sqlite:///{Path(library_dir).resolve() / DB_FILENAME}"


class StoreCore:
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
        #: Called with each :meth:`write_review`'s input before its transaction opens (the library embeds the
        #: new texts there, so the index sync after the commit, in this process and in every other one that
        #: catches up, finds their vectors in the embedding cache). Its errors are the caller's to handle.
        self.before_write: Callable[[ReviewWrite], None] | None = None

    @classmethod
    def open(cls, library_dir: Path, database_url: str | None = None) -> Self:
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
        # Most opens find the schema at head: one SELECT answers that, and alembic (a fifth of a second of
        # imports for a one-shot CLI command) is imported only when an upgrade is due.
        heads = _head_revisions()
        if heads is not None:
            with self.engine.connect() as conn:
                if _db_revisions(conn) == heads:
                    return
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # processes (machines) starting together on one database upgrade it one at a time; the others
                # then find it at head (PostgreSQL runs the DDL in this transaction, the lock ends with it)
                conn.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK_KEY)))
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
            session.flush()
            bump_generation(session, "generation")
            if not session.info.get("texts_changed"):
                return
            value = bump_generation(session, "text_generation")
            changed = session.info.get("changed_vec_ids")
            if changed is None:
                set_meta(session, "text_log_since", value)
            elif changed:  # one executemany, not ORM objects and a unit-of-work flush
                session.connection().execute(
                    insert(t.TextChange.__table__),
                    [{"text_generation": value, "vec_id": int(v)} for v in sorted(set(changed))],
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

    def counters(self) -> tuple[int, int]:
        """``(generation, text_generation)`` in one statement: a search needs both (its filters and rows follow
        the first, its indexes the second), and each read is a pool checkout and a round trip."""
        conn = self.engine.raw_connection()
        try:
            cursor = conn.cursor()
            try:
                cursor.execute(_COUNTERS_SQL)
                found = dict(cursor.fetchall())
            finally:
                cursor.close()
            conn.commit()  # end the read transaction (PostgreSQL opens one), as the pool's reset would
        finally:
            conn.close()  # back to the pool
        return int(found.get("generation") or 0), int(found.get("text_generation") or 0)

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
        if self.before_write is not None:
            self.before_write(review)
        outcome = WriteOutcome()
        with self._tx() as session:
            if self._write_new_review(session, review, outcome):
                return outcome
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
            for name in REVIEW_FIELDS:
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

    @staticmethod
    def _write_new_review(session: Session, review: ReviewWrite, outcome: WriteOutcome) -> bool:
        """A review not yet stored, with recommendations none of which is (a chair's commit, an import): its
        rows in a few Core statements (executemany) on the transaction's connection, the rows, defaults and
        ids the ORM path below writes. The ORM's object graph and unit-of-work flush cost the committing
        thread ~5-10 ms of GIL-held time for one recommendation. False (nothing written): the ORM path."""
        conn = session.connection()
        if conn.execute(select(t.Review.id).where(t.Review.id == review.id)).first() is not None:
            return False
        rec_ids = [r.id for r in review.recommendations]
        if len(set(rec_ids)) != len(rec_ids):
            return False  # the ORM path writes a repeated id once
        for start in range(0, len(rec_ids), 500):
            chunk = rec_ids[start : start + 500]
            if conn.execute(select(t.Recommendation.id).where(t.Recommendation.id.in_(chunk))).first():
                return False
        if (
            review.source_sha256
            and conn.execute(
                select(t.Review.id).where(t.Review.source_sha256 == review.source_sha256)
            ).first()
        ):
            outcome.unchanged = len(review.recommendations)
            return True
        review_row, recs, labels_of, actions_of = new_review_rows(review)
        conn.execute(insert(t.Review.__table__).values(review_row))
        outcome.review_added = True
        vec_ids: list[int] = []
        if recs:
            # RETURNING in parameter order: the ids the ORM would have given, in the same order
            returned = conn.execute(
                insert(t.Recommendation.__table__).returning(
                    t.Recommendation.__table__.c.vec_id, sort_by_parameter_order=True
                ),
                recs,
            )
            vec_ids = [int(v) for v in returned.scalars()]
            labels = [dict(row, vec_id=v) for v, rows in zip(vec_ids, labels_of, strict=True) for row in rows]
            actions = [
                dict(row, vec_id=v) for v, rows in zip(vec_ids, actions_of, strict=True) for row in rows
            ]
            if labels:
                conn.execute(insert(t.Label.__table__), labels)
            if actions:
                conn.execute(insert(t.Action.__table__), actions)
        outcome.added = len(vec_ids)
        session.info["texts_changed"] = bool(vec_ids)
        session.info["changed_vec_ids"] = vec_ids
        return True


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
            enable_wal(cur)  # two server workers opening a new library at once
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


_REVISION_RX = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.*?)\s*$", re.MULTILINE)
_QUOTED_RX = re.compile(r"""^(?:"([^"]*)"|'([^']*)'|None)$""")


@cache
def _head_revisions() -> frozenset[str] | None:
    """The head revision(s) of the migration scripts, read from their ``revision``/``down_revision`` lines
    without importing alembic; None when a script is not in the plain form read here (a merge's tuple, say):
    the caller then lets alembic decide."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        if path.name == "__init__.py":
            continue
        found = dict(m.groups() for m in _REVISION_RX.finditer(path.read_text(encoding="utf-8")))
        values = {key: _QUOTED_RX.match(found.get(key, "")) for key in ("revision", "down_revision")}
        rev, down = values["revision"], values["down_revision"]
        if rev is None or down is None or not (rev.group(1) or rev.group(2)):
            return None
        revisions.add(rev.group(1) or rev.group(2))
        if down.group(0) != "None":
            parents.add(down.group(1) or down.group(2) or "")
    heads = frozenset(revisions - parents)
    return heads or None


def _db_revisions(conn: Connection) -> frozenset[str]:
    """The revisions alembic recorded in the database (empty for a new one)."""
    if not inspect(conn).has_table("alembic_version"):
        return frozenset()
    return frozenset(str(v) for v in conn.scalars(text("SELECT version_num FROM alembic_version")))


def bump_generation(session: Session, key: str) -> int:
    """Add one to a counter of ``library_meta`` and return its new value, atomically: the row stays locked
    (PostgreSQL) or the database write-locked (SQLite) until the transaction ends, so generations follow commit
    order across processes and a process that reads generation N has every change logged up to N."""
    value = session.execute(
        update(t.Meta).where(t.Meta.key == key).values(value=t.Meta.value + 1).returning(t.Meta.value)
    ).scalar()
    if value is None:  # first write of a library older than revision 0005 (which seeds the counters)
        session.add(t.Meta(key=key, value=1))
        session.flush()
        return 1
    return int(value)


def set_meta(session: Session, key: str, value: int) -> None:
    if session.execute(update(t.Meta).where(t.Meta.key == key).values(value=value)).rowcount == 0:
        session.add(t.Meta(key=key, value=value))
