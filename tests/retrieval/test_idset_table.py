"""IdSet's lookup table: masks from it equal np.isin, and with_review patches it as it changes the ids."""

from __future__ import annotations

import numpy as np

from retrieval.index import IdSet


def test_masks_and_patched_tables_match_isin() -> None:
    rng = np.random.default_rng(3)
    ids = rng.permutation(np.arange(1, 4000, dtype=np.int64))  # an index's ids, in no order
    ids = np.concatenate([ids, np.array([5000, 9000], dtype=np.int64)])  # beyond every set's largest id
    current = IdSet(rng.choice(np.arange(1, 4000), 1200, replace=False))
    assert current.mask(ids).tolist() == np.isin(ids, current.array).tolist()
    for _ in range(30):
        removed = rng.choice(np.arange(1, 4100), 15)
        added = rng.choice(np.arange(1, 9500), 10)
        current = current.with_review(removed, added)
        fresh = IdSet(current.array)
        assert current.mask(ids).tolist() == np.isin(ids, current.array).tolist() == fresh.mask(ids).tolist()
    assert IdSet().mask(ids).tolist() == [False] * len(ids)
    assert IdSet([3]).with_review(np.array([3]), np.array([], dtype=np.int64)).mask(ids).sum() == 0


def test_selector_bitmap_from_the_table_is_the_same() -> None:
    ids = IdSet([1, 5, 9, 64, 65, 200])
    fresh = IdSet(ids.array)
    fresh.selector()
    ids.mask(np.arange(300, dtype=np.int64))  # the table first
    patched = ids.with_review(np.array([9]), np.array([70]))
    patched.selector()
    assert patched._selector is not None and fresh._selector is not None
    expect = IdSet(patched.array)
    expect.selector()
    assert expect._selector is not None
    assert np.array_equal(patched._selector[1], expect._selector[1])
