"""The real-text search evaluation: its query file, the area cap, the rankers and one small run end to end."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from dhr.errors import InputError
from dhr.settings import Settings
from evaluation.real_retrieval import (
    QUERIES,
    cap_by_area,
    evaluate_retrieval,
    format_table,
    library_records,
    real_queries,
    tfidf_ranker,
)
from retrieval.embeddings import HashEncoder


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_query_file_is_complete() -> None:
    items = _lines(QUERIES)
    assert len(items) >= 60
    assert len({q["id"] for q in items}) == len(items) and len({q["query"] for q in items}) == len(items)
    kinds = Counter(q["kind"] for q in items)
    assert set(kinds) <= {"agency_topic", "topic", "national"}
    assert kinds["agency_topic"] >= len(items) / 3 - 1
    assert {q["split"] for q in items} == {"dev", "test"}
    for q in items:
        relevant, partial, judged = set(q["relevant"]), set(q.get("partial", [])), set(q["judged"])
        assert relevant and not relevant & partial, q["id"]
        assert relevant | partial <= judged, q["id"]  # every grade comes from a record that was read


def test_cap_by_area_keeps_three_of_an_area_while_others_remain() -> None:
    ranked = ["a1", "a2", "a3", "a4", "b1", "a5", "c1"]
    area = {r: r[0] for r in ranked}
    assert cap_by_area(ranked, area, 5, 3) == ["a1", "a2", "a3", "b1", "c1"]
    # Too few other areas: the held ones fill up, in rank order.
    assert cap_by_area(ranked[:5], area, 5, 3) == ["a1", "a2", "a3", "a4", "b1"]
    assert cap_by_area(ranked, area, 4, None) == ranked[:4]


RECORDS = [
    {"id": "x1", "text": "Police officers should be trained to recognise coercive control.", "csp": "Aton"},
    {"id": "x2", "text": "GP practices should adopt routine enquiry about domestic abuse.", "csp": "Aton"},
    {"id": "x3", "text": "Housing officers should complete a DASH risk assessment.", "csp": "Beton"},
    {"id": "x4", "text": "The Home Office should amend the statutory guidance for reviews.", "csp": "Ceton"},
]


def test_tfidf_ranks_the_matching_text_first() -> None:
    rank = tfidf_ranker(RECORDS)
    assert rank("routine enquiry in GP practices")[0] == "x2"
    assert rank("zzz unmatched words") == []


def test_real_queries_drop_records_not_in_the_corpus(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    lines = [
        {"id": "q1", "query": "a", "split": "dev", "kind": "topic", "relevant": ["x1", "gone"], "judged": []},
        {"id": "q2", "query": "b", "split": "test", "kind": "topic", "relevant": ["gone"], "judged": []},
    ]
    path.write_text("".join(json.dumps(q) + "\n" for q in lines), encoding="utf-8")
    kept, dropped = real_queries(path, split=None, corpus_ids={"x1"})
    assert [q["id"] for q in kept] == ["q1"] and kept[0]["relevant"] == ["x1"] and dropped == 1
    assert real_queries(path, split="test")[0][0]["id"] == "q2"
    path.write_text(json.dumps({**lines[0], "split": "train"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="split dev or test"):
        real_queries(path)


def test_library_records_drop_unknown_labels() -> None:
    items = [
        {"id": "r1", "text": "t", "csp": "Aton", "agencies": ["police", "nonsense"], "themes": ["training"]}
    ]
    record = library_records("gold", items)[0]
    assert record["agencies"] == ["police"] and record["themes"] == ["training"] and "level" not in record
    with pytest.raises(InputError):
        library_records("guessed", items)


def test_evaluate_retrieval_end_to_end(tmp_path: Path) -> None:
    records = [
        {**r, "agencies": a, "themes": t, "level": "local"}
        for r, a, t in zip(
            RECORDS,
            [["police"], ["gp"], ["housing"], ["home_office"]],
            [["training"], ["identification_of_risk"], ["identification_of_risk"], ["policy"]],
            strict=True,
        )
    ]
    path = tmp_path / "q.jsonl"
    queries = [
        {
            "id": "q1",
            "query": "police training on coercive control",
            "split": "dev",
            "kind": "agency_topic",
            "relevant": ["x1"],
            "judged": ["x1", "x2", "x3", "x4"],
        },
        {
            "id": "q2",
            "query": "routine enquiry by GPs",
            "split": "dev",
            "kind": "agency_topic",
            "relevant": ["x2"],
            "partial": ["x3"],
            "judged": ["x1", "x2", "x3"],
        },
        {
            "id": "q3",
            "query": "statutory guidance",
            "split": "test",
            "kind": "national",
            "relevant": ["x4"],
            "judged": ["x4"],
        },
    ]
    path.write_text("".join(json.dumps(q) + "\n" for q in queries), encoding="utf-8")
    result = evaluate_retrieval(
        split="dev",
        records=records,
        queries_path=path,
        settings=Settings(library_dir=tmp_path / "unused", embedding_model="hash"),
        encoder=HashEncoder(),
        pool_depth=4,
    )
    assert result["queries"] == 2 and result["records"] == 4
    systems = result["systems"]
    assert {"tfidf", "minilm", "bm25", "dense", "hybrid", "hybrid_stock", "hybrid_no_qu"} <= set(systems)
    assert systems["tfidf"]["dev"]["recall_at_10"] == 1.0  # four records: every relevant one is in the top 10
    assert systems["hybrid"]["agency_topic"]["n"] == 2
    # q2 never judged x4: it is unjudged in every top 10 of four records, and pooled for reading.
    assert systems["dense"]["all"]["unjudged_at_10"] == pytest.approx(0.05)
    assert {u["id"] for p in result["pool"] for u in p["unjudged"]} == {"x4"}
    assert result["understanding_ms"]["p50"] >= 0
    assert "hybrid" in format_table(result)
