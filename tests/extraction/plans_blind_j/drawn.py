"""The drawn PDFs of the tenth blind action-plan set (``blindj-13`` .. ``blindj-17``; see ``build.py`` for the
set, its gold conventions and how it is built). Every place, person and date is invented.

* ``blindj-13-drawn-prose-plan``: a prose plan, "Recommendation N: ..." then "Action N.1: ...", "Lead: ...",
  "By when: ..." lines.
* ``blindj-14-drawn-ref-landscape-split``: a landscape plan with a "Ref" column ("SWK/R2"), a rule under the
  header, a long row cut by the page break, the header repeated.
* ``blindj-15-drawn-completed-outstanding``: a "Completed actions" table and an "Outstanding actions" table,
  no lines.
* ``blindj-16-drawn-subaction-refs``: "Ref | Action | Lead | Target" with "1.1", "1.2" refs and the
  recommendations only in the body, no lines.
* ``blindj-17-drawn-merged-rec-key-actions``: "Recommendation | Key actions | Lead | Target date | Progress/RAG",
  each recommendation printed once over its action rows.
"""

from __future__ import annotations

from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import Plan, drawn_opening, plan_rows
from tests.extraction.plans_blind.draw import Drawn


def drawn_prose_plan() -> tuple[Drawn, Doc]:
    d = Doc("Eskdale Water Community Safety Partnership", "Philippa")
    p = Drawn()
    p.para("Domestic Homicide Review: Philippa", size=16, bold=True)
    p.para("Eskdale Water Community Safety Partnership. Executive summary, final version December 2024.")
    p.para("Recommendations and actions", size=13, bold=True)
    items = [
        ("Eskdale Water Council should make its community alarm service ask about abuse when an alarm is "
         "fitted.", ["local_authority"], "Eskdale Water Council",
         [("Add an abuse question to the alarm fitting checklist", "end of March 2025", "2025-03"),
          ("Train the alarm fitters to ask the question", "TBC", None)]),
        ("Eskdale Water Police should check for earlier victims when a new report names a known perpetrator.",
         ["police"], "Eskdale Water Police",
         [("Write an earlier victims check into the investigation plan", "Mar-25", "2025-03"),
          ("Tell supervisors to confirm the check", "Immediate", None),
          ("Audit thirty investigations for the check", "Q2 2025-26", "2025-09")]),
    ]  # fmt: skip
    for i, (text, agencies, lead, acts) in enumerate(items, start=1):
        rec = d.rec(str(i), text, agencies)
        p.para(f"Recommendation {i}: {text}", bold=True)
        for k, (atext, cell, iso) in enumerate(acts, start=1):
            act(rec, atext, lead, cell, iso)
            p.para(f"Action {i}.{k}: {atext}", gap=1)
            p.para(f"Lead: {lead}", gap=1)
            p.para(f"By when: {cell}")
    return p, d


def drawn_ref_landscape_split() -> tuple[Drawn, Doc]:
    intro = "Swaleknock Community Safety Partnership. Overview report, final version October 2024."
    p, d, recs = drawn_opening("Swaleknock Community Safety Partnership", "Henrietta", intro, [
        ("Swaleknock Hospital should make sure that a patient with a head injury from an assault by a partner "
         "is seen by the hospital IDVA before discharge.", ["hospital"]),
        ("Swaleknock Housing should include a question about abuse in its tenancy sustainment visits.",
         ["housing"]),
    ])  # fmt: skip
    p.new_page(landscape=True)
    p.para("Appendix C: Action plan", size=13, bold=True)
    for _ in range(11):  # the long first row reaches the page foot
        p.para("Each lead reports progress to the delivery group every quarter. An action is marked complete "
               "only when the group has seen the evidence named against it.")  # fmt: skip
    long = (
        "Write a discharge rule that a patient with a head injury from a partner's assault is not "
        "discharged until the IDVA has seen them or has been told why this could not happen; add the rule "
        "to the emergency department's safeguarding procedure; tell every consultant and nurse in charge; "
        "and record each case on the safeguarding dashboard so the trust can see whether the rule is kept."
    )
    plan: Plan = [
        (recs[0], [(long, "Swaleknock Hospital", "31st March 2025", "2025-03-31"),
                   ("Audit head injury discharges for an IDVA contact", "Swaleknock Hospital", "Q4 2024-25",
                    "2025-03")]),
        (recs[1], [("Add the abuse question to the sustainment visit form", "Swaleknock Housing",
                    "Already in place", None),
                   ("Train sustainment officers on what to do after a disclosure", "Swaleknock Housing",
                    "Autumn 2024", "2024")]),
    ]  # fmt: skip
    rows = plan_rows(plan, lambda rec, k, a: [f"SWK/R{rec.number}", rec.text if k == 0 else "", a[0], a[1],
                                              a[2], "Plan agreed 12/11/2024" if k == 0 else ""])  # fmt: skip
    p.table(["Ref", "Recommendation", "Action", "Lead", "Target date", "Progress"], rows,
            [55, 180, 230, 95, 90, 92], size=9, rules="header", repeat_header=True)  # fmt: skip
    return p, d


