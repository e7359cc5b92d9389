"""The learned parts trained on real recommendations: the agency fallback and the hybrid theme features.

Agencies: the addressee rules (``classification.agencies``) are precise but only know the names in the gazetteer
and the naming patterns. Real addressees are a long tail (unknown acronyms, services written out, verbless
recommendations with no heading), so where the rules find no addressee, or only ``other``, a multi-label model
over the recommendation and its heading picks the agencies (:func:`predict_agencies`). Its input is the text, the
heading's character n-grams, the rules' findings as tokens (every agency mentioned with its role: an agency the
rules saw but did not take as addressee is often the one meant) and MiniLM embeddings of text and heading. It is
trained by ``training/classifiers.py`` on the real ``train`` split, the team's synthetic set (down-weighted) and
the gazetteer's names (as headings); its thresholds are calibrated on held-out real items. When it is not sure,
the rules' answer stands (``other`` stays ``other``: the surface text is in the heading).

Themes: ``hybrid`` features are the TF-IDF of :func:`classification.rules.feature_text` side by side with the
MiniLM embedding of the text and heading (weighted), for a linear model.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

#: Characters of a heading that carry its name (the char n-grams see "Recovery", "Children", "CIC"...).
_CTX_CLEAN = re.compile(r"\s+")


def agency_feature_text(text: str, context: str | None) -> str:
    """The word features of the agency model: the text, the heading and, as tokens, the agencies the rules saw
    in the text but did not take as addressees (consulted, mentioned).

    The rules' own addressees are left out on purpose: the model runs only where the rules found none, so it is
    trained to answer as it would there (from the words, the heading and the other mentions).
    """
    from classification.addressees import addressees

    tags = [f"zag{a.role}{a.agency} zany{a.agency}" for a in addressees(text, None) if a.role != "lead"]
    if not context:
        tags.append("znoctx")
    return f"{text} [ctx] {context or ''} [rules] {' '.join(tags)}"


class WeightedOneVsRest:
    """One logistic regression per label, fitted with sample weights (real items count more than synthetic ones);
    a label with a single class in the data keeps its constant rate."""

    def __init__(self, c: float = 4.0, seed: int = 13) -> None:
        self.c = c
        self.seed = seed
        self.models: list[Any] = []

    def fit(self, x: Any, y: np.ndarray, sample_weight: np.ndarray | None = None) -> WeightedOneVsRest:
        from sklearn.linear_model import LogisticRegression

        self.models = []
        for j in range(y.shape[1]):
            col = y[:, j]
            if col.min() == col.max():
                self.models.append(float(col[0]))
                continue
            m = LogisticRegression(C=self.c, max_iter=3000, class_weight="balanced", random_state=self.seed)
            self.models.append(m.fit(x, col, sample_weight=sample_weight))
        return self

    def predict_proba(self, x: Any) -> np.ndarray:
        n = x.shape[0]
        cols = [
            np.full(n, m) if isinstance(m, float) else m.predict_proba(x)[:, list(m.classes_).index(1)]
            for m in self.models
        ]
        return np.column_stack(cols) if cols else np.zeros((n, 0))


def context_text(context: str | None) -> str:
    """The heading as the char n-gram vectorizer sees it (empty when there is none)."""
    return _CTX_CLEAN.sub(" ", context or "").strip().lower()


def agency_matrix(task: dict[str, Any], words: list[str], contexts: list[str | None], emb: np.ndarray) -> Any:
    """The agency model's input: word TF-IDF, heading char n-grams and the embeddings (weighted), side by side."""
    from classification.linear import Rows, is_numpy_features

    if is_numpy_features(task["word_vectorizer"]):  # the bundle converted for run time: no scipy/sklearn
        return Rows.hstack(
            [
                task["word_vectorizer"].transform(words),
                task["char_vectorizer"].transform([context_text(c) for c in contexts]),
                Rows.from_dense(emb * task.get("emb_weight", 1.0)),
            ]
        )
    from scipy.sparse import csr_matrix, hstack

    parts = [
        task["word_vectorizer"].transform(words),
        task["char_vectorizer"].transform([context_text(c) for c in contexts]),
        csr_matrix(emb * task.get("emb_weight", 1.0)),
    ]
    return hstack(parts, format="csr")


def drop_feature_tags(feats: list[str], prefixes: list[str] | tuple[str, ...] | None) -> list[str]:
    """The feature texts without the rule tokens that start with one of ``prefixes`` (``zag``: the addressee
    ids). A theme task fitted without them records the prefixes (``drop_tags``) so run time reads the same."""
    if not prefixes:
        return feats
    rx = re.compile(r"(?<!\S)(?:" + "|".join(re.escape(p) for p in prefixes) + r")\S* ?")
    out = []
    for f in feats:  # only the rules' tokens: the text and heading before them keep every word
        head, sep, tags = f.partition(" [rules] ")
        out.append(head + sep + rx.sub("", tags))
    return out


