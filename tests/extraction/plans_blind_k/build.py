"""An eleventh blind set of action plans (``plans_blind_k``), written before the reader was run on it: gold
labelled from the documents alone, scored once. Every place, person, recommendation, action and date is invented;
each Word document is saved as DOCX and exported to PDF by LibreOffice (both are scored).

Gold conventions (as the earlier sets, ``plans_blind_j/build.py``): a target is the date the cell sets, at the
precision printed ("01/09/19" -> 2019-09-01, "March 2017" -> 2017-03, "end of 2021" -> 2021); a quarter of a
financial year is its last month ("Q3 2017/18" -> 2017-12); a range of months is its last month ("Apr-Jun 2020"
-> 2020-06); a revised or later-set target replaces the first ("December 2020. Update (June 2021): moved to
March 2022" -> 2022-03), but a note that the action was done does not ("September 2020. Update (June 2021):
completed" -> 2020-09). A cell that sets no calendar date ("Ongoing", "6 months", "Complete", "within 3 months
of publication") has none. Dates in milestone, progress, RAG and completion/outcome columns are never the
target. Several numbered actions in one cell are separate actions, each with its numbered date, or each with the
cell's one date when the target cell gives one date for all. A recommendation cell merged down over several
action rows is each action's recommendation.

Shapes: ``build.py`` 01-05, ``more.py`` 06-10 (see each builder's docstring). 20 scored documents (10 Word
documents as DOCX and PDF), 100 gold actions (68 with a target date). Scored once, before any fix
(``python -m tests.extraction.plans_blind_f.score tests/extraction/plans_blind_k``): recommendations F1 1.000,
actions F1 1.000, actions with target date F1 0.980 (P 0.980 R 0.980); the two misses (DOCX and PDF of 09) took
the date of an "Update (June 2021):" note as the target.

Rebuild (LibreOffice needed): ``python -m tests.extraction.plans_blind_k.build``; score:
``python -m tests.extraction.plans_blind_f.score tests/extraction/plans_blind_k``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import Level, WordDoc
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import Plan, build_set, plan_rows, word_opening
from tests.extraction.plans_blind_k.more import MORE

HERE = Path(__file__).resolve().parent

#: The Home Office template's header, every column.
HOME_OFFICE = ["Recommendation", "Scope of recommendation (i.e. local or regional)", "Action to take",
               "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
               "Date of completion and outcome"]  # fmt: skip


def home_office_full() -> tuple[WordDoc, Doc]:
    """Every template column on a landscape page; "Key milestones" lists dated sub-steps and "Date of completion
    and outcome" holds dates, neither of them the target."""
    w, d, recs = word_opening("Tamworth Vale Community Safety Partnership", "Imogen",
                              "Tamworth Vale Community Safety Partnership. Overview report, final version "
                              "January 2017", [
        ("Tamworth Vale Police should give call handlers a prompt to ask whether children are in the house when "
         "a caller reports a partner's violence.", ["police"]),
        ("Tamworth Vale Council should write to every private landlord in the borough about the signs of "
         "domestic abuse in a tenancy.", ["local_authority"]),
        ("The Tamworth Vale Clinical Commissioning Group should make sure that practice nurses complete "
         "domestic abuse training every three years.", ["integrated_care_board"]),
    ])  # fmt: skip
    w.section(landscape=True)
    w.heading("Appendix 3: Action Plan", 1)
    rows: list[list[str | None]] = [HOME_OFFICE]
    plan: Plan = [
        (recs[0], [("Add a children-present question to the call handling script", "Tamworth Vale Police",
                    "March 2017", "2017-03"),
                   ("Test the question with one shift of call handlers", "Tamworth Vale Police", "01/09/19",
                    "2019-09-01")]),
        (recs[1], [("Send a letter and leaflet to every landlord on the licensing list", "Tamworth Vale Council",
                    "Ongoing", None)]),
        (recs[2], [("Set a three-yearly training requirement in the practice contract",
                    "Tamworth Vale CCG", "end of 2021", "2021"),
                   ("Report practice nurse training figures to the partnership", "Tamworth Vale CCG",
                    "6 months", None)]),
    ]  # fmt: skip
    milestones = iter([
        "Script drafted 12/01/2017; agreed by the control room manager 3 February 2017",
        "Pilot shift chosen (June 2019)",
        "Leaflet agreed with the refuge 20/03/2017; first letters posted April 2017",
        "Contract clause drafted 14 May 2020",
        "",
    ])  # fmt: skip
    outcome = iter([
        "Completed 28/03/2017 - question live on all consoles",
        "",
        "Letters sent 30 April 2017; to be repeated each year",
        "",
        "First report made 05/11/2020",
    ])  # fmt: skip
    scope = {"1": "Local", "2": "Local", "3": "Local"}
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None,
                                               scope[rec.number] if k == 0 else None, a[0], a[1],
                                               next(milestones), a[2], next(outcome)])  # fmt: skip
    w.table(rows, [5.0, 2.2, 4.4, 2.6, 4.4, 2.2, 4.0], font_size=8.5)
    return w, d


