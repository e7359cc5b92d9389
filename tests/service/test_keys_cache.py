"""The verified-key cache of :class:`service.keys.KeyStore`: a key's row is read once per ``cache_s``, a wrong
secret never matches, a revocation through the store is refused at once and one through another process (another
store on the same database: SQLite and PostgreSQL) within ``cache_s``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dhr.schema.service import ApiKeyCreate
from retrieval.store import LibraryStore
from retrieval.store import keys as repo
from service import keys as keys_module
from service.keys import KeyStore
from tests.pg import database_url  # noqa: F401 - the fixture, parametrised over SQLite and PostgreSQL


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def sqlite_store(tmp_path) -> Iterator[LibraryStore]:  # type: ignore[no-untyped-def]
    store = LibraryStore(f"sqlite:///{tmp_path / 'library.sqlite'}")
    yield store
    store.close()


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The key ids whose row was read."""
    seen: list[str] = []
    original = repo.get_key

    def counted(engine, key_id):  # type: ignore[no-untyped-def]
        seen.append(key_id)
        return original(engine, key_id)

    monkeypatch.setattr(repo, "get_key", counted)
    return seen


def test_a_verified_key_is_read_once_per_cache_period(sqlite_store: LibraryStore, reads: list[str]) -> None:
    clock = Clock()
    keys = KeyStore(sqlite_store.engine, cache_s=1.0, clock=clock)
    created = keys.create(ApiKeyCreate(role="chair"))
    reads.clear()
    first = keys.authenticate(created.key)
    assert first is not None and first.role == "chair" and first.key_id == created.id
    assert [keys.authenticate(created.key) for _ in range(5)] == [first] * 5
    assert reads == [created.id]
    clock.now += 1.0  # the entry is as old as the period: read again
    assert keys.authenticate(created.key) == first
    assert reads == [created.id, created.id]


def test_a_wrong_secret_never_matches_a_cached_key(sqlite_store: LibraryStore, reads: list[str]) -> None:
    keys = KeyStore(sqlite_store.engine, cache_s=60.0)
    created = keys.create(ApiKeyCreate(role="dac"))
    assert keys.authenticate(created.key) is not None
    prefix, key_id, secret = created.key.split("_")
    wrong = f"{prefix}_{key_id}_{'0' * len(secret)}"
    reads.clear()
    assert keys.authenticate(wrong) is None
    assert keys.authenticate(created.key[:-1]) is None
    assert reads == [key_id, key_id]  # each wrong key went to the database (and the failure limits)


def test_revoked_through_the_store_is_refused_at_once(sqlite_store: LibraryStore) -> None:
    keys = KeyStore(sqlite_store.engine, cache_s=60.0)
    created = keys.create(ApiKeyCreate(role="chair"))
    other = keys.create(ApiKeyCreate(role="chair"))
    assert keys.authenticate(created.key) is not None and keys.authenticate(other.key) is not None
    keys.revoke(created.id)
    assert keys.authenticate(created.key) is None
    assert keys.authenticate(other.key) is not None


def test_a_verification_read_before_a_revocation_is_not_cached(
    sqlite_store: LibraryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = KeyStore(sqlite_store.engine, cache_s=60.0)
    created = keys.create(ApiKeyCreate(role="chair"))
    original = repo.get_key

    def read_then_revoke(engine, key_id):  # type: ignore[no-untyped-def]
        row = original(engine, key_id)  # read while the key was valid...
        monkeypatch.setattr(repo, "get_key", original)
        keys.revoke(key_id)  # ...revoked by another request before this one caches it
        return row

    monkeypatch.setattr(repo, "get_key", read_then_revoke)
    assert keys.authenticate(created.key) is not None  # the request in flight when the key was revoked
    assert keys.authenticate(created.key) is None  # every later one


def test_revoked_by_another_process_is_refused_within_the_cache_period(database_url: str) -> None:  # noqa: F811
    one, two = LibraryStore(database_url), LibraryStore(database_url)
    clock = Clock()
    try:
        here = KeyStore(one.engine, cache_s=1.0, clock=clock)
        there = KeyStore(two.engine, cache_s=1.0, clock=clock)
        uncached = KeyStore(one.engine, cache_s=0)
        created = there.create(ApiKeyCreate(role="chair"))
        assert here.authenticate(created.key) is not None and uncached.authenticate(created.key) is not None
        there.revoke(created.id)
        assert there.authenticate(created.key) is None
        assert uncached.authenticate(created.key) is None  # cache_s=0: at its next request
        clock.now += 0.5
        assert here.authenticate(created.key) is not None  # the bound: trusted until cache_s after its read
        clock.now += 0.5
        assert here.authenticate(created.key) is None
    finally:
        one.close()
        two.close()


def test_the_cache_is_bounded(sqlite_store: LibraryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys_module, "MAX_CACHED", 3)
    clock = Clock()
    keys = KeyStore(sqlite_store.engine, cache_s=10.0, clock=clock)
    created = [keys.create(ApiKeyCreate(role="chair")) for _ in range(5)]
    for c in created:
        assert keys.authenticate(c.key) is not None
        assert len(keys._verified) <= 3
    assert all(keys.authenticate(c.key) is not None for c in created)  # dropped entries are read again


def test_the_admin_key_is_not_cached_under_a_key_id(sqlite_store: LibraryStore) -> None:
    keys = KeyStore(sqlite_store.engine, admin_key="bootstrap-secret", cache_s=10.0)
    principal = keys.authenticate("bootstrap-secret")
    assert principal is not None and principal.role == "admin"
    assert keys._verified == {}
