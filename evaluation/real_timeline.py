"""Timeline extraction scored on real dated sentences (``annotations/real``, ``load_timeline``).

Each labelled sentence becomes a one-page :class:`~extraction.document.Document` and goes through
:func:`extraction.timeline.extract_timeline`, as a report page would. Scoring is over (event, date) pairs, date
by date:

- a gold timeline event at a date expects exactly that event there: found -> a true positive, missing -> a false
  negative; any other event predicted at that date is a false positive;
- a gold ``other`` (a chronology date: contact with an agency, arrest, sentencing) expects no timeline event at
  that date: each one predicted there is a false positive.

Dates in the sentence that nobody labelled are not scored (the gatherers label the dates they judged, not every
date). Labels outside the taxonomy's timeline events (e.g. ``sentencing``) count as ``other``.

    python -m evaluation.real_timeline --split dev [--show-errors] [--learned] [--file timeline_g]

``--learned`` also lets the sentence model (:mod:`extraction.timeline_model`) add events where the rules read
none; the extractor runs without it by default (see :mod:`extraction.timeline`).

The dev figure is optimistic (the rules were corrected on train and dev errors): the honest estimate, grouped
k-fold by CSP for the model and the rules by source file, is ``python -m training.timeline --cv``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from typing import Any, get_args

from dhr.schema import SourceInfo, TimelineEventId
from evaluation.extraction import Counts
from extraction.document import Document, Line, Page
from extraction.timeline import extract_timeline

EVENTS: frozenset[str] = frozenset(get_args(TimelineEventId))
#: A gatherer's note appended to a sentence ("[ambiguous whether ...]", "[sentencing; relative date ...]"): not
#: report text. A bracket that is report text ("[Version number 6]") starts with a capital and has no ';' / '='.
_NOTE = re.compile(r"\s*\[(?:[a-z'‘\"]|[^\]]*[;=])[^\]]*\]\s*$")
#: A sentence ends with a full stop (or ! ?), perhaps inside a closing quote or bracket. Title pages, running
#: heads, labelled fields and web listings do not.
_FULL_STOP = re.compile(r"[.!?][\"'”’)\]]*\s*$")


def gold_event(item: dict[str, Any]) -> str:
    """The item's event, with anything not a taxonomy timeline event read as ``other``."""
    event = str(item.get("event") or "other")
    return event if event in EVENTS else "other"


def gold_dates(labelled: list[dict[str, Any]]) -> dict[str, set[str]]:
    """The labelled events of one sentence's items by date; a date labelled only ``other`` is there with no event
    (a pair predicted at it is a false positive)."""
    gold_at: dict[str, set[str]] = defaultdict(set)
    for item in labelled:
        event = gold_event(item)
        gold_at[item["iso_date"]]  # a labelled date, even when only `other` is there
        if event != "other":
            gold_at[item["iso_date"]].add(event)
    return gold_at


def clean_sentence(sentence: str) -> str:
    """The report text of a labelled sentence: the gatherer's trailing note, if any, dropped."""
    return _NOTE.sub("", sentence).strip()


def is_title_like(sentence: str) -> bool:
    """Title-page (or heading, labelled-field) text rather than a sentence of the narrative."""
    return not _FULL_STOP.search(sentence)


def sentence_document(sentence: str) -> Document:
    """A one-page Document holding ``sentence`` as one paragraph.

    Title-page text goes on page 1, where a report's title page is; a narrative sentence on a body page (numbered
    2), so the extractor reads each as it would inside a report.
    """
    number = 1 if is_title_like(sentence) else 2
    line = Line(text=sentence, page=number, block=0)
    return Document(
        source=SourceInfo(filename="sentence.txt", sha256="0" * 64, pages=1, format="text"),
        pages=[Page(number=number, lines=[line])],
    )


def predict(sentence: str, *, learned: bool | None = None) -> dict[str, set[str]]:
    """Predicted timeline events of one sentence: date -> events there (``learned``: with the sentence model)."""
    by_date: dict[str, set[str]] = defaultdict(set)
    for event in extract_timeline(sentence_document(sentence), learned=learned):
        by_date[event.date].add(event.event)
    return by_date


