"""The ``dev22/`` documents (second half, ``dev22-06``..``10``) and the batch's runner: whole DHR / DARDR reports
whose agencies are read from the layout, as in ``layouts_dev22.py`` (its docstring has the batch's aim and rules).

Build (LibreOffice needed): ``python -m annotations.wordproc.layouts_dev22b [--only NAME ...] [--no-pdf]``
writes ``dev22/`` with ``build.build`` (the same writer, PDF check and gold as every other folder); score (the
lead, blind): ``python -m annotations.wordproc.score dev22``.
"""

import sys

from annotations.wordproc.batch import run_batch
from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import _header_footer
from annotations.wordproc.layouts_dev7 import _look
from annotations.wordproc.layouts_dev13 import section, shade_header, take
from annotations.wordproc.layouts_dev14 import add, glossary, title_page
from annotations.wordproc.layouts_dev15 import margins
from annotations.wordproc.layouts_dev20 import TAGGED, cover, key_contacts
from annotations.wordproc.layouts_dev22 import DEV22A, act22, chapters, ho_plan
from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Recommendation

#: LibreOffice PDF export options per document (tagged PDF for two; the rest the defaults).
PDF_OPTIONS_22: dict[str, str] = {
    "dev22-03-norfolk-heading3-footnotes": TAGGED,
    "dev22-07-kent-dardr-lead-lines-footnote": TAGGED,
}


def lead_line(w: WordDoc, label: str, name: str, note: str | None = None) -> None:
    """A "Lead agency:" line under a recommendation: the bold label, then the agency as the area writes it
    (``note``: a footnote after the name)."""
    p = w.doc.add_paragraph()
    p.add_run(f"{label} ").bold = True
    p.add_run(name)
    if note:
        w._footnote_ref(p, note)


