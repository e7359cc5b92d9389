"""An honest estimate of the timeline sentence model on real text: blind batches replayed against the rules as
they stood before anyone fixed anything on them.

    python -m training.timeline_replay [--thresholds 0.4 0.5 0.6]

Why not the grouped CV of :mod:`training.timeline` alone: the rules were corrected on every real train and dev
error, so on train+dev they are in-sample (0.95+) while on real text nobody fixed them on they read about 0.72.
A model that only adds readings where the rules read none can only lose against in-sample rules, and the CV
says nothing about text the rules were not fitted on. Here each real batch gathered blind (``timeline_g``,
``timeline_h``, ``timeline_i``: each scored once before any fix for it) is read by the extractor of the commit
that scored it (a ``git archive`` of that commit, run in a subprocess), alone and with a model trained on the
real train+dev items of every **other** CSP (the batch's CSPs held out: grouped by CSP) and on the own-words
sentences written before that batch was scored. Only the batches' train and dev items are read; the test split
is not. Counts are pooled over the three batches.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from evaluation.extraction import Counts

ROOT = Path(__file__).resolve().parents[1]
#: (batch file, the commit whose rules scored it blind, the own-words variant batches written before that).
BLIND: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("timeline_g", "8b80188", ()),
    ("timeline_h", "edb43a9", ("g",)),
    ("timeline_i", "d4211b6", ("g", "h", "i", "j", "k", "l")),
)
#: Run inside the archived commit: its extractor's readings, rules alone and with the given model.
_READ = """
import importlib.util, json, sys
import extraction.timeline_model as tm
from evaluation.real_timeline import predict
job = json.load(open(sys.argv[1]))
# the model as this tree reads it (its reading policy included), inside the old extractor
spec = importlib.util.spec_from_file_location("current_timeline_model", job["model_module"])
current = importlib.util.module_from_spec(spec)
spec.loader.exec_module(current)
model = current.TimelineModel.from_dict(job["model"])
tm.load_model = lambda path=None: model
out = {"rules": {s: {d: sorted(e) for d, e in predict(s).items()} for s in job["sentences"]}}
for t in job["thresholds"]:
    tm.ADD_THRESHOLD = t
    out[str(t)] = {s: {d: sorted(e) for d, e in predict(s, learned=True).items()} for s in job["sentences"]}
json.dump(out, open(sys.argv[2], "w"))
"""


def score(items: list[dict[str, Any]], predicted: dict[str, dict[str, list[str]]]) -> Counts:
    """(event, date) pairs of ``items`` against ``predicted`` (sentence -> date -> events), as
    :func:`evaluation.real_timeline.evaluate_timeline` counts them."""
    from evaluation.real_timeline import clean_sentence, gold_dates

    by_sentence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        by_sentence[clean_sentence(item["sentence"])].append(item)
    counts = Counts()
    for sentence, labelled in by_sentence.items():
        got_at = predicted.get(sentence, {})
        for date, gold in gold_dates(labelled).items():
            got = set(got_at.get(date, []))
            counts.tp += len(gold & got)
            counts.fn += len(gold - got)
            counts.fp += len(got - gold)
    return counts


def _read_at(
    commit: str, sentences: list[str], model: dict[str, Any], thresholds: list[float]
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="timeline-replay-") as tmp:
        tree = Path(tmp) / "tree"
        tree.mkdir()
        try:
            archive = subprocess.run(
                ["git", "archive", commit, "extraction", "dhr", "evaluation", "annotations"],
                cwd=ROOT, check=True, capture_output=True,
            )  # fmt: skip
        except (OSError, subprocess.CalledProcessError) as exc:
            # a shallow clone or an export without history: the replay needs the commits that scored the batches
            raise SystemExit(f"timeline replay needs git history with commit {commit}: {exc}") from exc
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        job, out = Path(tmp) / "job.json", Path(tmp) / "out.json"
        module = ROOT / "extraction" / "timeline_model.py"
        job.write_text(
            json.dumps(
                {
                    "sentences": sentences,
                    "model": model,
                    "thresholds": thresholds,
                    "model_module": str(module),
                }
            )
        )
        subprocess.run(
            [sys.executable, "-c", _READ, str(job), str(out)],
            cwd=tree, env={"PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
            check=True, timeout=900,
        )  # fmt: skip
        return json.loads(out.read_text())


def replay(thresholds: list[float]) -> dict[str, Counts]:
    """Pooled counts over the blind batches: the rules of their day alone, and with the model per threshold."""
    from annotations.real import csp_key, load_timeline
    from evaluation.real_timeline import clean_sentence
    from training.timeline import train

    items = [i for i in load_timeline() if i["split"] in ("train", "dev")]
    pooled: dict[str, Counts] = defaultdict(Counts)
    for name, commit, variants in BLIND:
        batch = [i for i in items if Path(i["file"]).stem == name]
        held = {csp_key(i["csp"]) for i in batch}
        rest = [i for i in items if csp_key(i["csp"]) not in held and Path(i["file"]).stem != name]
        model = train(rest, variants).to_dict()
        sentences = sorted({clean_sentence(i["sentence"]) for i in batch})
        read = _read_at(commit, sentences, model, thresholds)
        for key, predicted in read.items():
            counts = score(batch, predicted)
            pooled["rules" if key == "rules" else f"rules+model@{key}"].add(counts)
            pooled[f"{name} {key}"].add(counts)
    return dict(pooled)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.4, 0.5, 0.6])
    args = parser.parse_args(argv)
    sys.stdout.write(f"{'':<32}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}\n")
    for name, c in sorted(replay(args.thresholds).items(), key=lambda kv: (" " in kv[0], kv[0])):
        sys.stdout.write(
            f"{name:<32}{c.tp:>5}{c.fp:>5}{c.fn:>5}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
