"""Background sync (the API's mode): searches never wait for a sync, and a sync after a write catches up."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from dhr.settings import Settings
from retrieval.embeddings import HashEncoder
from retrieval.ingest import add_paths
from retrieval.library import Library
from tests.pg import pg_url  # noqa: F401 - the fixture: a fresh PostgreSQL database
from tests.retrieval.conftest import RECORDS, write_records

NEW = dict(
    RECORDS[0],
    id="late-1",
    review="DHR Late 2024",
    csp="Lateshire CSP",
    text="Ambulance crews should record domestic abuse disclosures made during welfare visits to older people.",
)


def _open(settings: Settings) -> Library:
    return Library.open(settings.library_dir, settings=settings, encoder=HashEncoder(), background_sync=True)


def _wait_for_sync(library: Library, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while library._snap.generation != library.store.text_generation():
        assert time.monotonic() < deadline, "the background sync never caught up"
        time.sleep(0.02)


def test_search_serves_the_previous_snapshot_until_the_background_sync_lands(
    lib_settings: Settings, lib_records: Path, tmp_path: Path
) -> None:
    library = _open(lib_settings)
    try:
        add_paths(library, [lib_records])
        library.refresh()
        before = {h.id for h in library.search("ambulance welfare visits older people", k=10)}
        assert "late-1" not in before
        add_paths(library, [write_records(tmp_path / "late.jsonl", [NEW])])
        library.search("anything at all", k=1)  # notices the write, starts the sync, answers at once
        _wait_for_sync(library)
        hits = library.search("ambulance welfare visits older people", k=3)
        assert hits[0].id == "late-1"
    finally:
        library.close()


def test_refresh_makes_a_write_searchable_before_it_returns(
    lib_settings: Settings, lib_records: Path, tmp_path: Path
) -> None:
    library = _open(lib_settings)
    try:
        add_paths(library, [lib_records])
        library.refresh()
        add_paths(library, [write_records(tmp_path / "late.jsonl", [NEW])])
        library.refresh()
        assert library.search("ambulance welfare visits older people", k=1)[0].id == "late-1"
    finally:
        library.close()


def test_searches_keep_answering_while_another_thread_writes(
    lib_settings: Settings, lib_records: Path, tmp_path: Path
) -> None:
    library = _open(lib_settings)
    errors: list[BaseException] = []
    stop = threading.Event()
    try:
        add_paths(library, [lib_records])
        library.refresh()

        def searcher() -> None:
            while not stop.is_set():
                try:
                    assert library.search("risk assessment", k=5)
                except BaseException as exc:  # noqa: BLE001 - collected for the assertion below
                    errors.append(exc)
                    return

        threads = [threading.Thread(target=searcher) for _ in range(3)]
        for thread in threads:
            thread.start()
        for n in range(5):
            record = dict(NEW, id=f"late-{n}", text=f"{NEW['text']} Variant {n}.")
            add_paths(library, [write_records(tmp_path / f"late{n}.jsonl", [record])])
            time.sleep(0.05)
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        assert not errors
        library.refresh()
        assert library.store.counts().recommendations == len(RECORDS) + 5
        assert len(library.refresh()) == len(RECORDS) + 5
    finally:
        stop.set()
        library.close()


def test_a_waiting_writer_goes_before_new_readers() -> None:
    from retrieval.derived import RWLock

    lock = RWLock()
    order: list[str] = []
    first_in = threading.Event()
    release_first = threading.Event()

    def first_reader() -> None:
        with lock.read():
            first_in.set()
            release_first.wait(5)
            order.append("reader-1")

    def writer() -> None:
        with lock.write():
            order.append("writer")

    def late_reader() -> None:
        with lock.read():
            order.append("reader-2")

    threads = [threading.Thread(target=first_reader)]
    threads[0].start()
    assert first_in.wait(5)
    threads.append(threading.Thread(target=writer))
    threads[1].start()
    while not lock._writers_waiting:  # the writer is queued behind the first reader
        time.sleep(0.005)
    threads.append(threading.Thread(target=late_reader))
    threads[2].start()
    time.sleep(0.05)
    assert order == []  # the late reader waits for the writer, who waits for the first reader
    release_first.set()
    for thread in threads:
        thread.join(5)
    assert order == ["reader-1", "writer", "reader-2"]


def test_query_batcher_answers_each_search_with_its_own_vector() -> None:
    from concurrent.futures import ThreadPoolExecutor

    import numpy as np

    from retrieval.retrievers.query_encoder import QueryBatcher

    encoder = HashEncoder()
    calls: list[int] = []

    class Counting:
        name, dim = encoder.name, encoder.dim

        def encode_batch(self, texts):  # type: ignore[no-untyped-def]
            calls.append(len(texts))
            time.sleep(0.01)  # long enough for queries to pile up behind a batch
            return encoder.encode_batch(texts)

    batcher = QueryBatcher(Counting())
    texts = [f"risk assessment query number {n}" for n in range(40)]
    with ThreadPoolExecutor(8) as pool:
        vectors = list(pool.map(batcher.encode, texts))
    for text, vector in zip(texts, vectors, strict=True):
        assert np.allclose(vector, encoder.encode_batch([text])[0])
    assert sum(calls) == len(texts) and len(calls) < len(texts)  # some queries shared a forward pass
    assert batcher._running == 1
    batcher.close()  # the library closing: the encoder thread ends
    deadline = time.monotonic() + 5
    while batcher._running and time.monotonic() < deadline:
        time.sleep(0.01)
    assert batcher._running == 0


def test_query_batcher_with_two_threads_and_an_asyncio_caller() -> None:
    import asyncio

    import numpy as np

    from retrieval.retrievers.query_encoder import QueryBatcher

    encoder = HashEncoder()
    batcher = QueryBatcher(encoder, threads=2)
    texts = [f"multi-agency risk query {n}" for n in range(30)]

    async def main() -> list[np.ndarray]:
        return list(await asyncio.gather(*(asyncio.wrap_future(batcher.submit(t)) for t in texts)))

    vectors = asyncio.run(main())
    for text, vector in zip(texts, vectors, strict=True):
        assert np.allclose(vector, encoder.encode_batch([text])[0])
    assert 1 <= batcher._running <= 2
    batcher.close()


def test_query_batcher_hands_a_model_failure_to_the_search() -> None:
    import pytest

    from dhr.errors import ModelNotAvailableError
    from retrieval.retrievers.query_encoder import QueryBatcher

    class Broken:
        name, dim = "broken", 8

        def encode_batch(self, texts):  # type: ignore[no-untyped-def]
            raise ModelNotAvailableError("embedding model package missing")

    batcher = QueryBatcher(Broken())
    with pytest.raises(ModelNotAvailableError, match="package missing"):
        batcher.encode("anything")
    with pytest.raises(ModelNotAvailableError):  # the encoder thread survives a failure
        batcher.encode("again")


def test_two_libraries_on_one_postgresql_database_stay_in_step(
    pg_url: str,  # noqa: F811 - the imported fixture
    tmp_path: Path,
    lib_records: Path,
) -> None:
    """Two processes' libraries (own folders and indexes, one PostgreSQL database): each syncs its FAISS/BM25
    from the store's text change log, covering what the other wrote - additions, re-wordings and deletions."""
    from dhr.schema.library import CorrectionCreate

    def open_lib(name: str) -> Library:
        settings = Settings(library_dir=tmp_path / name, embedding_model="hash", database_url=pg_url)
        return Library.open(settings.library_dir, settings=settings, encoder=HashEncoder())

    first, second = open_lib("a"), open_lib("b")
    try:
        add_paths(first, [lib_records])
        first.refresh()
        assert len(second.refresh()) == len(RECORDS)  # B built from A's writes
        generation = second.store.text_generation()
        add_paths(second, [write_records(tmp_path / "late.jsonl", [NEW])])
        assert first.store.text_changes_since(generation) is not None  # the log covers it: no full diff
        assert first.search("ambulance welfare visits older people", k=1)[0].id == "late-1"
        first.store.add_correction(
            "late-1",
            CorrectionCreate(field="text", value="Paramedics should ask about coercive control.", author="a"),
        )
        assert second.search("paramedics coercive control", k=1)[0].id == "late-1"
        review_id = second.store.get_recommendation("late-1").review_id
        second.store.delete_review(review_id)
        assert "late-1" not in {h.id for h in first.search("paramedics coercive control", k=10)}
    finally:
        first.close()
        second.close()
