"""Build the hand-authored extraction set: render ``src/*.txt`` (and copy ``src/*.html``) into documents, and
complete ``src/<name>.gold.src.json`` into ``<name>.gold.json`` beside each document.

The text and the gold of every document were written by hand (see README.md); this script only lays the
text out (PDF via PyMuPDF Story, DOCX via python-docx) and fills the mechanical gold fields (source file name,
sha256, page count, recommendation ids). It checks that every gold recommendation and action text occurs in
the rendered document, so the gold cannot silently drift from the text.

Run: ``python -m annotations.extraction.build`` (from the repository root).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import sys
from pathlib import Path

from dhr.schema import ExtractionResult, SourceInfo
from evaluation.extraction import normalise_text
from evaluation.synthetic_reports import Bullet, Heading, Para, Segment, Table, render_docx, render_pdf

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
log = logging.getLogger("annotations.build")

SERIF_CSS = """
body { font-family: serif; font-size: 11.5pt; line-height: 1.35; }
h1 { font-size: 16pt; margin-top: 6pt; } h2 { font-size: 13pt; } h3 { font-size: 12pt; font-style: italic; }
p { margin-top: 2pt; margin-bottom: 7pt; text-align: justify; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #000000; padding: 3pt; font-size: 9pt; vertical-align: top; }
th { background-color: #c6d9f1; }
"""
SANS_CSS = """
body { font-family: sans-serif; font-size: 11pt; line-height: 1.5; }
h1 { font-size: 14pt; color: #1f3864; } h2 { font-size: 12pt; color: #1f3864; } h3 { font-size: 11pt; }
p { margin-top: 0pt; margin-bottom: 8pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #444444; padding: 2pt; font-size: 8.5pt; vertical-align: top; }
th { background-color: #e7e6e6; }
"""


def parse_markup(text: str) -> tuple[dict[str, str], list[Segment]]:
    """Tiny markup -> (meta, segments). See README.md for the syntax."""
    meta: dict[str, str] = {}
    segs: list[Segment] = [Segment()]
    para: list[str] = []
    lines_para: list[str] = []
    number: str | None = None
    table: list[list[str]] = []
    groups: set[int] = set()

    def flush() -> None:
        nonlocal para, number, table, groups, lines_para
        if para:
            segs[-1].blocks.append(Para(" ".join(para), number=number))
        if lines_para:
            segs[-1].blocks.append(Para(" ".join(lines_para), number=number, lines=[x for x in lines_para]))
        if table:
            segs[-1].blocks.append(Table(table, group_rows=groups))
        para, lines_para, number, table, groups = [], [], None, [], set()

    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("%% "):
            k, _, v = line[3:].partition(":")
            meta[k.strip()] = v.strip()
            continue
        if line.startswith("@@"):
            flush()
            opts = line[2:].split()
            segs.append(Segment(landscape="landscape" in opts, columns=2 if "columns=2" in opts else 1))
            continue
        if not line.strip():
            flush()
            continue
        if line.startswith("|"):
            if para or lines_para:
                flush()
            group = line.startswith("|!")
            cells = [c.strip().replace(" // ", "\n") for c in line.strip("|!").split("|")]
            if group:
                groups.add(len(table))
            table.append(cells)
            continue
        if table:
            flush()
        if line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            segs[-1].blocks.append(Heading(line[level:].strip(), level))
            continue
        if line.startswith("- "):
            flush()
            segs[-1].blocks.append(Bullet(line[2:].strip()))
            continue
        if line.startswith("~ "):
            if para:
                flush()
            if not lines_para and "::" in line[:30]:
                number, _, rest = line[2:].partition(":: ")
                lines_para.append(rest)
            else:
                lines_para.append(line[2:])
            continue
        if lines_para:
            flush()
        if para and ":: " in line[:40]:
            flush()
        if not para and ":: " in line[:40]:
            number, _, rest = line.partition(":: ")
            para.append(rest.strip())
            continue
        para.append(line.strip())
    flush()
    return meta, [s for s in segs if s.blocks]


def document_text(path: Path) -> str:
    """Plain text of a built document (for the gold check)."""
    if path.suffix == ".pdf":
        import pymupdf

        with pymupdf.open(str(path)) as doc:
            return "\n".join(p.get_text() for p in doc)
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    from bs4 import BeautifulSoup

    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").get_text(" ")


def render_markup_pdf(meta: dict[str, str], segs: list[Segment], out: Path) -> int:
    """The markup's segments as a PDF at ``out``, in the style and with the running lines its ``%%`` settings
    name; returns its page count."""
    css = SERIF_CSS if meta.get("css") == "serif" else SANS_CSS
    return render_pdf(
        segs,
        out,
        meta.get("header", ""),
        css=css,
        footer=meta.get("footer", "Page {n} of {total}"),
        skip_first_page=meta.get("title_page", "yes") == "yes",
    )


def build_one(src: Path, out_dir: Path) -> Path:
    name = src.stem
    meta: dict[str, str] = {}
    if src.suffix == ".html":
        out = out_dir / f"{name}.html"
        shutil.copyfile(src, out)
        pages, fmt = 1, "html"
    else:
        meta, segs = parse_markup(src.read_text(encoding="utf-8"))
        fmt = meta.get("format", "pdf")
        out = out_dir / f"{name}.{fmt}"
        if fmt == "pdf":
            pages = render_markup_pdf(meta, segs, out)
        else:
            render_docx(segs, out, meta.get("header", ""))
            pages = 1
    result = checked_gold(src, out, fmt, pages, meta, running_lines=src.suffix != ".html")
    assert isinstance(result.source, SourceInfo)
    (out_dir / f"{name}.gold.json").write_text(result.model_dump_json(indent=2), encoding="utf-8")
    return out


def checked_gold(
    src: Path, out: Path, fmt: str, pages: int, meta: dict[str, str], *, running_lines: bool
) -> ExtractionResult:
    """The hand-written gold of ``src`` (``<name>.gold.src.json`` beside it) completed for the document ``out``
    (file name, sha256, pages, format, recommendation ids) and checked: every recommendation, action and timeline
    text must stand in the document's text (with ``running_lines``, after its running header and footer lines
    are dropped), so that the gold cannot drift from the text.

    Raises:
        SystemExit: a gold text is not in the document.
    """
    gold_src = src.with_name(src.stem + ".gold.src.json")
    gold = json.loads(gold_src.read_text(encoding="utf-8"))
    gold["source"] = {
        "filename": out.name,
        "sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
        "pages": pages,
        "format": fmt,
    }
    for i, rec in enumerate(gold.get("recommendations", [])):
        rec["id"] = f"r{i + 1}"
    result = ExtractionResult.model_validate(gold)
    raw = document_text(out)
    if running_lines:  # drop the running header and footer lines before checking
        footer = re.escape(meta.get("footer", "Page {n} of {total}")).replace(r"\{n\}", r"\d+")
        footer = footer.replace(r"\{total\}", r"\d+")
        keep = [
            ln
            for ln in raw.splitlines()
            if ln.strip() != meta.get("header") and not re.fullmatch(footer, ln.strip())
        ]
        raw = "\n".join(keep)
    text = normalise_text(raw.replace("-\n", ""))
    problems = []
    for rec in result.recommendations:
        if normalise_text(rec.text) not in text:
            problems.append(f"recommendation not in text: {rec.text[:70]}")
        for a in rec.actions:
            if normalise_text(a.text) not in text:
                problems.append(f"action not in text: {a.text[:70]}")
    for ev in result.timeline:
        if normalise_text(ev.text) not in text:
            problems.append(f"timeline sentence not in text: {ev.text[:70]}")
    if problems:
        raise SystemExit(f"{src.name}:\n  " + "\n  ".join(problems))
    return result


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    names = argv if argv else None
    for src in sorted(SRC.iterdir()):
        if src.suffix not in (".txt", ".html") or (names and src.stem not in names):
            continue
        out_dir = HERE / "samples" if src.stem.startswith("sample-") else HERE
        out = build_one(src, out_dir)
        log.info("built %s (%d KB)", out.relative_to(HERE), out.stat().st_size // 1024)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
