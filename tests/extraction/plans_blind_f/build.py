"""A sixth blind set of action plans (written for these tests, gold labelled before the reader was run on them):
column orders and date-cell wordings the earlier sets did not use. Every place, person, recommendation, action
and date is invented.

Gold conventions (as the earlier sets): a target is the date the cell sets, at the precision printed ("Mar-19"
-> 2019-03, "2019" -> 2019, "by 31.03.19" -> 2019-03-31); a financial-year quarter or year is its last month
("Q4 2019-20", "end of financial year 2019/20" -> 2020-03); a cell that sets no calendar date ("Complete",
"Achieved", "Ongoing – reviewed annually", "Within 6 months of publication", an empty cell) has none; a cell
with an original and a revised date has the revised one; an action with no date column whose own text sets a
deadline ("... by September 2019") has that deadline, while a date that only tells the past ("Following the
panel meeting on 12 March 2019") is none.

* ``blindf-01-target-first``: "No. | Target date | Action | Lead agency | Progress update" on a landscape page
  (and its PDF stored as a turned portrait page); the progress cells carry dates of their own.
* ``blindf-02-by-when-rag``: "Recommendation | Action | Responsible officer | By when | RAG", the recommendation
  cell merged down over its action rows.
* ``blindf-03-completion-bullets``: "Ref | Recommendation | Actions | Lead | Completion date | Progress update",
  actions as Word bullets in one cell under one date.
* ``blindf-04-revised-dates``: target cells with an original and a revised date, and empty target cells.
* ``blindf-05-dates-in-actions``: "Recommendation | Action | Lead agency" with no date column; the deadline
  inside the action text, or a past date that is none.
* ``blindf-06-repeated-header``: a long "Rec no. | Action | Timescale | Lead agency | Status" table over two
  pages, its header row repeated on the second (Word's "repeat as header row").
* ``blindf-07-prose-labels``: a prose plan, "Action 1: ... Lead: ... Completion date: ... Action 2: ...".
* ``blindf-08-drawn-target-first``: a drawn landscape plan "Target date | Action | Lead | Outcome", a rule under
  the header, and its turned-page copy.
* ``blindf-09-drawn-bullets``: a drawn plan with bullet lines in the action cell and a bullet per date.
* ``blindf-10-drawn-merged-split``: a drawn plan whose recommendation is printed once over several action rows,
  rows cut by the page break with the header repeated on every page.
* ``blindf-11-rag-progress``: "Recommendation | Action | Lead | Target | RAG rating | Progress update" with
  "Completed March 2019" in the target column and completion dates in the progress column.

Rebuild (LibreOffice needed): ``python -m tests.extraction.plans_blind_f.build``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import BULLET, WordDoc
from dhr.schema import Recommendation
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import (
    Plan,
    build_set,
    drawn_opening,
    first_row_text,
    numbered_rows,
    plan_rows,
    rotated,
    word_opening,
)
from tests.extraction.plans_blind.draw import Drawn

HERE = Path(__file__).resolve().parent

Acts = list[tuple[str, str, str, str | None]]  # (action, lead, target cell, gold ISO or None)


# ------------------------------------------------------------------------------------------ word processor


def target_first() -> tuple[WordDoc, Doc]:
    intro = "Kilnsey Community Safety Partnership. Overview report, final version October 2018"
    w, d, recs = word_opening("Kilnsey Community Safety Partnership", "Rosa", intro, [
        ("Kilnsey Police should make sure that an officer who attends a domestic incident records whether "
         "children were in the house.", ["police"]),
        ("Kilnsey Council should give its homelessness team a written route for referring victims to the "
         "domestic abuse service.", ["local_authority"]),
        ("The Kilnsey Community Safety Partnership should share this review's learning with faith groups.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Appendix 2: Action Plan", 1)
    plan: Plan = [
        (recs[0], [("Add a mandatory children-present field to the incident form", "Kilnsey Police",
                    "31st March 2019", "2019-03-31"),
                   ("Tell response officers about the new field at briefings", "Kilnsey Police", "Mar-19",
                    "2019-03")]),
        (recs[1], [("Write the referral route with the domestic abuse service", "Kilnsey Council", "Complete",
                    None),
                   ("Check twenty homelessness files for a referral", "Kilnsey Council", "2019", "2019")]),
        (recs[2], [("Hold two learning sessions with faith leaders", "Kilnsey CSP", "Q4 2019-20", "2020-03")]),
    ]  # fmt: skip
    updates = iter(["Form changed 12/11/2018", "Briefings started 03/12/2018", "Route signed off 20 September 2018",
                    "Audit planned for 2019", "First session booked for 14 January 2019"])  # one a row, in order  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Target date", "Action", "Lead agency", "Progress update"]]
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else "", a[2], a[0], a[1], next(updates)])
    w.table(rows, [1.4, 3.0, 9.0, 4.2, 6.5], font_size=9.5)
    return w, d


def by_when_rag() -> tuple[WordDoc, Doc]:
    intro = "Thornbury Vale Community Safety Partnership, report agreed July 2018"
    w, d, recs = word_opening("Thornbury Vale Community Safety Partnership", "Elena", intro, [
        ("Thornbury Vale Hospital should make sure that its emergency department asks every adult with an "
         "unexplained injury about abuse at home.", ["hospital"]),
        ("Thornbury Vale Probation should include the victim's own account in every pre-sentence report for a "
         "domestic abuse offence.", ["probation_service"]),
    ], font="Calibri")  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add the question about abuse to the triage screen", "Head of Safeguarding, Thornbury Vale "
                    "Hospital", "by 31.03.19", "2019-03-31"),
                   ("Train emergency department nurses on asking the question", "Head of Safeguarding, "
                    "Thornbury Vale Hospital", "Q4 2019-20", "2020-03"),
                   ("Audit triage records for the question", "Head of Safeguarding, Thornbury Vale Hospital",
                    "Ongoing – reviewed annually", None)]),
        (recs[1], [("Issue a practice note on the victim's account to report writers", "Thornbury Vale "
                    "Probation", "end of financial year 2019/20", "2020-03"),
                   ("Check ten reports against the practice note", "Thornbury Vale Probation",
                    "Within 6 months of publication", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Responsible officer", "By when", "RAG"]]
    rag = iter(["Green", "Amber", "Amber", "Red", "Green"])  # one a row, in order
    rows += plan_rows(plan, lambda rec, k, a: [first_row_text(rec, k), a[0], a[1], a[2], next(rag)])
    w.table(rows, [5.0, 5.2, 3.2, 2.6, 1.4], font_size=9)
    return w, d


def completion_bullets() -> tuple[WordDoc, Doc]:
    intro = "Ashwell Bridge Community Safety Partnership. Final report: May 2019"
    w, d, recs = word_opening("Ashwell Bridge Community Safety Partnership", "Mrs D", intro, [
        ("Ashwell Bridge GP practices should code every disclosure of domestic abuse in the patient record.",
         ["gp"]),
        ("Ashwell Bridge Adult Social Care should offer a carer's assessment to every carer who is also a "
         "victim of abuse.", ["adult_social_care"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    bullets = w.abstract(BULLET)
    plan: list[tuple[Recommendation, Acts, str]] = [
        (recs[0], [("Send a coding reminder to every practice", "Ashwell Bridge CCG", "31/12/2019",
                    "2019-12-31"),
                   ("Add the domestic abuse code to the practice template", "Ashwell Bridge CCG", "31/12/2019",
                    "2019-12-31"),
                   ("Run a search of coded disclosures and share it with practices", "Ashwell Bridge CCG",
                    "31/12/2019", "2019-12-31")], "Reminder sent in June 2019"),
        (recs[1], [("Change the carer's assessment letter to mention support for victims", "Ashwell Bridge "
                    "Adult Social Care", "Achieved", None),
                   ("Brief social workers on offering the assessment", "Ashwell Bridge Adult Social Care",
                    "Achieved", None)], "Letter changed; briefing given 10/07/2019"),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Actions", "Lead", "Completion date",
                                     "Progress update"]]  # fmt: skip
    cell_numbering: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for rec, actions, update in plan:
        for text, lead, cell, iso in actions:
            act(rec, text, lead, cell, iso)
        rows.append([rec.number, rec.text, "", actions[0][1], actions[0][2], update])
        cell_numbering[(len(rows) - 1, 2)] = [(a[0], (w.num(bullets), 0)) for a in actions]
    w.table(rows, [1.2, 4.6, 5.2, 2.4, 2.2, 2.6], cell_numbering=cell_numbering, font_size=9)
    return w, d


def revised_dates() -> tuple[WordDoc, Doc]:
    intro = "Redwater Community Safety Partnership. Overview report, updated February 2019"
    w, d, recs = word_opening("Redwater Community Safety Partnership", "Hannah", intro, [
        ("Redwater Children's Services should make sure that a referral about a child's safety also asks about "
         "the safety of the parent.", ["childrens_social_care"]),
        ("The Redwater Domestic Abuse Board should publish one directory of local support services.",
         ["domestic_abuse_partnership_board"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Change the referral form to ask about the parent's safety", "Redwater Children's Services",
                    "March 2019 (revised to September 2019)", "2019-09"),
                   ("Train the front door team on the changed form", "Redwater Children's Services",
                    "Original: 30/06/2019 Revised: 31/12/2019", "2019-12-31"),
                   ("Audit fifty referrals for the parent's safety", "Redwater Children's Services", "", None)]),
        (recs[1], [("Collect the details of every local support service", "Redwater Domestic Abuse Board",
                    "Revised to October 2019 (was December 2019)", "2019-10"),
                   ("Publish the directory online and in print", "Redwater Domestic Abuse Board", "", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Action", "Lead agency", "Target date"]]
    rows += numbered_rows(plan)
    w.table(rows, [1.3, 8.0, 4.0, 3.4], font_size=10)
    return w, d


def dates_in_actions() -> tuple[WordDoc, Doc]:
    intro = "Fellside Community Safety Partnership. Overview report, April 2019"
    w, d, recs = word_opening("Fellside Community Safety Partnership", "Marta", intro, [
        ("Fellside Police should check that officers offer every victim a referral to an IDVA.", ["police"]),
        ("The Fellside drug and alcohol service should ask every new client about abuse by a partner.",
         ["drug_and_alcohol_services"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Publish revised guidance on IDVA referrals by September 2019", "Fellside Police", "",
                    "2019-09"),
                   ("Following the panel meeting on 12 March 2019, write to every response sergeant about the "
                    "referral duty", "Fellside Police", "", None),
                   ("Report referral numbers to the partnership no later than 31 January 2020",
                    "Fellside Police", "", "2020-01-31")]),
        (recs[1], [("Add the question about abuse to the assessment form before the end of December 2019",
                    "Fellside Recovery Service", "", "2019-12"),
                   ("Review the findings of the 2018 client survey with staff", "Fellside Recovery Service", "",
                    None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead agency"]]  # (every target cell empty)
    rows += plan_rows(plan, lambda rec, k, a: [first_row_text(rec, k), a[0], a[1] if k == 0 else None])
    w.table(rows, [6.0, 7.0, 3.5], font_size=10)
    return w, d


def repeated_header() -> tuple[WordDoc, Doc]:
    intro = "Brackenmoor Community Safety Partnership. Final version: January 2019"
    w, d, recs = word_opening("Brackenmoor Community Safety Partnership", "Leanne", intro, [
        ("Brackenmoor Police should use a stalking risk check whenever a victim reports repeated contact.",
         ["police"]),
        ("Brackenmoor Council housing should ask about abuse whenever a tenant reports damage to a door or "
         "window.", ["housing"]),
        ("The Brackenmoor mental health trust should record the name of the person who accompanies a patient "
         "to appointments.", ["mental_health_services"]),
        ("The Brackenmoor Community Safety Partnership should review how it commissions IDVA services.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    w.para("Each action below was agreed with its lead agency. The status column is updated every quarter.")
    lead = ["Brackenmoor Police", "Brackenmoor Council Housing", "Brackenmoor Mental Health Trust",
            "Brackenmoor CSP"]  # fmt: skip
    cells = [
        [("Buy the stalking risk check tool and load it on the force system", "Mar-19", "2019-03"),
         ("Train all public protection officers to use the check", "2019", "2019"),
         ("Add the check to the domestic abuse policy", "31st March 2019", "2019-03-31"),
         ("Dip sample thirty stalking reports for a completed check", "Within 6 months of publication", None)],
        [("Change the repairs request script to include a question about abuse", "Q4 2019-20", "2020-03"),
         ("Train repairs call handlers in asking the question safely", "Complete", None),
         ("Report the number of disclosures to the housing board", "", None)],
        [("Add an accompanying person field to the appointment record", "Achieved", None),
         ("Remind clinicians to see patients alone for part of each appointment", "by 31.03.19",
          "2019-03-31"),
         ("Audit records for the accompanying person field", "end of financial year 2019/20", "2020-03")],
        [("Map the current IDVA provision against demand", "Ongoing – reviewed annually", None),
         ("Agree a new commissioning plan with the police and crime commissioner", "Mar-19", "2019-03")],
    ]  # fmt: skip
    status = ["Open", "In progress", "Closed", "Not started"]
    rows: list[list[str | None]] = [["Rec no.", "Action", "Timescale", "Lead agency", "Status"]]
    filler = (" The lead agency will keep a record of what was done and report it to the partnership at its next "
              "meeting, with any change to the date agreed by the chair.")  # fmt: skip
    for rec, name, actions in zip(recs, lead, cells, strict=True):
        for k, (text, cell, iso) in enumerate(actions):
            # every action's cell is long, so the table runs over two pages
            act(rec, text + filler, name, cell, iso)
            rows.append([rec.number if k == 0 else "", text + filler, cell, name, status[k % 4]])
    w.table(rows, [1.6, 8.0, 3.0, 3.0, 1.8], font_size=10.5)
    return w, d


def prose_labels() -> tuple[WordDoc, Doc]:
    d = Doc("Westerleigh Community Safety Partnership", "Amira")
    w = WordDoc("Arial", 11)
    w.para("Domestic Homicide Review: Amira", style="Title")
    w.para("Westerleigh Community Safety Partnership. Executive summary, June 2018")
    w.heading("Recommendations and action plan", 1)
    items = [
        ("Westerleigh Council should give its community safety officers training on honour-based abuse.",
         ["local_authority"],
         [("Commission the training from a specialist provider", "Westerleigh Council", "31st March 2019",
           "2019-03-31"),
          ("Make the training part of induction for new officers", "Westerleigh Council", "Ongoing", None)]),
        ("Westerleigh Probation should share its risk assessment with the police before a perpetrator is "
         "released.", ["probation_service"],
         [("Agree a release information protocol with the police", "Westerleigh Probation", "Q4 2019-20",
           "2020-03"),
          ("Check the protocol is followed for every release", "Westerleigh Probation", "Mar-19", "2019-03")]),
    ]  # fmt: skip
    for i, (text, agencies, actions) in enumerate(items, start=1):
        rec = d.rec(str(i), text, agencies)
        w.para(f"Recommendation {i}: {text}")
        for k, (atext, lead, cell, iso) in enumerate(actions, start=1):
            act(rec, atext, lead, cell, iso)
            w.para(f"Action {k}: {atext}. Lead: {lead}. Completion date: {cell}.")
    return w, d


def rag_progress() -> tuple[WordDoc, Doc]:
    intro = "Coldbeck Community Safety Partnership. Action plan update, September 2019"
    w, d, recs = word_opening("Coldbeck Community Safety Partnership", "Julie", intro, [
        ("Coldbeck ambulance service should pass on a safeguarding concern when a patient declines to go to "
         "hospital after an assault.", ["ambulance_service"]),
        ("The Coldbeck CCG should make sure that GP practices can see MARAC flags.", ["integrated_care_board"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add the declined conveyance prompt to the patient record", "Coldbeck Ambulance Service",
                    "Completed March 2019", "2019-03"),
                   ("Brief crews on raising a concern after a declined conveyance", "Coldbeck Ambulance Service",
                    "Complete", None)]),
        (recs[1], [("Agree with the MARAC how flags reach GP systems", "Coldbeck CCG", "Mar-19", "2019-03"),
                   ("Test the flag with three practices", "Coldbeck CCG", "2019", "2019"),
                   ("Roll the flag out to every practice", "Coldbeck CCG", "", None)]),
    ]  # fmt: skip
    progress = iter([("Green", "Prompt live since 04/03/2019"), ("Green", "Completed 14/06/2019"),
                     ("Amber", "Agreement delayed to 30/04/2019"), ("Red", "Not started"),
                     ("Grey", "")])  # one a row, in order  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead", "Target", "RAG rating",
                                     "Progress update"]]  # fmt: skip
    rows += plan_rows(plan, lambda rec, k, a: [first_row_text(rec, k), a[0], a[1], a[2], *next(progress)])
    w.table(rows, [6.0, 6.5, 3.4, 3.0, 1.8, 4.5], font_size=9)
    return w, d


# ------------------------------------------------------------------------------------------------ drawn PDFs


def drawn_target_first() -> tuple[Drawn, Doc]:
    intro = "Harrowgate Fields Community Safety Partnership. Report dated 4 December 2018."
    p, d, recs = drawn_opening("Harrowgate Fields Community Safety Partnership", "Carol", intro, [
        ("Harrowgate Fields Police should give victims a named officer for the length of an investigation.",
         ["police"]),
        ("The Harrowgate Fields Partnership should commission a service for older victims of abuse.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    p.new_page(landscape=True)
    p.para("Action Plan", size=13, bold=True)
    plan: Plan = [
        (recs[0], [("Name an officer in every domestic abuse investigation file", "Harrowgate Fields Police",
                    "by 31.03.19", "2019-03-31"),
                   ("Measure how often victims keep the same officer", "Harrowgate Fields Police", "2019",
                    "2019")]),
        (recs[1], [("Scope the need for a service for older victims", "Harrowgate Fields Partnership",
                    "Completed March 2019", "2019-03"),
                   ("Commission the service", "Harrowgate Fields Partnership", "end of financial year 2019/20",
                    "2020-03"),
                   ("Tell partner agencies how to refer to the service", "Harrowgate Fields Partnership",
                    "Ongoing – reviewed annually", None)]),
    ]  # fmt: skip
    rows = plan_rows(
        plan,
        lambda rec, k, a: [
            rec.number if k == 0 else "",
            a[2],
            a[0],
            a[1],
            "Reported to the board" if k else "",
        ],
    )
    p.table(["No.", "Target date", "Action", "Lead", "Outcome"], rows, [40, 120, 300, 170, 110], size=9.5,
            rules="header")  # fmt: skip
    return p, d


def drawn_bullets() -> tuple[Drawn, Doc]:
    d = Doc("Stanmere Community Safety Partnership", "Bethany", "action_plan")
    p = Drawn(landscape=True)
    p.para("Stanmere DHR Bethany: Action Plan", size=16, bold=True)
    p.para("Stanmere Community Safety Partnership. Agreed by the review panel in November 2018.")
    texts = [
        ("Stanmere Council should train its licensing officers to spot signs of abuse in late-night venues.",
         ["local_authority"],
         [("Write a short guide on signs of abuse for licensing officers", "June 2019", "2019-06"),
          ("Deliver two training sessions", "Q4 2019-20", "2020-03"),
          ("Add the guide to the induction pack", "Ongoing", None)]),
        ("The Stanmere acute trust should display information about local abuse services in every ward.",
         ["hospital"],
         [("Design a poster with the domestic abuse service", "Mar-19", "2019-03"),
          ("Put the poster up in every ward", "31st March 2019", "2019-03-31")]),
    ]  # fmt: skip
    leads = ["Stanmere Council", "Stanmere Hospitals Trust"]
    rows = []
    for i, ((text, agencies, actions), lead) in enumerate(zip(texts, leads, strict=True), start=1):
        rec = d.rec(str(i), text, agencies, "action_plan")
        for atext, cell, iso in actions:
            act(rec, atext, lead, cell, iso)
        rows.append([str(i), text, "\n".join(f"• {a[0]}" for a in actions), lead,
                     "\n".join(f"• {a[1]}" for a in actions)])  # fmt: skip
    p.table(["No.", "Recommendation", "Actions", "Lead", "Timescale"], rows, [35, 240, 270, 120, 90], size=9.5,
            rules="header")  # fmt: skip
    return p, d


def drawn_merged_split() -> tuple[Drawn, Doc]:
    intro = "Orchard Cross Community Safety Partnership. Final report, August 2018."
    p, d, recs = drawn_opening("Orchard Cross Community Safety Partnership", "Mr K", intro, [
        ("Orchard Cross Adult Social Care should ask about abuse by a partner when it assesses a man who "
         "cares for his partner.", ["adult_social_care"]),
        ("The Orchard Cross domestic abuse service should publicise its support for male victims.",
         ["domestic_abuse_services"]),
    ])  # fmt: skip
    p.para("Action Plan", size=13, bold=True)
    for _ in range(13):  # puts the long second row at the page foot, where the break cuts it
        p.para("Each lead agency will report progress to the partnership board every quarter. Dates that move "
               "are agreed with the chair and recorded in the plan.")  # fmt: skip
    long = ("Review the carer's assessment so that it asks the person being assessed, when seen alone, whether "
            "the person they care for has ever hurt, threatened or controlled them; agree the wording with the "
            "domestic abuse service; test it with ten assessments and report the results to the adult "
            "safeguarding board before it is used across the service.")  # fmt: skip
    plan: Plan = [
        (recs[0], [("Agree the question with the domestic abuse service", "Orchard Cross ASC", "Mar-19",
                    "2019-03"),
                   (long, "Orchard Cross ASC", "end of financial year 2019/20", "2020-03"),
                   ("Brief social workers on the question", "Orchard Cross ASC", "by 31.03.19", "2019-03-31")]),
        (recs[1], [("Produce a leaflet for male victims", "Orchard Cross Domestic Abuse Service", "Achieved",
                    None),
                   ("Send the leaflet to GP practices and pharmacies", "Orchard Cross Domestic Abuse Service",
                    "Ongoing – reviewed annually", None)]),
    ]  # fmt: skip
    rows = plan_rows(plan, lambda rec, k, a: [first_row_text(rec, k) or "", a[0], a[1], a[2]])
    p.table(["Recommendation", "Action", "Lead", "Target date"], rows, [160, 210, 80, 75], size=9,
            rules="header", repeat_header=True)  # fmt: skip
    return p, d


WORD = {
    "blindf-01-target-first": target_first,
    "blindf-02-by-when-rag": by_when_rag,
    "blindf-03-completion-bullets": completion_bullets,
    "blindf-04-revised-dates": revised_dates,
    "blindf-05-dates-in-actions": dates_in_actions,
    "blindf-06-repeated-header": repeated_header,
    "blindf-07-prose-labels": prose_labels,
    "blindf-11-rag-progress": rag_progress,
}
DRAWN = {
    "blindf-08-drawn-target-first": drawn_target_first,
    "blindf-09-drawn-bullets": drawn_bullets,
    "blindf-10-drawn-merged-split": drawn_merged_split,
}
#: Landscape plans also stored as turned portrait pages (``/Rotate 90``).
ROTATED = ["blindf-01-target-first", "blindf-08-drawn-target-first"]


def main(argv: list[str]) -> int:
    build_set(WORD, DRAWN, HERE, argv)
    for name in ROTATED:
        if not argv or name in argv:
            rotated(HERE, name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
