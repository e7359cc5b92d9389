"""Extraction scoring: a predicted :class:`ExtractionResult` against a gold one, and micro-averages over a corpus.

Recommendations and actions are paired by :mod:`evaluation.extraction_match`; this module counts what the pairs
get right. Fields (micro-averaged over documents by summing counts):

- ``recommendations``: P/R/F1 of matched recommendations.
- ``numbers``: accuracy of ``number`` on matched recommendations (normalised: "Recommendation 1:", "1." and "1"
  are equal; "a)" equals "a").
- ``agencies``: P/R/F1 over (recommendation, agency id) pairs; the agencies of unmatched predicted
  recommendations count as false alarms and those of unmatched gold recommendations as misses.
- ``actions``: P/R/F1 of actions matched by text within matched recommendations.
- ``actions_target_date``: as ``actions`` but an action counts only when its target date is equal too
  (the issue's "action + target date" figure).
- ``timeline``: P/R/F1 over (event, date) pairs; ``timeline_events`` over events alone (diagnostic).
- ``rec_target_dates``: P/R/F1 over target dates written inside matched recommendations (diagnostic).
- ``text_exact``, ``level``, ``main_theme``: accuracies on matched recommendations (diagnostic).

Running over a folder of gold files and logging to mlflow is in ``evaluation/extraction.py``, which re-exports
every name here so that callers keep importing from ``evaluation.extraction``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dhr.schema import Action, ExtractionResult, Recommendation
from evaluation.extraction_match import (
    DEFAULT_THRESHOLD,
    MatchMethod,
    match_texts,
    normalise_number,
    normalise_text,
)


@dataclass
class Counts:
    """True positives, false positives, false negatives; P/R/F1 derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    def as_dict(self) -> dict[str, float]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


PRF_FIELDS = (
    "recommendations",
    "agencies",
    "actions",
    "actions_target_date",
    "timeline",
    "timeline_events",
    "rec_target_dates",
)
ACC_FIELDS = ("numbers", "text_exact", "level", "main_theme")


@dataclass
class ExtractionMetrics:
    """Counts per field for one document or (summed) a corpus, plus the errors found (for people to read)."""

    documents: int = 1
    recommendations: Counts = field(default_factory=Counts)
    agencies: Counts = field(default_factory=Counts)
    actions: Counts = field(default_factory=Counts)
    actions_target_date: Counts = field(default_factory=Counts)
    timeline: Counts = field(default_factory=Counts)
    timeline_events: Counts = field(default_factory=Counts)
    rec_target_dates: Counts = field(default_factory=Counts)
    numbers: Accuracy = field(default_factory=Accuracy)
    text_exact: Accuracy = field(default_factory=Accuracy)
    level: Accuracy = field(default_factory=Accuracy)
    main_theme: Accuracy = field(default_factory=Accuracy)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: ExtractionMetrics) -> None:
        self.documents += other.documents
        for name in PRF_FIELDS + ACC_FIELDS:
            getattr(self, name).add(getattr(other, name))
        self.errors.extend(other.errors)

    def headline(self) -> dict[str, float]:
        """The figures the issue's acceptance criteria name, flat (for mlflow)."""
        out: dict[str, float] = {}
        for name in PRF_FIELDS:
            c: Counts = getattr(self, name)
            out[f"{name}_precision"] = round(c.precision, 4)
            out[f"{name}_recall"] = round(c.recall, 4)
            out[f"{name}_f1"] = round(c.f1, 4)
        for name in ACC_FIELDS:
            out[f"{name}_accuracy"] = round(getattr(self, name).value, 4)
        out["documents"] = self.documents
        return out

    def as_dict(self, with_errors: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"documents": self.documents}
        for name in PRF_FIELDS:
            d[name] = getattr(self, name).as_dict()
        for name in ACC_FIELDS:
            d[name] = getattr(self, name).as_dict()
        if with_errors:
            d["errors"] = self.errors
        return d

    def table(self) -> str:
        """A fixed-width per-field table for people."""
        lines = [f"{'field':<22}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}"]
        for name in PRF_FIELDS:
            c: Counts = getattr(self, name)
            lines.append(
                f"{name:<22}{c.tp:>6}{c.fp:>6}{c.fn:>6}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}"
            )
        lines.append(f"{'field':<22}{'correct':>9}{'total':>9}{'accuracy':>10}")
        for name in ACC_FIELDS:
            a: Accuracy = getattr(self, name)
            lines.append(f"{name:<22}{a.correct:>9}{a.total:>9}{a.value:>10.3f}")
        return "\n".join(lines)


