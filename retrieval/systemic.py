"""Systemic issues: the same lesson repeated across areas, and the same action promised by one agency in
several areas.

Near-identical recommendations (cosine of their embeddings >= a threshold) are grouped by greedy leader
clustering (no chaining: every member is near-identical to the leader) and kept when they span at least
``min_areas`` areas; duplicate actions are found the same way on TF-IDF vectors of the actions of each agency.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np

from dhr.errors import ValidationError
from dhr.schema.library import (
    Cluster,
    ClusterMember,
    DuplicateActionGroup,
    DuplicateActionMember,
    SystemicIssues,
)
from retrieval.index import VectorIndex
from retrieval.store import LibraryStore


def systemic_issues(
    store: LibraryStore,
    refresh: Callable[[], VectorIndex],
    *,
    min_areas: int = 3,
    threshold: float = 0.85,
    action_threshold: float = 0.85,
    max_clusters: int = 100,
) -> SystemicIssues:
    """Near-identical recommendations repeated across >= ``min_areas`` areas, and duplicate actions for the
    same agency across areas. ``refresh`` gives the vector index in step with the store (called once the
    arguments are checked)."""
    if min_areas < 2:
        raise ValidationError(f"min_areas must be at least 2, got {min_areas}")
    if not 0.0 < threshold <= 1.0:
        raise ValidationError(f"threshold must be in (0, 1], got {threshold}")
    index = refresh()
    recs = store.recommendations_by_vec_ids(index.ids.tolist()) if len(index) else {}
    ids = [i for i in index.ids.tolist() if i in recs]
    vectors = np.stack([index.vector_of(i) for i in ids]) if ids else np.zeros((0, index.dim), np.float32)
    areas = [(recs[i].csp or "").strip() or "(unknown area)" for i in ids]
    groups = leader_clusters(dense_neighbours(vectors, threshold, index), areas, min_areas)
    clusters: list[Cluster] = []
    for n, (leader, members) in enumerate(groups[:max_clusters], start=1):
        members.sort(key=lambda m: -float(vectors[m] @ vectors[leader]))  # noqa: B023
        lead = recs[ids[leader]]
        member_models = [
            ClusterMember(
                id=recs[ids[m]].id,
                csp=recs[ids[m]].csp,
                text=recs[ids[m]].text,
                similarity=round(float(vectors[m] @ vectors[leader]), 4),
            )
            for m in members
        ]
        clusters.append(
            Cluster(
                id=n,
                representative=lead.text,
                areas=sorted({areas[m] for m in members}),
                size=len(members),
                themes=_common_labels([recs[ids[m]].themes for m in members]),  # type: ignore[arg-type]
                agencies=_common_labels([recs[ids[m]].agencies for m in members]),
                members=member_models,
            )
        )
    return SystemicIssues(clusters=clusters, duplicate_actions=duplicate_actions(store, action_threshold))


def duplicate_actions(store: LibraryStore, threshold: float) -> list[DuplicateActionGroup]:
    """Near-identical actions (TF-IDF cosine >= threshold) for the same agency in different areas.

    Lexical vectors, not the embedding model: duplicate actions share their wording, and this stays fast on
    hundreds of thousands of actions.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    by_agency: dict[str, list[tuple[str, str, str | None, str]]] = defaultdict(list)
    for action_id, rec_id, csp, text, agencies in store.action_rows():
        for agency in agencies:
            by_agency[agency].append((action_id, rec_id, csp, text))
    groups: list[DuplicateActionGroup] = []
    for agency, items in sorted(by_agency.items()):
        areas = [(c or "").strip() or "(unknown area)" for _, _, c, _ in items]
        if len({a.lower() for a in areas}) < 2:
            continue
        try:
            matrix = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit_transform(
                [text for *_, text in items]
            )
        except ValueError:  # no usable words
            continue
        for leader, members in leader_clusters(sparse_neighbours(matrix, threshold), areas, 2):
            members.sort(key=lambda m: (m != leader, m))
            groups.append(
                DuplicateActionGroup(
                    agency=agency,
                    areas=sorted({areas[m] for m in members}),
                    actions=[
                        DuplicateActionMember(
                            action_id=items[m][0],
                            recommendation_id=items[m][1],
                            csp=items[m][2],
                            text=items[m][3],
                        )
                        for m in members
                    ],
                )
            )
    groups.sort(key=lambda g: (-len(g.areas), g.agency))
    return groups


def _common_labels(label_lists: list[list[str]]) -> list[str]:
    counts: dict[str, int] = defaultdict(int)
    for labels in label_lists:
        for label in set(labels):
            counts[label] += 1
    half = len(label_lists) / 2
    return [lab for lab, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n >= half]


def dense_neighbours(
    vectors: np.ndarray,
    threshold: float,
    index: VectorIndex | None = None,
    k: int = 64,
    exact_rows: int = 20_000,
) -> list[np.ndarray]:
    """Rows with cosine >= threshold to each row: exact (blockwise) up to 20k rows, else the index's top-k."""
    n = len(vectors)
    if index is None or n <= exact_rows:
        out: list[np.ndarray] = []
        for start in range(0, n, 1024):
            sims = vectors[start : start + 1024] @ vectors.T
            out.extend(np.nonzero(row >= threshold)[0] for row in sims)
        return out
    row_of = {int(v): i for i, v in enumerate(index.ids)}
    out = []
    for start in range(0, n, 4096):
        scores, found = index.faiss_search(vectors[start : start + 4096], k)
        for srow, frow in zip(scores, found, strict=True):
            out.append(
                np.asarray(
                    [row_of[int(f)] for f, sc in zip(frow, srow, strict=True) if f >= 0 and sc >= threshold]
                )
            )
    return out


def sparse_neighbours(matrix: object, threshold: float) -> list[np.ndarray]:
    """Rows with cosine >= threshold to each row of an L2-normalised sparse matrix (blockwise products)."""
    n = matrix.shape[0]  # type: ignore[attr-defined]
    out: list[np.ndarray] = []
    transposed = matrix.T.tocsc()  # type: ignore[attr-defined]
    for start in range(0, n, 1024):
        block = (matrix[start : start + 1024] @ transposed).tocsr()  # type: ignore[index]
        for row in range(block.shape[0]):
            lo, hi = block.indptr[row], block.indptr[row + 1]
            cols, vals = block.indices[lo:hi], block.data[lo:hi]
            out.append(cols[vals >= threshold])
    return out


def leader_clusters(
    neighbours: list[np.ndarray], areas: Sequence[str], min_areas: int
) -> list[tuple[int, list[int]]]:
    """Greedy leader clustering over near-duplicate lists; keeps groups spanning >= ``min_areas`` areas.

    The item with most near-duplicates leads; it and its unassigned neighbours form a group (no chaining: every
    member is near-identical to the leader). Returns ``[(leader_row, member_rows)]``, most areas first.
    """
    n = len(neighbours)
    if n == 0:
        return []
    order = sorted(range(n), key=lambda i: -len(neighbours[i]))
    assigned = np.zeros(n, dtype=bool)
    out: list[tuple[int, list[int]]] = []
    for leader in order:
        if assigned[leader] or len(neighbours[leader]) < min_areas:
            continue
        members = [int(m) for m in neighbours[leader] if not assigned[m]]
        if leader not in members:
            members.insert(0, leader)
        if len({areas[m].lower() for m in members}) < min_areas:
            continue
        assigned[members] = True
        out.append((leader, members))
    out.sort(key=lambda g: (-len({areas[m].lower() for m in g[1]}), -len(g[1])))
    return out
