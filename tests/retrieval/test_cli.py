"""CLI: bad input exits 2 with one line; add/search/list/delete round trip; kill -9 during add is safe."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from retrieval.embeddings import HashEncoder
from retrieval.ingest import add_paths
from retrieval.library import Library
from tests.retrieval.conftest import RECORDS, write_records

DHR = [sys.executable, "-m", "dhr.cli"]


def _env(library: Path) -> dict[str, str]:
    return {**os.environ, "DHR_LIBRARY_DIR": str(library), "DHR_EMBEDDING_MODEL": "hash"}


def _run(args: list[str], library: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(DHR + args, env=_env(library), capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "   "], "empty"),
        (["search", "x", "--agency", "nope"], "unknown agency id 'nope'"),
        (["search", "x", "--theme", "nope"], "bad --theme value 'nope'"),
        (["search", "x", "--k", "0"], "--k must be between"),
        (["search", "x", "--level", "county"], "bad --level value"),
        (["library", "add", "/definitely/missing.jsonl"], "no such file or directory"),
        (["library", "delete", "rv-missing"], "no review with id 'rv-missing'"),
        (["clusters", "--min-areas", "1"], "--min-areas must be at least 2"),
        (["similar", ""], "the draft is empty"),
        (["bench", "search", "--records", "3"], "--records must be at least 10"),
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    result = _run(args, tmp_path / "lib")
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_add_search_list_delete_round_trip(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    records = write_records(tmp_path / "r.jsonl", RECORDS)
    added = _run(["library", "add", str(records), "--no-labels"], library)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["recommendations_added"] == len(RECORDS)
    again = _run(["library", "add", str(records), "--no-labels"], library)
    assert json.loads(again.stdout)["recommendations_unchanged"] == len(RECORDS)
    found = _run(
        ["search", "DASH risk assessment", "--k", "3", "--agency", "police", "--format", "json"], library
    )
    hits = json.loads(found.stdout)
    assert [h["id"] for h in hits][:1] and {"id", "score", "text", "csp", "actions"} <= set(hits[0])
    listed = json.loads(_run(["library", "list", "--format", "json"], library).stdout)
    assert listed["count"] == 4
    review = next(r for r in listed["data"] if r["csp"] == "Northtown CSP")
    assert _run(["library", "delete", review["id"]], library).returncode == 0
    hits = json.loads(_run(["search", "DASH risk assessment", "--k", "10"], library).stdout)
    assert "n1" not in {h["id"] for h in hits}
    similar = json.loads(_run(["similar", "The CSP should audit police DASH forms"], library).stdout)
    assert similar["smart"]["addressed_to_csp"] is True
    clusters = _run(["clusters", "--min-areas", "2", "--threshold", "0.5"], library)
    assert clusters.returncode == 0 and "clusters" in json.loads(clusters.stdout)


def test_bad_file_among_good_is_reported_and_rest_added(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    good = write_records(tmp_path / "good.jsonl", RECORDS[:2])
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = _run(["library", "add", str(good), str(bad), "--no-labels"], library)
    assert result.returncode == 2
    assert json.loads(result.stdout)["recommendations_added"] == 2
    assert f"error: {bad}: not readable JSON" in result.stderr


def _store_counts(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        reviews = conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
        recs = conn.execute("SELECT count(*) FROM recommendations").fetchone()[0]
        orphans = conn.execute(
            "SELECT count(*) FROM recommendations r LEFT JOIN reviews v ON v.id = r.review_id WHERE v.id IS NULL"
        ).fetchone()[0]
        return reviews, recs, orphans


def test_kill_9_during_add_leaves_store_and_index_consistent(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    n = 1500
    records = [
        {
            "id": f"k{i}",
            "text": f"Agency {i % 37} should review its domestic abuse policy number {i} and train staff.",
            "csp": f"Area {i} CSP",  # one review (one transaction) per record: many commit points
            "actions": [{"text": f"Action for {i}", "status": "in_progress"}],
        }
        for i in range(n)
    ]
    path = write_records(tmp_path / "big.jsonl", records)
    proc = subprocess.Popen(
        DHR + ["library", "add", str(path), "--no-labels"],
        env=_env(library),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    db = library / "library.sqlite"
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            stored = _store_counts(db)[1]
        except sqlite3.Error:
            continue
        if stored >= 50:
            break
    assert proc.poll() is None, "add finished before it could be killed; make the input larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)

    reviews, recs, orphans = _store_counts(db)
    assert 0 < recs < n and reviews == recs and orphans == 0  # whole documents only
    lib = Library.open(library, encoder=HashEncoder(), settings=_settings(library))
    index = lib.refresh()
    store_ids = {r.vec_id for r in lib.store.index_rows()}
    assert set(index.ids.tolist()) == store_ids  # the index follows the store exactly
    assert lib.search("domestic abuse policy", k=5)
    counts = lib.store.counts()
    assert counts.actions == counts.recommendations  # every stored recommendation kept its action
    lib.close()

    # Running the same add again completes the job without duplicates.
    finished = _run(["library", "add", str(path), "--no-labels"], library, timeout=600)
    assert finished.returncode == 0, finished.stderr
    assert _store_counts(db)[1] == n
    lib = Library.open(library, encoder=HashEncoder(), settings=_settings(library))
    assert len(lib.refresh()) == n


def _settings(library: Path):  # type: ignore[no-untyped-def]
    from dhr.settings import Settings

    return Settings(library_dir=library, embedding_model="hash")


def test_in_process_add_matches_cli(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib", settings=_settings(tmp_path / "lib"), encoder=HashEncoder())
    report = add_paths(lib, [write_records(tmp_path / "r.jsonl", RECORDS)])
    assert report.recommendations_added == len(RECORDS)


def test_library_route_backfills_a_library_built_without_routing(tmp_path: Path) -> None:
    directory = tmp_path / "lib"
    library = Library.open(directory, encoder=HashEncoder())
    try:
        add_paths(library, [write_records(tmp_path / "records.jsonl", RECORDS)])
        national = [r["id"] for r in RECORDS if r.get("level") == "national"]
        assert national
    finally:
        library.close()
    with sqlite3.connect(directory / "library.sqlite") as conn:  # as a library from before routing on ingest
        conn.execute("DELETE FROM recommendation_routing")
    result = _run(["library", "route"], directory)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["routed"] == len(national)
    with sqlite3.connect(directory / "library.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM recommendation_routing").fetchone()[0] == len(national)


# --- issue 14, finding 15: `dhr search` on a library whose vectors are missing -----------------------------------


@pytest.fixture
def library_without_vectors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A library whose recommendations were never embedded (as `dhr library demo` builds one): no index file,
    no embedding cache; searches in this process use the hash encoder, and ask above 2 texts."""
    import retrieval.cli as cli
    from dhr.settings import get_settings
    from retrieval.embeddings import CACHE_FILENAME
    from retrieval.library import INDEX_FILENAME

    library = tmp_path / "lib"
    lib = Library.open(library, settings=_settings(library), encoder=HashEncoder())
    add_paths(lib, [write_records(tmp_path / "r.jsonl", RECORDS)])
    lib.close()
    for name in (INDEX_FILENAME, CACHE_FILENAME, CACHE_FILENAME + "-wal", CACHE_FILENAME + "-shm"):
        (library / name).unlink(missing_ok=True)
    monkeypatch.setenv("DHR_EMBEDDING_MODEL", "hash")
    monkeypatch.setenv("DHR_LIBRARY_DIR", str(library))
    get_settings.cache_clear()
    monkeypatch.setattr(cli, "ASK_ABOVE_TEXTS", 2)
    yield library
    get_settings.cache_clear()


