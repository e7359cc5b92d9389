"""The seeded generator: invented areas and recurring lessons, then the rows (reviews, timeline, recommendations,
labels, routing, actions) of one review at a time, in the proportions of :mod:`demo.vocabulary`."""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from demo.spec import SYNTHETIC_PREFIX, DemoSpec
from demo.vocabulary import (
    ABANDONED,
    ACTIONS,
    AGENCY_NAMES,
    DAYS_PER_MONTH,
    DEPARTMENT_WEIGHTS,
    DEPARTMENTS,
    EVIDENCE,
    FORCE_TAILS,
    IMPL_GIVEN_STATUS,
    INCOMPLETE,
    LOCAL_AGENCY_WEIGHTS,
    PARTNERS,
    PHRASES,
    PLACE_HEADS,
    PLACE_TAILS,
    QUALIFIERS,
    QUALITY_GIVEN_IMPL,
    RECORDS,
    REGIONS,
    SETTINGS,
    STAFF,
    STAGE_MONTHS,
    STATUS,
    SYSTEMS,
    THEME_WEIGHTS,
    TOPICS,
    TRIGGERS,
    WRAPPERS,
)
from retrieval.analytics_tables import (
    FLAG_MISADDRESSED,
    FLAG_NO_DEPARTMENT,
)


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
    names = [h + tl for h in PLACE_HEADS for tl in PLACE_TAILS]
    rng.shuffle(names)
    forces_n = max(1, min(43, math.ceil(spec.csps / 7)))
    force_names = [
        h + tl for h in reversed(PLACE_HEADS) for tl in FORCE_TAILS
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
        topic=rng.choice(TOPICS),
        trigger=rng.choice(TRIGGERS),
        setting=rng.choice(SETTINGS),
        staff=rng.choice(STAFF),
        partner=rng.choice(PARTNERS),
        record=rng.choice(RECORDS),
        system=rng.choice(SYSTEMS),
    )


def _wrap(subject: str, phrase: str, rng: random.Random) -> str:
    wrapper = rng.choice(WRAPPERS)
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
        phrase = _fill(rng.choice(PHRASES[theme]), rng) + rng.choice(QUALIFIERS)
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


class Generator:
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
                phrase = _fill(rng.choice(PHRASES[themes[0]]), rng) + rng.choice(QUALIFIERS)
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
        statuses, sw = STATUS
        # older reviews have had longer to complete their actions: 'completed' weight x0.85 (latest year) to
        # x1.15 (oldest), about x1 on average, so the mix over all years stays the pilot's
        span = max(1, self.spec.years - 1)
        age = (self.spec.first_year + self.spec.years - 1 - anchor.year) / span
        sw = [sw[0] * (0.85 + 0.30 * min(1.0, max(0.0, age))), *sw[1:]]
        status = rng.choices(statuses, weights=sw)[0]
        impls, iw = IMPL_GIVEN_STATUS[status]
        impl = rng.choices(impls, weights=iw)[0]
        quals, qw = QUALITY_GIVEN_IMPL[impl]
        quality = rng.choices(quals, weights=qw)[0]
        agency = [rng.choice(agencies)] if agencies else []
        text = _fill(rng.choice(ACTIONS[theme]), rng)
        if status == "abandoned":
            evidence = f"Abandoned because {rng.choice(ABANDONED)}."
        elif status == "incomplete":
            evidence = f"Incomplete because {rng.choice(INCOMPLETE)}."
        elif status == "completed":
            evidence = f"Evidence: {rng.choice(EVIDENCE)}."
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
