"""Train the timeline sentence model (:mod:`extraction.timeline_model`) and choose how the extractor uses it.

    python -m training.timeline [--out extraction/timeline_model.json] [--evaluate]
    python -m training.timeline --cv        # honest estimate: grouped k-fold by CSP over real train+dev

Data: the real dated sentences of the **train** split (``annotations.real.load_timeline("train")``), the
sentences written for training in ``training/timeline_sentences.jsonl`` and the own-words test variants
(``tests/extraction/timeline_variants_*.jsonl``, near-misses and traps; the extractor then reads those in-sample,
so their tests check the rules and the model together; ``test_timeline_written.py`` and
``test_timeline_attach.py`` sentences stay out). One example per labelled date: the words
around the date and the sentence (:func:`extraction.timeline_model.features`), labelled with its timeline event or
``other``. TF-IDF word 1-2-grams (sublinear tf) and a class-balanced multinomial logistic regression (scikit-learn
at training time only), saved as plain numbers. ``--evaluate`` scores the extractor on the real **dev** split with
the rules alone and with the model at several thresholds (how ``ADD_THRESHOLD`` was chosen); the test split is
not read here.

``--cv`` is the honest estimate (issue 13): the real train+dev sentences are split into ``CV_FOLDS`` folds by
commissioning CSP (never by item), the model is trained on the other folds (plus the written sentences) and the
extractor scored on the held-out fold, with the rules alone and with the model; counts are pooled over the folds.
The rules were written against train+dev, so their figures here are still optimistic: the command also prints
them per source file and split. The clean measures of rules on real text they had not seen are the files
gathered after the rules, each scored before any rule was changed for it (train+dev items only):

- ``gathered/timeline_d``: the rules of 2026-12-04 17:08 scored 0.818 (27 tp, 7 fp, 5 fn);
- ``gathered/timeline_e`` and ``timeline_f``: the rules of 21:15 (commit 5e14748) scored 0.714 and 0.526 when
  they landed (0.64 together; then with news sentences whose date is relative, "on April 22", "yesterday",
  which no sentence-level reader can date and which the gatherer later dropped), 0.719 on the files as they are
  at 22:15 (32 tp, 14 fp, 11 fn); the sentence model, trained without those files, lifts that only to 0.737 at
  threshold 0.5 (35 tp, 17 fp, 8 fn) and 0.733 at 0.7, so it stays off. (The rules now read 0.886 there, but
  were corrected on those files' errors, so that figure is no longer honest.)

- ``gathered/timeline_g``: the rules of commit 8b80188 scored 0.704 on its train+dev items (19 tp, 9 fp, 7 fn;
  test items aggregate only), 0.941 after fixes written against own-words variants of its error patterns
  (``tests/extraction/timeline_variants_g.jsonl``, no longer honest). The variant set itself was written in
  batches, each scored before any fix for it: 0.884 on the first 318 sentences, then 4-5 of 24-58 wrong per
  later batch before its fixes.

The model's own honest estimate is ``python -m training.timeline_replay``: the blind batches g, h, i read by the
rules of the commit that scored each, alone and with a model trained without the batch's CSPs (on other real
train+dev items and the variants written before). Measured 2026-12-05 with the model reading deaths only in
narrative sentences no death cue reads (``TimelineModel.event_at``): rules 0.717 (52 tp, 20 fp, 21 fn), with the
model at 0.4 0.776 (59, 20, 14), at 0.5 0.752; ``--cv`` here: rules 0.957 (201, 5, 13), with the model at 0.4
0.967 (205, 5, 9), at 0.5 0.967; ``--evaluate`` (dev): 0.969 -> 0.990. Both beat the rules, so the extractor reads
with the model by default (``extraction.timeline.LEARNED``). (Before that reading policy, the model added title
stamps and court-step killings: replay 0.752 at 0.4 with 25 fp, CV 0.938 with 18 fp.)

That gap (0.72-0.82 on unseen files against 0.95+ on the files fixed against) is the honest size of the rules'
optimism; the real test split (scored by ``evaluation.real``, never tuned on) agrees with it. Sentences written
blind in our own words (``tests/extraction/test_timeline_attach.py``: each batch run before any fix for it)
are the other honest probe: after the attachment reading, 115 of 130 such sentences were right before their fixes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from dhr.dates import find_dates, range_start
from evaluation.extraction import Counts
from extraction.timeline_model import MODEL_PATH, TimelineModel, analyze, features

SENTENCES_PATH = Path(__file__).with_name("timeline_sentences.jsonl")
#: Sentences written in our own words for the timeline tests, each batch blind before its fixes (near-misses and
#: traps of real report and news phrasing): training data for the model too, which then reads them in-sample.
VARIANTS = sorted(
    (Path(__file__).resolve().parents[1] / "tests" / "extraction").glob("timeline_variants_*.jsonl")
)
SEED = 0
C = 5.0
CV_FOLDS = 5
#: Terms seen in fewer training texts are dropped: 3 keeps the shipped file near its size as the data grows
#: (7145 terms, 0.96 MB on the data of 2026-12-05; 2 gave 11885 terms, 1.6 MB) and read real train, dev, every
#: own-words batch and the CV as 2 did or better (2 read one more survived assault in batch h as a death).
MIN_DF = 3


def _locate(sentence: str, iso: str) -> tuple[int, int] | None:
    """Where the labelled date is in the sentence (as the extractor reads it), or None (a relative date)."""
    dates = [range_start(d) for d in find_dates(sentence)]
    for d in dates:
        if d.iso == iso:
            return d.start, d.end
    for d in dates:
        if d.iso.startswith(iso) or iso.startswith(d.iso):
            return d.start, d.end
    return None


def written_rows(variants: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    """The written training sentences and the own-words test variants (``variants``: the batch letters to use,
    None for all): rows with ``sentence`` and ``dates`` (iso date -> event)."""
    paths = [
        SENTENCES_PATH,
        *(v for v in VARIANTS if variants is None or v.stem.rsplit("_", 1)[-1] in variants),
    ]
    return [
        json.loads(line)
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def examples(
    items: list[dict[str, Any]] | None = None, variants: tuple[str, ...] | None = None
) -> tuple[list[str], list[str]]:
    """(feature texts, labels) from real dated sentences (default: the train split) and the written sentences
    (``variants``: which own-words batches, see :func:`written_rows`)."""
    from annotations.real import load_timeline
    from evaluation.real_timeline import clean_sentence, gold_event

    labelled: dict[tuple[str, str], str] = {}
    for item in load_timeline("train") if items is None else items:
        key = (clean_sentence(item["sentence"]), item["iso_date"])
        event = gold_event(item)
        if event != "other" or key not in labelled:
            labelled[key] = event
    for row in written_rows(variants):
        for iso, event in row["dates"].items():
            labelled[(row["sentence"], iso)] = event
    texts, labels = [], []
    for (sentence, iso), event in sorted(labelled.items()):
        span = _locate(sentence, iso)
        if span is not None:
            texts.append(features(sentence, *span))
            labels.append(event)
    return texts, labels


def train(
    items: list[dict[str, Any]] | None = None, variants: tuple[str, ...] | None = None
) -> TimelineModel:
    """Fit the model on :func:`examples` of ``items`` (default: the real train split) and the written sentences,
    and return it as plain arrays (checked against scikit-learn)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, labels = examples(items, variants)
    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True, min_df=MIN_DF)
    x = vectorizer.fit_transform(texts)
    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced", random_state=SEED)
    clf.fit(x, labels)
    vocabulary = {term: int(col) for term, col in sorted(vectorizer.vocabulary_.items())}
    model = TimelineModel(vocabulary, list(vectorizer.idf_), clf.coef_.tolist(), list(clf.intercept_),
                          [str(c) for c in clf.classes_])  # fmt: skip
    # the numpy reading must give scikit-learn's numbers
    expected = clf.predict_proba(x[:20])
    got = np.array([[model.proba(t)[c] for c in model.classes] for t in texts[:20]])
    if not np.allclose(expected, got, atol=1e-6):
        raise RuntimeError("numpy timeline model disagrees with scikit-learn")
    return model


