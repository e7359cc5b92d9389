"""Label-free differential probe of the AGENCIES and LEVEL the extractor gives each recommendation, between the
DOCX and the PDF export of the same document.

**The DOCX reading is the reference.** The DOCX is read structurally (paragraph styles, bold runs, numbering,
table cells), so the heading, Agency cell or "Lead agency:" line over a recommendation reaches the agency reader
as the writer set it; the PDF path must rebuild that from lines on a page (headings split over lines, running
headers and footers, bold lost, cells merged, hyphenation, small capitals, columns). A recommendation whose
agency set or level differs between the two readings points at the PDF path (a DOCX fault would show too: the
report says which side gave what, and the reader of the report judges).

Documents (:mod:`evaluation.docx_pdf_agency_probe_build`): every dev layout (``annotations/wordproc/layouts_dev*``,
never ``layouts_test*``) written again for each seed with other real train/dev texts, so other addressee
headings and lead lines, and exported by LibreOffice; plus the committed documents of ``annotations/wordproc/dev``
.. ``dev14`` in both forms. No gold is read.

Recommendations are aligned by text (``evaluation.extraction_match.match_texts``), then by number; each aligned
pair whose agencies or level differ is one disagreement. Recommendations found on one side only are counted
too (``missing`` / ``extra``), as context: an agency disagreement is only counted on aligned pairs.

Run: ``python -m evaluation.docx_pdf_agency_probe [--seeds 1] [--no-committed] [--no-variants] [--only S ...]
[-v]`` (the first run builds and converts the variants, then extracts both forms: about ten minutes on two
cores; documents and readings are cached under ``$DHR_AGENCY_PROBE_CACHE`` or ``/tmp/AO/agency-probe``, readings
by file and code, so a rerun after a code change only extracts again; ``--docx-any-code`` keeps the DOCX
readings of an earlier code, for quick runs while changing the PDF path only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.docx_pdf_agency_probe_build import ROOT, committed_pairs, variant_pairs

CACHE = Path(os.environ.get("DHR_AGENCY_PROBE_CACHE", "/tmp/AO/agency-probe"))
#: Code whose change changes a reading (the cache key holds a digest of it).
CODE = ("extraction", "dhr", "classification")

Reading = list[dict[str, Any]]


@dataclass(slots=True)
class Disagreement:
    document: str
    kind: str  # agencies, level, missing, extra
    number: str | None
    text: str
    docx: Any = None
    pdf: Any = None
    heading_docx: str | None = None
    heading_pdf: str | None = None

    def line(self) -> str:
        where = f"[{self.number}] {self.text[:70]!r}"
        if self.kind in {"missing", "extra"}:
            return f"{self.kind:9s} {where}"
        heads = f" (heading {self.heading_docx!r} -> {self.heading_pdf!r})"
        return f"{self.kind:9s} {where}: {self.docx} -> {self.pdf}{heads}"


def code_digest() -> str:
    h = hashlib.sha256()
    for package in CODE:
        for path in sorted((ROOT / package).rglob("*")):
            if path.suffix in {".py", ".json"} and "__pycache__" not in path.parts:
                h.update(path.relative_to(ROOT).as_posix().encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def extract(path: Path) -> Reading:
    """The recommendations of one file as ``dhr extract`` reads them (the extraction pipeline), as plain data."""
    from extraction.pipeline import get_extractor

    result = get_extractor().extract_path(path)
    return [
        {
            "number": r.number,
            "text": r.text,
            "agencies": sorted(r.agencies),
            "level": r.level,
            "heading": r.heading,
        }
        for r in result.recommendations
    ]


def read(path: Path, code: str, any_code: bool = False, cache: Path = CACHE) -> Reading:
    """``extract`` cached by file content and code (``any_code``: any cached reading of the file will do)."""
    key = hashlib.sha256(path.read_bytes()).hexdigest()[:24]
    folder = cache / "readings" / key
    cached = folder / f"{code}.json"
    if cached.exists():
        return json.loads(cached.read_text())
    if any_code and folder.is_dir():
        older = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
        if older:
            return json.loads(older[-1].read_text())
    reading = extract(path)
    folder.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps(reading))
    return reading


def align(docx: Reading, pdf: Reading) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pairs (docx index, pdf index) matched by text, then by number; the unmatched on each side."""
    from evaluation.extraction_match import match_texts, normalise_number

    pairs = [(j, i) for i, j, _ in match_texts([r["text"] for r in pdf], [r["text"] for r in docx])]
    left = [i for i in range(len(docx)) if i not in {a for a, _ in pairs}]
    right = [j for j in range(len(pdf)) if j not in {b for _, b in pairs}]
    # a recommendation read with other words (a line lost, a header in it) is the same one when its number is
    for i in list(left):
        n = normalise_number(docx[i]["number"])
        j = next((j for j in right if n and normalise_number(pdf[j]["number"]) == n), None)
        if j is not None:
            pairs.append((i, j))
            left.remove(i)
            right.remove(j)
    return sorted(pairs), left, right


