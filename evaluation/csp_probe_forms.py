"""The front matter the CSP probe (``evaluation/csp_probe.py``) prints: every CSP target of the geography tables
(each current area, former district and county, the merged CSPs of ``csps.csv`` and merged pairs and threes of
neighbouring districts) written in the forms real reports name their commissioning CSP in.

A form is a function from a :class:`Target` and a seeded random generator to a :class:`Front`: the report's
first pages (title page, contents, introduction) and its running header. Every form names the CSP once on the
pages it says it does; the other pages name what real reports do beside it (the county council, the police
force, a neighbouring district the victim moved from), so that a reader that takes any place it sees is caught.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from classification.geography import geography, normalise

#: Welsh words for a bilingual title page (as Welsh reports print them: Welsh first, English under it).
_WELSH_DHR = "Adolygiad Dynladdiad Domestig"
_WELSH_CSP = "Partneriaeth Diogelwch Cymunedol"


@dataclass(frozen=True, slots=True)
class Target:
    """A CSP to name: its places (one area, or a merged CSP's members) and what placing it right gives."""

    key: str  # the row's or merged CSP's name
    kind: str  # the row's kind, or "merged"
    places: tuple[str, ...]  # the area names the forms print (one, or a merged CSP's members)
    covered: frozenset[str]
    partial: frozenset[str]
    name: str = ""  # the merged CSP's own name ("North Worcestershire"), printed instead of its places
    welsh: str = ""  # the Welsh name of a Welsh area
    county: str = ""
    force: str = ""
    aliases: tuple[str, ...] = ()  # other names the area goes by ("Hull", "BCP", "Stockton")
    neighbour: str = ""  # an area of the same county or force that the CSP does not cover


@dataclass(slots=True)
class Front:
    pages: list[str]
    running: list[str] = field(default_factory=list)


def _expected(names: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    geo = geography()
    if len(names) == 1 and normalise(names[0]) in geo.merged:
        names = geo.merged[
            normalise(names[0])
        ]  # an area whose CSP is merged by name ("Cornwall": with Scilly)
    return geo.coverage(names)


#: Row kinds a CSP is named after: the areas CSPs cover today, the districts they covered before, and counties
#: (a county-wide CSP).
_TARGET_KINDS = (
    "unitary",
    "district",
    "metropolitan_borough",
    "london_borough",
    "welsh_principal_area",
    "city_of_london",
    "former_district",
    "county",
)


def targets(merged_pairs: int = 40, seed: int = 7) -> list[Target]:
    """Every area row of a CSP kind, the merged CSPs of ``csps.csv``, and ``merged_pairs`` merged CSPs of two or
    three districts of one county (picked with ``seed``)."""
    geo = geography()
    found: list[Target] = []
    for area in geo.areas.values():
        if area.kind not in _TARGET_KINDS:
            continue
        covered, partial = _expected((area.name,))
        welsh = next((a for a in area.aliases if area.kind == "welsh_principal_area" and not a.isupper()), "")
        force = geo.forces[area.police_force].name if area.police_force in geo.forces else ""
        aliases = () if area.kind == "welsh_principal_area" else area.aliases
        found.append(
            Target(
                area.name,
                area.kind,
                (area.name,),
                covered,
                partial,
                welsh=welsh,
                county=area.county,
                force=force,
                aliases=aliases,
                neighbour=_neighbour(area.name, covered | partial),
            )
        )
    seen: set[tuple[str, ...]] = set()
    for members in geo.merged.values():
        if members in seen:
            continue
        seen.add(members)
        csp = next(k for k, v in geo.merged.items() if v == members)
        covered, partial = _expected(members)
        first = geo.areas[members[0]]
        found.append(
            Target(
                csp,
                "merged",
                members,
                covered,
                partial,
                name=_merged_name(csp),
                county=first.county,
                neighbour=_neighbour(members[0], covered | partial),
            )
        )
    rng = random.Random(seed)
    by_county: dict[str, list[str]] = {}
    for area in geo.areas.values():
        if area.kind in ("district", "former_district") and area.county:
            by_county.setdefault(area.county, []).append(area.name)
    counties = sorted(c for c, names in by_county.items() if len(names) >= 3)
    for _ in range(merged_pairs):
        county = rng.choice(counties)
        members = tuple(rng.sample(sorted(by_county[county]), rng.choice((2, 2, 3))))
        if members in seen:
            continue
        seen.add(members)
        covered, partial = _expected(members)
        area = geo.areas[members[0]]
        force = geo.forces[area.police_force].name if area.police_force in geo.forces else ""
        found.append(
            Target(
                " + ".join(members),
                "merged",
                members,
                covered,
                partial,
                county=county,
                force=force,
                neighbour=_neighbour(members[0], covered | partial),
            )
        )
    return found


def _neighbour(name: str, covered: frozenset[str]) -> str:
    """The first other current area (by name) of the area's county, else of its police force."""
    geo = geography()
    area = geo.areas[name]
    for same in (
        lambda a: bool(area.county) and a.county == area.county,
        lambda a: a.police_force == area.police_force,
    ):
        others = sorted(a.name for a in geo.areas.values() if a.current and same(a) and a.name not in covered)
        if others:
            return others[len(name) % len(others)]
    return "Leeds"


def _merged_name(key: str) -> str:
    """A merged CSP's name as ``csps.csv`` holds it, in its written case."""
    import csv

    from classification.geography import DATA_DIR

    with (DATA_DIR / "csps.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names = [row["csp"], *row["aliases"].split(";")]
            for name in names:
                if name and normalise(name) == key:
                    return name
    return key


def place(target: Target, rng: random.Random) -> str:
    """The CSP's place as a name prints it: the area, or a merged CSP's own name or its places joined with
    commas and "and" / "&"."""
    if target.name:
        return target.name
    if len(target.places) == 1:
        if target.aliases and rng.random() < 0.25:
            return rng.choice(target.aliases)
        return target.places[0]
    join = rng.choice((" and ", " & "))
    return ", ".join(target.places[:-1]) + join + target.places[-1]


def _base(target: Target, rng: random.Random) -> str:
    """The place as a council's name prints it: its own name, not another it goes by ("City of Westminster")."""
    return place(target, rng) if len(target.places) > 1 or target.name else target.places[0]


def qualified(target: Target, rng: random.Random) -> str:
    """The place with the word its council's name carries ("Harlow District", "Wigan Metropolitan Borough",
    "London Borough of Ealing", "City of York")."""
    name = _base(target, rng)
    if target.kind == "london_borough":
        return rng.choice((f"{name} Borough", f"London Borough of {name}"))
    if target.kind == "metropolitan_borough":
        return rng.choice((f"{name} Metropolitan Borough", f"{name} Borough", f"{name} City"))
    if target.kind == "welsh_principal_area":
        return rng.choice((f"{name} County Borough", f"{name} County"))
    if target.kind == "county":
        return f"{name} County"
    return rng.choice((f"{name} Borough", f"{name} District", f"{name} City"))


def of_place(target: Target, rng: random.Random) -> str:
    """The place after the word its council's name carries ("Borough of Harlow", "City of York")."""
    name = _base(target, rng)
    if target.kind == "london_borough":
        return rng.choice((f"London Borough of {name}", f"Borough of {name}"))
    if target.kind == "metropolitan_borough":
        return rng.choice((f"Metropolitan Borough of {name}", f"Borough of {name}", f"City of {name}"))
    if target.kind == "welsh_principal_area":
        return rng.choice((f"County Borough of {name}", f"County of {name}"))
    if target.kind == "county":
        return f"County of {name}"
    return rng.choice((f"Borough of {name}", f"District of {name}", f"City of {name}"))


def council(target: Target, rng: random.Random) -> str:
    """The council's name ("Harlow District Council", "London Borough of Ealing", "Cyngor Caerdydd")."""
    name = _base(target, rng)
    if target.kind == "london_borough":
        return rng.choice((f"London Borough of {name}", f"{name} Council"))
    if target.kind == "city_of_london":
        return "City of London Corporation"
    if target.kind == "metropolitan_borough":
        return rng.choice((f"{name} Metropolitan Borough Council", f"{name} City Council", f"{name} Council"))
    if target.kind == "welsh_principal_area":
        return rng.choice((f"{name} County Borough Council", f"{name} County Council", f"{name} Council"))
    if target.kind == "county":
        return f"{name} County Council"
    if target.kind == "merged":
        return rng.choice((f"{target.places[0]} Borough Council", f"{target.places[0]} District Council"))
    return rng.choice(
        (f"{name} Borough Council", f"{name} District Council", f"{name} City Council", f"{name} Council")
    )


def _intro(target: Target, rng: random.Random) -> str:
    """An introduction page that names, beside the review, the places and bodies around the CSP's area."""
    geo = geography()
    others = [
        a.name
        for a in geo.areas.values()
        if a.current and a.county == target.county and a.name not in target.places and target.county
    ]
    moved = rng.choice(sorted(others)) if others else "Leeds"
    county = (
        f"{target.county} County Council, "
        if target.county in geo.areas and geo.areas[target.county].kind == "county"
        else ""
    )
    force = target.force or "the police"
    return (
        "1 Introduction\n"
        "1.1 This report examines the responses of agencies to Adult A and Adult B before the death of Adult A.\n"
        f"1.2 Adult A had moved from {moved} some years before her death.\n"
        f"1.3 The agencies that contributed were {county}{force}, the GP practice and the local hospital trust.\n"
    )


_CONTENTS = (
    "Contents\n1 Introduction 3\n2 Terms of reference 4\n3 Chronology 5\n4 Analysis 9\n5 Recommendations 14\n"
)
_TITLE = "Domestic Homicide Review into the death of Adult A"
_PLAIN = f"{_TITLE}\nOverview Report\nIndependent Chair and Author: Jane Smith\nMarch 2022\n"


def _front(title: str, target: Target, rng: random.Random, intro_before: str = "") -> Front:
    return Front([title, _CONTENTS, intro_before + _intro(target, rng)])


Form = Callable[[Target, random.Random], Front | None]


def _title_page(line: str, before: str = _TITLE, after: str = "Overview Report\nMarch 2022") -> Form:
    def form(target: Target, rng: random.Random) -> Front | None:
        if target.kind in ("merged", "city_of_london") and ("{q}" in line or "{o}" in line or line == "{c}"):
            return None  # a merged CSP has no one council, nor a borough's name
        name = line.format(
            p=place(target, rng), q=qualified(target, rng), o=of_place(target, rng), c=council(target, rng)
        )
        return _front(f"{before}\n{name}\n{after}\n", target, rng)

    return form


def _commissioned(target: Target, rng: random.Random) -> Front:
    p = place(target, rng)
    who = rng.choice(
        (
            f"the {p} Community Safety Partnership",
            f"{p} Community Safety Partnership (CSP)",
            f"the {p} CSP",
            f"Safer {p} Partnership",
            f"the Chair of the {p} Community Safety Partnership",
        )
    )
    if target.kind != "merged" and rng.random() < 0.3:
        who = f"{council(target, rng)} on behalf of the {p} Community Safety Partnership"
    sentence = f"1.0 The review was commissioned by {who} following the death of Adult A in 2021.\n"
    return _front(_PLAIN, target, rng, intro_before=sentence)


def _header(target: Target, rng: random.Random) -> Front:
    p = place(target, rng)
    line = rng.choice(
        (
            f"{p} Community Safety Partnership – DHR Adult A – OFFICIAL",
            f"Safer {p} Partnership | Overview Report | Adult A",
            f"OFFICIAL SENSITIVE - {p} CSP - Domestic Homicide Review",
        )
    )
    front = _front(_PLAIN, target, rng)
    front.running = [line, "Page 1 of 20"]
    return front


def _upper(target: Target, rng: random.Random) -> Front:
    p = place(target, rng)
    line = rng.choice((f"{p} Community Safety Partnership", f"Safer {p} Partnership", f"{p} CSP"))
    return _front(f"DOMESTIC HOMICIDE REVIEW\n{line.upper()}\nADULT A\nOVERVIEW REPORT\n", target, rng)


def _split(target: Target, rng: random.Random) -> Front:
    p = place(target, rng)
    words = f"{p} Community Safety Partnership".split()
    cut = rng.randint(1, len(words) - 1)
    name = " ".join(words[:cut]) + "\n" + " ".join(words[cut:])
    return _front(f"{_TITLE}\n{name}\nOverview Report\n", target, rng)


def _possessive(target: Target, rng: random.Random) -> Front:
    p = place(target, rng)
    names = [f"{p}'s Community Safety Partnership"]
    if target.kind != "merged":
        names.append(f"{council(target, rng)}'s Community Safety Partnership")
    who = rng.choice(names)
    sentence = f"1.0 This review was commissioned by {who} in 2021.\n"
    return _front(_PLAIN, target, rng, intro_before=sentence)


def _welsh(target: Target, rng: random.Random) -> Front | None:
    if target.kind != "welsh_principal_area":
        return None
    cy = target.welsh or target.places[0]
    title = (
        f"{_WELSH_DHR}\n{_TITLE}\n{_WELSH_CSP} {cy}\n{target.places[0]} Community Safety Partnership\n"
        "Adroddiad Trosolwg / Overview Report\n"
    )
    return _front(title, target, rng)


def _exec_summary(target: Target, rng: random.Random) -> Front:
    p = place(target, rng)
    lines = [f"{p} Community Safety Partnership", f"Safer {p} Partnership"]
    if target.kind != "merged":  # a merged CSP has no one council
        lines.append(council(target, rng))
    line = rng.choice(lines)
    return _front(f"Executive Summary\nDomestic Homicide Review\nAdult A\n{line}\nMarch 2022\n", target, rng)


def _dardr(target: Target, rng: random.Random) -> Front:
    p = place(target, rng)
    line = rng.choice((f"{p} Community Safety Partnership", f"Safer {p} Partnership", f"{p} CSP"))
    return _front(
        f"Domestic Abuse Related Death Review (DARDR)\nAdult A\n{line}\nOverview Report\n", target, rng
    )


def _logos(target: Target, rng: random.Random) -> Front:
    """Partner logos printed as text above or below the CSP's name (the force, the county council, the NHS)."""
    p = place(target, rng)
    county = target.county or target.neighbour
    logos = rng.choice(
        (
            f"{target.force or 'Police'} | {county} County Council | NHS {county}",
            f"{county} County Council   {target.force or 'Police'}",
            f"NHS {county} Integrated Care Board",
        )
    )
    line = rng.choice((f"{p} Community Safety Partnership", f"Safer {p} Partnership", f"{p} CSP"))
    title = f"{logos}\n{line}\n{_TITLE}\n" if rng.random() < 0.5 else f"{line}\n{_TITLE}\n{logos}\n"
    return _front(title, target, rng)


def _details(target: Target, rng: random.Random) -> Front:
    """A details block on the title page: the label and its value on one line, or the value on the next."""
    p = place(target, rng)
    label = rng.choice(("Commissioning CSP", "Community Safety Partnership", "Commissioned by"))
    value = rng.choice((f"{p} Community Safety Partnership", f"{p} CSP", f"Safer {p}", p))
    sep = rng.choice((": ", "\n"))
    return _front(
        f"{_TITLE}\nOverview Report\n{label}{sep}{value}\nChair: Jane Smith\nDate: March 2022\n", target, rng
    )


def _foreword(target: Target, rng: random.Random) -> Front:
    """The CSP named only in a foreword after the contents, by the chair of its partnership."""
    p = place(target, rng)
    who = rng.choice((f"the {p} Community Safety Partnership", f"Safer {p} Partnership", f"the {p} CSP"))
    front = _front(_PLAIN, target, rng)
    glossary = "Glossary\nDHR Domestic Homicide Review\nIDVA Independent Domestic Violence Advisor\nGP General Practitioner\n"
    foreword = f"Foreword\nAs Chair of {who}, I would like to thank the family of Adult A.\n"
    front.pages = [front.pages[0], front.pages[1], glossary, foreword, front.pages[2]]
    return front


def _commissioned_neighbour(target: Target, rng: random.Random) -> Front:
    """The commissioner named in the introduction by a council or a short name, and a neighbouring area's CSP
    named after it (an earlier review the panel read, the area the victim moved from)."""
    p = place(target, rng)
    who = rng.choice(
        (f"Safer {p}", f"the {p} CSP") if target.kind == "merged" else (f"Safer {p}", council(target, rng))
    )
    other = rng.choice(
        (
            f"The panel read an earlier review published by the {target.neighbour} Community Safety Partnership.",
            f"Adult B had been known to the Safer {target.neighbour} Partnership before 2019.",
        )
    )
    sentence = f"1.0 The review was commissioned by {who} in 2021.\n1.0.1 {other}\n"
    return _front(_PLAIN, target, rng, intro_before=sentence)


def _one_page(target: Target, rng: random.Random) -> Front:
    """A plain-text report with no page breaks: its title page, contents and introduction one page."""
    front = (
        _commissioned_neighbour(target, rng) if rng.random() < 0.5 else _title_page("{p} CSP")(target, rng)
    )
    assert front is not None
    return Front(["\n".join(front.pages)], front.running)


_GLOSSARY = "Glossary\nDHR Domestic Homicide Review\nIDVA Independent Domestic Violence Advisor\nGP General Practitioner\n"
_SUMMARY = (
    "Executive Summary\nThe review considered the contact agencies had with Adult A and Adult B from 2015.\n"
)


def _intro_far(target: Target, rng: random.Random) -> Front:
    """The CSP named only in the introduction, after a long contents, a glossary and an executive summary."""
    p = place(target, rng)
    who = rng.choice((f"the {p} Community Safety Partnership", f"Safer {p}", f"the {p} CSP"))
    front = _front(_PLAIN, target, rng, intro_before=f"1.0 The review was commissioned by {who} in 2021.\n")
    front.pages = [
        front.pages[0],
        _CONTENTS,
        _CONTENTS,
        _CONTENTS,
        _GLOSSARY,
        _SUMMARY,
        _SUMMARY,
        front.pages[2],
    ]
    return front


def _active_voice(target: Target, rng: random.Random) -> Front:
    """The partnership as the subject of its decision in the introduction ("X CSP agreed that ... met the
    criteria"), after the contents and a glossary."""
    p = place(target, rng)
    who = rng.choice((f"The {p} Community Safety Partnership", f"Safer {p} Partnership", f"The {p} CSP"))
    verb = rng.choice(
        (
            "commissioned this review in 2021",
            "agreed in 2021 that the death met the criteria for a Domestic Homicide Review",
            "decided to conduct a Domestic Homicide Review in 2021",
        )
    )
    front = _front(_PLAIN, target, rng, intro_before=f"1.0 {who} {verb}.\n")
    front.pages = [front.pages[0], _CONTENTS, _GLOSSARY, front.pages[2]]
    return front


def _generic_partnership(target: Target, rng: random.Random) -> Front | None:
    """A partnership whose name names no place on the title page, and its council under it."""
    if target.kind == "merged":
        return None
    brand = rng.choice(
        ("Safer Communities Partnership", "Community Safety Partnership", "Safer Stronger Communities")
    )
    return _front(f"{brand}\n{council(target, rng)}\n{_TITLE}\nOverview Report\n", target, rng)


def _upper_split(target: Target, rng: random.Random) -> Front:
    """The name in capitals, broken over two lines."""
    words = f"{place(target, rng)} Community Safety Partnership".upper().split()
    cut = rng.randint(1, len(words) - 1)
    return _front(
        f"DOMESTIC HOMICIDE REVIEW\n{' '.join(words[:cut])}\n{' '.join(words[cut:])}\nADULT A\n", target, rng
    )


def _header_for(target: Target, rng: random.Random) -> Front:
    """A running header naming the partnership before its place."""
    front = _front(_PLAIN, target, rng)
    front.running = [
        f"Community Safety Partnership for {place(target, rng)} - Domestic Homicide Review - Adult A"
    ]
    return front


def _title_and_county(target: Target, rng: random.Random) -> Front | None:
    """A district's partnership on its title page, and the county council that commissioned the review for it
    (or the council that hosts its team) named under it."""
    geo = geography()
    county = geo.areas.get(target.county)
    if county is None or county.kind != "county":
        return None
    p = place(target, rng)
    line = rng.choice(
        (f"{p} Community Safety Partnership", f"Safer {p} Partnership", f"{p} CSP", f"Safer {p}")
    )
    under = rng.choice(
        (
            f"Commissioned by {county.name} County Council on behalf of the partnership",
            f"Review commissioned by {county.name} County Council",
        )
    )
    return _front(f"{line}\n{_TITLE}\n{under}\nOverview Report\n", target, rng)


#: The forms, by name, in the order the report prints them.
FORMS: dict[str, Form] = {
    "title_csp": _title_page("{p} Community Safety Partnership"),
    "title_csp_for": _title_page("Community Safety Partnership for {p}"),
    "title_csp_for_q": _title_page("Community Safety Partnership for the {o}"),
    "title_safer": _title_page("Safer {p} Partnership"),
    "title_safer_short": _title_page("Safer {p}"),
    "title_safer_stronger": _title_page("Safer Stronger {p}"),
    "title_acronym": _title_page("{p} CSP"),
    "title_qualified_csp": _title_page("{q} Community Safety Partnership"),
    "title_the": _title_page("The {p} Community Safety Partnership"),
    "title_da_partnership": _title_page("{p} Domestic Abuse Partnership"),
    "title_council": _title_page("{c}"),
    "title_council_behalf": _title_page(
        "Commissioned by {c} on behalf of the {p} Community Safety Partnership"
    ),
    "title_report_into": _title_page(
        "{p} Community Safety Partnership", before="Report into the death of Mr B"
    ),
    "dardr": _dardr,
    "executive_summary": _exec_summary,
    "welsh_bilingual": _welsh,
    "commissioned_paragraph": _commissioned,
    "running_header": _header,
    "upper_case": _upper,
    "split_lines": _split,
    "possessive": _possessive,
    "title_logos": _logos,
    "details_block": _details,
    "foreword_later": _foreword,
    "commissioned_neighbour": _commissioned_neighbour,
    "one_page_text": _one_page,
    "intro_far": _intro_far,
    "active_voice": _active_voice,
    "generic_partnership": _generic_partnership,
    "upper_split": _upper_split,
    "header_for": _header_for,
    "title_and_county": _title_and_county,
}