def _short(text: str, n: int = 90) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 3] + "..."


def _compare_actions(
    pa: list[Action],
    ga: list[Action],
    m: ExtractionMetrics,
    rec_label: str,
    doc: str,
    threshold: float,
    method: MatchMethod,
) -> None:
    pairs = match_texts([a.text for a in pa], [a.text for a in ga], threshold, method)
    m.actions.tp += len(pairs)
    m.actions.fp += len(pa) - len(pairs)
    m.actions.fn += len(ga) - len(pairs)
    matched_p = {i for i, _, _ in pairs}
    matched_g = {j for _, j, _ in pairs}
    for i, j, _ in pairs:
        if pa[i].target_date == ga[j].target_date:
            m.actions_target_date.tp += 1
        else:
            m.actions_target_date.fp += 1
            m.actions_target_date.fn += 1
            m.errors.append(
                {
                    "doc": doc,
                    "field": "action_target_date",
                    "rec": rec_label,
                    "action": _short(ga[j].text, 60),
                    "expected": ga[j].target_date,
                    "got": pa[i].target_date,
                    "printed": ga[j].target_date_text,
                }
            )
    m.actions_target_date.fp += len(pa) - len(pairs)
    m.actions_target_date.fn += len(ga) - len(pairs)
    for j, a in enumerate(ga):
        if j not in matched_g:
            m.errors.append(
                {"doc": doc, "field": "action_missed", "rec": rec_label, "expected": _short(a.text)}
            )
    for i, a in enumerate(pa):
        if i not in matched_p:
            m.errors.append({"doc": doc, "field": "action_extra", "rec": rec_label, "got": _short(a.text)})


def _count_unmatched(m: ExtractionMetrics, name: str, recs: list[Recommendation], *, missed: bool) -> None:
    """Recommendations one side has and the other lacks: predicted ones (``missed`` False) are false alarms,
    gold ones misses, for their agencies, actions and target dates too; each is named in the errors."""
    kind = "fn" if missed else "fp"
    for rec in recs:
        for counts, n in (
            (m.agencies, len(set(rec.agencies))),
            (m.actions, len(rec.actions)),
            (m.actions_target_date, len(rec.actions)),
            (m.rec_target_dates, int(bool(rec.target_date))),
        ):
            setattr(counts, kind, getattr(counts, kind) + n)
        m.errors.append(
            {
                "doc": name,
                "field": "rec_missed" if missed else "rec_extra",
                "expected" if missed else "got": f"{rec.number or '-'}: {_short(rec.text)}",
                "section": rec.section,
            }
        )


