"""Documents for the DOCX/PDF agency probe (:mod:`evaluation.docx_pdf_agency_probe`): every dev layout of
``annotations/wordproc`` (``layouts_dev*`` only, never the held-out ``layouts_test*``) written again with other
real recommendation texts, and the committed dev documents in both forms.

A variant is the layout's own builder fed the real pool (``annotations/real``, train and dev splits only, as
``annotations/wordproc/build.py`` reads it) with each area's texts shuffled by a seed: the builder then picks other
texts for the same addressee slots, and so prints other agency headings, Lead cells and "Lead agency:" lines
(the headings a layout prints come from each text's own written addressee and gold agencies, ``leads.py``).

The DOCX files are written under the cache folder and exported to PDF by LibreOffice, one ``soffice`` call per set
of export options (a start of LibreOffice costs seconds; one call converts many files), and are kept: a rerun
converts nothing it has already converted.
"""

from __future__ import annotations

import logging
import random
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.parts import Builder
from annotations.wordproc.worddoc import WordDoc

ROOT = Path(__file__).resolve().parent.parent
WORDPROC = ROOT / "annotations" / "wordproc"
#: The committed dev folders (named one by one: a glob would reach the held-out ``test*`` ones).
#: Orders of the pool tried for one variant before the layout is left out.
TRIES = 8
DEV_FOLDERS: tuple[str, ...] = ("dev", *(f"dev{k}" for k in range(2, 15)))

log = logging.getLogger(__name__)


def dev_builders() -> tuple[dict[str, Builder], dict[str, str]]:
    """Every dev layout's builder by document name, and the LibreOffice export options by name."""
    from annotations.wordproc import build
    from annotations.wordproc.layouts_dev11 import PDF_OPTIONS_11
    from annotations.wordproc.layouts_dev11b import DEV11
    from annotations.wordproc.layouts_dev12b import DEV12, PDF_OPTIONS_12
    from annotations.wordproc.layouts_dev13b import DEV13, PDF_OPTIONS_13
    from annotations.wordproc.layouts_dev14b import DEV14, PDF_OPTIONS_14

    builders: dict[str, Builder] = {}
    for batch in (build.DEV, build.DEV2, build.DEV3, build.DEV4, build.DEV5, build.DEV6, build.DEV7):
        builders.update(batch)
    for batch in (build.DEV8, build.DEV9, build.DEV10, DEV11, DEV12, DEV13, DEV14):
        builders.update(batch)
    options = {**build.PDF_OPTIONS, **PDF_OPTIONS_11, **PDF_OPTIONS_12, **PDF_OPTIONS_13, **PDF_OPTIONS_14}
    return builders, options


def committed_pairs() -> list[tuple[Path, Path]]:
    """(DOCX, PDF) of each committed dev document: ``X.docx`` with ``X-pdf.pdf`` (and its rotated copy)."""
    out = []
    for folder in DEV_FOLDERS:
        here = WORDPROC / folder
        for docx in sorted(here.glob("*.docx")):
            for pdf in (here / f"{docx.stem}-pdf.pdf", here / f"{docx.stem}-rotated-pdf.pdf"):
                if pdf.exists():
                    out.append((docx, pdf))
    return out


def shuffled_pool(pool: dict[str, list[RealRec]], seed: int, name: str) -> dict[str, list[RealRec]]:
    """The pool with each area's texts in another order (the same for one seed and document, run to run)."""
    rng = random.Random(f"{seed}:{name}")
    out = {}
    for csp, recs in pool.items():
        recs = list(recs)
        rng.shuffle(recs)
        out[csp] = recs
    return out


def _write(
    builder: Builder, pool: dict[str, list[RealRec]], seed: int, name: str
) -> tuple[WordDoc, Gold] | None:
    """The layout written from a shuffled pool, with the gold its builder writes beside it; another order when
    one leaves a slot short of texts (an early slot with a wide addressee took the few texts a later, narrower
    one needs). The same seed gives the same document and gold, run to run."""
    for attempt in range(TRIES):
        try:
            word, gold = builder(shuffled_pool(pool, seed * 1000 + attempt, name), set())
        except (SystemExit, Exception) as err:  # the builders stop with SystemExit when a slot is short
            log.debug("%s (seed %d, try %d): %s", name, seed, attempt, err)
            continue
        restyle(word, seed)
        return word, gold
    log.info("%s (seed %d): not built", name, seed)
    return None


