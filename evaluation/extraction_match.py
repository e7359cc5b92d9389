"""Text matching for the extraction evaluation: how a predicted recommendation or action is paired with its gold.

Recommendations are matched one-to-one by text: both texts are normalised (Unicode NFKC, case, punctuation,
whitespace) and compared word by word with :class:`difflib.SequenceMatcher`; pairs scoring at least
``threshold`` (0.85) are matched greedily, best first. The word-sequence ratio (rather than a token-set ratio)
is the default because a recommendation cut short at a page break, or glued to the next paragraph, must not
count as found; ``method="token_set"`` gives the lenient rapidfuzz-style score instead.

Kept apart from the scoring (``evaluation/extraction_scoring.py``) because other tools normalise or match texts
the same way without scoring anything (``annotations/extraction/build.py``); ``evaluation.extraction`` still
re-exports every name here.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from typing import Literal

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
