"""Build the level blind set E (``docs.py``) with set C's layouts: each document as DOCX, its LibreOffice PDF
export, and its gold (``<name>.gold.json``, set C's format; one gold for both forms).

Rebuild (LibreOffice needed): ``python -m tests.extraction.level_blind_e.build [--no-pdf]``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.extraction.level_blind_c.build import _document
from tests.extraction.level_blind_e.docs import DOCS

HERE = Path(__file__).resolve().parent


def build(out: Path = HERE, pdf: bool = True) -> None:
    for doc in DOCS:
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
