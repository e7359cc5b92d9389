from __future__ import annotations

from pathlib import Path

import pytest

from classification.classifier import load_classifier
from dhr.schema.classification import Classification, ClassifyInput

ITEMS = [
    ClassifyInput(
        id="a", text="The Home Office should amend the statutory guidance on domestic homicide reviews."
    ),
    ClassifyInput(
        id="b", text="All staff should receive training on coercive control.", context="Kent Police"
    ),
    ClassifyInput(
        id="c",
        text="The Trust should review its routine enquiry policy.",
        context="Oxleas NHS Foundation Trust",
    ),
    ClassifyInput(
        id="d",
        text="The CSP should write to the DWP asking for work coaches to be trained on economic abuse.",
    ),
]


@pytest.fixture(scope="module", params=["rules", "shipped"])
def clf(request, tmp_path_factory):
    if request.param == "rules":
        return load_classifier(tmp_path_factory.mktemp("empty"))  # no model: rules baseline, never fails
    return load_classifier()


def test_contract(clf):
    out = clf.predict(ITEMS)
    assert [o.id for o in out] == ["a", "b", "c", "d"]
    for o in out:
        assert isinstance(o, Classification)
        assert 1 <= len(o.themes) <= 3 and len(set(o.themes)) == len(o.themes)
        assert o.level in ("local", "regional", "national")
        assert 0.0 <= o.scores["level"] <= 1.0
        assert (o.department is not None) == (o.level == "national")
    assert (
        out[0].agencies == ["home_office"]
        and out[0].level == "national"
        and out[0].department == "home_office"
    )
    assert out[1].agencies == ["police"] and out[1].themes[0] == "training"
    assert out[2].agencies == ["mental_health_services"]
    assert out[3].level == "national" and out[3].agencies == ["community_safety_partnership"]


def test_empty_batch(clf):
    assert clf.predict([]) == []


def test_loaded_once():
    assert load_classifier() is load_classifier()


def test_damaged_model_falls_back_to_rules(tmp_path: Path):
    (tmp_path / "classifiers.joblib").write_bytes(b"not a joblib file")
    clf = load_classifier(tmp_path)
    assert clf.kinds == {"level": "rules", "themes": "rules", "department": "rules"}
    assert clf.predict(ITEMS[:1])[0].level == "national"


def test_misaddressed_national_is_flagged():
    clf = load_classifier(Path("/nonexistent-models-dir"))
    out = clf.predict(
        [
            ClassifyInput(
                id="x",
                text="The Home Office should ensure that the GP contract requires "
                "every GP practice and hospital to ask patients about abuse.",
            )
        ]
    )
    assert out[0].level == "national"
    if out[0].department != "home_office":
        assert out[0].department_flag and "Home Office" in out[0].department_flag
