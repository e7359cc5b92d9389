"""The recommendation classifier: agencies, level, themes and national department routing.

``load_classifier()`` returns one cached :class:`RecommendationClassifier`. It uses the trained models in
``models/classifiers/classifiers.joblib`` when present (see ``training/``); for a task without a trained model
it uses the rules/lexicon baseline (``classification.rules``) and logs that once. Agencies come from the
addressee rules of the shared normaliser (``classification.agencies``), which follow the labelling guide; where
they find no addressee (or only ``other``) the learned fallback of ``classification.learned`` decides.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import numpy as np

from classification.level import decide_level
from classification.main_theme import (
    MECHANISMS,
    MODEL_MARGIN,
    decide_main,
    later_mechanisms,
    main_confidence,
    substance_cue,
    text_cues,
)
from classification.rules import THEMES, RuleOutput, analyse, feature_text, theme_scores
from classification.theme_ask import blended_main, load_ask_model
from classification.theme_cues import is_check, main_directive, substance_main
from dhr.errors import ModelNotAvailableError
from dhr.schema.classification import Classification, ClassifyInput
from dhr.taxonomy import DEPARTMENT_LABELS, load_taxonomy

log = logging.getLogger(__name__)

MODEL_FILE = "classifiers.joblib"
_LOCK = threading.Lock()
_CACHE: dict[Path | None, RecommendationClassifier] = {}


class Encoder:
    """Sentence embeddings: the shared MiniLM encoder (onnxruntime, no torch; ``encoder.minilm``), one per
    process, so retrieval and classification share one model and one set of vectors."""

    @classmethod
    def get(cls) -> Any:
        from encoder.minilm import shared_encoder

        return shared_encoder()

    @classmethod
    def encode(cls, texts: list[str]) -> np.ndarray:
        """Normalised 384-d embeddings of ``texts``."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(cls.get().encode_batch(list(texts)), dtype=np.float32)


def _inputs(
    kind: str, feats: list[str], texts: list[str], cache: dict[str, Any], task: dict[str, Any] | None = None
) -> Any:
    """What a task model of this ``kind`` takes: the TF-IDF matrix, the embeddings, or both side by side
    (``hybrid``, with the task's own vectorizer); each computed once per batch."""
    if kind == "hybrid" and task is not None:
        from classification.learned import drop_feature_tags, hybrid_matrix

        key = f"hybrid:{id(task)}"
        if key not in cache:
            # a hybrid model fitted without the embeddings (weight 0) must not load MiniLM for nothing
            emb = _inputs("embed", feats, texts, cache) if task.get("emb_weight", 1.0) > 0 else None
            if emb is not None:  # the theme task's cosines to its prototypes, when it has them
                from classification.theme_prototypes import theme_embedding_block

                emb = theme_embedding_block(emb, task)
            # a task fitted without some rule tokens (``drop_tags``, e.g. the addressee ids) reads none
            feats = drop_feature_tags(feats, task.get("drop_tags"))
            cache[key] = hybrid_matrix(task["vectorizer"], feats, emb, task.get("emb_weight", 1.0))
        return cache[key]
    if kind == "tfidf":
        if "tfidf" not in cache:
            cache["tfidf"] = cache["vectorizer"].transform(feats)
        return cache["tfidf"]
    if "emb" not in cache:
        cache["emb"] = Encoder.encode(texts)
    if kind == "embed":
        return cache["emb"]
    raise ModelNotAvailableError(
        f"unknown model kind {kind!r} in {MODEL_FILE}; retrain with 'dhr train classifiers'"
    )


