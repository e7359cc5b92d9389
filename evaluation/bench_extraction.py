"""Benchmark: in-process extraction of a long report vs PyMuPDF's plain ``page.get_text()`` of the same file.

The models are loaded once before timing (as in the API). Each measurement is repeated and the median kept.
"""

from __future__ import annotations

import json
import logging
import statistics
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from dhr.errors import InputError

log = logging.getLogger(__name__)


@dataclass
class BenchResult:
    file: str
    pages: int
    repeats: int
    load_s: float
    extract_median_s: float
    extract_pages_per_s: float
    plain_median_s: float
    plain_pages_per_s: float
    read_median_s: float
    slowdown_vs_plain: float
    recommendations: int
    actions: int
    timeline_events: int

    def json(self) -> str:
        return json.dumps(asdict(self))


def ensure_long_report(pages: int, cache_dir: Path, seed: int = 7) -> Path:
    """A generated report of at least ``pages`` pages, reused from ``cache_dir`` when already there."""
    from evaluation.synthetic_reports import generate_long_report

    path = cache_dir / f"long-report-{pages}p-s{seed}.pdf"
    if path.exists() and path.with_name(path.stem + ".gold.json").exists():
        return path
    return generate_long_report(cache_dir, pages=pages, seed=seed).path


def _median_time(fn, repeats: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run_benchmark(path: Path, repeats: int = 5) -> BenchResult:
    """Time extraction of ``path`` (read + extract, models preloaded) and plain PyMuPDF text of it.

    Raises:
        InputError: the file does not exist or is not a PDF.
    """
    import pymupdf

    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if path.suffix.lower() != ".pdf":
        raise InputError(f"{path}: the benchmark needs a PDF")
    if repeats < 1:
        raise InputError(f"--repeats must be at least 1, got {repeats}")

    def plain() -> int:
        with pymupdf.open(str(path)) as doc:
            return sum(len(page.get_text()) for page in doc)

    with pymupdf.open(str(path)) as doc:
        pages = len(doc)

    t0 = time.perf_counter()
    from extraction.pipeline import get_extractor

    extractor = get_extractor()
    load_s = time.perf_counter() - t0

    result_box: list = []

    def extract() -> None:
        result_box.append(extractor.extract_path(path))

    def read() -> None:
        from extraction import readers

        readers.read(path).close()

    extract()  # warm-up (first-call caches), not timed
    plain()
    extract_s = _median_time(extract, repeats)
    read_s = _median_time(read, repeats)
    plain_s = _median_time(plain, repeats)
    res = result_box[-1]
    return BenchResult(
        file=str(path),
        pages=pages,
        repeats=repeats,
        load_s=round(load_s, 3),
        extract_median_s=round(extract_s, 4),
        extract_pages_per_s=round(pages / extract_s, 1),
        plain_median_s=round(plain_s, 4),
        plain_pages_per_s=round(pages / plain_s, 1),
        read_median_s=round(read_s, 4),
        slowdown_vs_plain=round(extract_s / plain_s, 1),
        recommendations=len(res.recommendations),
        actions=sum(len(r.actions) for r in res.recommendations),
        timeline_events=len(res.timeline),
    )
