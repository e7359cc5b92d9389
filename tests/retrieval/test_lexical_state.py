"""BM25 state: incremental (copy-on-write) updates equal a refit, persistence, and concurrent search + writes."""

from __future__ import annotations

import json
import random
import threading
from pathlib import Path

import numpy as np
import pytest

from retrieval.embeddings import HashEncoder
from retrieval.ingest import add_paths
from retrieval.lexical import BM25, LexicalCorruptError, tokenize
from retrieval.library import Library
from retrieval.query_understanding import query_agencies
from tests.retrieval.conftest import RECORDS, write_records

WORDS = "police gp risk dash marac idva housing school training abuse child advocate refuge court".split()
QUERIES = ["police risk", "gp training refuge", "MARAC", "housing school", "IDVA advocate court"]


def _texts(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12))) for _ in range(n)]


def _by_id(bm25: BM25, query: str) -> dict[int, float]:
    scores = bm25.scores(query)
    return {int(i): float(s) for i, s in zip(bm25.ids, scores, strict=True) if int(i) in bm25.row_of}


@pytest.mark.parametrize("merge_fraction", [0.1, 0.0])
def test_incremental_updates_equal_a_refit(merge_fraction: float) -> None:
    texts = _texts(300)
    old = BM25().fit(range(200), texts[:200])
    # Add 100, re-word one, remove two: the old scorer is left untouched (copy-on-write).
    before = _by_id(old, "police risk")
    reworded = {**dict(enumerate(texts)), 5: "housing school refuge"}
    new = old.updated(range(200, 300), texts[200:], remove_ids=[7, 8], merge_fraction=merge_fraction).updated(
        [5], [reworded[5]], merge_fraction=merge_fraction
    )
    assert _by_id(old, "police risk") == before
    keep = [i for i in range(300) if i not in (7, 8)]
    ref = BM25().fit(keep, [reworded[i] for i in keep])
    assert len(new) == len(ref) == 298
    for query in QUERIES:
        got, want = _by_id(new, query), _by_id(ref, query)
        assert set(got) == set(want)
        assert all(abs(got[i] - want[i]) < 1e-4 for i in want), query


def test_scores_follow_the_bm25_formula() -> None:
    """The precomputed posting weights give the textbook BM25 score (idf with +1, k1, b, average length)."""
    texts = ["police risk police", "risk assessment training for gp staff", "housing"]
    bm25 = BM25(k1=1.2, b=0.75, thesaurus=False).fit(range(3), texts)
    lengths = [len(tokenize(text, thesaurus=False)) for text in texts]  # stemmed, stop words out, GP expanded
    avg = sum(lengths) / 3

    def idf(df: int) -> float:
        return float(np.log(1 + (3 - df + 0.5) / (df + 0.5)))

    def term(tf: int, length: int) -> float:
        return tf * 2.2 / (tf + 1.2 * (1 - 0.75 + 0.75 * length / avg))

    want = [idf(1) * term(2, lengths[0]) + idf(2) * term(1, lengths[0]), idf(2) * term(1, lengths[1]), 0.0]
    assert np.allclose(bm25.scores("police risk"), want, atol=1e-5)


def test_save_and_load(tmp_path: Path) -> None:
    bm25 = BM25(k1=1.1, b=0.6).fit(range(50), _texts(50)).updated([99], ["marac court"], remove_ids=[3])
    bm25.generation = 7
    bm25.save(tmp_path / "lex.npz", meta={"key": ["general", 1.1, 0.6]})
    loaded, info = BM25.load(tmp_path / "lex.npz")
    assert info["key"] == ["general", 1.1, 0.6] and loaded.generation == 7 and loaded.k1 == 1.1
    for query in QUERIES:
        got, want = _by_id(loaded, query), _by_id(bm25, query)
        assert set(got) == set(want) and all(abs(got[i] - want[i]) < 1e-4 for i in want)
    (tmp_path / "bad.npz").write_bytes(b"PK\x00garbage")
    with pytest.raises(LexicalCorruptError, match="rebuilt"):
        BM25.load(tmp_path / "bad.npz")


