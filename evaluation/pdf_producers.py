"""Label-free probe of the PDF reader against other PDF producers: every PDF of the word-processor sets was
exported by LibreOffice, but real reports come from Word, InDesign, browsers and Google Docs, each of which
orders text, marks lists, draws tables and encodes glyphs its own way. Each DOCX of the open sets is made
into PDFs by the producers available offline and each form is scored against the DOCX's gold (the text is the
same; pages are not compared):

- ``docx``: the DOCX itself (the structural reading, the ceiling);
- ``lo-pdf``: the committed LibreOffice export (``<name>-pdf.pdf``);
- ``html``: LibreOffice DOCX -> HTML (its Writer/Web export; automatic legal numbers become nested ``<ol>``
  lists, so ``numbers`` here measure that export, not the reader);
- ``chromium``: that HTML printed by headless Chromium (Skia/PDF, like "print to PDF" of a web page);
- ``story``: that HTML laid out by PyMuPDF's Story API (MuPDF's HTML engine, another glyph and list encoder).

``chromium`` and ``story`` share the ``html`` source, so an error against the gold that the ``html`` reading
does not make is the PDF reader's doing (or the producer's layout): the last lines count those per field, and
``-v`` lists them.

First run (code digest 3f5f87c6c8026537, 218 documents; Story gave up on 10 whose layout never ended):
recommendations F1 docx 0.999, lo-pdf 0.998, html 0.958 (numbers 0.823), chromium 0.963 (numbers 0.863,
actions+date 0.876), story 0.961 (numbers 0.826, actions+date 0.783). Errors a PDF adds over its HTML, by cause:
footnote marks written as a line of their own (both producers), bullets drawn as shapes (Chromium), a borderless
plan whose header is left on the page before (Story), a letter-spaced heading with a kerned pair (Chromium),
wrapped lines starting with a number; the rest is the producer's (Story ignores ``<ol type>``, Chromium clips
a wide table at the Letter page edge, nested ``<ol>`` numbers printed flat).

Second run (code cdb87546d771e212, after the reader joined a line cut at a raised mark, read bullets drawn as
shapes, read a spread heading with a kerned pair and put a heading below both columns of a short left column
after the right one): recommendations F1 chromium 0.963 -> 0.976 (fn 52 -> 27), story 0.962 -> 0.964 (wrong
text over html 30 -> 7); lo-pdf and docx unchanged. Left: Story's borderless plans over a page break, and a
wrapped line starting with a number ("... between" / "2 November and ...") read as a new item.

Only the sets named in ``SETS`` are read (never ``test*``, ``dev13``, ``dev14`` or any blind set).

Run: ``python -m evaluation.pdf_producers [--only SUBSTRING ...] [--producers chromium story] [-v]``. The
HTML and PDFs are built under ``$DHR_PRODUCERS_CACHE`` (default ``$TMPDIR/dhr-pdf-producers``) once; readings
are cached there by file and code digest, so a rerun with no code change takes seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WORDPROC = ROOT / "annotations" / "wordproc"
#: The open sets, named one by one (a glob would reach test*, dev13 and dev14, which are held out).
SETS: tuple[str, ...] = ("dev", *(f"dev{k}" for k in range(2, 13)))
FORMS: tuple[str, ...] = ("docx", "lo-pdf", "html", "chromium", "story")
CACHE = Path(os.environ.get("DHR_PRODUCERS_CACHE", Path(tempfile.gettempdir()) / "dhr-pdf-producers"))
#: A4 in points, with 2 cm margins for the Story layout (Chromium uses its own default margins).
A4 = (0.0, 0.0, 595.0, 842.0)
MARGIN = 56.0
MAX_PAGES = 60


def documents(only: list[str]) -> list[tuple[str, Path, Path]]:
    """(set, DOCX, gold) of each document of the open sets whose path holds any of ``only`` (all when empty)."""
    out = []
    for name in SETS:
        for docx in sorted((WORDPROC / name).glob("*.docx")):
            gold = docx.with_suffix(".gold.json")
            if gold.exists() and (not only or any(o in str(docx) for o in only)):
                out.append((name, docx, gold))
    return out


def _soffice_html(docs: list[Path], out: Path) -> None:
    """DOCX -> HTML with LibreOffice, one process for the lot (its start-up is most of the time)."""
    out.mkdir(parents=True, exist_ok=True)
    profile = CACHE / "lo-profile"
    cmd = [
        "soffice",
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--convert-to",
        "html",
        "--outdir",
        str(out),
        *map(str, docs),
    ]
    subprocess.run(cmd, check=False, capture_output=True, timeout=60 + 20 * len(docs))


def _chromium(html: Path, pdf: Path) -> None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
    cmd = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        html.as_uri(),
    ]
    subprocess.run(cmd, check=False, capture_output=True, timeout=120)


def _story(html: Path, pdf: Path) -> None:
    """``html`` laid out by MuPDF's Story onto A4 pages; a layout that never ends (a block taller than a page
    is placed again and again) is given up after ``MAX_PAGES`` pages, leaving no file."""
    import pymupdf

    story = pymupdf.Story(html=html.read_text(encoding="utf-8", errors="replace"), archive=str(html.parent))
    part = pdf.with_suffix(".part")
    writer = pymupdf.DocumentWriter(str(part))
    page = pymupdf.Rect(*A4)
    where = page + (MARGIN, MARGIN, -MARGIN, -MARGIN)
    more, pages = 1, 0
    while more and pages < MAX_PAGES:
        device = writer.begin_page(page)
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
        pages += 1
    writer.close()
    if more:
        part.unlink()
        raise RuntimeError(f"the Story layout did not end within {MAX_PAGES} pages")
    part.replace(pdf)


def build(set_name: str, docs: list[Path], producers: list[str]) -> dict[Path, dict[str, Path]]:
    """Each document's forms: ``{docx: {form: path}}``, building what the cache lacks."""
    here = CACHE / set_name
    missing = [d for d in docs if not (here / f"{d.stem}.html").exists()]
    if missing:
        _soffice_html(missing, here)
    makers: dict[str, Callable[[Path, Path], None]] = {"chromium": _chromium, "story": _story}
    out: dict[Path, dict[str, Path]] = {}
    for docx in docs:
        forms = {"docx": docx}
        lo = docx.with_name(f"{docx.stem}-pdf.pdf")
        if lo.exists():
            forms["lo-pdf"] = lo
        html = here / f"{docx.stem}.html"
        if html.exists():
            forms["html"] = html
            for name in producers:
                pdf = here / f"{docx.stem}.{name}.pdf"
                if not pdf.exists():
                    try:
                        makers[name](html, pdf)
                    except Exception as exc:  # noqa: BLE001 - one producer failing must not stop the probe
                        sys.stderr.write(f"{docx.name}: {name} failed: {exc}\n")
                if pdf.exists():
                    forms[name] = pdf
        out[docx] = forms
    return out