class RecommendationClassifier:
    """Classifies recommendations; see the module docstring. Build it with :func:`load_classifier`."""

    def __init__(self, bundle: dict[str, Any] | None = None, theme_ask: dict[str, Any] | None = None) -> None:
        self.bundle = bundle or {}
        self.taxonomy = load_taxonomy()
        # the second main-theme model that reads only the ask (classification.theme_ask); None: not used
        self.theme_ask = theme_ask

    @property
    def kinds(self) -> dict[str, str]:
        """Which model each task uses: 'rules', 'tfidf', 'embed' or 'hybrid' (agencies: the learned fallback)."""
        return {
            task: self.bundle.get(task, {}).get("kind", "rules")
            for task in ("level", "themes", "department", "agencies")
        }

    def predict(self, items: list[ClassifyInput]) -> list[Classification]:
        """Classify a batch; the order of the output follows the input."""
        if not items:
            return []
        rules = [analyse(it.text, it.context) for it in items]
        feats = [feature_text(it.text, it.context, r) for it, r in zip(items, rules, strict=True)]
        texts = [f"{it.text} {it.context or ''}".strip() for it in items]
        cache: dict[str, Any] = {"vectorizer": self.bundle.get("tfidf_vectorizer")}
        levels, level_p = self._levels(rules, feats, texts, cache)
        themes, theme_p = self._themes(rules, feats, texts, cache, [it.text for it in items])
        agencies_of, agency_p = self._agencies(items, rules, texts, cache)
        # the model's level is one input of the level rules (the CSP's geography, national asks, scope)
        decisions = [
            decide_level(it.text, it.context, agencies_of[i], r, levels[i], level_p[i], it.csp)
            for i, (it, r) in enumerate(zip(items, rules, strict=True))
        ]
        levels, level_p = [d.level for d in decisions], [d.confidence for d in decisions]
        deps, dep_p = self._departments(rules, feats, texts, cache, levels)
        out: list[Classification] = []
        for i, (it, r) in enumerate(zip(items, rules, strict=True)):
            dep = deps[i]
            flag = None
            if dep is not None and r.named_departments and dep not in r.named_departments:
                named = ", ".join(DEPARTMENT_LABELS.get(d, d) for d in r.named_departments)
                flag = f"addressed to {named}; predicted {DEPARTMENT_LABELS.get(dep, dep)}"
            scores = {"level": round(level_p[i], 4), "agencies": round(agency_p[i], 4)}
            scores.update({f"theme:{t}": round(float(theme_p[i].get(t, 0.0)), 4) for t in THEMES})
            # how sure the main theme is, and whether the guide's rules and the theme model agree on it
            scores.update({k: theme_p[i][k] for k in ("main_theme", "main_theme_agree") if k in theme_p[i]})
            if dep is not None:
                scores["department"] = round(dep_p[i], 4)
            agencies = agencies_of[i]
            out.append(
                Classification(
                    id=it.id,
                    agencies=agencies,
                    level=levels[i],  # type: ignore[arg-type]
                    level_confidence=round(level_p[i], 4),
                    level_basis=decisions[i].basis,
                    themes=themes[i],  # type: ignore[arg-type]
                    department=dep,  # type: ignore[arg-type]
                    department_flag=flag,
                    scores=scores,
                )
            )
        return out

    def predict_agencies(self, items: list[ClassifyInput]) -> list[tuple[list[str], float]]:
        """Only the addressees of ``predict`` and their confidence (rounded as in its scores), for a caller that
        reads them beside another context than the level and themes: no level, theme or department work."""
        if not items:
            return []
        rules = [analyse(it.text, it.context) for it in items]
        texts = [f"{it.text} {it.context or ''}".strip() for it in items]
        cache: dict[str, Any] = {"vectorizer": self.bundle.get("tfidf_vectorizer")}
        agencies_of, agency_p = self._agencies(items, rules, texts, cache)
        return [(a, round(p, 4)) for a, p in zip(agencies_of, agency_p, strict=True)]

    # --- tasks -----------------------------------------------------------------------------------------
    def _levels(
        self,
        rules: list[RuleOutput],
        feats: list[str],
        texts: list[str],
        cache: dict[str, Any],
    ) -> tuple[list[str], list[float]]:
        """The level model's prediction (the rules baseline's without one); :func:`decide_level` decides."""
        task = self.bundle.get("level")
        if not task or task.get("kind", "rules") == "rules":
            return [r.level for r in rules], [r.level_score for r in rules]
        model = task["model"]
        proba = model.predict_proba(_inputs(task["kind"], feats, texts, cache))
        classes = list(model.classes_)
        levels = [classes[int(i)] for i in proba.argmax(1)]
        return levels, [float(p.max()) for p in proba]

    def _themes(
        self,
        rules: list[RuleOutput],
        feats: list[str],
        texts: list[str],
        cache: dict[str, Any],
        raw: list[str],
    ) -> tuple[list[list[str]], list[dict[str, float]]]:
        task = self.bundle.get("themes")
        if not task or task.get("kind", "rules") == "rules":
            return [r.themes for r in rules], [r.theme_scores for r in rules]
        x = _inputs(task["kind"], feats, texts, cache, task)
        multi = task["model"].predict_proba(x)
        main_model = task["main_model"]
        main_classes = list(main_model.classes_)
        main_p = blended_main(self.theme_ask, raw, main_model.predict_proba(x), main_classes, Encoder.encode)
        labels: list[str] = task["labels"]
        thr: float = task.get("threshold", 0.4)
        # per-label thresholds for secondary themes, calibrated on validation (older bundles: one threshold)
        thresholds: dict[str, float] = task.get("thresholds", {})
        max_secondary: int = task.get("max_secondary", 2)
        use_mechanism: bool = task.get("mechanism_rule", False)
        mechanism_min: float = task.get("mechanism_min", 0.0)  # 0: the directive always wins (older bundles)
        # a secondary theme also needs this much support from the lexicon (0: off, as in older bundles)
        lexicon_min: float = task.get("lexicon_min", 0.0)
        cue_bonus: float = task.get("cue_bonus", 0.0)
        lexicon = [theme_scores(t) for t in raw] if lexicon_min > 0 else None
        all_themes: list[list[str]] = []
        all_scores: list[dict[str, float]] = []
        for i, r in enumerate(rules):
            probs = {lab: float(multi[i][j]) for j, lab in enumerate(labels)}
            # a check (audit, assurance) takes the theme of the practice checked: a substance theme
            check = task.get("check_substance", False) and is_check(raw[i])
            model_main = substance_main(main_p[i], main_classes, check)
            # The labelling guide's order (classification.main_theme): the mechanism asked for when the
            # directive names one (the rules' directive, filled or corrected by the directive cues) and the
            # main-theme model gives it at least ``mechanism_min``; else the substance the ask names, when the
            # model gives it at least ``substance_min`` (None: off, as in older bundles); else the model
            directive = main_directive(raw[i], r.directive)
            main = decide_main(
                raw[i],
                directive,
                main_p[i],
                main_classes,
                check_substance=task.get("check_substance", False),
                mechanism_rule=use_mechanism,
                mechanism_min=mechanism_min,
                substance_min=task.get("substance_min"),
                check=check,
                model_margin=task.get("model_margin", MODEL_MARGIN),
            )
            # a secondary theme a cue names in the text needs ``cue_bonus`` less support (0: off, older bundles)
            cued = text_cues(raw[i]) if cue_bonus > 0 else frozenset()
            # ... and the substance the ask names ``substance_bonus`` less (the guide: secondary themes give the
            # substance; 0: off, older bundles)
            s_bonus: float = task.get("substance_bonus", 0.0)
            cue_subst = substance_cue(raw[i])  # also tells whether a rule settled the main theme, below
            subst = cue_subst if s_bonus > 0 else None
            support = {
                t: probs[t] + (cue_bonus if t in cued else 0.0) + (s_bonus if t == subst else 0.0)
                for t in labels
            }
            rest = sorted(
                (
                    t
                    for t in labels
                    if t != main
                    and t != "other"  # the guide: other is resourcing etc. "with no other content"
                    and support[t] >= thresholds.get(t, thr)
                    and (lexicon is None or lexicon[i].get(t, 0.0) >= lexicon_min)
                ),
                key=lambda t: -support[t],
            )
            # a second mechanism asked for in a later ask ("... and should deliver training on the revised
            # policy", "(ii) brief all teams") is a secondary theme whatever the model's support for it
            later = [t for t in later_mechanisms(raw[i]) if t != main]
            rest = later + [t for t in rest if t not in later]
            all_themes.append([main] + rest[:max_secondary])
            # how sure the main theme is (scores["main_theme"]): the rules and the model agreeing, or not
            ruled = (
                directive is not None and not (check and directive in MECHANISMS)
            ) or cue_subst is not None
            p_model = float(main_p[i][main_classes.index(main)]) if main in main_classes else 0.0
            conf = main_confidence(ruled, main == model_main, p_model)
            if main == model_main:
                probs[main] = max(probs.get(main, 0.0), float(main_p[i].max()))
            else:
                probs[main] = max(probs.get(main, 0.0), p_model, task.get("mechanism_confidence", 0.9))
            all_scores.append(
                {**probs, "main_theme": round(conf, 4), "main_theme_agree": float(main == model_main)}
            )
        return all_themes, all_scores

    def _agencies(
        self, items: list[ClassifyInput], rules: list[RuleOutput], texts: list[str], cache: dict[str, Any]
    ) -> tuple[list[list[str]], list[float]]:
        """The rules' addressees; where they find none, or only ``other``, the learned fallback's when it is sure
        (``classification.learned``). Confidence: 1.0 for the rules' own, the model's probability otherwise."""
        out = [list(r.agencies) for r in rules]
        conf = [1.0 if r.agencies else 0.0 for r in rules]
        task = self.bundle.get("agencies")
        if not task or task.get("kind", "rules") == "rules":
            return out, conf
        from classification.learned import needs_fallback, predict_agencies

        idx = [i for i, r in enumerate(rules) if needs_fallback(r.agencies, items[i].text, items[i].context)]
        if not idx:
            return out, conf
        if "emb" in cache:
            emb = cache["emb"][idx]
        elif task.get("emb_weight", 1.0) > 0:
            emb = Encoder.encode([texts[i] for i in idx])
        else:  # a fallback fitted without embeddings does not load MiniLM
            emb = np.zeros((len(idx), 384), dtype=np.float32)
        picks = predict_agencies(task, [items[i].text for i in idx], [items[i].context for i in idx], emb)
        for i, pick in zip(idx, picks, strict=True):
            if pick:
                out[i] = [a for a, _ in pick]
                conf[i] = min(p for _, p in pick)
        return out, conf

    def _departments(
        self,
        rules: list[RuleOutput],
        feats: list[str],
        texts: list[str],
        cache: dict[str, Any],
        levels: list[str],
    ) -> tuple[list[str | None], list[float]]:
        deps: list[str | None] = [None] * len(rules)
        scores = [0.0] * len(rules)
        idx = [i for i, lv in enumerate(levels) if lv == "national"]
        if not idx:
            return deps, scores
        task = self.bundle.get("department")
        if not task or task.get("kind", "rules") == "rules":
            from classification.rules import rule_department

            for i in idx:
                dep, sc = rules[i].department, rules[i].department_score
                if dep is None:
                    dep, sc = rule_department(texts[i], rules[i].named_departments)
                deps[i], scores[i] = dep, sc
            return deps, scores
        model = task["model"]
        if task["kind"] == "embed" and "emb" not in cache:
            x = Encoder.encode([texts[i] for i in idx])  # only the national ones need embedding here
        else:
            x = _inputs(task["kind"], feats, texts, cache)[idx]
        proba = model.predict_proba(x)
        classes = list(model.classes_)
        for row, i in enumerate(idx):
            p = proba[row]
            best = classes[int(p.argmax())]
            named = [d for d in rules[i].named_departments if d in classes]
            # Keep the named department unless the model is clearly for another one (misaddressed).
            if named and p[classes.index(named[0])] >= task.get("keep_named_min", 0.25):
                best = named[0]
            deps[i], scores[i] = best, float(p[classes.index(best)])
        return deps, scores


