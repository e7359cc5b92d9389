"""Score the third agencies blind set: extraction (the first set's scorer: agencies P/R/F1 over (recommendation,
agency) pairs and recommendations F1, by form) and classification (each gold recommendation's text, with the
heading or Lead cell the document printed for it as context, through the shipped classifier: agencies
micro P/R/F1).

Run: ``python -m tests.extraction.agencies_blind_c.score [-v]`` (``-v`` prints each wrong recommendation).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tests.extraction.agencies_blind.score import cli
from tests.extraction.agencies_blind.score import score as _score_folder

HERE = Path(__file__).resolve().parent


def gold_items(folder: Path = HERE) -> list[dict[str, Any]]:
    """The DOCX gold recommendations of the set: text, context (the printed heading or lead), agencies."""
    items = []
    for gold in sorted(folder.glob("*.gold.json")):
        if gold.name.endswith("-pdf.gold.json"):
            continue
        for rec in json.loads(gold.read_text(encoding="utf-8"))["recommendations"]:
            items.append(
                {
                    "doc": gold.name,
                    "text": rec["text"],
                    "context": rec.get("heading"),
                    "agencies": rec["agencies"],
                }
            )
    return items


def classify_score(verbose: bool = False, folder: Path = HERE) -> dict[str, float]:
    """Agencies micro P/R/F1 of the shipped classifier on the set's recommendation texts."""
    from classification.classifier import load_classifier
    from dhr.schema.classification import ClassifyInput
    from evaluation.classification import set_metrics

    items = gold_items(folder)
    clf = load_classifier()
    pred = clf.predict(
        [ClassifyInput(id=str(n), text=it["text"], context=it["context"]) for n, it in enumerate(items)]
    )
    m = set_metrics([it["agencies"] for it in items], [p.agencies for p in pred])["micro"]
    if verbose:
        for it, p in zip(items, pred, strict=True):
            if set(p.agencies) != set(it["agencies"]):
                print(
                    "classify",
                    it["doc"],
                    it["agencies"],
                    "->",
                    p.agencies,
                    "|",
                    it["context"],
                    "|",
                    it["text"],
                )
    return {
        "items": len(items),
        "agencies_p": round(m["precision"], 3),
        "agencies_r": round(m["recall"], 3),
        "agencies_f1": round(m["f1"], 3),
    }


def score(verbose: bool = False) -> dict[str, dict[str, float]]:
    """This set's extraction figures by form and its classification figure (key ``classify``)."""
    out = _score_folder(verbose, folder=HERE)
    out["classify"] = classify_score(verbose)
    return out


def main(argv: list[str] | None = None) -> int:
    return cli(score, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