def scope_agencies_involved() -> tuple[WordDoc, Doc]:
    """ "Recommendation | Scope | Action | Lead agency | Agencies involved | Target date": a second column of
    agencies beside the lead, and targets "Q3 2017/18", "Complete", "within 3 months of publication"."""
    w, d, recs = word_opening("Eastbrook Community Safety Partnership", "Zofia",
                              "Eastbrook Community Safety Partnership. Overview report, May 2017", [
        ("Eastbrook Children's Services should make sure that a child's school is told when a parent is the "
         "victim in a high-risk case.", ["childrens_social_care"]),
        ("The Eastbrook Community Safety Partnership should set up a forum where agencies can raise cases of "
         "stalking below the MARAC threshold.", ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add a school notification step to the high-risk procedure", "Eastbrook Children's Services",
                    "Q3 2017/18", "2017-12"),
                   ("Tell head teachers about the new notification", "Eastbrook Children's Services",
                    "Complete", None)]),
        (recs[1], [("Agree terms of reference for a stalking forum", "Eastbrook CSP",
                    "within 3 months of publication", None),
                   ("Hold the first forum meeting", "Eastbrook CSP", "Q4 2017/18", "2018-03")]),
    ]  # fmt: skip
    involved = iter(["Schools, Police", "Education Welfare", "Police, Probation, Housing",
                     "All partners"])  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Scope", "Action", "Lead agency", "Agencies involved",
                                     "Target date"]]  # fmt: skip
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None,
                                               "Local" if k == 0 else None, a[0], a[1], next(involved),
                                               a[2]])  # fmt: skip
    w.table(rows, [4.4, 1.6, 4.0, 2.6, 2.6, 2.2], font_size=9)
    return w, d


def numbered_dates_each() -> tuple[WordDoc, Doc]:
    """Several numbered actions typed in one cell ("1. ... 2. ... 3. ..."), the target cell numbered the same
    way with one date each."""
    w, d, recs = word_opening("Harlby Community Safety Partnership", "Precious",
                              "Harlby Community Safety Partnership. Overview report, final version June 2019", [
        ("Harlby Hospital should make sure that emergency department staff ask every adult with an injury "
         "how it happened, when they are alone.", ["hospital"]),
        ("Harlby Probation should tell the police when a perpetrator under supervision starts a new "
         "relationship.", ["probation_service"]),
    ])  # fmt: skip
    w.heading("Action Plan", 1)
    one = [("Change the triage form to prompt a private question", "Harlby Hospital", "March 2020", "2020-03"),
           ("Train emergency department nurses on the prompt", "Harlby Hospital", "Apr-Jun 2020", "2020-06"),
           ("Audit fifty injury attendances", "Harlby Hospital", "Ongoing", None)]  # fmt: skip
    two = [("Add a new relationship field to the supervision record", "Harlby Probation", "01/09/19",
            "2019-09-01"),
           ("Agree a notification route with the police", "Harlby Probation", "end of 2019", "2019")]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Recommendation", "Actions", "Lead", "Target date"]]
    for rec, acts in ((recs[0], one), (recs[1], two)):
        for a in acts:
            act(rec, *a)
        rows.append([rec.number, rec.text, "\n".join(f"{k}. {a[0]}" for k, a in enumerate(acts, start=1)),
                     acts[0][1], "\n".join(f"{k}. {a[2]}" for k, a in enumerate(acts, start=1))])  # fmt: skip
    w.table(rows, [1.2, 5.0, 5.6, 2.6, 2.6], font_size=9.5)
    return w, d


