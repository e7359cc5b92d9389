"""What keeps the derived search structures (the vector index, the BM25 scorers) in step with the store:
:class:`StoreRows` (the store's rows as one sync reads them), :class:`DerivedFile` (a derived structure's file,
written off the request path) and :class:`RWLock` (searches read the dense index while a sync updates it in
place only for a moment)."""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from dhr.files import atomic_file
from retrieval.repository_search import text_shas, texts_of
from retrieval.store import IndexRow, LibraryStore

log = logging.getLogger(__name__)

#: Derived indexes at least this large are written to disk in a background thread after a sync ...
BACKGROUND_SAVE_MIN = 20_000
#: ... at most once in this many seconds: writing a 200k-record index (~350 MB) costs the searches of that
#: second their latency, and a stale file is caught up from the store's text change log on restart.
SAVE_INTERVAL_S = 300.0


class RWLock:
    """Many readers or one writer, writers first. Searches read the dense index under it; a sync takes it only
    for the short in-place FAISS update. A waiting writer stops new readers from entering: with searches
    overlapping all the time a writer would otherwise never get in (seen under 8 clients: a commit waited 30 s)."""

    def __init__(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._readers = 0
        self._writer = False
        self._writers_waiting = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writer or self._writers_waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            try:
                while self._writer or self._readers:
                    self._cond.wait()
            finally:
                self._writers_waiting -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


class StoreRows:
    """The store's rows as one sync needs them, read at most once: text hashes (light) for diffs, texts only
    for what changed, everything only for a from-scratch build."""

    def __init__(self, store: LibraryStore) -> None:
        self.store = store
        self._full: list[IndexRow] | None = None
        self._shas: dict[int, str] | None = None
        self._changes: dict[int, dict[int, str | None] | None] = {}

    def full(self) -> list[IndexRow]:
        if self._full is None:
            self._full = self.store.index_rows()
        return self._full

    def shas(self) -> dict[int, str]:
        if self._shas is None:
            if self._full is not None:
                self._shas = {r.vec_id: r.text_sha for r in self._full}
            else:
                self._shas = text_shas(self.store)
        return self._shas

    def diff(
        self, since: int, have: Callable[[int], str | None], have_all: Callable[[], dict[int, str]]
    ) -> tuple[list[int], list[int], dict[int, str]]:
        """What a derived structure at generation ``since`` must drop (ids whose text is gone or changed) and
        add (ids with a new text), and the text hashes wanted for those: from the store's text change log (time
        proportional to the change), or a full comparison when the log does not reach back to ``since``."""
        if since not in self._changes:
            self._changes[since] = self.store.text_changes_since(since)
        changed = self._changes[since]
        if changed is None:
            want, current = self.shas(), have_all()
            stale = [i for i, sha in current.items() if want.get(i) != sha]
            return stale, [i for i, sha in want.items() if current.get(i) != sha], want
        want = {i: sha for i, sha in changed.items() if sha is not None}
        stale = [i for i, sha in changed.items() if (old := have(i)) is not None and old != sha]
        return stale, [i for i, sha in want.items() if have(i) != sha], want

    def texts(self, vec_ids: Sequence[int]) -> dict[int, str]:
        if self._full is not None:
            wanted = set(vec_ids)
            return {r.vec_id: r.text for r in self._full if r.vec_id in wanted}
        return texts_of(self.store, vec_ids)


class DerivedFile:
    """A derived file (vector index, BM25 state) written off the request path.

    The newest state wins and writes never overlap. In the background, at most one write per
    ``SAVE_INTERVAL_S``: the file only spares a restart work (a stale one is caught up from the store's text
    change log), while writing hundreds of MB after every ingest would cost the searches their CPU and disk.
    ``flush`` (on close, and at exit) writes what is pending at once.
    """

    def __init__(self, path: Path, what: str) -> None:
        self.path, self.what = path, what
        self._cond = threading.Condition()
        self._pending: Callable[[BinaryIO], None] | None = None
        self._thread: threading.Thread | None = None
        self._last_write = float("-inf")
        self._flushing = False
        atexit.register(self.flush)

    def write_now(self, payload: Callable[[BinaryIO], None]) -> None:
        with self._cond:
            self._pending = None  # superseded
        self.flush()  # a background write in progress must not land after this one
        self._write(payload)

    def close(self) -> None:
        self.flush()
        atexit.unregister(self.flush)

    def mark_fresh(self) -> None:
        """The file on disk was just read and matches: the interval before the next background write starts now."""
        with self._cond:
            self._last_write = time.monotonic()

    def submit(self, payload: Callable[[BinaryIO], None]) -> None:
        with self._cond:
            self._pending = payload
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name=f"dhr-save-{self.path.name}", daemon=True
                )
                self._thread.start()
            # No notify: a running writer takes the newest payload when its wait ends or its write does
            # (waking it on every commit only made it take the GIL to go back to sleep).

    def flush(self) -> None:
        with self._cond:
            self._flushing = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join()
        with self._cond:
            self._flushing = False

    def _run(self) -> None:
        while True:
            with self._cond:
                while (
                    self._pending is not None
                    and not self._flushing
                    and (wait := self._last_write + SAVE_INTERVAL_S - time.monotonic()) > 0
                ):
                    self._cond.wait(wait)
                payload, self._pending = self._pending, None
                if payload is None:
                    self._thread = None
                    return
            self._write(payload)

    def _write(self, payload: Callable[[BinaryIO], None]) -> None:
        try:
            with atomic_file(self.path) as handle:
                payload(handle)
        except OSError as exc:  # derived: serving from memory is still correct, and a restart rebuilds it
            log.warning("could not save the %s to %s: %s", self.what, self.path, exc)
        finally:
            with self._cond:
                self._last_write = time.monotonic()

    def save(self, payload: Callable[[BinaryIO], None], size: int) -> None:
        """Write now when the structure is small (``size`` records), else off the request path (at most every
        ``SAVE_INTERVAL_S``)."""
        if size < BACKGROUND_SAVE_MIN:
            self.write_now(payload)
        else:
            self.submit(payload)
