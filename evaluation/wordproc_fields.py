"""Dev-only diagnostic: the recommendation fields the word-processor scorer does not score but users see.

Each recommendation's ``section`` (overview / single_agency ...) and ``heading`` (the agency heading printed over it)
are shown to users and feed agency attribution, yet :mod:`annotations.wordproc.score` measures neither. This prints,
per named dev folder and form (DOCX, PDF), their accuracy on the recommendations matched to gold (the scorer's own
one-to-one text matching), and with ``-v`` each mismatch.

Run: ``python -m evaluation.wordproc_fields dev17 [dev16 ...] [-v]``. Only the word-processor dev folders that
``annotations.wordproc.score`` scores by default are accepted: the held-out ``test*`` folders and the blind ones it
scores only when named are refused, so their per-item errors are never printed.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from annotations.wordproc.score import FOLDERS

if TYPE_CHECKING:
    from dhr.schema import ExtractionResult

HERE = Path(__file__).resolve().parent.parent / "annotations" / "wordproc"
#: The folders this diagnostic may read: its errors are printed, so only sets whose errors are open to read.
ALLOWED = tuple(f for f in FOLDERS if f.startswith("dev"))


@dataclass
class FieldCounts:
    """Matched recommendations and how many had each field right, with the misses for ``-v``."""

    matched: int = 0
    section_ok: int = 0
    heading_ok: int = 0
    misses: list[str] = field(default_factory=list)


def _norm_heading(text: str | None) -> str:
    # a heading's case, spacing and trailing colon are layout, not content
    return " ".join((text or "").split()).rstrip(":").casefold()


def compare(pred: ExtractionResult, gold: ExtractionResult, doc: str, counts: FieldCounts) -> None:
    """Add one document's matched recommendations to ``counts``."""
    from evaluation.extraction_match import DEFAULT_THRESHOLD, match_texts

    pr = pred.recommendations
    gr = gold.recommendations
    for i, j, _s in match_texts([r.text for r in pr], [r.text for r in gr], DEFAULT_THRESHOLD):
        p, g = pr[i], gr[j]
        counts.matched += 1
        sec_ok = str(p.section) == str(g.section)
        head_ok = _norm_heading(p.heading) == _norm_heading(g.heading)
        counts.section_ok += sec_ok
        counts.heading_ok += head_ok
        if not (sec_ok and head_ok):
            what = []
            if not sec_ok:
                what.append(f"section {_value(g.section)!r} got {_value(p.section)!r}")
            if not head_ok:
                what.append(f"heading {g.heading!r} got {p.heading!r}")
            counts.misses.append(
                f"{doc} #{g.number or '-'} {' '.join(g.text.split())[:60]!r}: {'; '.join(what)}"
            )


def _value(v: object) -> str:
    return str(getattr(v, "value", v))


def run_folder(folder: str) -> dict[str, FieldCounts]:
    """Per form (docx, pdf), the field counts of one folder (the pipeline run in-process)."""
    from evaluation.extraction import load_gold
    from evaluation.synthetic_reports import document_for_gold, gold_files
    from extraction.pipeline import get_extractor

    extractor = get_extractor()
    out = {"docx": FieldCounts(), "pdf": FieldCounts()}
    for gold_path in gold_files(HERE / folder):
        name = gold_path.name[: -len(".gold.json")]
        doc = document_for_gold(gold_path)
        if doc is None:
            continue
        gold = load_gold(gold_path)
        pred = extractor.extract_path(doc)
        compare(pred, gold, name, out["pdf" if name.endswith("-pdf") else "docx"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", metavar="FOLDER", help=f"any of {', '.join(ALLOWED)}")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each mismatch")
    args = parser.parse_args(argv)
    refused = [f for f in args.folders if f not in ALLOWED]
    if refused:
        parser.error(
            f"refused folder(s): {', '.join(refused)}; only {', '.join(ALLOWED)} (dev folders open to read)"
        )
    sys.stdout.write("set | form | matched | section | heading\n")
    totals = {"docx": FieldCounts(), "pdf": FieldCounts()}
    for folder in args.folders:
        for form, c in run_folder(folder).items():
            if not c.matched:
                continue
            t = totals[form]
            t.matched += c.matched
            t.section_ok += c.section_ok
            t.heading_ok += c.heading_ok
            sys.stdout.write(
                f"{folder} | {form} | {c.matched} | {c.section_ok / c.matched:.3f} | {c.heading_ok / c.matched:.3f}\n"
            )
            if args.verbose:
                for line in c.misses:
                    sys.stdout.write(f"    {line}\n")
    for form, t in totals.items():
        if t.matched and len(args.folders) > 1:
            sys.stdout.write(
                f"all | {form} | {t.matched} | {t.section_ok / t.matched:.3f} | {t.heading_ok / t.matched:.3f}\n"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