def gold_path(docx: Path) -> Path:
    """Where a variant's gold lies: ``<name>.gold.json`` beside its DOCX (the format ``build.py`` writes)."""
    return docx.with_name(docx.stem + ".gold.json")


def _body_xml(docx: Path | WordDoc) -> str:
    from docx import Document

    doc = docx.doc if isinstance(docx, WordDoc) else Document(str(docx))
    return str(doc.element.body.xml)


def write_variant_gold(docx: Path, gold: Gold) -> None:
    from annotations.wordproc.build import write_gold

    write_gold(gold, docx, "docx", 1)


def ensure_gold(docx: Path, builder: Builder, pool: dict[str, list[RealRec]], seed: int, name: str) -> bool:
    """Give a variant built before the probe kept golds its gold: the layout written again from the same seed,
    kept only when its body is the cached DOCX's body (a layout changed since gives another document: False)."""
    if gold_path(docx).exists():
        return True
    written = _write(builder, pool, seed, name)
    if written is None or _body_xml(written[0]) != _body_xml(docx):
        log.info("%s (seed %d): the layout writes another document now; no gold", name, seed)
        return False
    write_variant_gold(docx, written[1])
    return True


def restyle(word: WordDoc, seed: int) -> None:
    """Other page geometry and print for every second and third seed, so that the same layout wraps and breaks
    elsewhere in the PDF: seed 2, 5, ...: a text column 4 cm narrower and print 1.5 pt larger (headings and
    lead-in lines split over two lines, a heading left at a page foot over a running footer); seed 3, 6, ...:
    a serif face at 12 pt on margins 1 cm narrower (lines that wrapped in the layout's own print run on). Seed 1
    keeps the layout's own print."""
    from docx.shared import Cm, Pt

    if seed % 3 == 1:
        return
    normal = word.doc.styles["Normal"].font
    size = normal.size.pt if normal.size is not None else 11.0
    if seed % 3 == 2:
        normal.size = Pt(size + 1.5)
        widen = Cm(-2)
    else:
        normal.name = "Liberation Serif"
        normal.size = Pt(12)
        widen = Cm(1)
    for section in word.doc.sections:
        for side in ("left_margin", "right_margin"):
            now = getattr(section, side)
            if now is not None:
                setattr(section, side, max(Cm(0.8), now - widen))


def _convert(docs: list[Path], options: str | None, out_dir: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice not found (LibreOffice is needed to build the variants)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
             f"pdf:writer_pdf_Export:{options}" if options else "pdf", "--outdir", str(out_dir),
             *map(str, docs)],
            check=False, capture_output=True, timeout=120 + 20 * len(docs),
        )  # fmt: skip


def variant_pairs(
    cache: Path, seeds: list[int], only: list[str] | None = None, rebuild: bool = False, gold: bool = False
) -> Iterator[tuple[Path, Path]]:
    """(DOCX, PDF) of each dev layout written again for each seed, built into ``cache/variants/s<seed>/``, with
    the builder's gold beside each new DOCX (``gold``: every yielded DOCX has one, a variant built before golds
    were kept given one by :func:`ensure_gold` or, when the layout changed since, written again)."""
    from annotations.wordproc.parts import real_pool

    builders, options = dev_builders()
    pool = real_pool()
    for seed in seeds:
        out_dir = cache / "variants" / f"s{seed}"
        out_dir.mkdir(parents=True, exist_ok=True)
        todo: dict[str | None, list[Path]] = {}
        built: list[Path] = []
        for name, builder in builders.items():
            if only and not any(o in name for o in only):
                continue
            docx = out_dir / f"{name}.docx"
            pdf = docx.with_suffix(".pdf")
            failed = docx.with_suffix(".failed")
            if failed.exists() and not rebuild:
                continue
            if not rebuild and docx.exists() and pdf.exists():
                if not gold or ensure_gold(docx, builder, pool, seed, name):
                    built.append(docx)
                    continue
            written = _write(builder, pool, seed, name)
            if written is None:
                failed.write_text("no order of the pool gave the layout its texts")
                continue
            word, made = written
            word.save(docx)
            write_variant_gold(docx, made)
            pdf.unlink(missing_ok=True)
            todo.setdefault(options.get(name), []).append(docx)
            built.append(docx)
        for opts, docs in todo.items():
            for k in range(0, len(docs), 25):
                log.info("converting %d documents (seed %d, options %s)", len(docs[k : k + 25]), seed, opts)
                _convert(docs[k : k + 25], opts, out_dir)
        for docx in built:
            if docx.with_suffix(".pdf").exists():
                yield docx, docx.with_suffix(".pdf")
