"""The intermediate document (blocks rendered alike to PDF, DOCX and HTML), agencies, the generated report
and its recommendations, and the generation context shared by the generator's modules."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from dhr.schema import (
    Action,
)

Format = Literal["pdf", "docx", "html"]
DocType = Literal["overview_report", "executive_summary", "action_plan"]

#: Every variant the generator can produce; ``generate_corpus`` cycles through them so that a corpus of
#: ``len(NUMBERING_STYLES)`` documents or more contains each at least once (tests check this).
NUMBERING_STYLES = (
    "plain",  # 1. 2. 3.
    "letter_suffix",  # 2a 2b
    "letter_paren",  # a) b)
    "section_paren",  # 7.2.1(a)
    "hierarchical",  # 21.10.1
    "section_letter",  # 10.3b
    "rec_number",  # Recommendation number 1
    "bullets",  # no number
)
TABLE_STYLES = ("home_office", "renamed", "theme_groups", "multi_action_cell", "prose")

# ---------------------------------------------------------------------------------------------------------------
# Intermediate document: blocks rendered identically to HTML (PDF via Story), DOCX.


@dataclass
class Heading:
    text: str
    level: int = 2


@dataclass
class Para:
    text: str
    number: str | None = None  # printed before the text (bold in PDF/HTML)
    lines: list[str] | None = None  # explicit line breaks (used to force hyphenation at line ends)


@dataclass
class Bullet:
    text: str


@dataclass
class Table:
    rows: list[list[str]]
    header: bool = True
    group_rows: set[int] = field(default_factory=set)


Block = Heading | Para | Bullet | Table


@dataclass
class Segment:
    """A run of blocks that starts on a new page (PDF/DOCX); ``columns=2`` lays it out in two columns."""

    blocks: list[Block] = field(default_factory=list)
    columns: int = 1
    landscape: bool = False


# ---------------------------------------------------------------------------------------------------------------
# Areas and agencies (realistic names; ids per LABELLING-GUIDE.md).


@dataclass(frozen=True)
class Agency:
    name: str
    id: str
    short: str | None = None  # an acronym or short form also used in text
    level: str = "local"


@dataclass
class RecSpec:
    number: str | None
    printed: str | None  # what is printed before the text ("1.", "a)", "Recommendation number 1:")
    text: str
    section: str
    agencies: list[str]
    level: str
    themes: list[str]
    heading: str | None = None
    target_date: str | None = None
    actions: list[Action] = field(default_factory=list)
    lead_names: list[str] = field(default_factory=list)


@dataclass
class GeneratedReport:
    name: str
    path: Path
    gold_path: Path
    doc_type: DocType
    format: Format
    pages: int
    variants: list[str]


@dataclass
class _Ctx:
    rng: random.Random
    area: dict
    subject: str
    perpetrator: str
    variants: set[str] = field(default_factory=set)

    def ag(self, key: str) -> Agency:
        return self.area[key]  # type: ignore[return-value]

    def surface(self, a: Agency) -> str:
        """A surface form of an agency (full name, sometimes its short form)."""
        if a.short and self.rng.random() < 0.3:
            self.variants.add("agency_short_form")
            return a.short if not a.short[0].islower() else a.short
        return a.name if a.id not in ("home_office", "dhsc", "nhs_england") else a.name


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _norm(s: str) -> str:
    return " ".join(s.split())
