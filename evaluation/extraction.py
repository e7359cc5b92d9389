"""Extraction metrics: a predicted :class:`ExtractionResult` against a gold one, and micro-averages over a corpus.

Recommendations are matched one-to-one by text: both texts are normalised (Unicode NFKC, case, punctuation,
whitespace) and compared word by word with :class:`difflib.SequenceMatcher`; pairs scoring at least
``threshold`` (0.85) are matched greedily, best first. The word-sequence ratio (rather than a token-set ratio)
is the default because a recommendation cut short at a page break, or glued to the next paragraph, must not
count as found; ``method="token_set"`` gives the lenient rapidfuzz-style score instead.

Fields (micro-averaged over documents by summing counts):

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
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Literal

from dhr.schema import Action, ExtractionResult, Recommendation

MatchMethod = Literal["sequence", "token_set"]
DEFAULT_THRESHOLD = 0.85

_NON_WORD = re.compile(r"[^\w]+")


def normalise_text(text: str) -> str:
    """Lower-case words separated by single spaces; punctuation and line-end hyphens dropped."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    text = text.replace("\u2019", "'").replace("'", "")
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


def _ratio(a: list[str], b: list[str]) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def text_similarity(a: str, b: str, method: MatchMethod = "sequence") -> float:
    """Similarity in [0, 1] of two texts after :func:`normalise_text`.

    ``sequence``: word-sequence ratio (order-aware; a half-length text scores about 0.67).
    ``token_set``: rapidfuzz-style token-set ratio (a text contained in the other scores 1.0).
    """
    ta, tb = normalise_text(a).split(), normalise_text(b).split()
    if method == "sequence":
        return _ratio(ta, tb)
    sa, sb = set(ta), set(tb)
    inter = sorted(sa & sb)
    d1, d2 = sorted(sa - sb), sorted(sb - sa)
    c1, c2 = " ".join(inter + d1), " ".join(inter + d2)
    s = " ".join(inter)
    if not s:
        return SequenceMatcher(None, c1, c2).ratio()
    return max(
        SequenceMatcher(None, s, c1).ratio(),
        SequenceMatcher(None, s, c2).ratio(),
        SequenceMatcher(None, c1, c2).ratio(),
    )


def match_texts(
    pred: list[str], gold: list[str], threshold: float = DEFAULT_THRESHOLD, method: MatchMethod = "sequence"
) -> list[tuple[int, int, float]]:
    """One-to-one greedy matching of texts: ``[(pred_index, gold_index, score)]`` with score >= threshold."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            s = text_similarity(p, g, method)
            if s >= threshold:
                pairs.append((s, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for s, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j, s))
    return sorted(out, key=lambda t: t[1])


_NUM_PREFIX = re.compile(r"^(recommendation|rec)\.?\s*(number|no\.?)?\s*", re.I)


def normalise_number(number: str | None) -> str | None:
    """'Recommendation number 1:' -> '1'; '1.' -> '1'; 'a)' -> 'a'; '7.2.1(a)' kept; None/'' -> None."""
    if number is None:
        return None
    n = _NUM_PREFIX.sub("", unicodedata.normalize("NFKC", number).strip())
    n = n.strip().rstrip(":.").strip().lower().replace(" ", "")
    if n.endswith(")") and "(" not in n:  # "a)" -> "a"; "7.2.1(a)" kept
        n = n[:-1]
    if n.startswith("(") and n.endswith(")"):  # "(b)" -> "b"
        n = n[1:-1]
    return n.rstrip(".") or None


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
    for i, p in enumerate(pr):
        if i not in matched_p:
            m.agencies.fp += len(set(p.agencies))
            m.actions.fp += len(p.actions)
            m.actions_target_date.fp += len(p.actions)
            m.rec_target_dates.fp += bool(p.target_date)
            m.errors.append(
                {
                    "doc": name,
                    "field": "rec_extra",
                    "got": f"{p.number or '-'}: {_short(p.text)}",
                    "section": p.section,
                }
            )
    for j, g in enumerate(gr):
        if j not in matched_g:
            m.agencies.fn += len(set(g.agencies))
            m.actions.fn += len(g.actions)
            m.actions_target_date.fn += len(g.actions)
            m.rec_target_dates.fn += bool(g.target_date)
            m.errors.append(
                {
                    "doc": name,
                    "field": "rec_missed",
                    "expected": f"{g.number or '-'}: {_short(g.text)}",
                    "section": g.section,
                }
            )
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


# ---------------------------------------------------------------------------------------------------------------
# Running over a folder of gold files, and logging to mlflow.


@dataclass
class DocumentResult:
    """One document's outcome in a corpus evaluation."""

    name: str
    metrics: ExtractionMetrics
    seconds: float = 0.0
    failure: str | None = None

    def as_dict(self) -> dict[str, Any]:
        d = {"name": self.name, "seconds": round(self.seconds, 3), "failure": self.failure}
        d.update(self.metrics.as_dict(with_errors=True))
        return d


