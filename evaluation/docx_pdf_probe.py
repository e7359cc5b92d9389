"""Label-free differential probe of the PDF path: every document of the open sets that exists as DOCX and as its PDF
export is extracted in both forms, and the two readings are compared. The DOCX is read structurally (paragraphs,
table cells) and is usually right, so a disagreement usually points at the PDF path: tables split across pages,
merged cells, rotated pages, columns.

Compared: the recommendations (matched by text, then by number: missing from the PDF, extra in it, another
number, other words, other agencies, another target date) and, under each matched pair, the actions (matched by text: missing, extra, other words)
with their lead as printed, their agencies, their target date and (for the same date) the target cell as printed.

Only the sets named in ``SETS`` are read: never the held-out ones (``annotations/wordproc/test*``, ``dev20``,
``agencies_blind_m``, ``level_blind_j``).

Where a gold file is beside the document (``X.gold.json``, ``X-pdf.gold.json``), each agency or target-date
disagreement says which form the gold agrees with, and is put in a first group by what else differs between the
two readings (``cause``: the heading over it, the Lead / Target cell as printed, its text, or nothing visible).

Run: ``python -m evaluation.docx_pdf_probe [--only SUBSTRING ...] [-v] [--judged] [--variants SEED ...]
[--no-committed] [--docx-any-code] [--no-cache]`` (``-v`` lists each disagreement, ``--judged`` only the agency
and date ones; ``--variants`` adds the re-rendered dev layouts of :mod:`evaluation.docx_pdf_agency_probe_build`,
built under ``$DHR_AGENCY_PROBE_CACHE`` with their builder's gold; readings are cached under
``$DHR_PROBE_CACHE`` or ``$TMPDIR/dhr-docx-pdf-probe`` by file and code, so a rerun with no code change takes
seconds).

Figures, Dec 6 2026 (helper CM, ``--variants 2``: 703 committed pairs and 243 seed-2 variants): at 815973c, 919/946
read alike; judged: action agencies 3 (all "lead cell differs": a Lead cell cut by a page break; DOCX right 2, both
wrong 1), recommendation agencies 2 (a plan's cells read as a glossary, "CCG -> Kent Police": DOCX right; a long
glossary cell the DOCX did not read: PDF right), dates 0; besides, dev19-07 lost a margin number under a large
running line (its actions went to another recommendation). After 09b75cc and e196996: 925/946 alike (the DOCX
readings of the earlier code reused, al-01-rochdale's read again), judged disagreements 0. Left: target cells whose
words the PDF loses ("12 months from publication" -> "publication", same date), tag or lead columns run into the
text (agencies_blind_i ai-13, agencies_blind_h agh-13, same agencies), and the seed-2 artefacts of
``evaluation.variant_probe``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WORDPROC = "annotations/wordproc"
EXTRACTION = "tests/extraction"
#: The open sets (named one by one: a glob would reach the held-out ones: ``annotations/wordproc/test*``,
#: ``dev20``, ``agencies_blind_m``, ``level_blind_j``).
SETS: tuple[str, ...] = (
    *(f"{WORDPROC}/{d}" for d in ("dev", *(f"dev{k}" for k in range(2, 20)))),
    *(f"{EXTRACTION}/plans_blind{s}" for s in ("", *(f"_{c}" for c in "bcdefghijklm"))),
    *(f"{EXTRACTION}/agencies_blind{s}" for s in ("", *(f"_{c}" for c in "bcdefghijkl"))),
    *(f"{EXTRACTION}/level_blind_{c}" for c in "cdefghi"),
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


def read(path: Path, code: str, use_cache: bool = True, any_code: bool = False) -> Reading:
    """The recommendations and actions of one file, as plain data (cached by file content and code; ``any_code``:
    the latest cached reading of the file under any code will do)."""
    key = hashlib.sha256(path.read_bytes()).hexdigest()[:24]
    cached = CACHE / code / f"{key}.json"
    if use_cache and cached.exists():
        return json.loads(cached.read_text())
    if use_cache and any_code:
        older = sorted(CACHE.glob(f"*/{key}.json"), key=lambda p: p.stat().st_mtime)
        if older:
            return json.loads(older[-1].read_text())
    from extraction.pipeline import get_extractor

    result = get_extractor().extract_path(path)
    reading = [
        {
            "number": r.number,
            "text": r.text,
            "heading": r.heading,
            "agencies": sorted(r.agencies),
            "date": r.target_date,
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


def gold_of(docx: Path, pdf: Path) -> tuple[Reading | None, Reading | None]:
    """The gold of each form (``X.gold.json`` and ``X-pdf.gold.json``; a set with one gold per document gives
    it to both), as plain data shaped like a reading; None where there is none."""

    def load(path: Path) -> Reading | None:
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return [
            {
                "number": r.get("number"),
                "text": r.get("text", ""),
                "agencies": sorted(r.get("agencies") or []),
                "date": r.get("target_date"),
                "actions": [
                    {
                        "text": a.get("text", ""),
                        "agencies": sorted(a.get("agencies") or []),
                        "date": a.get("target_date"),
                    }  # fmt: skip
                    for a in r.get("actions") or []
                ],
            }
            for r in data.get("recommendations") or []
        ]

    gold_docx = load(docx.with_name(f"{docx.stem}.gold.json"))
    gold_pdf = load(pdf.with_name(f"{pdf.stem}.gold.json"))
    return gold_docx, gold_pdf if gold_pdf is not None else gold_docx


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


@dataclass(slots=True)
class Diff:
    """One disagreement; ``where`` locates it for the gold check: (docx rec, pdf rec, docx action, pdf action)."""

    kind: str
    what: str
    where: tuple[int, int, int | None, int | None] | None = None
    docx: Any = None
    pdf: Any = None
    #: the likely cause, read from the two readings alone (``cause``)
    cause: str = ""


#: The kinds whose values the gold can judge (field of the recommendation or action).
JUDGED = {
    "rec_agencies": "agencies",
    "rec_date": "date",
    "action_agencies": "agencies",
    "action_date": "date",
}


def cause(
    kind: str, d_rec: dict[str, Any], p_rec: dict[str, Any], d: dict[str, Any], p: dict[str, Any]
) -> str:
    """A first grouping of an agency or date disagreement by what else differs between the two readings: the
    heading the recommendation sat under, the Lead / Target cell as printed, the text (a line lost or a header
    read into it), or nothing visible (the context around the item: a glossary, the paragraphs before it)."""
    if kind.startswith("action_"):
        field = "lead" if kind == "action_agencies" else "date_text"
        if not _same(d.get(field), p.get(field)):
            return "lead cell differs" if field == "lead" else "target cell differs"
    if not _same(d_rec.get("heading"), p_rec.get("heading")):
        return "heading differs"
    if not _same(d.get("text"), p.get("text")):
        return "text differs"
    return "nothing visible differs"


def compare(docx: Reading, pdf: Reading) -> list[tuple[str, str]]:
    """Each disagreement of the PDF's reading with the DOCX's: (kind, what)."""
    return [(d.kind, d.what) for d in diffs(docx, pdf)]


def diffs(docx: Reading, pdf: Reading) -> list[Diff]:
    """Each disagreement of the PDF's reading with the DOCX's."""
    from evaluation.extraction_match import normalise_number

    out: list[Diff] = []
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
    out += [Diff("rec_missing", f"{docx[i]['number']}: {docx[i]['text'][:80]}") for i in left]
    out += [Diff("rec_extra", f"{pdf[j]['number']}: {pdf[j]['text'][:80]}") for j in right]
    for i, j in sorted(pairs_):
        d, p = docx[i], pdf[j]
        tag = f"rec {d['number']}"
        if normalise_number(d["number"]) != normalise_number(p["number"]):
            out.append(Diff("rec_number", f"{tag}: {d['number']!r} -> {p['number']!r}"))
        if not _same(d["text"], p["text"]):
            out.append(Diff("rec_text", f"{tag}: {_where(d['text'], p['text'])}"))
        for kind, field in (("rec_agencies", "agencies"), ("rec_date", "date")):
            if d.get(field) != p.get(field):
                heads = f" (heading {d.get('heading')!r} -> {p.get('heading')!r})"
                out.append(
                    Diff(
                        kind,
                        f"{tag}: {d['text'][:50]!r}: {d.get(field)} -> {p.get(field)}{heads}",
                        (i, j, None, None),
                        d.get(field),
                        p.get(field),
                        cause(kind, d, p, d, p),
                    )  # fmt: skip
                )
        out += _compare_actions(tag, d, p, (i, j))
    return out


def _compare_actions(
    tag: str, d_rec: dict[str, Any], p_rec: dict[str, Any], recs: tuple[int, int]
) -> list[Diff]:
    docx, pdf = d_rec["actions"], p_rec["actions"]
    out: list[Diff] = []
    matched = _matched([a["text"] for a in docx], [a["text"] for a in pdf])
    done_d, done_p = {a for a, _ in matched}, {b for _, b in matched}
    out += [
        Diff("action_missing", f"{tag}: {a['text'][:80]!r}") for k, a in enumerate(docx) if k not in done_d
    ]
    out += [Diff("action_extra", f"{tag}: {a['text'][:80]!r}") for k, a in enumerate(pdf) if k not in done_p]
    for i, j in matched:
        d, p = docx[i], pdf[j]
        what = f"{tag}: {d['text'][:50]!r}"
        where = (recs[0], recs[1], i, j)
        if not _same(d["text"], p["text"]):
            out.append(Diff("action_text", f"{what}: {_where(d['text'], p['text'])}"))
        if not _same(d["lead"], p["lead"]):
            out.append(Diff("action_lead", f"{what}: {d['lead']!r} -> {p['lead']!r}"))
        if d["agencies"] != p["agencies"]:
            out.append(
                Diff(
                    "action_agencies",
                    f"{what}: {d['agencies']} -> {p['agencies']} (lead {d['lead']!r} -> {p['lead']!r})",
                    where,
                    d["agencies"],
                    p["agencies"],
                    cause("action_agencies", d_rec, p_rec, d, p),
                )  # fmt: skip
            )
        if d["date"] == p["date"] and not _same(d["date_text"], p["date_text"]):
            # the same date read from a cell printed otherwise: words a narrow PDF column broke ("Complet e")
            out.append(Diff("action_date_text", f"{what}: {d['date_text']!r} -> {p['date_text']!r}"))
        if d["date"] != p["date"]:
            out.append(
                Diff(
                    "action_date",
                    f"{what}: {d['date']} ({d['date_text']!r}) -> {p['date']} ({p['date_text']!r})",
                    where,
                    d["date"],
                    p["date"],
                    cause("action_date", d_rec, p_rec, d, p),
                )  # fmt: skip
            )
    return out


def verdict(
    diff: Diff, docx: Reading, pdf: Reading, gold_docx: Reading | None, gold_pdf: Reading | None
) -> str:
    """Which form the gold agrees with on one judged disagreement: 'docx right', 'pdf right', 'both wrong', or
    'no gold' (no gold file, or the item not found in it). Each form is judged by its own gold."""
    if diff.kind not in JUDGED or diff.where is None:
        return ""
    field = JUDGED[diff.kind]
    i, j, ai, aj = diff.where

    missing = object()  # the item is not in the gold (None is a gold value: no date)

    def expected(reading: Reading, gold: Reading | None, r: int, a: int | None) -> Any:
        if gold is None:
            return missing
        rec = reading[r]
        hit = _matched([g["text"] for g in gold], [rec["text"]])
        if not hit:
            return missing
        g = gold[hit[0][0]]
        if a is None:
            return g[field]
        found = _matched([x["text"] for x in g["actions"]], [rec["actions"][a]["text"]])
        return g["actions"][found[0][0]][field] if found else missing

    want_d, want_p = expected(docx, gold_docx, i, ai), expected(pdf, gold_pdf, j, aj)
    if want_d is missing and want_p is missing:
        return "no gold"
    right_d, right_p = diff.docx == want_d, diff.pdf == want_p
    if right_d and right_p:
        return "both right"
    return "docx right" if right_d else "pdf right" if right_p else "both wrong"


def _label(path: Path) -> str:
    """A path as the report names it: from the repository root, or a variant's seed folder and name."""
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path.relative_to(path.parents[1]))


