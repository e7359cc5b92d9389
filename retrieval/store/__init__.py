"""The library store: reviews, recommendations, actions, implementation updates and corrections.

``LibraryStore`` is the one API over the database (SQLite file in the library directory by default, any
SQLAlchemy URL such as ``postgresql+psycopg://`` otherwise; several processes may share one PostgreSQL
database). Every write is one transaction that also bumps the store's ``generation`` counter, which the derived
search index compares to know it is stale. The schema is created and upgraded with alembic on open.

The package's modules: ``core`` (engine, migrations, write transaction, ingest), ``records`` (reviews,
recommendations, actions, corrections), ``search`` (counts and what the search index reads), ``convert`` (row to
model helpers), ``models`` (write models), and the service's repositories ``keys`` (API keys), ``limits``
(rate-limit buckets shared by processes), ``audit`` (the audit chain's rows on PostgreSQL), ``uploads`` (the
documents the service read itself), ``web`` (the web app's sessions and drafts) and ``jobs`` (background
extraction and import jobs, claimed by any process).

Typical use::

    store = LibraryStore.open(library_dir)          # or LibraryStore("postgresql+psycopg://...")
    store.list_reviews(csp="Exampleton CSP")
    store.add_implementation_update("rv-...-r1-a1", ImplementationUpdateCreate(status="completed", author="x"))
"""

from __future__ import annotations

from retrieval.store.convert import _agency_ids, status_summary
from retrieval.store.core import DB_FILENAME, MIGRATIONS_DIR, SQLITE_POOL_SIZE, database_url_for
from retrieval.store.models import (
    ActionWrite,
    FilterSpec,
    IndexRow,
    RecommendationWrite,
    ReviewWrite,
    StoreError,
    WriteOutcome,
    sha256_text,
)
from retrieval.store.records import RecordsStore
from retrieval.store.search import SearchStore


class LibraryStore(RecordsStore, SearchStore):
    """Typed API over the library database. Cheap to construct; thread-safe (one session per call)."""


__all__ = [
    "DB_FILENAME",
    "MIGRATIONS_DIR",
    "SQLITE_POOL_SIZE",
    "ActionWrite",
    "FilterSpec",
    "IndexRow",
    "LibraryStore",
    "RecommendationWrite",
    "ReviewWrite",
    "StoreError",
    "WriteOutcome",
    "_agency_ids",
    "database_url_for",
    "sha256_text",
    "status_summary",
]
