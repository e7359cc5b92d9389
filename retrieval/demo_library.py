"""A seeded generator of a SYNTHETIC national learning library (demo, benchmarks, the README's main job).

Everything it writes is invented and says so: review ids start ``SYN-``, titles and references say SYNTHETIC, and
the library's meta table gets ``synthetic = 1`` (with the generator's parameters, see :func:`demo_info`).

Shape (defaults): 300 Community Safety Partnerships with realistic but invented names, grouped in 43 invented
police-force areas in the ten regions of England and Wales, over five years (2021-2025), about 5.7 reviews per
CSP a year, so about 8,500 reviews, 128k recommendations and 205k actions. Proportions follow the pilot (seed
report *Learning from loss*, chapter 3 and Dashboard 1): about 15 recommendations and 24 actions per review; 70%
of reviews published; levels ~89% local, ~6.5% regional, ~4.5% national; about a quarter of recommendations for
the CSP; action status ~71% completed, 15% in progress, ~4% incomplete, ~1% abandoned; implementation ~59% fully;
quality of fully implemented actions ~42% gold; Dashboard 1's average months per stage (death -> first panel 9,
first panel -> sent to QAP 18, sent -> first heard 6, first heard -> signed off 5, signed off -> publication 5).
Note the pilot's own headline of 37 months death -> publication was computed over a different subset of reviews
than its stage averages (which sum to 43); the generator follows the stage averages.

Recommendation texts come from templates over agencies, themes and mechanisms, so search and clustering have
something to find; about 30% of local recommendations are drawn from a pool of recurring lessons (Zipf-weighted)
and reworded slightly (``It is recommended that ...``, ``... must ...``), so the same lesson appears across many
areas. National recommendations get a department in ``recommendation_routing`` and ~12% are misaddressed (the
text names another department) and ~5% name none.

The build uses SQLAlchemy Core ``executemany`` in large batches, one transaction per batch, and takes a few
tens of seconds for 200k actions on 2 cores. It computes no embeddings: the search index of a demo library is
built lazily by ``retrieval.library.Library`` the first time something searches it (or by ``dhr library`` /
``dhr search`` commands), which for 128k recommendations takes a while; analytics never need it.

    result = build_demo_library(Path("var/demo-library"))          # reused when already built with same spec
"""

from __future__ import annotations

import hashlib
import math
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, delete, insert, select

from dhr.errors import ConflictError, InputError
from retrieval import tables as t
from retrieval.analytics_tables import (
    FLAG_MISADDRESSED,
    FLAG_NO_DEPARTMENT,
    RecommendationRouting,
    TimelineEvent,
)

#: Bump when the generator's output changes, so an old demo library is rebuilt rather than reused.
GENERATOR_VERSION = 3
DEFAULT_DEMO_DIR = Path("var/demo-library")
SYNTHETIC_PREFIX = "SYN-"

Progress = Callable[[int, int], None]


class DemoLibraryError(ConflictError):
    """The demo library cannot be built where asked (the directory holds a real library)."""


@dataclass(frozen=True)
class DemoSpec:
    """What to generate; the same spec and seed give the same library."""

    csps: int = 300
    years: int = 5
    first_year: int = 2021
    reviews_per_csp_year: float = 5.7
    seed: int = 2025

    def check(self) -> DemoSpec:
        if not 1 <= self.csps <= 5000:
            raise InputError(f"csps must be between 1 and 5000, got {self.csps}")
        if not 1 <= self.years <= 30:
            raise InputError(f"years must be between 1 and 30, got {self.years}")
        if not 0 < self.reviews_per_csp_year <= 100:
            raise InputError(f"reviews per CSP a year must be in (0, 100], got {self.reviews_per_csp_year}")
        if not 1990 <= self.first_year <= 2100:
            raise InputError(f"first year must be between 1990 and 2100, got {self.first_year}")
        return self

    def meta(self) -> dict[str, int]:
        return {
            "synthetic": 1,
            "demo_generator": GENERATOR_VERSION,
            "demo_seed": self.seed,
            "demo_csps": self.csps,
            "demo_years": self.years,
            "demo_first_year": self.first_year,
            "demo_rate_milli": round(self.reviews_per_csp_year * 1000),
        }


@dataclass
class DemoBuildResult:
    directory: Path
    spec: DemoSpec
    reused: bool
    seconds: float
    reviews: int
    recommendations: int
    actions: int
    database_bytes: int
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        out = asdict(self)
        out["directory"] = str(self.directory)
        return out


# ------------------------------------------------------------------------------------------- vocabularies

