"""The synthetic national library generator: marked synthetic, seeded, reused, never overwrites a real library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from demo.generator import make_areas
from demo.library import (
    DemoLibraryError,
    DemoSpec,
    build_demo_library,
)
from retrieval.analytics_tables import ROUTING_FLAGS
from retrieval.repository_meta import demo_info
from retrieval.store import LibraryStore, RecommendationWrite, ReviewWrite

SMALL = DemoSpec(csps=10, years=3, seed=7)


@pytest.fixture(scope="module")
def small_lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("demo") / "lib"
    build_demo_library(directory, SMALL)
    return directory


def _rows(directory: Path, sql: str) -> list[tuple]:
    store = LibraryStore.open(directory)
    try:
        with store.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        store.close()


def test_build_counts_and_synthetic_marks(small_lib: Path) -> None:
    store = LibraryStore.open(small_lib)
    try:
        info = demo_info(store.engine)
    finally:
        store.close()
    assert info is not None and info["synthetic"] == 1 and info["demo_complete"] == 1
    assert info["demo_seed"] == 7 and info["demo_csps"] == 10
    reviews = _rows(small_lib, "SELECT id, title, reference, csp, region, year FROM reviews")
    assert reviews
    assert all(r[0].startswith("SYN-") and "SYNTHETIC" in r[1] and "SYNTHETIC" in r[2] for r in reviews)
    assert len({r[3] for r in reviews}) == 10
    assert {r[5] for r in reviews} <= {2021, 2022, 2023}


def test_pilot_proportions(small_lib: Path) -> None:
    (n_rev,) = _rows(small_lib, "SELECT count(*) FROM reviews")[0]
    (n_rec,) = _rows(small_lib, "SELECT count(*) FROM recommendations")[0]
    (n_act,) = _rows(small_lib, "SELECT count(*) FROM actions")[0]
    assert 12 <= n_rec / n_rev <= 18  # pilot: about 15 recommendations per review
    assert 20 <= n_act / n_rev <= 28  # pilot: about 24 actions per review
    status = dict(_rows(small_lib, "SELECT status, count(*) FROM actions GROUP BY status"))
    assert 0.65 <= status["completed"] / n_act <= 0.77  # pilot: 71% completed
    levels = dict(_rows(small_lib, "SELECT level, count(*) FROM recommendations GROUP BY level"))
    assert 0.84 <= levels["local"] / n_rec <= 0.93
    flags = dict(_rows(small_lib, "SELECT flag, count(*) FROM recommendation_routing GROUP BY flag"))
    assert set(flags) - {None} <= set(ROUTING_FLAGS) and flags.get("misaddressed", 0) > 0
    assert levels["national"] == sum(flags.values())  # every national recommendation is routed


def test_timeline_follows_dashboard_stages(small_lib: Path) -> None:
    rows = _rows(
        small_lib,
        "SELECT a.day, b.day FROM review_timeline_events a JOIN review_timeline_events b "
        "ON a.review_id = b.review_id WHERE a.event = 'death' AND b.event = 'first_panel'",
    )
    months = sum(b - a for a, b in rows) / len(rows) / 30.4375
    assert 7 <= months <= 11  # Dashboard 1: 9 months from death to first panel
    unordered = _rows(
        small_lib,
        "SELECT count(*) FROM review_timeline_events a JOIN review_timeline_events b ON a.review_id = b.review_id "
        "WHERE a.event = 'first_panel' AND b.event = 'sent_to_qap' AND b.day < a.day",
    )
    assert unordered[0][0] == 0


def test_same_seed_same_library_and_texts_repeat_across_areas(tmp_path: Path, small_lib: Path) -> None:
    other = tmp_path / "again"
    build_demo_library(other, SMALL)
    sql = "SELECT id, text, agencies, themes, level FROM recommendations ORDER BY vec_id"
    assert _rows(other, sql) == _rows(small_lib, sql)
    repeated = _rows(
        small_lib,
        "SELECT r.text_sha, count(DISTINCT v.csp) FROM recommendations r JOIN reviews v ON v.id = r.review_id "
        "GROUP BY r.text_sha HAVING count(DISTINCT v.csp) >= 3",
    )
    assert repeated  # the recurring lessons appear verbatim in several areas
    texts = _rows(small_lib, "SELECT count(DISTINCT text) FROM recommendations")[0][0]
    total = _rows(small_lib, "SELECT count(*) FROM recommendations")[0][0]
    assert texts > 0.5 * total  # varied texts, not a handful of templates


def test_reuse_and_rebuild_on_other_spec(tmp_path: Path) -> None:
    directory = tmp_path / "lib"
    spec = DemoSpec(csps=3, years=1, seed=1)
    first = build_demo_library(directory, spec)
    assert not first.reused and first.actions > 0
    again = build_demo_library(directory, spec)
    assert again.reused and again.actions == first.actions
    other = build_demo_library(directory, DemoSpec(csps=4, years=1, seed=1))
    assert not other.reused
    assert len({r[0] for r in _rows(directory, "SELECT csp FROM reviews")}) == 4
    forced = build_demo_library(directory, DemoSpec(csps=4, years=1, seed=1), force=True)
    assert not forced.reused and forced.actions == other.actions


def test_refuses_real_library(tmp_path: Path) -> None:
    directory = tmp_path / "real"
    store = LibraryStore.open(directory)
    store.write_review(
        ReviewWrite(
            id="rv-real",
            csp="Realtown CSP",
            recommendations=[RecommendationWrite(id="rv-real-r1", text="Train staff.", content_sha="x")],
        )
    )
    store.close()
    with pytest.raises(DemoLibraryError, match="real library"):
        build_demo_library(directory, DemoSpec(csps=2, years=1))
    assert _rows(directory, "SELECT id FROM reviews") == [("rv-real",)]


def test_areas_grouped_in_forces_and_regions() -> None:
    areas = make_areas(DemoSpec())
    assert len(areas) == 300 and len({a.csp for a in areas}) == 300
    assert len({a.force for a in areas}) == 43
    assert len({a.region for a in areas}) == 10
    assert all(a.csp.endswith(" CSP") for a in areas)


def test_bad_spec_is_a_clear_error(tmp_path: Path) -> None:
    from dhr.errors import InputError

    with pytest.raises(InputError, match="csps"):
        build_demo_library(tmp_path / "x", DemoSpec(csps=0))


def test_result_serialises(tmp_path: Path) -> None:
    result = build_demo_library(tmp_path / "lib", DemoSpec(csps=2, years=1))
    assert json.loads(json.dumps(result.as_dict(), default=str))["directory"].endswith("lib")


def test_deleting_a_review_removes_its_timeline_and_routing(tmp_path: Path) -> None:
    directory = tmp_path / "lib"
    build_demo_library(directory, DemoSpec(csps=3, years=1, seed=3))
    (review_id,) = _rows(
        directory,
        "SELECT r.review_id FROM recommendation_routing g JOIN recommendations r ON r.vec_id = g.vec_id LIMIT 1",
    )[0]
    store = LibraryStore.open(directory)
    try:
        store.delete_review(review_id)
    finally:
        store.close()
    orphans = _rows(
        directory,
        "SELECT (SELECT count(*) FROM review_timeline_events WHERE review_id NOT IN (SELECT id FROM reviews)), "
        "(SELECT count(*) FROM recommendation_routing WHERE vec_id NOT IN (SELECT vec_id FROM recommendations))",
    )
    assert orphans == [(0, 0)]
    assert _rows(
        directory, f"SELECT count(*) FROM review_timeline_events WHERE review_id = '{review_id}'"
    ) == [(0,)]
