"""The ranker alone: best first with ties by id, label boosts for what the query asks for, and at most a few
results from one area while other areas remain."""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.params import FusionParams
from retrieval.ranker import Ranker
from retrieval.repository_search import PoolInfo

META = {
    1: PoolInfo("north", frozenset({"housing"}), ("training",), "local"),
    2: PoolInfo("north", frozenset({"police"}), ("risk_assessment",), "local"),
    3: PoolInfo("north", frozenset({"housing"}), (), "local"),
    4: PoolInfo("south", frozenset({"gp"}), (), "local"),
}


class Meta:
    """``meta_of`` from a dict, counting the reads (the ranker should read only what it lacks)."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[int], bool]] = []

    def __call__(self, vec_ids: Sequence[int], *, agencies: bool = True) -> dict[int, PoolInfo]:
        self.calls.append((list(vec_ids), agencies))
        return {i: META[i] for i in vec_ids if i in META}


def test_without_boosts_best_first_ties_by_id() -> None:
    meta = Meta()
    ranked, read = Ranker(meta).rank(
        "anything", {3: 0.5, 1: 0.5, 2: 0.9}, 3, "hybrid", FusionParams(agency_boost=0, theme_boost=0)
    )
    assert ranked == [(2, 0.9), (1, 0.5), (3, 0.5)] and read is None and meta.calls == []


def test_a_named_agency_moves_its_results_up() -> None:
    fused = {1: 0.6, 2: 0.5, 4: 0.55}
    plain, _ = Ranker(Meta()).rank(
        "police response", fused, 3, "hybrid", FusionParams(agency_boost=0, theme_boost=0)
    )
    boosted, read = Ranker(Meta()).rank("police response", fused, 3, "hybrid", FusionParams(agency_boost=0.3))
    assert plain[0][0] == 1 and boosted[0][0] == 2 and read is not None and 2 in read
    lexical_only, _ = Ranker(Meta()).rank(
        "police response", fused, 3, "lexical", FusionParams(agency_boost=0.3)
    )
    assert lexical_only == plain  # boosts are for hybrid search only


def test_diversify_caps_an_area_while_others_remain() -> None:
    ranked = [(1, 0.9), (2, 0.8), (3, 0.7), (4, 0.6)]
    meta = Meta()
    chosen = Ranker(meta).diversify(ranked, 3, 2)
    assert chosen == [(1, 0.9), (2, 0.8), (4, 0.6)]  # the third 'north' result waits for 'south'
    assert meta.calls == [([1, 2, 3, 4], False)]  # areas only
    assert Ranker(meta).diversify(ranked, 4, 1) == [
        (1, 0.9),
        (2, 0.8),
        (3, 0.7),
        (4, 0.6),
    ]  # filled from held
    assert Ranker(meta).diversify(ranked, 2, None) == ranked[:2]


def test_diversify_drops_candidates_gone_from_the_store() -> None:
    assert Ranker(Meta()).diversify([(99, 1.0), (4, 0.5)], 2, 3) == [(4, 0.5)]
