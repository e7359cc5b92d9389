"""The second half of the tenth blind set's Word documents (see ``build.py`` for the set, its gold conventions
and how it is built). Every place, person and date is invented.

* ``blindj-07-merged-rec-split``: a portrait plan whose four-action row, the recommendation cell merged down
  over it, is cut by the page break; the header repeated.
* ``blindj-08-landscape-officer-rag``: "Recommendation | Action | Lead officer and agency | Target date |
  Progress | RAG" on a landscape page, "Completed (October 2024)" and "By 15/11/2024".
* ``blindj-09-theme-rows-measure``: theme rows across the table, "Rec | Action | Lead | Target date | Outcome
  measure".
* ``blindj-10-lead-target-merged``: the Lead and Target date cells merged down over a recommendation's actions.
* ``blindj-11-term-timeframes``: "Timeframe" cells "Short term: by December 2024", "Long term (12-18 months)".
* ``blindj-12-lettered-paragraphs``: a separate action plan (no report) with lettered "a)", "b)" paragraphs in
  the action cell and one lettered date paragraph for each in the due date cell.
* ``blindj-18-split-row-no-header``: a landscape plan whose long first row is cut by the page break, the header
  not repeated (no header row marked), a recommendation addressed to two agencies.
"""

from __future__ import annotations

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import Plan, plan_rows, word_opening

_FILL = 6
_FILL_WIDE = 9
_FILLER = (
    "The partnership's delivery group checks each action at its meetings and closes an action only when the lead "
    "has shown that the change is in place. Actions that slip are reported to the board with a new date."
)


