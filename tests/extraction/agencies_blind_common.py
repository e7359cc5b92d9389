"""The pieces every ``agencies_blind*`` builder shares from set c on: a document's front matter and
"Recommendations" heading (:func:`start`) and per-agency blocks of numbered recommendations, each heading kept as
its items' context (:func:`headed`); from set g on also the short names of the agency labels, a numbered table
with a lead cell (:func:`lead_table`), items opening with their agency's name (:func:`label_runs`) and lettered
items under lead-in sentences (:func:`lettered_lead_ins`); from set k on a two-column glossary table
(:func:`glossary`), the Home Office template's plan columns (:func:`scope_plan`) and rows kept whole over a page
break (:func:`keep_rows_whole`).

Kept in one place so that sets c and d (and any later set) print these parts alike; the gold each builds is
unchanged by the move (their DOCX parts and gold were compared before and after).
"""

from __future__ import annotations

from docx.oxml import OxmlElement

from annotations.wordproc.parts import _front
from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Recommendation
from dhr.schema.extraction import AgencyMention
from tests.extraction.plans.build import Doc, _numbered_body

Recs = list[tuple[str, list[str]]]
#: (agency heading, the recommendations under it with their agencies)
Blocks = list[tuple[str, Recs]]
#: (the agency's name as printed beside the item: a lead cell, tag or lead run; the text; its agencies)
Tagged = list[tuple[str, str, list[str]]]
#: a row of a Home Office template plan: (lead cell, text, scope, agencies), or one string: a theme row that spans
#: the table
PlanRow = str | tuple[str, str, str, list[str]]

# The agency labels (LABELLING-GUIDE keys) the sets write most, by short names so that the gold reads tersely.
P, HOSP, MH, LHT = "police", "hospital", "mental_health_services", "local_health_trust"
ICB, GP, ASC, CSC = "integrated_care_board", "gp", "adult_social_care", "childrens_social_care"
LA, HOUSING, CSP, ALL = "local_authority", "housing", "community_safety_partnership", "all_agencies"
PROB, AMB, DAS, DRUGS = (
    "probation_service",
    "ambulance_service",
    "domestic_abuse_services",
    "drug_and_alcohol_services",
)
SAB, DAPB, PCC, OTHER = (
    "safeguarding_adults_board",
    "domestic_abuse_partnership_board",
    "police_and_crime_commissioner",
    "other",
)
SCHOOL, NHSE, DWP, SCP = "school", "nhs_england", "dwp", "children_safeguarding_board"
HO, CST, PH = "home_office", "council_community_safety_team", "public_health"


def start(csp: str, subject: str, font: str = "Arial", heading: bool = True) -> tuple[WordDoc, Doc]:
    """A document's front matter, then (``heading``) its "Recommendations" heading; without it the caller writes
    its own lines first (a definition of "the Partnership", a glossary) and the heading after."""
    d = Doc(csp, subject)
    w = WordDoc(font, 11)
    _front(w, d, None, tor=False)  # type: ignore[arg-type]  # Doc has the csp and subject it reads
    if heading:
        w.heading("Recommendations", 1)
    return w, d


def summary(d: Doc) -> None:
    """Mark a document's gold as an executive summary (its front matter is the shared one)."""
    d.kind = "executive_summary"


def headed(w: WordDoc, d: Doc, blocks: Blocks, level: int = 2) -> None:
    """One heading per block, its recommendations numbered under it (each heading kept as the item's context)."""
    for heading, recs in blocks:
        w.heading(heading, level)
        for rec in _numbered_body(w, d, recs):
            rec.heading = heading


def lead_table(w: WordDoc, d: Doc, header: list[str], rows: Tagged, widths: list[float], due: str) -> None:
    """A table No | Recommendation | <lead> | <due> numbered from 1, every row due ``due``: the lead cell is the
    item's printed context in the gold."""
    table: list[list[str | None]] = [header]
    for n, (lead, text, agencies) in enumerate(rows, start=1):
        d.rec(str(n), text, agencies).heading = lead
        table.append([str(n), text, lead, due])
    w.table(table, widths, font_size=10)


def label_runs(w: WordDoc, d: Doc, items: Tagged, label: str, context: str = "{}") -> None:
    """Items numbered "1." on, each opening with a run that names its agency (``label`` formats the name: "{}: ",
    "({}) "); ``context`` formats the same name as the item's printed context in the gold."""
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for name, text, agencies in items:
        number = w.para(text, num=(nid, 0), label_run=label.format(name)).rstrip(".")
        d.rec(number, text, agencies).heading = context.format(name)


def lettered_lead_ins(w: WordDoc, d: Doc, blocks: Blocks, letter: str = "(%1)") -> None:
    """Each lead-in sentence ("It is recommended that X:") as a paragraph, its items lettered under it (``letter``
    the numbering format, restarting at a under each), each item's printed context its lead-in."""
    letters = w.abstract([Level("lowerLetter", letter)])
    for lead_in, recs in blocks:
        w.para(lead_in)
        nid = w.num(letters, restart={0: 1})
        for text, agencies in recs:
            number = w.para(text, num=(nid, 0)).strip("()")
            d.rec(number, text, agencies).heading = lead_in


def glossary(
    w: WordDoc,
    title: str,
    pairs: list[tuple[str, str]],
    header: tuple[str, str] = ("Abbreviation", "Meaning"),
) -> None:
    """A heading and a two-column table spelling out the initials the recommendations use, its header the
    column names the document prints ("Abbreviation | Meaning", "Term | Meaning", "Abbreviation | In full");
    placed before or after the recommendations by the caller."""
    w.heading(title, 1)
    w.table([list(header), *[[a, b] for a, b in pairs]], [3.5, 13.0], font_size=10)


def scope_plan(
    w: WordDoc, d: Doc, rows: list[PlanRow], due: str, widths: list[float], outcome: bool = False
) -> None:
    """The Home Office action-plan template's columns No | Recommendation | Scope | Lead agency | Target date (with
    ``outcome`` also "Date of completion and outcome", left empty as a plan is when a report is signed off),
    numbered from 1 through any theme rows (a string row spans the table), every row due ``due``; the Lead cell is
    the item's printed context."""
    header = ["No", "Recommendation", "Scope", "Lead agency", "Target date"]
    table: list[list[str | None]] = [header + ["Date of completion and outcome"] if outcome else header]
    n = 0
    for row in rows:
        if isinstance(row, str):
            table.append([row])
            continue
        lead, text, scope, agencies = row
        n += 1
        d.rec(str(n), text, agencies).heading = lead
        table.append([str(n), text, scope, lead, due, *([""] if outcome else [])])
    w.table(table, widths, font_size=9)


def keep_rows_whole(w: WordDoc) -> None:
    """Keep each row of the last table on one page ("Allow row to break across pages" off, as many plan
    templates set it), so that no recommendation cell is cut by a page break."""
    for row in w.doc.tables[-1].rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def keep(recs: list[Recommendation], surfaces: dict[int, str]) -> None:
    """Keep the printed words of an ``other`` addressee (the guide: ``other`` with the surface text kept)."""
    for i, surface in surfaces.items():
        recs[i].agency_mentions.append(AgencyMention(text=surface, agency="other", role="lead"))
