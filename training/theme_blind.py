"""The shipped theme labelling scored on the blind own-words set (``annotations/classification/own_words.py``,
``load_blind_themes``): recommendations written in the variety of real-review wording and labelled with the guide
before any classifier ran on them. Its first score (before any change made after reading its errors) is the blind
figure; later scores are dev figures, like the CV's.

    python -m training.theme_blind [--models DIR] [--errors] [--file PSV] [--verb-words N]
    python -m training.theme_blind --settings tests/classification/data/theme_blind{4b,5d,6,7,8}.psv

``annotations/classification/source/own_words_blind2_themes.psv`` is a second batch, written after the rule
changes made on the first one (and ``own_words_blind3_themes.psv`` a third). Batches 4 and 5
(``tests/classification/data/theme_blind4a/4b/5c/5d.psv``) were written in halves: the rules were fixed against
4a and 5c only (dev halves, with ``tests/classification/data/main_theme_probes.psv``); 4b, 5d and the sixth batch
``theme_blind6.psv`` are scored before/after only, their errors never read. The seventh, ``theme_blind7.psv`` (54
items in real-report styles: rationale before the ask, "The Panel recommends that", national asks, sub-bullets),
was written before the main-theme changes of its session and scored once with the session-start code (0.805 theme
F1 / 0.778 main); its errors are never read either (the rules were fixed on ``main_theme_probes2/3.psv``). The eighth,
``theme_blind8.psv`` (62 items: rationale first, "seek assurance that", national asks, audits and reviews, training
on a practice, two mechanisms, named systems, short asks), was scored once at 465f5e5 before any change: 0.892
theme F1 / 0.903 main; its errors were then read and fixed by the guide's conventions, so later scores are dev
figures. The ninth, ``theme_blind9.psv`` (54 items across many agencies and themes, written without reading the cue
lists), was scored once at d91fff7, after the eighth's fixes: 0.835 theme F1 / 0.852 main; its errors were then read
and fixed too (dev figures since). The tenth, ``theme_blind10.psv`` (40 items, a new writer), was scored once at
85ef349: 0.877 theme F1 / 0.875 main; its errors were then read and fixed (3112b5a: 0.884 / 0.950, a dev figure).
The eleventh, ``theme_blind11.psv`` (58 items in the style of real reports: background before the ask, lettered
lists of asks, purposes before the addressee), was scored once at d217199: 0.812 theme F1 / 0.828 main; fixed
against since (868445e: 0.825 / 0.966, a dev figure). The twelfth, ``theme_blind12.psv`` (50 items), was scored
once at bc6d43f: 0.857 / 0.82; fixed against since (b58358a, 23919e5, b5352f7: 0.894 / 0.98). The thirteenth,
``theme_blind13.psv`` (50 items in real recommendation styles), was scored once at 40294c0: 0.810 / 0.82; fixed
against since (b5352f7: 0.835 / 0.96, a dev figure); LOCO CV (``training.theme_cv``) is the same with and without
those fixes on one tree (0.829 / 0.922). The fourteenth, ``theme_blind14.psv`` (60 items), was scored twice without
its errors read (0.854 / 0.933 at 4f329c1, before any of them was read); its errors were then read and fixed (being "alert to"
is no system alert; a body whose staff are to know a service is awareness raising; a later "when ..." condition is
the trigger, not the ask; "partners and former partners" are intimate partners), so it is a dev set since (0.871 /
1.000). Sets from the fifteenth on are scored by the lead only: 15 at 381806d 0.832 / 0.85 (fixed against since);
16 and 17 (60 items each, writer-only) at 496395a 0.846 / 0.883 and 0.829 / 0.850, their errors unread; they and the
earlier first scores chose ``classification.main_theme.MODEL_MARGIN`` (493c569: main 0.900 / 0.867). The
eighteenth, ``theme_blind18.psv`` (80 items, writer-only), was scored by the lead at 0.812 / 0.850 (theme F1 / main)
with its errors unread; it is a dev set since the thirteenth session (its errors read and fixed: 0.853 / 0.9125).
The twentieth, ``theme_blind20.psv`` (90 items, writer-only), read 0.807 / 0.878 unread; its errors were read and
fixed in the fifteenth session (0.847 / 1.000 with the verb rule then shipped), a dev set since. The twenty-first
and twenty-second, ``theme_blind21.psv`` and ``theme_blind22.psv`` (90 items each, writer-only), read 0.866 / 0.922 and
0.846 / 0.967 blind; their errors were read and fixed in the sixteenth session (0.902 / 1.000 and 0.870 / 1.000), dev
sets since (``tests/classification/data/theme_blind21_22.NOTES.md``). ``--verb-words``
scores the shipped classifier with another ``classification.main_theme.VERB_WORDS`` (an unread set's aggregate for
a candidate decider: theme_blind21 read 0.866 / 0.911 with the margin alone, 0.866 / 0.922 with 12).
The twenty-third, ``theme_blind23.psv`` (90 items in the register of published reviews: long, background first,
several asks), read 0.788 / 0.844 unread at 9ff17af; its errors were read and fixed in the sixteenth session
(0.842 / 0.989), a dev set since.

``--settings`` prints each main-theme decider of ``training.main_variants`` (the model alone, the guide's
mechanisms over it, the guide order, the shipped decider, prototype similarity, the class prior, each with the
mechanism rule) and the model-over-cue margins, per set and pooled.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dhr.schema.classification import ClassifyInput


def score(models: Path | None = None, errors: bool = False, path: Path | None = None) -> dict:
    """Theme micro-F1, main-theme accuracy and (with ``errors``) the wrong items, for the bundle in ``models``,
    on the blind set (or another file in its format, ``path``)."""
    from annotations.classification.own_words import BLIND_THEMES_FILE, load_blind_themes
    from classification.classifier import load_classifier
    from training.real_themes import theme_scores

    items = load_blind_themes(path or BLIND_THEMES_FILE)
    clf = load_classifier(models)
    pred = clf.predict([ClassifyInput(id=i.id, text=i.text, context=i.context) for i in items])
    gold = [list(i.themes) for i in items]
    got = [list(p.themes) for p in pred]
    res: dict = {"n": len(items), **theme_scores(gold, got)}
    if errors:
        res["errors"] = [
            {"gold": g, "pred": p, "text": i.text[:240]}
            for i, g, p in zip(items, gold, got, strict=True)
            if g != p
        ]
    return res


#: The margins by which the main-theme model may beat the ask's substance cue, measured by ``--settings``.
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
#: The verb rule's word counts measured by ``--settings`` (``classification.main_theme.VERB_WORDS``; None ships).
VERB_VARIANTS = (10, 12)


def decider_variants(paths: list[Path], models: Path | None = None) -> dict[str, dict[str, str]]:
    """Main-theme accuracy per set (and pooled) of each decider of ``training.main_variants`` over the shipped
    bundle's outputs, and of the decider whose substance cue gives way to the model when the model is surer by more
    than a margin (``classification.main_theme.decide_main`` ``model_margin``)."""
    from annotations.classification.own_words import load_blind_themes
    from classification.classifier import Encoder, _inputs, load_classifier
    from classification.main_theme import MODEL_MARGIN, decide_main, displaced_by, substance_cue
    from classification.rules import THEMES, analyse, feature_text
    from classification.theme_ask import ask_text, blended_main
    from classification.theme_cues import is_check, main_directive
    from training.main_variants import variant_picks
    from training.real_models import real_examples
    from training.real_themes import ThemeOutputs, theme_prototypes

    clf = load_classifier(models)
    task = clf.bundle["themes"]
    protos = theme_prototypes()
    # the commonest main theme of the data the bundle was fitted on (real train + dev)
    mains = [i.themes[0] for i in real_examples("train") + real_examples("dev")]
    prior = max(sorted(set(mains)), key=mains.count)
    hits: dict[str, dict[str, list[bool]]] = {}
    for path in paths:
        items = load_blind_themes(path)
        rules = [analyse(i.text, i.context) for i in items]
        feats = [feature_text(i.text, i.context, r) for i, r in zip(items, rules, strict=True)]
        texts = [f"{i.text} {i.context or ''}".strip() for i in items]
        x = _inputs(task["kind"], feats, texts, {"vectorizer": clf.bundle.get("tfidf_vectorizer")}, task)
        classes = list(task["main_model"].classes_)
        main_p = blended_main(
            clf.theme_ask,
            [i.text for i in items],
            task["main_model"].predict_proba(x),
            classes,
            Encoder.encode,
        )
        directives = [main_directive(i.text, r.directive) for i, r in zip(items, rules, strict=True)]
        out = ThemeOutputs(
            task["model"].predict_proba(x),
            main_p,
            classes,
            directives,
            [list(i.themes) for i in items],
            [task.get("check_substance", False) and is_check(i.text) for i in items],
            [substance_cue(i.text) for i in items],
            [displaced_by(i.text, d) for i, d in zip(items, directives, strict=True)],
        )
        ask = Encoder.encode([ask_text(i.text) for i in items])
        picks = variant_picks(out, task, ask, protos, list(THEMES), prior)
        for margin in MARGINS:
            picks[f"margin_{margin}"] = [
                decide_main(
                    item.text,
                    directives[n],
                    main_p[n],
                    classes,
                    check_substance=task.get("check_substance", False),
                    mechanism_rule=task.get("mechanism_rule", False),
                    mechanism_min=task.get("mechanism_min", 0.0),
                    substance_min=task.get("substance_min"),
                    check=out.check[n],
                    model_margin=margin,
                )
                for n, item in enumerate(items)
            ]
        for n_words in VERB_VARIANTS:
            # the shipped margin, with the cue the ask names within its first ``n_words`` words always winning
            # (``training.main_choice``'s ``verb5_<n>`` candidates)
            picks[f"verb5_{n_words}"] = [
                decide_main(
                    item.text,
                    directives[n],
                    main_p[n],
                    classes,
                    check_substance=task.get("check_substance", False),
                    mechanism_rule=task.get("mechanism_rule", False),
                    mechanism_min=task.get("mechanism_min", 0.0),
                    substance_min=task.get("substance_min"),
                    check=out.check[n],
                    model_margin=task.get("model_margin", MODEL_MARGIN),
                    verb_words=n_words,
                )
                for n, item in enumerate(items)
            ]
        for key, got in picks.items():
            for item, pick in zip(items, got, strict=True):
                for where in (path.stem, "pooled"):
                    hits.setdefault(key, {}).setdefault(where, []).append(pick == item.themes[0])
    return {k: {w: f"{sum(v)}/{len(v)}" for w, v in by.items()} for k, by in hits.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--models", type=Path, default=None)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--file", type=Path, default=None, help="another set in the blind set's format")
    ap.add_argument(
        "--verb-words",
        type=int,
        default=None,
        help="score with classification.main_theme.VERB_WORDS set to this (a candidate decider; default: as shipped)",
    )
    ap.add_argument(
        "--settings",
        type=Path,
        nargs="+",
        default=None,
        help="sets to measure the main-theme decider variants on (the cues-vs-model setting)",
    )
    args = ap.parse_args(argv)
    if args.verb_words is not None:
        # decide_main reads VERB_WORDS when called, so the shipped classifier scores the candidate's verb rule
        from classification import main_theme

        main_theme.VERB_WORDS = args.verb_words
    if args.settings:
        for key, by in decider_variants(args.settings, args.models).items():
            print(key, json.dumps(by))  # noqa: T201
        return 0
    res = score(args.models, args.errors, args.file)
    errs = res.pop("errors", [])
    print(json.dumps(res))  # noqa: T201
    for e in errs:
        print(json.dumps(e, ensure_ascii=False))  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
