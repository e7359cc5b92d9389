"""The load benchmark (evaluation/bench_load.py): its query mix, and a small end-to-end run (marker ``bench``,
outside the default run: it starts a server and loads it for a few seconds)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from evaluation.bench_load import main, mixed_queries, real_queries


def test_query_mix_is_real_and_filtered() -> None:
    rows = list(itertools.islice(mixed_queries(3), 400))
    real = set(real_queries())
    assert real, "annotations/real/queries.jsonl is read"
    assert sum(r["q"] in real for r in rows) > 120
    filtered = sum(any(k in r for k in ("agency", "theme", "level", "year")) for r in rows)
    assert 120 < filtered < 280
    assert len({r["q"] for r in rows}) > 150


@pytest.mark.bench
def test_small_load_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_json = tmp_path / "load.json"
    main(
        [
            "--library-size", "1000", "--embedding-model", "hash", "--rates", "5,10",
            "--step-seconds", "3", "--baseline-seconds", "1", "--library", str(tmp_path / "library"),
            "--json", str(out_json),
        ]
    )  # fmt: skip
    out = json.loads(out_json.read_text())
    steps = {row["step"]: row for row in out["steps"]}
    assert list(steps) == ["baseline (1 client)", "5/s + commits", "10/s + commits"]
    for row in steps.values():
        assert row["errors"] == 0, row["error_samples"]
        assert row["searches"] > 0 and row["p95_ms"] is not None
    assert steps["10/s + commits"]["commits"] >= 2
    assert "p95=" in capsys.readouterr().out
