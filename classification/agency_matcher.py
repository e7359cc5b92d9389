"""The agency phrase matcher without a spaCy pipeline: spaCy's EntityRuler semantics in plain Python.

``classification.agencies`` finds gazetteer phrases by spaCy tokens: a phrase matches where the lower-cased
tokens of the text equal the phrase's (``LOWER`` phrase patterns), a case-sensitive multi-word phrase where the
token texts equal it (``ORTH`` patterns); overlapping matches are resolved as spaCy's EntityRuler does (longest
first, then earliest; a match is dropped when its first or last token is already taken). Building that ruler
costs spaCy's import (~0.55 s) and ~0.3 s of patterns per process, most of it for a one-line search query.

Here the same matching runs on plain dicts:

- the phrases' spaCy tokens are computed once (spaCy's blank English tokenizer) and kept in a cache file under
  ``<data_dir>/cache`` keyed by the phrase list and the spaCy version, so later processes never import spaCy
  for them;
- a text whose words are all plain ASCII letters separated by single spaces (most search queries) is tokenized
  by ``str.split`` — exactly spaCy's tokens for such text, except for the tokenizer's special cases ("cannot",
  "Im", "wed"...), whose list is kept in the same cache and which send the text to spaCy;
- any other text is tokenized by spaCy's blank English tokenizer, as before.

The outputs are those of the EntityRuler (``tests/classification/test_agency_matcher.py`` compares them).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from classification.gazetteer import CASE_SENSITIVE, PHRASES

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

#: Bump when the cache's content or meaning changes.
CACHE_FORMAT = 1
_LOCK = threading.RLock()
_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
_ALPHA_WORD = re.compile(r"[A-Za-z]+")

#: A token: its text and its character offset.
Token = tuple[str, int]


@dataclass(frozen=True)
class Patterns:
    """The compiled patterns: token tuples -> internal agency id, and what the plain-text path needs."""

    tokens: dict[str, list[str]]  # every gazetteer phrase -> its spaCy tokens
    lower: dict[tuple[str, ...], str]  # LOWER phrase patterns
    orth: dict[tuple[str, ...], str]  # ORTH (case-sensitive, multi-token) patterns
    lengths: tuple[int, ...]  # the token lengths of all patterns, longest first
    specials: frozenset[str]  # tokenizer special cases made of ASCII letters only (split by spaCy)


def _spacy_version() -> str:
    try:
        return version("spacy")
    except PackageNotFoundError:  # pragma: no cover - spaCy is a declared dependency
        return "none"


def _cache_key() -> str:
    payload = json.dumps(
        [
            CACHE_FORMAT,
            _spacy_version(),
            sorted(CASE_SENSITIVE),
            sorted((a, list(p)) for a, p in PHRASES.items()),
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20]


def _cache_file(key: str) -> Path | None:
    try:
        from dhr.settings import get_settings

        return get_settings().data_dir / "cache" / f"agency-patterns-{key}.json"
    except Exception as exc:  # noqa: BLE001 - no settings (bad env): compute in memory, every time
        log.debug("no cache directory for the agency patterns: %s", exc)
        return None


@lru_cache(maxsize=1)
def spacy_tokenizer() -> Language:
    """spaCy's blank English pipeline (its tokenizer), once per process; imported without torch."""
    from dhr.lazy import spacy

    with _LOCK:
        return spacy.blank("en")


def _compute_raw() -> dict[str, Any]:
    nlp = spacy_tokenizer()
    phrases = sorted({p for ps in PHRASES.values() for p in ps})
    tokens = {p: [t.text for t in nlp.tokenizer(p)] for p in phrases}
    specials = sorted(k for k in nlp.tokenizer.rules if _ALPHA_WORD.fullmatch(k))
    return {"tokens": tokens, "specials": specials}


def _load_raw() -> dict[str, Any]:
    """The phrases' tokens and the special cases: from the cache file, else computed with spaCy and cached."""
    key = _cache_key()
    path = _cache_file(key)
    if path is not None and path.is_file():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("key") == key:
                return raw
        except (OSError, ValueError) as exc:
            log.warning("agency pattern cache %s unreadable (%s); rebuilding it", path, exc)
    raw = _compute_raw()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # written whole then renamed: another process never reads half a file
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".agency-patterns-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({**raw, "key": key}, fh, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError as exc:  # a read-only data directory: still correct, only slower next time
            log.info("could not write the agency pattern cache %s: %s", path, exc)
    return raw


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """The patterns of ``classification.agencies._phrase_patterns``, as dicts (built once per process)."""
    with _LOCK:
        raw = _load_raw()
        tokens: dict[str, list[str]] = raw["tokens"]
        lower: dict[tuple[str, ...], str] = {}
        orth: dict[tuple[str, ...], str] = {}
        for agency, phrases in PHRASES.items():
            for phrase in phrases:
                toks = tokens[phrase]
                if not toks:
                    continue
                if phrase in CASE_SENSITIVE or (len(toks) == 1 and phrase != phrase.lower()):
                    if len(toks) > 1:
                        orth.setdefault(tuple(toks), agency)
                else:
                    lower.setdefault(tuple(t.lower() for t in toks), agency)
        lengths = tuple(sorted({len(k) for k in lower} | {len(k) for k in orth}, reverse=True))
        return Patterns(tokens, lower, orth, lengths, frozenset(raw["specials"]))


def tokenize(text: str) -> list[Token]:
    """spaCy's blank English tokens of ``text`` as (text, offset); plain words without spaCy (see the module)."""
    if _PLAIN.fullmatch(text):
        specials = patterns().specials
        words = text.split(" ")
        if not any(w in specials for w in words):
            out: list[Token] = []
            pos = 0
            for w in words:
                out.append((w, pos))
                pos += len(w) + 1
            return out
    return [(t.text, t.idx) for t in spacy_tokenizer().tokenizer(text)]


def match(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(first token, end token, internal id) of the entities spaCy's EntityRuler would set, in text order."""
    pats = patterns()
    texts = [t for t, _ in tokens]
    lowers = [t.lower() for t in texts]
    n = len(texts)
    found: set[tuple[str, int, int]] = set()
    for i in range(n):
        for length in pats.lengths:
            if i + length > n:
                continue
            agency = pats.lower.get(tuple(lowers[i : i + length]))
            if agency is not None:
                found.add((agency, i, i + length))
            agency = pats.orth.get(tuple(texts[i : i + length]))
            if agency is not None:
                found.add((agency, i, i + length))
    # the EntityRuler's order: longest first, then the earliest; ties of one span never occur (a test checks
    # that no token sequence has two ids), so the id only makes the order total
    ordered = sorted(found, key=lambda m: (-(m[2] - m[1]), m[1], m[0]))
    seen: set[int] = set()
    chosen: list[tuple[int, int, str]] = []
    for agency, start, end in ordered:
        # the ruler checks only the first and last token (its spans are inclusive at both ends)
        if start not in seen and end - 1 not in seen:
            chosen = [c for c in chosen if not (c[0] < end and c[1] > start)]
            chosen.append((start, end, agency))
            seen.update(range(start, end))
    return sorted(chosen)