REGIONS = [
    "North East",
    "North West",
    "Yorkshire and the Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East",
    "South West",
    "Wales",
]
_PLACE_HEADS = [
    "Ash", "Bram", "Calder", "Dun", "Elm", "Fern", "Glen", "Hart", "Ivy", "Kings", "Lang", "Marl", "Nor",
    "Oak", "Pen", "Ravens", "Stan", "Thorn", "Wey", "Wick", "Ald", "Bex", "Craw", "Dray", "Fal", "Gos",
    "Hal", "Kel", "Lyn", "Mere", "Ost", "Quen", "Rook", "Sel", "Tam", "Ulver", "Vern", "Wold", "Yar", "Brack",
]  # fmt: skip
_PLACE_TAILS = [
    "ford", "ton", "bury", "wick", "ham", "ley", "field", "combe", "mouth", "bridge", "stow", "worth", "by",
    "thorpe", "minster", "dale", "brook", "well", "hurst", "cester",
]  # fmt: skip
_FORCE_TAILS = ["shire", "land", "moor", "vale", "dale"]

#: Local agencies a recommendation is for, with weights (pilot: CSP 25% of recommendations, police 12% of
#: actions, local health trusts 10%, then DAPBs, ICBs, adult social care, mental health and DA services).
LOCAL_AGENCY_WEIGHTS: dict[str, float] = {
    "community_safety_partnership": 0.22,
    "police": 0.12,
    "local_health_trust": 0.09,
    "domestic_abuse_partnership_board": 0.06,
    "integrated_care_board": 0.06,
    "adult_social_care": 0.06,
    "mental_health_services": 0.06,
    "domestic_abuse_services": 0.06,
    "gp": 0.05,
    "childrens_social_care": 0.04,
    "housing": 0.04,
    "probation_service": 0.035,
    "drug_and_alcohol_services": 0.03,
    "hospital": 0.025,
    "accident_and_emergency": 0.02,
    "marac": 0.02,
    "safeguarding_adults_board": 0.02,
    "local_authority": 0.02,
    "all_agencies": 0.02,
    "public_health": 0.01,
    "ambulance_service": 0.01,
    "school": 0.01,
    "midwifery": 0.01,
    "specialist_by_and_for_services": 0.01,
    "dv_perpetrator_programme": 0.01,
}
AGENCY_NAMES: dict[str, str] = {
    "community_safety_partnership": "the CSP",
    "police": "the police",
    "local_health_trust": "the local health trust",
    "domestic_abuse_partnership_board": "the Domestic Abuse Partnership Board",
    "integrated_care_board": "the Integrated Care Board",
    "adult_social_care": "adult social care",
    "mental_health_services": "mental health services",
    "domestic_abuse_services": "the domestic abuse service",
    "gp": "GP practices",
    "childrens_social_care": "children's social care",
    "housing": "the housing provider",
    "probation_service": "the Probation Service",
    "drug_and_alcohol_services": "drug and alcohol services",
    "hospital": "the acute hospital trust",
    "accident_and_emergency": "the emergency department",
    "marac": "the MARAC",
    "safeguarding_adults_board": "the Safeguarding Adults Board",
    "local_authority": "the local authority",
    "all_agencies": "all partner agencies",
    "public_health": "public health",
    "ambulance_service": "the ambulance service",
    "school": "schools",
    "midwifery": "midwifery services",
    "specialist_by_and_for_services": "by-and-for specialist services",
    "dv_perpetrator_programme": "the perpetrator programme",
}

