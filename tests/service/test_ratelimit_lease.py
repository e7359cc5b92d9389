"""Shared rate limits without a database transaction per request (SQLite and PostgreSQL): leased tokens for the
per-key limit, trusted open peeks for the failed-authentication throttles, and the limits still holding across
two stores on one database (as two API processes)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from retrieval.store import LibraryStore, limits
from service.ratelimit import SharedBuckets
from tests.pg import database_url  # noqa: F401 - the fixture, parametrised over SQLite and PostgreSQL


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def stores(database_url: str) -> Iterator[tuple[LibraryStore, LibraryStore]]:  # noqa: F811
    one, two = LibraryStore(database_url), LibraryStore(database_url)
    yield one, two
    one.close()
    two.close()


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Database transactions of the buckets: takes and peeks."""
    counted = {"take": 0, "peek": 0}
    for name in ("take", "peek"):
        original = getattr(limits, name)

        def wrapper(*args, _original=original, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            counted[_name] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(limits, name, wrapper)
    return counted


def test_the_lease_size_follows_the_rate(stores: tuple[LibraryStore, LibraryStore]) -> None:
    engine = stores[0].engine
    assert SharedBuckets(engine, "key", rate=50.0, burst=200, lease=True).lease == 10  # 0.2 s of the rate
    assert SharedBuckets(engine, "key", rate=1000.0, burst=1000, lease=True).lease == 16  # at most 16
    assert SharedBuckets(engine, "key", rate=50.0, burst=8, lease=True).lease == 2  # a quarter of the burst
    assert SharedBuckets(engine, "key", rate=0.2, burst=40, lease=True).lease == 1  # slow limits: exact
    assert SharedBuckets(engine, "key", rate=50.0, burst=200).lease == 1  # not asked for


def test_a_lease_takes_one_transaction_per_lease(
    stores: tuple[LibraryStore, LibraryStore], calls: dict[str, int]
) -> None:
    clock = Clock()
    buckets = SharedBuckets(stores[0].engine, "key", rate=50.0, burst=200, clock=clock, lease=True)
    assert [buckets.take("k") for _ in range(30)] == [0.0] * 30
    assert calls["take"] == 3
    clock.now += SharedBuckets.LEASE_S  # unused leased tokens are dropped, never handed out late
    assert buckets.take("k") == 0.0 and calls["take"] == 4


def test_leases_never_grant_more_than_the_shared_bucket(stores: tuple[LibraryStore, LibraryStore]) -> None:
    clock = Clock()  # frozen: nothing refills
    a, b = (SharedBuckets(s.engine, "key", rate=50.0, burst=40, clock=clock, lease=True) for s in stores)
    assert a.lease == 10
    waits = [(a, b)[i % 2].take("k") for i in range(60)]
    assert waits[:40] == [0.0] * 40  # both processes ask equally: every leased token is used
    assert all(w > 0 for w in waits[40:])
    assert b.take("other") == 0.0  # another key, its own bucket


def test_near_the_limit_a_lease_takes_what_is_left(stores: tuple[LibraryStore, LibraryStore]) -> None:
    clock = Clock()
    leased = SharedBuckets(stores[0].engine, "key", rate=50.0, burst=40, clock=clock, lease=True)
    exact = SharedBuckets(stores[1].engine, "key", rate=50.0, burst=40, clock=clock)
    assert [exact.take("k") for _ in range(35)] == [0.0] * 35
    assert [leased.take("k") for _ in range(5)] == [0.0] * 5  # 5 left: taken at once, spent here
    assert leased.take("k") == pytest.approx(1 / 50)
    assert exact.take("k") == pytest.approx(1 / 50)


def test_concurrent_leases_never_spend_a_token_twice(stores: tuple[LibraryStore, LibraryStore]) -> None:
    clock = Clock()
    buckets = [SharedBuckets(s.engine, "key", rate=50.0, burst=40, clock=clock, lease=True) for s in stores]
    granted: list[float] = []

    def worker(i: int) -> None:
        for _ in range(20):
            granted.append(buckets[i % 2].take("busy"))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    allowed = sum(1 for w in granted if w == 0.0)
    assert (
        40 - 2 * (buckets[0].lease - 1) <= allowed <= 40
    )  # what one process holds unused is lost, never more


def test_an_open_peek_is_trusted_for_open_s(
    stores: tuple[LibraryStore, LibraryStore], calls: dict[str, int]
) -> None:
    clock = Clock()
    here = SharedBuckets(stores[0].engine, "authfail", rate=0.5, burst=20, clock=clock, open_s=1.0)
    there = SharedBuckets(stores[1].engine, "authfail", rate=0.5, burst=20, clock=clock)
    assert [here.wait("10.0.0.1") for _ in range(5)] == [0.0] * 5
    assert calls["peek"] == 1
    assert [there.take("10.0.0.1") for _ in range(20)] == [0.0] * 20  # failures through another process
    clock.now += 0.9
    assert here.wait("10.0.0.1") == 0.0  # still trusted...
    clock.now += 0.1
    assert here.wait("10.0.0.1") == pytest.approx(1.0)  # ...for open_s only (half a token back in 1 s)


def test_a_failure_here_reads_the_bucket_again(
    stores: tuple[LibraryStore, LibraryStore], calls: dict[str, int]
) -> None:
    clock = Clock()
    here = SharedBuckets(stores[0].engine, "authfail", rate=1.0, burst=4, clock=clock)
    there = SharedBuckets(stores[1].engine, "authfail", rate=1.0, burst=4, clock=clock)
    assert here.wait("a") == 0.0
    assert [there.take("a") for _ in range(3)] == [0.0] * 3  # one left
    assert here.take("a") == 0.0  # a failure recorded here drops the trusted peek
    assert here.wait("a") == pytest.approx(1.0)
    clock.now += 1.5  # 1.5 tokens back: enough for one, below half the burst, so read every time
    before = calls["peek"]
    assert [here.wait("a") for _ in range(3)] == [0.0] * 3
    assert calls["peek"] == before + 3


def test_the_local_state_is_bounded(stores: tuple[LibraryStore, LibraryStore]) -> None:
    clock = Clock()
    buckets = SharedBuckets(stores[0].engine, "key", rate=50.0, burst=200, clock=clock, lease=True)
    buckets.MAX_LOCAL = 3
    for n in range(10):
        assert buckets.take(f"k{n}") == 0.0 and buckets.wait(f"k{n}") == 0.0
        assert len(buckets._held) <= 3 and len(buckets._open) <= 3
