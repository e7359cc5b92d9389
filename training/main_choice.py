"""Main-theme deciders compared on evidence the rules were not written from, as a table of candidates x evidence.

Each candidate decides the main theme from the same held-out model outputs; only the learned parts are held out,
the guide's cues are what they are (they were written from real train + dev and fixed against most own-words sets,
so (a) and those sets lean toward the cue):

- **(a) LOCO**: leave one commissioning CSP out over real ``train`` + ``dev``; each CSP predicted by a model fitted
  on the others (+ the augmentation of ``training.theme_cv``), its calibration (``mechanism_min``,
  ``substance_min``) from the others' CSP-folded out-of-fold predictions (nested);
- **(b) LOSO**: each own-words theme set of :data:`SETS` (named, never a glob) scored by a model fitted without it:
  the base model on real ``train`` + ``dev`` + augmentation (no set of :data:`SETS`), the ``+own`` model also on
  every other set of :data:`SETS`; ``unread`` is the subset whose errors nobody has read (:data:`UNREAD`: its
  aggregate only, never its items);
- **(c) dev**: fitted on real ``train`` (+ augmentation), calibrated on ``train``'s out-of-fold predictions.

The decision rule was registered before any candidate was scored: score = mean of accuracy (a) and pooled accuracy
(b); a candidate is adopted over the decider shipped before it ran (``margin_0.4``) only with score +0.01 or more
and no loss on (c) (``adopt``: yes). ``shipped`` is ``decide_main`` as it ships now. Measured 2026-12-05 (table in
``classification.main_theme``'s docstring): margin 0.5 adopted; the verb rule and the cue always winning read
higher but change other modules' tests, so they are reported only. Measured again 2026-12-06 with ``--recue`` after
the thirteenth session's cue fixes (table and the reasons the margin stays in ``classification.main_theme``).

    python -m training.main_choice [--refit] [--only base|own] [--base-only] [--knn 7] [--cached-cues]
        [--errors base:shipped]

By default (``--recue`` until 2026-12-06's last change; ``--cached-cues`` turns it off) the table re-reads the
cached items' text-read fields (directive, check, substance, displacement, text cues) with the cue code as it is
now: the model's inputs (``rules.feature_text``, the embeddings) read no theme cue, so a cue
change is measured without a refit (the calibrations stay the fit's, chosen over the old cues). ``--errors`` lists
one candidate's wrong items. Each fit's first lines give the shipped decision's multi-label theme micro-F1 and main
accuracy per evidence (``training.real_themes.decide_themes`` with each block's calibration). The ``verb5_<n>``
candidates are the shipped decider with :data:`classification.main_theme.VERB_WORDS` ``n`` (added 2026-12-06, after
the table of 2026-12-05).

Fifteenth session (2026-12-06): theme_blind18, 19 and 20 (read, dev sets) joined :data:`SETS`, and a fresh blind set
joins it as :data:`UNREAD` (``--errors`` and ``training.theme_perturb`` skip it). ``adopt`` now compares with the
decider shipped before the verb candidates (``margin_0.5``, :data:`classification.main_theme.MODEL_MARGIN`). A set
added after the cache was fitted is scored by one more fit per fit kind (:func:`extend`; the cache keeps it).

Sixteenth session (2026-12-06): theme_blind21 was read and theme_blind22 (read) joined :data:`SETS` (one
:func:`extend` fit); :data:`UNREAD` is empty until a fresh blind set joins (its column prints "-"). With that
session's cue fixes (``--base-only``): shipped (a) 48/51, (b) 1258/1306, (c) 27/27; the same cache with the cues
as they stood before them: 48/51, 1246/1306, 27/27.

The fitted outputs are cached in ``/tmp/dhr-main-choice-{base,own}.pkl`` (``--refit`` recomputes; ``--only base``
and ``--only own`` fill one each, so two processes can share the work: about 55 and 40 minutes on two busy cores).
"""

from __future__ import annotations

import argparse
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from classification.main_theme import MODEL_MARGIN, decide_main
from classification.rules import THEMES
from dhr.schema.classification import AnnotatedRecommendation
from training.real_themes import ThemeOutputs