THEME_WEIGHTS: dict[str, float] = {
    "identification_of_risk": 0.22,
    "training": 0.20,
    "policy": 0.18,
    "multi_agency_working": 0.18,
    "record_keeping": 0.06,
    "awareness_raising": 0.08,
    "technology_systems": 0.05,
    "other": 0.03,
}
_TOPICS = [
    "domestic abuse", "coercive and controlling behaviour", "economic abuse", "stalking and harassment",
    "non-fatal strangulation", "adolescent to parent violence", "abuse of older people by family members",
    "suicide risk after domestic abuse", "honour-based abuse", "substance misuse and domestic abuse",
    "domestic abuse in pregnancy", "abuse of disabled adults", "carer stress", "child contact arrangements",
]  # fmt: skip
_TRIGGERS = [
    "a victim discloses coercive control", "there are repeated call-outs to the same address",
    "a victim presents with unexplained injuries", "a pregnant patient attends", "a victim misses appointments",
    "stalking is reported", "there is a history of non-fatal strangulation", "bail conditions change",
    "a victim discloses suicidal thoughts", "a perpetrator is released from custody",
    "an older person is cared for by a relative", "a victim moves between local authority areas",
]  # fmt: skip
_SETTINGS = [
    "GP appointments", "emergency department attendances", "maternity appointments", "housing applications",
    "mental health assessments", "substance misuse assessments", "probation supervision sessions",
    "school safeguarding meetings", "adult social care assessments", "ambulance call-outs",
]  # fmt: skip
_STAFF = [
    "frontline staff", "call handlers", "health visitors", "housing officers", "safeguarding leads",
    "GP receptionists", "probation officers", "social workers", "A&E triage nurses", "custody sergeants",
]  # fmt: skip
_PARTNERS = [
    "the MARAC", "the domestic abuse service", "the GP", "children's social care", "the police",
    "the Probation Service", "mental health services", "the housing provider", "the IDVA service",
]  # fmt: skip
_RECORDS = [
    "the outcome of every DASH risk assessment", "the reason a referral was not made",
    "disclosures of domestic abuse", "the voice of the victim", "the details of third-party concerns",
    "safety plans agreed with the victim", "the names of all household members",
]  # fmt: skip
_SYSTEMS = ["case-management system", "patient record system", "command and control system", "housing system"]

#: Theme -> phrase templates (verb phrases after "X should ...").
PHRASES: dict[str, list[str]] = {
    "identification_of_risk": [
        "ensure practitioners complete a DASH risk assessment when {trigger}",
        "refer high-risk victims to the MARAC when {trigger}",
        "use professional curiosity to ask about {topic} when {trigger}",
        "introduce routine enquiry about {topic} at {setting}",
        "review risk whenever {trigger}",
    ],
    "training": [
        "deliver training for {staff} on {topic}",
        "refresh mandatory training on {topic} for {staff}",
        "evaluate the impact of training on {topic} among {staff}",
        "train {staff} to recognise {topic} during {setting}",
    ],
    "policy": [
        "review its policy on {topic} so that it covers what to do when {trigger}",
        "update its procedures for {setting} to include {topic}",
        "develop guidance for {staff} on {topic}",
        "adopt a pathway for {topic} that applies when {trigger}",
    ],
    "multi_agency_working": [
        "share information with {partner} when {trigger}",
        "establish a referral pathway to {partner} for {topic}",
        "invite {partner} to strategy meetings when {trigger}",
        "agree an information-sharing protocol with {partner} on {topic}",
    ],
    "record_keeping": [
        "record {record} on the case file",
        "audit case files to check that {record} is recorded",
        "ensure {record} is recorded after {setting}",
    ],
    "awareness_raising": [
        "run a public awareness campaign on {topic}",
        "raise awareness among {staff} of {topic}",
        "publish information for families and friends about {topic}",
    ],
    "technology_systems": [
        "add a flag for {topic} to its {system}",
        "set an alert in the {system} when {trigger}",
        "link the {system} with partner records so that {partner} is notified when {trigger}",
    ],
    "other": [
        "commission an audit of cases involving {topic}",
        "report progress on the learning about {topic} to the Domestic Abuse Partnership Board",
        "hold a learning event on {topic} for {staff}",
    ],
}
_QUALIFIERS = [
    "",
    " within six months",
    " and audit compliance each year",
    " so that the learning from this review is embedded",
    " and report progress to the CSP",
    " in line with the statutory guidance",
]
#: Wordings of the same lesson (they normalise to the same key in ``retrieval.analytics.lesson_key``).
_WRAPPERS = [
    "{S} should {p}.",
    "It is recommended that {s} {p}.",
    "{S} must {p}.",
    "Recommendation: {S} to {p}.",
]
_ACTIONS: dict[str, list[str]] = {
    "identification_of_risk": [
        "Add the risk question to the assessment template",
        "Audit a sample of risk assessments for completeness",
        "Issue a practice briefing on risk indicators",
    ],
    "training": [
        "Deliver briefing sessions to {staff}",
        "Add {topic} to the mandatory training programme",
        "Record training attendance and report it to the board",
    ],
    "policy": [
        "Redraft the policy and circulate it to teams",
        "Publish the revised procedure on the intranet",
        "Review the policy after twelve months",
    ],
    "multi_agency_working": [
        "Sign the information-sharing agreement",
        "Nominate a single point of contact for referrals",
        "Test the referral pathway with a case audit",
    ],
    "record_keeping": [
        "Update recording guidance for staff",
        "Audit twenty case files for compliance",
    ],
    "awareness_raising": [
        "Launch the campaign materials",
        "Share the awareness leaflet with partner agencies",
    ],
    "technology_systems": [
        "Commission the system change from the supplier",
        "Test the new alert and go live",
    ],
    "other": [
        "Report progress to the Domestic Abuse Partnership Board",
        "Hold the learning event and circulate the notes",
    ],
}
_ABANDONED = [
    "no resources were available to deliver it",
    "it needs national leadership and guidance before it can be done locally",
    "an alternative action achieved the intended outcome",
    "the service was recommissioned and the action no longer applies",
    "the IT supplier could not make the system change",
]
_INCOMPLETE = [
    "staff capacity was too limited to complete it",
    "it is waiting for a national system change",
    "the training budget was cut",
    "the lead officer left and the action was not handed over",
]
_EVIDENCE = [
    "training attendance records",
    "the published policy",
    "an audit report",
    "minutes of the partnership board",
    "screenshots of the system change",
]

