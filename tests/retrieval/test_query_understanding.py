"""Query understanding: agencies, themes and national asks read from a query, and the label boost they give."""

from __future__ import annotations

import time

import pytest

from retrieval.library import Library
from retrieval.params import FusionParams
from retrieval.query_understanding import (
    QueryIntent,
    agency_match,
    label_boost,
    query_themes,
    understand,
)


def test_agency_and_theme_of_a_chairs_query() -> None:
    intent = understand("police training on coercive control")
    assert intent.agencies == {"police"}
    assert intent.themes == {"training"}
    assert not intent.national


@pytest.mark.parametrize(
    ("query", "theme"),
    [
        ("DASH risk assessment by housing officers", "identification_of_risk"),
        ("information sharing between mental health services and police", "multi_agency_working"),
        ("GP practice domestic abuse policy", "policy"),
        ("probation record keeping", "record_keeping"),
        ("public awareness campaign on coercive control", "awareness_raising"),
    ],
)
def test_theme_read_from_the_query(query: str, theme: str) -> None:
    assert theme in query_themes(query)


def test_no_theme_or_agency_in_a_plain_topic() -> None:
    intent = understand("support after a dementia diagnosis")
    assert not intent.agencies and not intent.themes and not intent.national
    assert not intent  # nothing to boost: the library skips the label lookup


@pytest.mark.parametrize(
    "query",
    ["recommendations to the Home Office", "change the legal definition of domestic abuse nationally"],
)
def test_national_ask(query: str) -> None:
    assert understand(query).national


def test_agency_match_counts_related_and_all_agencies_lower() -> None:
    named = frozenset({"gp"})
    assert agency_match(named, ["gp"], 0.5) == 1.0
    assert agency_match(named, ["integrated_care_board"], 0.5) == 0.5  # the commissioner of GP practices
    assert agency_match(named, ["all_agencies"], 0.5) == 0.5
    assert agency_match(named, ["police"], 0.5) == 0.0
    # Two named, one held: half the agency boost.
    assert agency_match(frozenset({"police", "mental_health_services"}), ["police"], 0.5) == 0.5


def test_label_boost_adds_each_part_once() -> None:
    intent = QueryIntent(agencies=frozenset({"police"}), themes=frozenset({"training"}), national=True)
    kw = {"agency_boost": 0.4, "theme_boost": 0.2, "level_boost": 0.1, "related_weight": 0.5}
    assert label_boost(intent, ["police"], ["training", "policy"], "national", **kw) == pytest.approx(0.7)
    assert label_boost(intent, ["police"], ["policy"], "local", **kw) == pytest.approx(0.4)
    assert label_boost(intent, ["housing"], ["training"], "local", **kw) == pytest.approx(0.2)
    assert label_boost(QueryIntent(), ["police"], ["training"], "national", **kw) == 0.0


def test_understanding_is_cheap_per_new_query() -> None:
    understand.__wrapped__("warm up GP training")
    queries = [f"police training on coercive control case {n}" for n in range(50)]
    start = time.perf_counter()
    for q in queries:
        understand.__wrapped__(q)
    per_query_ms = (time.perf_counter() - start) * 1000 / len(queries)
    assert per_query_ms < 5.0  # ~0.2 ms measured; generous for a loaded machine


def test_theme_boost_moves_the_theme_up(lib_loaded: Library) -> None:
    query = "staff training on coercive control"
    assert understand(query).themes == {"training"}
    boosted = lib_loaded.search(query, k=5, fusion=FusionParams(agency_boost=0.0, theme_boost=5.0))
    assert boosted[0].id == "s2"  # the one recommendation labelled training
    plain_params = FusionParams(agency_boost=0.0, theme_boost=0.0)
    plain = {h.id: h.score for h in lib_loaded.search(query, k=5, fusion=plain_params)}
    assert boosted[0].score == pytest.approx(plain["s2"] + 5.0, abs=1e-5)


def test_level_boost_only_for_a_national_ask(lib_loaded: Library) -> None:
    params = FusionParams(agency_boost=0.0, level_boost=5.0)
    assert lib_loaded.search("national campaigns on domestic abuse", k=3, fusion=params)[0].id == "w2"
    local = lib_loaded.search("risk assessment at incidents", k=6, fusion=params)
    assert all(h.score < 5.0 for h in local)  # no national ask: no level boost
