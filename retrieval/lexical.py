"""Lexical scoring: Okapi BM25 over the stored recommendation texts.

Built in memory from the store (so it works the same over SQLite and PostgreSQL), as a sparse document-term
matrix with BM25 weights: a query's scores for every document are one sparse product. The tokenizer lowercases,
drops stop words, light-stems English suffixes and expands the acronyms chairs use (GP, IDVA, MARAC, ...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

_TOKEN = re.compile(r"[a-z0-9]+")

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once
    only or other our ours out over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up upon very was we were what when where which while who
    whom why will with would you your yours ensure ensures must should shall""".split()
)

#: Acronyms and their spelled-out forms both index to the same tokens.
EXPANSIONS: dict[str, str] = {
    "gp": "general practitioner gp",
    "gps": "general practitioner gp",
    "idva": "independent domestic violence advocate idva",
    "idvas": "independent domestic violence advocate idva",
    "marac": "multi agency risk assessment conference marac",
    "mash": "multi agency safeguarding hub mash",
    "dash": "dash risk assessment checklist",
    "csp": "community safety partnership csp",
    "dhr": "domestic homicide review dhr",
    "dhrs": "domestic homicide review dhr",
    "dvds": "domestic violence disclosure scheme clare law dvds",
    "icb": "integrated care board icb",
    "asc": "adult social care",
    "da": "domestic abuse",
    "dv": "domestic violence",
    "a&e": "accident emergency",
    "ae": "accident emergency",
    "ed": "emergency department",
}


def stem(token: str) -> str:
    """A light English suffix stripper (plurals, -ing, -ed, -ation...), enough to match word forms."""
    if len(token) <= 3 or token.isdigit():
        return token
    for suffix, repl in (
        ("ational", "ate"),
        ("isation", "ise"),
        ("ization", "ise"),
        ("ations", "ate"),
        ("ation", "ate"),
        ("ments", ""),
        ("ment", ""),
        ("ness", ""),
        ("ities", ""),
        ("ity", ""),
        ("ings", ""),
        ("ing", ""),
        ("ies", "y"),
        ("ied", "y"),
        ("ised", "ise"),
        ("ized", "ise"),
        ("izes", "ise"),
        ("ises", "ise"),
        ("ize", "ise"),
        ("ed", ""),
        ("es", "e"),
        ("s", ""),
    ):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            token = token[: len(token) - len(suffix)] + repl
            break
    if token.endswith("e") and len(token) > 4:
        token = token[:-1]
    return token


def tokenize(text: str, *, thesaurus: bool = True) -> list[str]:
    """Lowercased, stop-word-free, stemmed tokens, plus one token per thesaurus concept the text mentions."""
    words = _TOKEN.findall(text.lower().replace("a&e", "ae"))
    out: list[str] = []
    for word in words:
        expanded = EXPANSIONS.get(word)
        for part in expanded.split() if expanded else (word,):
            if part not in STOP_WORDS:
                out.append(stem(part))
    if thesaurus:
        from retrieval.thesaurus import concept_tokens

        out.extend(concept_tokens(text))
    return out


class BM25:
    """BM25 scores of a query against a fixed set of documents identified by integer ids."""

    def __init__(self, k1: float = 1.2, b: float = 0.75, *, thesaurus: bool = True) -> None:
        self.k1 = k1
        self.b = b
        self.thesaurus = thesaurus
        self.ids = np.zeros(0, dtype=np.int64)
        self.vocab: dict[str, int] = {}
        self.row_of: dict[int, int] = {}
        self._matrix = None
        self._idf = np.zeros(0, dtype=np.float32)

    def fit(
        self,
        ids: Sequence[int],
        texts: Sequence[str],
        *,
        keys: Sequence[str] | None = None,
        token_cache: dict[str, list[str]] | None = None,
    ) -> BM25:
        """Index the texts under their ids. With ``keys`` (e.g. text hashes) and a ``token_cache`` dict, token
        lists are reused across refits, so refitting after a few additions only tokenizes the new texts."""
        from scipy import sparse

        self.ids = np.asarray(list(ids), dtype=np.int64)
        self.row_of = {int(v): i for i, v in enumerate(self.ids)}
        rows, cols, vals = [], [], []
        lengths = np.zeros(len(texts), dtype=np.float32)
        for row, text in enumerate(texts):
            counts: dict[int, int] = {}
            if token_cache is not None and keys is not None:
                tokens = token_cache.get(keys[row])  # type: ignore[assignment]
                if tokens is None:
                    tokens = token_cache[keys[row]] = tokenize(text, thesaurus=self.thesaurus)
            else:
                tokens = tokenize(text, thesaurus=self.thesaurus)
            lengths[row] = len(tokens)
            for tok in tokens:
                col = self.vocab.setdefault(tok, len(self.vocab))
                counts[col] = counts.get(col, 0) + 1
            rows.extend([row] * len(counts))
            cols.extend(counts.keys())
            vals.extend(counts.values())
        n_docs, n_terms = len(texts), len(self.vocab)
        tf = sparse.csr_matrix(
            (np.asarray(vals, dtype=np.float32), (rows, cols)), shape=(n_docs, n_terms), dtype=np.float32
        )
        df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=n_terms).astype(np.float32)
        self._idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
        avg = float(lengths.mean()) if n_docs else 1.0
        norm = self.k1 * (1 - self.b + self.b * lengths / max(avg, 1e-6))
        tf = tf.tocoo()
        weights = tf.data * (self.k1 + 1) / (tf.data + norm[tf.row]) * self._idf[tf.col]
        self._matrix = sparse.csr_matrix((weights, (tf.row, tf.col)), shape=(n_docs, n_terms)).tocsc()
        return self

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of the query for every document (aligned with ``ids``)."""
        if self._matrix is None or not len(self.ids):
            return np.zeros(0, dtype=np.float32)
        cols = sorted({self.vocab[t] for t in tokenize(query, thesaurus=self.thesaurus) if t in self.vocab})
        if not cols:
            return np.zeros(len(self.ids), dtype=np.float32)
        return np.asarray(self._matrix[:, cols].sum(axis=1)).ravel().astype(np.float32)