def _landscape_first(w: WordDoc) -> None:
    """The document's only section turned to landscape A4 (a separate plan printed on landscape pages)."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section = w.doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.8)


def merged_rec_split() -> tuple[WordDoc, Doc]:
    intro = "Lowther Bridge Community Safety Partnership. Overview report, final version November 2024"
    w, d, recs = word_opening("Lowther Bridge Community Safety Partnership", "Ines", intro, [
        ("Lowther Bridge Council should make sure that a victim who applies as homeless because of abuse is "
         "offered a safety plan, a referral to outreach support and a review of the tenancy of the home she "
         "left, and that each step is recorded on the housing file.", ["local_authority"]),
        ("Lowther Bridge Police should send a copy of each domestic abuse risk assessment to the victim's GP "
         "when the risk is high.", ["police"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    for _ in range(_FILL):  # the four-action row starts near the page foot
        w.para(_FILLER)
    plan: Plan = [
        (recs[0], [("Write a safety planning step into the homeless assessment", "Lowther Bridge Council",
                    "28th February 2025", "2025-02-28"),
                   ("Agree a referral route with the outreach service and put it on the housing system so that "
                    "every officer can make a referral from the assessment screen", "Lowther Bridge Council",
                    "Feb-25", "2025-02"),
                   ("Set a tenancy review task for the home the victim left", "Lowther Bridge Council",
                    "End of March 2025", "2025-03"),
                   ("Check the housing file of each case in one month for the three steps",
                    "Lowther Bridge Council", "Completed", None)]),
        (recs[1], [("Agree the copy route with the GP practices", "Lowther Bridge Police", "Q2 2025-26",
                    "2025-09")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead", "Target date"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None, a[0], a[1],
                                               a[2]])  # fmt: skip
    w.table(rows, [5.8, 6.0, 2.8, 2.4], font_size=11)
    return w, d


def landscape_officer_rag() -> tuple[WordDoc, Doc]:
    intro = "Fallowfield Vale Community Safety Partnership. Overview report, final version August 2024"
    w, d, recs = word_opening("Fallowfield Vale Community Safety Partnership", "Rosalind", intro, [
        ("Fallowfield Vale Hospital should offer a patient who discloses abuse in maternity care a meeting with "
         "the hospital IDVA the same day.", ["hospital"]),
        ("Fallowfield Vale Adult Social Care should check for domestic abuse when a carer asks for respite.",
         ["adult_social_care"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Give midwives a same day referral route to the IDVA",
                    "Head of Midwifery, Fallowfield Vale Hospital", "Q3 2024/25", "2024-12"),
                   ("Add the IDVA contact to the maternity handbook", "Head of Midwifery, Fallowfield Vale "
                    "Hospital", "Completed (October 2024)", "2024-10")]),
        (recs[1], [("Add a domestic abuse question to the respite request form", "Principal Social Worker, "
                    "Fallowfield Vale Adult Social Care", "By 15/11/2024", "2024-11-15"),
                   ("Review twenty respite requests for the question", "Principal Social Worker, Fallowfield "
                    "Vale Adult Social Care", "Spring 2025", "2025")]),
    ]  # fmt: skip
    notes = iter([("Route agreed with the IDVA service on 03/10/2024", "Green"),
                  ("Handbook reprinted", "Blue"), ("Form change with the supplier", "Amber"),
                  ("", "Not yet due")])  # fmt: skip

    def row(rec: object, k: int, a: tuple[str, str, str, str | None]) -> list[str | None]:
        note, colour = next(notes)
        first = f"{rec.number}. {rec.text}" if k == 0 else None  # type: ignore[attr-defined]
        return [first, a[0], a[1], a[2], note, colour]

    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead officer and agency", "Target date",
                                     "Progress", "RAG"]]  # fmt: skip
    rows += plan_rows(plan, row)
    w.table(rows, [6.4, 6.0, 4.2, 2.8, 4.0, 1.8], font_size=10)
    return w, d


def theme_rows_measure() -> tuple[WordDoc, Doc]:
    intro = "Bramblecote Community Safety Partnership. Overview report, final version May 2024"
    w, d, recs = word_opening("Bramblecote Community Safety Partnership", "Thea", intro, [
        ("Bramblecote Police should use the stalking screening questions at every report of harassment by an "
         "ex-partner.", ["police"]),
        ("Bramblecote Probation should include the victim's views in each risk review.", ["probation_service"]),
        ("The Bramblecote Community Safety Partnership should run a campaign on economic abuse.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Target date", "Outcome measure"],
                                    ["Theme A - Risk assessment"]]  # fmt: skip
    first: Plan = [
        (recs[0], [("Add the screening questions to the harassment crime form", "Bramblecote Police",
                    "Nov 2024", "2024-11"),
                   ("Dip sample harassment reports for the questions", "Bramblecote Police", "Within 12 months",
                    None)]),
        (recs[1], [("Ask the victim service for the victim's views before each review", "Bramblecote Probation",
                    "31st May 2025", "2025-05-31")]),
    ]  # fmt: skip
    measures = iter(
        [
            "Questions on the form",
            "80% of reports screened",
            "Views on file in each review",
            "Campaign reach figures",
            "Calls to the helpline",
        ]
    )
    rows += plan_rows(
        first, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[1], a[2], next(measures)]
    )
    rows.append(["Theme B - Public awareness"])
    second: Plan = [
        (recs[2], [("Plan the campaign with the local banks", "Bramblecote CSP", "Ongoing", None),
                   ("Launch the campaign", "Bramblecote CSP", "Autumn 2025", "2025")]),
    ]  # fmt: skip
    rows += plan_rows(
        second, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[1], a[2], next(measures)]
    )
    w.table(rows, [1.2, 6.6, 3.0, 2.4, 3.6], font_size=10)
    return w, d


def lead_target_merged() -> tuple[WordDoc, Doc]:
    intro = "Wrenfield Community Safety Partnership. Overview report, final version December 2024"
    w, d, recs = word_opening("Wrenfield Community Safety Partnership", "Agnieszka", intro, [
        ("Wrenfield Children's Services should invite the domestic abuse service to every child protection "
         "conference where abuse between the parents is known.", ["childrens_social_care"]),
        ("Wrenfield Housing should check whether a tenant's rent arrears follow a partner leaving.", ["housing"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add the domestic abuse service to the conference invitation list",
                    "Wrenfield Children's Services", "31st January 2025", "2025-01-31"),
                   ("Tell conference chairs about the change", "Wrenfield Children's Services",
                    "31st January 2025", "2025-01-31"),
                   ("Send the service the conference dates each month", "Wrenfield Children's Services",
                    "31st January 2025", "2025-01-31")]),
        (recs[1], [("Add a question about a partner leaving to the arrears letter", "Wrenfield Housing",
                    "Ongoing", None),
                   ("Train income officers on economic abuse", "Wrenfield Housing", "Ongoing", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Action", "Lead", "Target date"]]
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else None, a[0], a[1] if k == 0 else None,
                                               a[2] if k == 0 else None])  # fmt: skip
    w.table(rows, [1.4, 8.6, 3.6, 2.8], font_size=10)
    return w, d


def term_timeframes() -> tuple[WordDoc, Doc]:
    intro = "Cinderford Moss Community Safety Partnership. Overview report, final version April 2024"
    w, d, recs = word_opening("Cinderford Moss Community Safety Partnership", "Lowenna", intro, [
        ("Cinderford Moss ICB should make sure that practice nurses are trained to ask about abuse.",
         ["integrated_care_board"]),
        ("Cinderford Moss Council should set up a forum for employers on domestic abuse at work.",
         ["local_authority"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Book training for every practice nurse", "Cinderford Moss ICB",
                    "Short term: by December 2024", "2024-12"),
                   ("Add routine enquiry to the nurse appraisal", "Cinderford Moss ICB",
                    "Medium term: by June 2025", "2025-06")]),
        (recs[1], [("Invite the ten largest employers to a first meeting", "Cinderford Moss Council",
                    "Short term: by October 2024", "2024-10"),
                   ("Agree a workplace policy template with the forum", "Cinderford Moss Council",
                    "Long term (12-18 months)", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Actions", "Lead", "Timeframe"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else "", a[0], a[1],
                                               a[2]])  # fmt: skip
    w.table(rows, [5.4, 5.4, 3.0, 3.2], font_size=10)
    return w, d


def lettered_paragraphs() -> tuple[WordDoc, Doc]:
    d = Doc("Penhallow Community Safety Partnership", "Adult Q", "action_plan")
    w = WordDoc("Arial", 11)
    _landscape_first(w)
    w.para("Domestic Homicide Review Adult Q: Action Plan", style="Title")
    w.para("Penhallow Community Safety Partnership. Agreed by the review panel on 4 November 2024.")
    items = [
        ("Penhallow Police should give officers guidance on coercive control in older couples.", ["police"],
         "Penhallow Police",
         [("Write the guidance with the older people's forum", "30/04/2025", "2025-04-30"),
          ("Put the guidance on the force intranet", "Apr-25", "2025-04"),
          ("Include the guidance in response officer refresher training", "Ongoing", None)]),
        ("Penhallow Adult Social Care should tell the police when a carer's assessment reveals coercive "
         "control.", ["adult_social_care"], "Penhallow Adult Social Care",
         [("Add a police notification step to the carer's assessment", "Complete", None),
          ("Check ten assessments for the step", "June 2025", "2025-06")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Recommendation", "Actions", "Owner", "Due date", "Status"]]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for i, (text, agencies, lead, acts) in enumerate(items, start=1):
        rec = d.rec(str(i), text, agencies, "action_plan")
        for atext, cell, iso in acts:
            act(rec, atext, lead, cell, iso)
        rows.append([str(i), text, "", lead, "", "In progress"])
        r = len(rows) - 1
        cells[(r, 2)] = [(f"{'abc'[k]}) {a[0]}", None) for k, a in enumerate(acts)]
        cells[(r, 4)] = [(f"{'abc'[k]}) {a[1]}", None) for k, a in enumerate(acts)]
    w.table(rows, [1.2, 6.4, 7.2, 3.6, 3.2, 2.4], font_size=10, cell_numbering=cells)
    return w, d


def split_row_no_header() -> tuple[WordDoc, Doc]:
    intro = "Quarry Hill Community Safety Partnership. Overview report, final version July 2024"
    w, d, recs = word_opening("Quarry Hill Community Safety Partnership", "Ysolde", intro, [
        ("Quarry Hill Police and Quarry Hill Council should agree how a victim's request for help with a "
         "lock, an alarm or a camera is passed between them, so that no request waits more than two days.",
         ["police", "local_authority"]),
        ("The Quarry Hill domestic abuse service should offer evening appointments.",
         ["domestic_abuse_services"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Action plan", 1)
    for _ in range(_FILL_WIDE):  # the long first row reaches the page foot
        w.para(_FILLER)
    long = (
        "Write a shared procedure for target hardening requests that sets out who takes the request, how it "
        "is passed to the other agency on the same day, who visits the home and fits the equipment, how "
        "the victim is told when the work will be done, and how the two agencies check each month that no "
        "request has waited more than two days; agree the procedure at the partnership's delivery group and "
        "publish it on both agencies' websites with a short note for call handlers and housing officers."
    )
    plan: Plan = [
        (recs[0], [(long, "Quarry Hill Council", "31st October 2024", "2024-10-31"),
                   ("Report waiting times for target hardening to the board", "Quarry Hill Police",
                    "Q3 2025-26", "2025-12")]),
        (recs[1], [("Pilot two evening clinics a week", "Quarry Hill Domestic Abuse Service", "Completed",
                    None),
                   ("Decide whether to keep the evening clinics", "Quarry Hill Domestic Abuse Service",
                    "Autumn 2025", "2025")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Action", "Lead", "Target date", "Outcome"]]
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[1], a[2],
                                               "Procedure signed off 17/10/2024" if k == 0 else ""])  # fmt: skip
    w.table(rows, [1.4, 13.0, 4.0, 3.2, 4.4], header_rows=0, font_size=11)
    return w, d


MORE = {
    "blindj-07-merged-rec-split": merged_rec_split,
    "blindj-08-landscape-officer-rag": landscape_officer_rag,
    "blindj-09-theme-rows-measure": theme_rows_measure,
    "blindj-10-lead-target-merged": lead_target_merged,
    "blindj-11-term-timeframes": term_timeframes,
    "blindj-12-lettered-paragraphs": lettered_paragraphs,
    "blindj-18-split-row-no-header": split_row_no_header,
}
