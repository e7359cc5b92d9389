"""The encode facade: shapes, normalisation, cache by text hash; the real MiniLM model once (slow)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.embeddings import EmbeddingCache, HashEncoder, encode
from retrieval.lexical import BM25, stem, tokenize
from retrieval.thesaurus import concepts_in, expand_query


class CountingEncoder(HashEncoder):
    def __init__(self) -> None:
        super().__init__(dim=16)
        self.calls = 0

    def encode_batch(self, texts):  # type: ignore[no-untyped-def]
        self.calls += len(texts)
        return super().encode_batch(texts)


def test_encode_shapes_and_normalisation() -> None:
    enc = HashEncoder(dim=16)
    one = encode("police risk assessment", encoder=enc)
    many = encode(["a b", "c d", "a b"], encoder=enc)
    assert one.shape == (16,) and many.shape == (3, 16) and many.dtype == np.float32
    assert np.allclose(np.linalg.norm(many, axis=1), 1.0)
    assert np.array_equal(many[0], many[2])


def test_cache_avoids_recomputing(tmp_path: Path) -> None:
    enc = CountingEncoder()
    cache = EmbeddingCache(tmp_path / "emb.sqlite")
    first = encode(["x y", "z"], encoder=enc, cache=cache)
    second = encode(["z", "x y"], encoder=enc, cache=EmbeddingCache(tmp_path / "emb.sqlite"))
    assert enc.calls == 2
    assert np.array_equal(first[0], second[1])


def test_tokenizer_stems_expands_and_adds_concepts() -> None:
    assert stem("assessments") == stem("assessment")
    tokens = tokenize("GPs asked about Clare's Law")
    assert "gp" in tokens and "zzdvds" in tokens and "zzgp" in tokens
    bm25 = BM25().fit([1, 2], ["Domestic Violence Disclosure Scheme awareness", "Housing staff training"])
    scores = bm25.scores("Clare's law")
    assert scores[0] > 0 and scores[1] == 0


def test_thesaurus() -> None:
    # General vocabulary (default): acronyms and agency aliases.
    assert "icb" in concepts_in("the CCG should commission training")
    assert "emergency_dept" in concepts_in("A and E staff")
    assert expand_query("NRPF").startswith("NRPF (")
    assert expand_query("nothing here at all") == "nothing here at all"
    # The earlier, query-tuned vocabulary is still there for the ablation.
    assert "strangulation" in concepts_in("he choked her", "full")
    assert "strangulation" not in concepts_in("he choked her")


@pytest.mark.slow
def test_real_model_loads_once_and_ranks_paraphrases() -> None:
    from retrieval.embeddings import default_encoder

    enc = default_encoder()
    assert enc is default_encoder()
    vectors = encode(
        [
            "GPs should ask patients about domestic abuse.",
            "Doctors in primary care should routinely enquire about abuse at home.",
            "The council should resurface the car park.",
        ],
        encoder=enc,
    )
    assert vectors.shape == (3, 384)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2
