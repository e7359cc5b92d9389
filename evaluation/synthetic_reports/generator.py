"""Seeded generator of synthetic DHR documents with ground truth.

Produces overview reports, executive summaries and separate action plans as PDF (PyMuPDF ``Story``), DOCX
(python-docx) and HTML, each with a ``<name>.gold.json`` (an :class:`~dhr.schema.ExtractionResult`) beside it.
The shapes come from ``DHR-REPORTS.md``: every numbering style, per-agency IMR blocks (numbering restarting per
agency, headings naming several agencies), recommendations listed in the body and again in the action plan,
recommendations running across a page break, analysis prose that sounds like a recommendation, the "responsible
for this action plan" preamble, "in consultation with" traps, target dates inside recommendations, Home Office
action-plan tables and variants (renamed/dropped columns, theme group rows, numbered actions in one cell, tables
over several pages, prose action plans), every date shape, timeline events amid a chronology of other dates,
repeated headers/footers, hyphenation at line ends, a two-column page and pseudonyms.

Everything is decided by ``random.Random(seed)`` so the same seed gives the same documents and gold. The
generator is measured against, never trained on: build the extractor for ``DHR-REPORTS.md``, not for this file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import random
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from dhr.errors import InputError
from dhr.schema import (
    Action,
    ExtractionResult,
    Recommendation,
    ReviewInfo,
    SourceInfo,
    TimelineEvent,
)

log = logging.getLogger(__name__)

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


def _areas() -> list[dict[str, Agency | str]]:
    A = Agency
    return [
        {
            "place": "Bristol",
            "csp": A("Keep Bristol Safe Partnership", "community_safety_partnership", "KBSP"),
            "police": A("Avon and Somerset Constabulary", "police", "the Constabulary", "regional"),
            "council": A("Bristol City Council", "local_authority", "BCC"),
            "asc": A("Bristol City Council Adult Social Care", "adult_social_care", "Adult Social Care"),
            "csc": A(
                "Bristol City Council Children's Services", "childrens_social_care", "Children's Services"
            ),
            "hospital": A("North Bristol NHS Trust", "hospital", "NBT"),
            "mh": A(
                "Avon and Wiltshire Mental Health Partnership NHS Trust", "mental_health_services", "AWP"
            ),
            "community": A("Sirona Care and Health", "local_health_trust", "Sirona"),
            "icb": A(
                "Bristol, North Somerset and South Gloucestershire Clinical Commissioning Group",
                "integrated_care_board",
                "BNSSG CCG",
            ),
            "da": A("Next Link Domestic Abuse Services", "domestic_abuse_services", "Next Link"),
            "dna": A("Bristol Drugs Project", "drug_and_alcohol_services", "BDP"),
            "housing": A("Brunelcare Housing", "housing", "Brunelcare"),
            "gp": A("Fishponds Family Practice", "gp", "the GP practice"),
            "ambulance": A(
                "South Western Ambulance Service NHS Foundation Trust",
                "ambulance_service",
                "SWASFT",
                "regional",
            ),
            "pcc": A(
                "Office of the Avon and Somerset Police and Crime Commissioner",
                "police_and_crime_commissioner",
            ),
            "board": A("Bristol Domestic Abuse Strategic Board", "domestic_abuse_partnership_board"),
        },
        {
            "place": "Medway",
            "csp": A("Medway Community Safety Partnership", "community_safety_partnership", "the CSP"),
            "police": A("Kent Police", "police", "the Force", "regional"),
            "council": A("Medway Council", "local_authority"),
            "asc": A("Medway Council Adult Social Care", "adult_social_care", "Adult Social Care"),
            "csc": A("Medway Children's Services", "childrens_social_care"),
            "hospital": A("Medway NHS Foundation Trust", "hospital", "MFT"),
            "mh": A(
                "Kent and Medway NHS and Social Care Partnership Trust", "mental_health_services", "KMPT"
            ),
            "community": A("Medway Community Healthcare", "local_health_trust", "MCH"),
            "icb": A("NHS Kent and Medway Integrated Care Board", "integrated_care_board", "the ICB"),
            "da": A("Oasis Domestic Abuse Service", "domestic_abuse_services", "Oasis"),
            "dna": A("Forward Trust Medway", "drug_and_alcohol_services", "Forward Trust"),
            "housing": A("Moat Homes", "housing", "Moat"),
            "gp": A("Rochester Riverside Surgery", "gp", "the surgery"),
            "ambulance": A(
                "South East Coast Ambulance Service NHS Foundation Trust",
                "ambulance_service",
                "SECAmb",
                "regional",
            ),
            "pcc": A(
                "Office of the Kent Police and Crime Commissioner", "police_and_crime_commissioner", "OPCC"
            ),
            "board": A("Kent and Medway Domestic Abuse Strategy Group", "domestic_abuse_partnership_board"),
        },
        {
            "place": "Lewisham",
            "csp": A("Safer Lewisham Partnership", "community_safety_partnership", "SLP"),
            "police": A("Metropolitan Police Service", "police", "MPS", "regional"),
            "council": A("London Borough of Lewisham", "local_authority", "the Council"),
            "asc": A("Lewisham Adult Social Care", "adult_social_care"),
            "csc": A("Lewisham Children's Social Care", "childrens_social_care", "CSC"),
            "hospital": A("Lewisham and Greenwich NHS Trust", "hospital", "LGT"),
            "mh": A("South London and Maudsley NHS Foundation Trust", "mental_health_services", "SLaM"),
            "community": A("Lewisham and Greenwich NHS Trust community services", "local_health_trust"),
            "icb": A("NHS Lewisham Clinical Commissioning Group", "integrated_care_board", "Lewisham CCG"),
            "da": A("Refuge", "domestic_abuse_services"),
            "dna": A("Change Grow Live Lewisham", "drug_and_alcohol_services", "CGL"),
            "housing": A("Lewisham Homes", "housing"),
            "gp": A("Amersham Vale Medical Centre", "gp", "the GP"),
            "ambulance": A("London Ambulance Service NHS Trust", "ambulance_service", "LAS", "regional"),
            "pcc": A(
                "Mayor's Office for Policing and Crime", "police_and_crime_commissioner", "MOPAC", "regional"
            ),
            "board": A(
                "Lewisham Violence Against Women and Girls Strategic Board",
                "domestic_abuse_partnership_board",
            ),
        },
        {
            "place": "Leeds",
            "csp": A("Safer Leeds", "community_safety_partnership"),
            "police": A("West Yorkshire Police", "police", "WYP", "regional"),
            "council": A("Leeds City Council", "local_authority", "LCC"),
            "asc": A("Leeds Adults and Health", "adult_social_care"),
            "csc": A("Leeds Children and Families Service", "childrens_social_care"),
            "hospital": A("Leeds Teaching Hospitals NHS Trust", "hospital", "LTHT"),
            "mh": A("Leeds and York Partnership NHS Foundation Trust", "mental_health_services", "LYPFT"),
            "community": A("Leeds Community Healthcare NHS Trust", "local_health_trust", "LCH"),
            "icb": A("NHS Leeds Clinical Commissioning Group", "integrated_care_board", "the CCG"),
            "da": A("Leeds Domestic Violence Service", "domestic_abuse_services", "LDVS"),
            "dna": A("Forward Leeds", "drug_and_alcohol_services"),
            "housing": A("Leeds Federated Housing Association", "housing", "Leeds Federated"),
            "gp": A("Chapeltown Family Surgery", "gp", "the practice"),
            "ambulance": A("Yorkshire Ambulance Service NHS Trust", "ambulance_service", "YAS", "regional"),
            "pcc": A("Office of the West Yorkshire Mayor", "police_and_crime_commissioner"),
            "board": A(
                "Leeds Domestic Violence and Abuse Partnership Board", "domestic_abuse_partnership_board"
            ),
        },
        {
            "place": "Torbay",
            "csp": A("Torbay Community Safety Partnership", "community_safety_partnership", "TCSP"),
            "police": A("Devon and Cornwall Police", "police", "D&C Police", "regional"),
            "council": A("Torbay Council", "local_authority"),
            "asc": A("Torbay Adult Social Care", "adult_social_care"),
            "csc": A("Torbay Children's Services", "childrens_social_care"),
            "hospital": A("Torbay and South Devon NHS Foundation Trust", "hospital", "TSDFT"),
            "mh": A("Devon Partnership NHS Trust", "mental_health_services", "DPT"),
            "community": A("Torbay community health services", "local_health_trust"),
            "icb": A("NHS Devon Clinical Commissioning Group", "integrated_care_board", "NHS Devon CCG"),
            "da": A("Splitz Support Service", "domestic_abuse_services", "Splitz"),
            "dna": A("Torbay Drug and Alcohol Service", "drug_and_alcohol_services"),
            "housing": A("Sanctuary Housing", "housing"),
            "gp": A("Paignton Health Centre", "gp"),
            "ambulance": A(
                "South Western Ambulance Service NHS Foundation Trust",
                "ambulance_service",
                "SWASFT",
                "regional",
            ),
            "pcc": A(
                "Office of the Police and Crime Commissioner for Devon and Cornwall",
                "police_and_crime_commissioner",
                "OPCC",
            ),
            "board": A(
                "Torbay Domestic Abuse and Sexual Violence Executive Group",
                "domestic_abuse_partnership_board",
            ),
        },
        {
            "place": "Blackpool",
            "csp": A(
                "Blackpool Community Safety Partnership", "community_safety_partnership", "the Partnership"
            ),
            "police": A("Lancashire Constabulary", "police", "the Constabulary", "regional"),
            "council": A("Blackpool Council", "local_authority"),
            "asc": A("Blackpool Council Adult Services", "adult_social_care"),
            "csc": A("Blackpool Children's Social Care", "childrens_social_care"),
            "hospital": A("Blackpool Teaching Hospitals NHS Foundation Trust", "hospital", "BTH"),
            "mh": A("Lancashire and South Cumbria NHS Foundation Trust", "mental_health_services", "LSCFT"),
            "community": A("Blackpool community health services", "local_health_trust"),
            "icb": A("NHS Blackpool Clinical Commissioning Group", "integrated_care_board", "Blackpool CCG"),
            "da": A("Blackpool Fylde and Wyre Women's Aid", "domestic_abuse_services", "Women's Aid"),
            "dna": A("Horizon drug and alcohol service", "drug_and_alcohol_services", "Horizon"),
            "housing": A("Blackpool Coastal Housing", "housing", "BCH"),
            "gp": A("Whitegate Health Centre", "gp"),
            "ambulance": A("North West Ambulance Service NHS Trust", "ambulance_service", "NWAS", "regional"),
            "pcc": A(
                "Office of the Lancashire Police and Crime Commissioner", "police_and_crime_commissioner"
            ),
            "board": A("Blackpool Domestic Abuse Partnership Board", "domestic_abuse_partnership_board"),
        },
    ]


NATIONAL = [
    Agency("Home Office", "home_office", None, "national"),
    Agency("Department of Health", "dhsc", None, "national"),
    Agency("Department for Work and Pensions", "dwp", "DWP", "national"),
    Agency("NHS England", "nhs_england", None, "national"),
    Agency("Ministry of Justice", "ministry_of_justice", "MoJ", "national"),
    Agency("Ministry of Housing, Communities and Local Government", "mhclg", "MHCLG", "national"),
]
PROBATION = [
    Agency("National Probation Service", "probation_service", "NPS"),
    Agency("The Probation Service", "probation_service"),
]

SUBJECTS = [
    ("Adult A", "Adult B"),
    ("Mrs B", "Mr C"),
    ("Jane", "Paul"),
    ("Ms D", "Mr E"),
    ("Sarah", "Michael"),
    ("Amina", "Tariq"),
    ("Helen", "Gary"),
    ("Adult X", "Adult Y"),
]
AUTHORS = [
    "Dr Jane Monckton-Smith",
    "Paul Cheeseman",
    "Gwen Thomas",
    "David Hunter",
    "Mark Wolski",
    "Liz Ward",
    "Simon Hill",
    "Carol Ellwood-Clarke",
]

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# ---------------------------------------------------------------------------------------------------------------
# Recommendation templates: (theme, text with {A} addressee, {B} non-addressee partner, {T} topic)

TOPICS = [
    "coercive and controlling behaviour",
    "economic abuse",
    "the DASH risk identification checklist",
    "domestic abuse experienced by older people",
    "stalking and harassment",
    "non-fatal strangulation",
    "adult family violence",
    "the impact of alcohol misuse on risk",
    "honour-based abuse",
    "domestic abuse and disability",
]

ACTIVE = [
    (
        "training",
        "{A} should ensure that all frontline staff receive training on {T}, including how to respond "
        "when a victim discloses abuse.",
    ),
    ("training", "{A} to deliver refresher training to call handlers and supervisors on {T}."),
    (
        "policy",
        "{A} should review its safeguarding policy to ensure that it reflects current guidance on {T}.",
    ),
    (
        "policy",
        "{A} must update its missed appointments procedure so that repeated non-attendance by a patient "
        "known to be at risk of domestic abuse is followed up.",
    ),
    (
        "identification_of_risk",
        "{A} should ensure that routine enquiry about domestic abuse is made at every "
        "assessment, and that the answer is recorded.",
    ),
    (
        "identification_of_risk",
        "{A} to ensure that practitioners complete a DASH risk assessment whenever {T} "
        "is disclosed, and refer high-risk cases to MARAC.",
    ),
    (
        "multi_agency_working",
        "{A} should develop an information-sharing protocol with {B} so that concerns about "
        "{T} are shared at the earliest opportunity.",
    ),
    (
        "multi_agency_working",
        "{A} must ensure that referrals to MARAC are made for all victims assessed as high "
        "risk, working with {B} to track outcomes.",
    ),
    (
        "record_keeping",
        "{A} should audit case records to ensure that disclosures of {T} are recorded accurately "
        "and that the source of the information is noted.",
    ),
    (
        "awareness_raising",
        "{A} to run a campaign raising awareness of {T} among family members, friends and employers.",
    ),
    (
        "technology_systems",
        "{A} should introduce a flag on its case-management system to alert staff when a "
        "patient is known to be a victim of domestic abuse.",
    ),
]
CONSULT = [
    ("policy", "{A} must review its referral pathway for victims of {T} in consultation with {B}."),
    (
        "multi_agency_working",
        "{A} should seek assurance from {B} that the learning from this review about {T} "
        "has been shared with its staff.",
    ),
    ("policy", "{A} to write to {B} setting out the gaps identified in the local response to {T}."),
]
JOINT = [
    (
        "multi_agency_working",
        "{A} and {A2} should jointly review how information about {T} is shared between them.",
    ),
    ("training", "{A} and {A2} to deliver joint training on {T} to their frontline staff."),
]
PASSIVE = [
    ("training", "A refresher briefing on {T} should be delivered to all staff within the service."),
    (
        "identification_of_risk",
        "Professional curiosity about {T} should be promoted in supervision, and its use audited.",
    ),
    (
        "record_keeping",
        "There is a need to ensure that records of contacts with victims of {T} are complete "
        "and contemporaneous.",
    ),
    ("policy", "The domestic abuse policy should be reviewed and updated to include guidance on {T}."),
]
NATIONAL_RECS = [
    (
        "policy",
        "The {A} should amend the statutory guidance for Domestic Homicide Reviews to require that "
        "learning about {T} is shared nationally.",
    ),
    ("awareness_raising", "The {A} should consider a national awareness campaign on {T}."),
]
ALL_AGENCY = [
    (
        "awareness_raising",
        "All agencies should remind their staff of the referral routes to specialist "
        "domestic abuse services for victims of {T}.",
    ),
    (
        "multi_agency_working",
        "All partners to share the learning from this review about {T} within their organisations.",
    ),
]
ANALYSIS_TRAPS = [
    "There should always be a process that ensures a victim who discloses {T} is offered a referral to a "
    "specialist service.",
    "Agencies should have considered whether {T} was a factor; practitioners must be alert to the signs.",
    "In the panel's view the GP practice should have asked about domestic abuse at this appointment.",
    "It would have been good practice for the Police to complete a DASH risk assessment at this point.",
]

ACTION_TEXTS = {
    "training": [
        "Deliver a refresher training session on {T} to all frontline staff",
        "Add {T} to the mandatory safeguarding training programme",
        "Evaluate attendance and feedback from the training",
    ],
    "policy": [
        "Review and update the safeguarding policy to include {T}",
        "Circulate the revised procedure to all teams",
        "Audit compliance with the revised procedure after six months",
    ],
    "identification_of_risk": [
        "Issue a seven-minute briefing on risk assessment and {T}",
        "Dip sample 20 cases to check that DASH was completed",
        "Include routine enquiry in the supervision template",
    ],
    "multi_agency_working": [
        "Agree an information-sharing protocol with partner agencies",
        "Present the protocol to the Domestic Abuse Strategic Board",
        "Monitor MARAC referrals quarterly",
    ],
    "record_keeping": [
        "Audit a sample of case records for recording of {T}",
        "Issue guidance to staff on recording the source of information",
    ],
    "awareness_raising": [
        "Launch a public awareness campaign on {T}",
        "Share a learning briefing with all partner agencies",
    ],
    "technology_systems": [
        "Introduce a domestic abuse flag on the case-management system",
        "Train staff on the use of the new flag",
    ],
    "other": ["Review resourcing of the service"],
}

# ---------------------------------------------------------------------------------------------------------------
# Dates in every shape of DHR-REPORTS.md.

DateShape = Literal[
    "day", "ordinal", "split_ordinal", "numeric", "month", "year", "weekday", "no_year", "time"
]
DAY_SHAPES: tuple[DateShape, ...] = ("day", "ordinal", "split_ordinal", "numeric", "weekday", "time")


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fmt_date(d: dt.date, shape: DateShape) -> tuple[str, str]:
    """Render ``d`` in a shape; return (text, gold ISO at the precision the text gives)."""
    iso = d.isoformat()
    if shape == "day":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}", iso
    if shape == "ordinal":
        return f"{_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}", iso
    if shape == "split_ordinal":
        o = _ordinal(d.day)
        return f"{o[:-2]} {o[-2:]} {MONTHS[d.month - 1]} {d.year}", iso
    if shape == "numeric":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", iso
    if shape == "weekday":
        return f"{d.strftime('%A')} {d.day} {MONTHS[d.month - 1]} {d.year}", iso
    if shape == "time":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", iso
    if shape == "no_year":
        return f"{d.day} {MONTHS[d.month - 1]}", iso
    if shape == "month":
        return f"{MONTHS[d.month - 1]} {d.year}", f"{d.year:04d}-{d.month:02d}"
    return f"{d.year}", f"{d.year:04d}"


# ---------------------------------------------------------------------------------------------------------------
# Generated-document model.


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


# ---------------------------------------------------------------------------------------------------------------
# Recommendations.

LOCAL_KEYS = [
    "police",
    "hospital",
    "mh",
    "community",
    "icb",
    "asc",
    "csc",
    "da",
    "dna",
    "housing",
    "gp",
    "ambulance",
    "council",
]


def _make_rec(
    ctx: _Ctx, addressee: Agency | None, kind: str, section: str, heading_agencies: list[Agency]
) -> RecSpec:
    rng = ctx.rng
    topic = rng.choice(TOPICS)
    partner = ctx.ag(rng.choice(["police", "da", "asc", "icb", "hospital", "dna"]))
    if addressee is not None and partner.id == addressee.id:
        partner = ctx.ag("da") if addressee.id != "domestic_abuse_services" else ctx.ag("police")
    agencies: list[Agency]
    if kind == "passive":
        theme, tpl = rng.choice(PASSIVE)
        text = tpl.format(T=topic)
        agencies = list(heading_agencies)
        ctx.variants.add("passive_rec_heading_agency")
    elif kind == "consult":
        assert addressee is not None
        theme, tpl = rng.choice(CONSULT)
        text = tpl.format(A=ctx.surface(addressee), B=partner.name, T=topic)
        agencies = [addressee]
        ctx.variants.add("consultation_trap")
    elif kind == "joint":
        assert addressee is not None
        other = ctx.ag(
            rng.choice([k for k in ("police", "council", "dna", "mh") if ctx.ag(k).id != addressee.id])
        )
        theme, tpl = rng.choice(JOINT)
        text = tpl.format(A=ctx.surface(addressee), A2=other.name, T=topic)
        agencies = [addressee, other]
        ctx.variants.add("joint_addressees")
    elif kind == "national":
        nat = rng.choice(NATIONAL[:2] + NATIONAL[3:4])
        theme, tpl = rng.choice(NATIONAL_RECS)
        text = tpl.format(A=nat.name, T=topic)
        if not text.startswith("The "):
            text = _cap(text)
        agencies = [nat]
        ctx.variants.add("national_rec")
    elif kind == "all":
        theme, tpl = rng.choice(ALL_AGENCY)
        text = tpl.format(T=topic)
        agencies = [Agency("All agencies", "all_agencies")]
        ctx.variants.add("all_agencies_rec")
    else:
        assert addressee is not None
        theme, tpl = rng.choice(ACTIVE)
        text = tpl.format(A=ctx.surface(addressee), B=partner.name, T=topic)
        agencies = [addressee]
    text = _cap(text)
    target_iso: str | None = None
    r = rng.random()
    if r < 0.12:
        d = dt.date(rng.randint(2013, 2022), rng.randint(1, 12), 1)
        t, target_iso = fmt_date(d, "month")
        text = text[:-1] + f" by {t}."
        ctx.variants.add("target_date_in_rec")
    elif r < 0.18:
        y = rng.randint(2014, 2021)
        text = text[:-1] + f" during {y}-{y + 1}."
        target_iso = f"{y + 1:04d}"
        ctx.variants.add("financial_year_in_rec")
    ids: list[str] = []
    for a in agencies:
        if a.id not in ids:
            ids.append(a.id)
    level = "local"
    if any(a.level == "national" for a in agencies) or kind == "national":
        level = "national"
    elif any(a.level == "regional" for a in agencies):
        level = "regional"
    themes = [theme] if theme != "other" else ["other"]
    return RecSpec(
        number=None,
        printed=None,
        text=_norm(text),
        section=section,
        agencies=ids,
        level=level,
        themes=themes,
        target_date=target_iso,
        lead_names=[a.name for a in agencies],
    )


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _number(style: str, i: int, section_no: int) -> tuple[str | None, str | None]:
    """(printed label, gold number) for the i-th (0-based) recommendation in a block."""
    if style == "plain":
        return f"{i + 1}.", str(i + 1)
    if style == "letter_suffix":
        n = f"{i // 2 + 1}{_LETTERS[i % 2]}"
        return n, n
    if style == "letter_paren":
        return f"{_LETTERS[i]})", _LETTERS[i]
    if style == "section_paren":
        n = f"{section_no}.2.1({_LETTERS[i]})"
        return n, n
    if style == "hierarchical":
        n = f"{section_no}.10.{i + 1}"
        return n, n
    if style == "section_letter":
        n = f"{section_no}.3{_LETTERS[i]}"
        return n, n
    if style == "rec_number":
        return f"Recommendation number {i + 1}:", str(i + 1)
    return None, None


def _build_recs(
    ctx: _Ctx, style: str, single_agency: bool, restart: bool
) -> tuple[list[RecSpec], list[RecSpec], list[tuple[str, list[RecSpec]]]]:
    """Overview recs, and single-agency blocks [(heading, recs)]."""
    rng = ctx.rng
    n_over = rng.randint(4, 7)
    kinds = ["active", "active", "consult", "joint", "national", "all", "active", "active"]
    rng.shuffle(kinds)
    over: list[RecSpec] = []
    for k in kinds[:n_over]:
        addressee = ctx.ag(
            rng.choice(["police", "csp", "icb", "council", "asc", "hospital", "mh", "da", "board"])
        )
        over.append(_make_rec(ctx, addressee, k, "overview", []))
    blocks: list[tuple[str, list[RecSpec]]] = []
    if single_agency:
        keys = rng.sample(["police", "mh", "gp", "dna", "housing", "asc"], k=rng.randint(2, 4))
        groups: list[tuple[str, list[Agency]]] = [(ctx.ag(k).name, [ctx.ag(k)]) for k in keys]
        if rng.random() < 0.7:
            groups.append(
                (
                    "Health - CCG, community trust and acute hospital",
                    [ctx.ag("icb"), ctx.ag("community"), ctx.ag("hospital")],
                )
            )
            ctx.variants.add("heading_several_agencies")
        for heading, ags in groups:
            recs = []
            for _ in range(rng.randint(1, 3)):
                kind = "passive" if (len(ags) > 1 or rng.random() < 0.5) else "active"
                r = _make_rec(ctx, ags[0], kind, "single_agency", ags)
                r.heading = heading
                recs.append(r)
            blocks.append((heading, recs))
        ctx.variants.add("single_agency_block")
    # numbering
    for i, r in enumerate(over):
        r.printed, r.number = _number(style, i, 7)
    counter = 0
    for _heading, recs in blocks:
        for j, r in enumerate(recs):
            idx = j if restart else counter + len(over)
            r.printed, r.number = _number(style, idx, 7)
            counter += 1
    if restart and blocks:
        ctx.variants.add("numbering_restarts_per_agency")
    ctx.variants.add(f"numbering_{style}")
    return over, [r for _h, rs in blocks for r in rs], blocks


def _actions_for(ctx: _Ctx, rec: RecSpec, base_year: int) -> None:
    rng = ctx.rng
    theme = rec.themes[0]
    texts = ACTION_TEXTS.get(theme, ACTION_TEXTS["other"])
    n = rng.randint(1, min(3, len(texts)))
    topic = rng.choice(TOPICS)
    # lead agency: the rec's first addressee, by name, unless all agencies -> the CSP
    lead_name = rec.lead_names[0] if rec.lead_names else ctx.ag("csp").name
    lead_id = rec.agencies[0] if rec.agencies else "community_safety_partnership"
    if lead_id == "all_agencies":
        lead_name, lead_id = "All agencies", "all_agencies"
    for k in range(n):
        shape = rng.choice(["day", "month", "numeric", "ordinal", "month", "none"])
        if shape == "none":
            target_text, target_iso = rng.choice(["Ongoing", "Complete", "TBC"]), None
        else:
            d = dt.date(base_year + rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28))
            target_text, target_iso = fmt_date(d, shape)  # type: ignore[arg-type]
        rec.actions.append(
            Action(
                text=_norm(texts[k].format(T=topic)) + ".",
                agencies=[lead_id],
                target_date=target_iso,
                lead_text=lead_name,
                target_date_text=target_text,
            )
        )


# ---------------------------------------------------------------------------------------------------------------
# Timeline and chronology.

EVENT_TEMPLATES: dict[str, list[str]] = {
    "death": [
        "{S} died on {D}.",
        "{S} was killed by {P} on {D}.",
        "At 01:32hrs on the {D} police were called to the home of {S}, who was pronounced dead at the scene.",
    ],
    "notification": [
        "The {CSP} was notified of the death by {POLICE} on {D}.",
        "{POLICE} informed the {CSP} of the homicide on {D}.",
    ],
    "decision_to_review": [
        "On {D} the chair of the {CSP} decided that a Domestic Homicide Review should be undertaken.",
        "A decision to conduct a Domestic Homicide Review was made on {D}.",
    ],
    "home_office_notified": [
        "The Home Office was notified of the decision to hold a review on {D}.",
        "The Home Office was informed on {D}.",
    ],
    "first_panel": [
        "The initial meeting of the review panel was held on {D}.",
        "The first panel meeting took place on {D}.",
    ],
    "sent_to_qap": [
        "The overview report was sent to the Home Office Quality Assurance Panel on {D}.",
        "The report was submitted to the Home Office on {D} for quality assurance.",
    ],
    "qap_first_heard": [
        "The Home Office Quality Assurance Panel considered the report on {D}.",
        "The report was first considered by the Quality Assurance Panel at its meeting on {D}.",
    ],
    "qap_signed_off": [
        "The Quality Assurance Panel signed off the report for publication on {D}.",
        "Approval to publish was given by the Home Office Quality Assurance Panel on {D}.",
    ],
    "report_completed": [
        "This report was completed on {D}.",
        "The final version of this report is dated {D}.",
    ],
    "publication": [
        "The report was published on {D}.",
        "This report was published on the {CSP} website on {D}.",
    ],
}

CHRONO_TEMPLATES = [
    "On {D} {S} attended an appointment at {GP} and reported low mood.",
    "On {D} {POLICE} received a call from a neighbour reporting shouting at the address.",
    "{P} was arrested on {D} for criminal damage and released under investigation.",
    "On {D} {S} was seen at the emergency department of {HOSP} with a wrist injury.",
    "A referral was made to {DA} on {D}; {S} declined support.",
    "On {D} {S} told her GP that {P} was drinking heavily.",
    "Police were notified by a neighbour on {D} of a disturbance; no offences were recorded.",
    "On {D} a MARAC meeting discussed {S}; the case was closed to MARAC two months later.",
    "{P} attended {DNA} on {D} for an assessment of his alcohol use.",
    "On {D} a housing officer from {HOUSING} visited {S} about rent arrears.",
]


def _timeline(
    ctx: _Ctx, death: dt.date, qap_before_report: bool, events: Iterable[str]
) -> dict[str, dt.date]:
    rng = ctx.rng
    d: dict[str, dt.date] = {"death": death}
    d["notification"] = death + dt.timedelta(days=rng.randint(1, 8))
    d["decision_to_review"] = d["notification"] + dt.timedelta(days=rng.randint(10, 40))
    d["home_office_notified"] = d["decision_to_review"] + dt.timedelta(days=rng.randint(1, 10))
    d["first_panel"] = d["decision_to_review"] + dt.timedelta(days=rng.randint(30, 90))
    report = d["first_panel"] + dt.timedelta(days=rng.randint(300, 600))
    if qap_before_report:
        d["sent_to_qap"] = report - dt.timedelta(days=rng.randint(120, 160))
        d["qap_first_heard"] = d["sent_to_qap"] + dt.timedelta(days=rng.randint(40, 70))
        d["qap_signed_off"] = report + dt.timedelta(days=rng.randint(10, 40))
        ctx.variants.add("qap_before_report_date")
    else:
        d["sent_to_qap"] = report + dt.timedelta(days=rng.randint(5, 40))
        d["qap_first_heard"] = d["sent_to_qap"] + dt.timedelta(days=rng.randint(40, 90))
        d["qap_signed_off"] = d["qap_first_heard"] + dt.timedelta(days=rng.randint(20, 100))
    d["report_completed"] = report
    d["publication"] = d["qap_signed_off"] + dt.timedelta(days=rng.randint(30, 150))
    return {k: v for k, v in d.items() if k in set(events)}


def _render_events(
    ctx: _Ctx, dates: dict[str, dt.date], page_hint: str
) -> tuple[list[Para], list[TimelineEvent]]:
    """Sentences for the timeline events, grouped in paragraphs; returns gold events."""
    rng = ctx.rng
    paras: list[Para] = []
    gold: list[TimelineEvent] = []
    order = sorted(dates, key=lambda k: dates[k])
    chunk: list[str] = []
    prev_year: int | None = None
    for key in order:
        d = dates[key]
        tpl = rng.choice(EVENT_TEMPLATES[key])
        if "01:32hrs" in tpl:
            shape: DateShape = "time"
            ctx.variants.add("date_with_time")
        elif key == "report_completed":
            shape = rng.choice(["month", "day", "ordinal"])
        elif prev_year == d.year and chunk and rng.random() < 0.35:
            shape = "no_year"
            ctx.variants.add("date_year_from_context")
        else:
            shape = rng.choice(["day", "ordinal", "split_ordinal", "numeric", "weekday", "month"])
        if "{D}." in tpl and shape == "month" and key != "report_completed":
            shape = "day"
        text_d, iso = fmt_date(d, shape)
        ctx.variants.add(f"date_{shape}")
        if shape == "month":
            tpl = tpl.replace("completed on {D}", "completed in {D}").replace(" on {D}", " in {D}")
        sent = tpl.format(
            S=ctx.subject, P=ctx.perpetrator, D=text_d, CSP=ctx.ag("csp").name, POLICE=ctx.ag("police").name
        )
        sent = _cap(sent)
        chunk.append(sent)
        gold.append(TimelineEvent(event=key, date=iso, text=sent))  # type: ignore[arg-type]
        prev_year = d.year
        if len(chunk) >= rng.randint(2, 3):
            paras.append(Para(" ".join(chunk)))
            chunk = []
            prev_year = None
    if chunk:
        paras.append(Para(" ".join(chunk)))
    return paras, gold


def _chronology(ctx: _Ctx, death: dt.date, n: int, as_table: bool) -> list[Block]:
    rng = ctx.rng
    start = death - dt.timedelta(days=365 * rng.randint(3, 8))
    span = (death - start).days
    days = sorted(rng.sample(range(span), k=min(n, span)))
    subs = {
        "S": ctx.subject,
        "P": ctx.perpetrator,
        "GP": ctx.ag("gp").name,
        "POLICE": ctx.ag("police").name,
        "HOSP": ctx.ag("hospital").name,
        "DA": ctx.ag("da").name,
        "DNA": ctx.ag("dna").name,
        "HOUSING": ctx.ag("housing").name,
    }
    out: list[Block] = []
    rows = [["Date", "Agency", "Event"]]
    for i, off in enumerate(days):
        d = start + dt.timedelta(days=off)
        shape = rng.choice(["day", "ordinal", "numeric", "split_ordinal"])
        t, _ = fmt_date(d, shape)  # type: ignore[arg-type]
        sent = _cap(rng.choice(CHRONO_TEMPLATES).format(D=t, **subs))
        if as_table:
            rows.append([t, rng.choice([subs["POLICE"], subs["GP"], subs["HOSP"], subs["DA"]]), sent])
        else:
            out.append(Para(sent, number=f"{5}.{i + 1}"))
    if as_table:
        out.append(Table(rows))
    y = start.year - rng.randint(1, 5)
    out.append(
        Para(
            f"{ctx.subject} and {ctx.perpetrator} met in {y} and moved in together during "
            f"{y + 1}-{y + 2}. A previous review in the area was published in {y + 2}."
        )
    )
    ctx.variants.add("chronology_distractor_dates")
    ctx.variants.add("date_year")
    return out


# ---------------------------------------------------------------------------------------------------------------
# Action plan.


def _ap_preamble(ctx: _Ctx) -> Para:
    names = [ctx.ag(k).name for k in ("police", "icb", "hospital", "mh", "council", "da", "dna")]
    ctx.variants.add("responsible_preamble")
    return Para(
        "The following agencies are responsible for this action plan: "
        + ", ".join(names[:-1])
        + " and "
        + names[-1]
        + ". Progress will be monitored by the "
        + ctx.ag("csp").name
        + "."
    )


def _rec_cell(r: RecSpec) -> str:
    return f"{r.printed} {r.text}" if r.printed else r.text


def _action_plan(ctx: _Ctx, recs: list[RecSpec], style: str) -> list[Block]:
    rng = ctx.rng
    ctx.variants.add(f"table_{style}")
    blocks: list[Block] = [Heading("Action Plan", 1), _ap_preamble(ctx)]
    if style == "prose":
        for r in recs:
            blocks.append(Heading(f"Recommendation {r.number}" if r.number else "Recommendation", 3))
            blocks.append(Para(r.text))
            for i, a in enumerate(r.actions):
                blocks.append(
                    Para(
                        f"Action {i + 1}: {a.text} Lead agency: {a.lead_text}. "
                        f"Target date: {a.target_date_text}."
                    )
                )
        return blocks
    if style == "home_office":
        head = [
            "Recommendation",
            "Scope of recommendation (i.e. local or regional)",
            "Action to take",
            "Lead Agency",
            "Key milestones achieved in enacting recommendation",
            "Target Date",
            "Date of completion and outcome",
        ]
    elif style == "renamed":
        head = ["No.", "Recommendation", "Action", "Lead", "Target date", "Outcome"]
    elif style == "theme_groups":
        head = [
            "Recommendation",
            "Scope",
            "Action to take",
            "Lead Agency",
            "Target Date",
            "Date of completion and outcome",
        ]
    else:  # multi_action_cell
        head = [
            "Recommendation",
            "Scope of recommendation",
            "Action to take",
            "Lead Agency",
            "Target Date",
            "Outcome",
        ]
    rows: list[list[str]] = [head]
    groups: set[int] = set()
    themes = [
        "Theme 1 - Risk identification - local",
        "Theme 2 - Processes - county wide",
        "Theme 3 - Training and awareness - local",
    ]
    for ri, r in enumerate(recs):
        if style == "theme_groups" and ri % 3 == 0:
            groups.add(len(rows))
            rows.append([themes[(ri // 3) % 3]] + [""] * (len(head) - 1))
        scope = _cap(r.level)
        if style == "multi_action_cell" and len(r.actions) > 1:
            acts = "\n".join(f"{i + 1}. {a.text}" for i, a in enumerate(r.actions))
            dates = "\n".join(f"{i + 1}. {a.target_date_text}" for i, a in enumerate(r.actions))
            rows.append([_rec_cell(r), scope, acts, r.actions[0].lead_text or "", dates, ""])
            ctx.variants.add("several_actions_in_one_cell")
            continue
        for i, a in enumerate(r.actions):
            first = i == 0
            if style == "home_office":
                rows.append(
                    [
                        _rec_cell(r) if first else "",
                        scope if first else "",
                        a.text,
                        a.lead_text or "",
                        rng.choice(["", "Briefing drafted", "Training scheduled"]),
                        a.target_date_text or "",
                        "",
                    ]
                )
            elif style == "renamed":
                rows.append(
                    [
                        (r.number or "") if first else "",
                        r.text if first else "",
                        a.text,
                        a.lead_text or "",
                        a.target_date_text or "",
                        "",
                    ]
                )
            else:
                rows.append(
                    [
                        _rec_cell(r) if first else "",
                        scope if first else "",
                        a.text,
                        a.lead_text or "",
                        a.target_date_text or "",
                        "",
                    ]
                )
    if style == "theme_groups":
        ctx.variants.add("theme_group_rows")
    blocks.append(Table(rows, group_rows=groups))
    return blocks


# ---------------------------------------------------------------------------------------------------------------
# Document assembly.


FILLER = [
    "The panel considered the information provided by each agency in its Individual Management Review and "
    "the chronologies submitted. The family were invited to contribute and the chair met {S}'s sister twice.",
    "Practitioners described a pattern of controlling behaviour that was not recognised at the time. "
    "Contacts were dealt with as single incidents rather than as part of a pattern of abuse.",
    "The panel noted that {S} had contact with several agencies in the year before her death, but that no "
    "agency had a complete picture of the risk she faced from {P}.",
    "Throughout this report the pseudonyms {S} and {P} are used to protect the identity of the family; the "
    "family chose the names.",
]


def _analysis(ctx: _Ctx, n_paras: int, para_no: int) -> list[Block]:
    rng = ctx.rng
    out: list[Block] = [Heading("Analysis", 1)]
    for i in range(n_paras):
        if i % 3 == 1:
            trap = rng.choice(ANALYSIS_TRAPS).format(T=rng.choice(TOPICS))
            txt = rng.choice(FILLER).format(S=ctx.subject, P=ctx.perpetrator) + " " + trap
            ctx.variants.add("analysis_trap")
        else:
            txt = rng.choice(FILLER).format(S=ctx.subject, P=ctx.perpetrator)
        out.append(Para(txt, number=f"{para_no + i}."))
    ctx.variants.add("inline_paragraph_numbers")
    return out


def _hyphenated_lines(text: str, width: int = 62) -> list[str] | None:
    """Wrap ``text`` by hand, splitting one long plain word across two lines with a hyphen."""
    words = text.split()
    lines: list[str] = []
    cur = ""
    split_done = False
    for w in words:
        cand = f"{cur} {w}".strip()
        if len(cand) <= width:
            cur = cand
            continue
        core = w.rstrip(".,;:")
        if not split_done and len(core) >= 8 and core.isalpha() and len(cur) + 6 <= width:
            cut = max(3, min(len(core) - 3, width - len(cur) - 2))
            lines.append(f"{cur} {w[:cut]}-".strip())
            cur = w[cut:]
            split_done = True
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines if split_done else None


def _rec_blocks(
    ctx: _Ctx, over: list[RecSpec], blocks: list[tuple[str, list[RecSpec]]], style: str, fmt: Format
) -> list[Block]:
    out: list[Block] = []
    out.append(
        Heading(
            ctx.rng.choice(
                ["Overview Report Recommendations", "Panel Recommendations", "Multi-agency recommendations"]
            ),
            2,
        )
    )
    out.append(Para("The panel makes the following recommendations:"))
    hyph_budget = 1 if fmt == "pdf" else 0
    for group_heading, recs in [(None, over)] + [(h, rs) for h, rs in blocks]:
        if group_heading is not None:
            if group_heading == blocks[0][0]:
                out.append(
                    Heading(
                        ctx.rng.choice(
                            ["Single Agency Recommendations", "Individual Management Review recommendations"]
                        ),
                        2,
                    )
                )
            out.append(Heading(group_heading, 3))
        for r in recs:
            if style == "bullets":
                out.append(Bullet(r.text))
                continue
            lines = None
            if hyph_budget and len(r.text) > 90:
                lines = _hyphenated_lines(r.text)
                if lines:
                    hyph_budget -= 1
                    ctx.variants.add("hyphenation")
            out.append(Para(r.text, number=r.printed, lines=lines))
    return out


def _title_block(ctx: _Ctx, kind: str, report_date: tuple[str, str] | None, author: str) -> list[Block]:
    b: list[Block] = [
        Heading(ctx.ag("csp").name, 1),
        Heading("Domestic Homicide Review", 1),
        Heading(f"{kind} into the death of {ctx.subject}", 2),
        Para(f"Independent Chair and Author: {author}"),
    ]
    if report_date:
        b.append(Para(f"Report dated: {report_date[0]}"))
    return b


def _build_document(
    ctx: _Ctx,
    doc_type: DocType,
    fmt: Format,
    style: str,
    table_style: str,
    chrono_n: int,
    analysis_n: int,
    lead_in: int = 0,
) -> tuple[list[Segment], ExtractionResult, dict[str, str]]:
    rng = ctx.rng
    single = doc_type != "executive_summary" or rng.random() < 0.5
    restart = single and rng.random() < 0.5 and style in ("plain", "letter_paren", "rec_number")
    over, singles, blocks = _build_recs(ctx, style, single, restart)
    recs = over + singles
    death = dt.date(rng.randint(2012, 2021), rng.randint(1, 12), rng.randint(1, 28))
    for r in recs:
        _actions_for(ctx, r, death.year + 2)
    author = rng.choice(AUTHORS)
    qap_before = rng.random() < 0.35
    if doc_type == "action_plan":
        event_keys: list[str] = []
    elif doc_type == "executive_summary":
        event_keys = rng.sample(list(EVENT_TEMPLATES), k=6)
    else:
        event_keys = [k for k in EVENT_TEMPLATES if rng.random() < 0.85] or ["death"]
    if "death" not in event_keys and doc_type != "action_plan":
        event_keys.append("death")
    dates = _timeline(ctx, death, qap_before, event_keys)
    ev_paras, gold_events = _render_events(ctx, dates, "")
    kind = {
        "overview_report": "Overview Report",
        "executive_summary": "Executive Summary",
        "action_plan": "Action Plan",
    }[doc_type]
    segs: list[Segment] = []
    title = _title_block(ctx, kind, None, author)
    segs.append(Segment(title))
    if doc_type == "action_plan":
        for r in recs:
            r.section = "action_plan"
            if r.heading is not None:  # no agency heading in a separate plan: the Lead Agency cell decides
                r.heading = None
                r.agencies = r.agencies[:1]
                r.lead_names = r.lead_names[:1]
        ap = _action_plan(ctx, recs, table_style)
        segs.append(Segment(ap, landscape=True))
    else:
        intro: list[Block] = [
            Heading("1. Introduction", 1),
            Para(FILLER[3].format(S=ctx.subject, P=ctx.perpetrator), number="1.1"),
            Heading("Timescales", 2),
        ]
        intro += ev_paras
        intro.append(Heading("Panel membership", 2))
        intro.append(
            Table(
                [["Name", "Agency"]]
                + [
                    [rng.choice(["J. Smith", "A. Patel", "R. Jones", "K. Brown"]), ctx.ag(k).name]
                    for k in ("police", "icb", "mh", "da", "asc")
                ]
            )
        )
        two_col = fmt == "pdf" and rng.random() < 0.4
        if two_col:
            segs.append(Segment(intro, columns=2))
            ctx.variants.add("two_column_page")
        else:
            segs.append(Segment(intro))
        if doc_type == "overview_report":
            segs.append(
                Segment([Heading("5. Chronology", 1)] + _chronology(ctx, death, chrono_n, rng.random() < 0.5))
            )
            segs.append(Segment(_analysis(ctx, analysis_n, 60)))
        else:
            segs.append(
                Segment(
                    [Heading("Summary of the case", 1)]
                    + _chronology(ctx, death, max(4, chrono_n // 4), False)
                )
            )
            segs.append(Segment(_analysis(ctx, max(3, analysis_n // 3), 20)))
        rec_section = "executive_summary" if doc_type == "executive_summary" else None
        if rec_section:
            for r in recs:
                r.section = rec_section
        conclusions: list[Block] = [Heading("6. Conclusions and lessons learned", 1)]
        conclusions += [
            Para(FILLER[i % 3].format(S=ctx.subject, P=ctx.perpetrator), number=f"6.{i + 1}")
            for i in range(lead_in)
        ]
        rb = conclusions + [Heading("7. Recommendations", 1)] + _rec_blocks(ctx, over, blocks, style, fmt)
        segs.append(Segment(rb))
        if doc_type == "overview_report":
            segs.append(
                Segment(
                    [Heading("Glossary", 1)]
                    + [
                        Para(f"{a.short} - {a.name}")
                        for a in (ctx.ag(k) for k in LOCAL_KEYS)
                        if a.short and a.short[0].isupper()
                    ]
                )
            )
            ap = _action_plan(ctx, recs, table_style)
            segs.append(Segment([Heading("Appendix A", 1)] + ap, landscape=True))
            ctx.variants.add("rec_in_body_and_action_plan")
        else:
            for r in recs:
                r.actions = []
    gold_recs = []
    for i, r in enumerate(recs):
        gold_recs.append(
            Recommendation(
                id=f"r{i + 1}",
                number=r.number,
                text=r.text,
                section=r.section,
                heading=r.heading,  # type: ignore
                agencies=r.agencies,
                level=r.level,
                themes=r.themes,
                target_date=r.target_date,  # type: ignore
                actions=r.actions,
            )
        )
    gold = ExtractionResult(
        source=SourceInfo(filename="", sha256="", pages=0, format=fmt),
        review=ReviewInfo(
            title=f"Domestic Homicide Review {kind} into the death of {ctx.subject}",
            csp=ctx.ag("csp").name,
            subject=ctx.subject,
            author=author,
            chair=author,
            document_type=doc_type,
        ),
        timeline=gold_events,
        recommendations=gold_recs,
    )
    header = {
        "top": rng.choice(["OFFICIAL", "OFFICIAL - SENSITIVE", f"{ctx.ag('csp').name} DHR {ctx.subject}"])
    }
    return segs, gold, header


# ---------------------------------------------------------------------------------------------------------------
# Rendering.

_CSS = """
body { font-family: sans-serif; font-size: 10.5pt; }
h1 { font-size: 15pt; margin-top: 8pt; }
h2 { font-size: 13pt; }
h3 { font-size: 11.5pt; }
p { margin-top: 3pt; margin-bottom: 5pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #000000; padding: 2pt; font-size: 8.5pt; vertical-align: top; }
th { background-color: #dddddd; }
"""


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _blocks_html(blocks: list[Block]) -> str:
    out: list[str] = []
    in_list = False
    for b in blocks:
        if isinstance(b, Bullet):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_esc(b.text)}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if isinstance(b, Heading):
            out.append(f"<h{b.level}>{_esc(b.text)}</h{b.level}>")
        elif isinstance(b, Para):
            body = "<br/>".join(_esc(x) for x in b.lines) if b.lines else _esc(b.text)
            num = f"<b>{_esc(b.number)}</b> " if b.number else ""
            out.append(f"<p>{num}{body}</p>")
        elif isinstance(b, Table):
            rows = []
            for i, row in enumerate(b.rows):
                tag = "th" if (i == 0 and b.header) else "td"
                cells = "".join(
                    f"<{tag}>{'<br/>'.join(_esc(x) for x in c.split(chr(10)))}</{tag}>" for c in row
                )
                if i in b.group_rows:
                    cells = "".join(f"<td><b>{_esc(c)}</b></td>" for c in row)
                rows.append(f"<tr>{cells}</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def render_pdf(
    segs: list[Segment],
    path: Path,
    header: str,
    footer_prefix: str = "Page",
    *,
    css: str | None = None,
    footer: str | None = None,
    skip_first_page: bool = False,
) -> int:
    """Render segments to a PDF; each segment starts a new page. Returns the page count.

    ``footer`` is a format string with ``{n}`` and ``{total}`` (default ``"<footer_prefix> {n} of {total}"``);
    ``css`` replaces the default style sheet; ``skip_first_page`` leaves the title page without header/footer.
    """
    import pymupdf

    writer = pymupdf.DocumentWriter(str(path))
    for seg in segs:
        mediabox = pymupdf.paper_rect("a4-l" if seg.landscape else "a4")
        where = mediabox + (60, 64, -60, -64)
        story = pymupdf.Story(_blocks_html(seg.blocks), user_css=css or _CSS)
        more = 1
        while more:
            dev = writer.begin_page(mediabox)
            if seg.columns == 2:
                mid = (where.x0 + where.x1) / 2
                for rect in (
                    pymupdf.Rect(where.x0, where.y0, mid - 8, where.y1),
                    pymupdf.Rect(mid + 8, where.y0, where.x1, where.y1),
                ):
                    more, _ = story.place(rect)
                    story.draw(dev)
                    if not more:
                        break
            else:
                more, _ = story.place(where)
                story.draw(dev)
            writer.end_page()
    writer.close()
    doc = pymupdf.open(str(path))
    n = len(doc)
    for i, page in enumerate(doc):
        if skip_first_page and i == 0:
            continue
        if header:
            page.insert_text((60, 40), header, fontsize=9, fontname="helv")
        foot = (footer or footer_prefix + " {n} of {total}").format(n=i + 1, total=n)
        page.insert_text((page.rect.width / 2 - 30, page.rect.height - 30), foot, fontsize=9, fontname="helv")
    tmp = path.with_suffix(".tmp.pdf")
    fixed = "D:20240101000000Z"  # fixed metadata and /ID: same seed, same bytes
    doc.set_metadata({"creationDate": fixed, "modDate": fixed, "producer": "dhr synthetic", "creator": ""})
    doc.save(str(tmp), garbage=3, deflate=True, no_new_id=True)
    doc.close()
    tmp.replace(path)
    return n


def render_docx(segs: list[Segment], path: Path, header: str) -> int:
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = header
    d.sections[0].footer.paragraphs[0].text = "OFFICIAL"
    first = True
    for seg in segs:
        if not first:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        first = False
        for b in seg.blocks:
            if isinstance(b, Heading):
                d.add_heading(b.text, level=min(b.level, 3))
            elif isinstance(b, Para):
                p = d.add_paragraph()
                if b.number:
                    p.add_run(b.number + " ").bold = True
                p.add_run(b.text)
            elif isinstance(b, Bullet):
                d.add_paragraph(b.text, style="List Bullet")
            elif isinstance(b, Table):
                t = d.add_table(rows=len(b.rows), cols=len(b.rows[0]))
                t.style = "Table Grid"
                for i, row in enumerate(b.rows):
                    for j, c in enumerate(row):
                        t.cell(i, j).text = c
    d.save(str(path))
    return 0


_NAV = """<header class="site"><nav><ul><li><a href="/">Home</a></li><li><a href="/community-safety">Community
safety</a></li><li><a href="/dhr">Domestic Homicide Reviews</a></li><li><a href="/contact">Contact us</a></li></ul>
</nav><div class="cookie">We use cookies to improve your experience. <a href="/cookies">Accept all cookies</a></div>
</header>"""
_FOOT = """<footer><p>Back to top</p><ul><li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li></ul><p>&copy; {csp} 2024</p></footer>"""


def render_html(segs: list[Segment], path: Path, title: str, csp: str) -> int:
    body = "\n".join(_blocks_html(s.blocks) for s in segs)
    html = (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{_esc(title)}</title></head>"
        f"<body>{_NAV}<main id='content'><article>{body}</article></main>{_FOOT.format(csp=_esc(csp))}"
        "</body></html>"
    )
    path.write_text(html, encoding="utf-8")
    return 1


def _check_page_spanning(path: Path, texts: list[str]) -> bool:
    """True when some recommendation's first and last words sit on different pages."""
    import pymupdf

    doc = pymupdf.open(str(path))
    page_texts = [_norm(unicodedata.normalize("NFKC", p.get_text())) for p in doc]
    doc.close()
    for t in texts:
        words = t.split()
        if len(words) < 12:
            continue
        head, tail = " ".join(words[:5]), " ".join(words[-4:])
        hp = [i for i, pt in enumerate(page_texts) if head in pt]
        tp = [i for i, pt in enumerate(page_texts) if tail in pt]
        # first occurrences (the action plan repeats the text later)
        if hp and tp and min(tp) == min(hp) + 1:
            return True
    return False


# ---------------------------------------------------------------------------------------------------------------
# Public API.


def generate_report(
    out_dir: Path,
    name: str,
    seed: int,
    *,
    doc_type: DocType = "overview_report",
    fmt: Format = "pdf",
    numbering: str = "plain",
    table_style: str = "home_office",
    chronology_entries: int = 30,
    analysis_paras: int = 9,
    target_pages: int | None = None,
) -> GeneratedReport:
    """Generate one document and its gold file into ``out_dir``.

    Args:
        out_dir: folder to write ``<name>.<fmt>`` and ``<name>.gold.json`` into (created if missing).
        name: file stem.
        seed: random seed; the same arguments give the same document and gold.
        doc_type: overview report (with an action plan appendix), executive summary or separate action plan.
        fmt: ``pdf``, ``docx`` or ``html``.
        numbering: one of :data:`NUMBERING_STYLES`.
        table_style: one of :data:`TABLE_STYLES`.
        chronology_entries / analysis_paras: length of the chronology and analysis (pages).
        target_pages: for PDFs, grow the chronology until the document has at least this many pages.

    Raises:
        InputError: an unknown format, document type, numbering or table style.
    """
    if fmt not in ("pdf", "docx", "html"):
        raise InputError(f"unknown format {fmt!r}; valid: pdf, docx, html")
    if doc_type not in ("overview_report", "executive_summary", "action_plan"):
        raise InputError(f"unknown document type {doc_type!r}")
    if numbering not in NUMBERING_STYLES:
        raise InputError(f"unknown numbering style {numbering!r}; valid: {', '.join(NUMBERING_STYLES)}")
    if table_style not in TABLE_STYLES:
        raise InputError(f"unknown table style {table_style!r}; valid: {', '.join(TABLE_STYLES)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.{fmt}"
    lead_in = 2
    for _attempt in range(40):
        rng = random.Random(seed)
        area = rng.choice(_areas())
        s, p = rng.choice(SUBJECTS)
        ctx = _Ctx(rng=rng, area=area, subject=s, perpetrator=p)
        segs, gold, header = _build_document(
            ctx, doc_type, fmt, numbering, table_style, chronology_entries, analysis_paras, lead_in
        )
        if fmt == "pdf":
            pages = render_pdf(segs, path, header["top"])
            ctx.variants.update({"repeated_header_footer", "page_x_of_y"})
            if target_pages and pages < target_pages:
                chronology_entries = int(chronology_entries * (target_pages + 2) / max(pages, 1)) + 5
                continue
            # Move the recommendations down until one runs across a page break (bounded; the body stays valid).
            spans = _check_page_spanning(
                path, [r.text for r in gold.recommendations if r.section != "action_plan"]
            )
            if spans:
                ctx.variants.add("rec_across_page_break")
            elif doc_type != "action_plan" and lead_in < 16:
                lead_in += 1
                continue
        elif fmt == "docx":
            render_docx(segs, path, header["top"])
            pages = 1
        else:
            render_html(segs, path, gold.review.title or name, ctx.ag("csp").name)
            ctx.variants.add("html_navigation_chrome")
            pages = 1
        break
    data = path.read_bytes()
    gold.source = SourceInfo(
        filename=path.name, sha256=hashlib.sha256(data).hexdigest(), pages=pages, format=fmt
    )
    gold_path = out_dir / f"{name}.gold.json"
    gold_path.write_text(gold.model_dump_json(indent=2, exclude_defaults=False), encoding="utf-8")
    ctx.variants.add(f"doc_{doc_type}")
    ctx.variants.add(f"format_{fmt}")
    return GeneratedReport(
        name=name,
        path=path,
        gold_path=gold_path,
        doc_type=doc_type,
        format=fmt,
        pages=pages,
        variants=sorted(ctx.variants),
    )


_DOC_CYCLE: tuple[tuple[DocType, Format], ...] = (
    ("overview_report", "pdf"),
    ("executive_summary", "pdf"),
    ("action_plan", "pdf"),
    ("overview_report", "docx"),
    ("overview_report", "pdf"),
    ("executive_summary", "html"),
    ("overview_report", "pdf"),
    ("action_plan", "docx"),
    ("overview_report", "html"),
    ("overview_report", "pdf"),
)


def generate_corpus(
    out_dir: Path, n: int, seed: int = 0, *, chronology_entries: int = 24
) -> list[GeneratedReport]:
    """Generate ``n`` varied documents (cycling numbering, table styles, document types and formats).

    Writes ``manifest.json`` (name, file, type, format, pages, variants) beside the documents.
    """
    if n < 1:
        raise InputError(f"--n must be at least 1, got {n}")
    reports = []
    with_plan = 0  # table styles cycle over the documents that have an action plan
    for i in range(n):
        doc_type, fmt = _DOC_CYCLE[i % len(_DOC_CYCLE)]
        numbering = NUMBERING_STYLES[i % len(NUMBERING_STYLES)]
        table_style = TABLE_STYLES[with_plan % len(TABLE_STYLES)]
        if doc_type != "executive_summary":
            with_plan += 1
        rep = generate_report(
            out_dir,
            f"synthetic-{seed}-{i:03d}",
            seed * 1000 + i,
            doc_type=doc_type,
            fmt=fmt,
            numbering=numbering,
            table_style=table_style,
            chronology_entries=chronology_entries,
        )
        reports.append(rep)
        log.info("generated %s (%s, %s pages)", rep.path.name, rep.format, rep.pages)
    manifest = [
        {
            "name": r.name,
            "file": r.path.name,
            "doc_type": r.doc_type,
            "format": r.format,
            "pages": r.pages,
            "variants": r.variants,
        }
        for r in reports
    ]
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return reports


def generate_long_report(out_dir: Path, pages: int = 100, seed: int = 7) -> GeneratedReport:
    """A long overview report (PDF, at least ``pages`` pages) for the benchmark."""
    return generate_report(
        out_dir,
        f"long-report-{pages}p-s{seed}",
        seed,
        doc_type="overview_report",
        fmt="pdf",
        numbering="hierarchical",
        table_style="home_office",
        chronology_entries=pages * 9,
        analysis_paras=max(9, pages // 2),
        target_pages=pages,
    )


def gold_files(folder: Path) -> list[Path]:
    """The ``*.gold.json`` files in ``folder`` (sorted)."""
    return sorted(folder.glob("*.gold.json"))


def document_for_gold(gold_path: Path) -> Path | None:
    """The document a gold file describes (``<name>.pdf|.docx|.html`` beside it), or None."""
    stem = gold_path.name[: -len(".gold.json")]
    for ext in (".pdf", ".docx", ".html", ".htm", ".txt"):
        p = gold_path.with_name(stem + ext)
        if p.exists():
            return p
    return None


_SPACE = re.compile(r"\s+")
