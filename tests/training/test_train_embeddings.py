"""training/embeddings.py: the adapter's training pairs stay clear of the evaluation data; training runs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from dhr.errors import InputError
from training.embeddings import HELD_OUT_CONCEPTS, SOURCES, Pair, build_pairs, train_adapter

ANNOTATIONS = Path(__file__).resolve().parents[2] / "annotations" / "retrieval"


def _texts(name: str, key: str) -> set[str]:
    return {json.loads(line)[key] for line in (ANNOTATIONS / name).read_text().splitlines() if line.strip()}


def test_pairs_are_disjoint_from_the_evaluation_corpus_and_queries() -> None:
    pairs = build_pairs(SOURCES)
    texts = {p.a for p in pairs} | {p.b for p in pairs}
    assert {p.source for p in pairs} == set(SOURCES)
    corpus = _texts("corpus.jsonl", "text") | _texts("heldout_corpus.jsonl", "text")
    queries = {
        q.lower()
        for name in ("queries.jsonl", "dev_queries.jsonl", "heldout_queries.jsonl")
        for q in _texts(name, "query")
    }
    assert not texts & corpus
    assert not {t.lower() for t in texts} & queries


def test_pairs_leave_out_the_held_out_only_lessons() -> None:
    from retrieval.thesaurus import concepts_in

    held_out_words = re.compile(
        r"\b(isva|sarc|dvpo|dvpn|dapo|dwp|jobcentre|universal credit|icb|ccg|firearm|ambulance|999)"
    )
    for pair in build_pairs(SOURCES):
        for text in (pair.a, pair.b):
            assert not set(concepts_in(text)) & HELD_OUT_CONCEPTS, text
            assert not held_out_words.search(text.lower()), text


def test_pairs_are_deterministic_and_sources_checked() -> None:
    assert build_pairs(seed=3) == build_pairs(seed=3)
    with pytest.raises(InputError, match="unknown pair source"):
        build_pairs(("handwritten", "corpus"))


def test_train_adapter_pulls_pairs_together() -> None:
    rng = np.random.default_rng(0)
    words = [f"w{i}" for i in range(40)]
    vecs = {w: v / np.linalg.norm(v) for w, v in zip(words, rng.normal(size=(40, 16)), strict=True)}
    pairs = [Pair(words[i], words[i + 20], "test") for i in range(20)]

    def embed(texts: list[str]) -> np.ndarray:
        return np.stack([vecs[t] for t in texts]).astype(np.float32)

    a, b, loss = train_adapter(pairs, embed, rank=8, epochs=60, lr=1e-2, batch_size=20)
    assert a.shape == (16, 8) and b.shape == (8, 16) and np.isfinite(loss)

    def apply(v: np.ndarray) -> np.ndarray:
        out = v + (v @ a) @ b
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    before = np.mean([vecs[p.a] @ vecs[p.b] for p in pairs])
    left, right = apply(embed([p.a for p in pairs])), apply(embed([p.b for p in pairs]))
    after = float(np.mean(np.sum(left * right, axis=1)))
    assert after > before + 0.2
    with pytest.raises(InputError, match="no training pairs"):
        train_adapter([], embed)


@pytest.mark.slow
def test_train_embeddings_command_writes_a_loadable_adapter(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    import training.cli  # noqa: F401  (registers the command)
    from dhr.cli_app import app
    from retrieval.embeddings import AdaptedEncoder, EmbeddingAdapter, SentenceEncoder

    out = tmp_path / "embeddings"
    result = CliRunner().invoke(
        app,
        ["train", "embeddings", "--out", str(out), "--epochs", "3", "--sources", "acronyms", "--no-mlflow"],
    )
    assert result.exit_code == 0, result.output
    assert "acronyms" in result.output and (out / "adapter.json").exists()
    adapter = EmbeddingAdapter.load(out / "adapter.npz")
    assert adapter.meta["sources"] == ["acronyms"] and adapter.meta["params"]["epochs"] == 3
    assert AdaptedEncoder(SentenceEncoder(), adapter).name.startswith("all-MiniLM-L6-v2+adapter-")
    bad = CliRunner().invoke(app, ["train", "embeddings", "--out", str(out), "--sources", "corpus"])
    assert bad.exit_code == 2 and "unknown pair source" in bad.output