def compare(name: str, docx: Reading, pdf: Reading) -> tuple[int, list[Disagreement]]:
    """The number of aligned recommendations, and each disagreement of the PDF reading with the DOCX one."""
    pairs, left, right = align(docx, pdf)
    out = [Disagreement(name, "missing", docx[i]["number"], docx[i]["text"]) for i in left]
    out += [Disagreement(name, "extra", pdf[j]["number"], pdf[j]["text"]) for j in right]
    for i, j in pairs:
        d, p = docx[i], pdf[j]
        for kind in ("agencies", "level"):
            if d[kind] != p[kind]:
                out.append(
                    Disagreement(
                        name,
                        kind,
                        d["number"],
                        d["text"],
                        d[kind],
                        p[kind],
                        d.get("heading"),
                        p.get("heading"),
                    )
                )
    return len(pairs), out


def _say(line: str) -> None:
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def _label(docx: Path, pdf: Path) -> str:
    try:
        return str(pdf.relative_to(ROOT))
    except ValueError:
        return f"{pdf.parent.name}/{pdf.name}"


def _family(label: str) -> str:
    """The layout family of a document: its name without the set's prefix ("dev3-04-six-column-plan")."""
    return Path(label).stem.removesuffix("-pdf").removesuffix("-rotated")


def run(pairs: list[tuple[Path, Path]], any_code: bool, verbose: bool, cache: Path = CACHE) -> Counter[str]:
    code = code_digest()
    totals: Counter[str] = Counter()
    by_source: dict[str, Counter[str]] = {}
    families: set[str] = set()
    for docx_path, pdf_path in pairs:
        label = _label(docx_path, pdf_path)
        source = "variant" if "variants" in pdf_path.parts else "committed"
        families.add(_family(label))
        try:
            docx = read(docx_path, code, any_code, cache)
            pdf = read(pdf_path, code, cache=cache)
        except Exception as err:  # a file the readers refuse is one line of the report, not the end of it
            _say(f"{label}: not read: {err}")
            totals["unreadable"] += 1
            continue
        aligned, diffs = compare(label, docx, pdf)
        kinds = Counter(d.kind for d in diffs)
        kinds["documents"] += 1
        kinds["aligned"] += aligned
        kinds["documents_alike"] += not any(d.kind in {"agencies", "level"} for d in diffs)
        totals.update(kinds)
        by_source.setdefault(source, Counter()).update(kinds)
        if verbose and diffs:
            _say(label)
            for d in diffs:
                _say(f"    {d.line()}")
    _say(f"{totals['documents']} document pairs, {len(families)} layout families")
    for source, kinds in sorted(by_source.items()):
        _say(f"  {source:10s} " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    _say(
        f"TOTAL aligned {totals['aligned']}, agencies differ {totals['agencies']}, level differs "
        f"{totals['level']}, missing {totals['missing']}, extra {totals['extra']}, "
        f"documents alike {totals['documents_alike']}/{totals['documents']}"
    )
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="*", default=[1], help="variant seeds (one build each)")
    parser.add_argument("--only", nargs="*", default=[], help="keep documents whose name holds any of these")
    parser.add_argument("--no-committed", action="store_true", help="leave out the committed dev documents")
    parser.add_argument("--no-variants", action="store_true", help="leave out the re-rendered layouts")
    parser.add_argument("--rebuild", action="store_true", help="write and convert the variants again")
    parser.add_argument("--docx-any-code", action="store_true", help="reuse DOCX readings of an earlier code")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each disagreement")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    logging.getLogger("evaluation.docx_pdf_agency_probe_build").setLevel(logging.INFO)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    pairs: list[tuple[Path, Path]] = []
    if not args.no_committed:
        pairs += [p for p in committed_pairs() if not args.only or any(o in p[1].name for o in args.only)]
    if not args.no_variants:
        pairs += list(variant_pairs(CACHE, args.seeds, args.only or None, args.rebuild))
    run(pairs, args.docx_any_code, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
