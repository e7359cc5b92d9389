"""A small learned reading of a dated sentence: which review stage (or none) a date in it is.

The cue rules of :mod:`extraction.timeline` read a date from the nearest cue; real text also dates stages with
wordings no cue lists ("Jade was sadly taken from us on ...", a listing line, a headline). This model looks at the
words around one date (the few words before and after it, and the whole sentence with digits masked) and gives a
probability per timeline event and ``other``. With ``extract_timeline(..., learned=True)`` the extractor asks it
only where the rules read no event at a date of a sentence that has a stage-like word and no sign of a chronology
(a court, a call, a visit, a period, a time stamp), and keeps its answer only when confident (a weak candidate,
so the rules' own readings of a document outweigh it). Off by default: see :mod:`extraction.timeline`.

Trained by ``training/timeline.py`` on the real train split (``annotations.real``) and sentences written for
training (``training/timeline_sentences.jsonl``), never on the dev or test split. The fitted TF-IDF and
logistic regression are stored as plain numbers (``timeline_model.json`` beside this module): numpy at run time,
no scikit-learn, no torch. Without that file the extractor runs on its rules alone.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

MODEL_PATH = Path(__file__).with_name("timeline_model.json")
#: The answer is kept when the top class is an event with at least this probability (chosen on the real dev
#: split with the model trained on the train split; see training/timeline.py).
ADD_THRESHOLD = 0.5

_WORD = re.compile(r"[a-z']+")
_TOKEN = re.compile(r"[a-z_']+")
_FULL_STOP = re.compile(r"[.!?][\"'”’)\]]*\s*$")


def features(sentence: str, start: int, end: int) -> str:
    """The text the model reads for the date at ``sentence[start:end]``.

    Position-tagged words (``l_`` the eight before the date, ``l1_`` the three nearest, ``r_`` the six after),
    whether the sentence reads as narrative or as a title/field line, and the sentence itself with its digits
    masked (so no date or number is learned as a word).
    """
    low = sentence.lower()
    left = _WORD.findall(low[:start])[-8:]
    right = _WORD.findall(low[end:])[:6]
    kind = "narr" if _FULL_STOP.search(sentence) else "title"
    parts = [kind, *("l_" + w for w in left), *("r_" + w for w in right), *("l1_" + w for w in left[-3:])]
    return " ".join(parts) + " || " + re.sub(r"\d", "0", low)


def analyze(text: str) -> list[str]:
    """Word unigrams and bigrams (the analyzer the model was fitted with)."""
    tokens = _TOKEN.findall(text.lower())
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


class TimelineModel:
    """TF-IDF (sublinear tf, L2 norm) and a multinomial logistic regression, as plain arrays."""

    def __init__(self, vocabulary: dict[str, int], idf: list[float], coef: list[list[float]],
                 intercept: list[float], classes: list[str]) -> None:  # fmt: skip
        self.vocabulary = vocabulary
        self.idf = np.asarray(idf, dtype=np.float64)
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.classes = list(classes)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimelineModel:
        return cls(data["vocabulary"], data["idf"], data["coef"], data["intercept"], data["classes"])

    def to_dict(self) -> dict[str, Any]:
        return {
            "vocabulary": self.vocabulary,
            "idf": [round(float(v), 6) for v in self.idf],
            "coef": [[round(float(v), 6) for v in row] for row in self.coef],
            "intercept": [round(float(v), 6) for v in self.intercept],
            "classes": self.classes,
        }

    def proba(self, text: str) -> dict[str, float]:
        """Probability per class for one :func:`features` text."""
        counts: dict[int, int] = {}
        for term in analyze(text):
            col = self.vocabulary.get(term)
            if col is not None:
                counts[col] = counts.get(col, 0) + 1
        scores = self.intercept.copy()
        if counts:
            cols = np.fromiter(counts, dtype=np.int64)
            values = np.array([1.0 + math.log(counts[c]) for c in counts]) * self.idf[cols]
            norm = float(np.sqrt(np.sum(values * values)))
            if norm > 0:
                scores = scores + self.coef[:, cols] @ (values / norm)
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return {c: float(p) for c, p in zip(self.classes, scores, strict=True)}

    def event_at(
        self, sentence: str, start: int, end: int, threshold: float = ADD_THRESHOLD
    ) -> tuple[str, float] | None:
        """The timeline event the model reads at ``sentence[start:end]`` with at least ``threshold``, or None."""
        probs = self.proba(features(sentence, start, end))
        best = max(probs, key=lambda c: probs[c])
        if best == "other" or probs[best] < threshold:
            return None
        return best, probs[best]


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> TimelineModel | None:
    """The shipped model, or None when it is missing or unreadable (the extractor then runs on its rules)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return TimelineModel.from_dict(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None
