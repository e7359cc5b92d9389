"""Build the second hand-written extraction dev set (formerly held-out): render ``src/*.txt`` (and copy ``src/*.html``) into documents
and complete ``src/<name>.gold.src.json`` into ``<name>.gold.json`` beside each document.

The text and the gold of every document were written by hand (see README.md). PDFs reuse the markup and the
renderer of :mod:`annotations.extraction.build`; Word documents use a richer renderer here (real automatic
numbering through the "List Number" styles, Heading 2 agency headings, tables with merged cells), because real
Word reports number their recommendations in ``numbering.xml`` rather than in the text.

Run: ``python -m annotations.extraction_dev2.build [NAME ...]`` (from the repository root).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import sys
import zipfile
from pathlib import Path

from annotations.extraction.build import checked_gold, parse_markup, render_markup_pdf

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
log = logging.getLogger("annotations.extraction_dev2.build")

_LIST_STYLES = {"#. ": "List Number", "#2. ": "List Number 2", "- ": "List Bullet", "-- ": "List Bullet 2"}


def render_docx_rich(text: str, path: Path) -> dict[str, str]:
    """Word markup -> DOCX. Returns the ``%%`` settings.

    One paragraph per non-blank line. ``#``/``##``/``###`` Heading 1-3; ``#. `` a "List Number" paragraph
    (Word's automatic numbering, continuous through the document); ``#2. `` "List Number 2" (a separate list);
    ``- `` / ``-- `` bullets; ``NUMBER:: text`` a typed bold number; ``@@`` a page break; ``| a | b |`` table rows
    (first row bold header) where a cell ``^^`` merges with the cell above and ``<<`` with the cell to its left,
    `` // `` a new paragraph inside a cell; ``%% header:`` / ``%% footer:`` the running header and footer.
    """
    import docx
    from docx.enum.text import WD_BREAK

    meta: dict[str, str] = {}
    d = docx.Document()
    rows: list[list[str]] = []

    def flush_table() -> None:
        if not rows:
            return
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, c in enumerate(row):
                if c in ("^^", "<<"):
                    continue
                cell = t.cell(i, j)
                parts = c.split(" // ")
                cell.paragraphs[0].text = ""
                run = cell.paragraphs[0].add_run(parts[0])
                run.bold = i == 0
                for extra in parts[1:]:
                    cell.add_paragraph(extra)
        for i, row in enumerate(rows):  # merges after the text, so merged cells keep the first cell's text
            for j, c in enumerate(row):
                if c == "^^":
                    top = i
                    while rows[top][j] == "^^":
                        top -= 1
                    t.cell(top, j).merge(t.cell(i, j))
                elif c == "<<":
                    left = j
                    while rows[i][left] == "<<":
                        left -= 1
                    t.cell(i, left).merge(t.cell(i, j))
        rows.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("%% "):
            k, _, v = line[3:].partition(":")
            meta[k.strip()] = v.strip()
            continue
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush_table()
        if not line.strip():
            continue
        if line.startswith("@@"):
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        if line.startswith("#") and not line.startswith("#.") and not line.startswith("#2."):
            level = len(line) - len(line.lstrip("#"))
            d.add_heading(line[level:].strip(), level=min(level, 3))
            continue
        for prefix, style in _LIST_STYLES.items():
            if line.startswith(prefix):
                d.add_paragraph(line[len(prefix) :].strip(), style=style)
                break
        else:
            p = d.add_paragraph()
            if ":: " in line[:40]:
                number, _, rest = line.partition(":: ")
                p.add_run(number + " ").bold = True
                p.add_run(rest.strip())
            else:
                p.add_run(line.strip())
    flush_table()
    d.sections[0].header.paragraphs[0].text = meta.get("header", "")
    d.sections[0].footer.paragraphs[0].text = meta.get("footer", "")
    d.core_properties.author = "DHR panel"
    fixed = dt.datetime(2024, 1, 1)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_printed = fixed
    d.save(str(path))
    _fix_zip_times(path)
    return meta


def _fix_zip_times(path: Path) -> None:
    """Rewrite the DOCX zip with fixed entry times, so a rebuild gives the same bytes (and sha256)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def build_one(src: Path, out_dir: Path) -> Path:
    name = src.stem
    meta: dict[str, str] = {}
    if src.suffix == ".html":
        out = out_dir / f"{name}.html"
        shutil.copyfile(src, out)
        pages, fmt = 1, "html"
    else:
        text = src.read_text(encoding="utf-8")
        fmt = "docx" if re.search(r"^%% format: docx", text, re.M) else "pdf"
        out = out_dir / f"{name}.{fmt}"
        if fmt == "pdf":
            meta, segs = parse_markup(text)
            pages = render_markup_pdf(meta, segs, out)
        else:
            meta = render_docx_rich(text, out)
            pages = 1
    result = checked_gold(src, out, fmt, pages, meta, running_lines=fmt == "pdf")
    if out.stat().st_size > 200_000:
        raise SystemExit(f"{out.name} is {out.stat().st_size // 1024} KB (limit 200 KB)")
    (out_dir / f"{name}.gold.json").write_text(result.model_dump_json(indent=2), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    names = argv if argv else None
    for src in sorted(SRC.iterdir()):
        if src.suffix not in (".txt", ".html") or (names and src.stem not in names):
            continue
        out = build_one(src, HERE)
        log.info("built %s (%d KB)", out.name, out.stat().st_size // 1024)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