def evaluate_dev(model: TimelineModel) -> dict[str, Any]:
    """Dev-split F1 of the extractor with the rules alone and with the model at several thresholds."""
    import extraction.timeline_model as tm
    from annotations.real import load_timeline
    from evaluation.real_timeline import evaluate_timeline

    items = load_timeline("dev")
    out: dict[str, Any] = {"rules": round(evaluate_timeline(items, learned=False)["f1"], 4)}
    saved = tm.load_model, tm.ADD_THRESHOLD
    try:
        tm.load_model = lambda path=MODEL_PATH: model  # type: ignore[assignment]
        for threshold in (0.3, 0.4, 0.5, 0.6):
            tm.ADD_THRESHOLD = threshold
            out[f"rules+model@{threshold}"] = round(evaluate_timeline(items, learned=True)["f1"], 4)
    finally:
        tm.load_model, tm.ADD_THRESHOLD = saved  # type: ignore[assignment]
    return out


@contextmanager
def _using(model: TimelineModel, threshold: float) -> Iterator[None]:
    """Let the extractor's ``learned=True`` reading use ``model`` at ``threshold`` for the duration."""
    import extraction.timeline_model as tm

    saved = tm.load_model, tm.ADD_THRESHOLD
    try:
        tm.load_model = lambda path=MODEL_PATH: model  # type: ignore[assignment]
        tm.ADD_THRESHOLD = threshold
        yield
    finally:
        tm.load_model, tm.ADD_THRESHOLD = saved  # type: ignore[assignment]


