"""The drawn PDFs of the ninth blind action-plan set (``blindi-10`` .. ``blindi-12``; see ``build.py`` for the
set, its gold conventions and how it is built and scored). Every place, person and date is invented.

* ``blindi-10-drawn-landscape-bullets-footer``: a landscape plan with "•" actions and one "•" date per action
  in one row, rows cut by the page break (header repeated) and a running footer with the plan's version date.
* ``blindi-11-drawn-table-per-agency``: one borderless table per agency under the agency's name.
* ``blindi-12-drawn-evidence-rag-officer``: "No. | Action | Lead officer | Target | Evidence of completion |
  RAG", named officers and dated evidence.
"""

from __future__ import annotations

from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import Plan, drawn_opening, plan_rows
from tests.extraction.plans_blind.draw import Drawn


def drawn_landscape_bullets_footer() -> tuple[Drawn, Doc]:
    intro = "Thistledown Community Safety Partnership. Overview report, final version March 2024."
    p, d, recs = drawn_opening("Thistledown Community Safety Partnership", "Hana", intro, [
        ("Thistledown Police should make sure that a victim who reports stalking is given a named contact and "
         "told how the investigation is going every fortnight, and that the force checks whether the "
         "perpetrator has stalked earlier partners.", ["police"]),
        ("Thistledown Council should include stalking in the training it gives to its housing and "
         "anti-social behaviour staff.", ["local_authority"]),
    ])  # fmt: skip
    p.new_page(landscape=True)
    p.para("Appendix A: Action plan", size=13, bold=True)
    for _ in range(14):  # the first row runs over the page break
        p.para("The lead named for each action reports progress to the partnership board, which closes an "
               "action only when it has seen the evidence asked for in the plan.")  # fmt: skip
    one = [("Give every stalking victim a named officer", "By September 2024", "2024-09"),
           ("Set a fortnightly update reminder on the case system", "End of Q2 2024/25", "2024-09"),
           ("Check earlier partners in every stalking investigation", "31.03.25", "2025-03-31"),
           ("Dip sample twenty stalking cases", "Spring 2025", "2025")]  # fmt: skip
    two = [("Add a stalking module to the housing staff course", "2024/25", "2025-03"),
           ("Train the anti-social behaviour officers", "Ongoing - reviewed annually", None)]  # fmt: skip
    rows = []
    for rec, acts, lead in [(recs[0], one, "Thistledown Police"), (recs[1], two, "Thistledown Council")]:
        for text, cell, iso in acts:
            act(rec, text, lead, cell, iso)
        rows.append([f"{rec.number}. {rec.text}", "\n".join(f"• {a[0]}" for a in acts), lead,
                     "\n".join(f"• {a[1]}" for a in acts), "Plan agreed 12/04/2024"])  # fmt: skip
    p.table(["Recommendation", "Actions", "Lead agency", "Target date", "Progress"], rows,
            [220, 230, 100, 100, 92], size=9, rules="header", repeat_header=True)  # fmt: skip
    for page in p.doc:
        page.insert_text((50, page.rect.height - 25), "Action plan version 3, 14/06/2024", fontsize=8)
    return p, d


def drawn_table_per_agency() -> tuple[Drawn, Doc]:
    intro = "Wychwood Community Safety Partnership. Overview report, final version September 2024."
    p, d, recs = drawn_opening("Wychwood Community Safety Partnership", "Esme", intro, [
        ("Wychwood ICB should make sure that GP practices offer a follow-up appointment after a disclosure of "
         "abuse.", ["integrated_care_board"]),
        ("Wychwood Children's Services should invite the victim's IDVA to every strategy meeting.",
         ["childrens_social_care"]),
        ("Wychwood Children's Services should record the child's view of the risk at home.",
         ["childrens_social_care"]),
    ])  # fmt: skip
    p.para("Action plan", size=13, bold=True)
    plans = [
        ("Wychwood ICB", [(recs[0], [("Send practices a follow-up guide", "Wychwood ICB", "Nov 2024", "2024-11"),
                                     ("Audit follow-up appointments", "Wychwood ICB", "Q4 24/25", "2025-03")])]),
        ("Wychwood Children's Services", [
            (recs[1], [("Add the IDVA to the strategy meeting invitation list", "Wychwood Children's Services",
                        "Immediate", None)]),
            (recs[2], [("Add a child's view box to the assessment", "Wychwood Children's Services",
                        "By 31st January 2025", "2025-01-31"),
                       ("Check the box in a quarterly audit", "Wychwood Children's Services", "Quarterly",
                        None)]),
        ]),
    ]  # fmt: skip
    for name, plan in plans:
        p.para(name, size=11, bold=True)
        rows = plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[2]])
        p.table(["Rec", "Action", "Target date"], rows, [40, 330, 110], size=9.5, rules="none")
    return p, d


def drawn_evidence_rag_officer() -> tuple[Drawn, Doc]:
    intro = "Brantwood Community Safety Partnership. Action plan update, November 2024."
    p, d, recs = drawn_opening("Brantwood Community Safety Partnership", "Lucja", intro, [
        ("Brantwood Hospital should give its maternity staff a route to the IDVA service.", ["hospital"]),
        ("Brantwood Probation should check the home address of a perpetrator's new partner before approving "
         "it.", ["probation_service"]),
    ])  # fmt: skip
    p.para("Action plan", size=13, bold=True)
    plan: Plan = [
        (recs[0], [("Agree a referral route with the IDVA service", "Head of Midwifery (C. Doyle)", "Sept 24",
                    "2024-09"),
                   ("Put the route in the maternity safeguarding policy", "Head of Midwifery (C. Doyle)",
                    "31.12.24", "2024-12-31")]),
        (recs[1], [("Add a partner check to the address approval form", "Deputy Head (M. Iqbal)", "Complete",
                    None),
                   ("Audit address approvals", "Deputy Head (M. Iqbal)", "End of Q4 2024/25", "2025-03")]),
    ]  # fmt: skip
    evidence = iter(["Route agreed 19/08/2024", "Policy v4 published 02/12/2024", "Form live 06/05/2024", ""])
    colours = iter(["Green", "Green", "Green", "Amber"])
    rows = plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else "", a[0], a[1], a[2], next(evidence),
                                              next(colours)])  # fmt: skip
    p.table(["No.", "Action", "Lead officer", "Target", "Evidence of completion", "RAG"], rows,
            [30, 190, 105, 70, 90, 40], size=8.5, rules="header")  # fmt: skip
    return p, d


DRAWN = {
    "blindi-10-drawn-landscape-bullets-footer": drawn_landscape_bullets_footer,
    "blindi-11-drawn-table-per-agency": drawn_table_per_agency,
    "blindi-12-drawn-evidence-rag-officer": drawn_evidence_rag_officer,
}
