"""Rate limits: an in-memory token bucket per API key, and per client address for failed authentication (per
process)."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable


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
        full = [k for k, (tokens, last) in self._buckets.items() if tokens + (now - last) * self.rate >= self.burst]
        for k in full:
            del self._buckets[k]

    @staticmethod
    def retry_after(wait_s: float) -> int:
        return max(1, math.ceil(wait_s))
