"""The agency ids and the small layout helpers set L's two document modules share (``build.py`` holds the first
six documents, ``build_b.py`` the other six; kept apart so that each stays short)."""

from __future__ import annotations

from annotations.wordproc.worddoc import WordDoc
from dhr.schema import Recommendation
from dhr.schema.extraction import AgencyMention

# the shared short names (sets G-K use them too) and the ones only this set needs
from tests.extraction.agencies_blind_common import (  # noqa: F401 (set L's modules import them from here)
    ALL,
    AMB,
    ASC,
    CSC,
    CSP,
    DAPB,
    DAS,
    DRUGS,
    DWP,
    GP,
    HO,
    HOSP,
    HOUSING,
    ICB,
    LA,
    LHT,
    MH,
    NHSE,
    OTHER,
    PCC,
    PROB,
    SCHOOL,
    SCP,
    P,
)
from tests.extraction.plans.build import Doc

MASH, DHSC, MARAC = "mash", "dhsc", "marac"

#: (printed context: a Lead cell, Agency cell or run-in name; the recommendation's text; its agencies)
Rows = list[tuple[str, str, list[str]]]


def keep(recs: list[Recommendation], surfaces: dict[int, str]) -> None:
    """Keep the printed words of an ``other`` addressee (the guide: ``other`` with the surface text kept)."""
    for i, surface in surfaces.items():
        recs[i].agency_mentions.append(AgencyMention(text=surface, agency="other", role="lead"))


def terms(w: WordDoc, title: str, pairs: list[tuple[str, str]]) -> None:
    """A heading and a Term | Meaning table BEFORE the recommendations (the only place the initials the
    recommendations use are spelled out; set K put its glossary after them)."""
    w.heading(title, 1)
    w.table([["Term", "Meaning"], *[[a, b] for a, b in pairs]], [3.5, 13.0], font_size=10)


def summary(d: Doc) -> None:
    """Mark a document's gold as an executive summary (its front matter is the shared one)."""
    d.kind = "executive_summary"
