"""Dev-only diagnostic: the agencies of each action, read from an action plan's Lead cell.

Users get a drafted action plan with one lead agency per action, yet :mod:`annotations.wordproc.score` scores no
action agencies. This prints, per named word-processor dev folder and form (DOCX, PDF), the micro precision,
recall and F1 of the agency ids of the actions matched to gold (the scorer's own one-to-one text matching of
recommendations, then of their actions), and how many matched actions have exactly the gold's agency set. With
``-v`` each mismatch is printed.

Run: ``python -m evaluation.action_agencies dev20 [dev21 ...] [-v]``; ``all`` names every dev folder the word-
processor scorer scores by default. Held-out ``test*`` folders and those it scores only when named are refused.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from annotations.wordproc.score import FOLDERS
from evaluation.extraction_scoring import Counts

if TYPE_CHECKING:
    from dhr.schema import ExtractionResult

HERE = Path(__file__).resolve().parent.parent / "annotations" / "wordproc"
#: The folders this diagnostic may score: the word-processor dev folders of the default run (a blind set stays in
#: ``score.NAMED_ONLY`` until its errors are read, so it is never among them).
ALLOWED = tuple(f for f in FOLDERS if f.startswith("dev"))


@dataclass
class AgencyCounts(Counts):
    """Micro counts of action agency ids over matched actions (the scorer's :class:`Counts`), the number of matched
    actions and of those with exactly the gold's set, and the mismatches."""

    actions: int = 0
    exact: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        super().add(other)
        if isinstance(other, AgencyCounts):
            self.actions += other.actions
            self.exact += other.exact

    def prf(self) -> tuple[float, float, float]:
        return self.precision, self.recall, self.f1


def compare(pred: ExtractionResult, gold: ExtractionResult, doc: str, counts: AgencyCounts) -> None:
    """Add one document's matched actions to ``counts``."""
    from evaluation.extraction_match import DEFAULT_THRESHOLD, match_texts

    pr, gr = pred.recommendations, gold.recommendations
    for i, j, _s in match_texts([r.text for r in pr], [r.text for r in gr], DEFAULT_THRESHOLD):
        pa, ga = pr[i].actions, gr[j].actions
        for k, m, _t in match_texts([a.text for a in pa], [a.text for a in ga], DEFAULT_THRESHOLD):
            got, want = set(pa[k].agencies), set(ga[m].agencies)
            counts.actions += 1
            counts.tp += len(got & want)
            counts.fp += len(got - want)
            counts.fn += len(want - got)
            if got == want:
                counts.exact += 1
            else:
                counts.misses.append(
                    f"{doc} #{gr[j].number or '-'} {' '.join(ga[m].text.split())[:50]!r}: "
                    f"lead {ga[m].lead_text!r} want {sorted(want)} got {sorted(got)} (read {pa[k].lead_text!r})"
                )


def run_folder(folder: str) -> dict[str, AgencyCounts]:
    """Per form (docx, pdf), the counts of one folder (the pipeline run in-process)."""
    from evaluation.extraction import load_gold
    from evaluation.synthetic_reports import document_for_gold, gold_files
    from extraction.pipeline import get_extractor

    extractor = get_extractor()
    out = {"docx": AgencyCounts(), "pdf": AgencyCounts()}
    for gold_path in gold_files(HERE / folder):
        name = gold_path.name[: -len(".gold.json")]
        doc = document_for_gold(gold_path)
        if doc is None:
            continue
        compare(
            extractor.extract_path(doc),
            load_gold(gold_path),
            name,
            out["pdf" if name.endswith("-pdf") else "docx"],
        )
    return out


def _row(label: str, form: str, c: AgencyCounts) -> str:
    p, r, f = c.prf()
    return f"{label} | {form} | {c.actions} | {c.exact} | {p:.3f} | {r:.3f} | {f:.3f}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", metavar="FOLDER", help=f"all, or any of {', '.join(ALLOWED)}")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each mismatch")
    args = parser.parse_args(argv)
    folders = list(ALLOWED) if args.folders == ["all"] else args.folders
    refused = [f for f in folders if f not in ALLOWED]
    if refused:
        parser.error(f"refused folder(s): {', '.join(refused)}; only {', '.join(ALLOWED)} (dev folders)")
    sys.stdout.write("set | form | actions | exact | P | R | F1\n")
    totals = {"docx": AgencyCounts(), "pdf": AgencyCounts()}
    for folder in folders:
        for form, c in run_folder(folder).items():
            if not c.actions:
                continue
            totals[form].add(c)
            sys.stdout.write(_row(folder, form, c))
            if args.verbose:
                for line in c.misses:
                    sys.stdout.write(f"    {line}\n")
            sys.stdout.flush()
    if len(folders) > 1:
        both = AgencyCounts()
        for form, t in totals.items():
            both.add(t)
            if t.actions:
                sys.stdout.write(_row("all", form, t))
        sys.stdout.write(_row("all", "both", both))
    return 0


if __name__ == "__main__":
    sys.exit(main())
