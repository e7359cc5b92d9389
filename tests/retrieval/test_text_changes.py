"""The store's text change log, the index sync that reads it (and its full-diff fallback), and derived-file writes."""

from __future__ import annotations

import time
from pathlib import Path
from typing import BinaryIO

import pytest
from sqlalchemy import update

from dhr.schema.library import CorrectionCreate
from retrieval import derived
from retrieval import tables as t
from retrieval.derived import DerivedFile
from retrieval.embeddings import HashEncoder
from retrieval.library import Library
from retrieval.store import LibraryStore, RecommendationWrite, ReviewWrite


def _review(review_id: str, texts: dict[str, str], csp: str = "Exampleton CSP") -> ReviewWrite:
    return ReviewWrite(
        id=review_id,
        title=f"DHR {review_id}",
        csp=csp,
        published=True,
        recommendations=[
            RecommendationWrite(id=rid, text=text, agencies=["police"], content_sha=text)
            for rid, text in texts.items()
        ],
    )


def _vec(store: LibraryStore, rec_id: str) -> int:
    with store.engine.connect() as conn:
        return int(
            conn.scalar(
                t.Recommendation.__table__.select()
                .with_only_columns(t.Recommendation.vec_id)
                .where(t.Recommendation.id == rec_id)
            )
        )


def test_change_log_names_added_reworded_and_removed_recommendations(tmp_path: Path) -> None:
    store = LibraryStore.open(tmp_path / "lib")
    try:
        store.write_review(_review("rv-1", {"a": "Police should train call handlers", "b": "GPs should ask"}))
        g1 = store.text_generation()
        a, b = _vec(store, "a"), _vec(store, "b")
        assert store.text_changes_since(0) == {
            a: store.text_changes_since(0)[a],
            b: store.text_changes_since(0)[b],
        }
        assert store.text_changes_since(g1) == {}

        store.write_review(_review("rv-1", {"a": "Police should train all call handlers"}))  # re-worded
        store.write_review(_review("rv-2", {"c": "Housing should flag repeat callers"}))  # added
        changed = store.text_changes_since(g1)
        c = _vec(store, "c")
        assert set(changed) == {a, c} and all(changed.values())

        g2 = store.text_generation()
        store.add_correction(
            "b", CorrectionCreate(field="text", value="GPs should ask every patient", author="x")
        )
        assert set(store.text_changes_since(g2)) == {b}

        g3 = store.text_generation()
        store.delete_review("rv-2")
        assert store.text_changes_since(g3) == {c: None}  # removed: no text any more
        assert store.text_changes_since(g1)[c] is None
    finally:
        store.close()


def test_log_that_does_not_reach_back_answers_none(tmp_path: Path) -> None:
    store = LibraryStore.open(tmp_path / "lib")
    try:
        store.write_review(_review("rv-1", {"a": "Police should train call handlers"}))
        with store.engine.begin() as conn:
            conn.execute(update(t.Meta).where(t.Meta.key == "text_log_since").values(value=5))
        assert store.text_changes_since(0) is None
        assert store.text_changes_since(5) == {}
    finally:
        store.close()


@pytest.mark.parametrize("log_covers", [True, False])
def test_index_follows_another_process_with_and_without_the_log(tmp_path: Path, log_covers: bool) -> None:
    directory = tmp_path / "lib"
    serving = Library.open(directory, encoder=HashEncoder())
    writer = Library.open(directory, encoder=HashEncoder())
    try:
        writer.store.write_review(_review("rv-1", {"a": "Police should train call handlers", "b": "GPs ask"}))
        writer.store.write_review(_review("rv-2", {"c": "Housing should flag repeat callers"}, "Other CSP"))
        serving.refresh()
        writer.store.write_review(_review("rv-1", {"a": "Ambulance crews should record disclosures"}))
        writer.store.delete_review("rv-2")
        writer.store.write_review(_review("rv-3", {"d": "Probation should share risk information"}, "Third"))
        if not log_covers:  # e.g. rows written by an older version: the sync must diff everything
            with writer.store.engine.begin() as conn:
                conn.execute(update(t.Meta).where(t.Meta.key == "text_log_since").values(value=10_000))
        index = serving.refresh()
        assert len(index) == 3
        assert serving.search("ambulance crews record disclosures", k=1)[0].id == "a"
        ids = {h.id for h in serving.search("housing flag repeat callers", k=10)}
        assert "c" not in ids
        assert serving.search("probation share risk information", k=1)[0].id == "d"
        assert serving.lexical().scores("ambulance").max() > 0
    finally:
        writer.close()
        serving.close()


def test_background_writes_coalesce_and_flush_writes_the_newest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(derived, "SAVE_INTERVAL_S", 60.0)
    target = tmp_path / "derived.bin"
    file = DerivedFile(target, "test file")
    made: list[bytes] = []

    def payload(value: bytes):  # type: ignore[no-untyped-def]
        def write(handle: BinaryIO) -> None:
            made.append(value)
            handle.write(value)

        return write

    file.submit(payload(b"first"))  # no write yet: written at once
    deadline = time.monotonic() + 10
    while not target.exists():
        assert time.monotonic() < deadline
        time.sleep(0.01)
    for n in range(5):  # within the interval: each replaces the one pending before it
        file.submit(payload(f"v{n}".encode()))
    file.close()  # flush: the newest pending state is written now, the superseded ones never
    assert target.read_bytes() == b"v4"
    assert made == [b"first", b"v4"]
    assert not list(tmp_path.glob(".derived.bin.*"))  # no temporary file left behind


def test_write_failure_is_logged_not_raised(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    file = DerivedFile(blocker / "derived.bin", "test file")  # parent is a file: cannot write
    file.write_now(lambda handle: handle.write(b"data"))
    file.close()
    assert "could not save the test file" in caplog.text
