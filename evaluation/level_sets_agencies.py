"""Agencies on the level sets (``tests/extraction/level_blind_<x>``): their gold recommendations carry
``agencies`` as well as ``level``, but the sets' own scorer measures level only. This scores

- extraction: agencies P/R/F1 over (recommendation, agency) pairs by form (DOCX and its PDF export), with the
  agencies sets' counting (:func:`evaluation.extraction.evaluate_extraction`: the agencies of an unmatched gold
  recommendation are misses, those of an unmatched extracted one false alarms), and the number of matched
  recommendations whose agencies differ;
- classification: the shipped classifier's agencies (micro P/R/F1) on the gold texts, with the heading the
  document printed for each as context and the gold CSP.

Run: ``python -m evaluation.level_sets_agencies [-v] [c d ...]`` (default: every level set C-I; ``-v`` prints
each wrong recommendation). Only dev level sets are named here: a held-out set is never scored by this module.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1] / "tests" / "extraction"
# the level sets that are dev sets (never a held-out one)
DEV_SETS = ("c", "d", "e", "f", "g", "h", "i")
FORMS = ("docx", "pdf")


def set_folder(letter: str) -> Path:
    if letter not in DEV_SETS:
        raise SystemExit(f"level set {letter!r} is not a dev level set ({', '.join(DEV_SETS)})")
    return ROOT / f"level_blind_{letter}"


def golds(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.gold.json"))]


def gold_result(gold: dict[str, Any], source: Any) -> Any:
    """A level set's gold document as an :class:`ExtractionResult` (text, number, heading, agencies, level), so
    that the agencies sets' scoring compares it with an extraction."""
    from dhr.schema import ExtractionResult

    recs = [
        {
            "id": f"r{n}",
            "number": r.get("number"),
            "text": r["text"],
            "heading": r.get("heading"),
            "agencies": r["agencies"],
            "level": r["level"],
        }
        for n, r in enumerate(gold["recommendations"], 1)
    ]
    return ExtractionResult.model_validate({"source": source.model_dump(), "recommendations": recs})


def extraction_score(folder: Path, verbose: bool = False) -> dict[str, dict[str, float]]:
    """Agencies P/R/F1 by form of the pipeline's extraction against the set's gold."""
    from evaluation.extraction import aggregate, evaluate_extraction
    from extraction.pipeline import get_extractor

    extractor = get_extractor()
    out: dict[str, dict[str, float]] = {}
    sets = golds(folder)
    for form in FORMS:
        metrics = []
        for g in sets:
            pred = extractor.extract_path(folder / f"{g['name']}.{form}")
            m = evaluate_extraction(pred, gold_result(g, pred.source), doc=f"{form} {g['name']}")
            metrics.append(m)
            if verbose:
                for e in m.errors:
                    if e["field"] in ("agencies", "rec_missed", "rec_extra"):
                        sys.stdout.write(f"[{pred.review.csp}] {e}\n")
        agg = aggregate(metrics)
        out[form] = {
            "documents": len(sets),
            "recs_f1": round(agg.recommendations.f1, 3),
            "agencies_p": round(agg.agencies.precision, 3),
            "agencies_r": round(agg.agencies.recall, 3),
            "agencies_f1": round(agg.agencies.f1, 3),
            "matched_wrong_agencies": sum(1 for m in metrics for e in m.errors if e["field"] == "agencies"),
        }
    return out


def classify_score(folder: Path, verbose: bool = False) -> dict[str, float]:
    """The shipped classifier's agencies on the gold texts, with the printed heading and the gold CSP."""
    from classification.classifier import load_classifier
    from dhr.schema.classification import ClassifyInput
    from evaluation.classification import set_metrics

    items = [(g, r) for g in golds(folder) for r in g["recommendations"]]
    inputs = [
        ClassifyInput(id=str(i), text=r["text"], context=r.get("heading"), csp=" and ".join(g["csp_places"]))
        for i, (g, r) in enumerate(items)
    ]
    preds = load_classifier().predict(inputs)
    m = set_metrics([r["agencies"] for _, r in items], [p.agencies for p in preds])["micro"]
    wrong = 0
    for p, (g, r) in zip(preds, items, strict=True):
        if set(p.agencies) != set(r["agencies"]):
            wrong += 1
            if verbose:
                sys.stdout.write(
                    f"classify {g['name']} {r['agencies']} -> {p.agencies} | {r.get('heading')} | {r['text']}\n"
                )
    return {
        "items": len(items),
        "agencies_p": round(m["precision"], 3),
        "agencies_r": round(m["recall"], 3),
        "agencies_f1": round(m["f1"], 3),
        "wrong": wrong,
    }


def score(letter: str, verbose: bool = False) -> dict[str, dict[str, float]]:
    """One dev level set's agencies figures: extraction by form and the classifier (key ``classify``)."""
    folder = set_folder(letter)
    out = extraction_score(folder, verbose)
    out["classify"] = classify_score(folder, verbose)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--classify-only", action="store_true", help="skip extraction (faster)")
    parser.add_argument("sets", nargs="*", default=list(DEV_SETS), help="level set letters (default: c-i)")
    args = parser.parse_args(argv)
    for letter in args.sets:
        if args.classify_only:
            rows = {"classify": classify_score(set_folder(letter), args.verbose)}
        else:
            rows = score(letter, args.verbose)
        for key, row in rows.items():
            sys.stdout.write(f"level_blind_{letter} {key}: {row}\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
