"""Rate limits kept in the database hold across processes: two engines (as two API processes would have) on one
database share each bucket (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading

from retrieval.store import LibraryStore
from service.ratelimit import SharedBuckets, TokenBuckets, make_buckets
from tests.pg import database_url  # noqa: F401 - the fixture, parametrised over SQLite and PostgreSQL


def test_two_processes_share_one_bucket(database_url: str) -> None:  # noqa: F811 - the imported fixture
    one, two = LibraryStore(database_url), LibraryStore(database_url)
    clock = [1000.0]
    try:
        a = SharedBuckets(one.engine, "key", rate=1.0, burst=3, clock=lambda: clock[0])
        b = SharedBuckets(two.engine, "key", rate=1.0, burst=3, clock=lambda: clock[0])
        assert [a.take("k1"), b.take("k1"), a.take("k1")] == [0.0, 0.0, 0.0]
        assert b.take("k1") == 1.0 and a.wait("k1") == 1.0  # spent, whichever process asks
        assert b.take("k2") == 0.0  # another key has its own bucket
        clock[0] += 1.0
        assert a.take("k1") == 0.0 and b.take("k1") > 0  # one token refilled in a second, taken once
        assert SharedBuckets(one.engine, "authfail", rate=1.0, burst=1).take("k1") == 0.0  # another limit
    finally:
        one.close()
        two.close()


def test_concurrent_takes_never_spend_a_token_twice(database_url: str) -> None:  # noqa: F811
    stores = [LibraryStore(database_url) for _ in range(2)]
    granted: list[float] = []
    try:
        buckets = [SharedBuckets(s.engine, "key", rate=0.001, burst=10) for s in stores]

        def worker(i: int) -> None:
            for _ in range(8):
                granted.append(buckets[i % 2].take("busy"))

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        assert sum(1 for w in granted if w == 0.0) == 10  # 32 tries, a burst of 10
    finally:
        for s in stores:
            s.close()


def test_prune_drops_idle_buckets_only(database_url: str) -> None:  # noqa: F811
    from retrieval.store import limits

    store = LibraryStore(database_url)
    try:
        limits.take(store.engine, "authfail:1.2.3.4", rate=1.0, burst=5, cost=1, now=100.0)
        limits.take(store.engine, "authfail:5.6.7.8", rate=1.0, burst=5, cost=1, now=200.0)
        limits.take(store.engine, "key:abc", rate=1.0, burst=5, cost=1, now=100.0)
        assert limits.prune(store.engine, "authfail:", idle_before=150.0) == 1
        assert limits.peek(store.engine, "key:abc", rate=1.0, burst=5, cost=5, now=100.0) == 1.0
    finally:
        store.close()


def test_sqlite_keeps_buckets_in_memory_postgresql_in_the_database(database_url: str) -> None:  # noqa: F811
    store = LibraryStore(database_url)
    try:
        kind = SharedBuckets if database_url.startswith("postgresql") else TokenBuckets
        assert isinstance(make_buckets(store.engine, "key", 5.0, 10), kind)
    finally:
        store.close()
