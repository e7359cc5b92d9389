"""training/embeddings.py: the real-text pair sources use the ``train`` CSPs only."""

from __future__ import annotations

from annotations.real import load_recommendations
from training.embeddings import build_pairs


def test_real_pairs_come_from_train_csps_only() -> None:
    pairs = build_pairs(("real", "real_groups"))
    assert {p.source for p in pairs} <= {"real", "real_groups"}
    assert any(p.source == "real" for p in pairs)
    held_back = {" ".join(r["text"].split()) for r in load_recommendations() if r["split"] != "train"}
    train = {" ".join(r["text"].split()) for r in load_recommendations("train")}
    texts = {p.a for p in pairs} | {p.b for p in pairs}
    assert not texts & held_back  # no dev or test recommendation, on either side of a pair
    assert {p.b for p in pairs if p.source == "real"} <= train


def test_real_label_pairs_read_like_a_chairs_query() -> None:
    pairs = [p for p in build_pairs(("real",)) if p.source == "real"]
    # The query side is an addressee and a theme in a few words ("Police training"), never a recommendation.
    assert all(len(p.a.split()) <= 16 for p in pairs)
    assert all("|" not in p.a for p in pairs)  # 'Kent Police | KSCS' is split into one name each