def read(path: Path, code: str) -> Any:
    """The pipeline's ExtractionResult for one file (cached by file content and code digest)."""
    from dhr.schema import ExtractionResult

    key = hashlib.sha256(path.read_bytes()).hexdigest()[:24]
    cached = CACHE / "readings" / code / f"{key}.json"
    if cached.exists():
        return ExtractionResult.model_validate_json(cached.read_text())
    from extraction.pipeline import get_extractor

    try:
        result = get_extractor().extract_path(path)
    except Exception as exc:  # noqa: BLE001 - an unreadable form scores as empty, named
        sys.stderr.write(f"{path}: {type(exc).__name__}: {exc}\n")
        result = ExtractionResult.model_validate({"source": {"filename": path.name}})
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text(result.model_dump_json())
    return result


def _key(error: dict[str, Any]) -> str:
    """An error without its document, so the same miss in two forms of one document compares equal."""
    return json.dumps({k: v for k, v in error.items() if k != "doc"}, sort_keys=True, default=str)


def _say(error: dict[str, Any]) -> str:
    rest = {k: v for k, v in error.items() if k not in {"doc", "field"}}
    return f"{error['field']:18s} " + " ".join(f"{k}={v!r}" for k, v in rest.items())


def write_sample(picks: list[str], out: Path) -> None:
    """Copy built PDFs (``<stem>:<form>``, e.g. ``dev-01-legal-overview:chromium``) into ``out`` as
    ``<stem>-<form>.pdf`` beside the DOCX's gold, its source set to the PDF; fonts subset and the file
    compacted, so a sample stays small enough to commit."""
    import pymupdf

    out.mkdir(parents=True, exist_ok=True)
    for pick in picks:
        stem, form = pick.split(":")
        (set_name, docx, gold_path), *_ = documents([f"/{stem}.docx"])
        built = CACHE / set_name / f"{stem}.{form}.pdf"
        target = out / f"{stem}-{form}.pdf"
        doc = pymupdf.open(built)
        doc.subset_fonts()
        doc.set_metadata({**doc.metadata, "creationDate": "", "modDate": ""})
        doc.save(target, garbage=4, deflate=True)
        pages = doc.page_count
        doc.close()
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        data = target.read_bytes()
        gold["source"] = {
            "filename": target.name,
            "sha256": hashlib.sha256(data).hexdigest(),
            "pages": pages,
            "format": "pdf",
        }
        target.with_suffix(".gold.json").write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n")