def hybrid_matrix(vectorizer: Any, feats: list[str], emb: np.ndarray | None, emb_weight: float) -> Any:
    """TF-IDF of the feature texts with the (weighted) embeddings beside them: the ``hybrid`` input (TF-IDF
    alone when ``emb`` is None or its weight 0)."""
    from classification.linear import Rows, is_numpy_features

    if is_numpy_features(vectorizer):  # the bundle converted for run time: no scipy/sklearn
        rows = vectorizer.transform(feats)
        if emb is None or emb_weight <= 0:
            return rows
        return Rows.hstack([rows, Rows.from_dense(emb * emb_weight)])
    from scipy.sparse import csr_matrix, hstack

    x = vectorizer.transform(feats)
    if emb is None or emb_weight <= 0:
        return x.tocsr()
    return hstack([x, csr_matrix(emb * emb_weight)], format="csr")


def needs_fallback(rule_agencies: list[str], text: str | None = None, context: str | None = None) -> bool:
    """The rules found no addressee, or only a body off the pick-list (``other``) whose name they could not
    place. With ``text`` (and its heading ``context``), an ``other`` the recogniser knows by name (a named
    prison, the College of Policing) is kept: the model, which learnt from words around pick-list bodies, would
    swap it for the body the text talks about ("HMP X: Tell the Probation Service ..." -> probation)."""
    if not rule_agencies:
        return True
    if set(rule_agencies) != {"other"}:
        return False
    return text is None or not recognised_other(text, context)


def _proper_name(text: str, start: int, surface: str) -> bool:
    """``surface`` is written as one body's name: a capital past its first letter ("HMP Berwyn", "NCA"), or a
    capital first letter that is not the sentence's ("... the Samaritans"); a heading's (``start`` < 0) needs
    the former, a heading being capitalised throughout."""
    if any(ch.isupper() for ch in surface[1:]):
        return True
    before = text[:start].rstrip() if start > 0 else ""
    return surface[:1].isupper() and bool(before) and before[-1] not in ".:;!?"


def recognised_other(text: str, context: str | None = None) -> bool:
    """Whether a lead addressee the rules read as ``other`` is a name the gazetteer or the naming patterns list
    as off the pick-list, not a name they fell back to ``other`` for (an unknown "<Name> Trust", a heading's
    organisation name they could not type)."""
    from classification.addressees import addressees
    from classification.agencies import find_agencies
    from classification.agency_patterns import unknown_trust_spans

    for lead in addressees(text, context):
        if lead.role != "lead" or lead.agency != "other" or not _proper_name(text, lead.start, lead.text):
            continue  # (a class the gazetteer lists, "voluntary sector organisations", may be every agency)
        unknown = unknown_trust_spans(lead.text)
        if any(m.agency == "other" and (m.start, m.end) not in unknown for m in find_agencies(lead.text)):
            return True
    return False


def choose_agencies(
    proba: np.ndarray, labels: list[str], threshold: float, top_min: float, max_labels: int = 3
) -> list[tuple[str, float]]:
    """The agencies whose probability reaches ``threshold`` (at most ``max_labels``, best first), or else the
    single best one when it reaches ``top_min``; empty when the model is not sure of any."""
    order = np.argsort(-proba)
    chosen = [(labels[j], float(proba[j])) for j in order[:max_labels] if proba[j] >= threshold]
    if not chosen and len(order) and proba[order[0]] >= top_min:
        chosen = [(labels[int(order[0])], float(proba[order[0]]))]
    return chosen


def predict_agencies(
    task: dict[str, Any],
    texts: list[str],
    contexts: list[str | None],
    emb: np.ndarray,
) -> list[list[tuple[str, float]]]:
    """The model's agencies (with probabilities) for each item; see :func:`choose_agencies`."""
    if not texts:
        return []
    from classification.addressee_heading import addressee_context

    contexts = [addressee_context(c) for c in contexts]  # a group title or preamble names no addressee
    x = agency_matrix(
        task, [agency_feature_text(t, c) for t, c in zip(texts, contexts, strict=True)], contexts, emb
    )
    from classification.agency_topics import unknown_named_subject

    proba = task["model"].predict_proba(x)
    labels: list[str] = task["labels"]
    out = []
    for text, p in zip(texts, proba, strict=True):
        pick = choose_agencies(p, labels, task["threshold"], task["top_min"], task.get("max_labels", 3))
        if pick and unknown_named_subject(text):
            # a named voluntary body it cannot know ("Milbury Carers' Centre should"): off the pick-list, so
            # `other` (LABELLING-GUIDE), not the nearest known body's id
            pick = [("other", pick[0][1])]
        out.append(pick)
    return out
