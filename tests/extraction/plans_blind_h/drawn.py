"""The drawn PDFs of the eighth blind action-plan set (``blindh-13`` .. ``blindh-18``; see ``build.py`` for the
set, its gold conventions and how it is built and scored). Every place, person and date is invented."""

from __future__ import annotations

from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import Plan, drawn_opening, numbered_rows, plan_rows
from tests.extraction.plans_blind.draw import Drawn


def drawn_two_column_borderless() -> tuple[Drawn, Doc]:
    intro = "Pellbrook Community Safety Partnership. Overview report, final version July 2022."
    p, d, recs = drawn_opening("Pellbrook Community Safety Partnership", "Ayesha", intro, [
        ("Pellbrook Council should make sure that its benefits team knows how to spot economic abuse.",
         ["local_authority"]),
        ("Pellbrook Probation should check a new partner's safety before it agrees a home visit address.",
         ["probation_service"]),
    ])  # fmt: skip
    p.para("Action plan", size=13, bold=True)
    plan: Plan = [
        (recs[0], [("Write a short guide to economic abuse for benefits staff with the local domestic abuse "
                    "service, test it with two teams and then publish it on the staff intranet",
                    "Pellbrook Council", "Nov 2022", "2022-11"),
                   ("Add economic abuse to the benefits team induction and ask each new starter to sign that "
                    "they have read the guide during their first month in post", "Pellbrook Council",
                    "Ongoing", None)]),
        (recs[1], [("Add a partner safety check to the home visit address form and tell every offender manager "
                    "about the change at the next team meeting in each office", "Pellbrook Probation",
                    "31.10.22", "2022-10-31")]),
    ]  # fmt: skip
    for rec, actions in plan:
        p.para(f"Recommendation {rec.number}", bold=True)
        rows = []
        for a in actions:
            act(rec, *a)
            rows.append([a[0], a[2]])
        p.table(["Action", "Target date"], rows, [230, 80], size=9.5, rules="none")
    return p, d


def drawn_home_office_landscape() -> tuple[Drawn, Doc]:
    intro = "Quarrendon Community Safety Partnership. Overview report, final version January 2023."
    p, d, recs = drawn_opening("Quarrendon Community Safety Partnership", "Kerry", intro, [
        ("Quarrendon Police should make sure that a victim who withdraws a complaint is offered support from "
         "the IDVA service.", ["police"]),
        ("The Quarrendon Community Safety Partnership should check that this review's learning reaches "
         "front-line staff.", ["community_safety_partnership"]),
    ])  # fmt: skip
    p.new_page(landscape=True)
    p.para("Appendix 1: Action plan", size=13, bold=True)
    for _ in range(12):  # the long plan runs over the page break
        p.para("Progress on this plan is reported to the partnership board at each of its meetings, and an action "
               "is closed only when its lead has shown the evidence asked for.")  # fmt: skip
    plan: Plan = [
        (recs[0], [("Add an IDVA referral step to the withdrawal statement procedure", "Quarrendon Police",
                    "By end of Q2 2023/24", "2023-09"),
                   ("Tell investigators about the new step in a briefing note", "Quarrendon Police", "Immediate",
                    None),
                   ("Check twenty withdrawn cases for a referral", "Quarrendon Police", "31.03.24", "2024-03-31"),
                   ("Share the check's findings with the IDVA service", "Quarrendon Police", "Spring 2024",
                    "2024"),
                   ("Repeat the check a year later", "Quarrendon Police", "March '25", "2025-03")]),
        (recs[1], [("Write a seven-minute briefing on this review", "Quarrendon CSP", "Completed 12/01/23",
                    "2023-01-12"),
                   ("Ask each agency how it shared the briefing", "Quarrendon CSP",
                    "Within 6 months of the review's publication", None)]),
    ]  # fmt: skip
    rows = plan_rows(plan, lambda rec, k, a: [
        f"{rec.number}. {rec.text}" if k == 0 else "", "Local" if k == 0 else "", a[0], a[1],
        "Procedure redrafted" if k == 0 else "", a[2], ""])  # fmt: skip
    header = ["Recommendation", "Scope", "Action to take", "Lead Agency", "Key milestones", "Target date",
              "Completion date and outcome"]  # fmt: skip
    p.table(header, rows, [160, 45, 190, 90, 90, 80, 90], size=8.5, rules="header", repeat_header=True)
    return p, d


def drawn_refs_borderless() -> tuple[Drawn, Doc]:
    intro = "Dunholme Community Safety Partnership. Overview report, final version December 2022."
    p, d, recs = drawn_opening("Dunholme Community Safety Partnership", "Vera", intro, [
        ("Dunholme GP practices should ask about abuse when a patient asks for a repeat prescription of "
         "sleeping tablets.", ["gp"]),
        ("The Dunholme domestic abuse service should call a client back within two days of a missed "
         "appointment.", ["domestic_abuse_services"]),
    ])  # fmt: skip
    p.para("Action plan", size=13, bold=True)
    plan: Plan = [
        (recs[0], [("Add a prompt to the repeat prescription screen", "Dunholme ICB", "2023-03-31", "2023-03-31"),
                   ("Share the prompt at the practice managers' meeting", "Dunholme ICB", "Feb 2023", "2023-02")]),
        (recs[1], [("Write the call-back rule into the service procedure", "Dunholme DA Service", "Sept 2023",
                    "2023-09"),
                   ("Count the call-backs made each month", "Dunholme DA Service", "Monthly", None)]),
    ]  # fmt: skip
    rows = plan_rows(plan, lambda rec, k, a: [f"{rec.number}.{k + 1}", a[0], a[1], a[2]])
    p.table(["Ref", "Action", "Lead", "Target date"], rows, [40, 260, 120, 90], size=9.5, rules="none")
    return p, d


