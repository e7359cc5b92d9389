"""Query understanding for search: the agencies, themes and level a query asks about, and how much a candidate's
labels agree with them.

A chair types "police training on coercive control": the agency (police) and the theme (training) are part of
what is asked, the topic (coercive control) is what text matching finds. Lexical and dense scores treat "police"
and "training" as two more words, so a recommendation about coercive control for any agency, or about police
work of any kind, can outrank the one that is both. :func:`understand` reads the agencies with the extraction's
own recogniser (``classification.agencies.find_agencies`` plus the acronyms of the search synonyms,
``data/synonyms.json`` through ``retrieval.thesaurus``), the themes with the
classifier's theme lexicon (``classification.rules.theme_scores``) and a national ask by a few cue words
(``data/query_understanding.json``); :func:`label_boost` then scores a candidate's stored labels (agencies, themes,
level) against them, and the library adds that to the fused score of the first candidates.

Cost: a few hundred microseconds for a new query (regexes and the spaCy tokenizer with an EntityRuler, no
model), memoised per query text; measured by ``evaluation/real_retrieval.py`` (``understanding_ms``).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DATA_FILE = Path(__file__).resolve().parent / "data" / "query_understanding.json"
#: Labels that name no agency in particular: never a query's agency.
_NOT_AN_AGENCY = frozenset({"all_agencies", "other"})


@dataclass(frozen=True)
class QueryIntent:
    """What a query asks about besides its words: taxonomy agency ids, theme ids, and whether it asks for
    national recommendations."""

    agencies: frozenset[str] = frozenset()
    themes: frozenset[str] = frozenset()
    national: bool = False

    def __bool__(self) -> bool:
        return bool(self.agencies or self.themes or self.national)


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    related = {a: frozenset(r) for a, r in data["related_agencies"].items()}
    return {**data, "related": related, "national_rx": re.compile(data["national_cues"], re.I)}


@lru_cache(maxsize=4096)
def query_agencies(query: str) -> frozenset[str]:
    """Agencies the query names (the extraction's agency recogniser and the thesaurus' acronyms); empty when
    the recogniser cannot run. Memoised: a pure function of the text."""
    from retrieval.thesaurus import agencies_in

    named = set(agencies_in(query))
    try:
        from classification.agencies import find_agencies

        named |= {m.agency for m in find_agencies(query)}
    except Exception as exc:  # noqa: BLE001 - a ranking hint only: search still works without it
        log.warning("agency recognition failed for a query: %s", exc)
    return frozenset(named - _NOT_AN_AGENCY)


def query_themes(query: str) -> frozenset[str]:
    """Home Office themes the query asks about: those whose lexicon score is at least ``theme_min_score`` and
    ``theme_min_share`` of the strongest ('other' never: it is what is left, not a subject)."""
    from classification.rules import theme_scores

    data = _data()
    scores = {t: s for t, s in theme_scores(query).items() if t != "other" and s > 0}
    if not scores:
        return frozenset()
    best = max(scores.values())
    floor = max(float(data["theme_min_score"]), float(data["theme_min_share"]) * best)
    return frozenset(t for t, s in scores.items() if s >= floor)


def _national(query: str, agencies: frozenset[str]) -> bool:
    if _data()["national_rx"].search(query):
        return True
    try:
        from dhr.taxonomy import load_taxonomy

        taxonomy = load_taxonomy()
        return any(taxonomy.is_national_agency(a) for a in agencies)
    except Exception as exc:  # noqa: BLE001 - a ranking hint only
        log.warning("taxonomy unavailable for query understanding: %s", exc)
        return False


@lru_cache(maxsize=4096)
def understand(query: str) -> QueryIntent:
    """The agencies, themes and national ask of a query (memoised per text)."""
    agencies = query_agencies(query)
    return QueryIntent(agencies=agencies, themes=query_themes(query), national=_national(query, agencies))


def agency_match(named: frozenset[str], labels: Collection[str], related_weight: float) -> float:
    """How much of what the query names a candidate is addressed to, in [0, 1]: each named agency counts 1
    when the candidate has it, ``related_weight`` when it has a related one (a GP query and a recommendation
    to the ICB about GP practices; any agency and an 'all agencies' recommendation), averaged over the named."""
    if not named or not labels:
        return 0.0
    related = _data()["related"]
    all_agencies = bool(_data()["all_agencies_related"]) and "all_agencies" in labels
    total = 0.0
    for agency in named:
        if agency in labels:
            total += 1.0
        elif all_agencies or not related.get(agency, frozenset()).isdisjoint(labels):
            total += related_weight
    return total / len(named)


def label_boost(
    intent: QueryIntent,
    agencies: Collection[str],
    themes: Collection[str],
    level: str | None,
    *,
    agency_boost: float,
    theme_boost: float,
    level_boost: float = 0.0,
    related_weight: float = 0.5,
) -> float:
    """What a candidate with these labels gains on a fused score in [0, 1]: ``agency_boost`` times its
    :func:`agency_match`, plus ``theme_boost`` when its labels hold a theme the query asks about, plus
    ``level_boost`` for a national recommendation when the query asks for national ones."""
    boost = 0.0
    if intent.agencies and agency_boost:
        boost += agency_boost * agency_match(intent.agencies, agencies, related_weight)
    if intent.themes and theme_boost and not intent.themes.isdisjoint(themes):
        boost += theme_boost
    if intent.national and level_boost and level == "national":
        boost += level_boost
    return boost
