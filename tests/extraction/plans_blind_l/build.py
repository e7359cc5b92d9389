"""A twelfth blind set of action plans (helper H), written by a writer who ran neither the reader nor the scorer
on it: gold labelled from the documents alone, to be scored once by the lead. Every place, person,
recommendation, action and date is invented. All are Word documents (this module and ``word_more.py``), saved as
DOCX and exported to PDF by LibreOffice; they follow the Home Office template of ``DHR-REPORTS.md`` and its
variants.

Gold conventions (those of ``plans_blind_j``): a target is the date the cell sets, at the precision printed
("31/03/2018" day first -> 2018-03-31, "March 2017" -> 2017-03, "End of June 2018" -> 2018-06); a quarter of
a financial year (April to March) is its last month ("Q3 2017/18" -> 2017-12, "Q4 2017-18" -> 2018-03); a
cell that sets no calendar date ("Ongoing", "6 months", "TBC", "Complete", "Subject to funding", "Annually")
has none. Dates in milestone, progress, start, completion and outcome columns are not the target. A typed
label before an action ("1.", "a)", "2.1") is not part of its text; several numbered actions in one cell are
several actions, each with the date numbered alike in the target cell, or the cell's one date when it holds
one. A recommendation, Lead or Target cell merged down over several action rows is each action's. A theme row
across the table is neither a recommendation nor an action. A recommendation printed in the body and again in
the plan is one recommendation, with the body's number.

Documents (``blindl-01`` .. ``blindl-08`` here, ``blindl-09`` .. ``blindl-15`` in ``word_more.py``):

* ``blindl-01-home-office-themes``: the seven Home Office columns on a landscape section, theme rows with a
  scope, the recommendation and scope merged down, dates in milestones and completion cells.
* ``blindl-02-renamed-columns``: "Recommendation | Scope | Action | Lead | Outcome | By when".
* ``blindl-03-number-only``: no recommendation text in the plan, only its number: "No. | Action to take |
  Lead Agency | Target Date | Date of completion and outcome".
* ``blindl-04-numbered-in-cell``: several numbered actions in one cell, the target cell numbered alike.
* ``blindl-05-one-date-many``: several numbered actions in one cell under one target date.
* ``blindl-06-start-and-target``: "Start date" beside "Target date" and a "Completed" column.
* ``blindl-07-split-repeated``: landscape, long rows cut by the page break, the header repeated.
* ``blindl-08-split-no-header``: a portrait plan whose long row is cut by the page break, no header repeated.

30 scored files (15 Word documents as DOCX and PDF), 35 recommendations, 72 gold actions (45 with a target
date). Not scored by its writer; nothing in ``tests`` runs it.

Rebuild (LibreOffice needed): ``python -m tests.extraction.plans_blind_l.build``; score (the lead, once):
``python -m tests.extraction.plans_blind_f.score tests/extraction/plans_blind_l``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import Plan, build_set, plan_rows, word_opening
from tests.extraction.plans_blind_l.word_more import MORE

HERE = Path(__file__).resolve().parent

HO_HEADER = [
    "Recommendation",
    "Scope of recommendation i.e. local or regional",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and outcome",
]
#: Prose of the plans (none of it a recommendation or an action).
FILLER = (
    "The review panel agreed this plan at its last meeting. Each lead agency reports to the partnership's "
    "delivery group every quarter, and an action is closed only when the group has seen evidence of the change."
)


def home_office_themes() -> tuple[WordDoc, Doc]:
    intro = "Fenwold Community Safety Partnership. Overview report, final version February 2017"
    w, d, recs = word_opening("Fenwold Community Safety Partnership", "Rosalind", intro, [
        ("Fenwold Constabulary should make sure that call handlers ask whether there are children in the "
         "house at every call about domestic abuse.", ["police"]),
        ("Fenwold District Council should give its housing officers guidance on tenants who ask to move because "
         "of a partner's behaviour.", ["local_authority"]),
        ("The Fenwold Community Safety Partnership should test how well agencies know the MARAC referral "
         "criteria.", ["community_safety_partnership"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Appendix A: Action plan", 1)
    rows: list[list[str | None]] = [HO_HEADER, ["Theme 1 - Responding to calls - county wide"]]
    one: Plan = [
        (recs[0], [("Add the children question to the call handling script", "Fenwold Constabulary",
                    "March 2017", "2017-03"),
                   ("Check fifty calls a quarter for the question", "Fenwold Constabulary", "Ongoing", None)]),
    ]  # fmt: skip
    rows += plan_rows(one, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None,
                                              "County wide" if k == 0 else None, a[0], a[1],
                                              "Script changed 14/02/2017" if k == 0 else "", a[2],
                                              "Completed 28/03/2017" if k == 0 else ""])  # fmt: skip
    rows.append(["Theme 2 - Housing and safety - local"])
    two: Plan = [
        (recs[1], [("Write the guidance with the domestic abuse service", "Fenwold District Council",
                    "Q3 2017/18", "2017-12"),
                   ("Brief every housing officer on the guidance", "Fenwold District Council", "31/03/2018",
                    "2018-03-31")]),
        (recs[2], [("Run a short survey of practitioners on the criteria", "Fenwold CSP", "6 months", None),
                   ("Publish a one-page guide to the criteria", "Fenwold CSP", "End of June 2018",
                    "2018-06")]),
    ]  # fmt: skip
    rows += plan_rows(two, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None,
                                              "Local" if k == 0 else None, a[0], a[1],
                                              "Draft seen by panel 05/10/2017" if k == 1 else "", a[2], ""])  # fmt: skip
    w.table(rows, [5.6, 2.2, 4.8, 3.0, 3.4, 2.4, 3.2], font_size=8.5)
    return w, d


def renamed_columns() -> tuple[WordDoc, Doc]:
    intro = "Hallowmere Safer Communities Partnership. Overview report, published September 2017"
    w, d, recs = word_opening("Hallowmere Safer Communities Partnership", "Adult K", intro, [
        ("Hallowmere Clinical Commissioning Group should ask GP practices to record who attends with a patient "
         "who has an injury.", ["integrated_care_board"]),
        ("Hallowmere Probation should tell the victim service when a perpetrator's address changes.",
         ["probation_service"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    w.para(FILLER)
    plan: Plan = [
        (recs[0], [("Send a practice bulletin on recording companions", "Hallowmere CCG", "Ongoing", None),
                   ("Add a companion field to the injury template", "Hallowmere CCG", "Q1 2018/19", "2018-06")]),
        (recs[1], [("Add an address-change prompt to the case system", "Hallowmere Probation", "6 months", None),
                   ("Agree a secure email route with the victim service", "Hallowmere Probation",
                    "December 2017", "2017-12")]),
    ]  # fmt: skip
    outcomes = iter(["Bulletin sent 02/10/2017", "", "Prompt live", "Route agreed 20/11/2017"])
    rows: list[list[str | None]] = [["Recommendation", "Scope", "Action", "Lead", "Outcome", "By when"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None,
                                               "Local" if k == 0 else None, a[0], a[1], next(outcomes), a[2]])  # fmt: skip
    w.table(rows, [4.6, 1.6, 4.2, 2.6, 2.6, 2.0], font_size=9)
    return w, d


def number_only() -> tuple[WordDoc, Doc]:
    intro = "Caddington Vale Community Safety Partnership. Overview report, final version June 2017"
    w, d, recs = word_opening("Caddington Vale Community Safety Partnership", "Marianne", intro, [
        ("Caddington Vale Hospital should ask every patient who attends with a facial injury whether someone "
         "hurt them.", ["hospital"]),
        ("Caddington Vale Adult Social Care should include the views of a carer's partner in a carer's "
         "assessment only after seeing the carer alone.", ["adult_social_care"]),
        ("The Caddington Vale drug and alcohol service should share a client's disclosure of abuse with the "
         "IDVA service.", ["drug_and_alcohol_services"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add the question to the emergency department triage form", "Caddington Vale Hospital",
                    "30/09/2017", "2017-09-30")]),
        (recs[1], [("Change the carer's assessment guidance", "Caddington Vale Adult Social Care",
                    "March 2018", "2018-03"),
                   ("Audit twenty carer's assessments", "Caddington Vale Adult Social Care", "Q2 2018/19",
                    "2018-09")]),
        (recs[2], [("Agree an information sharing form with the IDVA service", "Caddington Vale Recovery "
                    "Service", "TBC", None)]),
    ]  # fmt: skip
    done = iter(["Completed 26/09/2017: form in use", "", "Audit booked for 11/07/2018", ""])
    rows: list[list[str | None]] = [["No.", "Action to take", "Lead Agency", "Target Date",
                                     "Date of completion and outcome"]]  # fmt: skip
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[1], a[2], next(done)])
    w.table(rows, [1.2, 6.8, 3.4, 2.4, 3.4], font_size=9.5)
    return w, d


def numbered_in_cell() -> tuple[WordDoc, Doc]:
    intro = "Ashby Marsh Community Safety Partnership. Overview report, final version January 2018"
    w, d, recs = word_opening("Ashby Marsh Community Safety Partnership", "Leonie", intro, [
        ("Ashby Marsh Police should review how officers record a victim's refusal to support a prosecution.",
         ["police"]),
        ("The Ashby Marsh mental health trust should include a partner's history of abuse in a discharge "
         "plan.", ["mental_health_services"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Action plan", 1)
    one = [("Review the recording of refusals in twenty cases", "April 2018", "2018-04"),
           ("Change the guidance on recording refusals", "Q2 2018/19", "2018-09"),
           ("Brief supervisors on the change", "Ongoing", None)]  # fmt: skip
    two = [("Add a partner history section to the discharge plan", "31/05/2018", "2018-05-31"),
           ("Train ward staff on the section", "6 months", None)]  # fmt: skip
    rows: list[list[str | None]] = [HO_HEADER[:3] + ["Lead Agency", "Target Date", "Outcome"]]
    for rec, acts, lead in ((recs[0], one, "Ashby Marsh Police"), (recs[1], two, "Ashby Marsh Mental Health "
                                                                                  "Trust")):  # fmt: skip
        for text, cell, iso in acts:
            act(rec, text, lead, cell, iso)
        rows.append([f"{rec.number}. {rec.text}", "Local",
                     "\n".join(f"{k}. {t}" for k, (t, _, _) in enumerate(acts, 1)), lead,
                     "\n".join(f"{k}. {c}" for k, (_, c, _) in enumerate(acts, 1)),
                     "Reviewed at the June 2018 delivery group"])  # fmt: skip
    w.table(rows, [6.4, 2.2, 6.4, 3.2, 3.0, 4.0], font_size=9)
    return w, d


def one_date_many() -> tuple[WordDoc, Doc]:
    intro = "Thornleigh Community Safety Partnership. Overview report, final version October 2016"
    w, d, recs = word_opening("Thornleigh Community Safety Partnership", "Adult M", intro, [
        ("Thornleigh Borough Council should make sure that its benefits team knows how to refer a customer who "
         "discloses abuse.", ["local_authority"]),
        ("Thornleigh GP practices should have a named lead for domestic abuse.", ["gp"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    one = [
        "Write a referral flowchart for the benefits team",
        "Train the team on the flowchart",
        "Add the flowchart to the induction pack",
    ]
    two = ["Ask each practice to name a lead", "Hold a lunchtime session for the named leads"]
    rows: list[list[str | None]] = [["Recommendation", "Action to take", "Lead Agency", "Target Date"]]
    for rec, acts, lead, cell, iso in ((recs[0], one, "Thornleigh Borough Council", "March 2017", "2017-03"),
                                       (recs[1], two, "Thornleigh CCG", "Ongoing", None)):  # fmt: skip
        for text in acts:
            act(rec, text, lead, cell, iso)
        rows.append([f"{rec.number}. {rec.text}", "\n".join(f"{k}. {t}" for k, t in enumerate(acts, 1)), lead,
                     cell])  # fmt: skip
    w.table(rows, [5.6, 6.4, 3.0, 2.4], font_size=10)
    return w, d


def start_and_target() -> tuple[WordDoc, Doc]:
    intro = "Wyckham Community Safety Partnership. Overview report, final version November 2017"
    w, d, recs = word_opening("Wyckham Community Safety Partnership", "Philippa", intro, [
        ("Wyckham Children's Services should speak to each child alone when a parent discloses abuse.",
         ["childrens_social_care"]),
        ("Wyckham Housing Association should flag a tenancy where a tenant has reported abuse by a partner.",
         ["housing"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Change the assessment template to prompt seeing the child alone",
                    "Wyckham Children's Services", "28/02/2018", "2018-02-28"),
                   ("Check a sample of assessments each quarter", "Wyckham Children's Services", "Ongoing",
                    None)]),
        (recs[1], [("Add a tenancy flag for reported abuse", "Wyckham Housing Association", "Q4 2017-18",
                    "2018-03"),
                   ("Tell tenancy officers what the flag means", "Wyckham Housing Association",
                    "Subject to funding", None)]),
    ]  # fmt: skip
    starts = iter(["01/12/2017", "January 2018", "04/12/2017", "TBC"])
    done = iter(["Completed 19/02/2018", "", "", ""])
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Start date", "Target date", "Completed"]]
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else None, a[0], a[1], next(starts), a[2],
                                               next(done)])  # fmt: skip
    w.table(rows, [1.2, 6.0, 3.4, 2.2, 2.2, 2.6], font_size=9.5)
    return w, d


def split_repeated() -> tuple[WordDoc, Doc]:
    intro = "Brackenford Community Safety Partnership. Overview report, final version April 2018"
    w, d, recs = word_opening("Brackenford Community Safety Partnership", "Adult N", intro, [
        ("Brackenford Police and Brackenford Probation should agree how they share information about a "
         "perpetrator who is released from prison to an address near the victim.", ["police", "probation_service"]),
        ("The Brackenford Safeguarding Adults Board should check that agencies understand coercive control in "
         "older couples.", ["safeguarding_adults_board"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Appendix 2: Action plan", 1)
    for _ in range(7):  # the long first row reaches the page foot
        w.para(FILLER)
    long = (
        "Write a joint protocol for releases to an address near a victim that sets out who tells the police, "
        "when the offender manager checks the address, how the victim is told before the release date, who "
        "reviews the risk plan in the first week and how both agencies record what was shared; agree it at "
        "the delivery group and brief every offender manager and neighbourhood sergeant on its use."
    )
    plan: Plan = [
        (recs[0], [(long, "Brackenford Probation", "31/08/2018", "2018-08-31"),
                   ("Audit ten releases against the protocol", "Brackenford Police", "Q4 2018/19", "2019-03"),
                   ("Report the audit to the partnership board", "Brackenford Probation", "Annually", None)]),
        (recs[1], [("Hold a learning event on coercive control in later life", "Brackenford SAB",
                    "November 2018", "2018-11"),
                   ("Add a section on older couples to the board's training", "Brackenford SAB",
                    "Within 12 months", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [HO_HEADER]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None,
                                               "Regional" if k == 0 else None, a[0], a[1],
                                               "Draft shared 16/07/2018" if k == 0 else "", a[2], ""])  # fmt: skip
    w.table(rows, [5.4, 2.0, 7.0, 3.0, 3.0, 2.4, 3.0], font_size=10)
    return w, d


def split_no_header() -> tuple[WordDoc, Doc]:
    intro = "Lyndmoor Community Safety Partnership. Overview report, final version May 2017"
    w, d, recs = word_opening("Lyndmoor Community Safety Partnership", "Teodora", intro, [
        ("Lyndmoor Ambulance Service should pass a safeguarding concern to the council when a crew sees signs "
         "of abuse at a home visit.", ["ambulance_service"]),
        ("Lyndmoor County Council should include domestic abuse questions in its adult care reviews.",
         ["adult_social_care"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    for _ in range(6):
        w.para(FILLER)
    long = (
        "Rewrite the crew guidance on safeguarding concerns so that signs of abuse seen in the home, such as "
        "damage, a partner who answers for the patient, or a patient who will not speak while the partner is "
        "there, are listed; show crews how to pass the concern to the council the same day; add the guidance "
        "to the clinical handbook and the crew tablets; and check in each station's monthly audit that "
        "concerns raised after a home visit reached the council."
    )
    plan: Plan = [
        (recs[0], [(long, "Lyndmoor Ambulance Service", "End of September 2017", "2017-09"),
                   ("Report the number of concerns to the board", "Lyndmoor Ambulance Service", "Quarterly",
                    None)]),
        (recs[1], [("Add three questions to the care review form", "Lyndmoor County Council", "01/11/2017",
                    "2017-11-01")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Action", "Lead", "Target date", "Progress"]]
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[1], a[2],
                                               "Handbook updated 30/08/2017" if k == 0 else ""])  # fmt: skip
    w.table(rows, [1.2, 8.6, 3.0, 2.4, 2.6], header_rows=0, font_size=11)
    return w, d


WORD = {
    "blindl-01-home-office-themes": home_office_themes,
    "blindl-02-renamed-columns": renamed_columns,
    "blindl-03-number-only": number_only,
    "blindl-04-numbered-in-cell": numbered_in_cell,
    "blindl-05-one-date-many": one_date_many,
    "blindl-06-start-and-target": start_and_target,
    "blindl-07-split-repeated": split_repeated,
    "blindl-08-split-no-header": split_no_header,
    **MORE,
}


def main(argv: list[str]) -> int:
    return build_set(WORD, {}, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
