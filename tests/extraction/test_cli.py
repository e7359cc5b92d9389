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
    assert wb.sheetnames == ["Action plan", "Timeline"] and wb["Action plan"].max_row > 1


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