_ROOT = Path(__file__).resolve().parent.parent
_DATA = _ROOT / "tests/classification/data"
_SRC = _ROOT / "annotations/classification/source"
#: The own-words theme sets scored leave-one-set-out, each named (a set another helper is writing is never here).
SETS: tuple[Path, ...] = (
    _SRC / "own_words_blind_themes.psv",
    _SRC / "own_words_blind2_themes.psv",
    _SRC / "own_words_blind3_themes.psv",
    *(
        _DATA / f"theme_blind{n}.psv"
        for n in (
            *("4a", "4b", "5c", "5d", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17"),
            *("18", "19", "20"),  # added 2026-12-06 (fifteenth session), all three read (dev sets)
            "21",  # added 2026-12-06 (fifteenth session), unread then; read in the sixteenth (a dev set since)
            "22",  # added 2026-12-06 (sixteenth session), scored blind by the lead first, then read (dev)
            "23",  # added 2026-12-06 (sixteenth session), read (a dev set): real-report register, 90 items
        )
    ),
)
#: The sets of :data:`SETS` whose errors nobody has read: their (b) is blind evidence. ``--errors`` never lists them.
#: (Until the fifteenth session the column held theme_blind4b, 5d, 6, 7, 16 and 17, whose errors the thirteenth
#: session's first ``--errors`` listing printed and so read: they count as read since.)
#: (theme_blind21 was the fifteenth session's unread set; its errors were read in the sixteenth, so the column is
#: empty until a fresh blind set joins.)
UNREAD: frozenset[str] = frozenset()
_CACHE = "/tmp/dhr-main-choice-{}.pkl"
_CFG: dict[str, Any] = {"emb_weight": 1.0, "c": 16.0, "main_key": "main_model"}


@dataclass
class Block:
    """Held-out outputs of one fit: the items, the model outputs, the calibration and the kNN bank (the fit's
    labelled items' embeddings and main themes)."""

    where: str
    items: list[AnnotatedRecommendation]
    out: ThemeOutputs
    setting: dict[str, Any]
    emb: np.ndarray
    bank_emb: np.ndarray
    bank_main: list[str]


# ------------------------------------------------------------------------------------------------ fitting
def _own_sets() -> dict[str, list[AnnotatedRecommendation]]:
    from annotations.classification.own_words import load_blind_themes

    sets = {}
    for path in SETS:
        items = load_blind_themes(path)
        for i in items:  # one group per set, so a set is one CSP-like group in the fit
            i.source = f"own-set:{path.stem}"
        sets[path.stem] = items
    return sets


def _block(
    pool: Any,
    where: str,
    fit: list[AnnotatedRecommendation],
    aug: list[tuple[AnnotatedRecommendation, float]],
    held: list[AnnotatedRecommendation],
    setting: dict[str, Any],
) -> Block:
    from training.theme_cv import fit_predict

    out = fit_predict(pool, fit, aug, held, _CFG)
    bank = fit + [i for i, w in aug if w > 0]
    return Block(
        where,
        held,
        out,
        setting,
        np.stack([pool.emb[id(i)] for i in held]),
        np.stack([pool.emb[id(i)] for i in bank]),
        [i.themes[0] for i in bank],
    )


def _slice(block: Block, where: str, lo: int, hi: int) -> Block:
    """Rows ``lo:hi`` of ``block`` as a block of their own."""
    o = block.out
    out = ThemeOutputs(
        o.multi[lo:hi],
        o.main[lo:hi],
        o.main_classes,
        o.directive[lo:hi],
        o.gold[lo:hi],
        o.check[lo:hi],
        o.substance[lo:hi],
        o.displaced[lo:hi],
        o.cues[lo:hi],
    )
    return Block(
        where, block.items[lo:hi], out, block.setting, block.emb[lo:hi], block.bank_emb, block.bank_main
    )


def missing_sets(blocks: dict[str, list[Block]]) -> list[str]:
    """The sets of :data:`SETS` (in order) that a fit's cached (b) blocks do not score."""
    have = {b.where.removeprefix("b:") for b in blocks["b"]}
    return [p.stem for p in SETS if p.stem not in have]


def extend(res: dict[str, dict[str, list[Block]]], log: Callable[[str], None] = print) -> bool:
    """Score the sets of :data:`SETS` that a cached fit has no (b) block for (a set added after the cache was
    fitted), one fit per fit kind: ``base`` on real train + dev + augmentation with the calibration its other (b)
    blocks have (the same fit and calibration as theirs), ``own`` on those and every set already in the cache at
    weight 1 (its folds held about a fifth of the sets out; this fit holds out only the new ones). The ``own``
    fit's (a) and (c) stay without the new sets until ``--refit``. True when anything was added."""
    from training.real_models import real_examples
    from training.theme_cv import Pool, load_aug

    stems = [p.stem for p in SETS]
    missing = {fit: missing_sets(r) for fit, r in res.items()}
    if not any(missing.values()):
        return False
    sets = _own_sets()
    allx = real_examples("train") + real_examples("dev")
    aug = load_aug(0.4, 1.0)
    pool = Pool(allx + [i for i, _ in aug] + [i for items in sets.values() for i in items])
    for fit, new in missing.items():
        if not new:
            continue
        held = [i for s in new for i in sets[s]]
        known = [i for s in stems if s not in new for i in sets[s]] if fit == "own" else []
        setting = res[fit]["b"][0].setting if res[fit]["b"] else {}
        whole = _block(pool, "b", allx, aug + [(i, 1.0) for i in known], held, setting)
        at = 0
        for s in new:
            res[fit]["b"].append(_slice(whole, f"b:{s}", at, at + len(sets[s])))
            at += len(sets[s])
        res[fit]["b"].sort(key=lambda b: stems.index(b.where.removeprefix("b:")))
        log(f"{fit} b: {', '.join(new)} added")
    return True


def _calibrate(
    pool: Any, fit: list[AnnotatedRecommendation], aug: list[tuple[AnnotatedRecommendation, float]], k: int
) -> dict[str, Any]:
    """The main-theme calibration from ``fit``'s own CSP-folded out-of-fold predictions (as theme_cv does)."""
    from training.real_models import csp_folds
    from training.real_themes import _concat, calibrate_themes
    from training.theme_cv import fit_predict

    oof = []
    for fold in csp_folds(fit, k, 13):
        idx = set(fold)
        oof.append(
            fit_predict(
                pool, [x for n, x in enumerate(fit) if n not in idx], aug, [fit[n] for n in fold], _CFG
            )
        )
    return calibrate_themes(_concat(oof))


#: Folds of whole sets for the ``own`` fit's (b): each set is scored by a model fitted without it (and without the
#: other sets of its fold), five fits instead of one per set.
OWN_FOLDS = 5


def collect(fit_name: str, log: Callable[[str], None] = print) -> dict[str, list[Block]]:
    """Every held-out block of every evidence for one fit: ``base`` (real + augmentation, each block calibrated
    on its own fit's out-of-fold predictions) or ``own`` (every own-words set of :data:`SETS` not held out added
    at weight 1; no calibration of its own: :func:`table` gives each block the base block's)."""
    from training.real_models import _group, real_examples
    from training.theme_cv import Pool, load_aug

    tr, dev = real_examples("train"), real_examples("dev")
    allx = tr + dev
    sets = _own_sets()
    own_all = [i for items in sets.values() for i in items]
    aug = load_aug(0.4, 1.0)
    pool = Pool(allx + [i for i, _ in aug] + own_all)
    own = fit_name == "own"

    def with_sets(without: set[str]) -> list[tuple[AnnotatedRecommendation, float]]:
        return aug + [(i, 1.0) for s, items in sets.items() if own and s not in without for i in items]

    res: dict[str, list[Block]] = {"a": []}
    for g in sorted({_group(i) for i in allx}):
        held = [i for i in allx if _group(i) == g]
        fit = [i for i in allx if _group(i) != g]
        st = {} if own else _calibrate(pool, fit, aug, 3)
        res["a"].append(_block(pool, f"a:{g}", fit, with_sets(set()), held, st))
        log(f"{fit_name} a {g}")
    res["c"] = [_block(pool, "c:dev", tr, with_sets(set()), dev, {} if own else _calibrate(pool, tr, aug, 3))]
    log(f"{fit_name} c")
    stems = list(sets)
    if own:
        res["b"] = []
        for k in range(OWN_FOLDS):
            fold = set(stems[k::OWN_FOLDS])
            held = [i for s in stems if s in fold for i in sets[s]]
            whole = _block(pool, "b", allx, with_sets(fold), held, {})
            at = 0
            for s in stems:
                if s in fold:
                    res["b"].append(_slice(whole, f"b:{s}", at, at + len(sets[s])))
                    at += len(sets[s])
            log(f"own b fold {k}")
        res["b"].sort(key=lambda b: stems.index(b.where.removeprefix("b:")))
    else:  # no set is in the base fit: one fit scores them all, calibrated as the shipped bundle is
        whole = _block(pool, "b", allx, aug, own_all, _calibrate(pool, allx, aug, 5))
        res["b"], at = [], 0
        for s in stems:
            res["b"].append(_slice(whole, f"b:{s}", at, at + len(sets[s])))
            at += len(sets[s])
        log("base b")
    return res


# ------------------------------------------------------------------------------------------------ deciders
def _p(row: np.ndarray, classes: list[str], t: str) -> float:
    return float(row[classes.index(t)]) if t in classes else 0.0


def _knn(block: Block, n: int, k: int, classes: list[str]) -> np.ndarray:
    """The main-theme vote of the ``k`` nearest labelled items of the fit (cosine-weighted), in ``classes`` order."""
    sims = (
        block.bank_emb
        @ block.emb[n]
        / (np.linalg.norm(block.bank_emb, axis=1) * np.linalg.norm(block.emb[n]) + 1e-9)
    )
    vote = np.zeros(len(classes))
    for j in np.argsort(-sims)[:k]:
        if block.bank_main[j] in classes:
            vote[classes.index(block.bank_main[j])] += max(float(sims[j]), 0.0)
    return vote / vote.sum() if vote.sum() > 0 else np.full(len(classes), 1 / len(classes))


def _combined(block: Block, n: int) -> np.ndarray:
    """The main-theme model's probabilities times the multi-label model's (geometric mean, renormalised)."""
    out = block.out
    multi = {t: float(out.multi[n, j]) for j, t in enumerate(THEMES)}
    row = np.array([np.sqrt(out.main[n, j] * multi.get(c, 0.0)) for j, c in enumerate(out.main_classes)])
    return row / row.sum() if row.sum() > 0 else out.main[n]


def decide(block: Block, n: int, name: str, knn_k: int = 7) -> str:
    """The main theme candidate ``name`` gives item ``n`` of ``block``."""
    out, st = block.out, block.setting
    common: dict[str, Any] = {
        "text": block.items[n].text,
        "directive": out.directive[n],
        "proba": out.main[n],
        "classes": out.main_classes,
        "substance": out.substance[n],
        "check": out.check[n],
        "displaced": out.displaced[n],
        "mechanism_min": st["mechanism_min"],
        "mechanism_rule": st["mechanism_rule"],
        "substance_min": st["substance_min"],
    }
    if name == "model":
        return decide_main(**{**common, "mechanism_rule": False, "substance_min": None})
    if name == "mechanism_rule":
        return decide_main(**{**common, "substance_min": None})
    if name == "shipped":  # decide_main as it ships (its defaults)
        return decide_main(**common, model_margin=MODEL_MARGIN)
    common["verb_words"] = None  # the candidates below add their own reading of the verb
    if name == "margin_mech":  # the margin lets only a mechanism the model picks beat the substance cue
        return decide_main(**common, model_margin=MODEL_MARGIN, margin_for_mechanisms_only=True)
    if name == "keep_displaced":
        return decide_main(**common, model_margin=MODEL_MARGIN, keep_displaced=True)
    if name == "cue_always":
        return decide_main(**common, model_margin=None)
    if name.startswith("margin_"):
        return decide_main(**common, model_margin=float(name.split("_")[1]))
    if name.startswith(("verb_", "verbm_", "verb5_")):
        # the cue the action verb's own object names wins; a cue further off (the context) gives way to a model
        # surer by the margin (``verbm_``: by any margin; ``verb5_``: by the shipped 0.5)
        margin = {"verbm": 0.0, "verb5": 0.5}.get(name.split("_")[0], 0.4)
        return decide_main(**{**common, "verb_words": int(name.split("_")[1])}, model_margin=margin)
    if name.startswith("combined_"):
        m = name.split("_")[1]
        return decide_main(
            **{**common, "proba": _combined(block, n)}, model_margin=None if m == "cue" else float(m)
        )
    if name.startswith("knn_blend_"):
        w = float(name.split("_")[2])
        row = (1 - w) * out.main[n] + w * _knn(block, n, knn_k, out.main_classes)
        return decide_main(**{**common, "proba": row}, model_margin=0.4)
    cue = decide_main(**common, model_margin=None)
    model = decide_main(**common, model_margin=0.0)
    if cue == model:
        return cue
    if name == "knn_tie":
        vote = _knn(block, n, knn_k, out.main_classes)
        return model if _p(vote, out.main_classes, model) > _p(vote, out.main_classes, cue) else cue
    raise ValueError(name)


CANDIDATES = (
    "margin_0.4",
    "shipped",
    "cue_always",
    "keep_displaced",
    "margin_mech",
    "margin_0.0",
    "margin_0.2",
    "margin_0.3",
    "margin_0.5",
    "margin_0.6",
    "model",
    "mechanism_rule",
    "combined_cue",
    "combined_0.4",
    "combined_0.2",
    "verb_6",
    "verb_10",
    "verb5_6",
    "verb5_8",
    "verb5_10",
    "verb5_12",
    "verbm_6",
    "verbm_10",
    "knn_tie",
    "knn_blend_0.3",
    "knn_blend_0.5",
)


def table(res: dict[str, dict[str, list[Block]]], knn_k: int = 7) -> list[dict[str, Any]]:
    """Per (fit, candidate): right / total on (a), (b), (b) unread, (c), and the registered score."""
    rows = []
    for fit in [f for f in ("base", "own") if f in res]:
        for name in CANDIDATES:
            row: dict[str, Any] = {"fit": fit, "candidate": name}
            for ev in ("a", "b", "c"):
                hits = []
                for b, cal in zip(res[fit][ev], res["base"][ev], strict=True):
                    b.setting = b.setting or cal.setting  # the own fit takes the base block's calibration
                    hits += [
                        (b.where, decide(b, n, name, knn_k) == it.themes[0]) for n, it in enumerate(b.items)
                    ]
                row[ev] = (sum(h for _, h in hits), len(hits))
                if ev == "b":
                    unread = [h for w, h in hits if w.removeprefix("b:") in UNREAD]
                    row["b_unread"] = (sum(unread), len(unread))
            row["score"] = (row["a"][0] / row["a"][1] + row["b"][0] / row["b"][1]) / 2
            rows.append(row)
    return rows


def recue(res: dict[str, dict[str, list[Block]]]) -> None:
    """Recompute every block's text-read fields (the directive, check, substance, displacement and text cues)
    with the cue code as it is now, over the cached model outputs. The model's inputs (``rules.feature_text``,
    the embeddings) do not read the theme cues, so a change to ``classification.main_theme`` or
    ``classification.theme_cues`` is measured without refitting; the calibrations (``mechanism_min``,
    ``substance_min``) stay those of the fit, chosen over the old cues' out-of-fold readings."""
    from classification.main_theme import displaced_by, substance_cue, text_cues
    from classification.rules import analyse
    from classification.theme_cues import is_check, main_directive

    for blocks in res.values():
        for bl in (b for ev in blocks.values() for b in ev):
            its, o = bl.items, bl.out
            o.directive = [main_directive(i.text, analyse(i.text, i.context).directive) for i in its]
            o.check = [is_check(i.text) for i in its]
            o.substance = [substance_cue(i.text) for i in its]
            o.displaced = [displaced_by(i.text, d) for i, d in zip(its, o.directive, strict=True)]
            o.cues = [text_cues(i.text) for i in its]


def errors(res: dict[str, dict[str, list[Block]]], fit: str, name: str, knn_k: int = 7) -> list[str]:
    """One line per item candidate ``name`` of fit ``fit`` gets wrong on (a), (b) and (c): where, gold, got, the
    directive / substance the cues read, the model's pick and its probability, the text's start."""
    lines = []
    for ev in ("a", "b", "c"):
        for b, cal in zip(res[fit][ev], res["base"][ev], strict=True):
            if b.where.removeprefix("b:") in UNREAD:
                continue  # a blind set's errors stay unread: only its aggregate is printed (``table``)
            b.setting = b.setting or cal.setting
            for n, it in enumerate(b.items):
                got = decide(b, n, name, knn_k)
                if got == it.themes[0]:
                    continue
                j = int(np.argmax(b.out.main[n]))
                lines.append(
                    f"{b.where} gold={','.join(it.themes)} got={got} dir={b.out.directive[n]} "
                    f"sub={b.out.substance[n]} disp={b.out.displaced[n]} "
                    f"model={b.out.main_classes[j]}:{b.out.main[n][j]:.2f} | {' '.join(it.text.split())[:300]}"
                )
    return lines


def theme_f1(res: dict[str, dict[str, list[Block]]], fit: str = "base") -> dict[str, tuple[float, float]]:
    """Per evidence, the multi-label theme micro-F1 and main accuracy of the shipped decision
    (``training.real_themes.decide_themes`` with each block's calibrated thresholds), pooled over the blocks."""
    from training.real_themes import decide_themes, theme_scores

    res_f1 = {}
    for ev in ("a", "b", "c"):
        gold: list[list[str]] = []
        pred: list[list[str]] = []
        for b, cal in zip(res[fit][ev], res["base"][ev], strict=True):
            st = b.setting or cal.setting
            thr = {**dict.fromkeys(THEMES, st["threshold"]), **st["thresholds"]}
            pred += decide_themes(
                b.out,
                thr,
                st["max_secondary"],
                st["mechanism_rule"],
                st["mechanism_min"],
                st["substance_min"],
                st["cue_bonus"],
                st["substance_bonus"],
            )
            gold += [list(i.themes) for i in b.items]
        sc = theme_scores(gold, pred)
        res_f1[ev] = (sc["micro_f1"], sc["main_accuracy"])
    return res_f1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--refit", action="store_true", help="recompute the held-out outputs (else the cache)")
    ap.add_argument(
        "--only", choices=("base", "own"), default=None, help="compute one fit's outputs and stop"
    )
    ap.add_argument("--knn", type=int, default=7, help="neighbours of the kNN candidates")
    ap.add_argument(
        "--base-only",
        action="store_true",
        help="the table of the base fit alone (no own fit computed or read)",
    )
    ap.add_argument(
        "--cached-cues",
        action="store_true",
        help="keep the cues the cache was fitted with (default: re-read them with the code as it is now)",
    )
    ap.add_argument("--recue", action="store_true", help="the default; kept so older commands still run")
    ap.add_argument(
        "--errors", metavar="FIT:CANDIDATE", help="list that candidate's wrong items, e.g. base:shipped"
    )
    args = ap.parse_args(argv)
    from threadpoolctl import threadpool_limits

    # the module's own classes, not ``__main__``'s, so the cache loads wherever it is read from
    from training import main_choice as here

    res = {}
    for fit in (args.only,) if args.only else ("base",) if args.base_only else ("base", "own"):
        path = Path(_CACHE.format(fit))
        if args.refit or not path.exists():
            with threadpool_limits(limits=1):
                path.write_bytes(pickle.dumps(here.collect(fit)))
        res[fit] = pickle.loads(path.read_bytes())  # noqa: S301 - our own cache file
    if args.only:
        return 0
    with threadpool_limits(limits=1):
        if here.extend(res):  # sets added since the cache was fitted: scored, and the cache kept with them
            for fit, r in res.items():
                Path(_CACHE.format(fit)).write_bytes(pickle.dumps(r))
    if not args.cached_cues:
        recue(res)
    if args.errors:
        fit, name = args.errors.split(":")
        print("\n".join(errors(res, fit, name, args.knn)))  # noqa: T201
        return 0
    for fit in res:
        f1 = theme_f1(res, fit)
        print(  # noqa: T201
            f"{fit} shipped theme micro-F1 / main: "
            + ", ".join(f"({ev}) {v[0]:.3f} / {v[1]:.3f}" for ev, v in f1.items())
        )
    rows = table(res, args.knn)
    # the reference: the margin decider as shipped before the verb candidates (2026-12-05's table used 0.4)
    ship = next(r for r in rows if r["fit"] == "base" and r["candidate"] == f"margin_{MODEL_MARGIN}")

    def f(v: tuple[int, int]) -> str:
        return f"{v[0]}/{v[1]} {v[0] / v[1]:.3f}" if v[1] else "-"  # no unread set: an empty column

    head = ("fit", "candidate", "(a) LOCO", "(b) LOSO", "(b) unread", "(c) dev", "score  adopt")
    print(f"{head[0]:5s} {head[1]:15s} {head[2]:>12s} {head[3]:>14s} {head[4]:>14s} {head[5]:>12s} {head[6]}")  # noqa: T201
    for r in rows:
        ok = r["score"] >= ship["score"] + 0.01 and r["c"][0] >= ship["c"][0]
        print(  # noqa: T201
            f"{r['fit']:5s} {r['candidate']:15s} {f(r['a']):>12s} {f(r['b']):>14s} {f(r['b_unread']):>14s} "
            f"{f(r['c']):>12s} {r['score']:.3f}  {'yes' if ok and r is not ship else ''}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