def evaluate_extraction(
    pred: ExtractionResult,
    gold: ExtractionResult,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    method: MatchMethod = "sequence",
    doc: str | None = None,
) -> ExtractionMetrics:
    """Compare one predicted extraction with its gold.

    Args:
        pred: what the pipeline produced.
        gold: the annotated truth (only the measured fields need be filled).
        threshold: minimum text similarity for a recommendation or action to match.
        method: ``sequence`` (default) or ``token_set``; see :func:`text_similarity`.
        doc: a name for the document in error records (default: the gold's filename).

    Returns:
        An :class:`ExtractionMetrics` with counts per field and a list of errors (missed/extra
        recommendations, wrong numbers, agencies, action dates, timeline events).
    """
    name = doc or gold.source.filename or pred.source.filename
    m = ExtractionMetrics()
    pr: list[Recommendation] = pred.recommendations
    gr: list[Recommendation] = gold.recommendations
    pairs = match_texts([r.text for r in pr], [r.text for r in gr], threshold, method)
    m.recommendations = Counts(tp=len(pairs), fp=len(pr) - len(pairs), fn=len(gr) - len(pairs))
    matched_p = {i for i, _, _ in pairs}
    matched_g = {j for _, j, _ in pairs}
    for i, j, _score in pairs:
        p, g = pr[i], gr[j]
        label = f"{g.number or '-'}: {_short(g.text, 50)}"
        ok = normalise_number(p.number) == normalise_number(g.number)
        m.numbers.total += 1
        m.numbers.correct += ok
        if not ok:
            m.errors.append(
                {"doc": name, "field": "number", "rec": label, "expected": g.number, "got": p.number}
            )
        m.text_exact.total += 1
        same_text = normalise_text(p.text) == normalise_text(g.text)
        m.text_exact.correct += same_text
        if not same_text:
            m.errors.append(
                {
                    "doc": name,
                    "field": "text",
                    "rec": label,
                    "expected": _short(g.text, 400),
                    "got": _short(p.text, 400),
                }
            )
        pa, ga = set(p.agencies), set(g.agencies)
        m.agencies.tp += len(pa & ga)
        m.agencies.fp += len(pa - ga)
        m.agencies.fn += len(ga - pa)
        if pa != ga:
            m.errors.append(
                {"doc": name, "field": "agencies", "rec": label, "expected": sorted(ga), "got": sorted(pa)}
            )
        pt, gt = p.target_date, g.target_date
        if pt and gt and pt == gt:
            m.rec_target_dates.tp += 1
        else:
            m.rec_target_dates.fp += bool(pt)
            m.rec_target_dates.fn += bool(gt)
            if pt or gt:
                m.errors.append(
                    {"doc": name, "field": "rec_target_date", "rec": label, "expected": gt, "got": pt}
                )
        m.level.total += 1
        m.level.correct += p.level == g.level
        if p.level != g.level:
            m.errors.append(
                {"doc": name, "field": "level", "rec": label, "expected": g.level, "got": p.level}
            )
        m.main_theme.total += 1
        main_theme_right = bool(p.themes and g.themes and p.themes[0] == g.themes[0])
        m.main_theme.correct += main_theme_right
        if p.themes[:1] != g.themes[:1]:
            m.errors.append(
                {
                    "doc": name,
                    "field": "main_theme",
                    "rec": label,
                    "expected": g.themes[:1],
                    "got": p.themes[:1],
                }
            )
        _compare_actions(p.actions, g.actions, m, label, name, threshold, method)
    _count_unmatched(m, name, [p for i, p in enumerate(pr) if i not in matched_p], missed=False)
    _count_unmatched(m, name, [g for j, g in enumerate(gr) if j not in matched_g], missed=True)
    # timeline: multisets of (event, date) and of events
    pe = Counter((e.event, e.date) for e in pred.timeline)
    ge = Counter((e.event, e.date) for e in gold.timeline)
    inter = pe & ge
    m.timeline = Counts(tp=sum(inter.values()), fp=sum((pe - ge).values()), fn=sum((ge - pe).values()))
    pk = Counter(e.event for e in pred.timeline)
    gk = Counter(e.event for e in gold.timeline)
    m.timeline_events = Counts(
        tp=sum((pk & gk).values()), fp=sum((pk - gk).values()), fn=sum((gk - pk).values())
    )
    for (ev, d), k in (ge - pe).items():
        got = sorted(e.date for e in pred.timeline if e.event == ev)
        m.errors.append(
            {"doc": name, "field": "timeline_missed", "event": ev, "expected": d, "got": got, "n": k}
        )
    for (ev, d), k in (pe - ge).items():
        if any(e.event == ev for e in gold.timeline):
            continue  # already reported as a wrong date above
        m.errors.append({"doc": name, "field": "timeline_extra", "event": ev, "got": d, "n": k})
    return m


def aggregate(per_document: list[ExtractionMetrics]) -> ExtractionMetrics:
    """Micro-average: sum the counts of every document."""
    total = ExtractionMetrics(documents=0)
    for m in per_document:
        total.add(m)
    return total
