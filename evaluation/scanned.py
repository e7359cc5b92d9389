"""Extraction from scanned reports: the gold PDFs made image-only, read by OCR, scored as born-digital ones.

For each PDF of a gold folder (``<name>.pdf`` with ``<name>.gold.json`` beside it) an image-only copy is made:
every page rendered to a grey image at ``--dpi`` (optionally made to look scanned: a slight rotation, a little
blur, grain and JPEG compression) and written as a new PDF of those images. The extraction pipeline then runs on
the born-digital PDFs and on the scanned copies, scored by :func:`evaluation.extraction.evaluate_folder` (the
same scoring as ``dhr evaluate extraction``), and the per-field table is printed for both, with OCR seconds per
page. DOCX/HTML gold documents are left out (they have no scanned form).

    python -m evaluation.scanned --gold annotations/extraction [--dpi 200] [--ocr-dpi 150] [--noise]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.extraction import ACC_FIELDS, PRF_FIELDS, DocumentResult, ExtractionMetrics


def make_scanned_copy(src: Path, dst: Path, *, dpi: int = 200, noise: bool = False, seed: int = 0) -> int:
    """Write an image-only copy of the PDF ``src`` to ``dst`` (one grey image per page); returns the page count.

    ``noise``: each page is rotated by up to +/-0.6 degrees, blurred slightly, given grain and a few specks,
    and stored as JPEG (quality 80), as a photocopied, scanned report looks.
    """
    import numpy as np
    import pymupdf

    rng = np.random.default_rng(seed)
    out = pymupdf.open()
    with pymupdf.open(src) as doc:
        for page in doc:
            pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
            new = out.new_page(width=page.rect.width, height=page.rect.height)
            if not noise:
                new.insert_image(new.rect, pixmap=pix)
                continue
            import cv2

            img = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
            h, w = img.shape
            angle = float(rng.uniform(-0.6, 0.6))
            matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
            img = cv2.warpAffine(img, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
            img = cv2.GaussianBlur(img, (3, 3), 0.7)
            grain = rng.normal(0.0, 9.0, img.shape)
            img = np.clip(img.astype(np.float32) + grain, 0, 255).astype(np.uint8)
            specks = rng.random(img.shape) < 0.0004
            img[specks] = 0
            ok, jpeg = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 80])
            if not ok:
                raise RuntimeError(f"could not encode page {page.number + 1} of {src}")
            new.insert_image(new.rect, stream=jpeg.tobytes())
        pages = doc.page_count
    out.save(dst, deflate=True, garbage=3)
    out.close()
    return pages


@dataclass
class ScannedRun:
    digital: ExtractionMetrics
    scanned: ExtractionMetrics
    digital_docs: list[DocumentResult]
    scanned_docs: list[DocumentResult]
    pages: int
    ocr_pages: int
    ocr_seconds: float
    digital_seconds: float
    scanned_seconds: float

    @property
    def ocr_seconds_per_page(self) -> float:
        return self.ocr_seconds / self.ocr_pages if self.ocr_pages else 0.0

    def table(self) -> str:
        head = f"{'field':<22}{'digital P':>10}{'R':>7}{'F1':>7}   {'scanned P':>10}{'R':>7}{'F1':>7}"
        lines = [head]
        for name in PRF_FIELDS:
            d, s = getattr(self.digital, name), getattr(self.scanned, name)
            lines.append(
                f"{name:<22}{d.precision:>10.3f}{d.recall:>7.3f}{d.f1:>7.3f}   "
                f"{s.precision:>10.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
            )
        lines.append(f"{'field':<22}{'digital acc':>24}   {'scanned acc':>24}")
        for name in ACC_FIELDS:
            d, s = getattr(self.digital, name), getattr(self.scanned, name)
            lines.append(
                f"{name:<22}{f'{d.value:.3f} ({d.correct}/{d.total})':>24}   "
                f"{f'{s.value:.3f} ({s.correct}/{s.total})':>24}"
            )
        lines.append(
            f"pages {self.pages}; OCR {self.ocr_pages} pages in {self.ocr_seconds:.1f} s = "
            f"{self.ocr_seconds_per_page:.2f} s/page; extraction total digital {self.digital_seconds:.1f} s, "
            f"scanned {self.scanned_seconds:.1f} s"
        )
        return "\n".join(lines)

    def summary(self) -> dict[str, Any]:
        return {
            "digital": self.digital.headline(),
            "scanned": self.scanned.headline(),
            "pages": self.pages,
            "ocr_pages": self.ocr_pages,
            "ocr_seconds_per_page": round(self.ocr_seconds_per_page, 3),
            "failures": {r.name: r.failure for r in self.scanned_docs if r.failure},
        }


def run(gold_dir: Path, *, dpi: int = 200, noise: bool = False, work_dir: Path | None = None) -> ScannedRun:
    """Score born-digital vs scanned copies of the gold folder's PDFs (OCR at ``Settings.ocr_dpi``)."""
    from dhr.errors import InputError
    from evaluation.extraction import evaluate_folder
    from evaluation.synthetic_reports import document_for_gold, gold_files
    from extraction.readers import ocr

    if not gold_dir.is_dir():
        raise InputError(f"--gold {gold_dir}: not a folder")
    pairs = [
        (g, d) for g in gold_files(gold_dir) if (d := document_for_gold(g)) and d.suffix.lower() == ".pdf"
    ]
    if not pairs:
        raise InputError(f"--gold {gold_dir}: no <name>.pdf with a <name>.gold.json beside it")
    with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
        digital_dir, scanned_dir = Path(tmp, "digital"), Path(tmp, "scanned")
        digital_dir.mkdir()
        scanned_dir.mkdir()
        pages = 0
        for seed, (gold, pdf) in enumerate(pairs):
            for folder in (digital_dir, scanned_dir):
                (folder / gold.name).symlink_to(gold.resolve())
            (digital_dir / pdf.name).symlink_to(pdf.resolve())
            pages += make_scanned_copy(pdf, scanned_dir / pdf.name, dpi=dpi, noise=noise, seed=seed)
        t0 = time.perf_counter()
        digital, digital_docs = evaluate_folder(digital_dir)
        t1 = time.perf_counter()
        ocr.ocr_stats(reset=True)
        scanned, scanned_docs = evaluate_folder(scanned_dir)
        t2 = time.perf_counter()
        stats = ocr.ocr_stats()
    return ScannedRun(
        digital=digital,
        scanned=scanned,
        digital_docs=digital_docs,
        scanned_docs=scanned_docs,
        pages=pages,
        ocr_pages=int(stats["pages"]),
        ocr_seconds=float(stats["seconds"]),
        digital_seconds=t1 - t0,
        scanned_seconds=t2 - t1,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evaluation.scanned", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--gold", type=Path, required=True, help="Folder of PDFs with <name>.gold.json beside."
    )
    parser.add_argument(
        "--dpi", type=int, default=200, help="Resolution of the scanned copies (default 200)."
    )
    parser.add_argument("--ocr-dpi", type=int, default=None, help="OCR resolution (default: DHR_OCR_DPI).")
    parser.add_argument("--noise", action="store_true", help="Rotate, blur, add grain, JPEG: a real scan.")
    parser.add_argument(
        "--out", type=Path, default=None, help="Write the summary and per-document JSON here."
    )
    parser.add_argument(
        "--mlflow", action=argparse.BooleanOptionalAction, default=True, help="Log to mlflow."
    )
    args = parser.parse_args(argv)
    if not 72 <= args.dpi <= 600:
        parser.error(f"--dpi must be 72-600, got {args.dpi}")
    if args.ocr_dpi is not None:
        if not 72 <= args.ocr_dpi <= 400:
            parser.error(f"--ocr-dpi must be 72-400, got {args.ocr_dpi}")
        os.environ["DHR_OCR_DPI"] = str(args.ocr_dpi)

    from dhr.errors import DHRError
    from dhr.settings import get_settings

    get_settings.cache_clear()
    settings = get_settings()
    if settings.ocr == "off":
        sys.stderr.write("error: OCR is off (DHR_OCR=off): unset it to read the scanned copies\n")
        return 2
    try:
        result = run(args.gold, dpi=args.dpi, noise=args.noise)
    except DHRError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    sys.stdout.write(
        f"{args.gold}: {len(result.scanned_docs)} PDFs, scanned at {args.dpi} dpi"
        f"{' with noise' if args.noise else ''}, OCR at {settings.ocr_dpi} dpi\n"
    )
    sys.stdout.write(result.table() + "\n")
    for r in result.scanned_docs:
        if r.failure:
            sys.stdout.write(f"  scanned {r.name}: {r.failure}\n")
    summary = result.summary()
    summary.update(gold=str(args.gold), scan_dpi=args.dpi, ocr_dpi=settings.ocr_dpi, noise=args.noise)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            json.dumps(
                {"summary": summary, "scanned_documents": [r.as_dict() for r in result.scanned_docs]},
                indent=2,
                default=str,
            ),
            encoding="utf-8",
        )
    if args.mlflow:
        from evaluation.extraction import log_to_mlflow

        params = {
            "gold": str(args.gold),
            "pred": "pipeline on scanned copies (OCR)",
            "scan_dpi": args.dpi,
            "ocr_dpi": settings.ocr_dpi,
            "noise": args.noise,
            "documents": len(result.scanned_docs),
            "ocr_seconds_per_page": round(result.ocr_seconds_per_page, 3),
        }
        run_id = log_to_mlflow(result.scanned, result.scanned_docs, params, run_name="evaluate-scanned")
        sys.stdout.write(f"mlflow run {run_id}\n")
    sys.stdout.write(json.dumps(summary) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
