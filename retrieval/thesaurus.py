"""Search synonyms: the words chairs and panels use for the same thing in domestic abuse practice.

The data live in one file, ``retrieval/data/synonyms.json`` (read its ``about``); this module is its one loader,
and lexical search, dense query expansion, query understanding and the search adapter's training pairs all read
them from here.

Two vocabularies of concepts. ``GENERAL`` (the default) is a small, general-purpose list of DHR sector
vocabulary: acronyms and their expansions, and the other names agencies go by (DASH/RIC, MARAC, IDVA/ISVA, MASH,
DVDS/Clare's Law, NRPF, GP/primary care, A&E/ED, ICB/CCG, CPS, NPS/probation, CMHT, HBV, DVPN/DVPO/DAPO, SARC,
DWP/Jobcentre...), written from the taxonomy and sector glossaries without looking at any query set. ``FULL``
(``CONCEPTS``) is the earlier, larger list that was written after looking at misses on the dev/test queries:
kept only as an ablation in ``evaluation/retrieval.py``, since its figures on those queries are optimistic.

Each concept lists surface expressions (regexes, matched on lowercased text) and a plain description. Lexical
search adds a concept token to every text that mentions the concept (documents and queries alike), so "Clare's
Law" finds "Domestic Violence Disclosure Scheme"; dense search appends the descriptions of the concepts a query
mentions to the query before embedding it, which helps the small embedding model with sector jargon. Besides
the concepts, the file holds the word-level expansions of the BM25 tokenizer (``EXPANSIONS``), the agencies a
concept names (``CONCEPT_AGENCIES``) and plain surface forms of concepts for training pairs (``SURFACE_FORMS``).
These lists are kept as separate sections, as they were before they shared a file, so that search behaves
exactly as it did.

Written from sector vocabulary (Home Office DHR guidance, SafeLives/MARAC terms, the taxonomy), not from the
evaluation queries' answers; keep it to genuine equivalences.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_FILE = Path(__file__).resolve().parent / "data" / "synonyms.json"


@lru_cache(maxsize=1)
def load_synonyms() -> dict[str, Any]:
    """The parsed synonyms file (read once)."""
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def _concepts(vocabulary: str) -> dict[str, tuple[str, str]]:
    section = load_synonyms()["concepts"][vocabulary]
    return {name: (c["pattern"], c["description"]) for name, c in section.items()}


#: concept -> (regex of surface forms, description appended to dense queries); the general vocabulary.
GENERAL: dict[str, tuple[str, str]] = _concepts("general")
#: The earlier, larger vocabulary written after looking at dev/test misses (an ablation only).
CONCEPTS: dict[str, tuple[str, str]] = _concepts("full")
#: Taxonomy agency ids that a general concept names (for label-aware fusion in ``retrieval/library.py``).
CONCEPT_AGENCIES: dict[str, tuple[str, ...]] = {
    name: tuple(ids) for name, ids in load_synonyms()["concept_agencies"].items()
}
#: A word -> the tokens the BM25 tokenizer indexes for it: acronyms and their spelled-out forms both index to
#: the same tokens.
EXPANSIONS: dict[str, str] = dict(load_synonyms()["token_expansions"])
#: General concept -> plain written forms of it (acronym, expansion, other names): training pairs.
SURFACE_FORMS: dict[str, tuple[str, ...]] = {
    name: tuple(forms) for name, forms in load_synonyms()["surface_forms"].items()
}

VOCABULARIES: dict[str, dict[str, tuple[str, str]]] = {"general": GENERAL, "full": CONCEPTS}
DEFAULT_VOCABULARY = "general"


@lru_cache(maxsize=4)
def _compiled(vocabulary: str = DEFAULT_VOCABULARY) -> list[tuple[str, re.Pattern[str], str]]:
    concepts = VOCABULARIES[vocabulary]
    return [(name, re.compile(rf"(?:{pattern})"), desc) for name, (pattern, desc) in concepts.items()]


def concepts_in(text: str, vocabulary: str = DEFAULT_VOCABULARY) -> list[str]:
    """Concept names the text mentions."""
    low = text.lower()
    return [name for name, pattern, _ in _compiled(vocabulary) if pattern.search(low)]


def concept_tokens(text: str, vocabulary: str = DEFAULT_VOCABULARY) -> list[str]:
    """Tokens added to a text's lexical representation: one ``zz<concept>`` token per concept mentioned."""
    return ["zz" + name.replace("_", "") for name in concepts_in(text, vocabulary)]


def expand_query(query: str, vocabulary: str = DEFAULT_VOCABULARY) -> str:
    """The query with the descriptions of the concepts it mentions appended (for the dense encoder)."""
    low = query.lower()
    descs = [desc for name, pattern, desc in _compiled(vocabulary) if pattern.search(low)]
    return query if not descs else f"{query} ({'; '.join(descs)})"


def agencies_in(text: str) -> set[str]:
    """Taxonomy agency ids named through the general vocabulary (acronyms and aliases such as CCG, CMHT, A&E)."""
    return {agency for name in concepts_in(text, "general") for agency in CONCEPT_AGENCIES.get(name, ())}
