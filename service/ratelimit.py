"""Rate limits: a token bucket per API key, and per client address for failed authentication.

:class:`TokenBuckets` keeps the buckets in memory (one process: the SQLite default). :class:`SharedBuckets`
keeps them in the library database (:mod:`retrieval.store.limits`), so several API processes on one PostgreSQL
database count against the same limits instead of each granting the full rate. :func:`make_buckets` picks one.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from itertools import count
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


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

    def __init__(
        self, engine: Engine, name: str, rate: float, burst: int, clock: Callable[[], float] = time.time
    ) -> None:
        self.engine = engine
        self.prefix = f"{name}:"
        self.rate = float(rate)
        self.burst = float(max(1, burst))
        self._clock = clock
        self._takes = count(1)

    def wait(self, key: str, cost: float = 1.0) -> float:
        if self.rate <= 0:
            return 0.0
        from retrieval.store import limits

        try:
            return limits.peek(
                self.engine, self.prefix + key, rate=self.rate, burst=self.burst, cost=cost, now=self._clock()
            )
        except Exception:  # noqa: BLE001 - see the class docstring
            log.warning(
                "rate limit %s: the database could not be read; letting the request through", self.prefix
            )
            return 0.0

    def take(self, key: str, cost: float = 1.0) -> float:
        if self.rate <= 0:
            return 0.0
        from retrieval.store import limits

        now = self._clock()
        try:
            wait = limits.take(
                self.engine, self.prefix + key, rate=self.rate, burst=self.burst, cost=cost, now=now
            )
            if next(self._takes) % self.PRUNE_EVERY == 0:
                limits.prune(self.engine, self.prefix, idle_before=now - self.burst / self.rate - 1.0)
            return wait
        except Exception:  # noqa: BLE001 - see the class docstring
            log.warning(
                "rate limit %s: the database could not be written; letting the request through", self.prefix
            )
            return 0.0

    retry_after = staticmethod(TokenBuckets.retry_after)


def make_buckets(engine: Engine, name: str, rate: float, burst: int) -> Buckets:
    """Shared buckets when the library database is a server that several processes may share (PostgreSQL),
    else in-memory ones (SQLite: one process; a database write per request would only slow it)."""
    if engine.dialect.name == "postgresql":
        return SharedBuckets(engine, name, rate, burst)
    return TokenBuckets(rate, burst)
