"""The shipped linear models without scikit-learn at run time: TF-IDF and logistic regression in numpy.

scikit-learn's import costs ~0.85 s of CPU per process (it pulls in scipy.stats), more than the rest of a
``dhr extract``. The trained bundle (``classifiers.joblib``, written by ``training/``) holds only
``TfidfVectorizer``/``FeatureUnion`` features and ``LogisticRegression`` models (one per label in
:class:`classification.learned.WeightedOneVsRest`), so :func:`convert_bundle` copies their fitted arrays into the
small classes below, which compute the same numbers the same way:

- TF-IDF: the same analyzers (lower case; word n-grams of the token pattern, or ``char_wb`` n-grams), counts,
  ``log(tf) + 1``, times the idf, then each row divided by its L2 norm summed in index order, as scikit-learn's
  CSR kernel does;
- logistic regression: the dot product accumulated over the row's non-zero features in column order (scipy's
  CSR kernel, here ``cumsum``) plus the intercept; softmax for several classes, the logistic function for two.

Sparse rows are :class:`Rows` (indices and values per row), which is all the models need. The converted bundle is
what ``classification.classifier`` caches; a bundle with anything else is left as it is (and needs sklearn).
``tests/classification/test_linear.py`` compares every task's probabilities with scikit-learn's.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np


class Rows:
    """A sparse matrix as rows of (column indices ascending, values): what the linear models read."""

    def __init__(self, rows: list[tuple[np.ndarray, np.ndarray]], n_cols: int) -> None:
        self.rows = rows
        self.n_cols = n_cols

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.rows), self.n_cols)

    def __getitem__(self, idx: Any) -> Rows:
        """Row selection by a list of row numbers (``x[idx]``, as the classifier takes the national rows)."""
        picked = [self.rows[int(i)] for i in np.atleast_1d(np.asarray(idx))]
        return Rows(picked, self.n_cols)

    @staticmethod
    def hstack(parts: list[Rows]) -> Rows:
        """Side by side (FeatureUnion, or the TF-IDF with the embeddings), columns offset as ``scipy.hstack``."""
        n = parts[0].shape[0]
        rows: list[tuple[np.ndarray, np.ndarray]] = []
        for i in range(n):
            offset = 0
            idx, val = [], []
            for part in parts:
                pi, pv = part.rows[i]
                idx.append(pi + offset)
                val.append(pv)
                offset += part.n_cols
            rows.append((np.concatenate(idx), np.concatenate(val)))
        return Rows(rows, sum(p.n_cols for p in parts))

    @staticmethod
    def from_dense(x: np.ndarray) -> Rows:
        """A dense matrix (the embeddings) as rows; exact zeros left out, as ``csr_matrix`` does."""
        x = np.asarray(x, dtype=np.float64)
        rows = []
        for r in x:
            nz = np.flatnonzero(r)
            rows.append((nz.astype(np.int64), r[nz]))
        return Rows(rows, x.shape[1])


@dataclass
class Tfidf:
    """A fitted ``TfidfVectorizer`` (lower case, no stop words or accent stripping, L2 norm)."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    analyzer: str  # "word" or "char_wb"
    ngram_range: tuple[int, int]
    token_pattern: str
    sublinear_tf: bool

    def __post_init__(self) -> None:
        self._token_rx = re.compile(self.token_pattern)

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._token_rx = re.compile(self.token_pattern)

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_token_rx"}

    def _features(self, doc: str) -> list[str]:
        doc = doc.lower()
        lo, hi = self.ngram_range
        if self.analyzer == "char_wb":
            out: list[str] = []
            for w in _WHITE.sub(" ", doc).split():
                w = " " + w + " "
                w_len = len(w)
                for n in range(lo, hi + 1):
                    offset = 0
                    out.append(w[offset : offset + n])
                    while offset + n < w_len:
                        offset += 1
                        out.append(w[offset : offset + n])
                    if offset == 0:  # a short word counted once, as scikit-learn does
                        break
            return out
        tokens = self._token_rx.findall(doc)
        if hi == 1:
            return tokens
        grams = list(tokens) if lo == 1 else []
        for n in range(max(lo, 2), min(hi + 1, len(tokens) + 1)):
            grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        return grams

    @property
    def n_features(self) -> int:
        return len(self.idf)

    def transform(self, docs: list[str]) -> Rows:
        rows = []
        vocab = self.vocabulary
        for doc in docs:
            counts = Counter(j for f in self._features(doc) if (j := vocab.get(f)) is not None)
            idx = np.fromiter(sorted(counts), dtype=np.int64, count=len(counts))
            val = np.array([counts[int(j)] for j in idx], dtype=np.float64)
            if self.sublinear_tf:
                np.log(val, val)
                val += 1.0
            val *= self.idf[idx]
            total = 0.0
            for v in val.tolist():  # summed in index order, as sklearn's CSR row normaliser
                total += v * v
            if total != 0.0:
                val /= np.sqrt(total)
            rows.append((idx, val))
        return Rows(rows, self.n_features)


