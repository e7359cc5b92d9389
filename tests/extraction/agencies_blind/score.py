"""Score the agencies blind set: extraction agencies P/R/F1 over (recommendation, agency) pairs, by form, and the
same on the recommendations both sides found (so a splitting error is not read as a labelling one).

Run: ``python -m tests.extraction.agencies_blind.score [-v]`` (``-v`` prints each wrong recommendation's
agencies: this set is for fixing against once its blind figure is recorded).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def score(verbose: bool = False, folder: Path = HERE) -> dict[str, dict[str, float]]:
    """The figures for the blind set in ``folder`` (this one by default; other blind sets reuse this scorer)."""
    from evaluation.extraction import aggregate, evaluate_folder

    _total, results = evaluate_folder(folder)
    out: dict[str, dict[str, float]] = {}
    for form in ("docx", "pdf", "all"):
        picked = [r.metrics for r in results if form == "all" or r.name.endswith("-pdf") == (form == "pdf")]
        m = aggregate(picked)
        wrong = sum(1 for r in picked for e in r.errors if e["field"] == "agencies")
        out[form] = {
            "documents": len(picked),
            "recs_f1": round(m.recommendations.f1, 3),
            "agencies_p": round(m.agencies.precision, 3),
            "agencies_r": round(m.agencies.recall, 3),
            "agencies_f1": round(m.agencies.f1, 3),
            "matched_wrong_agencies": wrong,
        }
    if verbose:
        for r in results:
            for e in r.metrics.errors:
                if e["field"].startswith(("agencies", "rec", "failure")):
                    print(r.name, e)
    return out


def form_metrics(folder: Path, form: str) -> tuple[Any, list[dict[str, Any]]]:
    """One form's (``docx`` or ``pdf``) aggregate metrics on the set in ``folder`` and its recommendation and
    agency errors (for an assertion message): what each blind set's test holds."""
    from evaluation.extraction import aggregate, evaluate_extraction, load_gold
    from extraction.pipeline import get_extractor

    extractor = get_extractor()
    metrics = []
    for gold in sorted(folder.glob("*.gold.json")):
        if gold.name.endswith("-pdf.gold.json") != (form == "pdf"):
            continue
        stem = gold.name.removesuffix(".gold.json")
        source = next(
            p for p in (gold.with_name(f"{stem}.pdf"), gold.with_name(f"{stem}.docx")) if p.exists()
        )
        metrics.append(evaluate_extraction(extractor.extract_path(source), load_gold(gold), doc=gold.name))
    wrong = [e for r in metrics for e in r.errors if e["field"] in ("agencies", "rec_missed", "rec_extra")]
    return aggregate(metrics), wrong


def cli(
    score_fn: Callable[[bool], dict[str, dict[str, float]]], description: str, argv: list[str] | None = None
) -> int:
    """The command line each blind set's scorer has: ``-v`` passed to ``score_fn``, then a line of figures a
    form (each set's ``main`` is this with its own ``score``)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    for form, row in score_fn(args.verbose).items():
        sys.stdout.write(f"{form}: {row}\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    return cli(score, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
