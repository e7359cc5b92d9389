"""The drawn PDFs of the seventh blind action-plan set (``blindg-15`` .. ``blindg-20``; see ``build.py`` for the
set, its gold conventions and how it is built and scored). Every place, person and date is invented."""

from __future__ import annotations

from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import Plan, drawn_opening, first_row_text, numbered_rows, plan_rows
from tests.extraction.plans_blind.draw import Drawn


def drawn_smart() -> tuple[Drawn, Doc]:
    intro = "Harebell Cross Community Safety Partnership. Report dated 3 February 2021."
    p, d, recs = drawn_opening("Harebell Cross Community Safety Partnership", "Zofia", intro, [
        ("Harebell Cross Police should record who else lives at the address when it attends a domestic "
         "incident.", ["police"]),
        ("Harebell Cross Council should check its homelessness files for missed disclosures of abuse.",
         ["local_authority"]),
    ], landscape=True)  # fmt: skip
    p.para("SMART Action Plan", size=13, bold=True)
    plan: Plan = [
        (recs[0], [("Add a household members field to the attendance form", "Harebell Cross Police",
                    "End of Q1 2021/22", "2021-06"),
                   ("Tell officers to complete the field", "Harebell Cross Police", "July 2021", "2021-07")]),
        (recs[1], [("Review sixty homelessness files", "Harebell Cross Council", "Within 3 months of "
                    "publication", None),
                   ("Report the findings to the partnership", "Harebell Cross Council", "30/09/2021",
                    "2021-09-30")]),
    ]  # fmt: skip
    rows = plan_rows(
        plan,
        lambda rec, k, a: [
            rec.number if k == 0 else "",
            a[0],
            "Form audit" if k == 0 else "Report to the board",
            a[1],
            a[2],
        ],
    )
    p.table(["No.", "Specific action", "Measurable outcome", "Achievable - lead", "Timely - target date"],
            rows, [35, 260, 140, 150, 120], size=9.5, rules="header")  # fmt: skip
    return p, d


def drawn_landscape_milestones() -> tuple[Drawn, Doc]:
    intro = "Dunmore Community Safety Partnership. Final report, March 2021."
    p, d, recs = drawn_opening("Dunmore Community Safety Partnership", "Priya", intro, [
        ("Dunmore Mental Health Trust should include a partner's view when it plans a patient's discharge.",
         ["mental_health_services"]),
        ("Dunmore Probation should tell the police when a perpetrator moves to a new address.",
         ["probation_service"]),
    ])  # fmt: skip
    p.new_page(landscape=True)
    p.para("Action plan", size=13, bold=True)
    long = ("Write the partner's view into the discharge planning procedure, test the change on two wards, "
            "collect the views of staff and patients, and report to the trust's safeguarding committee before "
            "the change is made across every ward and community team of the trust.")  # fmt: skip
    plan: Plan = [
        (recs[0], [(long, "Dunmore Mental Health Trust", "31/12/2021", "2021-12-31"),
                   ("Audit discharge plans for the partner's view", "Dunmore Mental Health Trust",
                    "End of Q4 2021/22", "2022-03")]),
        (recs[1], [("Add a change of address alert to the case system", "Dunmore Probation", "Oct-21",
                    "2021-10"),
                   ("Agree the alert route with the police", "Dunmore Probation", "Complete", None)]),
    ]  # fmt: skip
    milestones = iter(["Test on two wards by July 2021; committee in September 2021", "Audit tool by 01/01/2022",
                       "System change requested in May 2021", "Route agreed 12/04/2021"])  # fmt: skip
    for _ in range(20):  # the long first row at the page foot, where the break cuts it
        p.para("Progress on each action is reported to the partnership every quarter; a date that moves is "
               "agreed with the chair of the review group.")  # fmt: skip
    rows = plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[1], next(milestones), a[2],
                                              ""])  # fmt: skip
    p.table(["Rec", "Action", "Lead", "Key milestones", "Target date", "Outcome"], rows,
            [35, 250, 120, 180, 80, 70], size=9.5, rules="header", repeat_header=True)  # fmt: skip
    return p, d


def drawn_bullets_by_when() -> tuple[Drawn, Doc]:
    intro = "Pennwick Community Safety Partnership. Executive summary, January 2021."
    p, d, recs = drawn_opening("Pennwick Community Safety Partnership", "Olena", intro, [
        ("Pennwick Council should ask about abuse when a tenant asks to add a partner to the tenancy.",
         ["local_authority"]),
        ("Pennwick ICB should make sure that GP practices know the local MARAC referral route.",
         ["integrated_care_board"]),
    ])  # fmt: skip
    p.para("Action plan", size=13, bold=True)
    texts = [
        (recs[0], [("Add the question to the tenancy change form", "Pennwick Council", "June 2021", "2021-06"),
                   ("Brief housing officers on the question", "Pennwick Council", "June 2021", "2021-06")]),
        (recs[1], [("Send the MARAC route to every practice", "Pennwick ICB", "Q2 2021/22", "2021-09"),
                   ("Add the route to the practice safeguarding pack", "Pennwick ICB", "Q2 2021/22", "2021-09"),
                   ("Ask practices to name a MARAC lead", "Pennwick ICB", "Q2 2021/22", "2021-09")]),
    ]  # fmt: skip
    rows = []
    for rec, actions in texts:
        for a in actions:
            act(rec, *a)
        rows.append([rec.number, "\n".join(f"• {a[0]}" for a in actions), actions[0][1], actions[0][2]])
    p.table(["Rec", "Actions", "Lead", "By when"], rows, [35, 280, 110, 70], size=9.5, rules="header")
    return p, d


