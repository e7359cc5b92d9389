"""A label-free probe of the commissioning CSP the extractor reads from a report's front matter.

For every CSP target of the geography tables (every current area, former district and county of England and
Wales, the merged CSPs of ``csps.csv`` and merged CSPs of two or three districts of one county), the forms of
``evaluation/csp_probe_forms.py`` print short front matter (a title page, contents, an introduction naming the
county council, the force and a neighbouring place; a running header where the form has one) as a plain-text
document read by the extraction pipeline's text reader. The CSP is read as the pipeline reads it
(``review_info``, then ``csp_for_levels`` where none is read or the one read is not on the map) and placed by the
geography; an item is right when the CSP placed covers exactly the target's areas (whole and in part). No gold
set is read: the target is what the form printed.

Also timed: every form with a long report after its front matter (``--long-pages`` pages of body text naming
places), each read bounded by ``--max-seconds``.

Run: ``python -m evaluation.csp_probe [-v] [--sample N] [--seed S] [--form NAME]``. Prints accuracy per form
(read, and as used for levels) and, with ``-v``, each failure.

Figures (2026-12-06, 470 targets, 26 forms, 11,613 items; "as used"): at a5d3008 0.903 overall (title_safer_short
0.938, title_safer_stronger 0.945, title_safer 0.970, title_csp_for 0.977, possessive 0.896, title_logos 0.877,
foreword_later 0.657, commissioned_neighbour 0.009, one_page_text 0.489; the rest 0.97-1.000), slowest read of a
150-page report 1.70 s; after the fixes of the same commit as this probe 1.000 in every form, slowest 0.55 s.
Causes fixed: merged CSPs of more than four words or with commas cut; "Safer X" cut to the fewest words that
place it ("Safer Cheshire" for Cheshire East, "Safer Wyre" for Wyre Forest); a brand ("Safer Vale") matched over
a longer place ("Vale Royal"); possessives ("Harlow's"); partner logos run into the name; "X CSP" and "Safer X"
not read after "Chair of" in a foreword; a neighbouring area's partnership taken over the commissioner a
sentence names; a one-page text read whole. Six forms added since (32 forms, 14,106 items): at a5d3008 0.844
(intro_far 0.000, active_voice 0.000, title_and_county 0.538, generic_partnership 0.952, upper_split 0.977,
header_for 0.981); after the second round of fixes 1.000 in every form (an introduction up to page 12, a
partnership as the subject of its decision, a partnership printed above the county council that commissioned
the review, "Safer Communities Partnership" over a council, a place's first words on the line above).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass

from classification.geography import resolve_csp
from dhr.settings import get_settings
from evaluation.csp_probe_forms import FORMS, Front, Target, targets
from extraction.document import Document
from extraction.readers import read
from extraction.review_fields import csp_for_levels, review_info, with_tables


@dataclass(slots=True)
class Result:
    form: str
    target: Target
    read: str | None  # the CSP review_info read
    used: str | None  # the CSP the levels are read for (csp_for_levels' stand-in where one is given)
    read_ok: bool
    used_ok: bool
    seconds: float
    front: Front


def document(front: Front) -> Document:
    """The front matter as the text reader reads a plain-text report (pages at form feeds), with the running
    header a PDF or DOCX reader keeps aside."""
    doc = read("\f".join(front.pages).encode("utf-8"), filename="probe.txt", settings=get_settings())
    doc.running_text = list(front.running)
    return doc


def _placed(csp: str | None, target: Target) -> bool:
    area = resolve_csp(csp)
    return area is not None and (area.covered, area.partial) == (target.covered, target.partial)


def read_csp(doc: Document) -> tuple[str | None, str | None]:
    """The CSP ``review_info`` reads, and the one the pipeline reads the levels for."""
    csp = review_info(doc).csp
    most = csp_for_levels(csp, "\n".join(map(with_tables, doc.pages)))
    return csp, (most if most is not None else csp)


def run(
    forms: dict[str, object] | None = None, sample: int | None = None, seed: int = 7, merged_pairs: int = 40
) -> list[Result]:
    """Every form for every target (or a seeded ``sample`` of targets)."""
    chosen = targets(merged_pairs=merged_pairs, seed=seed)
    if sample is not None:
        chosen = random.Random(seed).sample(chosen, min(sample, len(chosen)))
    results: list[Result] = []
    for name, form in (forms or FORMS).items():
        for i, target in enumerate(chosen):
            rng = random.Random(f"{seed}:{name}:{target.key}:{i}")
            front = form(target, rng)  # type: ignore[operator]
            if front is None:
                continue
            start = time.perf_counter()
            got, used = read_csp(document(front))
            took = time.perf_counter() - start
            results.append(
                Result(name, target, got, used, _placed(got, target), _placed(used, target), took, front)
            )
    return results


_BODY = (
    "{n}.1 The panel met in {a} and in {b}. Adult A lived in {a}; her sister lived in {b}. The Safer Communities "
    "Board of {b} was told. {A} COUNTY COUNCIL and {B} Borough Council, {a} Police and the {b} Safeguarding Adults "
    "Board contributed. Reading the records, the panel noted the bath, the hart and the eden of Barrow Wyre.\n"
)


def long_costs(pages: int, seed: int = 7, kinds: tuple[str, ...] | None = None) -> dict[str, float]:
    """The slowest read of each form with ``pages`` pages of body text after the front matter (one target of
    each kind, or of ``kinds``), as pages and as one page, in seconds."""
    rng = random.Random(seed)
    chosen = targets(merged_pairs=4, seed=seed)
    by_kind: dict[str, Target] = {}
    for target in chosen:
        if kinds is None or target.kind in kinds:
            by_kind.setdefault(target.kind, target)
    names = [t.places[0] for t in chosen]
    body = []
    for n in range(pages):
        a, b = rng.sample(names, 2)
        body.append("\n".join(_BODY.format(n=n, a=a, b=b, A=a.upper(), B=b) for _ in range(12)))
    worst: dict[str, float] = {}
    for name, form in FORMS.items():
        for target in by_kind.values():
            front = form(target, random.Random(seed))
            if front is None:
                continue
            front.pages += body
            # and the same report as one page (a text file with no form feeds)
            for fronts in (front, Front(["\n".join(front.pages)], front.running)):
                start = time.perf_counter()
                read_csp(document(fronts))
                worst[name] = max(worst.get(name, 0.0), time.perf_counter() - start)
    return worst


def _out(*parts: object) -> None:
    sys.stdout.write(" ".join(map(str, parts)) + "\n")


def report(results: list[Result], verbose: bool = False) -> None:
    per: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        per[r.form].append(r)
    _out(f"{'form':28} {'n':>5} {'read':>7} {'used':>7} {'max s':>7}")
    for form, rs in per.items():
        n = len(rs)
        read_acc = sum(r.read_ok for r in rs) / n
        used_acc = sum(r.used_ok for r in rs) / n
        _out(f"{form:28} {n:5d} {read_acc:7.3f} {used_acc:7.3f} {max(r.seconds for r in rs):7.3f}")
    n = len(results)
    _out(
        f"{'all':28} {n:5d} {sum(r.read_ok for r in results) / n:7.3f} {sum(r.used_ok for r in results) / n:7.3f}"
    )
    kinds = Counter(r.target.kind for r in results if not r.used_ok)
    _out("failures (as used) by kind:", dict(kinds.most_common()))
    if verbose:
        for r in results:
            if not r.used_ok:
                placed = resolve_csp(r.used)
                where = sorted((placed.covered | placed.partial) if placed else [])
                _out(f"- {r.form} {r.target.key!r}: read {r.read!r}, used {r.used!r} -> {where[:4]}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--sample", type=int, default=None, help="a seeded sample of N targets")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--form", action="append", help="only these forms")
    parser.add_argument("--long-pages", type=int, default=150)
    parser.add_argument("--max-seconds", type=float, default=2.0)
    args = parser.parse_args(argv)
    forms = {k: v for k, v in FORMS.items() if not args.form or k in args.form}
    report(run(forms, args.sample, args.seed), args.verbose)
    if args.long_pages:
        worst = long_costs(args.long_pages, args.seed)
        slow = {k: round(v, 2) for k, v in worst.items() if v > args.max_seconds}
        _out(
            f"long report ({args.long_pages} pages): slowest {max(worst.values()):.2f} s; over {args.max_seconds} s: {slow}"
        )


if __name__ == "__main__":
    main()