_WHITE = re.compile(r"\s\s+")


@dataclass
class Union:
    """A fitted ``FeatureUnion`` of TF-IDF parts (no transformer weights): the parts side by side."""

    parts: list[Tfidf]

    def transform(self, docs: list[str]) -> Rows:
        return Rows.hstack([p.transform(docs) for p in self.parts])


@dataclass
class Logistic:
    """A fitted ``LogisticRegression``: ``classes_``, ``decision_function`` and ``predict_proba``."""

    coef: np.ndarray  # (n_classes or 1, n_features)
    intercept: np.ndarray
    classes_: np.ndarray

    def decision_function(self, x: Rows) -> np.ndarray:
        out = np.empty((x.shape[0], self.coef.shape[0]), dtype=np.float64)
        for r, (idx, val) in enumerate(x.rows):
            if len(idx):
                # accumulated feature by feature in column order, as scipy's CSR x dense kernel does
                out[r] = np.cumsum(self.coef[:, idx] * val, axis=1)[:, -1]
            else:
                out[r] = 0.0
        out += self.intercept
        return out[:, 0] if out.shape[1] == 1 else out

    def predict_proba(self, x: Rows) -> np.ndarray:
        d = self.decision_function(x)
        if d.ndim == 1:
            # scipy.special.expit's formula with the C library's exp (numpy's SIMD exp can differ in the last bit)
            p = np.array([_expit(v) for v in d.tolist()], dtype=np.float64)
            return np.stack([1 - p, p], axis=1)
        d = d - d.max(axis=1).reshape((-1, 1))
        np.exp(d, out=d)
        d /= d.sum(axis=1).reshape((-1, 1))
        return d


def _expit(v: float) -> float:
    try:
        return 1.0 / (1.0 + math.exp(-v))
    except OverflowError:  # exp(-v) past the float range: 1 / (1 + inf)
        return 0.0


# ------------------------------------------------------------------------------------------------- conversion
class NotConvertible(ValueError):
    """A part of the bundle that these classes do not reproduce (it stays a scikit-learn object)."""


def _tfidf(v: Any) -> Tfidf:
    if type(v).__name__ != "TfidfVectorizer":
        raise NotConvertible(type(v).__name__)
    p = v.get_params()
    plain = (
        p["lowercase"]
        and p["strip_accents"] is None
        and p["stop_words"] is None
        and p["tokenizer"] is None
        and p["preprocessor"] is None
        and p["norm"] == "l2"
        and p["use_idf"]
        and not p["binary"]
        and p["analyzer"] in ("word", "char_wb")
        and p["input"] == "content"
        and p["dtype"] is np.float64
    )
    if not plain:
        raise NotConvertible(f"TfidfVectorizer with {p}")
    vocab = {str(k): int(j) for k, j in v.vocabulary_.items()}
    return Tfidf(
        vocab,
        np.asarray(v.idf_, dtype=np.float64),
        p["analyzer"],
        tuple(p["ngram_range"]),
        p["token_pattern"],
        bool(p["sublinear_tf"]),
    )


def _features(v: Any) -> Tfidf | Union:
    if type(v).__name__ == "FeatureUnion":
        if v.transformer_weights:
            raise NotConvertible("weighted FeatureUnion")
        return Union([_tfidf(t) for _, t in v.transformer_list])
    return _tfidf(v)


def _logistic(m: Any) -> Logistic:
    if type(m).__name__ != "LogisticRegression":
        raise NotConvertible(type(m).__name__)
    return Logistic(np.asarray(m.coef_, dtype=np.float64), np.asarray(m.intercept_), np.asarray(m.classes_))


def _model(m: Any) -> Any:
    if type(m).__name__ == "WeightedOneVsRest":
        from classification.learned import WeightedOneVsRest

        out = WeightedOneVsRest(m.c, m.seed)
        out.models = [x if isinstance(x, float) else _logistic(x) for x in m.models]
        return out
    return _logistic(m)


_FEATURE_KEYS = ("vectorizer", "word_vectorizer", "char_vectorizer")


def convert_bundle(bundle: dict[str, Any]) -> dict[str, Any]:
    """A copy of the trained bundle with every vectorizer and model replaced by the numpy classes here; raises
    :class:`NotConvertible` when one is of another kind."""
    out: dict[str, Any] = {}
    for key, value in bundle.items():
        if key == "tfidf_vectorizer" and value is not None:
            out[key] = _features(value)
        elif isinstance(value, dict) and "kind" in value:
            task = dict(value)
            for k in _FEATURE_KEYS:
                if task.get(k) is not None:
                    task[k] = _features(task[k])
            for k in ("model", "main_model"):
                if task.get(k) is not None:
                    task[k] = _model(task[k])
            out[key] = task
        else:
            out[key] = value
    return out


def is_numpy_features(v: Any) -> bool:
    return isinstance(v, (Tfidf, Union))
