"""Build the level blind set F (``docs.py``) in set C's layouts: each document as DOCX, its LibreOffice PDF export,
and its gold (``<name>.gold.json``, set C's format: the CSP's places, each recommendation's text, printed heading
or Lead cell, agencies and level; one gold for both forms). Set C's writer is followed part for part, with the two
parts set F adds: a running header on every page and a "Foreword" before the introduction.

Rebuild (LibreOffice needed): ``python -m tests.extraction.level_blind_f.build [--no-pdf]``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from annotations.wordproc.worddoc import Level, WordDoc
from tests.extraction.level_blind_f.docs import DOCS, FDoc

HERE = Path(__file__).resolve().parent


def _recommendations(w: WordDoc, doc: FDoc) -> list[str]:
    """Write the recommendations in the document's layout; the numbers as printed."""
    decimal = w.abstract([Level("decimal", "%1.")])
    if doc.layout == "table":
        rows: list[list[str | None]] = [["No.", "Recommendation", "Lead agency"]]
        for n, (lead, text, _agencies, _level) in enumerate(doc.recs, start=1):
            rows.append([str(n), text, lead])
        w.table(rows, [1.2, 10.5, 4.5], font_size=10)
        return [str(n) for n in range(1, len(doc.recs) + 1)]
    if doc.layout == "numbered":
        nid = w.num(decimal)
        return [w.para(text, num=(nid, 0)).rstrip(".") for _, text, _, _ in doc.recs]
    numbers: list[str] = []
    if doc.layout == "label":
        for n, (_, text, _, _) in enumerate(doc.recs, start=1):
            w.para(text, label_run=f"Recommendation {n}: ")
            numbers.append(str(n))
        return numbers
    if doc.layout != "headed":
        raise ValueError(f"unknown layout {doc.layout!r}")
    nid = w.num(decimal)
    last: str | None = None
    for heading, text, _, _ in doc.recs:
        if heading != last:
            w.heading(heading or "", 2)
            last = heading
        numbers.append(w.para(text, num=(nid, 0)).rstrip("."))
    return numbers


def _document(doc: FDoc) -> tuple[WordDoc, list[dict[str, object]]]:
    """The Word document and the gold recommendations, numbered as printed."""
    w = WordDoc(doc.font, 11)
    for i, line in enumerate(doc.title):
        w.para(line, bold=i == 0, size=20 if i == 0 else 14)
    w.page_break()
    if doc.foreword:
        w.heading("Foreword", 1)
        for para in doc.foreword:
            w.para(para)
    w.heading("Introduction", 1)
    for para in doc.front:
        w.para(para)
    w.heading("Recommendations", 1)
    w.para("The panel made the following recommendations.")
    numbers = _recommendations(w, doc)
    w.heading("Conclusion", 1)
    w.para("The panel thanks the family for their help with this review.")
    if doc.header:
        w.header_footer(doc.header, "Page {n}")
    gold = [
        {
            "number": number,
            "heading": heading if doc.layout in ("headed", "table") else None,
            "text": text,
            "agencies": agencies,
            "level": level,
        }
        for number, (heading, text, agencies, level) in zip(numbers, doc.recs, strict=True)
    ]
    return w, gold


def build(out: Path = HERE, pdf: bool = True, docs: Sequence[FDoc] = DOCS) -> None:
    """Write each document of ``docs`` into ``out`` with its gold (and, with ``pdf``, its LibreOffice PDF export);
    set G builds its own documents through this too."""
    for doc in docs:
        w, recs = _document(doc)
        docx = out / f"{doc.name}.docx"
        w.save(docx)
        gold = {"name": doc.name, "csp_places": doc.places, "layout": doc.layout, "recommendations": recs}
        (out / f"{doc.name}.gold.json").write_text(json.dumps(gold, indent=2) + "\n", encoding="utf-8")
        if pdf:
            with tempfile.TemporaryDirectory() as profile:
                subprocess.run(
                    ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                     "--outdir", str(out), str(docx)],
                    check=True, capture_output=True, timeout=180,
                )  # fmt: skip


if __name__ == "__main__":
    build(pdf="--no-pdf" not in sys.argv)
