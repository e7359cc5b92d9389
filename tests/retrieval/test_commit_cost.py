"""What keeps a commit cheap for every serving process (issue 16, PROFILE.md 6) does not change what is stored
or found: the Core write of a new review, the shared BM25 vocabulary and keys, the numpy-built BM25 blocks,
the in-place index appends, and the embedding of a review's texts before its write.

Store tests taking ``database_url`` run on SQLite and on a real PostgreSQL server (``tests.pg``).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import text

from retrieval.embeddings import HashEncoder
from retrieval.index import VectorIndex
from retrieval.lexical import BM25
from retrieval.lexical_parts import _csc_of
from retrieval.library import Library
from retrieval.store import ActionWrite, LibraryStore, RecommendationWrite, ReviewWrite
from retrieval.store.core import StoreCore
from tests.pg import database_url  # noqa: F401 - fixture: SQLite and PostgreSQL

TABLES = ("reviews", "recommendations", "recommendation_labels", "actions", "text_changes", "library_meta")


def _review(n: int, source: str | None = None) -> ReviewWrite:
    return ReviewWrite(
        id=f"rv-{n}",
        title=f"Review {n}",
        csp="Exampleton CSP",
        year=2021,
        published=True,
        source_sha256=source if source is not None else f"{n:064d}",
        recommendations=[
            RecommendationWrite(
                id=f"rv-{n}-r1",
                text=f"Health visitors should ask about controlling behaviour at visit {n}.",
                agencies=["health_visiting", "gp"],
                themes=["training"],
                content_sha=f"c{n}a",
                actions=[
                    ActionWrite(text="Add the question to the visit checklist", status="in_progress"),
                    ActionWrite(text="Audit the checklist", agencies=["gp"], target_date="2022-03-01"),
                ],
            ),
            RecommendationWrite(
                id=f"rv-{n}-r2",
                text="Housing officers should know the referral route.",
                number="2",
                level="national",
                content_sha=f"c{n}b",
            ),
            RecommendationWrite(id=f"rv-{n}-r3", text="No action was agreed.", content_sha=f"c{n}c"),
        ],
    )


def _rows(store: LibraryStore) -> dict[str, list[dict[str, Any]]]:
    """Every row of the written tables, with generated ids made comparable across databases: a serial id is
    left out, an index id replaced by its rank (both paths number recommendations in the same order)."""
    out = {}
    with store.engine.connect() as conn:
        ranks = {
            v: i
            for i, v in enumerate(conn.execute(text("SELECT vec_id FROM recommendations")).scalars().all())
        }
        ranks = {v: i for i, v in enumerate(sorted(ranks))}
        for table in TABLES:
            rows = conn.execute(text(f"SELECT * FROM {table}")).mappings().all()  # noqa: S608 - constants
            serial = table in ("recommendation_labels", "text_changes")
            out[table] = sorted(
                (
                    {
                        k: (ranks.get(v, v) if k == "vec_id" else v)
                        for k, v in row.items()
                        if k not in ("created_at", "updated_at") and not (serial and k == "id")
                    }
                    | {"_null": sorted(k for k, v in row.items() if v is None)}
                    for row in rows
                ),
                key=repr,
            )
    return out


def _writes(store: LibraryStore) -> list[Any]:
    outcomes = [store.write_review(_review(n)) for n in range(3)]
    outcomes.append(store.write_review(_review(0)))  # again: unchanged
    outcomes.append(store.write_review(_review(9, source=f"{1:064d}")))  # another review's document
    outcomes.append(store.write_review(ReviewWrite(id="empty")))
    return outcomes


def test_a_new_review_is_stored_as_the_orm_path_stores_it(
    database_url: str,  # noqa: F811 - the imported fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    core = LibraryStore(database_url)
    try:
        core_outcomes, core_rows = _writes(core), _rows(core)
    finally:
        core.close()
    # the same writes again on a fresh database, every one through the ORM path
    fresh = (
        database_url
        if database_url.startswith("postgresql")
        else database_url.replace(".sqlite", "-orm.sqlite")
    )
    if fresh == database_url:
        with LibraryStore(database_url).engine.begin() as conn:
            for table in ("actions", "recommendation_labels", "text_changes", "recommendations", "reviews"):
                conn.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - constants
            conn.execute(text("UPDATE library_meta SET value = 0"))
    monkeypatch.setattr(StoreCore, "_write_new_review", staticmethod(lambda *_: False))
    orm = LibraryStore(fresh)
    try:
        orm_outcomes, orm_rows = _writes(orm), _rows(orm)
    finally:
        orm.close()
    assert core_outcomes == orm_outcomes
    assert [o.added for o in core_outcomes] == [3, 3, 3, 0, 0, 0]
    for table in TABLES:
        if table in ("text_changes", "library_meta"):  # ids and generations differ after the reset above
            assert len(core_rows[table]) == len(orm_rows[table]), table
        else:
            assert core_rows[table] == orm_rows[table], table


def test_the_core_write_logs_its_text_changes(database_url: str) -> None:  # noqa: F811
    store = LibraryStore(database_url)
    try:
        store.write_review(_review(1))
        changed = store.text_changes_since(0)
        assert changed is not None and len(changed) == 3 and all(changed.values())
        assert store.text_generation() == 1 and store.generation() == 1
    finally:
        store.close()


def _docs(n: int, rng: random.Random, new_words: int = 0) -> list[str]:
    words = "police gp housing risk training marac idva referral school probation ambulance".split()
    words += [f"word{rng.randint(0, 10_000)}" for _ in range(new_words)]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_successive_scorers_share_the_vocabulary_and_each_reads_its_own_prefix(tmp_path: Path) -> None:
    rng = random.Random(7)
    first = BM25().fit(range(40), _docs(40, rng))
    second = first.updated([100], _docs(1, rng, new_words=3), add_keys=["k100"])
    third = second.updated([101, 102], _docs(2, rng, new_words=3), add_keys=["k101", "k102"])
    assert first.vocab is second.vocab is third.vocab and first.keys is third.keys  # appended, not copied
    queries = ["police risk", " ".join(third.vocab)]
    before = [first.scores(q) for q in queries]
    # an older scorer updated again must not append after the newer one: it gets copies of its prefix
    branch = second.updated([200], ["a branch with wordzzz"], add_keys=["k200"])
    assert branch.vocab is not second.vocab and branch.keys is not second.keys
    assert len(second.keys) == 43 and branch.keys[-1] == "k200" and "wordzzz" not in third.vocab
    assert all(np.array_equal(first.scores(q), b) for q, b in zip(queries, before, strict=True))
    # each one's keys and rows agree with its ids
    for bm in (second, third, branch):
        alive = bm.ids[bm._alive]
        assert len(bm.keys[: len(bm.ids)]) == len(bm.ids)
        assert set(alive.tolist()) == set(bm.row_of)
    # a saved older scorer holds its own terms and keys only
    first.save(tmp_path / "first.npz")
    loaded, info = BM25.load(tmp_path / "first.npz")
    assert len(loaded.vocab) == len(first._df) == info["n_terms"] and len(loaded.keys) == 40
    assert np.array_equal(loaded.scores("police risk"), first.scores("police risk"))


def test_updates_score_as_a_fresh_fit_to_the_bit() -> None:
    rng = random.Random(3)
    docs = _docs(300, rng)
    bm = BM25().fit(range(300), docs)
    for q in ("police", "risk training", "marac referral gp"):
        bm.scores(q)  # columns cached, so the updates re-weigh them
    texts = dict(enumerate(docs))
    for step in range(12):
        added = _docs(2, rng, new_words=2)
        ids = [1000 + 2 * step, 1001 + 2 * step]
        removed = [step * 7]
        bm = bm.updated(ids, added, remove_ids=removed)
        texts.pop(removed[0], None)
        texts.update(zip(ids, added, strict=True))
    fresh = BM25().fit(list(texts), list(texts.values()))
    alive = {int(i): r for r, i in enumerate(bm.ids) if bm._alive[r]}
    order = [alive[i] for i in fresh.ids.tolist()]
    for q in ("police", "risk training", "marac referral gp", " ".join(list(bm.vocab)[-6:])):
        assert np.array_equal(bm.scores(q)[order], fresh.scores(q)), q


@pytest.mark.parametrize("n_terms", [1, 7, 500])
def test_numpy_blocks_equal_scipys(n_terms: int) -> None:
    from scipy import sparse

    rng = np.random.default_rng(n_terms)
    pairs = sorted(
        {(int(r), int(c)) for r, c in zip(rng.integers(0, 6, 40), rng.integers(0, n_terms, 40), strict=True)}
    )
    rows, cols = [p[0] for p in pairs], [p[1] for p in pairs]
    vals = [int(v) for v in rng.integers(1, 4, len(pairs))]
    ours = _csc_of(rows, cols, vals, (6, n_terms))
    theirs = sparse.csc_matrix(
        (np.asarray(vals, np.float32), (rows, cols)), shape=(6, n_terms), dtype=np.float32
    )
    for name in ("data", "indices", "indptr"):
        assert np.array_equal(getattr(ours, name), getattr(theirs, name)), name
        assert getattr(ours, name).dtype == getattr(theirs, name).dtype, name


def test_index_appends_in_place_and_a_snapshot_keeps_its_own_rows(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)

    def vectors(n: int) -> np.ndarray:
        v = rng.normal(size=(n, 8)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    index = VectorIndex(8)
    index.build(np.arange(5), vectors(5), [f"s{i}" for i in range(5)])
    shas = index.shas
    index.add(np.array([10]), vectors(1), ["s10"])
    snapshot = index.snapshot()
    index.add(np.array([11, 12]), vectors(2), ["s11", "s12"])
    assert index.shas is shas and len(shas) == 8  # appended in place
    assert index.ids.base is snapshot.ids.base  # one id buffer
    assert snapshot.ids.tolist() == [0, 1, 2, 3, 4, 10]
    with open(tmp_path / "index.npz", "wb") as handle:
        snapshot.write(handle)
    saved = VectorIndex.load(tmp_path / "index.npz")
    assert saved.shas == ["s0", "s1", "s2", "s3", "s4", "s10"] and len(saved.ids) == 6
    assert index.sha_of(12) == "s12" and index.search(index.vector_of(11), 1)[0][0] == 11


class _CountingEncoder(HashEncoder):
    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def encode_batch(self, texts: Sequence[str]) -> np.ndarray:
        self.texts.extend(texts)
        return super().encode_batch(texts)


def test_a_review_is_embedded_once_before_its_write_and_another_process_reads_the_cache(
    tmp_path: Path,
) -> None:
    writer_encoder, other_encoder = _CountingEncoder(), _CountingEncoder()
    writer = Library(tmp_path / "lib", LibraryStore.open(tmp_path / "lib"), encoder=writer_encoder)
    other = Library(tmp_path / "lib", LibraryStore.open(tmp_path / "lib"), encoder=other_encoder)
    try:
        writer.refresh()
        other.refresh()
        writer.store.write_review(_review(1))
        assert sorted(writer_encoder.texts) == sorted(r.text for r in _review(1).recommendations)
        other.refresh()  # catches up from the change log: the vectors come from the embedding cache
        writer.refresh()
        assert other_encoder.texts == [] and len(writer_encoder.texts) == 3
        hits = other.search("controlling behaviour at visit", k=1, mode="dense")
        assert hits and hits[0].id == "rv-1-r1"
    finally:
        writer.close()
        other.close()


def test_filter_masks_follow_appended_ids_and_older_arrays_keep_theirs() -> None:
    from retrieval.index import IdSet

    rng = random.Random(5)
    allowed = IdSet(range(0, 400, 3))
    scorers = [BM25().fit(range(60), _docs(60, rng))]
    for step in range(25):
        removed = [step] if step % 4 == 0 else []
        scorers.append(scorers[-1].updated([300 + step], _docs(1, rng), remove_ids=removed))
        ids = scorers[-1].ids
        assert np.array_equal(allowed.mask(ids), np.isin(ids, allowed.array)), step
    assert scorers[-1].ids.base is scorers[-2].ids.base  # appended in one buffer
    for bm in scorers:
        assert np.array_equal(allowed.mask(bm.ids), np.isin(bm.ids, allowed.array))


def test_bulk_writes_leave_the_embedding_to_the_sync_in_one_batch(tmp_path: Path) -> None:
    encoder = _CountingEncoder()
    library = Library(tmp_path / "lib", LibraryStore.open(tmp_path / "lib"), encoder=encoder)
    calls: list[int] = []
    original = encoder.encode_batch
    encoder.encode_batch = lambda texts: calls.append(len(texts)) or original(texts)  # type: ignore[method-assign]
    try:
        library.refresh()
        with library.bulk_writes():
            library.store.write_review(_review(1))
            library.store.write_review(_review(2))
        assert calls == []
        library.refresh()
        assert calls == [4]  # one batch: the two reviews share two of their texts
        library.store.write_review(_review(3))  # outside: embedded before its write
        assert calls == [4, 1]  # the one text not in the cache yet
    finally:
        library.close()