def dev_durham_ho_plan_trust(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Durham 2016, Times New Roman 12 justified: bold "Recommendation N" lines each over the text and a
    "Lead agency:" line ("Safe Durham Partnership Board (SDPB)", "Safe Durham Partnership", "North Tees and
    Hartlepool NHS Foundation Trust (the Trust)"); a landscape Home Office plan whose Lead Agency cells use the
    short forms ("SDPB", "the Partnership", "the Trust"), completion cells dated, targets "Q4 2016/17",
    "31.10.16", "within 6 months", "Ongoing", "Immediate"."""
    g = Gold("dev22-06-durham-ho-plan-trust", "Safe Durham Partnership", "Adult Q22")
    w = WordDoc("Times New Roman", 12)
    margins(w, 2.54)
    _look(w, 1.0, 10, justified=True)
    title_page(w, g, date="July 2016")
    chapters(w, g, ["Introduction", "Terms of reference", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    reals = take(pool, "Durham", [0, 1, 2], used)
    leads = ["Safe Durham Partnership Board (SDPB)", "Safe Durham Partnership",
             "North Tees and Hartlepool NHS Foundation Trust (the Trust)"]  # fmt: skip
    recs: list[Recommendation] = []
    for n, (real, lead) in enumerate(zip(reals, leads, strict=True), 1):
        w.para(f"Recommendation {n}", bold=True, keep_with_next=True)
        w.para(real.text, keep_with_next=True)
        lead_line(w, "Lead agency:", lead)
        recs.append(add(g, real, str(n)))  # the label word is not the number
    section(w, landscape=True)
    w.heading("Appendix: Action plan", 1)
    rows: list[tuple[str | None, Recommendation | None, str, list[tuple[str, str, str, str]]]] = [
        (None, recs[0], "Local",
         [("Write a DHR protocol with a timescale for each stage, through DAFEG", "SDPB",
           "Draft protocol to DAFEG", "Q4 2016/17"),
          ("Ask each partner to sign the protocol", "SDPB", "", "within 6 months")]),
        (None, recs[1], "Local",
         [("Ask CAADA and other partnerships how they capture third party reports", "the Partnership",
           "Letters sent", "31.10.16")]),
        (None, recs[2], "Local",
         [("Share the learning from this review with emergency department and ward staff", "the Trust",
           "Learning briefing written", "Immediate"),
          ("Include the case in safeguarding level 3 training", "the Trust", "", "Ongoing")]),
    ]  # fmt: skip
    ho_plan(w, rows, [6.4, 1.6, 5.0, 3.0, 3.4, 2.2, 4.0], "7F6000", done="Completed 14/11/2016")
    _header_footer(w, "Safe Durham Partnership - DHR Adult Q22", "Page {n}")
    return w, g


def dev_kent_dardr_lead_lines_footnote(
    pool: dict[str, list[RealRec]], used: set[str]
) -> tuple[WordDoc, Gold]:
    """Kent and Medway 2024 DARDR, Calibri 11: each recommendation under a Heading 3 "Recommendation N" with a
    bold "Lead agency:" line in the area's long form ("NHS England - South East region", "NHS Kent and Medway
    Integrated Care Board" with a footnote that the CCG became the ICB, "Kent County Council - Adult Social Care
    and Health"); a portrait plan Rec | Action | Lead | Target | Progress in short forms ("NHSE (South East)",
    "the ICB", "ASCH"); targets "Q2 2024/25", "31.03.25", "March 2025", "within 6 months"; header
    "OFFICIAL-SENSITIVE"; tagged PDF."""
    g = Gold("dev22-07-kent-dardr-lead-lines-footnote", "Kent Community Safety Partnership", "Mr R22")
    w = WordDoc("Calibri", 11)
    margins(w, 2.5)
    _look(w, 1.08, 8)
    cover(w, g, "Domestic Abuse Related Death Review",
          ["Overview Report", "Type of death: unexpected death of an older carer", "Final, May 2024"])  # fmt: skip
    chapters(w, g, ["Introduction", "Background", "Analysis", "Lessons learned"])
    key_contacts(w, "E2EFD9")
    w.heading("Recommendations", 1)
    reals = take(pool, "Kent", [2, 7, 8], used)
    leads = [
        ("NHS England - South East region", None),
        ("NHS Kent and Medway Integrated Care Board",
         "The recommendation was made to Kent and Medway CCG, whose functions passed to the Integrated Care "
         "Board on 1 July 2022."),
        ("Kent County Council - Adult Social Care and Health", None),
    ]  # fmt: skip
    recs: list[Recommendation] = []
    for n, (real, (lead, note)) in enumerate(zip(reals, leads, strict=True), 1):
        w.heading(f"Recommendation {n}", 3)
        w.para(real.text, keep_with_next=True)
        lead_line(w, "Lead agency:", lead, note)
        recs.append(add(g, real, str(n)))  # the heading's label word is not the number
    w.heading("Action plan", 1)
    short = ["NHSE (South East)", "the ICB", "ASCH"]
    acts = [
        [("Review the GP record made after the overdose and feed back to the practice", "Q2 2024/25")],
        [("Add a one-to-one conversation after diagnosis to the memory service specification", "31.03.25")],
        [("Add a prompt to speak to the carer alone to the carer's assessment", "within 6 months"),
         ("Audit 30 carer's assessments for the recorded decision", "March 2025")],
    ]  # fmt: skip
    progress = ["Meeting held 12/06/2024", "Specification drafted", "Form change tested 03/07/2024", ""]
    plan: list[list[str | None]] = [["Rec", "Action", "Lead", "Target", "Progress"]]
    k = 0
    for rec, lead, items in zip(recs, short, acts, strict=True):
        for j, (text, target) in enumerate(items):
            act22(rec, text, lead, target)
            plan.append([rec.number if j == 0 else None, text, lead, target, progress[k]])
            k += 1
    w.table(plan, [1.1, 6.6, 3.0, 2.8, 3.1], font_size=10)
    shade_header(w, fill="2E75B6")
    glossary(w, [("ASCH", "Adult Social Care and Health, Kent County Council"),
                 ("ICB", "NHS Kent and Medway Integrated Care Board"), ("NHSE", "NHS England")])  # fmt: skip
    _header_footer(w, "OFFICIAL-SENSITIVE", "Kent and Medway DARDR Mr R22 | Page {n}")
    return w, g


def dev_norfolk_lead_right_split(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Norfolk 2013, Times New Roman 12: a No. | Recommendation | Lead agency table, the Lead column on the
    RIGHT naming two agencies joined by "/" ("GP practices / Cambridgeshire Community Services") or "and"
    ("Director of Public Health and Norfolk CCGs"), "NCCSP" and the partnership in full, long rows cut by the
    page break; a landscape plan Rec | Action | Lead | Target date | Update with two agencies on two lines of one
    Lead cell; targets "Q4 2013/14", "31.03.14", "March 2014", "30.06.14", "within 6 months"."""
    g = Gold("dev22-08-norfolk-lead-right-split", "Norfolk County Community Safety Partnership", "Adult S22")
    w = WordDoc("Times New Roman", 12)
    margins(w, 2.54)
    _look(w, 1.0, 10)
    title_page(w, g, date="November 2013")
    chapters(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel makes five recommendations. Norfolk County Community Safety Partnership (NCCSP) will "
           "oversee them; the lead agency for each is shown beside it.")  # fmt: skip
    reals = take(pool, "Norfolk", [3, 4, 5, 9, 11], used)
    leads = ["GP practices / Cambridgeshire Community Services", "Director of Public Health and Norfolk CCGs",
             "NCCSP", "Norfolk County Community Safety Partnership", "NHS England"]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead agency"]]
    recs = []
    for n, (real, lead) in enumerate(zip(reals, leads, strict=True), 1):
        rows.append([str(n), real.text, lead])
        recs.append(add(g, real, str(n)))  # dates in two texts ("by June 2014") are their targets
    w.table(rows, [1.1, 10.9, 4.0], font_size=11)
    shade_header(w, fill="404040")
    glossary(w, [("CCG", "Clinical Commissioning Group"), ("CCS", "Cambridgeshire Community Services NHS Trust"),
                 ("IRIS", "Identification and Referral to Improve Safety"),
                 ("NCCSP", "Norfolk County Community Safety Partnership")])  # fmt: skip
    section(w, landscape=True)
    w.heading("Appendix 1: Action plan", 1)
    plan_leads = ["GP practices\nCCS", "Public Health\nNorfolk CCGs", "NCCSP", "NCCSP", "NHS England"]
    acts = [
        [("Write a domestic abuse policy for each practice and community team, with a seen-alone standard",
          "Q4 2013/14")],
        [("Agree the county domestic abuse strategy through the health and wellbeing board", "30.06.14")],
        [("Place helpline cards in surgeries, libraries and workplaces", "31.03.14")],
        [("Run a healthy relationships campaign for young people", "March 2014"),
         ("Brief hairdressers and beauticians through trade networks", "within 6 months")],
        [("Build IRIS into GP contract monitoring", "Ongoing")],
    ]  # fmt: skip
    updates = ["Draft policy circulated 02/12/2013", "Strategy group met 14/01/2014", "", "Brief agreed", "",
               "Reply awaited"]  # fmt: skip
    plan: list[list[str | None]] = [["Rec", "Action", "Lead", "Target date", "Update"]]
    k = 0
    for rec, lead, items in zip(recs, plan_leads, acts, strict=True):
        for j, (text, target) in enumerate(items):
            act22(rec, text, lead, target)
            plan.append([rec.number if j == 0 else None, text, lead, target, updates[k]])
            k += 1
    w.table(plan, [1.4, 11.6, 4.4, 3.0, 5.4], font_size=10)
    shade_header(w, fill="404040")
    _header_footer(w, "Norfolk DHR Adult S22", "Page {n} of {m}")
    return w, g


def dev_harlow_ho_plan_roman(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Harlow 2023, Arial 10: "Recommendations for all agencies" (Heading 2) over a Word list "i."-"iii."; a
    landscape Home Office plan with theme rows ("Theme 1 - Training - Harlow and West Essex") and Lead Agency
    cells "All partner agencies", "All agencies on the DHR panel", "All agencies"; targets "Q4 2023/24",
    "31.03.24", "March 2024", "within 6 months", "Q1 2024/25", "Ongoing"."""
    g = Gold("dev22-09-harlow-ho-plan-roman", "Harlow Community Safety Partnership", "Ms T22")
    w = WordDoc("Arial", 10)
    margins(w, 2.2)
    _look(w, 1.15, 6)
    cover(w, g, "Domestic Homicide Review", ["Overview Report", "Final, October 2023"])
    chapters(w, g, ["Introduction", "Terms of reference", "Analysis", "Conclusions", "Lessons learned"])
    w.heading("Recommendations", 1)
    w.para("All three recommendations are for every agency that took part in the review.")
    w.heading("Recommendations for all agencies", 2)
    nid = w.num(w.abstract([Level("lowerRoman", "%1.")]))
    recs = []
    for real in take(pool, "Harlow", [0, 1, 2], used):
        label = w.para(real.text, num=(nid, 0))
        recs.append(add(g, real, label, "overview", "Recommendations for all agencies"))
    section(w, landscape=True)
    w.heading("Appendix B: Action plan", 1)
    rows: list[tuple[str | None, Recommendation | None, str, list[tuple[str, str, str, str]]]] = [
        ("Theme 1 - Training - Harlow and West Essex", recs[0], "Local",
         [("Add a domestic abuse module to adult safeguarding training", "All partner agencies",
           "Module drafted", "Q4 2023/24"),
          ("Report attendance at adult safeguarding training to the Partnership", "All partner agencies",
           "First return received", "31.03.24")]),
        ("Theme 2 - Information sharing - Harlow and West Essex", recs[1], "Local",
         [("Agree an information sharing protocol that works across the separate IT systems",
           "All agencies on the DHR panel", "Protocol with legal services", "within 6 months"),
          ("Test the protocol on three live cases", "All agencies on the DHR panel", "", "Q1 2024/25")]),
        (None, recs[2], "Local",
         [("Circulate the seven golden rules of information sharing to all staff", "All agencies",
           "Circulated", "March 2024"),
          ("Add the golden rules to induction for new staff", "All agencies", "", "Ongoing")]),
    ]  # fmt: skip
    ho_plan(w, rows, [6.2, 1.6, 5.2, 3.2, 3.4, 2.2, 4.0], "833C0B", done="")
    _header_footer(w, "Harlow DHR Ms T22 - OFFICIAL", "Page {n} of {m}")
    return w, g


def dev_sheffield_agency_left_plan(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Sheffield 2021, Calibri 11: agency Heading 3s "South Yorkshire Police (SYP)" and "Children's Services"
    (a footnote on the heading: Sheffield City Council's Children, Young People and Families service) over a
    Word list "1."-"2." carried on; a portrait plan Lead agency | Rec | Action | Target with the agency column on
    the LEFT merged down over each agency's two actions ("SYP", "Children's Services"); running header naming
    the chapter; targets "Q2 2021/22", "31.03.22", "within 6 months", "January 2022"."""
    g = Gold("dev22-10-sheffield-agency-left-plan", "Sheffield Safer and Sustainable Communities Partnership",
             "Ms P22")  # fmt: skip
    w = WordDoc("Calibri", 11)
    margins(w, 2.4)
    _look(w, 1.1, 8)
    cover(w, g, "Domestic Homicide Review", ["Overview Report", "March 2021"])
    chapters(w, g, ["Introduction", "Background", "Analysis", "Conclusions"])
    w.heading("Recommendations", 1)
    w.para("The panel makes two recommendations, one for each of the agencies below.")
    reals = take(pool, "Sheffield", [0, 1], used)
    heads = [("South Yorkshire Police (SYP)", None),
             ("Children's Services", "Sheffield City Council's Children, Young People and Families service.")]  # fmt: skip
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    recs = []
    for (head, note), real in zip(heads, reals, strict=True):
        if note:
            w.para(head, style="Heading 3", footnote=("Services", note), keep_with_next=True)
        else:
            w.heading(head, 3)
        recs.append(add(g, real, w.para(real.text, num=(nid, 0)), "single_agency", head))
    w.heading("Action plan", 1)
    short = ["SYP", "Children's Services"]
    acts = [
        [("Brief officers and staff on recording third party information", "Q2 2021/22"),
         ("Dip sample 50 incidents for third party information and its sharing", "31.03.22")],
        [("Relaunch the FCAF with universal services", "within 6 months"),
         ("Name an FCAF owner in each universal service", "January 2022")],
    ]  # fmt: skip
    plan: list[list[str | None]] = [["Lead agency", "Rec", "Action", "Target"]]
    for rec, lead, items in zip(recs, short, acts, strict=True):
        for j, (text, target) in enumerate(items):
            act22(rec, text, lead, target)
            plan.append([lead if j == 0 else None, rec.number if j == 0 else None, text, target])
    w.table(plan, [3.4, 1.2, 9.0, 2.8], font_size=10)
    shade_header(w, fill="C00000")
    glossary(w, [("FCAF", "Family Common Assessment Framework"), ("SYP", "South Yorkshire Police")])
    _header_footer(w, "Sheffield DHR Ms P22 - Recommendations and action plan", "Page {n} of {m}")
    return w, g


DEV22B = {
    "dev22-06-durham-ho-plan-trust": dev_durham_ho_plan_trust,
    "dev22-07-kent-dardr-lead-lines-footnote": dev_kent_dardr_lead_lines_footnote,
    "dev22-08-norfolk-lead-right-split": dev_norfolk_lead_right_split,
    "dev22-09-harlow-ho-plan-roman": dev_harlow_ho_plan_roman,
    "dev22-10-sheffield-agency-left-plan": dev_sheffield_agency_left_plan,
}
#: The whole batch, in order.
DEV22 = {**DEV22A, **DEV22B}


def main(argv: list[str] | None = None) -> int:
    """Write ``dev22/`` through ``build.build`` (kept out of ``build.py``'s folder list while the batch is
    blind; the lead may register it there after scoring)."""
    return run_batch(DEV22, "dev22", argv, PDF_OPTIONS_22)


if __name__ == "__main__":
    sys.exit(main())