def _say_line(line: str) -> None:
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def _row(form: str, m: Any, n: int) -> str:
    r = m.recommendations
    return (
        f"{form:9s} {n:4d} | {r.precision:.3f} {r.recall:.3f} {r.f1:.3f} | {r.tp:4d} {r.fp:4d} {r.fn:4d} | "
        f"{m.numbers.value:.3f} | {m.agencies.f1:.3f} | {m.actions_target_date.f1:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="keep documents whose path holds any of these")
    parser.add_argument(
        "--producers", nargs="*", default=["chromium", "story"], choices=["chromium", "story"]
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list html-vs-PDF disagreements")
    parser.add_argument("--by-set", action="store_true", help="a table per set as well as the total")
    parser.add_argument("--code", help="the readings of this code digest (a past run's, printed at its end)")
    parser.add_argument(
        "--errors", type=Path, help="write the errors PDF forms add over html here (JSON lines)"
    )
    parser.add_argument(
        "--sample", nargs="*", default=[], help="copy these built PDFs (<stem>:<form>) to --out"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "tests" / "extraction" / "pdf_producers")
    args = parser.parse_args(argv)
    if args.sample:
        write_sample(args.sample, args.out)
        return 0
    from evaluation.docx_pdf_probe import _code_digest
    from evaluation.extraction import aggregate, evaluate_extraction, load_gold

    code = args.code or _code_digest()
    sink = args.errors.open("w", encoding="utf-8") if args.errors else None
    per: dict[str, dict[str, list[Any]]] = {}
    added_by_form: dict[str, dict[str, int]] = {}
    found = documents(args.only)
    for set_name in dict.fromkeys(s for s, _, _ in found):
        docs = [(d, g) for s, d, g in found if s == set_name]
        forms = build(set_name, [d for d, _ in docs], args.producers)
        for docx, gold_path in docs:
            gold = load_gold(gold_path)
            readings = {form: read(path, code) for form, path in forms[docx].items()}
            scored = {
                form: evaluate_extraction(result, gold, doc=docx.stem) for form, result in readings.items()
            }
            for form, m in scored.items():
                per.setdefault(set_name, {}).setdefault(form, []).append(m)
            if "html" not in scored:
                continue
            base = {_key(e) for e in scored["html"].errors}
            for form in args.producers:
                if form not in scored:
                    continue
                added = [e for e in scored[form].errors if _key(e) not in base]
                kinds = added_by_form.setdefault(form, {})
                for e in added:
                    kinds[e["field"]] = kinds.get(e["field"], 0) + 1
                    if sink:
                        sink.write(json.dumps({"set": set_name, "form": form, **e}, default=str) + "\n")
                if args.verbose and added:
                    _say_line(f"{set_name}/{docx.stem} [{form}: errors the html reading has not]")
                    for e in added:
                        _say_line("    " + _say(e))
    header = "form      docs | P     R     F1    |   tp   fp   fn | numbers | agencies | actions+date"
    groups = [*(per if args.by_set else []), "TOTAL"]
    for group in groups:
        _say_line(f"== {group}")
        _say_line(header)
        for form in FORMS:
            ms = (
                per[group].get(form, [])
                if group != "TOTAL"
                else [m for s in per.values() for m in s.get(form, [])]
            )
            if ms:
                _say_line(_row(form, aggregate(ms), len(ms)))
    for form, kinds in added_by_form.items():
        _say_line(
            f"{form}, errors over html: "
            + (", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "none")
        )
    _say_line(json.dumps({"cache": str(CACHE), "code": code}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
