"""The documents of the level probe (``evaluation/level_probe.py``): real train and dev recommendations and the
own-words texts of the level blind sets C, D and E, printed as Word documents in the layouts real reports use
(agency headings over one list, a No. | Recommendation | Lead table, a body list with a landscape Home Office
plan whose Scope cell prints the level, a legal ``5.2.1`` list with a lead-in and the panel's commentary,
"Recommendation N" headings with a "Lead agency:" line, an executive summary repeated by the body, footnotes
under a running header, a two-column section, a plain list, an Agency | No. | Recommendation table with merged
agency cells, bold "Agency:" lines over bullets), each for one commissioning CSP whose name the title page
prints, with every printed addressee agreeing with what the reference is given.

Nothing here is a gold label: the reference of each item is the classifier's level for its text, the context
the document prints beside it and the CSP the title names (``level_probe.reference``).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotations.wordproc.leads import AGENCY_NAMES
from annotations.wordproc.vocab import HO_HEADER
from annotations.wordproc.worddoc import Level, WordDoc

DATA = Path(__file__).resolve().parents[1] / "classification" / "data"


@dataclass(slots=True)
class Item:
    """One recommendation to print: its text, the addressee the document prints beside it (a heading, a Lead
    cell, an "Agency:" line; None for none) and where the text comes from."""

    text: str
    lead: str | None
    source: str
    #: the gold agencies' natural names ("Police and Local Authority"), which an agency heading prints
    names: str | None = None
    #: the addressee the text's own report wrote (the real heading or Lead cell; an own-words document's heading)
    own: str | None = None
    #: what the layout printed beside the text (the reference's context); set by the layout
    context: str | None = None
    #: the reference level (set before the plan layout prints it in its Scope cell)
    level: str | None = None
    #: the reference's agencies (the classifier's, beside the printed context)
    ref_agencies: list[str] = field(default_factory=list)
    #: the classifier's level beside the text's own written addressee (``own``) instead of what is printed
    own_level: str | None = None
    #: a real text's labelled level (train / dev), for the documents of its own CSP
    gold: str | None = None


@dataclass(slots=True)
class ProbeDoc:
    name: str
    #: the CSP as the reference is given it (a place or a partnership's name the geography places)
    csp: str
    #: the title page's lines (the first names the CSP in a title-page form)
    title: list[str]
    layout: str
    items: list[Item] = field(default_factory=list)
    #: the introduction's paragraphs (an own-words document's own, which may name the CSP)
    front: list[str] = field(default_factory=list)
    #: what agency headings, "Agency:" lines and Agency cells print: "lead" (the written addressee) or "names"
    #: (the gold agencies' natural names); Lead cells and "Lead agency:" lines always print the lead
    headings: str = "lead"


# --- the texts ---------------------------------------------------------------------------------------------
def real_items() -> list[Item]:
    """Train and dev recommendations (never test), each with the addressee its report printed (its written
    addressee, else its gold agencies' natural names), as the word-processor sets print them."""
    from annotations.wordproc.leads import gold_lead, real_lead
    from annotations.wordproc.parts import real_pool

    out = []
    for csp, reals in real_pool().items():
        for real in reals:
            if "•" in real.text:  # bullets folded into one labelled text: not one item of a list
                continue
            own = " and ".join(p.strip() for p in real.addressed_to.split("|") if p.strip()) or None
            out.append(Item(real.text, real_lead(real), f"real:{csp}", gold_lead(real), own, gold=real.level))
    return out


#: Title-page names of the real texts' own CSPs, as their reports (and the word-processor sets) print them.
OWN_TITLES: dict[str, list[str]] = {
    "Kent": ["Kent Community Safety Partnership", "Kent CSP"],
    "Norfolk": ["Norfolk County Community Safety Partnership", "Norfolk Community Safety Partnership"],
    "Nottingham": ["Nottingham Crime and Drugs Partnership", "Nottingham City Council"],
    "Cornwall": ["Safer Cornwall", "Safer Cornwall Partnership", "Cornwall and Isles of Scilly Community Safety Partnership"],
    "Sefton": ["Sefton Community Safety Partnership", "Safer Sefton Together"],
    "Durham": ["Safe Durham Partnership", "Durham Community Safety Partnership"],
    "Harlow": ["Harlow Community Safety Partnership", "Harlow CSP"],
    "Sheffield": ["Sheffield Safer and Sustainable Communities Partnership", "Sheffield Community Safety Partnership"],
    "Northumberland": ["Northumberland Community Safety Partnership", "Safer Northumberland"],
}  # fmt: skip


def own_csp_docs() -> list[ProbeDoc]:
    """The real texts in documents of their own CSP (as the word-processor sets place them), one document per
    title form, with their labelled levels beside the reference."""
    by_csp: dict[str, list[Item]] = {}
    for item in real_items():
        by_csp.setdefault(item.source.removeprefix("real:"), []).append(item)
    out = []
    for csp, items in sorted(by_csp.items()):
        for k, title in enumerate(OWN_TITLES.get(csp, [f"{csp} Community Safety Partnership"])):
            title_lines = [title, "Domestic Homicide Review", "Overview Report", "Into the death of Adult B"]
            out.append(ProbeDoc(f"own-{csp.lower()}-{k}", csp, title_lines, "", [replace(i) for i in items]))
    return out


def _names(agencies: list[str]) -> str:
    """The agencies' natural names as ``leads.gold_lead`` prints them."""
    return (
        " and ".join(AGENCY_NAMES.get(a, a.replace("_", " ").capitalize()) for a in agencies)
        or "All agencies"
    )


def own_word_docs() -> list[ProbeDoc]:
    """The level blind sets C, D and E (own-words texts written for their CSPs), one document each, with their
    own title pages; an item with no printed heading prints its agencies' natural names where a layout needs a
    lead."""
    from tests.extraction.level_blind_c.docs import DOCS as C
    from tests.extraction.level_blind_d.docs import DOCS as D
    from tests.extraction.level_blind_e.docs import DOCS as E

    out = []
    for doc in [*C, *D, *E]:
        items = [
            Item(text, heading or _names(agencies), f"own:{doc.name}", _names(agencies), heading)
            for heading, text, agencies, _level in doc.recs
        ]
        out.append(ProbeDoc(doc.name, " and ".join(doc.places), list(doc.title), "", items, list(doc.front)))
    return out


def probe_csps(per_kind: int = 7) -> list[tuple[str, str]]:
    """(CSP as the reference is given it, title line) for areas of every kind on the map: every n-th row of each
    kind of ``csp_geography.csv`` (counties, districts, unitaries, metropolitan and London boroughs, Welsh
    principal areas, former districts and counties) and the merged CSPs of ``csps.csv``."""
    with (DATA / "csp_geography.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    by_kind: dict[str, list[str]] = {}
    for row in rows:
        if row["kind"] != "area_group":
            by_kind.setdefault(row["kind"], []).append(row["area"])
    out: list[tuple[str, str]] = []
    forms = ["{} Community Safety Partnership", "Safer {} Partnership", "The Community Safety Partnership for {}",
             "{} CSP", "{} Council"]  # fmt: skip
    for kind, names in sorted(by_kind.items()):
        step = max(len(names) // per_kind, 1)
        for name in names[::step][:per_kind]:
            form = forms[len(out) % len(forms)]
            if kind == "london_borough":
                out.append((name, form.format(f"London Borough of {name}")))
            elif kind == "county" and form.endswith("Council"):
                out.append((name, f"{name} County Council"))
            else:
                out.append((name, form.format(name)))
    with (DATA / "csps.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            members = row["members"].split(";")
            out.append(
                (row["csp"], f"{', '.join(members[:-1])} and {members[-1]} Community Safety Partnership")
            )
    return out


# --- the layouts -------------------------------------------------------------------------------------------
Layout = Callable[[WordDoc, ProbeDoc], None]
LEGAL = [Level("decimal", "%1."), Level("decimal", "%1.%2."), Level("decimal", "%1.%2.%3.")]


def _runs(d: ProbeDoc) -> list[tuple[str | None, list[Item]]]:
    """Runs of items under one printed heading, in order."""
    out: list[tuple[str | None, list[Item]]] = []
    for item in d.items:
        heading = item.names if d.headings == "names" else item.lead
        if out and out[-1][0] == heading:
            out[-1][1].append(item)
        else:
            out.append((heading, [item]))
    return out


def agency_headings(w: WordDoc, d: ProbeDoc) -> None:
    """Heading 2 per addressee over one numbered list that runs through them."""
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for lead, items in _runs(d):
        w.heading(lead or "", 2)
        for item in items:
            item.context = lead
            w.para(item.text, num=(nid, 0))


def lead_table(w: WordDoc, d: ProbeDoc) -> None:
    """No. | Recommendation | Lead agency."""
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead agency"]]
    for n, item in enumerate(d.items, start=1):
        item.context = item.lead
        rows.append([str(n), item.text, item.lead])
    w.table(rows, [1.2, 10.5, 4.5], font_size=10)


def body_and_plan(w: WordDoc, d: ProbeDoc) -> None:
    """A plain numbered body list, then a landscape Home Office plan: Recommendation | Scope (the reference level
    as the author prints it) | Action | Lead Agency (the addressee) | Milestones | Target Date | Outcome."""
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    numbers = [w.para(item.text, num=(nid, 0)).rstrip(".") for item in d.items]
    w.section(landscape=True)
    w.heading("Appendix A: Action plan", 1)
    rows: list[list[str | None]] = [list(HO_HEADER)]
    for k, (number, item) in enumerate(zip(numbers, d.items, strict=True)):
        # the action's Lead cell: the written addressee, or the gold agencies' names (as test3's plans print)
        item.context = item.names if d.headings == "names" else item.lead
        scope = (item.level or "local").capitalize()
        # actions whose words name levels that are not the recommendation's scope
        rows.append([f"{number} {item.text}", scope, ACTIONS[k % len(ACTIONS)], item.context,
                     "Briefing note drafted", "March 2017", ""])  # fmt: skip
    w.table(rows, [6.0, 2.2, 6.0, 3.2, 3.4, 2.4, 2.8], font_size=9)


ACTIONS = [
    "Brief staff on the learning of this review",
    "Share the learning with regional and national partners at the next network meeting",
    "Report progress to the local partnership board",
    "Add the learning to the national training offer where it applies locally",
]


def legal_commentary(w: WordDoc, d: ProbeDoc) -> None:
    """``5.2.1``: a lead-in at ``5.1``, each addressee a bold paragraph at ``5.n``, its recommendations at
    ``5.n.m``, the panel's comment after the last."""
    ch = w.num(w.abstract(LEGAL), restart={0: 5})
    w.heading("Recommendations", 1, num=(ch, 0))
    w.para("The panel makes the following recommendations to the agencies named.", num=(ch, 1))
    for lead, items in _runs(d):
        w.para(lead or "Multi-agency", bold=True, num=(ch, 1), keep_with_next=True)
        for item in items:
            item.context = lead
            w.para(item.text, num=(ch, 2))
    w.para("The panel noted that several agencies have already begun this work.", num=(ch, 1))


def recommendation_headings(w: WordDoc, d: ProbeDoc) -> None:
    """ "Recommendation N" headings, the text, then a "Lead agency:" line."""
    for n, item in enumerate(d.items, start=1):
        w.heading(f"Recommendation {n}", 3)
        w.para(item.text)
        w.para(f"Lead agency: {item.lead}")
        item.context = item.lead


def summary_then_body(w: WordDoc, d: ProbeDoc) -> None:
    """An executive summary's plain list, then the body's ``7.1`` list under bold addressee paragraphs."""
    w.heading("Executive summary", 1)
    w.para("The recommendations of this review, which are set out in full later in the report, are:")
    summary = w.num(w.abstract([Level("decimal", "%1.")]))
    for item in d.items:
        w.para(item.text, num=(summary, 0))
    w.page_break()
    ch = w.num(w.abstract(LEGAL[:2]), restart={0: 7})
    w.heading("Recommendations", 1, num=(ch, 0))
    for lead, items in _runs(d):
        w.para(lead or "", bold=True, keep_with_next=True)
        for item in items:
            item.context = lead
            w.para(item.text, num=(ch, 1))


def footnotes_header(w: WordDoc, d: ProbeDoc) -> None:
    """A numbered list under agency headings, a footnote inside each text, a running header naming the CSP."""
    from annotations.wordproc.layouts_dev3 import _header_footer

    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for lead, items in _runs(d):
        w.heading(lead or "", 2)
        for k, item in enumerate(items):
            item.context = lead
            word = item.text.split()[min(3, len(item.text.split()) - 1)]
            w.para(item.text, num=(nid, 0), footnote=(word, f"Note {k + 1} on the learning of this review."))
    _header_footer(w, f"{d.title[0]} | DHR Adult A | OFFICIAL", "Page {n} of {m}")


def two_columns(w: WordDoc, d: ProbeDoc) -> None:
    """The list under agency headings in a two-column section."""
    w.section(columns=2)
    agency_headings(w, d)
    w.section(columns=1)


def plain_list(w: WordDoc, d: ProbeDoc) -> None:
    """A numbered list, no addressee printed."""
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for item in d.items:
        item.context = None
        w.para(item.text, num=(nid, 0))


def merged_agency_table(w: WordDoc, d: ProbeDoc) -> None:
    """Agency | No. | Recommendation, the Agency cell merged down over its rows."""
    rows: list[list[str | None]] = [["Agency", "No.", "Recommendation"]]
    n = 0
    for lead, items in _runs(d):
        for k, item in enumerate(items):
            n += 1
            item.context = lead
            rows.append([lead if k == 0 else None, str(n), item.text])
    w.table(rows, [4.0, 1.2, 11.0], font_size=10)


def agency_lines(w: WordDoc, d: ProbeDoc) -> None:
    """Bold "Agency: X" lines over bulleted recommendations."""
    bullets = w.num(w.abstract([Level("bullet", "•")]))
    for lead, items in _runs(d):
        w.para(f"Agency: {lead}", bold=True, keep_with_next=True)
        for item in items:
            item.context = lead
            w.para(item.text, num=(bullets, 0))


LAYOUTS: dict[str, Layout] = {
    "agency_headings": agency_headings,
    "lead_table": lead_table,
    "body_and_plan": body_and_plan,
    "legal_commentary": legal_commentary,
    "recommendation_headings": recommendation_headings,
    "summary_then_body": summary_then_body,
    "footnotes_header": footnotes_header,
    "two_columns": two_columns,
    "plain_list": plain_list,
    "merged_agency_table": merged_agency_table,
    "agency_lines": agency_lines,
}


def set_contexts(d: ProbeDoc) -> None:
    """What the layout will print beside each item (the reference's context), without writing it."""
    LAYOUTS[d.layout](WordDoc(), d)


def write(d: ProbeDoc, path: Path) -> None:
    """The document: title page, an introduction, the recommendations in the layout, a closing chapter."""
    w = WordDoc("Arial", 11)
    for i, line in enumerate(d.title):
        w.para(line, bold=i == 0, size=20 if i == 0 else 14)
    w.page_break()
    w.heading("Introduction", 1)
    for para in d.front:
        w.para(para)
    w.para("The review looked at the contact agencies had with the victim and the perpetrator, and what could "
           "have been done differently. The panel met five times.")  # fmt: skip
    if d.layout not in ("legal_commentary", "summary_then_body"):
        w.heading("Recommendations", 1)
        w.para("The panel made the following recommendations.")
    LAYOUTS[d.layout](w, d)
    w.heading("Conclusion", 1)
    w.para("The panel thanks the family for their help with this review.")
    w.save(path)


def documents(per_doc: int = 6, per_kind: int = 7) -> list[ProbeDoc]:
    """The probe's documents: the own-words documents with their CSPs, and the real texts printed for CSPs of
    every kind on the map (``per_kind`` areas of each kind, ``per_doc`` texts a document, the texts taken in
    turn), the layouts taken in turn."""
    from classification.geography import geography

    layouts = list(LAYOUTS)
    docs = own_word_docs()
    reals = real_items()
    for k, (csp, title) in enumerate(probe_csps(per_kind)):
        picked = [reals[(k * per_doc + j) % len(reals)] for j in range(per_doc)]
        items = [replace(r) for r in picked]
        docs.append(ProbeDoc(f"real-{k:02d}", csp, [title, "Domestic Homicide Review", "Overview Report",
                                                    "Into the death of Adult A", "Final version"], "", items))  # fmt: skip
    docs += own_csp_docs()
    # a partnership's brand name that places nowhere: the levels are read for the place the report names most
    brands = [
        "Stronger Together Partnership",
        "Safer Communities Partnership",
        "Building Safer Lives Partnership",
    ]
    current = [
        csp for csp, _ in probe_csps(2) if geography().areas.get(csp) and geography().areas[csp].current
    ]
    for k, csp in enumerate(current):
        picked = [reals[(k * 5 + j) % len(reals)] for j in range(per_doc)]
        front = [f"{csp} Council chaired the review panel. The victim had lived in {csp} for ten years.",
                 f"Agencies from {csp} and their partners took part in the review."]  # fmt: skip
        title = [brands[k % len(brands)], "Domestic Homicide Review", "Overview Report"]
        docs.append(ProbeDoc(f"brand-{k:02d}", csp, title, "", [replace(r) for r in picked], front))
    for k, d in enumerate(docs):
        d.layout = layouts[k % len(layouts)]
        d.headings = "names" if (k // len(layouts)) % 2 == 0 else "lead"
        set_contexts(d)
    return docs
