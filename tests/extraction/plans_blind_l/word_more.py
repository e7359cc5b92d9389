"""The second half of the twelfth blind set's Word documents (see ``build.py`` for the set, its gold conventions
and how it is built). Every place, person and date is invented.

* ``blindl-09-day-first-numerics``: target cells "12/01/2018", "30.06.2018", "1/9/18", "03/04/2018" (day
  first), a "Review date" column with dates that are not targets.
* ``blindl-10-text-not-date``: target cells that set no date ("Subject to funding", "When the new case system
  goes live", "Business as usual", "Following publication") beside two that do.
* ``blindl-11-separate-plan``: a separate action plan (no report text, landscape): "Rec No. | Recommendation |
  Action | Lead | Target date | RAG", the recommendations only in the plan.
* ``blindl-12-lead-target-merged``: the Lead Agency and Target Date cells merged down over a recommendation's
  actions, the recommendation cell too.
* ``blindl-13-themes-typed-numbers``: theme rows with a scope ("Theme 2 - Processes - county wide") and each
  action typed "1.1", "1.2" in its own row.
* ``blindl-14-month-words``: "Mar-18", "By 31st December 2017", "End of March 2018", "Summer 2018", "Q1
  2018/19" under a "Timescale" heading.
* ``blindl-15-lettered-landscape``: landscape, lettered "a)", "b)" action paragraphs in one cell and one
  lettered date paragraph for each in the target cell; a completion column with dates.
"""

from __future__ import annotations

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import Plan, plan_rows, word_opening