def load_gold(path: Path) -> ExtractionResult:
    """Read and validate a ``*.gold.json``; a bad file raises :class:`InputError` naming it."""
    from pydantic import ValidationError as PydanticValidationError

    from dhr.errors import InputError

    try:
        return ExtractionResult.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file: {exc}") from None
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        raise InputError(f"{path}: invalid gold file: {where}: {first.get('msg')}") from None


def evaluate_folder(
    gold_dir: Path,
    pred_dir: Path | None = None,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    method: MatchMethod = "sequence",
    progress: bool = False,
) -> tuple[ExtractionMetrics, list[DocumentResult]]:
    """Evaluate every document in ``gold_dir`` that has a ``<name>.gold.json``.

    Predictions come from ``pred_dir/<name>.json`` when given (a missing one counts as an empty prediction),
    else from running the extraction pipeline in-process (models loaded once). A document the pipeline
    refuses (a :class:`DHRError`) counts as an empty prediction and is reported, not raised.

    Raises:
        InputError: ``gold_dir`` (or ``pred_dir``) is not a folder, has no gold files, or a gold file is invalid.
    """
    import time

    from dhr.errors import DHRError, InputError
    from evaluation.synthetic_reports import document_for_gold, gold_files

    if not gold_dir.is_dir():
        raise InputError(f"--gold {gold_dir}: not a folder")
    if pred_dir is not None and not pred_dir.is_dir():
        raise InputError(f"--pred {pred_dir}: not a folder")
    golds = gold_files(gold_dir)
    if not golds:
        raise InputError(f"--gold {gold_dir}: no *.gold.json files found")
    items = [(g, load_gold(g)) for g in golds]  # validate all before the slow part
    extractor = None
    if pred_dir is None:
        from extraction.pipeline import get_extractor

        extractor = get_extractor()
    iterator = items
    if progress:
        from tqdm import tqdm

        iterator = tqdm(items, desc="evaluating", unit="doc")
    results: list[DocumentResult] = []
    for gold_path, gold in iterator:
        name = gold_path.name[: -len(".gold.json")]
        failure = None
        t0 = time.perf_counter()
        empty = ExtractionResult(source=gold.source.model_copy())
        if pred_dir is not None:
            pp = pred_dir / f"{name}.json"
            if pp.exists():
                try:
                    pred = ExtractionResult.model_validate_json(pp.read_text(encoding="utf-8"))
                except ValueError as exc:
                    pred, failure = empty, f"invalid prediction file: {' '.join(str(exc).split())[:200]}"
            else:
                pred, failure = empty, "no prediction file"
        else:
            doc = document_for_gold(gold_path)
            if doc is None:
                pred, failure = empty, "no document beside the gold file"
            else:
                try:
                    pred = extractor.extract_path(doc)  # type: ignore[union-attr]
                except DHRError as exc:
                    pred, failure = empty, f"{type(exc).__name__}: {exc}"
        secs = time.perf_counter() - t0
        m = evaluate_extraction(pred, gold, threshold=threshold, method=method, doc=name)
        if failure:
            m.errors.insert(0, {"doc": name, "field": "failure", "got": failure})
        results.append(DocumentResult(name=name, metrics=m, seconds=secs, failure=failure))
    return aggregate([r.metrics for r in results]), results


def log_to_mlflow(
    total: ExtractionMetrics,
    results: list[DocumentResult],
    params: dict[str, Any],
    run_name: str = "evaluate-extraction",
    experiment: str = "extraction",
) -> str:
    """Log params, headline metrics and the per-document breakdown (artefact) to the local mlflow store.

    Returns the run id. The tracking URI is ``Settings.mlflow_tracking_uri`` (sqlite, offline).
    """
    import json
    import os
    import tempfile

    os.environ.setdefault("MLFLOW_ENABLE_ASYNC_LOGGING", "false")
    import mlflow

    from dhr.settings import get_settings

    uri = get_settings().mlflow_tracking_uri
    art_root: Path | None = None
    if uri.startswith("sqlite:///"):
        db = Path(uri[len("sqlite:///") :])
        db.parent.mkdir(parents=True, exist_ok=True)
        art_root = db.parent.resolve() / "artifacts"
    mlflow.set_tracking_uri(uri)
    exp = mlflow.get_experiment_by_name(experiment)
    if exp is None:
        exp_id = mlflow.create_experiment(
            experiment, artifact_location=art_root.as_uri() if art_root else None
        )
    else:
        exp_id = exp.experiment_id
    with mlflow.start_run(experiment_id=exp_id, run_name=run_name) as run:
        mlflow.log_params({k: str(v)[:500] for k, v in params.items()})
        mlflow.log_metrics({k: float(v) for k, v in total.headline().items()})
        with tempfile.TemporaryDirectory() as tmp:
            t = Path(tmp)
            (t / "per_document.json").write_text(
                json.dumps([r.as_dict() for r in results], indent=2, default=str), encoding="utf-8"
            )
            (t / "summary.json").write_text(
                json.dumps(total.as_dict(with_errors=False), indent=2), encoding="utf-8"
            )
            (t / "table.txt").write_text(total.table() + "\n", encoding="utf-8")
            mlflow.log_artifacts(str(t))
        return run.info.run_id