def _cached_vectors(library: Path) -> int:
    from retrieval.embeddings import CACHE_FILENAME

    if not (library / CACHE_FILENAME).exists():
        return 0
    with sqlite3.connect(library / CACHE_FILENAME) as conn:
        return conn.execute("SELECT count(*) FROM vectors").fetchone()[0]


def test_search_without_vectors_asks_first(library_without_vectors: Path, monkeypatch) -> None:
    from typer.testing import CliRunner

    import retrieval.cli as cli
    from dhr.cli import app

    runner = CliRunner()
    # not a terminal, no --yes: a clear error saying how many, how long, and what to do; nothing embedded
    result = runner.invoke(app, ["search", "DASH risk assessment"])
    assert result.exit_code == 2, result.output
    assert f"{len(RECORDS)} recommendations have no search vectors" in result.stderr
    assert "--yes" in result.stderr and "Traceback" not in result.output
    assert _cached_vectors(library_without_vectors) == 0

    # at a terminal: the question, and 'no' embeds nothing
    monkeypatch.setattr(cli, "_interactive", lambda: True)
    result = runner.invoke(app, ["search", "DASH risk assessment"], input="n\n")
    assert result.exit_code == 1 and "Embed them now?" in result.stderr and "cancelled" in result.stderr
    assert _cached_vectors(library_without_vectors) == 0

    # --yes: a progress bar, then the results
    result = runner.invoke(app, ["search", "DASH risk assessment", "--yes", "--k", "2"])
    assert result.exit_code == 0, result.output
    assert "embed" in result.stderr and f"{len(RECORDS)}/{len(RECORDS)}" in result.stderr
    assert len(json.loads(result.stdout)) == 2
    assert _cached_vectors(library_without_vectors) == len(RECORDS)
    # and the next search has nothing to ask about
    result = runner.invoke(app, ["search", "DASH risk assessment"])
    assert result.exit_code == 0 and "no search vectors" not in result.stderr


def test_similar_and_clusters_ask_too(library_without_vectors: Path) -> None:
    from typer.testing import CliRunner

    from dhr.cli import app

    runner = CliRunner()
    for args in (["similar", "The CSP should audit police DASH forms"], ["clusters", "--min-areas", "2"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and "--yes" in result.stderr, (args, result.output)
    assert _cached_vectors(library_without_vectors) == 0
    result = runner.invoke(app, ["similar", "The CSP should audit police DASH forms", "--yes"])
    assert result.exit_code == 0, result.output