#: Department -> (agency id naming it, display name, topics that belong to it).
DEPARTMENTS: dict[str, tuple[str, str, list[str]]] = {
    "home_office": (
        "home_office",
        "the Home Office",
        [
            "update the statutory guidance for Domestic Homicide Reviews on {topic}",
            "fund specialist advocacy for victims of {topic}",
            "review firearms licensing where there are reports of {topic}",
        ],
    ),
    "dhsc": (
        "dhsc",
        "the Department of Health and Social Care",
        [
            "require health services to ask about {topic} at {setting}",
            "fund research into {topic} and health",
        ],
    ),
    "nhs_england": (
        "nhs_england",
        "NHS England",
        [
            "add a prompt about {topic} to GP record systems",
            "include routine enquiry about {topic} in {setting} commissioning",
        ],
    ),
    "moj_hmpps": (
        "ministry_of_justice",
        "the Ministry of Justice",
        [
            "ensure probation risk assessments consider {topic}",
            "review bail decisions where there is {topic}",
        ],
    ),
    "dfe": ("dfe", "the Department for Education", ["include {topic} in relationships education"]),
    "dwp": ("dwp", "the Department for Work and Pensions", ["train Jobcentre staff to recognise {topic}"]),
    "mhclg": (
        "mhclg",
        "the Ministry of Housing, Communities and Local Government",
        ["require councils to prioritise housing for victims fleeing {topic}"],
    ),
    "cps": (
        "crown_prosecution_service",
        "the Crown Prosecution Service",
        ["issue charging guidance on {topic}"],
    ),
    "domestic_abuse_commissioner": (
        "domestic_abuse_commissioner",
        "the Domestic Abuse Commissioner",
        ["monitor national implementation of recommendations on {topic}"],
    ),
}
DEPARTMENT_WEIGHTS: dict[str, float] = {
    "home_office": 0.30,
    "dhsc": 0.14,
    "nhs_england": 0.13,
    "moj_hmpps": 0.12,
    "dfe": 0.08,
    "dwp": 0.06,
    "mhclg": 0.07,
    "cps": 0.05,
    "domestic_abuse_commissioner": 0.05,
}
#: Months: (mean, gamma shape) of death -> first panel -> sent to QAP -> first heard -> signed off -> published.
STAGE_MONTHS: list[tuple[float, float]] = [(9, 3.0), (18, 2.5), (6, 2.0), (5, 2.0), (5, 1.5)]
DAYS_PER_MONTH = 30.4375

_STATUS = (
    ["completed", "in_progress", "not_started", "incomplete", "abandoned", "other", None],
    [0.71, 0.15, 0.05, 0.04, 0.012, 0.018, 0.02],
)
_IMPL_GIVEN_STATUS: dict[str | None, tuple[list[str | None], list[float]]] = {
    "completed": (["fully", "partly", "somewhat", None], [0.83, 0.06, 0.01, 0.10]),
    "in_progress": (["partly", "somewhat", "not_yet", None], [0.45, 0.2, 0.15, 0.2]),
    "not_started": (["not_yet", None], [0.8, 0.2]),
    "incomplete": (["somewhat", "not_yet", None], [0.4, 0.3, 0.3]),
    "abandoned": (["not_yet", None], [0.5, 0.5]),
    "other": (["partly", "not_yet", None], [0.2, 0.2, 0.6]),
    None: (["partly", "not_yet", None], [0.2, 0.2, 0.6]),
}
_QUALITY_GIVEN_IMPL: dict[str | None, tuple[list[str | None], list[float]]] = {
    "fully": (["gold", "silver", "bronze", None], [0.42, 0.30, 0.14, 0.14]),
    "partly": (["silver", "bronze", "not_met_yet", None], [0.2, 0.35, 0.25, 0.2]),
    "somewhat": (["bronze", "not_met_yet", None], [0.3, 0.4, 0.3]),
    "not_yet": (["not_met_yet", "not_met", None], [0.35, 0.4, 0.25]),
    None: (["not_met_yet", "not_met", None], [0.15, 0.1, 0.75]),
}


