"""Search on real review text: Recall@10 and nDCG@10 of TF-IDF, plain MiniLM and the shipped search, in one run.

The corpus is every real recommendation of ``annotations/real`` (all splits: a chair searches the whole library;
``annotations.real.load_recommendations``); the queries are ``annotations/real/queries.jsonl``, written the way a
review chair or an analyst types them, each marked with a ``split`` (``dev``: the only queries any setting may be
chosen on; ``test``: written before any tuning, scored at the end) and a ``kind`` (``agency_topic``: names an
agency and a topic, "police training on coercive control"; ``topic``; ``national``: asks to government).

Relevance was judged by reading the recommendations: ``relevant`` (grade 2: about what the query asks),
``partial`` (grade 1: touches it) and ``judged`` (every record read for the query; a record not in it is
unjudged, counted as not relevant). Recall@10 counts ``relevant``; nDCG@10 uses the grades
(``evaluation.retrieval.metrics``). As gatherers add records, ``pool`` lists the unjudged records the systems put
near the top of each query (pooling), to read and judge; ``unjudged_at_10`` says how much of the top 10 is
unjudged.

Systems, all searched with the same per-area diversity cap as a chair gets (at most 3 results of one CSP while
others remain): ``tfidf`` (word 1-2-gram TF-IDF cosine), ``minilm`` (stock all-MiniLM-L6-v2 cosine, no adapter,
no expansion), ``bm25`` / ``dense`` / ``hybrid`` (the library's lexical, dense and hybrid modes with the shipped
defaults, the search adapter included), ``hybrid_stock`` (hybrid on stock MiniLM) and ``hybrid_no_qu`` (hybrid
without the query-understanding boosts). Record labels are the gold ones by default (``labels='gold'``) or the
classifier's (``'predicted'``: what the library holds for a report extracted without a human check).

``--distractors`` adds the team's own retrieval corpus (~270 records, never judged for these queries) as
background: a stress check of whether the real relevant records stay on top in a larger library. Many of those
records answer the queries too and count as misses, so its figures are pessimistic (nDCG most), not a target.

``python -m evaluation.real_retrieval --split dev`` (``--labels predicted``, ``--tune``, ``--distractors``,
``--corpus-splits dev test``, ``--pool 15``, ``--out FILE``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from dhr.errors import InputError
from dhr.settings import Settings, get_settings
from evaluation.retrieval import K, load_queries, metrics

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "annotations" / "real" / "queries.jsonl"
QUERY_SPLITS = ("dev", "test")
KINDS = ("agency_topic", "topic", "national")
LABELS = ("gold", "predicted")
#: At most this many results of one area while others remain: the library's default for a chair's search.
PER_AREA_CAP = 3

Ranker = Callable[[str], list[str]]


# ------------------------------------------------------------------------------------------------ data


def library_records(labels: str = "gold", items: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """The real recommendations as records-JSONL lines of the library (``LibraryRecord``).

    A record's review is its ``review`` name or its source address (one report each); labels not in the
    taxonomy are dropped (a gatherer's typo must not stop the run). With ``labels='predicted'`` the
    classifier labels every text instead (what the library holds for an unchecked extraction).
    """
    from annotations.real import load_recommendations
    from dhr.taxonomy import load_taxonomy

    if labels not in LABELS:
        raise InputError(f"labels must be one of {', '.join(LABELS)}, got {labels!r}")
    taxonomy = load_taxonomy()
    agencies_ok, themes_ok = set(taxonomy.agency_ids), set(taxonomy.theme_ids)
    levels_ok = set(taxonomy.level_ids)
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for item in load_recommendations() if items is None else items:
        rid = str(item["id"])
        if rid in seen:  # two gatherers with one id: the first kept, as the loader keeps the first text
            continue
        seen.add(rid)
        record: dict[str, Any] = {
            "id": rid,
            "text": item["text"],
            "csp": item["csp"],
            "review": item.get("review") or item.get("source_url") or None,
        }
        if labels == "gold":
            record["agencies"] = [a for a in item.get("agencies") or [] if a in agencies_ok]
            record["themes"] = [t for t in item.get("themes") or [] if t in themes_ok]
            if item.get("level") in levels_ok:
                record["level"] = item["level"]
        out.append(record)
    if labels == "predicted":
        _predict_labels(out)
    return out


def _predict_labels(records: list[dict[str, Any]]) -> None:
    from retrieval.ingest import load_labeler

    labeler = load_labeler()
    if labeler is None:
        raise InputError("labels='predicted' needs the classifier (models/classifiers); train it first")
    found = labeler([(r["id"], r["text"], None) for r in records])
    for record in records:
        lab = found[record["id"]]
        record.update(agencies=lab.agencies, themes=lab.themes, level=lab.level)


def background_records(labels: str = "gold", exclude: Collection[str] = ()) -> list[dict[str, Any]]:
    """The team's retrieval corpus (``annotations/retrieval``) as background records, ids prefixed ``bg-``,
    with their own labels or (``labels='predicted'``) the classifier's."""
    from evaluation.retrieval import ANNOTATIONS, DEFAULT_CORPORA

    out = []
    for name in DEFAULT_CORPORA:
        for line in (ANNOTATIONS / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                record["id"] = f"bg-{record['id']}"
                if record["id"] not in exclude:
                    out.append(record)
    if labels == "predicted":
        _predict_labels(out)
    return out


def real_queries(
    path: Path = QUERIES, *, split: str | None = None, corpus_ids: set[str] | None = None
) -> tuple[list[dict[str, Any]], int]:
    """The queries of ``split`` (all when None) with judgements restricted to the records present; returns
    them and how many were left out because none of their relevant records is in the corpus now."""
    items = load_queries(path)
    out: list[dict[str, Any]] = []
    dropped = 0
    for item in items:
        if item.get("split") not in QUERY_SPLITS:
            raise InputError(f"{path}: query {item.get('id')!r} needs split dev or test")
        if split not in (None, "all") and item["split"] != split:
            continue
        if corpus_ids is not None:
            item = {
                **item,
                "relevant": [i for i in item["relevant"] if i in corpus_ids],
                "partial": [i for i in item.get("partial", []) if i in corpus_ids],
            }
            if not item["relevant"]:
                dropped += 1
                continue
        out.append(item)
    return out, dropped


# -------------------------------------------------------------------------------------------- rankers


def cap_by_area(ranked: Sequence[str], area_of: dict[str, str], k: int, cap: int | None) -> list[str]:
    """The first ``k`` of ``ranked`` with at most ``cap`` of one area while others remain (the rule of
    ``Library._hits``), so that rankers outside the library are scored on the same terms."""
    if not cap:
        return list(ranked[:k])
    chosen: list[str] = []
    held: list[str] = []
    per_area: dict[str, int] = defaultdict(int)
    for rid in ranked[: max(k * 5, 50)]:
        area = area_of.get(rid, "")
        if per_area[area] < cap:
            per_area[area] += 1
            chosen.append(rid)
        else:
            held.append(rid)
        if len(chosen) >= k:
            break
    if len(chosen) < k:
        position = {rid: n for n, rid in enumerate(ranked)}
        chosen = sorted(chosen + held[: k - len(chosen)], key=position.__getitem__)
    return chosen


def tfidf_ranker(records: list[dict[str, Any]]) -> Callable[[str], list[str]]:
    """Word 1-2-gram TF-IDF (sublinear tf, English stop words) cosine ranking of every record."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectoriser = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, stop_words="english")
    matrix = vectoriser.fit_transform([r["text"] for r in records])
    ids = [r["id"] for r in records]

    def rank(query: str) -> list[str]:
        scores = (matrix @ vectoriser.transform([query]).T).toarray().ravel()
        order = sorted(range(len(ids)), key=lambda i: (-scores[i], i))
        return [ids[i] for i in order if scores[i] > 0]

    return rank


def _no_query_understanding(params: Any) -> Any:
    """The fusion parameters with every query-understanding boost off."""
    off = {name: 0.0 for name in ("agency_boost", "theme_boost", "level_boost") if hasattr(params, name)}
    return replace(params, **off)


# ------------------------------------------------------------------------------------------ evaluation


def _score(
    rankers: dict[str, Ranker], queries: list[dict[str, Any]], area_of: dict[str, str], cap: int | None
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, rank in rankers.items():
        groups: dict[str, list[dict[str, float]]] = defaultdict(list)
        for item in queries:
            top = cap_by_area(rank(item["query"]), area_of, K, cap)
            row = metrics(top, set(item["relevant"]), partial=set(item.get("partial", [])))
            judged = set(item.get("judged", [])) | set(item["relevant"]) | set(item.get("partial", []))
            row["unjudged_at_10"] = sum(1 for r in top if r not in judged) / K
            for group in ("all", item["split"], item.get("kind") or "unknown"):
                groups[group].append(row)
        out[name] = {
            group: {key: round(sum(r[key] for r in rows) / len(rows), 4) for key in rows[0]}
            | {"n": len(rows)}
            for group, rows in groups.items()
        }
    return out


def evaluate_retrieval(
    *,
    split: str = "dev",
    labels: str = "gold",
    queries_path: Path = QUERIES,
    records: list[dict[str, Any]] | None = None,
    variants: dict[str, Any] | None = None,
    per_area_cap: int | None = PER_AREA_CAP,
    settings: Settings | None = None,
    encoder: Any = None,
    pool_depth: int = 0,
    corpus_splits: Sequence[str] | None = None,
    distractors: bool = False,
) -> dict[str, Any]:
    """Score every system on the real queries of ``split`` ('dev', 'test' or 'all').

    Args:
        records: library records (default: :func:`library_records` with ``labels``).
        variants: extra hybrid settings to score, ``{name: FusionParams}`` (tuning on dev).
        encoder: the shipped encoder (default: the library's, with the search adapter when present); its
            ``base`` (stock MiniLM) gives ``minilm`` and ``hybrid_stock``.
        pool_depth: when > 0, also list each query's unjudged records in the top ``pool_depth`` of any system.
        corpus_splits: keep only records of these CSP splits (e.g. ``('dev', 'test')`` to score a model fitted
            on the ``train`` records without them in the library).
        distractors: add the team's own retrieval corpus (``annotations/retrieval``, ~270 records written by
            the team, never judged for these queries) as background, for a library closer to real size: the
            figures then say whether the real relevant records stay on top among many more.
    Returns:
        ``{"systems": {name: {group: {recall_at_10, ndcg_at_10, mrr, unjudged_at_10, n}}}, ...}``.
    """
    from retrieval.embeddings import default_encoder
    from retrieval.ingest import add_paths
    from retrieval.library import Library
    from retrieval.params import DEFAULT_FUSION

    settings = settings or get_settings()
    records = library_records(labels) if records is None else records
    if corpus_splits is not None:
        from annotations.real import split_of

        records = [r for r in records if split_of(r["csp"]) in set(corpus_splits)]
    corpus_ids = {r["id"] for r in records}
    if distractors:
        records = records + background_records(labels, exclude=corpus_ids)
    corpus_ids = {r["id"] for r in records}
    queries, dropped = real_queries(queries_path, split=split, corpus_ids=corpus_ids)
    if not queries:
        raise InputError(f"no {split} queries with a relevant record in the corpus")
    area_of = {r["id"]: r["csp"].strip().lower() for r in records}
    start = time.perf_counter()
    encoder = encoder if encoder is not None else default_encoder(settings.embedding_model)
    base = getattr(encoder, "base", encoder)
    with tempfile.TemporaryDirectory(prefix="dhr-eval-real-") as tmp:
        corpus = Path(tmp) / "records.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        lib_settings = settings.model_copy(update={"database_url": None, "library_dir": Path(tmp)})
        libraries = []
        for name, enc in (("shipped", encoder), ("stock", base)):
            library = Library.open(Path(tmp) / name, settings=lib_settings, encoder=enc)
            report = add_paths(library, [corpus], labeler=None)
            if report.errors:
                raise InputError(f"real corpus has bad records: {report.errors[0]}")
            library.refresh()
            libraries.append(library)
        shipped, stock = libraries
        plain = replace(_no_query_understanding(DEFAULT_FUSION), expand_queries=False, prf=0)

        def lib_ranker(library: Any, mode: str, params: Any = None) -> Ranker:
            # The cap is applied by cap_by_area on every system alike, so the library ranks without it.
            return lambda q: [
                h.id for h in library.search(q, k=50, mode=mode, fusion=params, per_area_cap=None)
            ]

        rankers: dict[str, Ranker] = {
            "tfidf": tfidf_ranker(records),
            "minilm": lib_ranker(stock, "dense", plain),
            "bm25": lib_ranker(shipped, "lexical"),
            "dense": lib_ranker(shipped, "dense"),
            "hybrid": lib_ranker(shipped, "hybrid"),
            "hybrid_stock": lib_ranker(stock, "hybrid"),
            "hybrid_no_qu": lib_ranker(shipped, "hybrid", _no_query_understanding(DEFAULT_FUSION)),
        }
        for name, params in (variants or {}).items():
            rankers[f"variant_{name}"] = lib_ranker(shipped, "hybrid", params)
        result: dict[str, Any] = {
            "split": split,
            "labels": labels,
            "records": len(records),
            "areas": len(set(area_of.values())),
            "queries": len(queries),
            "queries_dropped_no_relevant_in_corpus": dropped,
            "queries_per_kind": {k: sum(1 for q in queries if q.get("kind") == k) for k in KINDS},
            "encoder": encoder.name,
            "per_area_cap": per_area_cap,
            "corpus_splits": list(corpus_splits) if corpus_splits is not None else "all",
            "distractors": distractors,
            "systems": _score(rankers, queries, area_of, per_area_cap),
            "understanding_ms": understanding_cost([q["query"] for q in queries]),
        }
        if pool_depth > 0:
            result["pool"] = _pool(rankers, queries, records, pool_depth)
        for library in libraries:
            library.close()
    result["seconds"] = round(time.perf_counter() - start, 1)
    return result


def tuning_variants() -> dict[str, Any]:
    """Hybrid settings around the shipped defaults, one change each (``--tune``; choose on ``dev`` only)."""
    from retrieval.params import DEFAULT_FUSION as d

    variants: dict[str, Any] = {}
    for boost in (0.0, 0.1, 0.2, 0.3, 0.5):
        variants[f"agency_boost{boost}"] = replace(d, agency_boost=boost)
    for weight in (0.0, 0.25, 0.5, 0.75):
        variants[f"related{weight}"] = replace(d, related_agency_weight=weight)
    for boost in (0.0, 0.05, 0.1, 0.2, 0.3):
        variants[f"theme_boost{boost}"] = replace(d, theme_boost=boost)
    for boost in (0.0, 0.1, 0.2, 0.3):
        variants[f"level_boost{boost}"] = replace(d, level_boost=boost)
    for weight in (0.5, 0.6, 0.8):
        variants[f"w{weight}"] = replace(d, dense_weight=weight)
    variants["no_prf"] = replace(d, prf=0)
    variants["no_expansion"] = replace(d, expand_queries=False)
    return variants


def understanding_cost(texts: list[str], repeats: int = 5) -> dict[str, float]:
    """Per-query time of the query-understanding step without its memo (every query new), in milliseconds:
    median and 95th percentile over ``repeats`` passes of ``texts``."""
    import numpy as np

    from retrieval.query_understanding import query_agencies, understand

    understand.__wrapped__("warm up GP training")  # loads the recogniser once, as the service's warm-up does
    times = []
    for _ in range(repeats):
        for text in texts:
            t0 = time.perf_counter()
            query_agencies.__wrapped__(text)  # the memoised inner step, run cold too
            understand.__wrapped__(text)
            times.append(time.perf_counter() - t0)
    ms = np.asarray(times) * 1000
    return {"p50": round(float(np.percentile(ms, 50)), 3), "p95": round(float(np.percentile(ms, 95)), 3)}


def _pool(
    rankers: dict[str, Ranker], queries: list[dict[str, Any]], records: list[dict[str, Any]], depth: int
) -> list[dict[str, Any]]:
    """Per query, the records in the top ``depth`` of any system that were never judged for it."""
    text_of = {r["id"]: r for r in records}
    out = []
    for item in queries:
        judged = set(item.get("judged", [])) | set(item["relevant"]) | set(item.get("partial", []))
        found: dict[str, None] = {}
        for rank in rankers.values():
            for rid in rank(item["query"])[:depth]:
                if rid not in judged:
                    found[rid] = None
        if found:
            out.append(
                {
                    "id": item.get("id"),
                    "query": item["query"],
                    "unjudged": [
                        {"id": r, "csp": text_of[r]["csp"], "text": text_of[r]["text"]} for r in found
                    ],
                }
            )
    return out


def format_table(result: dict[str, Any]) -> str:
    """The figures as a small text table: one row per system, Recall@10 / nDCG@10 per query group."""
    groups = ["all", *[g for g in (*QUERY_SPLITS, *KINDS) if any(g in s for s in result["systems"].values())]]
    groups = list(dict.fromkeys(groups))
    head = f"{'system':<22}" + "".join(f"{g:>22}" for g in groups)
    lines = [
        f"real-text search, split={result['split']} labels={result['labels']}: {result['queries']} queries, "
        f"{result['records']} records from {result['areas']} areas"
        f"{' (with the team corpus as background)' if result.get('distractors') else ''}, "
        f"encoder {result['encoder']}",
        f"(each cell: Recall@10 / nDCG@10 [n]; queries with no relevant record present: "
        f"{result['queries_dropped_no_relevant_in_corpus']})",
        head,
    ]
    for name, figures in result["systems"].items():
        cells = []
        for g in groups:
            f = figures.get(g)
            cells.append(f"{f['recall_at_10']:.3f} / {f['ndcg_at_10']:.3f} [{f['n']}]" if f else "-")
        lines.append(f"{name:<22}" + "".join(f"{c:>22}" for c in cells))
    unjudged = result["systems"].get("hybrid", {}).get("all", {}).get("unjudged_at_10")
    if unjudged is not None:
        lines.append(f"unjudged share of the hybrid top 10: {unjudged:.3f}")
    cost = result.get("understanding_ms")
    if cost:
        lines.append(f"query understanding per new query: p50 {cost['p50']} ms, p95 {cost['p95']} ms")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.real_retrieval", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--split", choices=(*QUERY_SPLITS, "all"), default="dev", help="Queries to score.")
    parser.add_argument("--labels", choices=LABELS, default="gold", help="Record labels the boosts read.")
    parser.add_argument("--queries", type=Path, default=QUERIES, help="Queries JSONL.")
    parser.add_argument("--no-cap", action="store_true", help="Score without the per-area diversity cap.")
    parser.add_argument(
        "--corpus-splits",
        nargs="+",
        choices=("train", "dev", "test"),
        help="Only records of these CSP splits.",
    )
    parser.add_argument(
        "--distractors",
        action="store_true",
        help="Add the team's own retrieval corpus as unjudged background.",
    )
    parser.add_argument("--pool", type=int, default=0, help="List unjudged records in each system's top N.")
    parser.add_argument("--tune", action="store_true", help="Also score hybrid variants around the defaults.")
    parser.add_argument("--out", type=Path, help="Write the full JSON here.")
    args = parser.parse_args(argv)
    try:
        result = evaluate_retrieval(
            split=args.split,
            labels=args.labels,
            queries_path=args.queries,
            per_area_cap=None if args.no_cap else PER_AREA_CAP,
            pool_depth=args.pool,
            corpus_splits=args.corpus_splits,
            distractors=args.distractors,
            variants=tuning_variants() if args.tune else None,
        )
    except InputError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    sys.stdout.write(format_table(result) + "\n")
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
