"""The mixed-precision query graph (int8 but the FFN down-projections): shipped, chosen by 'auto', close to fp32,
falls back to fp32 in an export that lacks it. The exporter's side: tests/training/test_export_onnx.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

# own words; one blank, one acronym, one truncated at 256 word pieces
QUERIES = [
    "",
    "IDVA",
    "ambulance crews missed signs of non-fatal strangulation",
    "probation supervision " * 200,
    "children's social care assessment when the mother disclosed threats",
    "mental health trust did not share the risk with the GP surgery",
]


@pytest.fixture(scope="module")
def fp32():  # type: ignore[no-untyped-def]
    from encoder.minilm import OnnxEncoder

    return OnnxEncoder(query_precision="fp32")


def test_mixed_graph_is_shipped_small_and_checked() -> None:
    from encoder.minilm import AUTO_QUERY_PRECISION, GRAPHS, MANIFEST, MIXED_GRAPH, SHIPPED_DIR

    assert AUTO_QUERY_PRECISION == "mixed" and GRAPHS["mixed"] == MIXED_GRAPH
    assert (SHIPPED_DIR / MIXED_GRAPH).stat().st_size < 10_000_000  # int8 weights inside, fp32 ones mapped
    manifest = json.loads((SHIPPED_DIR / MANIFEST).read_text())
    mapped = {key for key, _ in manifest["external"][MIXED_GRAPH].values()}
    # the six down-projections stay fp32 and come from the weights package; no other MatMul weight does
    weights = {k for k in mapped if k.endswith(".weight") and ".dense." in k}
    assert weights == {f"encoder.layer.{i}.output.dense.weight" for i in range(6)}
    assert manifest["check"]["mixed_min_cosine"] >= 0.98


def test_mixed_queries_stay_closer_to_fp32_than_int8(fp32) -> None:  # type: ignore[no-untyped-def]
    from encoder.minilm import OnnxEncoder

    reference = fp32.encode_batch(QUERIES)
    mixed = OnnxEncoder(query_precision="mixed")
    got = np.vstack([mixed.encode_queries([q]) for q in QUERIES])
    assert mixed.query_precision == "mixed" and got.dtype == np.float32
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    cos_mixed = np.sum(got * reference, axis=1)
    int8 = OnnxEncoder(query_precision="int8")
    cos_int8 = np.sum(np.vstack([int8.encode_queries([q]) for q in QUERIES]) * reference, axis=1)
    assert cos_mixed.min() >= 0.985 and cos_mixed.mean() > cos_int8.mean()
    # a query batched with others (the QueryBatcher) gets the vector it gets alone; documents never take this graph
    assert np.abs(mixed.encode_queries(QUERIES) - got).max() < 1e-6
    assert np.abs(mixed.encode_batch(QUERIES) - reference).max() < 1e-6


def test_auto_falls_back_to_fp32_in_an_export_without_the_mixed_graph(tmp_path: Path) -> None:
    from encoder.minilm import MIXED_GRAPH, SHIPPED_DIR, OnnxEncoder

    folder = tmp_path / "encoder"
    shutil.copytree(SHIPPED_DIR, folder)
    auto = OnnxEncoder(folder, query_precision="auto")
    auto.encode_queries(["x"])
    assert auto.query_precision == "mixed"
    (folder / MIXED_GRAPH).unlink()  # an export made before the mixed graph existed
    older = OnnxEncoder(folder, query_precision="auto")
    older.encode_queries(["x"])
    assert older.query_precision == "fp32"


def test_unknown_precision_names_every_choice() -> None:
    from dhr.errors import ModelNotAvailableError
    from encoder.minilm import OnnxEncoder

    with pytest.raises(ModelNotAvailableError, match="auto, fp32, int8, mixed"):
        OnnxEncoder(query_precision="int4")


def test_settings_accept_mixed(monkeypatch: pytest.MonkeyPatch) -> None:
    from dhr.settings import Settings

    monkeypatch.setenv("DHR_QUERY_PRECISION", "mixed")
    assert Settings().query_precision == "mixed"
