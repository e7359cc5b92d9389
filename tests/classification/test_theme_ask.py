"""The ask model (classification/theme_ask.py): what it reads, its probabilities and the blend."""

import numpy as np

from classification.theme_ask import ask_proba, ask_text, blend, blended_main, fit_ask_model, load_ask_model


def test_the_ask_is_the_sentence_with_the_directive_not_the_rationale():
    text = (
        "The victim saw her GP eleven times in the last year. The review found that abuse was never raised. "
        "The practice should ask every patient with unexplained injuries about abuse at home."
    )
    assert ask_text(text).startswith("The practice should ask")
    assert ask_text("It is recommended that the Trust reviews its policy.") == "the Trust reviews its policy."
    assert len(ask_text("word " * 500)) <= 400


def _toy() -> tuple[np.ndarray, list[str]]:
    rng = np.random.default_rng(0)
    a = rng.normal(0, 0.1, (10, 4)) + np.array([1, 0, 0, 0])
    b = rng.normal(0, 0.1, (10, 4)) + np.array([0, 1, 0, 0])
    return np.vstack([a, b]), ["policy"] * 10 + ["training"] * 10


def test_probabilities_are_aligned_with_the_main_model_classes():
    x, y = _toy()
    ask = fit_ask_model(x, y, [1.0] * len(y), c=4.0, weight=0.5)
    classes = ["awareness_raising", "policy", "training"]
    p = ask_proba(ask, np.array([[1.0, 0, 0, 0], [0, 1.0, 0, 0]]), classes)
    assert p.shape == (2, 3)
    assert np.allclose(p[:, 0], 0.0)  # a class the ask model never saw
    assert p[0].argmax() == 1 and p[1].argmax() == 2
    assert np.allclose(p.sum(1), 1.0)


def test_the_blend_keeps_distributions_and_weight_zero_is_off():
    main = np.array([[0.7, 0.2, 0.1]])
    other = np.array([[0.0, 0.0, 1.0]])
    assert np.array_equal(blend(main, other, 0.0), main)
    mixed = blend(main, other, 0.5)
    assert np.allclose(mixed, [[0.35, 0.1, 0.55]]) and np.isclose(mixed.sum(), 1.0)


def test_without_an_ask_model_the_main_probabilities_are_unchanged(tmp_path):
    main = np.array([[0.6, 0.4]])
    assert blended_main(None, ["x"], main, ["policy", "training"], lambda t: np.zeros((1, 4))) is main
    assert load_ask_model(tmp_path) is None
    (tmp_path / "theme_ask.joblib").write_bytes(b"not a model")
    assert load_ask_model(tmp_path) is None
