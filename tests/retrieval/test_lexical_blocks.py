"""BM25 updates one commit at a time: the documents go into one side block, not a block each, and the scores
stay equal to the bit to a scorer fitted on everything at once."""

from __future__ import annotations

import random

import numpy as np

from retrieval.lexical import BM25, SIDE_BLOCK_ROWS


def test_commits_share_a_side_block_and_scores_stay_exact() -> None:
    rng = random.Random(4)
    words = [f"term{i}" for i in range(40)] + ["police", "training", "risk", "assessment", "housing"]
    docs = [" ".join(rng.choice(words) for _ in range(rng.randint(3, 15))) for _ in range(700)]
    bm25 = BM25().fit(list(range(500)), docs[:500])
    for i in range(500, 700):  # one commit each, some re-wording an earlier one
        bm25 = bm25.updated([i], [docs[i]], remove_ids=[i - 300] if i % 50 == 0 else ())
    assert bm25.blocks <= 1 + 200 // SIDE_BLOCK_ROWS + 1
    kept = [i for i in range(700) if not (i >= 200 and i < 400 and (i + 300) % 50 == 0)]
    fresh = BM25().fit(kept, [docs[i] for i in kept])
    for query in ("police risk assessment", "training term3 term7 housing", "term39"):
        got = bm25.scores(query)
        want = dict(zip(fresh.ids.tolist(), fresh.scores(query).tolist(), strict=True))
        assert {
            int(i): float(s)
            for i, s in zip(bm25.ids, got, strict=True)
            if bm25.row_of.get(int(i)) is not None
        } == want
        assert np.all(got[[bm25.row_of[i] for i in kept]] >= 0)