def csp_folds(items: list[dict[str, Any]], k: int = CV_FOLDS) -> list[list[dict[str, Any]]]:
    """``items`` in ``k`` folds by commissioning CSP (a stable hash of its key: one CSP's items in one fold)."""
    from annotations.real import csp_key

    folds: list[list[dict[str, Any]]] = [[] for _ in range(k)]
    for item in items:
        key = csp_key(item["csp"])
        folds[int(hashlib.sha256(f"timeline-cv:{key}".encode()).hexdigest(), 16) % k].append(item)
    return folds


def _counts(result: dict[str, Any]) -> Counts:
    return Counts(tp=result["tp"], fp=result["fp"], fn=result["fn"])


def _row(name: str, c: Counts) -> str:
    return f"{name:<44}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}"


def cross_validate(k: int = CV_FOLDS, thresholds: tuple[float, ...] = (0.4, 0.5)) -> dict[str, Counts]:
    """Grouped k-fold by CSP over real train+dev: pooled counts of the rules, and of rules+model per threshold
    (the model of each fold trained without that fold's CSPs)."""
    from annotations.real import load_timeline
    from evaluation.real_timeline import evaluate_timeline

    items = [i for i in load_timeline() if i["split"] in ("train", "dev")]
    out: dict[str, Counts] = {"rules": Counts(), **{f"rules+model@{t}": Counts() for t in thresholds}}
    folds = csp_folds(items, k)
    for n, held in enumerate(folds):
        if not held:
            continue
        rest = [i for m, fold in enumerate(folds) if m != n for i in fold]
        out["rules"].add(_counts(evaluate_timeline(held, learned=False)))
        model = train(rest)
        for t in thresholds:
            with _using(model, t):
                out[f"rules+model@{t}"].add(_counts(evaluate_timeline(held, learned=True)))
    return out


def rules_by_source() -> tuple[dict[str, Counts], dict[str, tuple[int, int]]]:
    """The rules' counts on real train+dev by split and by source file (what carries over and what does not),
    and per split (CSPs, CSPs with at least one wrong pair)."""
    from annotations.real import csp_key, load_timeline
    from evaluation.real_timeline import clean_sentence, evaluate_timeline

    items = [i for i in load_timeline() if i["split"] in ("train", "dev")]
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        groups[f"split {item['split']}"].append(item)
        groups[f"{item['file']} ({item['split']})"].append(item)
    counts: dict[str, Counts] = {}
    csps: dict[str, tuple[int, int]] = {}
    for name, group in sorted(groups.items()):
        result = evaluate_timeline(group, learned=False)
        counts[name] = _counts(result)
        if name.startswith("split "):
            csp_of = {clean_sentence(i["sentence"]): csp_key(i["csp"]) for i in group}
            wrong = {csp_of[e["sentence"]] for e in result["errors"] if e["sentence"] in csp_of}
            csps[name] = (len({csp_key(i["csp"]) for i in group}), len(wrong))
    return counts, csps


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="where to write the model (JSON)")
    parser.add_argument("--evaluate", action="store_true", help="score rules vs rules+model on the dev split")
    parser.add_argument(
        "--cv", action="store_true", help="grouped k-fold by CSP over real train+dev (writes no model)"
    )
    args = parser.parse_args(argv)
    if args.cv:
        header = f"{'':<44}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}"
        sys.stdout.write(f"rules on real train+dev, by split and source file\n{header}\n")
        counts, csps = rules_by_source()
        for name, c in counts.items():
            sys.stdout.write(_row(name, c) + "\n")
        for name, (n, wrong) in csps.items():
            sys.stdout.write(f"{name}: {wrong} of {n} CSPs with a wrong pair\n")
        sys.stdout.write(
            f"\n{CV_FOLDS}-fold CV by CSP over real train+dev (model trained without the fold)\n{header}\n"
        )
        for name, c in cross_validate().items():
            sys.stdout.write(_row(name, c) + "\n")
        return 0
    model = train()
    args.out.write_text(json.dumps(model.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {args.out} ({len(model.vocabulary)} terms, classes {model.classes})\n")
    if args.evaluate:
        sys.stdout.write(json.dumps(evaluate_dev(model)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
