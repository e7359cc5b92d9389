"""The document layouts of the agency probe (:mod:`evaluation.agency_probe`): each writes a short report around a
handful of labelled recommendation texts with the builders of ``annotations/wordproc`` and says, for every
text, which addressee the document printed for it (the ids of the agencies the heading, Agency / Lead cell,
"Lead agency:" line, plan Lead cell or lead-in names) and how.

A layout gets its texts and a random generator; it returns the Word document and one :class:`Placed` a text.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from annotations.wordproc.worddoc import Level, WordDoc
from evaluation.agency_probe_names import MULTI_HEADINGS, forms


@dataclass(slots=True)
class Item:
    """A labelled recommendation text: its gold agencies and the addressee its source printed, if any."""

    text: str
    gold: list[str]
    context: str | None
    source: str
    # filled by the probe from the classifier (the text alone)
    alone: list[str] = field(default_factory=list)
    own: bool = False  # the text names its own (not generic) addressee: LABELLING-GUIDE rule 1


@dataclass(slots=True)
class Placed:
    item: Item
    printed: list[str]  # the ids the printed addressee names ([] when the document prints none)
    shown: str | None  # the addressee as printed
    how: str  # heading, agency_cell, lead_cell, lead_line, plan_lead, lead_in, multi_heading, none


Layout = Callable[[list[Item], random.Random], tuple[WordDoc, list[Placed]]]


class _Names:
    """Printed names for a document: one form per id, initials defined once in the glossary."""

    def __init__(self, rng: random.Random, initials: bool) -> None:
        self.rng = rng
        self.initials = initials
        self.chosen: dict[str, str] = {}
        self.defined: dict[str, str] = {}

    def name(self, agency: str) -> str:
        if agency not in self.chosen:
            options = [f for f in forms(agency) if self.initials or f[1] is None] or forms(agency)[:1]
            if self.initials and any(f[1] for f in options):
                options = [f for f in options if f[1]]
            printed, full = self.rng.choice(options)
            self.chosen[agency] = printed
            if full:
                self.defined[printed] = full
        return self.chosen[agency]

    def of(self, agencies: list[str]) -> str:
        names = [self.name(a) for a in agencies]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _front(w: WordDoc, names: _Names, footnote: bool) -> None:
    w.para("Domestic Homicide Review into the death of Adult N", style="Title")
    w.para("Commissioned by Northshire Community Safety Partnership", bold=True)
    w.heading("Introduction", 1)
    w.para(
        "This review was commissioned by the Northshire Community Safety Partnership after the death of Adult N. "
        "Agencies that had contact provided an IMR and a chronology of their involvement."
    )
    if names.defined and footnote:
        # the initials defined in a footnote on the body's first mention of them
        for short, full in names.defined.items():
            w.para(f"The panel included a representative of {short}.", footnote=(short, f"{short} - {full}"))
    w.heading("Analysis", 1)
    w.para("Adult N was assessed as medium risk in the year before her death and was not referred to MARAC.")


def _glossary(w: WordDoc, names: _Names, footnote: bool) -> None:
    if names.defined and not footnote:
        w.heading("Glossary", 1)
        w.table([[short, full] for short, full in names.defined.items()], [3.0, 11.0], header_rows=0)


def _numbered(w: WordDoc) -> int:
    return w.num(w.abstract([Level("decimal", "%1.")]))


def _groups(items: list[Item], key: Callable[[Item], str]) -> list[tuple[str, list[Item]]]:
    out: dict[str, list[Item]] = {}
    for item in items:
        out.setdefault(key(item), []).append(item)
    return list(out.items())


def _names_and_doc(rng: random.Random) -> tuple[WordDoc, _Names, bool]:
    initials = rng.random() < 0.35
    footnote = initials and rng.random() < 0.5
    w = WordDoc(rng.choice(["Arial", "Calibri", "Times New Roman"]), 11)
    return w, _Names(rng, initials), footnote


# ---------------------------------------------------------------------------------------------- the layouts


def headings(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """Per-agency headings (the gold agencies in a report's words), the texts numbered under them."""
    w, names, footnote = _names_and_doc(rng)
    for item in items:
        names.of(item.gold)  # choose the names (and the initials to define) before the front matter
    _front(w, names, footnote)
    w.heading("Recommendations", 1)
    placed = []
    restart = rng.random() < 0.5
    nid = _numbered(w)
    for heading, group in _groups(items, lambda i: names.of(i.gold)):
        w.heading(heading, 2) if rng.random() < 0.6 else w.para(heading, bold=True)
        if restart:
            nid = _numbered(w)
        for item in group:
            w.para(item.text, num=(nid, 0))
            placed.append(Placed(item, list(item.gold), heading, "heading"))
    _glossary(w, names, footnote)
    return w, placed


def source_headings(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """Headings as the text's own source printed them (a long-tail item's context, a real addressee)."""
    w, names, footnote = _names_and_doc(rng)
    _front(w, names, footnote)
    w.heading("Recommendations", 1)
    placed = []
    nid = _numbered(w)
    for heading, group in _groups(items, lambda i: i.context or names.of(i.gold)):
        w.heading(heading, 2)
        for item in group:
            w.para(item.text, num=(nid, 0))
            placed.append(Placed(item, list(item.gold), heading, "heading"))
    return w, placed


def agency_table(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """An Agency | No. | Recommendation table, each agency cell merged down over its rows."""
    w, names, footnote = _names_and_doc(rng)
    for item in items:
        names.of(item.gold)
    _front(w, names, footnote)
    w.heading("Recommendations", 1)
    rows: list[list[str | None]] = [["Agency", "No.", "Recommendation"]]
    placed = []
    n = 0
    for heading, group in _groups(items, lambda i: names.of(i.gold)):
        for k, item in enumerate(group):
            n += 1
            rows.append([heading if k == 0 else None, str(n), item.text])
            placed.append(Placed(item, list(item.gold), heading, "agency_cell"))
    w.table(rows, [3.5, 1.2, 11.0])
    _glossary(w, names, footnote)
    return w, placed


def lead_table(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """A No. | Recommendation | Lead agency table; a Lead cell may name one of several gold agencies."""
    w, names, footnote = _names_and_doc(rng)
    leads = []
    for item in items:
        gold = list(item.gold)
        leads.append(gold[:1] if len(gold) > 1 and rng.random() < 0.5 else gold)
        names.of(leads[-1])
    _front(w, names, footnote)
    w.heading("Recommendations", 1)
    header = rng.choice(["Lead agency", "Lead", "Responsible agency"])
    rows: list[list[str | None]] = [["No.", "Recommendation", header]]
    placed = []
    for n, (item, lead) in enumerate(zip(items, leads, strict=True), 1):
        rows.append([str(n), item.text, names.of(lead)])
        placed.append(Placed(item, lead, names.of(lead), "lead_cell"))
    w.table(rows, [1.2, 10.5, 4.0])
    _glossary(w, names, footnote)
    return w, placed


def contrary_leads(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """Lead cells cycled from a fixed list beside texts that name their own addressee: the text comes first
    (LABELLING-GUIDE rule 1), the cell adds nothing."""
    w, names, footnote = _names_and_doc(rng)
    cycle = ["police", "local_authority", "integrated_care_board", "probation_service", "housing"]
    rng.shuffle(cycle)
    leads = [[next(a for a in cycle[k % 5 :] + cycle if a not in it.gold)] for k, it in enumerate(items)]
    for lead in leads:
        names.of(lead)
    _front(w, names, footnote)
    w.heading("Recommendations", 1)
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead agency"]]
    placed = []
    for n, (item, lead) in enumerate(zip(items, leads, strict=True), 1):
        rows.append([str(n), item.text, names.of(lead)])
        placed.append(Placed(item, lead, names.of(lead), "contrary_lead"))
    w.table(rows, [1.2, 10.5, 4.0])
    _glossary(w, names, footnote)
    return w, placed


def lead_lines(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """ "Recommendation N" labels, the text, then a "Lead agency: X" line."""
    w, names, footnote = _names_and_doc(rng)
    for item in items:
        names.of(item.gold)
    _front(w, names, footnote)
    w.heading("Recommendations", 1)
    label = rng.choice(["Lead agency:", "Lead:", "Agency:"])
    placed = []
    for n, item in enumerate(items, 1):
        w.para(f"Recommendation {n}", bold=True)
        w.para(item.text)
        w.para(f"{label} {names.of(item.gold)}")
        placed.append(Placed(item, list(item.gold), names.of(item.gold), "lead_line"))
    _glossary(w, names, footnote)
    return w, placed


def plain(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """A numbered list with no addressee printed anywhere."""
    w, names, footnote = _names_and_doc(rng)
    _front(w, names, footnote)
    w.heading("Recommendations", 1)
    w.para("The panel makes the following recommendations.")
    nid = _numbered(w)
    for item in items:
        w.para(item.text, num=(nid, 0))
    return w, [Placed(item, [], None, "none") for item in items]


def home_office_plan(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """A plain numbered list in the body, then a landscape Home Office action plan whose rows name the lead."""
    w, names, footnote = _names_and_doc(rng)
    for item in items:
        names.of(item.gold)
    _front(w, names, footnote)
    w.heading("Recommendations", 1)
    nid = _numbered(w)
    for item in items:
        w.para(item.text, num=(nid, 0))
    _glossary(w, names, footnote)
    w.section(landscape=True)
    w.heading("Appendix A: Action Plan", 1)
    rows: list[list[str | None]] = [
        ["Recommendation", "Scope", "Action to take", "Lead Agency", "Key milestones", "Target date"]
    ]
    placed = []
    for n, item in enumerate(items, 1):
        lead = names.of(item.gold)
        rows.append(
            [
                f"{n}. {item.text}",
                "Local",
                "Review the procedure against the findings",
                lead,
                "",
                "March 2020",
            ]
        )
        rows.append([None, None, "Brief frontline staff on the change", lead, "", "June 2020"])
        placed.append(Placed(item, list(item.gold), lead, "plan_lead"))
    w.table(rows, [8.0, 2.0, 5.5, 3.5, 3.0, 2.5], font_size=8.5)
    return w, placed


def summary_repeat(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """An executive summary listing the texts, then the body giving them again under agency headings."""
    w, names, footnote = _names_and_doc(rng)
    for item in items:
        names.of(item.gold)
    w.para("Domestic Homicide Review into the death of Adult N", style="Title")
    w.heading("Executive Summary", 1)
    w.para("The review makes the recommendations below.")
    nid = _numbered(w)
    for item in items:
        w.para(item.text, num=(nid, 0))
    _front(w, names, footnote)
    w.heading("Recommendations", 1)
    placed = []
    nid = _numbered(w)
    for heading, group in _groups(items, lambda i: names.of(i.gold)):
        w.heading(heading, 2)
        for item in group:
            w.para(item.text, num=(nid, 0))
            placed.append(Placed(item, list(item.gold), heading, "heading"))
    _glossary(w, names, footnote)
    return w, placed


def multi_headings(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """An "All agencies" / "Multi-agency" heading over texts naming their own addressees (and all-agency ones)."""
    w, names, footnote = _names_and_doc(rng)
    _front(w, names, footnote)
    w.heading("Recommendations", 1)
    heading = rng.choice(MULTI_HEADINGS)
    w.heading(heading, 2)
    nid = _numbered(w)
    for item in items:
        w.para(item.text, num=(nid, 0))
    return w, [Placed(item, ["all_agencies"], heading, "multi_heading") for item in items]


def lead_ins(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """A sentence naming the addressee before each agency's list ("The following recommendations are for X:")."""
    w, names, footnote = _names_and_doc(rng)
    for item in items:
        names.of(item.gold)
    _front(w, names, footnote)
    w.heading("Recommendations", 1)
    placed = []
    for heading, group in _groups(items, lambda i: names.of(i.gold)):
        w.para(
            rng.choice(
                ["The following recommendations are for {x}:", "For {x}, the panel recommends:"]
            ).format(x=heading)
        )
        nid = _numbered(w)
        for item in group:
            w.para(item.text, num=(nid, 0))
            placed.append(Placed(item, list(item.gold), heading, "lead_in"))
    _glossary(w, names, footnote)
    return w, placed


def tags(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """Each number followed by its agency's initials in brackets ("4 (NP) ..."), the initials keyed above."""
    w = WordDoc(rng.choice(["Arial", "Calibri"]), 11)
    names = _Names(rng, initials=True)
    for item in items:
        names.of(item.gold)
    _front(w, names, False)
    w.heading("Recommendations", 1)
    if names.defined:
        key = "; ".join(f"{short}: {full}" for short, full in names.defined.items())
        w.para(f"Each recommendation's number is followed by the agency it is for, in brackets. {key}.")
    placed = []
    for n, item in enumerate(items, 1):
        tag = names.of(item.gold)
        w.para(f"{n} ({tag}) {item.text}")
        placed.append(Placed(item, list(item.gold), tag, "tag"))
    return w, placed


#: A plan's Lead cell naming a post in the body ("Head of Safeguarding, Northshire Police").
_POSTS = ["Head of Safeguarding, {x}", "Named Nurse, {x}", "{x} - Safeguarding Lead", "Service Manager ({x})"]


def plan_posts(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """A plain body list, then a plan whose Lead cells name a post and its body."""
    w, names, footnote = _names_and_doc(rng)
    for item in items:
        names.of(item.gold)
    _front(w, names, footnote)
    w.heading("Recommendations", 1)
    nid = _numbered(w)
    for item in items:
        w.para(item.text, num=(nid, 0))
    _glossary(w, names, footnote)
    w.heading("Action Plan", 1)
    rows: list[list[str | None]] = [["No.", "Recommendation", "Action", "Lead officer", "Target date"]]
    placed = []
    for n, item in enumerate(items, 1):
        lead = (
            rng.choice(_POSTS).format(x=names.of(item.gold)) if len(item.gold) == 1 else names.of(item.gold)
        )
        rows.append([str(n), item.text, "Review the procedure against the findings", lead, "March 2020"])
        placed.append(Placed(item, list(item.gold), lead, "plan_post"))
    w.table(rows, [1.0, 6.5, 4.0, 3.5, 2.0], font_size=9)
    return w, placed


def plan_only(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """A separate action plan: the recommendations only in its rows, each with its Lead Agency cell."""
    w, names, footnote = _names_and_doc(rng)
    for item in items:
        names.of(item.gold)
    w.para("DHR Adult N: Action Plan", style="Title")
    w.para("Northshire Community Safety Partnership", bold=True)
    _glossary(w, names, False)
    rows: list[list[str | None]] = [["Recommendation", "Action to take", "Lead Agency", "Target Date"]]
    placed = []
    for n, item in enumerate(items, 1):
        lead = names.of(item.gold)
        rows.append([f"{n}. {item.text}", "Review the procedure against the findings", lead, "March 2020"])
        placed.append(Placed(item, list(item.gold), lead, "plan_lead"))
    w.table(rows, [8.0, 4.5, 3.5, 2.0], font_size=9)
    return w, placed


def headings_and_plan(items: list[Item], rng: random.Random) -> tuple[WordDoc, list[Placed]]:
    """Agency headings over the body's lists, then a plan repeating each text with its Lead cell."""
    w, placed = headings(items, rng)
    names = {p.item.text: p.shown for p in placed}
    w.heading("Appendix: Action Plan", 1)
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead", "Target date"]]
    for item in items:
        rows.append([item.text, "Brief frontline staff on the change", names[item.text], "June 2020"])
    w.table(rows, [8.0, 4.5, 3.5, 2.0], font_size=9)
    return w, placed


LAYOUTS: dict[str, Layout] = {
    "headings": headings,
    "source_headings": source_headings,
    "agency_table": agency_table,
    "lead_table": lead_table,
    "contrary_leads": contrary_leads,
    "lead_lines": lead_lines,
    "plain": plain,
    "home_office_plan": home_office_plan,
    "summary_repeat": summary_repeat,
    "multi_headings": multi_headings,
    "lead_ins": lead_ins,
    "tags": tags,
    "plan_posts": plan_posts,
    "plan_only": plan_only,
    "headings_and_plan": headings_and_plan,
}
#: Layouts that only take texts naming their own addressee (or all agencies'): a printed body beside them is
#: not theirs, so the text's own reading is the reference.
OWN_ONLY = {"contrary_leads", "multi_headings"}
#: Layouts that print the source's own context: only texts whose source printed one as a heading or cell (not
#: a numbering tag "3 (ASC)" or a heading joined to a Lead cell "7 (KMPT) | ...", which no heading prints).
CONTEXT_ONLY = {"source_headings"}
#: Layouts that print no addressee beside a text (or one the text's own subject overrides): the only ones for
#: a text whose gold is ``other`` (a body off the pick-list has no name here to print).
UNPRINTED = {"plain", "contrary_leads", "multi_headings"}
