"""A tenth blind set of action plans, written by a writer who ran neither the reader nor the scorer on it: gold
labelled from the documents alone, to be scored once by the lead. Every place, person, recommendation, action
and date is invented; the Word documents (``build.py``, ``word_more.py``) are saved as DOCX and exported to PDF,
the drawn ones (``drawn.py``) are PDFs only.

Gold conventions (as the earlier sets): a target is the date the cell sets, at the precision printed
("31st March 2025" -> 2025-03-31, "Mar-25" -> 2025-03, "end of March 2025" -> 2025-03); a quarter of a financial
year is its last month ("Q4 2024-25" -> 2025-03, "Q1 2025-26" -> 2025-06); a financial year is its March
("2025/26" -> 2026-03); a season gives its year ("Autumn 2024" -> 2024); a cell with a term and a date has the
date ("Short term: by December 2024" -> 2024-12); a cell that says the action was done on a date has that date
("Completed (October 2024)" -> 2024-10). A cell that sets no calendar date ("Immediate", "Completed", "Ongoing",
"TBC", "Already in place", "12 weeks", "6 months from publication", "By the next panel", "Within 12 months",
"Long term (12-18 months)") has none. Dates in progress, RAG, outcome and completion columns are not the
target. A typed label before an action ("1.1", "a)") is not part of its text. A recommendation cell merged
down over several action rows is each action's recommendation; a Lead or Target cell merged down is each
action's.

Word documents:

* ``blindj-01-key-actions-rag``: "Recommendation | Key actions | Lead | Target date | Progress/RAG", the
  recommendation cell merged down over its action rows.
* ``blindj-02-typed-subactions``: one row per action whose text starts "1.1", "1.2", "2.1", landscape.
* ``blindj-03-ref-column``: "Ref | Recommendation | Action | Lead | Deadline" with refs "DHR07/R1".
* ``blindj-04-paragraph-plan``: the plan as paragraphs "Action: ...", "Lead: ...", "By when: ..." under a
  "Recommendation N" heading.
* ``blindj-05-completed-outstanding``: a "Completed actions" table and an "Outstanding actions" table.
* ``blindj-06-narrative-then-plan``: a narrative recommendations section (paragraphs of reasons around the
  numbered recommendations) before a "Recommendation | Action | Responsible | Timescale" plan.
* ``blindj-07-merged-rec-split`` .. ``blindj-12-lettered-paragraphs`` and ``blindj-18-split-row-no-header``:
  see ``word_more.py``.

Drawn PDFs: ``blindj-13`` .. ``blindj-17``, see ``drawn.py``.

31 scored documents (13 Word documents as DOCX and PDF, 5 drawn PDFs), 156 gold actions (107 with a target
date). Not scored by its writer; nothing in ``tests`` runs it.

Rebuild (LibreOffice needed): ``python -m tests.extraction.plans_blind_j.build``; score (the lead, once):
``python -m tests.extraction.plans_blind_f.score tests/extraction/plans_blind_j``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans.kit import _numbered_body
from tests.extraction.plans_blind.build import Plan, build_set, plan_rows, word_opening
from tests.extraction.plans_blind_j.drawn import DRAWN
from tests.extraction.plans_blind_j.word_more import MORE

HERE = Path(__file__).resolve().parent

Cells = dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]]


def key_actions_rag() -> tuple[WordDoc, Doc]:
    intro = "Saltmarsh Community Safety Partnership. Overview report, final version July 2024"
    w, d, recs = word_opening("Saltmarsh Community Safety Partnership", "Beatrix", intro, [
        ("Saltmarsh Police should make sure that a victim who withdraws a statement is contacted again by "
         "a specialist officer within a week.", ["police"]),
        ("Saltmarsh Council should give its customer service staff a short script for callers who say they "
         "are frightened of a partner.", ["local_authority"]),
        ("Saltmarsh Hospital should record the name of anyone who accompanies a patient to the emergency "
         "department after an assault.", ["hospital"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Write a follow-up visit standard for withdrawn statements", "Saltmarsh Police",
                    "31st March 2025", "2025-03-31"),
                   ("Give the specialist team a list of withdrawn statements each Monday", "Saltmarsh Police",
                    "Mar-25", "2025-03"),
                   ("Check twenty withdrawn cases for a second contact", "Saltmarsh Police", "Autumn 2025",
                    "2025")]),
        (recs[1], [("Agree the script with the local refuge", "Saltmarsh Council", "Ongoing", None),
                   ("Put the script into the contact centre knowledge base", "Saltmarsh Council",
                    "November 2024", "2024-11")]),
        (recs[2], [("Add an accompanied-by field to the triage screen", "Saltmarsh Hospital", "Q4 2024-25",
                    "2025-03")]),
    ]  # fmt: skip
    progress = iter(
        [
            "Green - draft standard sent to the panel 09/09/2024",
            "Amber - list tested in one area",
            "Not started",
            "Green - meeting held 14/08/2024",
            "Green",
            "Red - supplier cost awaited",
        ]
    )
    rows: list[list[str | None]] = [["Recommendation", "Key actions", "Lead", "Target date", "Progress/RAG"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None, a[0], a[1],
                                               a[2], next(progress)])  # fmt: skip
    w.table(rows, [4.6, 4.6, 2.6, 2.2, 3.0], font_size=9.5)
    return w, d


def typed_subactions() -> tuple[WordDoc, Doc]:
    intro = "Kettlewick Community Safety Partnership. Overview report, final version September 2024"
    w, d, recs = word_opening("Kettlewick Community Safety Partnership", "Delphine", intro, [
        ("Kettlewick Probation should make sure that a perpetrator's risk plan says who will tell a new "
         "partner about past abuse.", ["probation_service"]),
        ("Kettlewick ICB should make sure that GP practices ask about abuse when a patient asks for help with "
         "low mood.", ["integrated_care_board"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Appendix 2: Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add a disclosure owner box to the risk management plan", "Kettlewick Probation",
                    "31st December 2024", "2024-12-31"),
                   ("Brief offender managers on the new box", "Kettlewick Probation", "Immediate", None),
                   ("Review fifteen plans for a named owner", "Kettlewick Probation", "end of March 2025",
                    "2025-03")]),
        (recs[1], [("Write a low mood prompt for the GP record system", "Kettlewick ICB", "Q1 2025-26",
                    "2025-06"),
                   ("Run a learning session for practice safeguarding leads", "Kettlewick ICB", "Jan-25",
                    "2025-01"),
                   ("Report uptake of the prompt to the partnership", "Kettlewick ICB",
                    "6 months from publication", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead agency", "Target date", "Update"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"Recommendation {rec.number}: {rec.text}" if k == 0 else None,
                                               f"{rec.number}.{k + 1} {a[0]}", a[1], a[2],
                                               "Reported to the board 21/10/2024" if k == 0 else ""])  # fmt: skip
    w.table(rows, [6.8, 7.0, 3.6, 3.2, 4.4], font_size=10)
    return w, d


def ref_column() -> tuple[WordDoc, Doc]:
    intro = "Ambleside Moor Community Safety Partnership. Overview report (DHR07), final version June 2024"
    w, d, recs = word_opening("Ambleside Moor Community Safety Partnership", "Harriet", intro, [
        ("Ambleside Moor Housing should tell the IDVA service when a tenant at risk asks for a lock change.",
         ["housing"]),
        ("Ambleside Moor Children's Services should record the father's details in every child and family "
         "assessment.", ["childrens_social_care"]),
        ("The Ambleside Moor Community Safety Partnership should check that agencies know how to refer to "
         "the MARAC.", ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("DHR07 action plan", 1)
    plan: Plan = [
        (recs[0], [("Add the IDVA referral to the lock change procedure", "Ambleside Moor Housing",
                    "Already in place", None),
                   ("Remind repairs staff of the procedure", "Ambleside Moor Housing", "12 weeks", None)]),
        (recs[1], [("Make the father's details a required field", "Ambleside Moor Children's Services",
                    "Q4 2024-25", "2025-03"),
                   ("Audit assessments for the father's details", "Ambleside Moor Children's Services",
                    "end of March 2025", "2025-03")]),
        (recs[2], [("Survey agencies on MARAC referral routes", "Ambleside Moor CSP", "Autumn 2024", "2024"),
                   ("Publish a one-page MARAC referral guide", "Ambleside Moor CSP", "TBC", None)]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Action", "Lead", "Deadline"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"DHR07/R{rec.number}", rec.text if k == 0 else None, a[0],
                                               a[1], a[2]])  # fmt: skip
    w.table(rows, [2.2, 5.0, 5.0, 2.8, 2.2], font_size=9.5)
    return w, d


def paragraph_plan() -> tuple[WordDoc, Doc]:
    intro = "Greenhythe Community Safety Partnership. Executive summary, final version October 2024"
    w, d, recs = word_opening("Greenhythe Community Safety Partnership", "Olwen", intro, [
        ("Greenhythe Adult Social Care should ask an older person about abuse by a family member at every "
         "care review.", ["adult_social_care"]),
        ("Greenhythe Mental Health Trust should share a patient's threats to a partner with the police when "
         "the risk is high.", ["mental_health_services"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    w.para("Each action is set out with its lead and the date by which it is due.")
    items = [
        (recs[0], [("Add a question on family abuse to the care review form", "Greenhythe Adult Social Care",
                    "30 September 2024", "2024-09-30"),
                   ("Train the review team on asking the question", "Greenhythe Adult Social Care",
                    "Summer 2025", "2025")]),
        (recs[1], [("Write guidance on passing threats to the police", "Greenhythe Mental Health Trust",
                    "By the next panel", None),
                   ("Agree a single point of contact in the police", "Greenhythe Mental Health Trust",
                    "Immediate", None),
                   ("Audit high-risk cases for information passed", "Greenhythe Mental Health Trust",
                    "February 2025", "2025-02")]),
    ]  # fmt: skip
    for rec, acts in items:
        w.heading(f"Recommendation {rec.number}", 2)
        for text, lead, cell, iso in acts:
            act(rec, text, lead, cell, iso)
            w.para(f"Action: {text}")
            w.para(f"Lead: {lead}")
            w.para(f"By when: {cell}")
    return w, d


def completed_outstanding() -> tuple[WordDoc, Doc]:
    intro = "Rookhope Community Safety Partnership. Action plan update, January 2025"
    w, d, recs = word_opening("Rookhope Community Safety Partnership", "Magda", intro, [
        ("Rookhope Police should flag the address of a victim who has a non-molestation order.", ["police"]),
        ("Rookhope GP practices should offer a double appointment to a patient who discloses abuse.", ["gp"]),
        ("Rookhope Council should include domestic abuse in its debt collection policy.", ["local_authority"]),
    ])  # fmt: skip
    w.heading("Progress against the action plan", 1)
    w.heading("Completed actions", 2)
    done: Plan = [
        (recs[0], [("Set an address flag for non-molestation orders", "Rookhope Police", "June 2024",
                    "2024-06")]),
        (recs[1], [("Tell practices about double appointments", "Rookhope ICB", "Sept 2024", "2024-09")]),
        (recs[2], [("Add a domestic abuse paragraph to the debt policy", "Rookhope Council", "31/08/2024",
                    "2024-08-31")]),
    ]  # fmt: skip
    completed = iter(["02/07/2024", "16/09/2024", "19/08/2024"])
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Target date", "Date completed"]]
    rows += plan_rows(done, lambda rec, k, a: [rec.number, a[0], a[1], a[2], next(completed)])
    w.table(rows, [1.2, 7.0, 3.0, 2.4, 2.6], font_size=10)
    w.heading("Outstanding actions", 2)
    left: Plan = [
        (recs[0], [("Audit flagged addresses for a police response", "Rookhope Police", "Q4 2024-25",
                    "2025-03")]),
        (recs[1], [("Check practice records for the double appointment", "Rookhope ICB", "TBC", None)]),
        (recs[2], [("Train the collections team on the policy", "Rookhope Council", "Apr-25", "2025-04"),
                   ("Review debt cases with a domestic abuse marker", "Rookhope Council", "Ongoing", None)]),
    ]  # fmt: skip
    update = iter(["Audit tool written", "Awaiting ICB reply", "Course booked for 10/04/2025", ""])
    rows = [["Rec", "Action", "Lead", "Target date", "Update"]]
    rows += plan_rows(left, lambda rec, k, a: [rec.number, a[0], a[1], a[2], next(update)])
    w.table(rows, [1.2, 7.0, 3.0, 2.4, 2.6], font_size=10)
    return w, d


def narrative_then_plan() -> tuple[WordDoc, Doc]:
    d = Doc("Harrowden Community Safety Partnership", "Cerys")
    w = WordDoc("Calibri", 11)
    w.para("Domestic Homicide Review: Cerys", style="Title")
    w.para("Harrowden Community Safety Partnership. Overview report, final version March 2024")
    w.heading("Conclusions and recommendations", 1)
    w.para(
        "The panel found that Cerys spoke to three agencies in the year before her death, and that none of "
        "them asked her directly about her partner. The recommendations below follow from that finding."
    )
    recs = _numbered_body(w, d, [
        ("Harrowden Ambulance Service should pass a safeguarding concern to the council when a crew attends a "
         "fall where a partner is present and hostile.", ["ambulance_service"]),
        ("The Harrowden drug and alcohol service should ask every client about their partner's behaviour at "
         "each review.", ["drug_and_alcohol_services"]),
    ])  # fmt: skip
    w.para(
        "The panel also noted good practice by the domestic abuse service, which kept in contact with Cerys "
        "after she moved; no recommendation is made about that service."
    )
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add hostile partner to the crew's safeguarding triggers", "Harrowden Ambulance Service",
                    "1st April 2025", "2025-04-01"),
                   ("Brief crews through the clinical bulletin", "Harrowden Ambulance Service", "Jan 2025",
                    "2025-01")]),
        (recs[1], [("Add a partner behaviour question to the review template", "Harrowden Recovery Service",
                    "6 months from publication", None),
                   ("Check thirty reviews for the question", "Harrowden Recovery Service", "2025/26",
                    "2026-03")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Responsible", "Timescale"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None, a[0], a[1],
                                               a[2]])  # fmt: skip
    w.table(rows, [6.0, 5.4, 3.0, 2.4], font_size=10)
    return w, d


WORD = {
    "blindj-01-key-actions-rag": key_actions_rag,
    "blindj-02-typed-subactions": typed_subactions,
    "blindj-03-ref-column": ref_column,
    "blindj-04-paragraph-plan": paragraph_plan,
    "blindj-05-completed-outstanding": completed_outstanding,
    "blindj-06-narrative-then-plan": narrative_then_plan,
    **MORE,
}


def main(argv: list[str]) -> int:
    return build_set(WORD, DRAWN, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
