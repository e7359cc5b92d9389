"""A saved BM25 index is read and scored with numpy alone (no scipy import for a one-shot ``dhr search``), with
scores equal to the bit to scipy's sparse product, over one block and after copy-on-write updates."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import numpy as np

from retrieval.lexical import BM25, _scipy_csc, tokenize

WORDS = (
    "police officers training coercive control gp practice routine enquiry housing idva marac referral "
    "children social care safeguarding risk assessment multi agency probation substance misuse health"
).split()


def _docs(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 30))) for _ in range(n)]


def _scipy_scores(bm: BM25, query: str) -> np.ndarray:
    """The product as it was computed before: scipy's column slice times the idf vector, block by block."""
    out = np.zeros(len(bm.ids), dtype=np.float32)
    cols = sorted({bm.vocab[t] for t in tokenize(query, thesaurus=bm.thesaurus) if t in bm.vocab})
    if not cols:
        return out
    df = bm._df[cols]
    idf = np.log(1.0 + (bm._n_alive - df + 0.5) / (df + 0.5)).astype(np.float32)
    columns = np.asarray(cols, dtype=np.int64)
    base = 0
    for block, saturated in zip(bm._blocks, bm._saturate(), strict=True):
        matrix = _scipy_csc(saturated)
        inside = columns < matrix.shape[1]
        if inside.any():
            out[base : base + block.n] += matrix[:, columns[inside]] @ idf[inside]
        base += block.n
    out[~bm._alive] = 0.0
    return out


def test_scores_equal_scipys_product_to_the_bit(tmp_path: Path) -> None:
    docs = _docs(3000)
    fitted = BM25().fit(range(3000), docs)
    fitted.save(tmp_path / "lexical.npz")
    loaded, _ = BM25.load(tmp_path / "lexical.npz")
    updated = loaded.updated(range(3000, 3050), _docs(50, seed=4), remove_ids=range(10))
    assert updated.blocks == 2
    queries = [*_docs(40, seed=5), "police training on coercive control", "nothing known here"]
    for bm in (fitted, loaded, updated):
        for query in queries:
            assert np.array_equal(bm.scores(query), _scipy_scores(bm, query)), query
    assert np.array_equal(loaded.scores(queries[0]), fitted.scores(queries[0]))


def test_loading_and_scoring_a_saved_index_does_not_import_scipy(tmp_path: Path) -> None:
    BM25().fit(range(200), _docs(200)).save(tmp_path / "lexical.npz")
    code = (
        "import sys\nfrom retrieval.lexical import BM25\n"
        f"bm, _ = BM25.load({str(tmp_path / 'lexical.npz')!r})\n"
        "assert bm.scores('police training').any()\n"
        "print('scipy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_damaged_index_is_a_corrupt_error_at_load(tmp_path: Path) -> None:
    import pytest

    from retrieval.lexical import LexicalCorruptError

    path = tmp_path / "lexical.npz"
    BM25().fit(range(50), _docs(50)).save(path)
    with np.load(path) as data:
        arrays = {k: data[k] for k in data.files}
    arrays["indices"] = arrays["indices"] + 10_000  # rows past the end
    np.savez(path, **arrays)
    with pytest.raises(LexicalCorruptError):
        BM25.load(path)
