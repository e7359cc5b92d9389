"""Label-free differential probe of the PDF path: every document of the open sets that exists as DOCX and as its PDF
export is extracted in both forms, and the two readings are compared. The DOCX is read structurally (paragraphs,
table cells) and is usually right, so a disagreement usually points at the PDF path: tables split across pages,
merged cells, rotated pages, columns.

Compared: the recommendations (matched by text, then by number: missing from the PDF, extra in it, another
number, other words) and, under each matched pair, the actions (matched by text: missing, extra, other words)
with their lead as printed, their agencies, their target date and (for the same date) the target cell as printed.

Only the sets named in ``SETS`` are read: never the held-out ones (``annotations/wordproc/test*``, ``dev13``,
``level_blind_f``, ``agencies_blind_h``).

Run: ``python -m evaluation.docx_pdf_probe [--only SUBSTRING ...] [-v] [--no-cache]`` (``-v`` lists each
disagreement; readings are cached under ``$TMPDIR/dhr-docx-pdf-probe`` by file and code, so a rerun with no code
change takes seconds).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WORDPROC = "annotations/wordproc"
EXTRACTION = "tests/extraction"
#: The open sets (named one by one: a glob would reach the held-out ones).
SETS: tuple[str, ...] = (
    *(f"{WORDPROC}/{d}" for d in ("dev", *(f"dev{k}" for k in range(2, 13)))),
    *(f"{EXTRACTION}/plans_blind{s}" for s in ("", *(f"_{c}" for c in "bcdefghijklm"))),
    *(f"{EXTRACTION}/agencies_blind{s}" for s in ("", *(f"_{c}" for c in "bcdefg"))),
    *(f"{EXTRACTION}/level_blind_{c}" for c in "cde"),
    f"{EXTRACTION}/plans",
    f"{EXTRACTION}/rec_dates",
)
#: Code whose change changes a reading (the cache key holds a digest of it).
CODE = ("extraction", "dhr", "classification")
CACHE = Path(os.environ.get("DHR_PROBE_CACHE", Path(tempfile.gettempdir()) / "dhr-docx-pdf-probe"))

Reading = list[dict[str, Any]]


def pairs(sets: tuple[str, ...] = SETS) -> list[tuple[Path, Path]]:
    """(DOCX, PDF) of each document in both forms: ``X.docx`` beside ``X.pdf`` or ``X-pdf.pdf``, or beside a PDF
    variant of its own (``X-rotated-pdf.pdf``) that has no DOCX of its own."""
    out = []
    for folder in sets:
        here = ROOT / folder
        docx = {p.stem: p for p in sorted(here.glob("*.docx"))}
        for pdf in sorted(here.glob("*.pdf")):
            stem = pdf.stem.removesuffix("-pdf")
            if stem in docx:
                out.append((docx[stem], pdf))
                continue
            owners = [s for s in docx if stem.startswith(f"{s}-")]
            if owners:
                out.append((docx[max(owners, key=len)], pdf))
    return out


def _code_digest() -> str:
    h = hashlib.sha256()
    for package in CODE:
        for path in sorted((ROOT / package).rglob("*")):
            if path.suffix in {".py", ".json"} and "__pycache__" not in path.parts:
                h.update(path.relative_to(ROOT).as_posix().encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def read(path: Path, code: str, use_cache: bool = True) -> Reading:
    """The recommendations and actions of one file, as plain data (cached by file content and code)."""
    key = hashlib.sha256(path.read_bytes()).hexdigest()[:24]
    cached = CACHE / code / f"{key}.json"
    if use_cache and cached.exists():
        return json.loads(cached.read_text())
    from extraction.pipeline import get_extractor

    result = get_extractor().extract_path(path)
    reading = [
        {
            "number": r.number,
            "text": r.text,
            "actions": [
                {
                    "text": a.text,
                    "lead": a.lead_text,
                    "agencies": sorted(a.agencies),
                    "date": a.target_date,
                    "date_text": a.target_date_text,
                }  # fmt: skip
                for a in r.actions
            ],
        }
        for r in result.recommendations
    ]
    if use_cache:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(reading))
    return reading


def _same(a: str | None, b: str | None) -> bool:
    from evaluation.extraction_match import normalise_text

    return normalise_text(a or "") == normalise_text(b or "")


def _where(a: str, b: str) -> str:
    """Where two texts part: a few words either side of the first word that differs."""
    from evaluation.extraction_match import normalise_text

    wa, wb = normalise_text(a).split(), normalise_text(b).split()
    k = next((i for i, (x, y) in enumerate(zip(wa, wb, strict=False)) if x != y), min(len(wa), len(wb)))
    return f"...{' '.join(wa[max(0, k - 4) : k + 6])!r} -> ...{' '.join(wb[max(0, k - 4) : k + 6])!r}"


def _matched(docx: list[str], pdf: list[str]) -> list[tuple[int, int]]:
    from evaluation.extraction_match import match_texts

    return [(j, i) for i, j, _ in match_texts(pdf, docx)]


def compare(docx: Reading, pdf: Reading) -> list[tuple[str, str]]:
    """Each disagreement of the PDF's reading with the DOCX's: (kind, what)."""
    from evaluation.extraction_match import normalise_number

    out: list[tuple[str, str]] = []
    pairs_ = _matched([r["text"] for r in docx], [r["text"] for r in pdf])
    left = [i for i in range(len(docx)) if i not in {a for a, _ in pairs_}]
    right = [j for j in range(len(pdf)) if j not in {b for _, b in pairs_}]
    # a recommendation read with other words is still the same one when its number is
    for i in list(left):
        n = normalise_number(docx[i]["number"])
        j = next((j for j in right if n and normalise_number(pdf[j]["number"]) == n), None)
        if j is not None:
            pairs_.append((i, j))
            left.remove(i)
            right.remove(j)
    out += [("rec_missing", f"{docx[i]['number']}: {docx[i]['text'][:80]}") for i in left]
    out += [("rec_extra", f"{pdf[j]['number']}: {pdf[j]['text'][:80]}") for j in right]
    for i, j in sorted(pairs_):
        d, p = docx[i], pdf[j]
        tag = f"rec {d['number']}"
        if normalise_number(d["number"]) != normalise_number(p["number"]):
            out.append(("rec_number", f"{tag}: {d['number']!r} -> {p['number']!r}"))
        if not _same(d["text"], p["text"]):
            out.append(("rec_text", f"{tag}: {_where(d['text'], p['text'])}"))
        out += _compare_actions(tag, d["actions"], p["actions"])
    return out


def _compare_actions(
    tag: str, docx: list[dict[str, Any]], pdf: list[dict[str, Any]]
) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    matched = _matched([a["text"] for a in docx], [a["text"] for a in pdf])
    done_d, done_p = {a for a, _ in matched}, {b for _, b in matched}
    out += [("action_missing", f"{tag}: {a['text'][:80]!r}") for k, a in enumerate(docx) if k not in done_d]
    out += [("action_extra", f"{tag}: {a['text'][:80]!r}") for k, a in enumerate(pdf) if k not in done_p]
    for i, j in matched:
        d, p = docx[i], pdf[j]
        what = f"{tag}: {d['text'][:50]!r}"
        if not _same(d["text"], p["text"]):
            out.append(("action_text", f"{what}: {_where(d['text'], p['text'])}"))
        if not _same(d["lead"], p["lead"]):
            out.append(("action_lead", f"{what}: {d['lead']!r} -> {p['lead']!r}"))
        if d["agencies"] != p["agencies"]:
            out.append(("action_agencies", f"{what}: {d['agencies']} -> {p['agencies']}"))
        if d["date"] == p["date"] and not _same(d["date_text"], p["date_text"]):
            # the same date read from a cell printed otherwise: words a narrow PDF column broke ("Complet e")
            out.append(("action_date_text", f"{what}: {d['date_text']!r} -> {p['date_text']!r}"))
        if d["date"] != p["date"]:
            out.append(
                (
                    "action_date",
                    f"{what}: {d['date']} ({d['date_text']!r}) -> {p['date']} ({p['date_text']!r})",
                )
            )
    return out


def _say(line: str) -> None:
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="keep documents whose path holds any of these")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each disagreement")
    parser.add_argument("--no-cache", action="store_true", help="read every file again")
    args = parser.parse_args(argv)
    code = _code_digest()
    found = [(d, p) for d, p in pairs() if not args.only or any(o in str(p) for o in args.only)]
    totals: Counter[str] = Counter()
    by_set: dict[str, Counter[str]] = {}
    agreeing = 0
    for docx, pdf in found:
        diffs = compare(read(docx, code, not args.no_cache), read(pdf, code, not args.no_cache))
        agreeing += not diffs
        kinds = Counter(kind for kind, _ in diffs)
        totals.update(kinds)
        by_set.setdefault(docx.parent.name, Counter()).update(kinds)
        if args.verbose and diffs:
            _say(f"{pdf.relative_to(ROOT)}")
            for kind, what in diffs:
                _say(f"    {kind:16s} {what}")
    _say(f"{len(found)} documents in both forms, {agreeing} read alike")
    for name, kinds in by_set.items():
        if kinds:
            _say(f"  {name:20s} " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    _say("TOTAL " + (", ".join(f"{k} {n}" for k, n in sorted(totals.items())) or "no disagreement"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
