"""A small learned reading of a dated sentence: which review stage (or none) a date in it is.

The cue rules of :mod:`extraction.timeline` read a date from the nearest cue; real text also dates stages with
wordings no cue lists ("Jade was sadly taken from us on ...", a listing line, a headline). This model looks at the
words around one date (the few words before and after it, and the whole sentence with digits masked) and gives a
probability per timeline event and ``other``. The extractor (:mod:`extraction.timeline`, on by default) asks
it only where the rules read no event at a date, and keeps only a confident **death** in a narrative sentence
that tells a death or violence, that no death cue of the rules reads, with no court step before the date (see
:meth:`TimelineModel.event_at`): a weak candidate, so the rules' own readings of a document outweigh it.

Why on, measured (threshold 0.4): replayed on the three real batches gathered blind, read by the rules of the
commit that scored each and a model trained without that batch's CSPs (``python -m training.timeline_replay``),
0.717 -> 0.776 F1 (tp 52 -> 59, fp 20 -> 20); 5-fold CV by CSP over real train+dev (``python -m
training.timeline --cv``; the rules in-sample there) 0.957 -> 0.967; real dev 0.969 -> 0.990. Retrained on the
data of 2026-12-05 09:30 (batches up to ``ac``, real up to ``timeline_l``) with terms in at least three texts
(7145, 0.96 MB; at two, 11885 terms and 1.6 MB), and asked also at dated attacks no cue names (``_ANCHOR``):
CV 0.980 -> 0.989 (tp 273 -> 278, fp 2), real train 0.975 -> 0.988, dev 0.993 unchanged.

Trained by ``training/timeline.py`` on the real train split (``annotations.real``), sentences written for
training (``training/timeline_sentences.jsonl``) and the own-words test variants
(``tests/extraction/timeline_variants_*.jsonl``), never on the dev or test split. The fitted TF-IDF and
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
#: The answer is kept when the top class is a death with at least this probability (chosen on the blind-batch
#: replay and the grouped CV, training/timeline_replay.py and training/timeline.py; 0.4 and 0.3 read alike).
ADD_THRESHOLD = 0.4

#: What the model may add. Replayed on the real batches gathered blind (``python -m training.timeline_replay``),
#: what it added right were deaths told in narrative sentences the cue rules do not reach ("launched the attack
#: on Ms W ... overnight in January 2021", "used two knives to stab Angela ... in October 2020"); what it added
#: wrong were page stamps, title lines naming a review by a bracketed date, and killings named by a court step.
#: Title lines, fields and the review's process dates stay with the rules.
LEARNED_EVENTS = frozenset({"death"})
#: A death or an act of violence told in the sentence (a death needs the sentence to tell one).
_VIOLENCE = re.compile(
    r"\b(?:died|dies|dead|death|deaths|killed|killing|kill|murder\w*|manslaughter|homicide|fatal\w*|stab\w*|"
    r"strangl\w*|shot|shoot\w*|attack\w*|assault\w*|beat|beaten|beating|battered|hit|hitting|struck|punched|"
    r"kicked|suffocat\w*|smother\w*|drown\w*|bod(?:y|ies)|remains|knife|knives|"
    r"throat|set fire|burn\w*|poison\w*)\b"
)
#: A court step told before the date: "was convicted of / accused of / denies murdering X ... on DATE" dates no
#: death by the team's conventions (annotations/real/README.md). (Reporting frames, "the court heard", "the
#: trial heard", are not court steps.)
_COURT_BEFORE = re.compile(
    r"\b(?:convicted|guilty|pleaded|pled|charged|accused|denied|denies|deny|denying|admitted|admits|sentenced|"
    r"jailed|acquitted|remanded|sentencing|alleged(?:ly)?)\b"
)
#: The killing tried, then the fight it came of, dated in its own clause: "pleaded not guilty to manslaughter and
#: claims she acted in self defence during the fight which happened at her home ... on DATE" (the date is the
#: fight's, not the plea's: annotations/real/README.md, the fatal-attack convention).
TRIED_INCIDENT = re.compile(
    r"\b(?:murder|manslaughter)\b[^.;]{0,120}?\b(?:fight|row|altercation|struggle|scuffle|attack|assault|incident)"
    r",? (?:which|that) (?:happened|occurred|took place)\b[^.;]{0,100}?$"
)


def court_before(low: str, start: int) -> bool:
    """Is a court step told before ``low[start:]`` that governs the date there (not one whose killing is dated
    in an incident's own clause, :data:`TRIED_INCIDENT`)?"""
    return bool(_COURT_BEFORE.search(low, 0, start)) and not TRIED_INCIDENT.search(low, 0, start)


#: Someone else's death or another review ("A homicide review into a different death, in 2014, ...").
_ELSEWHERE = re.compile(
    r"\b(?:different|another|other|previous|earlier|separate|unrelated)\s+(?:death|homicide|murder|killing|review)"
)
#: A review's own name tells no death ("A Domestic Homicide Review (DHR) said their relationship ...").
_REVIEW_NAME = re.compile(r"\bdomestic homicide reviews?\b")
#: An attack told as survived ("left ex-girlfriend X with an irreparable brain injury", "life-changing injuries"):
#: a lasting or treated injury told as its outcome ("leaving her with a broken wrist", "breaking her arm",
#: "needed stitches to a cut").
_SURVIVED = re.compile(
    r"\b(?:survived|life-changing|(?:left|leaving) (?:[\w'’-]+ ){1,3}with (?:an? )?(?:[\w-]+ ){0,2}"
    r"(?:injur\w*|brain damage|broken \w+|fractured? \w+|bruis\w*)|(?:breaking|broke|fracturing) (?:her|his|their) "
    r"(?:arm|wrist|nose|jaw|fingers?|ribs?|leg|hand|cheekbone)|needed (?:[\w-]+ ){0,2}(?:stitches|treatment))"
)
_WORD = re.compile(r"[a-z']+")


def _death_cue(low: str) -> bool:
    """Does a death cue of the rules (:mod:`extraction.timeline_cues`) match the lowercased sentence? Where one
    does and the rules read no death at a date, they judged it (another person's death, a range, a life span, a
    different review's death); the model adds deaths only to sentences no death cue reads ("used two knives to
    stab Angela ... in October 2020")."""
    from extraction.timeline_cues import _CUES  # (late: the model module loads without the cue tables)

    return any(event == "death" and cue.search(low) for event, cue, _ in _CUES)


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
        """The timeline event the model reads at ``sentence[start:end]`` with at least ``threshold``, or None.

        Only a death, in a narrative sentence that tells a death or an act of violence, with no court step told
        before the date (see :data:`LEARNED_EVENTS`)."""
        low = sentence.lower()
        if (
            not _FULL_STOP.search(sentence)
            or not _VIOLENCE.search(_REVIEW_NAME.sub(" ", low))
            or _SURVIVED.search(low)
            or court_before(low, start)
            # the rules' death cues read this sentence: where they read no death at the date, they chose not to
            or _death_cue(low)
            or _ELSEWHERE.search(low)
        ):
            return None
        probs = self.proba(features(sentence, start, end))
        best = max(probs, key=lambda c: probs[c])
        if best not in LEARNED_EVENTS or probs[best] < threshold:
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