# ----------------------------------------------------------------------------------------------- places


@dataclass(frozen=True)
class Area:
    csp: str
    code: str
    force: str
    region: str
    size: float


def make_areas(spec: DemoSpec) -> list[Area]:
    """The invented CSPs, their police-force areas and regions (deterministic in the seed)."""
    rng = random.Random(spec.seed * 7919 + 1)
    names = [h + tl for h in _PLACE_HEADS for tl in _PLACE_TAILS]
    rng.shuffle(names)
    forces_n = max(1, min(43, math.ceil(spec.csps / 7)))
    force_names = [
        h + tl for h in reversed(_PLACE_HEADS) for tl in _FORCE_TAILS
    ]  # disjoint enough from CSP names
    rng.shuffle(force_names)
    forces = [(f"{force_names[i]} Police", REGIONS[i % len(REGIONS)]) for i in range(forces_n)]
    areas = []
    for i in range(spec.csps):
        base = names[i % len(names)]
        name = base if i < len(names) else f"{base} {i // len(names) + 1}"
        force, region = forces[i % forces_n]
        size = math.exp(rng.gauss(0, 0.45))
        areas.append(Area(f"{name} CSP", f"{i + 1:04d}", force, region, size))
    mean = sum(a.size for a in areas) / len(areas)
    return [Area(a.csp, a.code, a.force, a.region, a.size / mean) for a in areas]


# ------------------------------------------------------------------------------------------------ texts


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        topic=rng.choice(_TOPICS),
        trigger=rng.choice(_TRIGGERS),
        setting=rng.choice(_SETTINGS),
        staff=rng.choice(_STAFF),
        partner=rng.choice(_PARTNERS),
        record=rng.choice(_RECORDS),
        system=rng.choice(_SYSTEMS),
    )


def _wrap(subject: str, phrase: str, rng: random.Random) -> str:
    wrapper = rng.choice(_WRAPPERS)
    return wrapper.format(S=_cap(subject), s=subject, p=phrase)


@dataclass(frozen=True)
class Lesson:
    agency: str
    themes: tuple[str, ...]
    phrase: str


