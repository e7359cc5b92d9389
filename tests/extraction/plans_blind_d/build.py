"""A fourth blind set of action-plan layouts, written after the third set's fixes and scored before any further
change (``annotations/extraction`` gold format). Every word is written for these tests (all invented):

* ``blindd-01-borderless-continued``: a Word table with no borders and no header repeated, whose rows run on to
  the next page (the rest of a long row at its top).
* ``blindd-02-drawn-running-header``: a drawn plan over two pages with a running header and a "Page N of M"
  footer on each, the rest of the plan starting with a theme row, no header repeated.
* ``blindd-03-dates-by-line``: two actions in one cell as separate paragraphs (no numbers) beside a target cell
  of one line each ("March 2019" over "Ongoing"), so each action has its own line's date.

Rebuild (LibreOffice needed): ``python -m tests.extraction.plans_blind_d.build``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import (
    _no_borders,
    build_set,
    drawn_opening,
    numbered_rows,
    word_opening,
)
from tests.extraction.plans_blind.draw import Drawn

HERE = Path(__file__).resolve().parent


def borderless_continued() -> tuple[WordDoc, Doc]:
    intro = "Thornleigh Community Safety Partnership. Final report: October 2017"
    w, d, recs = word_opening("Thornleigh Community Safety Partnership", "Mary", intro, [
        ("Thornleigh Council should tell its benefits staff how to respond when a claimant discloses abuse.",
         ["local_authority"]),
        ("Thornleigh Police should review every domestic abuse case closed with no further action after a "
         "victim withdraws.", ["police"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    for _ in range(7):
        w.para("The agencies agreed the plan with the panel. The partnership board will check each action at its "
               "meetings and will not close one until it has seen what was done.")  # fmt: skip
    long = ("Write a short guide for benefits staff on responding to a disclosure of abuse, covering what to say, "
            "how to record it, how to make a referral to the domestic abuse service with consent and what to do "
            "without consent when there is a risk to a child; test the guide with two teams, revise it and "
            "publish it on the council's intranet with a short video.")  # fmt: skip
    plan = [
        (recs[0], [(long, "Thornleigh Council", "December 2017", "2017-12"),
                   ("Train every benefits team on the guide", "Thornleigh Council", "Q4 2017/18", "2018-03")]),
        (recs[1], [("Set up a monthly review of withdrawn cases", "Thornleigh Police", "Immediate", None),
                   ("Report the review's findings to the partnership", "Thornleigh Police", "30/09/2018",
                    "2018-09-30")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Rec", "Action", "Lead", "Target date"]]
    rows += numbered_rows(plan)
    w.table(rows, [1.2, 9.0, 3.6, 2.6], header_rows=0, font_size=10)
    _no_borders(w)
    return w, d


def dates_by_line() -> tuple[WordDoc, Doc]:
    intro = "Mossley Vale Community Safety Partnership. Report completed: November 2018"
    w, d, recs = word_opening("Mossley Vale Community Safety Partnership", "Kate", intro, [
        ("Mossley Vale Probation should check with children's services before a person on licence moves in with "
         "a family.", ["probation_service"]),
        ("The Mossley Vale Partnership should publish a directory of local domestic abuse support.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan = [
        (recs[0], "Mossley Vale Probation", [("Add the check to the licence address procedure", "March 2019",
                                              "2019-03"),
                                             ("Remind offender managers of the check at team meetings", "Ongoing",
                                              None)]),
        (recs[1], "Mossley Vale Partnership", [("Agree who pays for the directory", "TBC", None),
                                               ("Publish the directory online", "June 2019", "2019-06")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Actions", "Lead agency", "Target date"]]
    cells: dict[tuple[int, int], list[tuple[str, tuple[int, int] | None]]] = {}
    for rec, lead, actions in plan:
        for text, cell, iso in actions:
            act(rec, text, lead, cell, iso)
        rows.append([f"{rec.number}. {rec.text}", "", lead, ""])
        cells[(len(rows) - 1, 1)] = [(a[0], None) for a in actions]
        cells[(len(rows) - 1, 3)] = [(a[1], None) for a in actions]
    w.table(rows, [5.0, 6.0, 3.0, 2.5], cell_numbering=cells, font_size=10)
    return w, d


def drawn_running_header() -> tuple[Drawn, Doc]:
    intro = "Corbridge Community Safety Partnership. Overview report agreed 9 January 2018."
    texts = [
        ("Corbridge Police should send a copy of every domestic abuse risk assessment to the IDVA service.",
         ["police"]),
        ("The Corbridge hospital trust should record the name of anyone who accompanies a patient to the "
         "emergency department.", ["hospital"]),
        ("Corbridge Council should train its licensing officers to spot signs of abuse in taxi drivers' homes.",
         ["local_authority"]),
    ]  # fmt: skip
    p, d, recs = drawn_opening("Corbridge Community Safety Partnership", "Lena", intro, texts)
    p.para("Action Plan", size=13, bold=True)
    for _ in range(13):
        p.para("Each action below was agreed with the lead agency and the panel chair, and each will be reported "
               "on to the partnership board at the meeting after its target date.")  # fmt: skip
    plan = [
        (recs[0], [("Agree a secure route for sending assessments", "Corbridge Police", "Feb 2018", "2018-02"),
                   ("Send every assessment to the IDVA service", "Corbridge Police", "Ongoing", None)]),
        (recs[1], [("Add an accompanied-by field to the triage record", "Corbridge Hospitals Trust",
                    "31st May 2018", "2018-05-31"),
                   ("Check fifty records for the field", "Corbridge Hospitals Trust", "Q2 2018/19", "2018-09")]),
        (recs[2], [("Add abuse awareness to licensing officers' training", "Corbridge Council", "2018-2019",
                    "2019")]),
    ]  # fmt: skip
    rows: list[list[str]] = []
    for rec, actions in plan:
        if rec is recs[1]:
            rows.append(["Theme 2 - Health - local"])
        for k, (text, lead, cell, iso) in enumerate(actions):
            act(rec, text, lead, cell, iso)
            rows.append([rec.number if k == 0 else "", text, lead, cell])
    p.table(["Ref", "Action", "Lead", "Target date"], rows, [35, 270, 130, 80], size=9.5, rules="none",
            repeat_header=False)  # fmt: skip
    for number, page in enumerate(p.doc, start=1):
        page.insert_text((50, 30), "OFFICIAL - SENSITIVE", fontsize=8)
        page.insert_text((480, 820), f"Page {number} of {p.doc.page_count}", fontsize=8)
    return p, d


WORD = {"blindd-01-borderless-continued": borderless_continued, "blindd-03-dates-by-line": dates_by_line}
DRAWN = {"blindd-02-drawn-running-header": drawn_running_header}


def main(argv: list[str]) -> int:
    return build_set(WORD, DRAWN, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