def drawn_rag_achieved() -> tuple[Drawn, Doc]:
    intro = "Calderwick Community Safety Partnership. Action plan update, November 2020."
    p, d, recs = drawn_opening("Calderwick Community Safety Partnership", "Hana", intro, [
        ("Calderwick Police should make sure that a victim's first language is recorded and used.", ["police"]),
        ("The Calderwick domestic abuse service should offer sessions in community languages.",
         ["domestic_abuse_services"]),
    ])  # fmt: skip
    p.para("Action plan", size=13, bold=True)
    plan: Plan = [
        (recs[0], [("Add a first language field to the victim record", "Calderwick Police",
                    "Achieved - June 2020", "2020-06"),
                   ("Book interpreters for statements taken in another language", "Calderwick Police",
                    "Complete", None)]),
        (recs[1], [("Recruit two sessional workers who speak community languages", "Calderwick DA Service",
                    "March 2021", "2021-03"),
                   ("Run the first sessions", "Calderwick DA Service", "Achieved – 02/10/2020", "2020-10-02")]),
    ]  # fmt: skip
    rag = iter(["Blue", "Blue", "Amber", "Blue"])
    rows = plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[1], a[2], next(rag)])
    p.table(["No.", "Action", "Lead", "Completion date", "RAG"], rows, [35, 230, 110, 90, 40], size=9.5,
            rules="header")  # fmt: skip
    return p, d


def drawn_merged_rec() -> tuple[Drawn, Doc]:
    intro = "Westholme Community Safety Partnership. Overview report, final, May 2021."
    p, d, recs = drawn_opening("Westholme Community Safety Partnership", "Ruth", intro, [
        ("Westholme Children's Services should invite the domestic abuse service to every strategy meeting "
         "about a child living with abuse.", ["childrens_social_care"]),
        ("Westholme Hospital should flag the records of patients known to MARAC.", ["hospital"]),
    ])  # fmt: skip
    p.para("Action plan", size=13, bold=True)
    plan: Plan = [
        (recs[0], [("Change the strategy meeting invitation list", "Westholme Children's Services",
                    "End of Q3 2021/22", "2021-12"),
                   ("Tell chairs of strategy meetings about the change", "Westholme Children's Services",
                    "Immediate", None),
                   ("Audit ten strategy meetings for the invitation", "Westholme Children's Services",
                    "June 2022", "2022-06")]),
        (recs[1], [("Agree the flag with the MARAC coordinator", "Westholme Hospital", "Aug-21", "2021-08"),
                   ("Train ward safeguarding leads on the flag", "Westholme Hospital", "2021/22", "2022-03")]),
    ]  # fmt: skip
    rows = plan_rows(plan, lambda rec, k, a: [first_row_text(rec, k) or "", a[0], a[1], a[2]])
    p.table(["Recommendation", "Action", "Lead", "Completion date"], rows, [170, 190, 90, 75], size=9,
            rules="header")  # fmt: skip
    return p, d


def drawn_quarters_no_lines() -> tuple[Drawn, Doc]:
    intro = "Rushbrook Community Safety Partnership. Overview report, October 2021."
    p, d, recs = drawn_opening("Rushbrook Community Safety Partnership", "Agata", intro, [
        ("Rushbrook Council should offer a safety plan to a victim who reports abuse to its contact centre.",
         ["local_authority"]),
        ("The Rushbrook Community Safety Partnership should review its domestic abuse strategy.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    p.para("Action plan", size=13, bold=True)
    plan: Plan = [
        (recs[0], [("Train contact centre staff to offer a safety plan", "Rushbrook Council", "Q3 2021/22",
                    "2021-12"),
                   ("Add the offer to the contact centre script", "Rushbrook Council",
                    "Within 3 months of publication", None)]),
        (recs[1], [("Consult survivors on the strategy", "Rushbrook CSP", "End of Q4 2021/22", "2022-03"),
                   ("Publish the revised strategy", "Rushbrook CSP", "Summer 2022", "2022"),
                   ("Report on the strategy to the board", "Rushbrook CSP", "Annually", None)]),
    ]  # fmt: skip
    rows = numbered_rows(plan)
    p.table(["No.", "Action", "Lead", "By when"], rows, [35, 270, 110, 100], size=9.5)
    return p, d


DRAWN = {
    "blindg-15-drawn-smart": drawn_smart,
    "blindg-16-drawn-landscape-milestones": drawn_landscape_milestones,
    "blindg-17-drawn-bullets-by-when": drawn_bullets_by_when,
    "blindg-18-drawn-rag-achieved": drawn_rag_achieved,
    "blindg-19-drawn-merged-rec": drawn_merged_rec,
    "blindg-20-drawn-quarters-no-lines": drawn_quarters_no_lines,
}