def drawn_bullets_rag() -> tuple[Drawn, Doc]:
    intro = "Kestrel Bay Community Safety Partnership. Overview report, final version October 2022."
    p, d, recs = drawn_opening("Kestrel Bay Community Safety Partnership", "Neve", intro, [
        ("Kestrel Bay Council should check for abuse when a tenant asks to end a joint tenancy.",
         ["local_authority"]),
        ("Kestrel Bay Police should record the views of a victim's family when they report concerns.",
         ["police"]),
    ])  # fmt: skip
    p.para("Action plan", size=13, bold=True)
    plan: Plan = [
        (recs[0], [("Add a safety question to the tenancy end form", "Kestrel Bay Council", "Sept 2022",
                    "2022-09"),
                   ("Brief tenancy officers on the question", "Kestrel Bay Council", "March '23", "2023-03")]),
        (recs[1], [("Add a family concern field to the crime record", "Kestrel Bay Police", "Q4 2022/23",
                    "2023-03"),
                   ("Remind officers to call the family back", "Kestrel Bay Police", "Ongoing", None),
                   ("Check ten records for the field", "Kestrel Bay Police", "30.06.23", "2023-06-30")]),
    ]  # fmt: skip
    rows = []
    for (rec, actions), colour in zip(plan, ["Green", "Amber"], strict=True):
        for a in actions:
            act(rec, *a)
        rows.append([rec.number, "\n".join(f"• {a[0]}" for a in actions), actions[0][1],
                     "\n".join(f"• {a[2]}" for a in actions), colour])  # fmt: skip
    p.table(["No.", "Actions", "Lead", "Target date", "RAG"], rows, [35, 250, 110, 80, 45], size=9.5,
            rules="header")  # fmt: skip
    return p, d


def drawn_summary_then_appendix() -> tuple[Drawn, Doc]:
    intro = "Oxley Moor Community Safety Partnership. Overview report, final version November 2022."
    p, d, recs = drawn_opening("Oxley Moor Community Safety Partnership", "Carys", intro, [
        ("Oxley Moor Hospital should give its emergency department a direct line to the IDVA service.",
         ["hospital"]),
        ("Oxley Moor Children's Services should invite the IDVA to child protection conferences.",
         ["childrens_social_care"]),
    ])  # fmt: skip
    p.para("Summary of the action plan", size=12, bold=True)
    summary = [
        [rec.number, rec.text, lead, when]
        for rec, lead, when in zip(
            recs,
            ["Oxley Moor Hospital", "Oxley Moor Children's Services"],
            ["June 2023", "March 2023"],
            strict=True,
        )
    ]
    p.table(["No.", "Recommendation", "Lead", "Target date"], summary, [35, 280, 120, 70], size=9.5,
            rules="header")  # fmt: skip
    p.new_page(landscape=True)
    p.para("Appendix C: Action plan", size=13, bold=True)
    plan: Plan = [
        (recs[0], [("Set up the direct line with the IDVA service", "Oxley Moor Hospital", "Jan 2023", "2023-01"),
                   ("Put the number on every cubicle notice board", "Oxley Moor Hospital", "June 2023",
                    "2023-06")]),
        (recs[1], [("Add the IDVA to the conference invitation list", "Oxley Moor Children's Services",
                    "Immediate", None),
                   ("Check attendance in ten conferences", "Oxley Moor Children's Services", "March '23",
                    "2023-03")]),
    ]  # fmt: skip
    rows = numbered_rows(plan)
    p.table(
        ["Rec", "Action", "Lead agency", "Target date"], rows, [40, 330, 170, 100], size=9.5, rules="header"
    )
    return p, d


def drawn_date_shapes() -> tuple[Drawn, Doc]:
    intro = "Hartley Green Community Safety Partnership. Overview report, final version February 2023."
    p, d, recs = drawn_opening("Hartley Green Community Safety Partnership", "Sian", intro, [
        ("Hartley Green Police should tell a victim when a perpetrator is released from custody.", ["police"]),
        ("Hartley Green Council should include domestic abuse in its homelessness prevention training.",
         ["local_authority"]),
    ])  # fmt: skip
    p.para("Action plan", size=13, bold=True)
    plan: Plan = [
        (recs[0], [("Add a release alert to the custody system", "Hartley Green Police", "w/c 5th June",
                    "2023-06-05"),
                   ("Tell the victim care unit about the alert", "Hartley Green Police", "Complete - see notes",
                    None),
                   ("Check twenty releases for a call to the victim", "Hartley Green Police", "Spring 2023",
                    "2023")]),
        (recs[1], [("Add a domestic abuse module to the course", "Hartley Green Council", "Completed 12/01/23",
                    "2023-01-12"),
                   ("Train every homelessness officer", "Hartley Green Council", "2023-03-31", "2023-03-31"),
                   ("Report attendance to the partnership", "Hartley Green Council",
                    "Within 6 months of the review's publication", None)]),
    ]  # fmt: skip
    rows = numbered_rows(plan)
    p.table(["No.", "Action", "Lead", "Target date"], rows, [35, 250, 120, 110], size=9.5, rules="none")
    return p, d


DRAWN = {
    "blindh-13-drawn-two-column-borderless": drawn_two_column_borderless,
    "blindh-14-drawn-home-office-landscape": drawn_home_office_landscape,
    "blindh-15-drawn-refs-borderless": drawn_refs_borderless,
    "blindh-16-drawn-bullets-rag": drawn_bullets_rag,
    "blindh-17-drawn-summary-then-appendix": drawn_summary_then_appendix,
    "blindh-18-drawn-date-shapes": drawn_date_shapes,
}