def load_classifier(models_dir: Path | None = None) -> RecommendationClassifier:
    """The classifier, loaded once per models directory (the trained bundle, or the rules baseline)."""
    key = Path(models_dir) if models_dir is not None else None
    with _LOCK:
        if key in _CACHE:
            return _CACHE[key]
        if models_dir is None:
            from dhr.settings import get_settings

            models_dir = get_settings().model_dir("classifiers")
        path = Path(models_dir) / MODEL_FILE
        bundle: dict[str, Any] | None = None
        if path.exists():
            try:
                bundle = _load_bundle(path)
            except Exception as exc:  # noqa: BLE001 - a damaged model must not stop classification
                log.warning("could not load %s (%s); using the rules baseline", path, exc)
        else:
            log.info(
                "no trained classifiers at %s; using the rules/lexicon baseline (dhr train classifiers)", path
            )
        if bundle is not None and not _valid(bundle):
            log.warning(
                "%s is from an older or damaged training run; using the rules baseline (retrain)", path
            )
            bundle = None
        ask = load_ask_model(Path(models_dir)) if bundle is not None else None
        clf = RecommendationClassifier(bundle, ask)
        _CACHE[key] = clf
        return clf


def _joblib_load(path: Path) -> Any:
    import joblib

    from dhr.lazy import import_sklearn

    import_sklearn()  # before unpickling: sklearn without pandas (~0.2 s less per process)
    return joblib.load(path)