def _say(line: str) -> None:
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="keep documents whose path holds any of these")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each disagreement")
    parser.add_argument("--no-cache", action="store_true", help="read every file again")
    parser.add_argument(
        "--judged", action="store_true", help="list only agency / date disagreements, with the gold's verdict"
    )
    parser.add_argument(
        "--variants",
        type=int,
        nargs="*",
        default=[],
        help="add the re-rendered dev layouts of these seeds (evaluation.docx_pdf_agency_probe_build), each "
        "with its builder's gold",
    )
    parser.add_argument("--no-committed", action="store_true", help="leave out the committed documents")
    parser.add_argument(
        "--docx-any-code",
        action="store_true",
        help="reuse DOCX readings of an earlier code (quick runs while changing the PDF path only)",
    )
    args = parser.parse_args(argv)
    code = _code_digest()
    every = [] if args.no_committed else pairs()
    if args.variants:
        from evaluation.docx_pdf_agency_probe import CACHE as VARIANTS
        from evaluation.docx_pdf_agency_probe_build import variant_pairs

        every += list(variant_pairs(VARIANTS, args.variants, gold=True))
    found = [(d, p) for d, p in every if not args.only or any(o in str(p) for o in args.only)]
    totals: Counter[str] = Counter()
    by_set: dict[str, Counter[str]] = {}
    causes: Counter[tuple[str, str]] = Counter()
    verdicts: Counter[tuple[str, str]] = Counter()
    agreeing = 0
    for docx, pdf in found:
        d_read = read(docx, code, not args.no_cache, args.docx_any_code)
        p_read = read(pdf, code, not args.no_cache)
        found_diffs = diffs(d_read, p_read)
        gold_docx, gold_pdf = gold_of(docx, pdf)
        agreeing += not found_diffs
        kinds = Counter(d.kind for d in found_diffs)
        totals.update(kinds)
        by_set.setdefault(_label(docx.parent), Counter()).update(kinds)
        shown = [d for d in found_diffs if not args.judged or d.kind in JUDGED]
        if args.verbose and shown:
            _say(f"{_label(pdf)}")
        for d in shown:
            said = verdict(d, d_read, p_read, gold_docx, gold_pdf)
            if d.kind in JUDGED:
                causes[d.kind, d.cause] += 1
                verdicts[d.kind, said] += 1
            if args.verbose:
                extra = f" [{d.cause}; {said}]" if d.kind in JUDGED else ""
                _say(f"    {d.kind:16s} {d.what}{extra}")
    _say(f"{len(found)} documents in both forms, {agreeing} read alike")
    for name, kinds in by_set.items():
        if kinds:
            _say(f"  {Path(name).name:20s} " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    _say("TOTAL " + (", ".join(f"{k} {n}" for k, n in sorted(totals.items())) or "no disagreement"))
    for kind in JUDGED:
        by_cause = ", ".join(f"{c} {n}" for (k, c), n in sorted(causes.items()) if k == kind)
        by_verdict = ", ".join(f"{v} {n}" for (k, v), n in sorted(verdicts.items()) if k == kind)
        if by_cause:
            _say(f"  {kind:16s} causes: {by_cause}; gold: {by_verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