def _choice(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def make_lessons(spec: DemoSpec, n: int = 300) -> list[Lesson]:
    """The recurring lessons (the same recommendation made in many areas)."""
    rng = random.Random(spec.seed * 104729 + 3)
    lessons: list[Lesson] = []
    seen: set[str] = set()
    while len(lessons) < n:
        theme = _choice(rng, THEME_WEIGHTS)
        phrase = _fill(rng.choice(PHRASES[theme]), rng) + rng.choice(_QUALIFIERS)
        if phrase in seen:
            continue
        seen.add(phrase)
        lessons.append(Lesson(_choice(rng, LOCAL_AGENCY_WEIGHTS), (theme,), phrase))
    return lessons


# ---------------------------------------------------------------------------------------------- builder


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _months(d: date, months: float) -> date:
    return d + timedelta(days=round(months * DAYS_PER_MONTH))


class _Generator:
    def __init__(self, spec: DemoSpec) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.areas = make_areas(spec)
        self.lessons = make_lessons(spec)
        self.lesson_weights = [1 / (i + 1) ** 0.8 for i in range(len(self.lessons))]
        self.local_agencies = list(LOCAL_AGENCY_WEIGHTS)
        self.local_weights = list(LOCAL_AGENCY_WEIGHTS.values())
        self.themes = list(THEME_WEIGHTS)
        self.theme_weights = list(THEME_WEIGHTS.values())
        self.now = datetime(2026, 1, 1, tzinfo=UTC)

    def plan(self) -> list[tuple[Area, int, int]]:
        """(area, year, number in year) of every review, in build order."""
        rng = random.Random(self.spec.seed * 31 + 7)
        out = []
        for area in self.areas:
            for y in range(self.spec.years):
                lam = self.spec.reviews_per_csp_year * area.size
                n = _poisson(rng, lam)
                out.extend((area, self.spec.first_year + y, k + 1) for k in range(n))
        return out

    # one review -> rows ------------------------------------------------------------------------------
    def review_rows(self, area: Area, year: int, k: int, vec_start: int, rows: dict[str, list[dict]]) -> int:
        rng = self.rng
        review_id = f"{SYNTHETIC_PREFIX}{area.code}-{year}-{k:02d}"
        published = rng.random() < 0.70
        anchor = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        rows["reviews"].append(
            {
                "id": review_id,
                "title": f"SYNTHETIC DHR {area.csp} {year}/{k:02d} (generated demo data, not a real review)",
                "reference": f"SYNTHETIC/{area.code}/{year}/{k:02d}",
                "csp": area.csp,
                "owner_csp": area.csp,
                "region": area.region,
                "year": year,
                "review_kind": "dardr" if year >= 2025 else "dhr",
                "death_type": _death_type(review_id),
                "published": published,
                "source_filename": None,
                "source_sha256": None,
                "created_at": self.now,
            }
        )
        self._timeline(review_id, anchor, published, rows["timeline"])
        n_recs = max(3, min(40, _poisson(rng, 15)))
        vec = vec_start
        for i in range(1, n_recs + 1):
            self._recommendation(review_id, area, anchor, i, vec, rows)
            vec += 1
        return vec

    def _timeline(self, review_id: str, anchor: date, published: bool, out: list[dict]) -> None:
        rng = self.rng
        stages = [rng.gammavariate(shape, mean / shape) for mean, shape in STAGE_MONTHS]
        if not published:
            stages = stages[: rng.choice([2, 3, 4])]  # unpublished: somewhere before publication
        death = _months(anchor, -sum(stages))
        events: list[tuple[str, date]] = [("death", death)]
        events.append(("notification", death + timedelta(days=rng.randint(7, 60))))
        events.append(("decision_to_review", events[-1][1] + timedelta(days=rng.randint(7, 45))))
        events.append(("home_office_notified", events[-1][1] + timedelta(days=rng.randint(1, 20))))
        names = ["first_panel", "sent_to_qap", "qap_first_heard", "qap_signed_off", "publication"]
        at = death
        for name, months in zip(names, stages, strict=False):
            at = _months(at, months)
            events.append((name, at))
            if name == "sent_to_qap":
                events.append(("report_completed", at - timedelta(days=rng.randint(3, 20))))
        for name, d in events:
            out.append({"review_id": review_id, "event": name, "date": d.isoformat(), "day": d.toordinal()})

    def _recommendation(
        self, review_id: str, area: Area, anchor: date, i: int, vec: int, rows: dict[str, list[dict]]
    ) -> None:
        rng = self.rng
        r = rng.random()
        level = "local" if r < 0.89 else "regional" if r < 0.955 else "national"
        routing = None
        if level == "national":
            text, agencies, themes, routing = self._national(vec)
        else:
            if rng.random() < 0.30:
                lesson = rng.choices(self.lessons, weights=self.lesson_weights)[0]
                agencies = [lesson.agency]
                themes = list(lesson.themes)
                phrase = lesson.phrase
            else:
                agencies = [rng.choices(self.local_agencies, weights=self.local_weights)[0]]
                themes = [rng.choices(self.themes, weights=self.theme_weights)[0]]
                phrase = _fill(rng.choice(PHRASES[themes[0]]), rng) + rng.choice(_QUALIFIERS)
            if rng.random() < 0.35:
                other = rng.choices(self.local_agencies, weights=self.local_weights)[0]
                if other not in agencies:
                    agencies.append(other)
            if rng.random() < 0.3:
                extra = rng.choices(self.themes, weights=self.theme_weights)[0]
                if extra not in themes:
                    themes.append(extra)
            subject = AGENCY_NAMES[agencies[0]]
            if len(agencies) > 1:
                subject = f"{subject} and {AGENCY_NAMES[agencies[1]]}"
            text = _wrap(subject, phrase, rng)
            if level == "regional":
                text = text[:-1] + f" across the {area.force} area."
        rec_id = f"{review_id}-r{i}"
        target = _months(anchor, rng.uniform(6, 18)).isoformat()
        rows["recommendations"].append(
            {
                "vec_id": vec,
                "id": rec_id,
                "review_id": review_id,
                "position": i,
                "number": str(i),
                "text": text,
                "text_sha": _sha(text),
                "content_sha": _sha(rec_id + "\n" + text),
                "agencies": agencies,
                "themes": themes,
                "level": level,
                "target_date": target,
                "created_at": self.now,
                "updated_at": self.now,
            }
        )
        for a in agencies:
            rows["labels"].append({"vec_id": vec, "kind": "agency", "value": a})
        for th in themes:
            rows["labels"].append({"vec_id": vec, "kind": "theme", "value": th})
        if routing is not None:
            rows["routing"].append(routing)
        n_actions = 1 + _poisson(rng, 0.6)
        for j in range(1, n_actions + 1):
            rows["actions"].append(self._action(rec_id, vec, j, agencies, themes[0], anchor))

    def _national(self, vec: int) -> tuple[str, list[str], list[str], dict]:
        rng = self.rng
        dept = _choice(rng, DEPARTMENT_WEIGHTS)
        _agency, _name, topics = DEPARTMENTS[dept]
        phrase = _fill(rng.choice(topics), rng)
        r = rng.random()
        flag = None
        named: str | None = dept
        note = None
        if r < 0.12:
            named = rng.choice([d for d in DEPARTMENTS if d != dept])
            flag = FLAG_MISADDRESSED
            note = f"text names {named} but the subject belongs to {dept}"
        elif r < 0.17:
            named = None
            flag = FLAG_NO_DEPARTMENT
            note = "the text names no department"
        if named is None:
            subject, agencies = "national government", []
        else:
            subject, agencies = DEPARTMENTS[named][1], [DEPARTMENTS[named][0]]
        theme = rng.choice(["policy", "policy", "training", "identification_of_risk", "technology_systems"])
        routing = {
            "vec_id": vec,
            "department": dept,
            "named_department": named,
            "flag": flag,
            "note": note,
        }
        return _wrap(subject, phrase, rng), agencies, [theme], routing

    def _action(self, rec_id: str, vec: int, j: int, agencies: list[str], theme: str, anchor: date) -> dict:
        rng = self.rng
        statuses, sw = _STATUS
        # older reviews have had longer to complete their actions: 'completed' weight x0.85 (latest year) to
        # x1.15 (oldest), about x1 on average, so the mix over all years stays the pilot's
        span = max(1, self.spec.years - 1)
        age = (self.spec.first_year + self.spec.years - 1 - anchor.year) / span
        sw = [sw[0] * (0.85 + 0.30 * min(1.0, max(0.0, age))), *sw[1:]]
        status = rng.choices(statuses, weights=sw)[0]
        impls, iw = _IMPL_GIVEN_STATUS[status]
        impl = rng.choices(impls, weights=iw)[0]
        quals, qw = _QUALITY_GIVEN_IMPL[impl]
        quality = rng.choices(quals, weights=qw)[0]
        agency = [rng.choice(agencies)] if agencies else []
        text = _fill(rng.choice(_ACTIONS[theme]), rng)
        if status == "abandoned":
            evidence = f"Abandoned because {rng.choice(_ABANDONED)}."
        elif status == "incomplete":
            evidence = f"Incomplete because {rng.choice(_INCOMPLETE)}."
        elif status == "completed":
            evidence = f"Evidence: {rng.choice(_EVIDENCE)}."
        else:
            evidence = None
        return {
            "id": f"{rec_id}-a{j}",
            "vec_id": vec,
            "position": j,
            "text": text,
            "agencies": agency,
            "target_date": _months(anchor, rng.uniform(3, 18)).isoformat(),
            "status": status,
            "implementation_level": impl,
            "quality": quality,
            "evidence": evidence,
            "updated_at": self.now,
        }


def _death_type(review_id: str) -> str:
    """A death type for a synthetic review, drawn from its id (not from the builder's random stream, so adding
    the field left every other generated value as it was): roughly the published mix of reviews."""
    u = int(hashlib.sha256(review_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "homicide" if u < 0.75 else "suicide" if u < 0.93 else "other" if u < 0.98 else "unknown"


def _poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


# ------------------------------------------------------------------------------------------ public API


def read_meta(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {k: int(v) for k, v in conn.execute(select(t.Meta.key, t.Meta.value))}


def demo_info(engine: Engine) -> dict[str, int] | None:
    """The generator's meta flags when the library is synthetic (``synthetic``, ``demo_seed``, ...), else None."""
    meta = read_meta(engine)
    if not meta.get("synthetic"):
        return None
    return {k: v for k, v in meta.items() if k == "synthetic" or k.startswith("demo_")}


def _review_count(engine: Engine) -> int:
    from sqlalchemy import func

    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(t.Review)) or 0)


def _counts(engine: Engine) -> dict[str, int]:
    from sqlalchemy import func

    out = {}
    with engine.connect() as conn:
        for name, table in (
            ("reviews", t.Review),
            ("recommendations", t.Recommendation),
            ("actions", t.Action),
            ("labels", t.Label),
            ("timeline_events", TimelineEvent),
            ("routing", RecommendationRouting),
        ):
            out[name] = int(conn.scalar(select(func.count()).select_from(table)) or 0)
    return out


def _db_size(directory: Path) -> int:
    from retrieval.store import DB_FILENAME

    return sum(p.stat().st_size for p in directory.glob(DB_FILENAME + "*") if p.is_file())


def build_demo_library(
    directory: Path,
    spec: DemoSpec | None = None,
    *,
    force: bool = False,
    progress: Progress | None = None,
    batch_reviews: int = 400,
) -> DemoBuildResult:
    """Build the synthetic library in ``directory`` (SQLite), or reuse it when built with the same spec.

    A directory holding a real (non-synthetic) library with reviews is never touched (:class:`DemoLibraryError`).
    A synthetic library built with another spec, or left half-built, is deleted and rebuilt; ``force`` rebuilds
    a synthetic library even when it matches.
    """
    from retrieval.store import DB_FILENAME, LibraryStore

    spec = (spec or DemoSpec()).check()
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise InputError(f"library directory {str(directory)!r} is a file, not a directory")
    started = time.perf_counter()
    db = directory / DB_FILENAME
    if db.exists():
        store = LibraryStore.open(directory)
        try:
            info = demo_info(store.engine)
            if info is None:
                if _review_count(store.engine) > 0:
                    raise DemoLibraryError(
                        f"{str(directory)!r} holds a real library (not synthetic); "
                        "build the demo library in another directory"
                    )
            elif (
                not force
                and info.get("demo_complete") == 1
                and all(info.get(k) == v for k, v in spec.meta().items())
            ):
                counts = _counts(store.engine)
                return DemoBuildResult(
                    directory=directory,
                    spec=spec,
                    reused=True,
                    seconds=time.perf_counter() - started,
                    reviews=counts["reviews"],
                    recommendations=counts["recommendations"],
                    actions=counts["actions"],
                    database_bytes=_db_size(directory),
                    counts=counts,
                )
        finally:
            store.close()
        for p in directory.glob(DB_FILENAME + "*"):
            p.unlink()
        for derived in ("index.npz", "lexical.npz"):  # the derived search indexes of the old demo library
            (directory / derived).unlink(missing_ok=True)
    store = LibraryStore.open(directory)
    try:
        _build(store.engine, spec, progress, batch_reviews)
        counts = _counts(store.engine)
    finally:
        store.close()
    return DemoBuildResult(
        directory=directory,
        spec=spec,
        reused=False,
        seconds=time.perf_counter() - started,
        reviews=counts["reviews"],
        recommendations=counts["recommendations"],
        actions=counts["actions"],
        database_bytes=_db_size(directory),
        counts=counts,
    )


def _build(engine: Engine, spec: DemoSpec, progress: Progress | None, batch_reviews: int) -> None:
    gen = _Generator(spec)
    plan = gen.plan()
    meta = spec.meta()
    with engine.begin() as conn:
        conn.execute(delete(t.Meta).where(t.Meta.key.in_([*meta, "demo_complete", "demo_built_at"])))
        conn.execute(insert(t.Meta), [{"key": k, "value": v} for k, v in meta.items()])
    targets = {
        "reviews": t.Review.__table__,
        "timeline": TimelineEvent.__table__,
        "recommendations": t.Recommendation.__table__,
        "labels": t.Label.__table__,
        "routing": RecommendationRouting.__table__,
        "actions": t.Action.__table__,
    }
    vec = 1
    total = len(plan)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA synchronous=OFF")  # a half-built demo is rebuilt (no demo_complete)
            conn.commit()
        for start in range(0, total, batch_reviews):
            rows: dict[str, list[dict]] = {name: [] for name in targets}
            for area, year, k in plan[start : start + batch_reviews]:
                vec = gen.review_rows(area, year, k, vec, rows)
            with conn.begin():
                for name, table in targets.items():
                    if rows[name]:
                        conn.execute(insert(table), rows[name])
            if progress is not None:
                progress(min(start + batch_reviews, total), total)
        with conn.begin():
            # Rows were written past the text change log: derived indexes from before must do a full diff.
            keys = ["demo_complete", "demo_built_at", "generation", "text_generation", "text_log_since"]
            conn.execute(delete(t.Meta).where(t.Meta.key.in_(keys)))
            conn.execute(
                insert(t.Meta),
                [
                    {"key": "demo_complete", "value": 1},
                    {"key": "demo_built_at", "value": int(time.time())},
                    {"key": "generation", "value": 1},
                    {"key": "text_generation", "value": 1},
                    {"key": "text_log_since", "value": 1},
                ],
            )
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
            conn.commit()
