"""Bulk runner: good, corrupt, empty, crashing and hanging files in one run; the hostile PDF folder."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pymupdf
import pytest

from dhr.errors import InputError
from dhr.schema import ExtractionResult
from dhr.settings import Settings
from extraction.bulk import ERRORS_FILE, extract_many, find_documents, output_names
from extraction.readers import read

HOSTILE_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "hostile-pdfs"


# Stand-ins for extraction.pipeline.extract_path; module-level so the spawned worker can import them.
def read_only(path: Path, settings: Settings | None = None) -> ExtractionResult:
    """Read the file with the real reader and return a result carrying its source and warnings."""
    doc = read(path, settings=settings)
    try:
        return ExtractionResult(source=doc.source, warnings=doc.warnings)
    finally:
        doc.close()


def misbehaving(path: Path, settings: Settings | None = None) -> ExtractionResult:
    if "sleep" in path.name:
        time.sleep(60)
    if "crash" in path.name:
        os._exit(3)
    if "bug" in path.name:
        raise KeyError("a bug in a stage")
    return read_only(path, settings)


def _pdf(text: str) -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), text)
    return doc.tobytes()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(_pdf("The Police should review their domestic abuse training."))
    (folder / "a.txt").write_text("Same stem as a.pdf: the outputs must not overwrite each other.\n")
    (folder / "b.html").write_text(
        "<html><body><h1>Review</h1><p>All agencies should share records.</p></body></html>"
    )
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage")
    (folder / "empty.docx").write_bytes(b"")
    (folder / "sleep.txt").write_text("This one hangs.\n")
    (folder / "crash.txt").write_text("This one kills its worker.\n")
    (folder / "bug.txt").write_text("This one hits a bug.\n")
    (folder / "z-after.txt").write_text("Read after the hang and the crash: the worker was restarted.\n")
    (folder / "notes.md").write_text("not a document suffix")
    (folder / ".hidden.pdf").write_bytes(b"")
    return folder


def test_find_documents(inbox: Path) -> None:
    names = [p.name for p in find_documents(inbox)]
    assert names == sorted(names)
    assert "notes.md" not in names and ".hidden.pdf" not in names
    assert {"a.pdf", "a.txt", "b.html", "empty.docx", "z-after.txt"} <= set(names)
    with pytest.raises(InputError, match="not a folder"):
        find_documents(inbox / "a.pdf")


def test_output_names_never_clash() -> None:
    names = output_names(
        [Path("x/a.pdf"), Path("x/a.docx"), Path("y/a.pdf"), Path("x/b.txt"), Path("errors.txt")]
    )
    assert names[Path("x/b.txt")] == "b.json"
    assert names[Path("x/a.pdf")] == "a.pdf.json" and names[Path("x/a.docx")] == "a.docx.json"
    assert names[Path("y/a.pdf")] == "a.pdf-2.json"
    assert len(set(names.values())) == len(names)


def test_bulk_run_reports_every_failure_and_finishes(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    files = find_documents(inbox) + [inbox / "missing.pdf"]
    start = time.perf_counter()
    summary = extract_many(files, out, timeout_s=3.0, progress=False, extract_fn=misbehaving)
    elapsed = time.perf_counter() - start
    assert elapsed < 45  # the hanging file cost its timeout, not 60 s

    assert summary.n_ok == 4 and summary.n_failed == 6 and summary.n_timed_out == 1
    assert sorted(p.name for p in summary.outputs) == ["a.pdf.json", "a.txt.json", "b.json", "z-after.json"]
    for path in summary.outputs:
        result = ExtractionResult.model_validate_json(path.read_text())
        assert result.source.sha256
    assert ExtractionResult.model_validate_json((out / "a.pdf.json").read_text()).source.format == "pdf"
    assert ExtractionResult.model_validate_json((out / "a.txt.json").read_text()).source.format == "text"

    errors = {
        Path(e["file"]).name: e["error"]
        for e in map(json.loads, (out / ERRORS_FILE).read_text().splitlines())
    }
    assert set(errors) == {"corrupt.pdf", "empty.docx", "sleep.txt", "crash.txt", "bug.txt", "missing.pdf"}
    assert "corrupt.pdf: is damaged" in errors["corrupt.pdf"]
    assert "empty.docx: the file is empty" in errors["empty.docx"]
    assert "timed out after 3 s" in errors["sleep.txt"]
    assert "crashed" in errors["crash.txt"] and "exit code 3" in errors["crash.txt"]
    assert "internal error: KeyError" in errors["bug.txt"]
    assert "no such file" in errors["missing.pdf"]
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]
    assert "4 ok, 6 failed of 10 files" in summary.describe() and "1 timed out" in summary.describe()


def test_bulk_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown output format"):
        extract_many([], tmp_path, timeout_s=1, fmt="yaml", progress=False, extract_fn=read_only)
    with pytest.raises(InputError, match="timeout must be positive"):
        extract_many([], tmp_path, timeout_s=0, progress=False, extract_fn=read_only)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="not a folder"):
        extract_many([], blocker, timeout_s=1, progress=False, extract_fn=read_only)


@pytest.mark.skipif(not HOSTILE_DIR.is_dir(), reason=f"hostile PDFs not found in {HOSTILE_DIR}")
def test_bulk_over_hostile_pdfs(tmp_path: Path) -> None:
    files = sorted(HOSTILE_DIR.glob("qpdf-*/*.pdf"))
    summary = extract_many(files, tmp_path / "out", timeout_s=20.0, progress=False, extract_fn=read_only)
    print(f"hostile PDFs through the bulk runner: {summary.describe()}")
    assert summary.n_files == len(files)
    assert summary.n_timed_out == 0
    assert not [f for f in summary.failures if "internal error" in f.error or "crashed" in f.error]
    assert summary.n_ok == len(list((tmp_path / "out").glob("*.json")))


@pytest.mark.slow
def test_bulk_with_the_real_pipeline(tmp_path: Path) -> None:
    reports = Path(__file__).resolve().parents[1] / "fixtures" / "reports"
    files = find_documents(reports)
    summary = extract_many(files, tmp_path, timeout_s=120.0, progress=False)
    assert summary.n_ok == len(files) and summary.n_failed == 0
    results = [ExtractionResult.model_validate_json(p.read_text()) for p in summary.outputs]
    assert all(r.recommendations for r in results)


def test_find_documents_recursive_and_skipped_folders(tmp_path: Path) -> None:
    from extraction.bulk import skipped_folders

    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "top.pdf").write_bytes(_pdf("Top."))
    (root / "sub" / "a.txt").write_text("a\n")
    (root / "sub" / "deeper" / "b.html").write_text("<p>b</p>")
    (root / ".hidden" / "c.txt").write_text("c\n")
    assert [p.name for p in find_documents(root)] == ["top.pdf"]
    assert [p.name for p in skipped_folders(root)] == ["sub"]
    deep = find_documents(root, recursive=True)
    assert [p.relative_to(root).as_posix() for p in deep] == ["sub/a.txt", "sub/deeper/b.html", "top.pdf"]
    names = output_names(deep, root=root)
    assert names == {deep[0]: "sub/a.json", deep[1]: "sub/deeper/b.json", deep[2]: "top.json"}


def test_bulk_reports_a_text_file_named_pdf(tmp_path: Path) -> None:
    """The real per-file function refuses a .pdf that holds plain text (it goes to errors.jsonl)."""
    from extraction.bulk import refuse_misnamed

    fake = tmp_path / "fake.pdf"
    fake.write_text("Just some text.\n")
    with pytest.raises(InputError, match=r"fake\.pdf.*text"):
        refuse_misnamed(fake)
    real = tmp_path / "real.pdf"
    real.write_bytes(_pdf("A real PDF."))
    refuse_misnamed(real)  # no error
