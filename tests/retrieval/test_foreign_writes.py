"""Another process's commits (two libraries on one database here): the second one's cached filters and rows are
caught up from the store's text change log, not recomputed or emptied, and give what a fresh library gives."""

from __future__ import annotations

import pytest

from dhr.schema.library import SearchFilters
from dhr.settings import Settings
from retrieval.embeddings import HashEncoder
from retrieval.library import Library
from retrieval.store.models import ActionWrite, RecommendationWrite, ReviewWrite

FILTERS = [
    SearchFilters(published_only=True),
    SearchFilters(published_only=True, agency="police"),
    SearchFilters(published_only=True, theme="training"),
    SearchFilters(csp="Farley CSP"),
    SearchFilters(published_only=True, status="in_progress"),
]


def _write(n: int, *, published: bool = True, csp: str = "Farley CSP") -> ReviewWrite:
    return ReviewWrite(
        id=f"far-{n}",
        title=f"DHR Far {n}",
        csp=csp,
        year=2022,
        published=published,
        recommendations=[
            RecommendationWrite(
                id=f"far-{n}-r1",
                text=f"Police should review DASH risk assessment training, case {n}",
                agencies=["police"],
                themes=["training"],
                content_sha=f"c{n}",
                actions=[ActionWrite(text="Deliver training", status="in_progress")],
            )
        ],
    )


def _fresh(settings: Settings) -> Library:
    return Library.open(settings.library_dir, settings=settings, encoder=HashEncoder())


def test_other_process_commits_are_caught_up(
    lib_loaded: Library, lib_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = _fresh(lib_settings)  # the second process
    try:
        for f in FILTERS:
            other.search("DASH risk assessment", k=10, filters=f)  # cached now
        recomputed: list[SearchFilters] = []
        original = other.store.filter_vec_id_array

        def counting(filters: SearchFilters, *, review_id: str | None = None):  # type: ignore[no-untyped-def]
            recomputed.append(filters)
            return original(filters, review_id=review_id)

        monkeypatch.setattr(other.store, "filter_vec_id_array", counting)
        # commits through the first process: a published review, a draft, a re-worded one, a deletion
        for write in (_write(1), _write(2, published=False), _write(3, csp="Other CSP")):
            with lib_loaded.review_write(write.id):
                lib_loaded.store.write_review(write)
        reworded = _write(1).model_copy(deep=True)
        reworded.recommendations[0].text = "Police should refresh training on coercive control"
        reworded.recommendations[0].content_sha = "c1b"
        with lib_loaded.review_write("far-1"):
            lib_loaded.store.write_review(reworded)
        with lib_loaded.review_write("far-3"):
            lib_loaded.store.delete_review("far-3")
        truth = _fresh(lib_settings)
        try:
            for f in FILTERS:
                assert set(other._filters.ids(f) or ()) == set(original(f).tolist()), f
                got = other.search("DASH risk assessment training", k=10, filters=f)
                assert got == truth.search("DASH risk assessment training", k=10, filters=f)
            assert recomputed == []  # every filter caught up from the change log
            rows = other._rows
            assert rows._generation == other.store.generation() and rows._meta  # carried, not emptied
            # a write that changes no text (a publish): the log cannot say what it touched, so recompute
            lib_loaded.store.set_published("far-2", True)
            for f in FILTERS:
                assert set(other._filters.ids(f) or ()) == set(original(f).tolist()), f
                got = other.search("DASH risk assessment training", k=10, filters=f)
                assert got == truth.search("DASH risk assessment training", k=10, filters=f)
            assert recomputed
        finally:
            truth.close()
    finally:
        other.close()
