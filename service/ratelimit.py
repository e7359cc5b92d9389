"""Rate limits: a token bucket per API key, and per client address for failed authentication.

:class:`TokenBuckets` keeps the buckets in memory (one process: the SQLite default). :class:`SharedBuckets`
keeps them in the library database (:mod:`retrieval.store.limits`), so several API processes on one PostgreSQL
database count against the same limits instead of each granting the full rate. :func:`make_buckets` picks one.

A database transaction per request cost more CPU than anything else the service did around a search on
PostgreSQL (0.47 ms to take a token, 0.23 ms for each of the two failed-authentication peeks; ``evaluation/
PROFILE.md``), so :class:`SharedBuckets` keeps both off most requests, within stated bounds:

- **leases** (the per-key limit): a process takes up to ``lease`` tokens from the shared bucket at once and
  spends them locally; at most a fifth of a second of the limit's rate (16 tokens at most, a quarter of the
  burst), dropped if unused within ``LEASE_S``. Every token granted was taken from the shared bucket, so the
  limit holds across processes; what one process holds unused can refuse another early by that much.
- **open peeks** (the failed-authentication throttles): a peek that finds a bucket not near empty is trusted
  for ``open_s`` seconds, or until this process records a failure in it. Failures through other processes
  throttle this one within ``open_s``; one failure here re-reads the bucket at once.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from itertools import count
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

T = TypeVar("T")


class Buckets(Protocol):
    def wait(self, key: str, cost: float = 1.0) -> float: ...

    def take(self, key: str, cost: float = 1.0) -> float: ...

    @staticmethod
    def retry_after(wait_s: float) -> int: ...


class TokenBuckets:
    """``rate`` tokens per second refill each key's bucket up to ``burst``; a request takes one token."""

    #: Buckets kept at most; beyond it, the full ones (nothing to remember) are dropped. Failed-authentication
    #: buckets are keyed by client address, which an attacker can vary.
    MAX_KEYS = 100_000

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = float(rate)
        self.burst = float(max(1, burst))
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def wait(self, key: str, cost: float = 1.0) -> float:
        """Seconds before ``cost`` tokens could be taken (0.0: now), taking none."""
        if self.rate <= 0:
            return 0.0
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        return 0.0 if tokens >= cost else (cost - tokens) / self.rate

    def take(self, key: str, cost: float = 1.0) -> float:
        """Take ``cost`` tokens; 0.0 when allowed, else the seconds to wait before retrying."""
        if self.rate <= 0:
            return 0.0
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if len(self._buckets) >= self.MAX_KEYS and key not in self._buckets:
                self._prune(now)
            if tokens >= cost:
                self._buckets[key] = (tokens - cost, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (cost - tokens) / self.rate

    def _prune(self, now: float) -> None:
        full = [
            k
            for k, (tokens, last) in self._buckets.items()
            if tokens + (now - last) * self.rate >= self.burst
        ]
        for k in full:
            del self._buckets[k]

    @staticmethod
    def retry_after(wait_s: float) -> int:
        return max(1, math.ceil(wait_s))


class SharedBuckets:
    """The same buckets as :class:`TokenBuckets`, kept in the library database and shared by every process on
    it. ``name`` keeps one limit's buckets apart from another's in the one table. If the database cannot be
    reached the request is let through (logged): the key lookup of the same request fails then anyway, and a
    limiter must not be the thing that turns an outage into errors."""

    #: Every this many takes (per process), buckets idle long enough to be full again are dropped.
    PRUNE_EVERY = 5000
    #: Largest lease, and the most seconds of the limit's rate one lease holds.
    MAX_LEASE = 16
    LEASE_OF_RATE_S = 0.2
    #: Seconds a lease's unused tokens are kept (then dropped: spent, never handed out late).
    LEASE_S = 1.0
    #: Local entries (leases, open peeks) kept at most; beyond it they are all dropped (and read again).
    MAX_LOCAL = 10_000

    def __init__(
        self,
        engine: Engine,
        name: str,
        rate: float,
        burst: int,
        clock: Callable[[], float] = time.time,
        *,
        lease: bool = False,
        open_s: float = 1.0,
    ) -> None:
        self.engine = engine
        self.prefix = f"{name}:"
        self.rate = float(rate)
        self.burst = float(max(1, burst))
        self._clock = clock
        self._takes = count(1)
        #: tokens taken from the database at a time (1: a transaction per take)
        self.lease = (
            max(1, min(self.MAX_LEASE, int(self.rate * self.LEASE_OF_RATE_S), int(self.burst // 4)))
            if lease
            else 1
        )
        self.open_s = max(0.0, float(open_s))
        self._held: dict[str, tuple[float, float]] = {}  # key -> (tokens leased here, dropped at)
        self._open: dict[str, float] = {}  # key -> until when a peek that found it open is trusted
        self._lock = threading.Lock()

    def wait(self, key: str, cost: float = 1.0) -> float:
        if self.rate <= 0:
            return 0.0
        from retrieval.store import limits

        now = self._clock()
        if self._open.get(key, 0.0) > now:
            return 0.0
        # One read asks for half the burst: if that much is left the bucket is open, and trusted for open_s
        # (what other processes spend meanwhile cannot empty it unless they spend fast); if not, the shortfall
        # gives the wait for ``cost`` itself.
        half = max(cost, self.burst / 2)
        try:
            short = limits.peek(
                self.engine, self.prefix + key, rate=self.rate, burst=self.burst, cost=half, now=now
            )
        except Exception:  # noqa: BLE001 - see the class docstring
            log.warning(
                "rate limit %s: the database could not be read; letting the request through", self.prefix
            )
            return 0.0
        if short == 0.0:
            if self.open_s > 0:
                self._remember(self._open, key, now + self.open_s)
            return 0.0
        return max(0.0, short - (half - cost) / self.rate)

    def take(self, key: str, cost: float = 1.0) -> float:
        if self.rate <= 0:
            return 0.0
        now = self._clock()
        self._open.pop(key, None)  # a failure recorded here: the next peek reads the bucket
        if self.lease > 1 and cost <= self.lease:
            with self._lock:
                tokens, until = self._held.get(key, (0.0, 0.0))
                if until > now and tokens >= cost:
                    self._held[key] = (tokens - cost, until)
                    return 0.0
        try:
            return self._take_shared(key, cost, now)
        except Exception:  # noqa: BLE001 - see the class docstring
            log.warning(
                "rate limit %s: the database could not be written; letting the request through", self.prefix
            )
            return 0.0

    def _take_shared(self, key: str, cost: float, now: float) -> float:
        """Take ``cost`` tokens from the database, leasing up to ``lease`` when more are there."""
        from retrieval.store import limits

        name = self.prefix + key
        want = float(self.lease) if cost <= self.lease else cost
        wait = limits.take(self.engine, name, rate=self.rate, burst=self.burst, cost=want, now=now)
        if wait > 0 and want > cost:
            # fewer than a lease left: take what is there, if it covers this request (a second transaction,
            # only near the limit)
            available = math.floor(want - wait * self.rate + 1e-9)
            if available < cost:
                return wait - (want - cost) / self.rate
            want = float(available)
            wait = limits.take(self.engine, name, rate=self.rate, burst=self.burst, cost=want, now=now)
            if wait > 0:  # another process took them first
                return limits.peek(self.engine, name, rate=self.rate, burst=self.burst, cost=cost, now=now)
        if wait == 0.0 and want > cost:
            with self._lock:  # added to what another request of this process may have leased meanwhile
                tokens, until = self._held.get(key, (0.0, 0.0))
                if len(self._held) >= self.MAX_LOCAL and key not in self._held:
                    self._held.clear()
                self._held[key] = ((tokens if until > now else 0.0) + want - cost, now + self.LEASE_S)
        if next(self._takes) % self.PRUNE_EVERY == 0:
            limits.prune(self.engine, self.prefix, idle_before=now - self.burst / self.rate - 1.0)
        return wait

    def _remember(self, local: dict[str, T], key: str, value: T) -> None:
        with self._lock:
            if len(local) >= self.MAX_LOCAL and key not in local:
                local.clear()
            local[key] = value

    retry_after = staticmethod(TokenBuckets.retry_after)


def make_buckets(engine: Engine, name: str, rate: float, burst: int, *, lease: bool = False) -> Buckets:
    """Shared buckets when the library database is a server that several processes may share (PostgreSQL),
    else in-memory ones (SQLite: one process; a database write per request would only slow it). ``lease``:
    shared buckets lease tokens (for limits that are only taken from, never peeked: see the module docstring)."""
    if engine.dialect.name == "postgresql":
        return SharedBuckets(engine, name, rate, burst, lease=lease)
    return TokenBuckets(rate, burst)
