"""Score action-plan blind folders: per document and in all, recommendations F1, actions F1 and actions with
their target date F1 (``evaluation.extraction``), each gold beside its PDF or DOCX.

Run: ``python -m tests.extraction.plans_blind_f.score tests/extraction/plans_blind_f [more folders] [-v]``
(``-v`` lists each action and recommendation error).
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from evaluation.extraction import aggregate, evaluate_extraction, load_gold
    from extraction.pipeline import get_extractor

    verbose = "-v" in argv
    metrics = []
    for folder in (a for a in argv if a != "-v"):
        for gold in sorted(Path(folder).glob("*.gold.json")):
            stem = gold.name.removesuffix(".gold.json")
            source = next(
                p for p in (gold.with_name(f"{stem}.pdf"), gold.with_name(f"{stem}.docx")) if p.exists()
            )
            m = evaluate_extraction(get_extractor().extract_path(source), load_gold(gold), doc=stem)
            metrics.append(m)
            print(f"{stem:45s} recs {m.recommendations.f1:.3f} actions {m.actions.f1:.3f} "
                  f"act+date {m.actions_target_date.f1:.3f}")  # fmt: skip
            for error in m.errors if verbose else []:
                if error["field"].startswith(("action", "rec_")):
                    print("    ", error)
    t = aggregate(metrics)
    a = t.actions_target_date
    print(f"TOTAL {len(metrics)} documents: recs F1 {t.recommendations.f1:.3f}, actions F1 {t.actions.f1:.3f}, "
          f"actions+date F1 {a.f1:.3f} (P {a.precision:.3f} R {a.recall:.3f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
