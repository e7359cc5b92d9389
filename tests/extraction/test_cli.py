"""`dhr extract` as a user runs it: formats, errors on bad input, and every hostile PDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dhr.cli import app
from tests.conftest import REPO_ROOT, SHARED_DIR

FIXTURES = REPO_ROOT / "tests" / "fixtures" / "reports"
runner = CliRunner()


def _a_fixture_pdf() -> Path:
    pdfs = sorted(FIXTURES.glob("*.pdf"))
    if not pdfs:
        pytest.skip("no fixture reports")
    return pdfs[0]


def test_json_to_stdout():
    result = runner.invoke(app, ["extract", str(_a_fixture_pdf())])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"]["pages"] > 1 and len(data["source"]["sha256"]) == 64
    assert data["recommendations"] and all(r["themes"] for r in data["recommendations"])


def test_csv_and_xlsx_files(tmp_path):
    pdf = _a_fixture_pdf()
    assert (
        runner.invoke(
            app, ["extract", str(pdf), "--format", "csv", "--out", str(tmp_path / "p.csv")]
        ).exit_code
        == 0
    )
    header = (tmp_path / "p.csv").read_text().splitlines()[0]
    assert "Recommendation number" in header and "Progress status of this action" in header
    assert (
        runner.invoke(app, ["extract", str(pdf), "-f", "xlsx", "-o", str(tmp_path / "p.xlsx")]).exit_code == 0
    )
    from openpyxl import load_workbook

    wb = load_workbook(tmp_path / "p.xlsx")
    assert wb.sheetnames == ["Action plan", "Timeline", "Lists"] and wb["Action plan"].max_row > 1


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", "empty"), (b"\x89PNG\r\n\x1a\n" + b"0" * 100, "png"), (b"%PDF-1.4\n garbage", "damaged")],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, content, words):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(content)
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert words in result.stderr.lower() or "corrupt" in result.stderr.lower()


def test_missing_file_and_xlsx_without_out(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.pdf")])
    assert result.exit_code == 2 and "no such file" in result.stderr
    result = runner.invoke(app, ["extract", str(_a_fixture_pdf()), "--format", "xlsx"])
    assert result.exit_code == 2 and "--out" in result.stderr


def test_every_hostile_pdf_gives_a_result_or_a_clear_error():
    """Single-file mode over the real damaged/encrypted/fuzzed PDFs: exit 0 or 2, never a traceback."""
    if not SHARED_DIR.is_dir():
        pytest.skip("shared/ not present")
    files = sorted((SHARED_DIR / "data" / "hostile-pdfs").rglob("*.pdf"))
    assert files
    outcomes = {0: 0, 2: 0}
    for path in files:
        result = runner.invoke(app, ["extract", str(path)])
        assert result.exit_code in (0, 2), (path, result.output)
        assert "Traceback" not in result.output, path
        if result.exit_code == 0:
            json.loads(result.stdout)
        else:
            assert result.stderr.startswith("error: "), path
        outcomes[result.exit_code] += 1
    assert outcomes[2] > 0


def test_usage_errors_are_one_line_through_the_entry_point():
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "dhr.cli", "extract", "--format", "xml", "x.pdf"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and len(proc.stderr.strip().splitlines()) == 1


# --- issue 14, finding 15: bad input and bulk folders -----------------------------------------------------------


def test_text_file_named_pdf_exits_2_naming_it(tmp_path):
    fake = tmp_path / "report.pdf"
    fake.write_text("Recommendations\n1. The police should train officers in coercive control.\n")
    result = runner.invoke(app, ["extract", str(fake)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and "report.pdf" in line and "text" in line and ".txt" in line


def _bulk_with_stand_in(monkeypatch):
    """The CLI's bulk run with a fast stand-in per-file function (no models), keeping everything else real."""
    import extraction.bulk as bulk
    from tests.extraction.test_bulk import read_only

    real = bulk.extract_many

    def fast(paths, out_dir, **kwargs):  # type: ignore[no-untyped-def]
        return real(paths, out_dir, **{**kwargs, "extract_fn": read_only, "progress": False})

    monkeypatch.setattr(bulk, "extract_many", fast)


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "2023" / "late").mkdir(parents=True)
    (root / "2024").mkdir()
    (root / ".cache").mkdir()
    (root / "top.txt").write_text("Top-level report text.\n")
    (root / "2023" / "a.txt").write_text("A 2023 report.\n")
    (root / "2023" / "late" / "a.txt").write_text("Same name, deeper.\n")
    (root / "2024" / "a.txt").write_text("A 2024 report.\n")
    (root / ".cache" / "x.txt").write_text("hidden folder: never read\n")
    return root


def test_bulk_says_which_subfolders_it_skipped(tmp_path, monkeypatch):
    _bulk_with_stand_in(monkeypatch)
    root = _tree(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(root), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "skipped 2 subfolders" in result.stderr and "2023" in result.stderr and "2024" in result.stderr
    assert "--recursive" in result.stderr and ".cache" not in result.stderr
    assert sorted(p.name for p in out.glob("*.json")) == ["top.json"]


def test_bulk_recursive_mirrors_the_folders(tmp_path, monkeypatch):
    _bulk_with_stand_in(monkeypatch)
    root = _tree(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(root), "--out", str(out), "--recursive"])
    assert result.exit_code == 0, result.output
    assert "skipped" not in result.stderr
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written == ["2023/a.json", "2023/late/a.json", "2024/a.json", "top.json"]
    assert "4 ok, 0 failed of 4 files" in result.stderr