#: In the cache file's name: bump when ``classification.linear``'s classes change shape.
CACHE_FORMAT = 1


def _load_bundle(path: Path) -> Any:
    """The trained bundle, for run time without scikit-learn where it can be.

    The first load reads ``classifiers.joblib`` (scikit-learn, ~0.85 s of CPU to import; joblib unpickles in pure
    Python), converts its vectorizers and models to the numpy classes of :mod:`classification.linear` (same
    numbers) and keeps that as a plain pickle in ``<data_dir>/cache``, keyed by the joblib file's hash; later
    processes load the pickle (C unpickler, numpy only). A bundle with a part the classes do not cover is cached
    as it is (``.sk.pkl``: sklearn is imported to read it). The joblib file stays the model: a missing or
    unusable cache only costs time."""
    import hashlib
    import os
    import pickle
    import tempfile

    from classification.linear import NotConvertible, convert_bundle

    key = f"{hashlib.sha256(path.read_bytes()).hexdigest()[:24]}-{CACHE_FORMAT}"
    cache_dir: Path | None = None
    try:
        from dhr.settings import get_settings

        cache_dir = get_settings().data_dir / "cache"
        for suffix in (".np.pkl", ".sk.pkl"):
            cached = cache_dir / f"classifiers-{key}{suffix}"
            if cached.is_file():
                if suffix == ".sk.pkl":
                    from dhr.lazy import import_sklearn

                    import_sklearn()
                with cached.open("rb") as fh:
                    return pickle.load(fh)
    except Exception as exc:  # noqa: BLE001 - the cache is an optimisation; the joblib file is the model
        log.info("classifier cache unusable (%s); loading %s", exc, path)
    bundle = _joblib_load(path)
    suffix = ".sk.pkl"
    try:
        bundle = convert_bundle(bundle)
        suffix = ".np.pkl"
    except NotConvertible as exc:
        log.info("classifiers kept as scikit-learn objects (%s)", exc)
    if cache_dir is not None:
        target = cache_dir / f"classifiers-{key}{suffix}"
        tmp = None
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=".classifiers-", suffix=".pkl")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(bundle, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)  # whole or not at all: another process never reads half a file
            tmp = None
        except Exception as exc:  # noqa: BLE001 - not cached: still loaded, only slower next time
            log.info("could not write the classifier cache %s: %s", target, exc)
        finally:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
    return bundle


def _valid(bundle: Any) -> bool:
    if not isinstance(bundle, dict):
        return False
    for task in ("level", "themes", "department", "agencies"):
        t = bundle.get(task, {"kind": "rules"})
        if not isinstance(t, dict) or t.get("kind") not in ("rules", "tfidf", "embed", "hybrid"):
            return False
        if t["kind"] == "hybrid" and (task not in ("themes", "agencies") or "model" not in t):
            return False
        if t["kind"] != "rules" and "model" not in t:
            return False
        if t["kind"] == "tfidf" and bundle.get("tfidf_vectorizer") is None:
            return False
    return True


def clear_cache() -> None:
    """Forget loaded classifiers (after training, in tests)."""
    with _LOCK:
        _CACHE.clear()
