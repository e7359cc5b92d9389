"""The learned agency fallback and the hybrid theme input (``classification/learned.py``), without MiniLM."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from classification.classifier import RecommendationClassifier, _valid
from classification.learned import (
    WeightedOneVsRest,
    agency_feature_text,
    agency_matrix,
    choose_agencies,
    drop_feature_tags,
    hybrid_matrix,
    needs_fallback,
    predict_agencies,
)
from dhr.schema.classification import ClassifyInput


def test_needs_fallback_only_without_a_pick_list_addressee():
    assert needs_fallback([]) and needs_fallback(["other"])
    assert not needs_fallback(["police"]) and not needs_fallback(["other", "police"])


def test_choose_agencies_threshold_then_single_best():
    labels = ["police", "housing", "gp"]
    assert choose_agencies(np.array([0.9, 0.6, 0.1]), labels, 0.5, 0.3) == [("police", 0.9), ("housing", 0.6)]
    # nothing reaches the threshold: the single best when it reaches the floor, else nothing
    assert choose_agencies(np.array([0.2, 0.35, 0.1]), labels, 0.5, 0.3) == [("housing", 0.35)]
    assert choose_agencies(np.array([0.2, 0.25, 0.1]), labels, 0.5, 0.3) == []
    assert len(choose_agencies(np.array([0.9, 0.8, 0.7]), labels, 0.5, 0.3, max_labels=2)) == 2


def test_agency_features_leave_out_the_rules_addressees():
    words = agency_feature_text("Kent Police should consult the CCG on the pathway.", None)
    assert "zagconsultedintegrated_care_board" in words and "znoctx" in words
    assert "zagleadpolice" not in words and "zanypolice" not in words


def test_weighted_one_vs_rest_constant_column_and_weights():
    x = np.array([[0.0, 1.0], [1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])
    y = np.array([[1, 0], [0, 0], [1, 0], [0, 0]])
    m = WeightedOneVsRest(c=10.0).fit(x, y, sample_weight=np.array([1.0, 1.0, 0.2, 0.2]))
    p = m.predict_proba(x)
    assert p.shape == (4, 2) and p[0, 0] > 0.5 > p[1, 0]
    assert np.all(p[:, 1] == 0.0)  # a label never seen positive keeps its rate


def test_hybrid_matrix_without_embeddings_is_the_tfidf():
    vec = TfidfVectorizer().fit(["policy on training", "records and flags"])
    x = hybrid_matrix(vec, ["policy"], None, 1.0)
    assert x.shape[1] == len(vec.vocabulary_)
    x2 = hybrid_matrix(vec, ["policy"], np.ones((1, 3), dtype=np.float32), 0.5)
    assert x2.shape[1] == len(vec.vocabulary_) + 3 and x2[0, -1] == pytest.approx(0.5)


def _tiny_agency_task() -> dict:
    """A fallback that learned 'KSCS' -> childrens_social_care and 'recovery' headings -> drugs services."""
    texts = [
        ("Staff should query child access arrangements.", "KSCS"),
        ("Workers should check the child's plan.", "KSCS"),
        ("Key workers should ask about abuse.", "Recovery Network"),
        ("Clients should be asked about abuse.", "Recovery Network"),
    ]
    labels = ["childrens_social_care", "drug_and_alcohol_services"]
    words = [agency_feature_text(t, c) for t, c in texts]
    task = {
        "kind": "hybrid",
        "word_vectorizer": TfidfVectorizer().fit(words),
        "char_vectorizer": TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)).fit(
            [c.lower() for _, c in texts]
        ),
        "emb_weight": 0.0,
        "labels": labels,
        "threshold": 0.5,
        "top_min": 0.3,
    }
    x = agency_matrix(task, words, [c for _, c in texts], np.zeros((4, 384), dtype=np.float32))
    y = np.array([[1, 0], [1, 0], [0, 1], [0, 1]])
    task["model"] = WeightedOneVsRest(c=10.0).fit(x, y)
    return task


def test_predict_agencies_from_an_unknown_heading():
    task = _tiny_agency_task()
    picks = predict_agencies(
        task, ["Staff should query access."], ["KSCS"], np.zeros((1, 384), dtype=np.float32)
    )
    assert [a for a, _ in picks[0]] == ["childrens_social_care"]


def test_classifier_uses_the_fallback_only_where_rules_find_nothing():
    task = _tiny_agency_task()
    bundle = {"agencies": task}
    assert _valid(bundle)
    clf = RecommendationClassifier(bundle)
    out = clf.predict(
        [
            ClassifyInput(id="a", text="Staff should query child access arrangements.", context="KSCS"),
            ClassifyInput(id="b", text="Kent Police should review its policy.", context="KSCS"),
        ]
    )
    assert out[0].agencies == ["childrens_social_care"] and 0 < out[0].scores["agencies"] < 1
    assert out[1].agencies == ["police"] and out[1].scores["agencies"] == 1.0
    assert clf.kinds["agencies"] == "hybrid"


def test_invalid_hybrid_entries_are_refused():
    assert not _valid({"level": {"kind": "hybrid", "model": object()}})
    assert not _valid({"agencies": {"kind": "hybrid"}})


def test_drop_feature_tags_only_touches_the_rule_tokens() -> None:
    """A theme task fitted without the addressee tokens (``drop_tags``) reads the same features at run time:
    the prefixed rule tokens go, the text, heading, other tokens and the directive's words stay."""
    f = "Zagreb zagging police [ctx] Trust [rules] zmechpolicy zagpolice zaghome_office zlevellocal [span] zsreview"
    assert drop_feature_tags([f], ["zag"]) == [
        "Zagreb zagging police [ctx] Trust [rules] zmechpolicy zlevellocal [span] zsreview"
    ]
    assert drop_feature_tags([f], None) == [f] and drop_feature_tags([f], []) == [f]


def test_needs_fallback_keeps_a_recognised_other_name():
    # a named prison or a body the gazetteer lists off the pick-list is the guide's `other`, not a model guess
    assert not needs_fallback(
        ["other"], "Tell the Probation Service of every attempt to contact.", "HMP Berwyn"
    )
    assert not needs_fallback(["other"], "The College of Policing should issue guidance.")
    # a name the rules could not place (an unknown trust, a heading's unknown organisation) still goes to the model
    assert needs_fallback(["other"], "The Kenward Trust should train its staff.")
    assert needs_fallback(["other"], "Train staff in routine enquiry.", "Northshire Carers Centre")
    assert needs_fallback([], "Train staff.") and not needs_fallback(["police"], "Kent Police should.")


def test_classifier_leaves_a_named_prison_to_the_rules():
    clf = RecommendationClassifier({"agencies": _tiny_agency_task()})
    out = clf.predict(
        [ClassifyInput(id="a", text="Key workers should ask about abuse.", context="HMP Berwyn")]
    )
    assert out[0].agencies == ["other"] and out[0].scores["agencies"] == 1.0


def test_a_listed_class_off_the_pick_list_still_goes_to_the_model():
    # "voluntary sector" is listed as `other`, but "all statutory and voluntary sector organisations" is no
    # one body's name: the fallback may still read the whole group (every agency)
    text = "All statutory and voluntary sector organisations in Northvale to adopt a routine enquiry policy."
    assert needs_fallback(["other"], text, "Multi-agency recommendations")
