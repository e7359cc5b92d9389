"""The HTML report: every section, self-contained, CSVs beside it; ``dhr analyse`` CLI; headless-Chromium check."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import analysis.cli  # noqa: F401  (registers the commands)
from analysis.analytics import FIGURE_KEYS, AnalysisFilters, run_analysis
from analysis.report import SECTIONS, TABLE_ONLY, write_report
from demo.library import DemoSpec, build_demo_library
from dhr.cli_app import app
from retrieval.store import LibraryStore

runner = CliRunner()


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("report") / "lib"
    build_demo_library(directory, DemoSpec(csps=6, years=2, seed=5))
    return directory


@pytest.fixture(scope="module")
def report(lib: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    store = LibraryStore.open(lib)
    try:
        analysis = run_analysis(store, AnalysisFilters())
    finally:
        store.close()
    return write_report(analysis, tmp_path_factory.mktemp("out") / "report.html")


def test_report_has_every_section_and_chart(report: Any) -> None:
    doc = report.html.read_text(encoding="utf-8")
    for heading, _intro, keys in SECTIONS:
        assert heading in doc
        for key in keys:
            assert f"id='figure-{key}'" in doc
            if key not in TABLE_ONLY:
                assert f'id="chart-{key}"' in doc
    for part in ("Headline figures", "Provenance", "library_generation", "taxonomy_version"):
        assert part in doc
    meta = re.search(r'<meta name="dhr-charts" content="([^"]*)"', doc)
    assert meta and meta.group(1).split(",") == report.charts and len(report.charts) == 14


def test_report_is_self_contained(report: Any) -> None:
    doc = report.html.read_text(encoding="utf-8")
    assert "<script src=" not in doc and "<link" not in doc
    head, body = doc.split("</head>", 1)
    assert not re.search(r"""(src|href)=["']https?://""", body)  # (plotly.js itself holds URL strings)
    assert re.findall(r"<script[^>]*>", head) == ["<script>", '<script type="text/javascript">']
    assert "Plotly.newPlot" in doc and len(doc) > 3_000_000  # plotly.js embedded inline


def test_synthetic_is_marked(report: Any) -> None:
    doc = report.html.read_text(encoding="utf-8")
    assert "id='synthetic-banner'" in doc and "(SYNTHETIC)" in doc and 'content="yes"' in doc


def test_csv_files_beside_the_report(report: Any) -> None:
    assert report.files_dir == report.html.with_name("report_files")
    names = {p.name for p in report.files_dir.iterdir()}
    assert names == {f"{k}.csv" for k in [*FIGURE_KEYS, "provenance"]}
    head = (report.files_dir / "headline.csv").read_text(encoding="utf-8").splitlines()
    assert head[0] == "metric,value" and head[1].startswith("reviews,")


def test_real_library_has_no_banner(tmp_path: Path) -> None:
    from retrieval.store import RecommendationWrite, ReviewWrite

    store = LibraryStore.open(tmp_path / "real")
    store.write_review(
        ReviewWrite(
            id="rv-1",
            csp="Realtown CSP",
            region="London",
            year=2024,
            recommendations=[
                RecommendationWrite(id="rv-1-r1", text="Train staff.", agencies=["police"], content_sha="x")
            ],
        )
    )
    try:
        analysis = run_analysis(store)
    finally:
        store.close()
    paths = write_report(analysis, tmp_path / "r.html")
    doc = paths.html.read_text(encoding="utf-8")
    assert "id='synthetic-banner'" not in doc and "SYNTHETIC" not in doc.split("<script")[0]


# ---------------------------------------------------------------------------------------------- CLI


def _one_line_error(result: Any, needle: str) -> None:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and needle in lines[0], result.stderr


def test_cli_analyse_writes_report(lib: Path, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "a.html"
    result = runner.invoke(
        app, ["analyse", "--library", str(lib), "--out", str(out), "--year", "2022", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["report"] == str(out) and summary["charts"] == 14 and summary["filters"] == {"year": 2022}
    assert out.is_file() and (tmp_path / "sub" / "a_files" / "headline.csv").is_file()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--library", "/nonexistent/lib"], "no library at"),
        (["--level", "county"], "bad --level 'county'"),
        (["--theme", "astrology"], "bad --theme 'astrology'"),
        (["--year", "twenty"], "bad --year 'twenty'"),
        (["--year", "1999"], "no reviews in year 1999"),
        (["--csp", "Nowhere CSP"], "no CSP 'Nowhere CSP'"),
        (["--region", "Atlantis"], "no region 'Atlantis'"),
        (["--out", "report.txt"], "must end in .html"),
        (["--min-areas", "1"], "--min-areas must be at least 2"),
    ],
)
def test_cli_bad_input_exits_2_with_one_line(lib: Path, tmp_path: Path, args: list[str], needle: str) -> None:
    base = ["analyse", "--out", str(tmp_path / "r.html")]
    if "--library" not in args:
        base += ["--library", str(lib)]
    _one_line_error(runner.invoke(app, [*base, *args]), needle)


def test_cli_library_dir_without_library(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = runner.invoke(
        app, ["analyse", "--library", str(tmp_path / "empty"), "--out", str(tmp_path / "r.html")]
    )
    _one_line_error(result, "holds no library")
    assert not (tmp_path / "empty" / "library.sqlite").exists()  # analyse never creates a library


def test_cli_out_is_a_directory(lib: Path, tmp_path: Path) -> None:
    (tmp_path / "d.html").mkdir()
    _one_line_error(
        runner.invoke(app, ["analyse", "--library", str(lib), "--out", str(tmp_path / "d.html")]),
        "is a directory",
    )


# ----------------------------------------------------------------------------------------- Chromium


@pytest.mark.slow
def test_report_renders_in_headless_chromium(report: Any, tmp_path: Path) -> None:
    """Every chart div gets plotly's SVG and the console stays clean (installs Debian's chromium if missing)."""
    import subprocess

    from evaluation.bench_analyse import chromium_check, find_chromium

    try:
        chromium = find_chromium(install=True)
    except (OSError, subprocess.SubprocessError) as exc:  # no apt or no registry: cannot check here
        pytest.skip(f"cannot install Debian's chromium: {exc}")
    assert chromium is not None
    result = chromium_check(report.html, chromium=chromium)
    assert result["charts_missing"] == [] and len(result["charts_rendered"]) == 14, result["charts_missing"]
    assert result["console_messages"] == [] and result["js_errors"] == "", result
    assert result["ok"]
    # the check itself catches a broken page (console error, chart left empty)
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<html><head><meta name="dhr-charts" content="chart-x"></head><body>'
        '<div id="chart-x"></div><pre id="dhr-errors"></pre>'
        '<script>console.error("boom"); undefinedFunction();</script></body></html>',
        encoding="utf-8",
    )
    broken = chromium_check(bad, chromium=chromium)
    assert not broken["ok"] and broken["charts_missing"] == ["chart-x"]
    assert any("boom" in line for line in broken["console_messages"])