def numbered_one_date() -> tuple[WordDoc, Doc]:
    """Word-numbered actions inside one cell with a single target date for them all, and lettered "a)" actions
    typed in one cell beside one date."""
    w, d, recs = word_opening("Coldwater Community Safety Partnership", "Renata",
                              "Coldwater Community Safety Partnership. Overview report, final version October "
                              "2020", [
        ("Coldwater Adult Social Care should offer a carer's assessment to every person who cares for a partner "
         "with dementia.", ["adult_social_care"]),
        ("Coldwater GP practices should record a patient's disclosure of abuse with a code that other "
         "clinicians can see.", ["gp"]),
    ])  # fmt: skip
    w.heading("Action Plan", 1)
    nums = w.abstract([Level("decimal", "%1.")])
    nid = w.num(nums)
    one = [("Write to carers known to the memory clinic", "Coldwater Adult Social Care", "March 2021", "2021-03"),
           ("Add a partner carer question to the assessment", "Coldwater Adult Social Care", "March 2021",
            "2021-03"),
           ("Brief social workers on carer stress and abuse", "Coldwater Adult Social Care", "March 2021",
            "2021-03")]  # fmt: skip
    two = [
        ("Agree the disclosure code with the practices", "Coldwater CCG", "Q3 2020/21", "2020-12"),
        ("Check that the code shows on the shared record", "Coldwater CCG", "Q3 2020/21", "2020-12"),
    ]
    rows: list[list[str | None]] = [["Recommendation", "Actions", "Lead agency", "Target date"]]
    for a in one:
        act(recs[0], *a)
    for a in two:
        act(recs[1], *a)
    rows.append([f"{recs[0].number}. {recs[0].text}", "", one[0][1], "March 2021"])
    rows.append([f"{recs[1].number}. {recs[1].text}", " ".join(f"{'ab'[k]}) {a[0]}" for k, a in enumerate(two)),
                 "Coldwater CCG", "Q3 2020/21"])  # fmt: skip
    w.table(rows, [5.6, 5.6, 3.0, 2.4], font_size=9.5,
            cell_numbering={(1, 1): [(a[0], (nid, 0)) for a in one]})  # fmt: skip
    return w, d


def theme_scope_rows() -> tuple[WordDoc, Doc]:
    """Rows grouped under theme headings that carry a scope ("Theme 2 - Processes - county wide"), each theme
    row across the whole table."""
    w, d, recs = word_opening("Brackenfold Community Safety Partnership", "Yusuf",
                              "Brackenfold Community Safety Partnership. Overview report, published March 2019", [
        ("Brackenfold Council should train its housing officers to recognise abuse of men by a partner.",
         ["housing"]),
        ("Brackenfold Police should share the outcome of a domestic abuse call with the victim's GP when the "
         "victim agrees.", ["police"]),
        ("The Brackenfold Safeguarding Adults Board should agree a county-wide way to escalate a case that is "
         "stuck between agencies.", ["safeguarding_adults_board"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Action", "Lead", "Target date"]]
    rows.append(["Theme 1 - Training - local"])
    rows += plan_rows([(recs[0], [("Add a module on male victims to the housing course", "Brackenfold Housing",
                                   "Apr-Jun 2020", "2020-06"),
                                  ("Train the tenancy sustainment team", "Brackenfold Housing", "6 months",
                                   None)])],
                      lambda rec, k, a: [rec.number if k == 0 else None, rec.text if k == 0 else None, a[0],
                                         a[1], a[2]])  # fmt: skip
    rows.append(["Theme 2 - Processes - county wide"])
    plan: Plan = [
        (recs[1], [("Write a consent question into the domestic abuse risk form", "Brackenfold Police",
                    "01/09/19", "2019-09-01")]),
        (recs[2], [("Draft an escalation protocol with the county's three boards", "Brackenfold SAB",
                    "within 3 months of publication", None),
                   ("Publish the escalation protocol", "Brackenfold SAB", "end of 2019", "2019")]),
    ]  # fmt: skip
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else None, rec.text if k == 0 else None,
                                               a[0], a[1], a[2]])  # fmt: skip
    w.table(rows, [1.2, 5.6, 5.2, 2.8, 2.4], font_size=9.5)
    return w, d


WORD = {
    "blindk-01-home-office-full": home_office_full,
    "blindk-02-scope-agencies-involved": scope_agencies_involved,
    "blindk-03-numbered-dates-each": numbered_dates_each,
    "blindk-04-numbered-one-date": numbered_one_date,
    "blindk-05-theme-scope-rows": theme_scope_rows,
    **MORE,
}


def main(argv: list[str]) -> int:
    return build_set(WORD, {}, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