def _open(lib_settings) -> Library:  # type: ignore[no-untyped-def]
    return Library.open(lib_settings.library_dir, settings=lib_settings, encoder=HashEncoder())


def test_library_persists_bm25_and_updates_it_without_refitting(
    lib_loaded: Library, lib_settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    lib_loaded.refresh()
    assert lib_loaded.lexical_path.is_file()

    def no_refit(*args: object, **kwargs: object) -> BM25:
        raise AssertionError("BM25 was refitted from scratch")

    monkeypatch.setattr(BM25, "fit", no_refit)
    # A restart loads the saved state; an add (here through another process's store) is applied incrementally.
    other = _open(lib_settings)
    assert other.search("DASH risk assessment", k=1, mode="lexical")[0].id in {"n1", "w1", "s1"}
    new = dict(
        RECORDS[0], id="x9", text="Firearms licensing should check the partner's account.", review="R9"
    )
    add_paths(lib_loaded, [write_records(tmp_path / "x9.jsonl", [new])], labeler=None)
    assert other.search("firearms licensing", k=3, mode="lexical")[0].id == "x9"
    assert lib_loaded.search("firearms licensing", k=3, mode="lexical")[0].id == "x9"
    other.close()


def test_stale_or_corrupt_saved_bm25_is_rebuilt(lib_loaded: Library, lib_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lib_loaded.refresh()
    lib_loaded.lexical_path.write_bytes(b"\x00garbage")
    fresh = _open(lib_settings)
    assert fresh.search("DASH risk assessment", k=1, mode="lexical")[0].id in {"n1", "w1", "s1"}
    assert BM25.load(fresh.lexical_path)[0].generation == fresh.store.text_generation()
    fresh.close()


def test_concurrent_searches_while_writing(lib_loaded: Library, tmp_path: Path) -> None:
    lib_loaded.refresh()
    errors: list[BaseException] = []
    stop = threading.Event()

    def searcher() -> None:
        try:
            while not stop.is_set():
                for mode in ("hybrid", "lexical", "dense"):
                    hits = lib_loaded.search("police DASH risk assessment", k=5, mode=mode)  # type: ignore[arg-type]
                    assert hits
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=searcher) for _ in range(4)]
    for th in threads:
        th.start()
    try:
        for n in range(6):
            rec = dict(
                RECORDS[0], id=f"c{n}", text=f"Police should record call {n} risk details.", review=f"RC{n}"
            )
            add_paths(lib_loaded, [write_records(tmp_path / f"c{n}.jsonl", [rec])], labeler=None)
            if n % 2:
                lib_loaded.store.delete_review(lib_loaded.store.get_recommendation(f"c{n - 1}").review_id)
    finally:
        stop.set()
        for th in threads:
            th.join()
    assert not errors, errors[0]
    ids = {h.id for h in lib_loaded.search("police record call risk details", k=20, mode="lexical")}
    assert {"c1", "c3", "c5"} <= ids and not ids & {"c0", "c2", "c4"}
    assert len(lib_loaded.refresh()) == len(lib_loaded.lexical()) == len(RECORDS) + 3


def test_query_agencies_from_names_and_acronyms() -> None:
    assert {"integrated_care_board", "accident_and_emergency"} <= query_agencies("the CCG and A&E staff")
    assert "probation_service" in query_agencies("NPS supervision of offenders")
    assert query_agencies("nothing agency-like here") == set()


def test_agency_boost_moves_the_named_agency_up(lib_loaded: Library) -> None:
    from retrieval.params import FusionParams

    query = "mental health services risk assessment"
    plain = [h.id for h in lib_loaded.search(query, k=5, fusion=FusionParams(agency_boost=0.0))]
    boosted = [h.id for h in lib_loaded.search(query, k=5, fusion=FusionParams(agency_boost=0.3))]
    assert boosted[0] == "e1" and plain.index("e1") >= boosted.index("e1")
    assert json.dumps(boosted)  # ids only
    assert np.isfinite(lib_loaded.search(query, k=1)[0].score)