def drawn_completed_outstanding() -> tuple[Drawn, Doc]:
    intro = "Thornbury Edge Community Safety Partnership. Action plan update, February 2025."
    p, d, recs = drawn_opening("Thornbury Edge Community Safety Partnership", "Ottilie", intro, [
        ("Thornbury Edge Probation should tell the victim's IDVA when a perpetrator's licence conditions "
         "change.", ["probation_service"]),
        ("Thornbury Edge Mental Health Trust should ask a patient's partner about their own safety when the "
         "patient has made threats.", ["mental_health_services"]),
    ])  # fmt: skip
    p.para("Completed actions", size=12, bold=True)
    done: Plan = [
        (recs[0], [("Add the IDVA to the licence variation notice", "Thornbury Edge Probation", "Oct 2024",
                    "2024-10")]),
        (recs[1], [("Write a partner safety question for the risk assessment",
                    "Thornbury Edge Mental Health Trust", "30/11/2024", "2024-11-30")]),
    ]  # fmt: skip
    completed = iter(["Done 21/10/2024", "Done 02/12/2024"])
    rows = plan_rows(done, lambda rec, k, a: [rec.number or "", a[0], a[1], a[2], next(completed)])
    p.table(["Rec", "Action", "Lead", "Target date", "Completed"], rows, [35, 200, 120, 70, 70], size=9)
    p.para("Outstanding actions", size=12, bold=True)
    left: Plan = [
        (recs[0], [("Check twenty licence changes for an IDVA notice", "Thornbury Edge Probation",
                    "Q1 2025-26", "2025-06")]),
        (recs[1], [("Train inpatient staff to ask the question", "Thornbury Edge Mental Health Trust",
                    "31st May 2025", "2025-05-31"),
                   ("Report the first audit to the partnership", "Thornbury Edge Mental Health Trust",
                    "By the next panel", None)]),
    ]  # fmt: skip
    update = iter(["Sample chosen", "Course written", "Audit under way"])
    rows = plan_rows(left, lambda rec, k, a: [rec.number or "", a[0], a[1], a[2], next(update)])
    p.table(["Rec", "Action", "Lead", "Target date", "Update"], rows, [35, 200, 120, 70, 70], size=9)
    return p, d


def drawn_subaction_refs() -> tuple[Drawn, Doc]:
    intro = "Holloway Fen Community Safety Partnership. Overview report, final version September 2024."
    p, d, recs = drawn_opening("Holloway Fen Community Safety Partnership", "Marisol", intro, [
        ("Holloway Fen ICB should make sure that GP practices follow up a patient who misses appointments "
         "after disclosing abuse.", ["integrated_care_board"]),
        ("Holloway Fen Council should give its licensing officers training on abuse in the night-time "
         "economy.", ["local_authority"]),
    ])  # fmt: skip
    p.para("Action plan", size=13, bold=True)
    plan: Plan = [
        (recs[0], [("Send practices a missed appointment procedure", "Holloway Fen ICB", "Immediate", None),
                   ("Add a missed appointment alert to the record", "Holloway Fen ICB", "January 2025",
                    "2025-01"),
                   ("Audit follow-up of missed appointments", "Holloway Fen ICB", "12 weeks", None)]),
        (recs[1], [("Commission the licensing training", "Holloway Fen Council", "By the next panel", None),
                   ("Deliver the training to all licensing officers", "Holloway Fen Council", "Q1 2025-26",
                    "2025-06")]),
    ]  # fmt: skip
    rows = plan_rows(plan, lambda rec, k, a: [f"{rec.number}.{k + 1}", a[0], a[1], a[2]])
    p.table(["Ref", "Action", "Lead", "Target"], rows, [40, 270, 110, 75], size=9.5, rules="none")
    return p, d


def drawn_merged_rec_key_actions() -> tuple[Drawn, Doc]:
    intro = "Marrick Dale Community Safety Partnership. Overview report, final version June 2024."
    p, d, recs = drawn_opening("Marrick Dale Community Safety Partnership", "Sunniva", intro, [
        ("Marrick Dale Police should give call handlers a prompt to ask about children in the house at every "
         "domestic abuse call.", ["police"]),
        ("Marrick Dale Children's Services should share a referral's outcome with the referring school.",
         ["childrens_social_care"]),
    ])  # fmt: skip
    p.para("Action plan", size=13, bold=True)
    plan: Plan = [
        (recs[0], [("Add the children prompt to the call handling script", "Marrick Dale Police",
                    "31st March 2025", "2025-03-31"),
                   ("Train call handlers on the prompt", "Marrick Dale Police", "Mar-25", "2025-03"),
                   ("Check one hundred calls for the prompt", "Marrick Dale Police", "Ongoing", None)]),
        (recs[1], [("Write an outcome letter for schools", "Marrick Dale Children's Services", "December 2024",
                    "2024-12"),
                   ("Tell designated safeguarding leads about the letter", "Marrick Dale Children's Services",
                    "6 months from publication", None)]),
    ]  # fmt: skip
    rag = iter(["Green - script changed 02/09/2024", "Amber", "Green", "Amber - draft with legal", "Red"])
    rows = plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else "", a[0], a[1], a[2],
                                              next(rag)])  # fmt: skip
    p.table(["Recommendation", "Key actions", "Lead", "Target date", "Progress/RAG"], rows,
            [140, 150, 80, 65, 60], size=8.5, rules="header")  # fmt: skip
    return p, d


DRAWN = {
    "blindj-13-drawn-prose-plan": drawn_prose_plan,
    "blindj-14-drawn-ref-landscape-split": drawn_ref_landscape_split,
    "blindj-15-drawn-completed-outstanding": drawn_completed_outstanding,
    "blindj-16-drawn-subaction-refs": drawn_subaction_refs,
    "blindj-17-drawn-merged-rec-key-actions": drawn_merged_rec_key_actions,
}
