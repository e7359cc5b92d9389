"""The main-theme candidates of training.main_choice, read on handmade held-out outputs (no model is fitted)."""

from unittest.mock import patch

import numpy as np

from dhr.schema.classification import AnnotatedRecommendation
from training.main_choice import SETS, UNREAD, Block, decide, errors, missing_sets, table
from training.real_themes import ThemeOutputs

_CLASSES = ["identification_of_risk", "multi_agency_working", "policy"]
_SETTING = {"mechanism_rule": True, "mechanism_min": 0.0, "substance_min": 0.05}


def _item(text: str, main: str) -> AnnotatedRecommendation:
    return AnnotatedRecommendation(id="x", text=text, agencies=["police"], level="local", themes=[main])


def _block(proba: list[float], substance: str, bank_main: list[str], text: str, gold: str) -> Block:
    out = ThemeOutputs(
        np.full((1, 8), 0.1),
        np.array([proba]),
        _CLASSES,
        [None],
        [[gold]],
        [False],
        [substance],
        [None],
        [frozenset()],
    )
    emb = np.array([[1.0, 0.0]])
    bank = np.array([[1.0, 0.0]] * len(bank_main))
    return Block("a:x", [_item(text, gold)], out, dict(_SETTING), emb, bank, bank_main)


def test_the_margins_and_the_cue_read_as_decide_main_does():
    # the model: risk (0.7); the ask's cue: joint work (a referral)
    b = _block(
        [0.7, 0.2, 0.1], "multi_agency_working", ["policy"], "Officers should refer victims.", "policy"
    )
    assert decide(b, 0, "cue_always") == "multi_agency_working"
    assert decide(b, 0, "margin_0.4") == "identification_of_risk"  # surer by 0.5
    assert decide(b, 0, "margin_0.6") == "multi_agency_working"
    assert decide(b, 0, "model") == "identification_of_risk"


def test_the_knn_vote_breaks_a_tie_between_the_cue_and_the_model_only():
    text = "Officers should refer victims."
    to_model = _block([0.5, 0.4, 0.1], "multi_agency_working", ["identification_of_risk"] * 7, text, "policy")
    to_cue = _block([0.5, 0.4, 0.1], "multi_agency_working", ["multi_agency_working"] * 7, text, "policy")
    assert decide(to_model, 0, "knn_tie") == "identification_of_risk"
    assert decide(to_cue, 0, "knn_tie") == "multi_agency_working"


def test_a_cue_at_the_verb_wins_and_one_in_the_context_gives_way_to_a_surer_model():
    near = _block(
        [0.8, 0.1, 0.1],
        "multi_agency_working",
        ["policy"],
        "Officers should refer victims to MARAC.",
        "policy",
    )
    far = _block(
        [0.8, 0.1, 0.1],
        "multi_agency_working",
        ["policy"],
        "Officers should ask every victim about coercive control at each visit and then refer to MARAC.",
        "policy",
    )
    far.out.substance[0] = "multi_agency_working"
    assert decide(near, 0, "verb_6") == "multi_agency_working"
    assert decide(far, 0, "verb_6") == "identification_of_risk"


def test_the_table_counts_every_evidence_and_the_shipped_row_is_never_adopted():
    b = _block(
        [0.7, 0.2, 0.1], "multi_agency_working", ["policy"], "Officers should refer victims.", "policy"
    )
    res = {"base": {"a": [b], "b": [Block("b:theme_blind16", *list(vars(b).values())[1:])], "c": [b]}}
    with patch("training.main_choice.UNREAD", frozenset({"theme_blind16"})):
        rows = table(res)
    ship = next(r for r in rows if r["candidate"] == "margin_0.4")
    assert ship["a"] == (0, 1) and ship["b_unread"] == (0, 1) and ship["c"] == (0, 1)
    assert {p.stem for p in SETS} >= UNREAD and len(SETS) >= 22
    assert {"theme_blind18", "theme_blind19", "theme_blind20"} <= {p.stem for p in SETS} - UNREAD
    # read in the sixteenth session: dev sets, their errors listed like the others'
    assert {"theme_blind21", "theme_blind22"} <= {p.stem for p in SETS} - UNREAD


def test_errors_never_list_an_unread_sets_items():
    b = _block(
        [0.7, 0.2, 0.1], "multi_agency_working", ["policy"], "Officers should refer victims.", "policy"
    )
    unread = Block("b:theme_blind16", *list(vars(b).values())[1:])
    res = {"base": {"a": [b], "b": [unread], "c": [b]}}
    with patch("training.main_choice.UNREAD", frozenset({"theme_blind16"})):
        lines = errors(res, "base", "margin_0.4")
    assert len(lines) == 2 and not any(line.startswith("b:") for line in lines)


def test_a_set_added_after_the_cache_is_found_missing():
    b = _block(
        [0.7, 0.2, 0.1], "multi_agency_working", ["policy"], "Officers should refer victims.", "policy"
    )
    cached = [Block(f"b:{p.stem}", *list(vars(b).values())[1:]) for p in SETS[:-1]]
    assert missing_sets({"b": cached}) == [SETS[-1].stem]
    assert missing_sets({"b": cached + [Block(f"b:{SETS[-1].stem}", *list(vars(b).values())[1:])]}) == []


def test_decide_main_lets_a_cue_at_the_verb_beat_a_surer_model_only_when_switched_on():
    from classification.main_theme import decide_main

    text = "Officers should refer every victim of stalking to the specialist service."
    common = {"substance_min": 0.05, "substance": "multi_agency_working", "displaced": None, "check": False}
    proba = [0.8, 0.1, 0.1]  # the model: risk, surer than the cue (joint work) by 0.7
    off = decide_main(text, None, proba, _CLASSES, model_margin=0.5, verb_words=None, **common)
    assert off == "identification_of_risk"
    # shipped on since the fifteenth session (VERB_WORDS 12)
    assert decide_main(text, None, proba, _CLASSES, model_margin=0.5, **common) == "multi_agency_working"
    on = decide_main(text, None, proba, _CLASSES, model_margin=0.5, verb_words=10, **common)
    assert on == "multi_agency_working"
    # no text (calibration passes none): the margin alone decides
    assert decide_main("", None, proba, _CLASSES, model_margin=0.5, verb_words=10, **common) != on


def test_decide_main_reads_the_shipped_verb_words_when_called():
    # a scorer (training.theme_blind --verb-words) sets the module's VERB_WORDS for a run; decide_main, called
    # without verb_words as the classifier calls it, follows it
    from classification import main_theme

    text = "Officers should refer every victim of stalking to the specialist service."
    common = {"substance_min": 0.05, "substance": "multi_agency_working", "displaced": None, "check": False}
    proba = [0.8, 0.1, 0.1]
    with patch.object(main_theme, "VERB_WORDS", 10):
        assert main_theme.decide_main(text, None, proba, _CLASSES, model_margin=0.5, **common) == (
            "multi_agency_working"
        )
    with patch.object(main_theme, "VERB_WORDS", None):
        assert main_theme.decide_main(text, None, proba, _CLASSES, model_margin=0.5, **common) == (
            "identification_of_risk"
        )
