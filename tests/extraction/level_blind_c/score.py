"""Score the level blind set C: the commissioning CSP read from each report, and each recommendation's level,
per form (DOCX and its PDF export), and the classifier's level on the gold texts given the gold CSP.

Run: ``python -m tests.extraction.level_blind_c.score [-v]`` (``-v`` lists every wrong CSP and level, with the
basis the classifier gave). The CSP counts right when it covers the same areas as the gold's places (so "Safer
Stockport Partnership" and "Stockport Council" are both Stockport); a recommendation is matched to the gold by
text overlap, and one not found counts as a wrong level (``level``) but not in ``level_matched``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FORMS = ("docx", "pdf")


def golds(folder: Path = HERE) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.gold.json"))]


def _areas(names: list[str]) -> frozenset[str] | None:
    """The current areas a list of places covers (whole or in part); None when one is not on the map."""
    from classification.geography import resolve_csp

    out: set[str] = set()
    for name in names:
        area = resolve_csp(name)
        if area is None:
            return None
        out |= area.covered | area.partial
    return frozenset(out)


def csp_right(read: str | None, places: list[str]) -> bool:
    """Whether the CSP read covers the same areas as the gold's places."""
    from classification.geography import resolve_csp

    want = _areas(places)
    got = resolve_csp(read) if read else None
    return want is not None and got is not None and (got.covered | got.partial) == want


def _match(gold: list[dict[str, Any]], found: list[Any]) -> list[Any | None]:
    """Each gold recommendation's extracted one (greedy by text overlap), or None."""
    from extraction.pipeline import similarity

    pairs = sorted(
        ((similarity(g["text"], r.text), i, j) for i, g in enumerate(gold) for j, r in enumerate(found)),
        reverse=True,
    )
    out: list[Any | None] = [None] * len(gold)
    used: set[int] = set()
    for sim, i, j in pairs:
        if sim < 0.5 or out[i] is not None or j in used:
            continue
        out[i] = found[j]
        used.add(j)
    return out


def score(verbose: bool = False, folder: Path = HERE) -> dict[str, dict[str, float]]:
    from classification.classifier import load_classifier
    from dhr.schema.classification import ClassifyInput
    from extraction.pipeline import get_extractor

    extractor = get_extractor()
    out: dict[str, dict[str, float]] = {}
    sets = golds(folder)
    for form in FORMS:
        csp_ok = n = right = matched = right_matched = 0
        for g in sets:
            result = extractor.extract_path(folder / f"{g['name']}.{form}")
            read = result.review.csp
            ok = csp_right(read, g["csp_places"])
            csp_ok += ok
            if verbose and not ok:
                print(f"{form} {g['name']}: CSP read {read!r}, gold {g['csp_places']}")
            for gold_rec, rec in zip(g["recommendations"], _match(g["recommendations"], result.recommendations),
                                     strict=True):  # fmt: skip
                n += 1
                if rec is None:
                    if verbose:
                        print(f"{form} {g['name']}: not found: {gold_rec['text'][:70]}")
                    continue
                matched += 1
                good = rec.level == gold_rec["level"]
                right += good
                right_matched += good
                if verbose and not good:
                    print(f"{form} {g['name']} [{read}]: {gold_rec['level']} -> {rec.level} "
                          f"({getattr(rec, 'level_basis', None)}) agencies {rec.agencies}: {gold_rec['text'][:90]}")  # fmt: skip
        out[form] = {
            "documents": len(sets),
            "csp_accuracy": round(csp_ok / len(sets), 3),
            "recs_found": round(matched / n, 3),
            "level_accuracy": round(right / n, 3),
            "level_accuracy_matched": round(right_matched / max(matched, 1), 3),
        }
    # the classifier alone on the gold texts, with the gold heading as context and the gold CSP
    classifier = load_classifier()
    items = [(g, r) for g in sets for r in g["recommendations"]]
    for label, with_csp in (("classify_gold_csp", True), ("classify_no_csp", False)):
        inputs = [
            ClassifyInput(id=str(i), text=r["text"], context=r["heading"],
                          csp=" and ".join(g["csp_places"]) if with_csp else None)
            for i, (g, r) in enumerate(items)
        ]  # fmt: skip
        preds = classifier.predict(inputs)
        good = [p.level == r["level"] for p, (_, r) in zip(preds, items, strict=True)]
        out[label] = {"n": len(items), "level_accuracy": round(sum(good) / len(items), 3)}
        if verbose and with_csp:
            for p, ok, (g, r) in zip(preds, good, items, strict=True):
                if not ok:
                    print(f"classify {g['name']}: {r['level']} -> {p.level} ({getattr(p, 'level_basis', None)}): "
                          f"{r['text'][:90]}")  # fmt: skip
    return out


def main(argv: list[str] | None = None, folder: Path = HERE, description: str | None = None) -> int:
    """Print each form's scores for ``folder`` (the later level sets' score commands call this on theirs)."""
    parser = argparse.ArgumentParser(description=description or __doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    for form, row in score(args.verbose, folder=folder).items():
        sys.stdout.write(f"{form}: {row}\n")
    return 0


def set_commands(
    folder: Path, doc: str
) -> tuple[Callable[..., dict[str, dict[str, float]]], Callable[..., int]]:
    """The ``score`` and ``main`` of a later level set scored as this one is: its ``folder`` and the first line of
    its module ``doc`` (the ``--help`` description). Kept here so that sets D-H carry no copy of the wrapper."""
    return partial(score, folder=folder), partial(main, folder=folder, description=doc.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())
