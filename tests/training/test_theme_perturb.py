"""The wrappings of training.theme_perturb leave the ask itself as written."""

from __future__ import annotations

from training.theme_perturb import VARIANTS, _lower_first


def test_lead_in_lowers_the_first_word_but_not_an_acronym() -> None:
    assert _lower_first("The Trust should audit") == "the Trust should audit"
    assert _lower_first("NHS England should") == "NHS England should"


def test_lead_ins_only_before_a_one_sentence_ask() -> None:
    one = "The Trust should audit its referrals."
    two = "The victim was not asked. The Trust should audit its referrals."
    assert (
        VARIANTS["it is recommended"](one) == "It is recommended that the Trust should audit its referrals."
    )
    assert VARIANTS["panel recommends"](two) == two


def test_every_wrapping_keeps_the_text() -> None:
    text = "The Trust must audit its referrals."  # "should" is the one word a wrapping rewords ("will")
    assert all(text.rstrip(".").lower() in wrap(text).lower() for wrap in VARIANTS.values())


def test_will_rewords_the_first_should_only() -> None:
    assert VARIANTS["will"]("X should audit. Y should report.") == "X will audit. Y should report."


def test_joint_addressee_goes_before_an_active_subject_only() -> None:
    wrap = VARIANTS["joint addressee"]
    assert wrap("The Trust should audit.") == "The Safeguarding Training Team and the Trust should audit."
    assert wrap("The policy should be reviewed.") == "The policy should be reviewed."


def test_an_unread_sets_items_are_never_measured() -> None:
    from unittest.mock import patch

    import numpy as np

    from dhr.schema.classification import AnnotatedRecommendation
    from training.main_choice import Block
    from training.real_themes import ThemeOutputs
    from training.theme_perturb import measure

    item = AnnotatedRecommendation(
        id="x", text="Officers should refer victims.", agencies=["police"], level="local", themes=["policy"]
    )
    out = ThemeOutputs(
        np.full((1, 8), 0.1),
        np.array([[0.7, 0.3]]),
        ["policy", "other"],
        [None],
        [["policy"]],
        [False],
        [None],
        [None],
        [frozenset()],
    )
    setting = {"mechanism_rule": True, "mechanism_min": 0.0, "substance_min": 0.05}
    emb = np.zeros((1, 2))
    blind = Block("b:theme_blind99", [item], out, setting, emb, emb, ["policy"])
    with patch("training.main_choice.UNREAD", frozenset({"theme_blind99"})):
        scores, flips = measure({"a": [], "b": [blind], "c": []})
    assert scores == {} and flips == []