def evaluate_timeline(items: list[dict[str, Any]], *, learned: bool | None = None) -> dict[str, Any]:
    """Score the timeline extractor on real dated sentences (items of ``annotations.real.load_timeline``).

    Returns ``precision``/``recall``/``f1`` and counts overall, ``per_event`` (the same per event type: a false
    positive counts against the event predicted), ``items`` and ``errors`` (one dict per wrong pair).
    """
    by_sentence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        by_sentence[clean_sentence(item["sentence"])].append(item)
    total = Counts()
    per_event: dict[str, Counts] = defaultdict(Counts)
    errors: list[dict[str, Any]] = []
    for sentence, labelled in by_sentence.items():
        predicted = predict(sentence, learned=learned)
        for date, gold in gold_dates(labelled).items():
            got = predicted.get(date, set())
            for event in sorted(gold | got):
                counts = per_event[event]
                if event in gold and event in got:
                    counts.tp += 1
                    total.tp += 1
                    continue
                kind = "missed" if event in gold else "extra"
                if event in gold:
                    counts.fn += 1
                    total.fn += 1
                else:
                    counts.fp += 1
                    total.fp += 1
                errors.append(
                    {
                        "kind": kind,
                        "event": event,
                        "date": date,
                        "gold": sorted(gold) or ["other"],
                        "predicted_here": sorted(got),
                        "predicted_all": {d: sorted(e) for d, e in sorted(predicted.items())},
                        "sentence": sentence,
                        "split": labelled[0].get("split"),
                    }
                )
    return {
        **total.as_dict(),
        "tp": total.tp,
        "fp": total.fp,
        "fn": total.fn,
        "items": len(items),
        "sentences": len(by_sentence),
        "per_event": {
            event: {**c.as_dict(), "tp": c.tp, "fp": c.fp, "fn": c.fn}
            for event, c in sorted(per_event.items())
        },
        "errors": errors,
    }


def _format(result: dict[str, Any]) -> str:
    rows = [f"{'event':<22}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}"]
    for name, c in [*result["per_event"].items(), ("ALL", result)]:
        rows.append(
            f"{name:<22}{c['tp']:>5}{c['fp']:>5}{c['fn']:>5}"
            f"{c['precision']:>8.3f}{c['recall']:>8.3f}{c['f1']:>8.3f}"
        )
    rows.append(f"{result['items']} dated sentences ({result['sentences']} distinct)")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    from annotations.real import SPLITS, load_timeline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        action="append",
        choices=[*SPLITS, "all"],
        help="Split(s) to score (repeatable; default dev). Score test once, to report, never to tune.",
    )
    parser.add_argument("--show-errors", action="store_true", help="Print each wrong pair with its sentence.")
    parser.add_argument("--json", action="store_true", help="Print the result as one JSON object.")
    parser.add_argument(
        "--learned",
        action="store_true",
        help="Also let the sentence model add events (extraction.timeline_model; the extractor's default).",
    )
    parser.add_argument(
        "--rules-only", action="store_true", help="Score the cue rules without the sentence model."
    )
    parser.add_argument(
        "--file",
        metavar="SUBSTRING",
        help="Keep only items whose source file contains SUBSTRING (e.g. timeline_g: one gathered batch, blind).",
    )
    args = parser.parse_args(argv)
    splits = args.split or ["dev"]
    items = [i for i in load_timeline() if "all" in splits or i["split"] in splits]
    if args.file:
        # A batch scored on its own before any rule is fixed on it: how the rules generalise to new wording.
        items = [i for i in items if args.file in str(i.get("file", ""))]
    result = evaluate_timeline(items, learned=False if args.rules_only else (True if args.learned else None))
    if args.json:
        out = {k: v for k, v in result.items() if k != "errors" or args.show_errors}
        sys.stdout.write(json.dumps(out) + "\n")
        return 0
    where = f" (files matching {args.file!r})" if args.file else ""
    sys.stdout.write(f"splits: {', '.join(splits)}{where}\n{_format(result)}\n")
    if args.show_errors:
        for err in result["errors"]:
            sys.stdout.write(
                f"\n[{err['split']}] {err['kind'].upper()} {err['event']} {err['date']} (gold here: "
                f"{', '.join(err['gold'])}; predicted: {err['predicted_all']})\n    {err['sentence']}\n"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
