"""Build the level blind set C (``docs.py``): each document as DOCX, its LibreOffice PDF export, and its gold
(``<name>.gold.json``: the CSP's places, each recommendation's text, printed heading or Lead cell, agencies and
level; one gold for both forms).

Rebuild (LibreOffice needed): ``python -m tests.extraction.level_blind_c.build``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from annotations.wordproc.worddoc import Level, WordDoc
from tests.extraction.level_blind_c.docs import DOCS, BlindDoc

HERE = Path(__file__).resolve().parent


def _document(doc: BlindDoc) -> tuple[WordDoc, list[dict[str, object]]]:
    """The Word document and the gold recommendations, numbered as printed."""
    w = WordDoc(doc.font, 11)
    for i, line in enumerate(doc.title):
        w.para(line, bold=i == 0, size=20 if i == 0 else 14)
    w.page_break()
    w.heading("Introduction", 1)
    for para in doc.front:
        w.para(para)
    w.heading("Recommendations", 1)
    w.para("The panel made the following recommendations.")
    gold: list[dict[str, object]] = []
    decimal = w.abstract([Level("decimal", "%1.")])
    if doc.layout == "table":
        rows: list[list[str | None]] = [["No.", "Recommendation", "Lead agency"]]
        for n, (lead, text, _agencies, _level) in enumerate(doc.recs, start=1):
            rows.append([str(n), text, lead])
        w.table(rows, [1.2, 10.5, 4.5], font_size=10)
    numbers: list[str] = []
    if doc.layout == "numbered":
        nid = w.num(decimal)
        numbers = [w.para(text, num=(nid, 0)).rstrip(".") for _, text, _, _ in doc.recs]
    elif doc.layout == "label":
        for n, (_, text, _, _) in enumerate(doc.recs, start=1):
            w.para(text, label_run=f"Recommendation {n}: ")
            numbers.append(str(n))
    elif doc.layout == "headed":
        nid = w.num(decimal)
        last: str | None = None
        for heading, text, _, _ in doc.recs:
            if heading != last:
                w.heading(heading or "", 2)
                last = heading
            numbers.append(w.para(text, num=(nid, 0)).rstrip("."))
    elif doc.layout == "table":
        numbers = [str(n) for n in range(1, len(doc.recs) + 1)]
    w.heading("Conclusion", 1)
    w.para("The panel thanks the family for their help with this review.")
    for number, (heading, text, agencies, level) in zip(numbers, doc.recs, strict=True):
        gold.append(
            {
                "number": number,
                "heading": heading if doc.layout in ("headed", "table") else None,
                "text": text,
                "agencies": agencies,
                "level": level,
            }
        )
    return w, gold


def build(out: Path = HERE, pdf: bool = True, docs: list[BlindDoc] | None = None) -> None:
    """Write each document of ``docs`` (this set's by default; sets D and E pass theirs) into ``out``."""
    for doc in DOCS if docs is None else docs:
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
