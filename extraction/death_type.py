"""What kind of review a report is (DHR or DARDR) and how the person died (homicide, suicide, other).

Since the Victims and Prisoners Act 2024, Domestic Homicide Reviews are being renamed Domestic Abuse Related
Death Reviews (DARDRs), and reviews of deaths by suicide after domestic abuse have been held under both names.
Analysts need the death type as a field, so it is read from the report's own narrative: the sentences that say
how the person died ("was stabbed", "took her own life", "died of an overdose"), not words that merely occur
(a recommendation about suicide risk does not make a death a suicide; the phrase "Domestic Homicide Review" does
not make it a homicide).
"""

from __future__ import annotations

import re

from dhr.schema.common import DeathType, ReviewKind
from extraction.document import Document

#: The narrative that tells the death is near the front (summary, introduction, the facts); reading further
#: only adds recommendations and chronology that talk about deaths in general. Bounded so that any input costs
#: the same.
_MAX_CHARS = 80_000

_DARDR = re.compile(r"\bdomestic\s+abuse[\s-]+related\s+death\s+reviews?\b|\bDARDRs?\b", re.I)
_DHR = re.compile(r"(?i:\bdomestic\s+homicide\s+reviews?\b)|\bDHRs?\b")

# Statements that someone was killed: passive killing verbs, killing by a named relation, criminal outcomes
# that only follow a homicide. "threatened to kill" / "fear of being killed" are not statements of a killing.
_HOMICIDE = re.compile(
    r"\b(?:was|were|had\s+been|being)\s+(?:fatally\s+)?(?:killed|murdered|stabbed|strangled|shot|bludgeoned|"
    r"beaten\s+to\s+death|unlawfully\s+killed)\b"
    r"|\b(?:stabbed|strangled|shot|killed|murdered|beat)\s+(?:her|him|them)\b(?:\s+\w+){0,4}?\s+(?:to\s+death|fatally)"
    r"|\b(?:killed|murdered|stabbed|strangled)\s+by\s+(?:her|his|their|the)\b"
    r"|\b(?:killed|murdered)\s+(?:her|him)\b(?!sel)"
    r"|\b(?:convicted|found\s+guilty|pleaded\s+guilty|pled\s+guilty|charged|sentenced)\s+(?:\w+\s+){0,3}?"
    r"(?:of|to|for|with)\s+(?:(?:the|her|his|their)\s+)?(?:murder|manslaughter)\b"
    r"|\b(?:murder|manslaughter)\s+(?:conviction|charge|trial)\b"
    r"|\bsentenced\s+to\s+life\s+imprisonment\b"
    r"|\bthe\s+(?:homicide|murder|killing)\s+(?:of|took\s+place|occurred|happened)\b"
    r"|\b(?:a|the)\s+(?:verdict|conclusion)\s+of\s+unlawful\s+killing\b",
    re.I,
)
_SUICIDE = re.compile(
    r"\btook\s+(?:her|his|their)\s+own\s+life\b"
    r"|\b(?:died|death)\s+(?:by|through|as\s+a\s+result\s+of)\s+(?:suspected\s+|apparent\s+)?suicide\b"
    r"|\bcommitted\s+suicide\b"
    r"|\bended\s+(?:her|his|their)\s+(?:own\s+)?life\b"
    r"|\b(?:was\s+)?found\s+hanged\b|\bhanged\s+(?:her|him|them)sel(?:f|ves)\b"
    r"|\b(?:a|the)\s+(?:verdict|conclusion)\s+of\s+suicide\b"
    r"|\bdomestic\s+abuse[\s-]+related\s+suicides?\b(?=[^.]{0,80}\b(?:of|into\s+the\s+death)\b)",
    re.I,
)
_OTHER = re.compile(
    r"\bdied\s+(?:of|from|following)\s+(?:an?\s+)?(?:accidental\s+)?(?:drug\s+|heroin\s+|alcohol\s+)?"
    r"(?:overdose|poisoning|natural\s+causes|(?:alcohol|drug)[\s-]related|neglect|self[\s-]neglect|"
    r"hypothermia|injuries\s+sustained\s+in\s+a\s+fall)\b"
    r"|\b(?:accidental|unexplained|drug[\s-]related)\s+death\b"
    r"|\bcause\s+of\s+death\s+(?:was|is)\s+(?:recorded\s+as\s+)?(?:unascertained|undetermined|natural|"
    r"an?\s+(?:accidental\s+)?overdose)\b",
    re.I,
)
# A murder-suicide names both: the review is of the person killed, and the perpetrator's suicide follows it.
_PERPETRATOR_SUICIDE = re.compile(
    r"\b(?:perpetrator|he|she|husband|partner|son|father)\b[^.]{0,60}\b(?:then|subsequently|later|afterwards)\b"
    r"[^.]{0,40}(?:took\s+(?:his|her|their)\s+own\s+life|killed\s+(?:him|her|them)sel(?:f|ves))",
    re.I,
)


def _text(document: Document) -> str:
    parts: list[str] = []
    size = 0
    for page in document.pages:
        parts.append(page.text)
        size += len(page.text)
        if size >= _MAX_CHARS:
            break
    return " ".join(" ".join(parts)[:_MAX_CHARS].split())


def review_kind(document: Document) -> ReviewKind:
    """'dardr' or 'dhr' as the report names itself (the title page first, else the more frequent name)."""
    if not document.pages:
        return "unknown"
    first = " ".join(document.pages[0].text.split())
    dardr, dhr = bool(_DARDR.search(first)), bool(_DHR.search(first))
    if dardr != dhr:
        return "dardr" if dardr else "dhr"
    text = _text(document)
    n_dardr, n_dhr = len(_DARDR.findall(text)), len(_DHR.findall(text))
    if not n_dardr and not n_dhr:
        return "unknown"
    return "dardr" if n_dardr >= n_dhr else "dhr"


def death_type_of_text(text: str) -> DeathType:
    """How the person died, from narrative statements in ``text``; 'unknown' when it does not say."""
    text = " ".join(text[:_MAX_CHARS].split())
    homicide = len(_HOMICIDE.findall(text))
    suicide = len(_SUICIDE.findall(text)) - len(_PERPETRATOR_SUICIDE.findall(text))
    other = len(_OTHER.findall(text))
    if homicide and homicide >= suicide:
        return "homicide"
    if suicide > 0:
        return "suicide"
    if homicide:
        return "homicide"
    if other:
        return "other"
    return "unknown"


def death_type(document: Document) -> DeathType:
    """How the person died, as the front of the report tells it."""
    return death_type_of_text(_text(document))