def landscape_first(w: WordDoc) -> None:
    """The document's only section turned to landscape A4 (a separate plan printed on landscape pages)."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section = w.doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.8)


def day_first_numerics() -> tuple[WordDoc, Doc]:
    intro = "Saxonbury Community Safety Partnership. Overview report, final version December 2017"
    w, d, recs = word_opening("Saxonbury Community Safety Partnership", "Imogen", intro, [
        ("Saxonbury Police should give a victim the name of the officer in charge of her case at the first "
         "contact.", ["police"]),
        ("Saxonbury Council should check that its contact centre records every call about domestic abuse.",
         ["local_authority"]),
        ("Saxonbury Hospital should offer a private room to a patient who may be a victim of abuse.",
         ["hospital"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add the officer's name to the victim contact letter", "Saxonbury Police", "12/01/2018",
                    "2018-01-12"),
                   ("Check that letters carry a name in a monthly sample", "Saxonbury Police", "30.06.2018",
                    "2018-06-30")]),
        (recs[1], [("Add a domestic abuse code to the call log", "Saxonbury Council", "1/9/18", "2018-09-01")]),
        (recs[2], [("Set aside a private room in the emergency department", "Saxonbury Hospital",
                    "03/04/2018", "2018-04-03"),
                   ("Put up posters about the room", "Saxonbury Hospital", "Ongoing", None)]),
    ]  # fmt: skip
    reviews = iter(["05/03/2018", "10/09/2018", "02/10/2018", "07/05/2018", ""])
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Target date", "Review date"]]
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[1], a[2], next(reviews)])
    w.table(rows, [1.2, 7.0, 3.0, 2.4, 2.4], font_size=10)
    return w, d


def text_not_date() -> tuple[WordDoc, Doc]:
    intro = "Corrie Vale Community Safety Partnership. Overview report, final version March 2018"
    w, d, recs = word_opening("Corrie Vale Community Safety Partnership", "Adult P", intro, [
        ("Corrie Vale Adult Social Care should record the reason when a safeguarding enquiry is closed without "
         "contact with the adult.", ["adult_social_care"]),
        ("The Corrie Vale Community Safety Partnership should fund a second IDVA for older victims.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Make the closure reason a required field", "Corrie Vale Adult Social Care",
                    "When the new case system goes live", None),
                   ("Remind team managers to check closure reasons", "Corrie Vale Adult Social Care",
                    "Business as usual", None),
                   ("Audit closed enquiries", "Corrie Vale Adult Social Care", "July 2018", "2018-07")]),
        (recs[1], [("Write a bid for the second post", "Corrie Vale CSP", "Following publication", None),
                   ("Recruit the second IDVA", "Corrie Vale CSP", "Subject to funding", None),
                   ("Report the new post's caseload to the board", "Corrie Vale CSP", "31/03/2019",
                    "2019-03-31")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead", "Target date"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None, a[0], a[1],
                                               a[2]])  # fmt: skip
    w.table(rows, [5.6, 5.6, 3.0, 2.8], font_size=10)
    return w, d


def separate_plan() -> tuple[WordDoc, Doc]:
    d = Doc("Penhallow Bay Community Safety Partnership", "Cressida", "action_plan")
    w = WordDoc("Arial", 10)
    landscape_first(w)
    w.para("Domestic Homicide Review: Cressida - Action Plan", style="Title")
    w.para("Penhallow Bay Community Safety Partnership. Version 3, updated 14 August 2018.")
    w.para(
        "Agencies responsible for this action plan: Penhallow Bay Police, Penhallow Bay Council, the GP "
        "practices of Penhallow Bay and the Penhallow Bay Women's Refuge."
    )
    texts = [
        ("Penhallow Bay Police should make sure that every repeat caller is offered a visit from a specialist "
         "officer.", ["police"]),
        ("Penhallow Bay GP practices should ask about abuse when a patient asks for a sick note for stress.",
         ["gp"]),
        ("Penhallow Bay Council should tell the refuge when a family in temporary housing is moved.",
         ["local_authority"]),
    ]  # fmt: skip
    recs = [d.rec(str(k), text, agencies, "action_plan") for k, (text, agencies) in enumerate(texts, 1)]
    plan: Plan = [
        (recs[0], [("Set a repeat caller trigger in the control room", "Penhallow Bay Police", "Q2 2018/19",
                    "2018-09"),
                   ("Train the specialist officers on visits", "Penhallow Bay Police", "Complete", None)]),
        (recs[1], [("Send practices a short guide on asking", "Penhallow Bay CCG", "October 2018", "2018-10"),
                   ("Add a prompt to the sick note template", "Penhallow Bay CCG", "TBC", None)]),
        (recs[2], [("Agree a notification form with the refuge", "Penhallow Bay Council", "30/11/2018",
                    "2018-11-30")]),
    ]  # fmt: skip
    rag = iter(["Amber", "Green", "Amber", "Red", "Green"])
    rows: list[list[str | None]] = [["Rec No.", "Recommendation", "Action", "Lead", "Target date", "RAG"]]
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else None, rec.text if k == 0 else None,
                                               a[0], a[1], a[2], next(rag)])  # fmt: skip
    w.table(rows, [1.6, 7.4, 7.0, 3.6, 2.6, 1.6], font_size=10)
    return w, d


def lead_target_merged() -> tuple[WordDoc, Doc]:
    intro = "Eastmere Community Safety Partnership. Overview report, final version August 2017"
    w, d, recs = word_opening("Eastmere Community Safety Partnership", "Harriet", intro, [
        ("Eastmere Probation should share a perpetrator's risk plan with the IDVA when the victim is known to "
         "the service.", ["probation_service"]),
        ("Eastmere Children's Services should invite the IDVA to child protection conferences where abuse is "
         "known.", ["childrens_social_care"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Agree a consent form for sharing risk plans", "Eastmere Probation", "December 2017",
                    "2017-12"),
                   ("Brief offender managers on the form", "Eastmere Probation", "December 2017", "2017-12"),
                   ("Check shared plans at supervision", "Eastmere Probation", "December 2017", "2017-12")]),
        (recs[1], [("Add the IDVA to the conference invitation list", "Eastmere Children's Services",
                    "6 months", None),
                   ("Tell conference chairs about the change", "Eastmere Children's Services", "6 months",
                    None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action to take", "Lead Agency", "Target Date"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None, a[0],
                                               a[1] if k == 0 else None, a[2] if k == 0 else None])  # fmt: skip
    w.table(rows, [6.0, 6.0, 3.0, 2.4], font_size=10)
    return w, d


def themes_typed_numbers() -> tuple[WordDoc, Doc]:
    intro = "Holmewood Community Safety Partnership. Overview report, final version July 2017"
    w, d, recs = word_opening("Holmewood Community Safety Partnership", "Adult R", intro, [
        ("Holmewood Police should check the history of both parties before deciding who is the victim at a "
         "domestic incident.", ["police"]),
        ("Holmewood Council should give its licensing officers awareness training on domestic abuse.",
         ["local_authority"]),
        ("The Holmewood Community Safety Partnership should publish the learning from this review for "
         "practitioners.", ["community_safety_partnership"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [HEADER_7, ["Theme 1 - Risk assessment - force wide"]]

    def row(rec: object, k: int, a: tuple[str, str, str, str | None], scope: str) -> list[str | None]:
        number = getattr(rec, "number", "")
        text = getattr(rec, "text", "")
        return [f"{number}. {text}" if k == 0 else None, scope if k == 0 else None, f"{number}.{k + 1} {a[0]}",
                a[1], "", a[2], ""]  # fmt: skip

    one: Plan = [
        (recs[0], [("Add a history check to the incident attendance guidance", "Holmewood Police",
                    "March 2018", "2018-03"),
                   ("Dip sample incidents where both parties were arrested", "Holmewood Police", "Q3 2017/18",
                    "2017-12")]),
    ]  # fmt: skip
    rows += plan_rows(one, lambda rec, k, a: row(rec, k, a, "Force wide"))
    rows.append(["Theme 2 - Processes - county wide"])
    two: Plan = [
        (recs[1], [("Include domestic abuse in the licensing officers' training", "Holmewood Council",
                    "31/01/2018", "2018-01-31")]),
        (recs[2], [("Write a seven-minute briefing on the review", "Holmewood CSP", "Within 3 months of "
                    "publication", None),
                   ("Present the learning at the practitioner forum", "Holmewood CSP", "Ongoing", None)]),
    ]  # fmt: skip
    rows += plan_rows(two, lambda rec, k, a: row(rec, k, a, "County wide"))
    w.table(rows, [5.4, 2.2, 5.6, 3.0, 3.2, 2.6, 3.2], font_size=9)
    return w, d


HEADER_7 = [
    "Recommendation",
    "Scope of recommendation i.e. local or regional",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and outcome",
]


def month_words() -> tuple[WordDoc, Doc]:
    intro = "Stavely Cross Community Safety Partnership. Overview report, final version October 2017"
    w, d, recs = word_opening("Stavely Cross Community Safety Partnership", "Noor", intro, [
        ("Stavely Cross Mental Health Trust should ask a patient about abuse at each care plan review.",
         ["mental_health_services"]),
        ("Stavely Cross Police should refer every victim of stalking to the specialist stalking service.",
         ["police"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add the question to the care plan review template", "Stavely Cross Mental Health Trust",
                    "Mar-18", "2018-03"),
                   ("Train care coordinators on asking", "Stavely Cross Mental Health Trust",
                    "By 31st December 2017", "2017-12-31"),
                   ("Audit care plan reviews", "Stavely Cross Mental Health Trust", "Summer 2018", "2018")]),
        (recs[1], [("Set an automatic referral for stalking crimes", "Stavely Cross Police", "End of March 2018",
                    "2018-03"),
                   ("Report referral numbers to the partnership", "Stavely Cross Police", "Q1 2018/19",
                    "2018-06")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Action", "Responsible", "Timescale", "Update"]]
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else None, a[0], a[1], a[2],
                                               "Template changed 20/11/2017" if k == 0 else ""])  # fmt: skip
    w.table(rows, [1.2, 7.0, 3.6, 2.6, 2.6], font_size=10)
    return w, d


def lettered_landscape() -> tuple[WordDoc, Doc]:
    intro = "Marlcombe Community Safety Partnership. Overview report, final version June 2018"
    w, d, recs = word_opening("Marlcombe Community Safety Partnership", "Adult S", intro, [
        ("Marlcombe Council should make sure that its homelessness team asks every applicant about domestic "
         "abuse.", ["local_authority"]),
        ("Marlcombe CCG should commission training for practice nurses on domestic abuse.",
         ["integrated_care_board"]),
    ])  # fmt: skip
    landscape = w.section
    landscape(landscape=True)
    w.heading("Annex 1: Action plan", 1)
    one = [("Add the question to the homelessness assessment", "Complete", None),
           ("Check thirty assessments for the question", "Q3 2018/19", "2018-12")]  # fmt: skip
    two = [("Choose a training provider", "September 2018", "2018-09"),
           ("Run four training sessions", "31/03/2019", "2019-03-31"),
           ("Ask nurses for feedback on the sessions", "TBC", None)]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Actions", "Lead", "Target date", "Completion date"]]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for r, (rec, acts, lead, completed) in enumerate(
        ((recs[0], one, "Marlcombe Council", "a) 14/05/2018"), (recs[1], two, "Marlcombe CCG", "")), start=1
    ):
        for text, cell, iso in acts:
            act(rec, text, lead, cell, iso)
        letters = "abc"
        cells[(r, 1)] = [(f"{letters[k]}) {t}", None) for k, (t, _, _) in enumerate(acts)]
        cells[(r, 3)] = [(f"{letters[k]}) {c}", None) for k, (_, c, _) in enumerate(acts)]
        rows.append([f"{rec.number}. {rec.text}", "", lead, "", completed])
    w.table(rows, [6.6, 7.4, 3.4, 3.0, 3.4], font_size=10, cell_numbering=cells)
    return w, d


MORE = {
    "blindl-09-day-first-numerics": day_first_numerics,
    "blindl-10-text-not-date": text_not_date,
    "blindl-11-separate-plan": separate_plan,
    "blindl-12-lead-target-merged": lead_target_merged,
    "blindl-13-themes-typed-numbers": themes_typed_numbers,
    "blindl-14-month-words": month_words,
    "blindl-15-lettered-landscape": lettered_landscape,
}
