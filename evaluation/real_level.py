"""Level accuracy on real recommendations (``annotations/real``), with and without the commissioning CSP.

``evaluate_level(items, classifier)`` classifies each real item with its heading (``addressed_to``) as context
and its commissioning CSP, and scores the level against the label; it also reports the accuracy the same
classifier gets when the CSP is withheld, and the accuracy by what decided the level (``level_basis``).

    python -m evaluation.real_level --split dev [--show-errors]

Errors are printed for ``train`` and ``dev`` only: ``test`` is for the final figure, never for fixing errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Any

from dhr.schema.classification import Classification, ClassifyInput

LEVELS = ("local", "regional", "national")


def _inputs(items: list[dict[str, Any]], with_csp: bool) -> list[ClassifyInput]:
    # older classifiers' input has no csp field: it is then left out (the "before" figure)
    has_csp = "csp" in ClassifyInput.model_fields
    return [
        ClassifyInput(
            id=str(it.get("id") or i),
            text=it["text"],
            context=it.get("addressed_to") or None,
            **({"csp": it.get("csp") or None} if has_csp and with_csp else {}),
        )
        for i, it in enumerate(items)
    ]


def _basis_kind(c: Classification) -> str:
    basis = getattr(c, "level_basis", None) or "none"
    return basis.split(":")[0]


def _score(items: list[dict[str, Any]], preds: list[Classification]) -> dict[str, Any]:
    gold = [it["level"] for it in items]
    pred = [p.level for p in preds]
    n = len(gold)
    confusion = {g: {p: 0 for p in LEVELS} for g in LEVELS}
    for g, p in zip(gold, pred, strict=True):
        confusion[g][p] += 1
    by_basis: dict[str, dict[str, float]] = {}
    counts = Counter(_basis_kind(p) for p in preds)
    for kind, total in counts.items():
        right = sum(1 for g, p in zip(gold, preds, strict=True) if _basis_kind(p) == kind and g == p.level)
        by_basis[kind] = {"n": total, "accuracy": round(right / total, 4)}
    return {
        "n": n,
        "accuracy": round(sum(g == p for g, p in zip(gold, pred, strict=True)) / n, 4) if n else None,
        "confusion": confusion,
        "by_basis": by_basis,
    }


def evaluate_level(items: list[dict[str, Any]], classifier: Any) -> dict[str, Any]:
    """Level accuracy of ``classifier`` on real items (dicts of ``annotations.real``), with the CSP and without.

    Returns ``n``, ``accuracy``, ``accuracy_without_csp``, ``confusion`` (gold -> predicted -> count),
    ``by_basis`` (accuracy by what decided the level) and ``errors`` (id, gold, predicted, basis).
    """
    if not items:
        return {
            "n": 0,
            "accuracy": None,
            "accuracy_without_csp": None,
            "confusion": {},
            "by_basis": {},
            "errors": [],
        }
    preds = classifier.predict(_inputs(items, with_csp=True))
    blind = classifier.predict(_inputs(items, with_csp=False))
    out = _score(items, preds)
    out["accuracy_without_csp"] = _score(items, blind)["accuracy"]
    out["errors"] = [
        {
            "id": it.get("id"),
            "csp": it.get("csp"),
            "gold": it["level"],
            "predicted": p.level,
            "basis": getattr(p, "level_basis", None),
        }
        for it, p in zip(items, preds, strict=True)
        if p.level != it["level"]
    ]
    return out


def _out(line: str) -> None:
    sys.stdout.write(line + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("train", "dev", "test", "all"), default="dev")
    parser.add_argument("--show-errors", action="store_true", help="List the errors (train and dev only).")
    parser.add_argument("--json", action="store_true", help="Print the metrics as JSON.")
    args = parser.parse_args(argv)

    from annotations.real import load_recommendations
    from classification.classifier import load_classifier

    items = load_recommendations(None if args.split == "all" else args.split)
    metrics = evaluate_level(items, load_classifier())
    errors = metrics.pop("errors")
    if args.json:
        _out(json.dumps(metrics, indent=2))
    else:
        _out(
            f"real level, split={args.split}: n={metrics['n']} accuracy={metrics['accuracy']} "
            f"(without the CSP: {metrics['accuracy_without_csp']})"
        )
        for kind, s in sorted(metrics.get("by_basis", {}).items()):
            _out(f"  decided by {kind:40s} n={s['n']:4d} accuracy={s['accuracy']}")
        _out("  confusion (gold -> predicted): " + json.dumps(metrics.get("confusion", {})))
    if args.show_errors:
        if args.split in ("test", "all"):
            sys.stderr.write("errors are not listed for the test split\n")
            return 0
        texts = {it.get("id"): it for it in items}
        for e in errors:
            it = texts.get(e["id"], {})
            _out(
                f"- {e['id']} [{e['csp']}] gold={e['gold']} pred={e['predicted']} ({e['basis']})\n"
                f"    to: {it.get('addressed_to')} | agencies: {it.get('agencies')}\n    {it.get('text', '')[:220]}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
