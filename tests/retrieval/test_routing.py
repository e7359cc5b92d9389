"""Department routing of national recommendations, written by ingest (retrieval/routing.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from analysis.analytics import compute_figure
from dhr.schema import ExtractionResult, Recommendation, ReviewInfo, SourceInfo
from dhr.schema.classification import Classification, ClassifyInput
from retrieval import routing
from retrieval.analytics_tables import FLAG_MISADDRESSED, FLAG_NO_DEPARTMENT, RecommendationRouting
from retrieval.ingest import add_paths, review_id_for
from retrieval.library import Library
from retrieval.routing import route, route_library
from tests.retrieval.conftest import write_records

# The text names the DWP, but the subject (the DHR statutory guidance) belongs to the Home Office.
MISADDRESSED = (
    "The Department for Work and Pensions should amend the statutory guidance for Domestic Homicide Reviews "
    "to include suicides."
)
HOME_OFFICE = "The Home Office should fund national awareness campaigns about economic abuse."
UNNAMED = (
    "Legislation should be changed so that coercive control training is mandatory for all professionals."
)
LOCAL = "Police should review DASH training for response officers."


class FakeClassifier:
    """Routes everything to the Home Office; records what it was asked."""

    def __init__(self, department: str = "home_office") -> None:
        self.department = department
        self.calls: list[list[str]] = []

    def predict(self, items: list[ClassifyInput]) -> list[Classification]:
        self.calls.append([it.text for it in items])
        return [
            Classification(id=it.id, level="national", themes=["policy"], department=self.department)  # type: ignore[arg-type]
            for it in items
        ]


def _record(rid: str, text: str, level: str, review: str = "DHR Ms C") -> dict:
    return {
        "id": rid,
        "text": text,
        "csp": "Westham CSP",
        "review": review,
        "year": 2020,
        "agencies": ["home_office"] if level == "national" else ["police"],
        "themes": ["policy"],
        "level": level,
    }


def _rows(lib: Library) -> dict[str, tuple[str, str | None, str | None]]:
    """recommendation id -> (department, named_department, flag)."""
    from retrieval import tables as t

    with lib.store.engine.connect() as conn:
        rows = conn.execute(
            select(
                t.Recommendation.id,
                RecommendationRouting.department,
                RecommendationRouting.named_department,
                RecommendationRouting.flag,
            ).join(t.Recommendation, t.Recommendation.vec_id == RecommendationRouting.vec_id)
        )
        return {r[0]: (r[1], r[2], r[3]) for r in rows}


def _add(lib: Library, tmp_path: Path, records: list[dict], name: str = "r.jsonl", **kw: object):
    report = add_paths(lib, [write_records(tmp_path / name, records)], **kw)  # type: ignore[arg-type]
    assert not report.errors, report.errors
    return report


def test_national_routed_flagged_and_local_left_out(lib: Library, tmp_path: Path) -> None:
    clf = FakeClassifier()
    records = [
        _record("m1", MISADDRESSED, "national"),
        _record("h1", HOME_OFFICE, "national"),
        _record("u1", UNNAMED, "national"),
        _record("l1", LOCAL, "local"),
    ]
    _add(lib, tmp_path, records, classifier=clf)
    assert _rows(lib) == {
        "m1": ("home_office", "dwp", FLAG_MISADDRESSED),
        "h1": ("home_office", "home_office", None),
        "u1": ("home_office", None, FLAG_NO_DEPARTMENT),
    }
    # one batched call, national recommendations only
    assert len(clf.calls) == 1 and sorted(clf.calls[0]) == sorted([MISADDRESSED, HOME_OFFICE, UNNAMED])


def test_reworded_to_local_loses_its_row_and_rerouting_replaces(lib: Library, tmp_path: Path) -> None:
    clf = FakeClassifier()
    _add(
        lib,
        tmp_path,
        [_record("m1", MISADDRESSED, "national"), _record("h1", HOME_OFFICE, "national")],
        classifier=clf,
    )
    assert set(_rows(lib)) == {"m1", "h1"}
    # m1 re-worded into a local recommendation; h1 now routed elsewhere by the classifier
    _add(
        lib,
        tmp_path,
        [_record("m1", LOCAL, "local"), _record("h1", HOME_OFFICE + " Soon.", "national")],
        name="r2.jsonl",
        classifier=FakeClassifier("dcms"),
    )
    assert _rows(lib) == {"h1": ("dcms", "home_office", FLAG_MISADDRESSED)}


def test_delete_review_removes_routing_rows(lib: Library, tmp_path: Path) -> None:
    _add(
        lib,
        tmp_path,
        [_record("m1", MISADDRESSED, "national"), _record("x1", HOME_OFFICE, "national", review="Other")],
        classifier=FakeClassifier(),
    )
    assert lib.store.delete_review(review_id_for("Westham CSP", "DHR Ms C")) == 1
    assert _rows(lib) == {"x1": ("home_office", "home_office", None)}
    with lib.store.engine.connect() as conn:
        assert (
            conn.scalar(select(RecommendationRouting.vec_id).where(RecommendationRouting.flag.is_not(None)))
            is None
        )


def test_by_department_figure_for_a_library_built_with_add_paths(lib: Library, tmp_path: Path) -> None:
    """Extraction JSON (the `dhr library add` path for reports) and records both feed the figure."""
    draft = ExtractionResult(
        source=SourceInfo(filename="dhr.pdf", sha256="a" * 64, pages=2),
        review=ReviewInfo(title="DHR Adult A", csp="Exampleshire CSP"),
        recommendations=[
            Recommendation(
                id="r1", number="1", text=MISADDRESSED, agencies=["dwp"], themes=["policy"], level="national"
            ),
            Recommendation(id="r2", number="2", text=LOCAL, agencies=["police"], themes=["training"]),
        ],
    )
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft.model_dump(mode="json")), encoding="utf-8")
    clf = FakeClassifier()
    report = add_paths(
        lib,
        [path, write_records(tmp_path / "r.jsonl", [_record("h1", HOME_OFFICE, "national")])],
        classifier=clf,
    )
    assert not report.errors
    fig = compute_figure(lib.store, "national_departments")
    rows = {r[0]: r for r in fig.rows}
    assert set(rows) == {"home_office"}
    assert rows["home_office"][2:5] == [2, 1, 0]  # 2 recommendations, 1 misaddressed, 0 unnamed
    flagged = compute_figure(lib.store, "routing_flags")
    assert [(r[3], r[4], r[5]) for r in flagged.rows] == [("dwp", "home_office", FLAG_MISADDRESSED)]


def test_rules_baseline_classifier_routes(lib: Library, tmp_path: Path) -> None:
    """The real classifier (rules baseline: no trained model in an empty models dir) routes by the text."""
    from classification.classifier import load_classifier

    clf = load_classifier(tmp_path / "no-models")
    _add(
        lib,
        tmp_path,
        [_record("d1", "The DWP should change the Universal Credit rules for survivors.", "national")],
        classifier=clf,
    )
    assert _rows(lib) == {"d1": ("dwp", "dwp", None)}


def test_unavailable_classifier_never_fails_the_ingest(
    lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(routing, "_load_classifier", lambda: None)
    report = _add(lib, tmp_path, [_record("h1", HOME_OFFICE, "national")])
    assert report.recommendations_added == 1
    assert any("not routed" in w for w in report.warnings)
    assert _rows(lib) == {}
    # later, with a classifier, the backfill routes what was missed
    back = route_library(lib.store, FakeClassifier())
    assert back.routed == 1 and _rows(lib) == {"h1": ("home_office", "home_office", None)}


def test_default_classifier_not_loaded_without_national(
    lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom() -> None:
        raise AssertionError("classifier loaded for local recommendations")

    monkeypatch.setattr(routing, "_load_classifier", boom)
    report = _add(lib, tmp_path, [_record("l1", LOCAL, "local")])
    assert report.recommendations_added == 1 and not report.warnings


def test_route_ignores_unknown_ids_and_reports(lib: Library, tmp_path: Path) -> None:
    _add(lib, tmp_path, [_record("m1", MISADDRESSED, "national")], classifier=FakeClassifier())
    rep = route(lib.store, ["m1", "nope", "m1"], FakeClassifier())
    assert (rep.routed, rep.flagged, rep.removed, rep.skipped) == (1, 1, 0, 0)
    assert rep.flags == {FLAG_MISADDRESSED: 1}
    assert route(lib.store, []).routed == 0


def test_failing_classifier_skips_routing(lib: Library, tmp_path: Path) -> None:
    class Broken:
        def predict(self, items: list[ClassifyInput]) -> list[Classification]:
            raise ValueError("stale model")

    report = _add(lib, tmp_path, [_record("h1", HOME_OFFICE, "national")], classifier=Broken())
    assert report.recommendations_added == 1 and any("not routed" in w for w in report.warnings)
    assert _rows(lib) == {}
