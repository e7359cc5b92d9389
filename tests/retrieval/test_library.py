"""Library: idempotent ingest, hybrid search, filters, delete reflected, index rebuilt when stale or corrupt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dhr.errors import InputError, ValidationError
from dhr.schema.library import ImplementationUpdateCreate, SearchFilters
from retrieval.embeddings import HashEncoder
from retrieval.ingest import add_paths
from retrieval.library import Library
from retrieval.params import FusionParams
from tests.retrieval.conftest import RECORDS, write_records


def test_ingest_is_idempotent(lib: Library, lib_records: Path) -> None:
    first = add_paths(lib, [lib_records])
    assert (first.reviews_added, first.recommendations_added) == (4, len(RECORDS))
    generation = lib.store.generation()
    second = add_paths(lib, [lib_records])
    assert (second.reviews_added, second.recommendations_added, second.recommendations_unchanged) == (
        0,
        0,
        len(RECORDS),
    )
    assert lib.store.generation() == generation  # nothing written
    assert lib.store.counts().recommendations == len(RECORDS)


def test_changed_record_is_updated_not_duplicated(lib_loaded: Library, tmp_path: Path) -> None:
    changed = [dict(RECORDS[0], text="Police should complete a stalking risk assessment at every incident.")]
    report = add_paths(lib_loaded, [write_records(tmp_path / "changed.jsonl", changed)])
    assert report.recommendations_updated == 1
    assert lib_loaded.store.counts().recommendations == len(RECORDS)
    assert lib_loaded.search("stalking risk assessment", k=1)[0].id == "n1"


def test_bad_lines_are_reported_and_the_rest_added(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps(RECORDS[0]),
        "{not json",
        json.dumps({"id": "x", "csp": "A"}),
        json.dumps(dict(RECORDS[1], agencies=["no_such_agency"])),
    ]
    path.write_text("\n".join(lines) + "\n")
    report = add_paths(lib, [path])
    assert report.recommendations_added == 1
    assert len(report.errors) == 3
    assert all(e.startswith(f"{path}:") for e in report.errors)
    assert "no_such_agency" in report.errors[2]


def test_missing_path_is_an_input_error(lib: Library, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        add_paths(lib, [tmp_path / "nope.jsonl"])


def test_search_best_first_with_review_area_and_actions(lib_loaded: Library) -> None:
    hits = lib_loaded.search("DASH risk assessment at domestic incidents", k=3)
    assert {h.id for h in hits} == {"n1", "s1", "w1"}
    assert hits == sorted(hits, key=lambda h: -h.score)
    n1 = next(h for h in hits if h.id == "n1")
    assert n1.csp == "Northtown CSP" and n1.review_title == "DHR Adult A" and n1.agencies == ["police"]
    assert n1.actions[0].status == "completed" and n1.actions[0].quality == "gold"


@pytest.mark.parametrize("mode", ["lexical", "dense", "hybrid"])
def test_modes(lib_loaded: Library, mode: str) -> None:
    hits = lib_loaded.search("routine enquiry GP", k=2, mode=mode)  # type: ignore[arg-type]
    assert hits[0].id == "n2"


def test_filters_never_empty_existing_results(lib_loaded: Library) -> None:
    # The only housing recommendation is far from the query; the filter must still find it.
    hits = lib_loaded.search("DASH risk assessment police", k=5, filters=SearchFilters(agency="housing"))
    assert [h.id for h in hits] == ["s2"]
    assert [h.id for h in lib_loaded.search("anything", filters=SearchFilters(level="national"))] == ["w2"]
    assert {h.id for h in lib_loaded.search("risk", filters=SearchFilters(csp="southville csp"))} == {
        "s1",
        "s2",
    }
    assert [h.id for h in lib_loaded.search("risk", filters=SearchFilters(status="abandoned"))] == ["s1"]
    assert [h.id for h in lib_loaded.search("risk", filters=SearchFilters(year=2022))] == ["e1"]
    assert {h.id for h in lib_loaded.search("risk", filters=SearchFilters(region="north east"))} == {
        "n1",
        "n2",
    }
    assert lib_loaded.search("risk", filters=SearchFilters(agency="school")) == []


def test_per_area_cap_diversifies(lib: Library, tmp_path: Path) -> None:
    same_area = [
        {"id": f"a{i}", "text": f"Police should complete DASH risk assessments {i}", "csp": "A CSP"}
        for i in range(5)
    ]
    other = [{"id": "b1", "text": "Police should do DASH risk assessments better", "csp": "B CSP"}]
    add_paths(lib, [write_records(tmp_path / "r.jsonl", same_area + other)])
    hits = lib.search("police DASH risk assessments", k=4, per_area_cap=2)
    assert "b1" in [h.id for h in hits]


def test_bad_queries(lib_loaded: Library) -> None:
    with pytest.raises(ValidationError, match="empty"):
        lib_loaded.search("   ")
    with pytest.raises(ValidationError, match="k must be"):
        lib_loaded.search("x", k=0)


def test_delete_is_reflected_in_search(lib_loaded: Library) -> None:
    review_id = lib_loaded.store.get_recommendation("n1").review_id
    lib_loaded.store.delete_review(review_id)
    ids = {h.id for h in lib_loaded.search("DASH risk assessment", k=10)}
    assert "n1" not in ids and "n2" not in ids and "s1" in ids


def test_index_rebuilt_when_corrupt(lib_loaded: Library, lib_settings) -> None:  # type: ignore[no-untyped-def]
    lib_loaded.refresh()
    path = lib_loaded.index_path
    path.write_bytes(b"\x00garbage")
    fresh = Library.open(lib_settings.library_dir, settings=lib_settings, encoder=HashEncoder())
    assert fresh.search("DASH", k=1)[0].id in {"n1", "s1", "w1"}
    assert len(fresh.refresh()) == len(RECORDS)
    assert path.read_bytes()[:2] == b"PK"  # rewritten as a valid file


def test_index_missing_or_stale_is_synced(lib_loaded: Library, lib_settings) -> None:  # type: ignore[no-untyped-def]
    lib_loaded.refresh()
    lib_loaded.index_path.unlink()
    other = Library.open(lib_settings.library_dir, settings=lib_settings, encoder=HashEncoder())
    assert len(other.refresh()) == len(RECORDS)
    # Another process deletes a review: this library's in-memory index is stale and must follow.
    other.store.delete_review(other.store.get_recommendation("w1").review_id)
    assert "w1" not in {h.id for h in lib_loaded.search("DASH risk assessment", k=10)}
    assert len(lib_loaded.refresh()) == len(RECORDS) - 2


def test_index_from_another_model_is_rebuilt(lib_loaded: Library, lib_settings) -> None:  # type: ignore[no-untyped-def]
    lib_loaded.refresh()
    other = Library.open(lib_settings.library_dir, settings=lib_settings, encoder=HashEncoder(dim=16))
    other.encoder.name = "hash-16"  # type: ignore[misc]
    assert other.refresh().dim == 16


def test_systemic_clusters_and_duplicate_actions(lib_loaded: Library, tmp_path: Path) -> None:
    dup = [
        {
            "id": f"d{i}",
            "text": "Police should complete a DASH risk assessment at every domestic incident.",
            "csp": f"Area {i}",
            "agencies": ["police"],
            "actions": [{"text": "Deliver DASH training to all officers"}],
        }
        for i in range(3)
    ]
    add_paths(lib_loaded, [write_records(tmp_path / "dup.jsonl", dup)])
    result = lib_loaded.systemic(min_areas=3, threshold=0.9)
    assert result.clusters and len(result.clusters[0].areas) >= 3
    assert {"d0", "d1", "d2"} <= {m.id for m in result.clusters[0].members}
    police = [g for g in result.duplicate_actions if g.agency == "police"]
    assert police and len(police[0].areas) == 3
    with pytest.raises(ValidationError):
        lib_loaded.systemic(min_areas=1)


def test_implementation_update_visible_in_search(lib_loaded: Library) -> None:
    lib_loaded.store.add_implementation_update(
        "e1-a1", ImplementationUpdateCreate(status="completed", author="a")
    )
    hit = lib_loaded.search(
        "mental health", k=1, filters=SearchFilters(status="completed", agency="mental_health_services")
    )
    assert hit[0].id == "e1" and hit[0].actions[0].status == "completed"


def test_rrf_fusion(lib_loaded: Library) -> None:
    hits = lib_loaded.search("routine enquiry GP", k=2, fusion=FusionParams(fusion="rrf"))
    assert hits[0].id == "n2"


def test_status_updates_do_not_resync_the_index(lib_loaded: Library) -> None:
    index = lib_loaded.refresh()
    text_generation = lib_loaded.store.text_generation()
    lib_loaded.store.add_implementation_update(
        "n1-a1", ImplementationUpdateCreate(status="abandoned", author="a")
    )
    assert lib_loaded.store.text_generation() == text_generation
    assert lib_loaded.refresh() is index
    hit = lib_loaded.search("DASH", k=1, filters=SearchFilters(status="abandoned", csp="Northtown CSP"))
    assert hit[0].id == "n1" and hit[0].actions[0].status == "abandoned"  # read live from the store


def test_warm_up(lib_loaded: Library) -> None:
    lib_loaded.warm_up()
    assert len(lib_loaded.refresh()) == len(RECORDS)


def test_neighbour_search_paths_agree() -> None:
    import numpy as np

    from retrieval.bench import synthetic_vectors
    from retrieval.index import VectorIndex
    from retrieval.systemic import dense_neighbours, leader_clusters

    vectors, *_ = synthetic_vectors(600, 32, seed=3)
    vectors[1] = vectors[0]
    vectors[2] = vectors[0]
    index = VectorIndex(32, exact_max=100)
    index.build(np.arange(600, dtype=np.int64), vectors)
    exact = dense_neighbours(vectors, 0.99)
    approx = dense_neighbours(vectors, 0.99, index, exact_rows=10)
    assert {0, 1, 2} <= set(exact[0].tolist()) and {0, 1, 2} <= set(approx[0].tolist())
    groups = leader_clusters(approx, [f"area {i}" for i in range(600)], 3)
    assert any({0, 1, 2} <= set(members) for _, members in groups)


def test_async_query_vector_gives_the_same_results(lib_loaded: Library) -> None:
    """The service awaits the query vector and hands it to search: same hits as search computing it itself."""
    import asyncio

    query = "  risk   assessment training for GP staff "
    vector = asyncio.run(lib_loaded.query_vector_async(query))
    assert vector is not None
    with_vector = lib_loaded.search(query, k=5, query_vector=vector)
    plain = lib_loaded.search(query, k=5)
    assert [(h.id, round(h.score, 6)) for h in with_vector] == [(h.id, round(h.score, 6)) for h in plain]
    assert asyncio.run(lib_loaded.query_vector_async("   ")) is None  # search itself says why it is rejected


@pytest.mark.parametrize("fusion", [FusionParams(), FusionParams(prf=0), FusionParams(fusion="zscore")])
def test_array_fusion_equals_the_dict_steps(
    lib_loaded: Library, fusion: FusionParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = ["risk assessment training", "police MARAC referral", "GP routine enquiry", "housing"]

    def run() -> list[list[tuple[str, float, float | None, float | None]]]:
        return [
            [
                (h.id, round(h.score, 9), h.dense_score, h.lexical_score)
                for h in lib_loaded.search(q, k=8, fusion=fusion)
            ]
            for q in queries
        ]

    arrays = run()
    monkeypatch.setattr(Library, "_array_fusion", False)
    assert run() == arrays


def test_review_write_brings_cached_filters_forward_without_recomputing(
    lib_loaded: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = lib_loaded.store
    published, drafts = (
        SearchFilters(published_only=True),
        SearchFilters(published_only=True, agency="police"),
    )
    review_id = store.list_reviews(limit=1).data[0].id
    for filters in (published, drafts):
        lib_loaded.search("risk", filters=filters)  # cached now
    full_calls: list[SearchFilters] = []
    original = store.filter_vec_id_array

    def counting(filters: SearchFilters, *, review_id: str | None = None):  # type: ignore[no-untyped-def]
        if review_id is None:
            full_calls.append(filters)
        return original(filters, review_id=review_id)

    monkeypatch.setattr(store, "filter_vec_id_array", counting)
    for flag in (False, True, False):
        with lib_loaded.review_write(review_id):
            store.set_published(review_id, flag)
        for filters in (published, drafts):
            assert lib_loaded.filter_ready(filters)
            assert set(lib_loaded._filtered(filters) or ()) == set(original(filters).tolist())
    assert full_calls == []  # brought forward each time, never recomputed
    # a write outside review_write (another process, say): the next search recomputes
    store.set_published(review_id, True)
    assert not lib_loaded.filter_ready(published)
    assert set(lib_loaded._filtered(published) or ()) == set(original(published).tolist())
    assert full_calls == [published]
