"""The search's row cache: the candidates' labels and the results' records, kept per store generation."""

from __future__ import annotations

import pytest

from dhr.schema.library import ImplementationUpdateCreate
from retrieval.library import Library


def _review_of(lib: Library, rec_id: str) -> str:
    return lib.store.get_recommendation(rec_id).review_id


def test_repeated_search_reads_no_rows(lib_loaded: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    first = lib_loaded.search("DASH risk assessment", k=3)
    reads: list[list[int]] = []
    original = lib_loaded.store.recommendations_by_vec_ids
    monkeypatch.setattr(
        lib_loaded.store, "recommendations_by_vec_ids", lambda ids: reads.append(list(ids)) or original(ids)
    )
    assert lib_loaded.search("DASH risk assessment", k=3) == first
    assert reads == []  # served from memory: nothing was written in between


def test_review_write_carries_the_cache_forward_without_that_review(lib_loaded: Library) -> None:
    hits = lib_loaded.search("DASH risk assessment", k=10)
    review_id = _review_of(lib_loaded, "n1")
    rows = lib_loaded._rows
    ours = set(lib_loaded.store.review_vec_ids(review_id).tolist())
    others = set(rows._records) - ours
    assert ours & set(rows._records) and others
    with lib_loaded.review_write(review_id):
        lib_loaded.store.set_published(review_id, False)
    assert rows._generation == lib_loaded.store.generation()  # carried forward, not emptied
    assert not ours & set(rows._records) and others <= set(rows._records)
    assert lib_loaded.search("DASH risk assessment", k=10) == hits  # same results, the review read again


def test_other_writes_are_seen_at_once(lib_loaded: Library) -> None:
    hit = lib_loaded.search("DASH risk assessment", k=10)
    n1 = next(h for h in hit if h.id == "n1")
    assert n1.actions[0].status == "completed"
    # an action update is not a review write: the cache must not serve the old status
    lib_loaded.store.add_implementation_update(
        n1.actions[0].id, ImplementationUpdateCreate(status="abandoned", author="a")
    )
    again = next(h for h in lib_loaded.search("DASH risk assessment", k=10) if h.id == "n1")
    assert again.actions[0].status == "abandoned"


def test_search_during_a_review_write_reads_the_store(lib_loaded: Library) -> None:
    lib_loaded.search("DASH risk assessment", k=10)
    review_id = _review_of(lib_loaded, "n1")
    with lib_loaded.review_write(review_id):
        lib_loaded.store.set_published(review_id, False)
        # the write has committed, the hook has not run yet: a search sees the new generation and must not
        # be served the review's old rows, nor empty the cache the hook is about to carry forward
        during = {h.id: h for h in lib_loaded.search("DASH risk assessment", k=10)}
        if "n1" in during:
            assert lib_loaded.store.get_recommendation("n1").published is False
    assert lib_loaded._rows._generation == lib_loaded.store.generation()


def test_counters_read_both_generations_at_once(lib_loaded: Library) -> None:
    store = lib_loaded.store
    assert store.counters() == (store.generation(), store.text_generation())


def test_search_async_gives_what_search_gives(lib_loaded: Library) -> None:
    import asyncio

    from dhr.schema.library import SearchFilters

    scopes = [
        SearchFilters(published_only=True),
        SearchFilters(agency="police"),
        SearchFilters(csp="nowhere"),
    ]
    for query in ("DASH risk assessment", "coercive control training for housing staff"):
        runs = asyncio.run(lib_loaded.search_async(query, k=5, scopes=scopes))
        assert runs == [lib_loaded.search(query, k=5, filters=f) for f in scopes]
    assert runs[2] == []


def test_warm_reads_every_candidate_once(lib_loaded: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    import retrieval.row_cache as row_cache

    cold = lib_loaded.search("DASH risk assessment", k=5)
    lib_loaded._rows.warm()
    assert len(lib_loaded._rows._meta) == lib_loaded.store.counts().recommendations

    def no_sql(*args: object, **kwargs: object) -> None:
        raise AssertionError("read by SQL after warm()")

    monkeypatch.setattr(row_cache, "pool_meta", no_sql)
    assert lib_loaded.search("DASH risk assessment", k=5) == cold
