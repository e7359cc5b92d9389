"""A learned guess for an agency name nobody listed: nearest gazetteer names by character n-grams.

The gazetteer (``classification/data/gazetteer.json``) and the naming patterns know most addressees, but a real
heading or Lead Agency cell can be a name they have never seen ("Northshire Tenancy Support Service", "Aspire
Recovery Hub", "Locality Social Work Team (Adults)"). The words that tell its kind ("tenancy", "recovery",
"social work", "adults") are in names the gazetteer does know, so a name is compared with every known name
(TF-IDF over character 3-5-grams inside words and over words, cosine similarity) and takes the agency its nearest
neighbours vote for, when they agree strongly enough; otherwise there is no guess.

The model is fitted from the gazetteer itself the first time it is needed (about 2,600 names, a fraction of a
second, plain Python: no scikit-learn at run time), so it never goes stale when names are added. Place names and
the words every name shares ("service", "team", "the") carry little weight by their IDF; place names in a query
are also dropped before it is compared (:mod:`classification.geography`).
"""

from __future__ import annotations

import math
import re
import threading
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

#: Neighbours that vote, the least cosine similarity of the nearest one, and the share of the vote the winner
#: needs (checked on names written for ``tests/classification/test_agency_names.py``, none of them listed).
K = 7
MIN_SIMILARITY = 0.42
MIN_SHARE = 0.6
#: A neighbour this close is the same name written a little differently: its agency stands on its own.
SAME_NAME = 0.85
_WORD = re.compile(r"[a-z0-9]+")
_LOCK = threading.Lock()
#: Words that say nothing of the kind of body (their IDF is low anyway; dropping them sharpens short names).
_STOP = frozenset("the of and for in on at to a an & with".split())


@dataclass(frozen=True)
class NameGuess:
    """The guessed agency of a name, the vote share of its neighbours and the similarity of the nearest one."""

    agency: str
    share: float
    similarity: float


def _features(name: str) -> dict[str, float]:
    words = [w for w in _WORD.findall(name.lower().replace("’", "'").replace("'", "")) if w not in _STOP]
    feats: dict[str, float] = defaultdict(float)
    for w in words:
        feats["w:" + w] += 1.0
        padded = f"<{w}>"
        for n in (3, 4, 5):
            for i in range(max(1, len(padded) - n + 1)):
                feats[padded[i : i + n]] += 1.0
    return dict(feats)


class NameModel:
    """Cosine nearest neighbours over TF-IDF of character n-grams and words (see the module docstring)."""

    def __init__(self, names: list[tuple[str, str]]) -> None:
        docs = [(_features(n), a) for n, a in names]
        df: dict[str, int] = defaultdict(int)
        for feats, _ in docs:
            for f in feats:
                df[f] += 1
        n_docs = max(1, len(docs))
        self.idf = {f: math.log((1 + n_docs) / (1 + c)) + 1.0 for f, c in df.items()}
        self.labels: list[str] = []
        self.index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, (feats, agency) in enumerate(docs):
            vec = self._weigh(feats)
            self.labels.append(agency)
            for f, v in vec.items():
                self.index[f].append((i, v))

    def _weigh(self, feats: dict[str, float]) -> dict[str, float]:
        vec = {f: (1.0 + math.log(c)) * self.idf.get(f, 0.0) for f, c in feats.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {f: v / norm for f, v in vec.items() if v}

    def neighbours(self, name: str, k: int = K) -> list[tuple[float, str]]:
        """The ``k`` most similar known names as (similarity, agency), best first."""
        scores: dict[int, float] = defaultdict(float)
        for f, v in self._weigh(_features(name)).items():
            for i, w in self.index.get(f, ()):
                scores[i] += v * w
        best = sorted(scores.items(), key=lambda x: -x[1])[:k]
        return [(s, self.labels[i]) for i, s in best]

    def guess(self, name: str) -> NameGuess | None:
        """The agency the nearest names agree on, or None when they are too far or split."""
        near = self.neighbours(name)
        if not near or near[0][0] < MIN_SIMILARITY:
            return None
        votes: dict[str, float] = defaultdict(float)
        for s, agency in near:
            votes[agency] += s
        agency, vote = max(votes.items(), key=lambda x: x[1])
        if near[0][0] >= SAME_NAME:
            agency, vote = near[0][1], votes[near[0][1]]
        share = vote / sum(votes.values())
        if share < MIN_SHARE and near[0][0] < SAME_NAME:
            return None
        return NameGuess(agency, round(share, 3), round(near[0][0], 3))


def training_names() -> list[tuple[str, str]]:
    """(name, agency id) of every name the gazetteer lists: phrases and known trusts written out with their suffix
    (internal ids, heading-only names and bare acronyms left out: no n-gram tells an acronym's kind)."""
    from classification.gazetteer import (
        KNOWN_ACUTE_TRUSTS,
        KNOWN_COMMUNITY_TRUSTS,
        KNOWN_MH_TRUSTS,
        PHRASES,
    )

    pairs = [
        (p, a)
        for a, phrases in PHRASES.items()
        if not a.startswith("_")
        for p in phrases
        if not (p.isupper() and " " not in p)
    ]
    pairs += [(f"{n} NHS Foundation Trust", "mental_health_services") for n in KNOWN_MH_TRUSTS]
    pairs += [(f"{n} NHS Trust", "hospital") for n in KNOWN_ACUTE_TRUSTS]
    pairs += [(f"{n} NHS Trust", "local_health_trust") for n in KNOWN_COMMUNITY_TRUSTS]
    return sorted(set(pairs))


@lru_cache(maxsize=1)
def name_model() -> NameModel:
    """The model fitted on :func:`training_names`, once per process."""
    with _LOCK:
        return NameModel(training_names())


def _without_places(name: str) -> str:
    """``name`` without the place names in it ("Northshire Tenancy Support" keeps "Tenancy Support")."""
    from classification.geography import geography

    out = name
    for place in geography().place_names(name):
        out = re.sub(rf"\b{re.escape(place)}\b", " ", out, flags=re.I)
    return " ".join(out.split())


#: A name is guessed only when it names a body by one of these words; topic headings ("Risk Assessment",
#: "Coercive control", "Recommendations") name none and get no guess.
_BODY_WORDS = frozenset(
    "service services team teams hub unit network project trust centre center board group partnership office "
    "agency charity foundation commission authority association society ltd limited cic department directorate "
    "company organisation council panel forum alliance institute college clinic practice practices therapies "
    "programme provider providers helpline refuge consortium collective".split()
)


def has_body_word(name: str) -> bool:
    """True when a name ends in, or holds, a word that names a body ("Service", "Team", "Centre", "Trust")."""
    return bool(_BODY_WORDS & set(_WORD.findall(name.lower())))


@lru_cache(maxsize=4096)
def guess_agency(name: str) -> NameGuess | None:
    """The learned guess for a whole name the rules do not know (see the module docstring); None when unsure."""
    cleaned = " ".join(name.split())[:120]
    if len(cleaned) < 3 or not has_body_word(cleaned):
        return None
    core = _without_places(cleaned) or cleaned
    return name_model().guess(core)
