"""training.export_onnx without torch: which MatMuls the mixed graph keeps fp32, and how its weights are mapped
to the weights package (the full export needs the [train] extra and a minute: run it by hand)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest


def _tiny_graph(path: Path, weights: dict[str, np.ndarray]) -> None:
    """x -> MatMul(up) -> Relu -> MatMul(down): initializers renamed and transposed, as torch's exporter does."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    inits = [
        numpy_helper.from_array(np.ascontiguousarray(weights["layer.0.intermediate.weight"].T), "val_1"),
        numpy_helper.from_array(np.ascontiguousarray(weights["layer.0.output.dense.weight"].T), "val_2"),
    ]
    nodes = [
        helper.make_node("MatMul", ["x", "val_1"], ["h"], name="mm_up"),
        helper.make_node("Relu", ["h"], ["r"], name="relu"),
        helper.make_node("MatMul", ["r", "val_2"], ["y"], name="mm_down"),
    ]
    graph = helper.make_graph(
        nodes,
        "tiny",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["n", 16])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["n", 16])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(path))


def test_exporter_keeps_the_named_matmuls_fp32_and_maps_their_weights(tmp_path: Path) -> None:
    onnx = pytest.importorskip("onnx")
    pytest.importorskip("onnxruntime.quantization")
    import re

    from training.export_onnx import _externalise, _quantise

    rng = np.random.default_rng(0)
    weights = {
        "layer.0.intermediate.weight": rng.normal(size=(64, 16)).astype(np.float32),  # torch: (out, in)
        "layer.0.output.dense.weight": rng.normal(size=(16, 64)).astype(np.float32),
    }
    src, dst = tmp_path / "tiny.onnx", tmp_path / "mixed.onnx"
    _tiny_graph(src, weights)
    _quantise(src, dst, weights, keep_fp32=re.compile(r"layer\.\d+\.output\.dense\.weight"))
    ops = {node.name: node.op_type for node in onnx.load(str(dst)).graph.node}
    assert ops["mm_down"] == "MatMul" and "MatMulInteger" in ops.values()
    mapping = _externalise(dst, tmp_path / "out.onnx", weights)
    assert list(mapping.values()) == [["layer.0.output.dense.weight", True]]
    with pytest.raises(RuntimeError, match="no MatMul"):
        _quantise(src, tmp_path / "none.onnx", weights, keep_fp32=re.compile(r"nothing"))
