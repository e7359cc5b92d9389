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


def _adapter_file(path: Path, dim: int = 16, rank: int = 4, seed: int = 0) -> Path:
    import json

    rng = np.random.default_rng(seed)
    np.savez(
        path,
        A=rng.normal(size=(dim, rank)).astype(np.float32),
        B=rng.normal(size=(rank, dim)).astype(np.float32),
        meta=np.asarray(json.dumps({"base_model": "hash-bow"})),
    )
    return path


def test_adapter_applies_a_normalised_residual_and_names_the_encoder(tmp_path: Path) -> None:
    from retrieval.embeddings import AdaptedEncoder, EmbeddingAdapter

    adapter = EmbeddingAdapter.load(_adapter_file(tmp_path / "a.npz"))
    base = HashEncoder(dim=16)
    enc = AdaptedEncoder(base, adapter)
    assert enc.name.startswith("hash-bow+adapter-") and enc.dim == 16
    v = base.encode_batch(["police risk"])
    expected = v + (v @ adapter.a) @ adapter.b
    expected /= np.linalg.norm(expected)
    assert np.allclose(enc.encode_batch(["police risk"]), expected, atol=1e-6)
    assert np.allclose(adapter.apply(v[0]), expected[0], atol=1e-6)
    identity = EmbeddingAdapter(np.zeros((16, 2)), np.zeros((2, 16)))
    assert np.allclose(identity.apply(v), v)


def test_adapted_encoder_caches_base_vectors_under_the_base_name(tmp_path: Path) -> None:
    from retrieval.embeddings import AdaptedEncoder, EmbeddingAdapter

    base = CountingEncoder()
    cache = EmbeddingCache(tmp_path / "emb.sqlite")
    stock = encode(["x y", "z"], encoder=base, cache=cache)
    adapted = AdaptedEncoder(base, EmbeddingAdapter.load(_adapter_file(tmp_path / "a.npz")))
    out = encode(["z", "x y"], encoder=adapted, cache=cache)
    assert base.calls == 2  # switching the adapter on re-embeds nothing
    assert np.allclose(out, adapted.adapter.apply(stock[::-1]))
    assert encode("z", encoder=adapted, cache=cache).shape == (16,)


def test_bad_adapter_files_give_one_clear_error(tmp_path: Path) -> None:
    from dhr.errors import ModelNotAvailableError
    from retrieval.embeddings import AdaptedEncoder, EmbeddingAdapter, adapter_path

    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(ModelNotAvailableError, match="cannot read the embedding adapter"):
        EmbeddingAdapter.load(tmp_path / "junk.npz")
    with pytest.raises(ModelNotAvailableError, match="bad shapes"):
        EmbeddingAdapter(np.zeros((16, 4)), np.zeros((3, 16)))
    with pytest.raises(ModelNotAvailableError, match="16-d"):
        AdaptedEncoder(HashEncoder(dim=32), EmbeddingAdapter.load(_adapter_file(tmp_path / "a.npz")))
    with pytest.raises(ModelNotAvailableError, match="not found"):
        adapter_path(str(tmp_path / "missing.npz"))
    assert adapter_path("none") is None
    assert adapter_path(str(tmp_path / "a.npz")) == tmp_path / "a.npz"


def test_auto_adapter_follows_the_models_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dhr.settings import get_settings
    from retrieval.embeddings import adapter_path

    monkeypatch.setenv("DHR_MODELS_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        assert adapter_path("auto") is None  # no file: the stock model
        (tmp_path / "embeddings").mkdir()
        _adapter_file(tmp_path / "embeddings" / "adapter.npz")
        assert adapter_path("auto") == tmp_path / "embeddings" / "adapter.npz"
    finally:
        get_settings.cache_clear()


def test_shipped_adapter_is_small_and_loads() -> None:
    from retrieval.embeddings import DIM, EmbeddingAdapter

    path = Path(__file__).resolve().parents[2] / "models" / "embeddings" / "adapter.npz"
    if not path.exists():
        pytest.skip("no adapter trained (dhr train embeddings)")
    assert path.stat().st_size < 1_000_000
    adapter = EmbeddingAdapter.load(path)
    assert adapter.dim == DIM and adapter.meta.get("base_model") == "all-MiniLM-L6-v2"
