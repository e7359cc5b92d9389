"""The second half of the eleventh blind set's Word documents (see ``build.py`` for the set and its gold
conventions). Every place, person and date is invented."""

from __future__ import annotations

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import Plan, plan_rows, word_opening


def landscape_long_split() -> tuple[WordDoc, Doc]:
    """A long plan on landscape pages: the header row repeated on each page, long rows split by the page break
    (Word lets a row break across pages), milestone cells with dates."""
    texts = [
        (
            "Marlow Heath Police should review every domestic abuse case closed as 'no further action' where the "
            "victim withdrew support within a month.",
            ["police"],
        ),
        (
            "Marlow Heath Council should make its homelessness assessment ask whether the applicant is leaving an "
            "abusive partner.",
            ["housing"],
        ),
        (
            "Marlow Heath Mental Health Trust should include the risk a patient poses to a partner in every "
            "discharge plan.",
            ["mental_health_services"],
        ),
        (
            "The Marlow Heath substance misuse service should ask clients in treatment about violence at home at "
            "every key worker session.",
            ["drug_and_alcohol_services"],
        ),
    ]
    w, d, recs = word_opening("Marlow Heath Community Safety Partnership", "Oona",
                              "Marlow Heath Community Safety Partnership. Overview report, final version "
                              "August 2018", texts)  # fmt: skip
    w.section(landscape=True)
    w.heading("Action plan", 1)
    long = (" and report progress to the delivery group at each meeting, which will ask for evidence that the "
            "change has reached front-line staff before the action is closed")  # fmt: skip
    plan: Plan = [
        (recs[0], [("Set up a monthly review of withdrawn-support cases by a detective sergeant",
                    "Marlow Heath Police", "March 2019", "2019-03"),
                   ("Write the review findings into the force's learning bulletin", "Marlow Heath Police",
                    "Ongoing", None)]),
        (recs[1], [("Add a question about leaving a partner to the homelessness assessment",
                    "Marlow Heath Council", "Q3 2018/19", "2018-12"),
                   ("Train homelessness officers to use the question", "Marlow Heath Council", "01/04/19",
                    "2019-04-01")]),
        (recs[2], [("Add a risk-to-partner section to the discharge plan template",
                    "Marlow Heath Mental Health Trust", "end of 2019", "2019"),
                   ("Audit twenty discharge plans for the section", "Marlow Heath Mental Health Trust",
                    "6 months", None)]),
        (recs[3], [("Add a violence at home question to the key worker session record",
                    "Marlow Heath Recovery Service", "Apr-Jun 2019", "2019-06"),
                   ("Give key workers a list of local domestic abuse services", "Marlow Heath Recovery Service",
                    "Complete", None)]),
    ]  # fmt: skip
    stamps = iter(["09/10/2018", "11/11/2018", "15/01/2019", "02/02/2019", "19/03/2019", "07/05/2019",
                   "20/06/2019", "01/08/2019"])  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead agency", "Key milestones", "Target date",
                                     "RAG"]]  # fmt: skip
    # each action is long (with its reporting duty), so the rows run over the page breaks
    plan = [(rec, [(a[0] + long, *a[1:]) for a in acts]) for rec, acts in plan]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None, a[0], a[1],
                                               f"Plan agreed at the delivery group on {next(stamps)}. Checked "
                                               "again at the next meeting and reported to the board.", a[2],
                                               "Amber"])  # fmt: skip
    w.table(rows, [5.4, 6.6, 3.0, 5.6, 2.4, 1.6], font_size=10)
    return w, d


def merged_rec_rag() -> tuple[WordDoc, Doc]:
    """The recommendation column merged down over several action rows, with a RAG status column whose cells
    carry dates ("Amber - delayed to 30/11/2020")."""
    w, d, recs = word_opening("Pendlebury Community Safety Partnership", "Aurelia",
                              "Pendlebury Community Safety Partnership. Overview report, final version February "
                              "2020", [
        ("Pendlebury Council should make sure that its adult and children's teams share a case when both are "
         "working with the same family.", ["local_authority"]),
        ("Pendlebury Police should check the records of both partners before grading a domestic abuse call.",
         ["police"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Agree a joint case flag between the adult and children's systems", "Pendlebury Council",
                    "September 2020", "2020-09"),
                   ("Hold joint supervision for shared cases", "Pendlebury Council", "Ongoing", None),
                   ("Audit ten shared cases for joint working", "Pendlebury Council", "Q3 2020/21", "2020-12")]),
        (recs[1], [("Add a both-partners check to the call grading guide", "Pendlebury Police", "01/06/20",
                    "2020-06-01"),
                   ("Dip sample graded calls for the check", "Pendlebury Police", "end of 2020", "2020")]),
    ]  # fmt: skip
    rag = iter(["Green", "Green - running since 03/03/2020", "Amber - delayed to 30/11/2020", "Complete",
                "Red"])  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead", "Target date", "RAG status"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None, a[0], a[1], a[2],
                                               next(rag)])  # fmt: skip
    w.table(rows, [5.6, 5.4, 2.8, 2.4, 3.0], font_size=9.5)
    return w, d


def completion_outcome() -> tuple[WordDoc, Doc]:
    """A "Target date" column and a "Date of completion and outcome" column whose dates are when the action was
    done, not its target."""
    w, d, recs = word_opening("Saxonbury Community Safety Partnership", "Mirela",
                              "Saxonbury Community Safety Partnership. Overview report, November 2016", [
        ("Saxonbury Ambulance Service should tell the GP when a crew attends an injury that a patient says was "
         "caused by a fall but that looks like an assault.", ["ambulance_service"]),
        ("Saxonbury Council should give its benefits team a route to refer a claimant who discloses economic "
         "abuse.", ["local_authority"]),
    ])  # fmt: skip
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add unexplained injuries to the crew's GP notification list", "Saxonbury Ambulance Service",
                    "March 2017", "2017-03"),
                   ("Remind crews through the clinical bulletin", "Saxonbury Ambulance Service", "Complete",
                    None)]),
        (recs[1], [("Write an economic abuse referral route for benefits staff", "Saxonbury Council",
                    "Q3 2017/18", "2017-12"),
                   ("Report referrals made to the partnership", "Saxonbury Council", "within 3 months of "
                    "publication", None)]),
    ]  # fmt: skip
    done = iter(["Completed 14/02/2017. Notifications rose from 4 to 19 a month", "Done December 2016",
                 "Route live 02/10/2017; 12 referrals by March 2018", "First report July 2017"])  # fmt: skip
    rows: list[list[str | None]] = [["Rec", "Action", "Lead Agency", "Target Date",
                                     "Date of completion and outcome"]]  # fmt: skip
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else None, a[0], a[1], a[2], next(done)])
    w.table(rows, [1.2, 6.0, 3.4, 2.6, 4.6], font_size=10)
    return w, d


def update_notes() -> tuple[WordDoc, Doc]:
    """An updated plan that writes its changes as "Update (June 2021):" notes (no strikethrough): a moved target
    in the target cell, a done note beside a target, notes in the progress column."""
    w, d, recs = word_opening("Ravensholt Community Safety Partnership", "Teodora",
                              "Ravensholt Community Safety Partnership. Action plan as updated June 2021", [
        ("Ravensholt Children's Services should ask about domestic abuse at every child protection conference "
         "where a parent has a new partner.", ["childrens_social_care"]),
        ("Ravensholt Police should give a victim a named officer after a third call in a year.", ["police"]),
    ])  # fmt: skip
    w.heading("Action plan (updated)", 1)
    plan: Plan = [
        (recs[0], [("Add a new partner question to the conference agenda", "Ravensholt Children's Services",
                    "September 2020. Update (June 2021): completed", "2020-09"),
                   ("Train conference chairs on the question", "Ravensholt Children's Services",
                    "December 2020. Update (June 2021): moved to March 2022", "2022-03")]),
        (recs[1], [("Set a third-call trigger on the command and control system", "Ravensholt Police",
                    "March 2021", "2021-03"),
                   ("Name an officer for each victim meeting the trigger", "Ravensholt Police", "Ongoing",
                    None)]),
    ]  # fmt: skip
    notes = iter(["Update (June 2021): agenda changed in August 2020", "Update (June 2021): two of five chairs "
                  "trained; sessions booked for 12/10/2021", "Update (June 2021): trigger live since "
                  "15/04/2021", "Update (June 2021): 31 victims given a named officer"])  # fmt: skip
    rows: list[list[str | None]] = [["Recommendation", "Action", "Lead", "Target date", "Progress"]]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None, a[0], a[1], a[2],
                                               next(notes)])  # fmt: skip
    w.table(rows, [5.0, 5.0, 2.8, 3.0, 4.0], font_size=9.5)
    return w, d


def separate_plan() -> tuple[WordDoc, Doc]:
    """A plan published as its own document: a title page, then a table that holds the recommendations."""
    d = Doc("Fernhallow Community Safety Partnership", "Rosa", "action_plan")
    w = WordDoc("Arial", 11)
    w.para("Fernhallow Community Safety Partnership", style="Title")
    w.para("Domestic Homicide Review into the death of Rosa")
    w.para("Action Plan")
    w.para("Published May 2019")
    w.page_break()
    w.heading("Action plan", 1)
    w.para(
        "The actions below were agreed by the review panel and will be monitored by the partnership board."
    )
    texts = [
        (
            "Fernhallow Council should include questions about abuse in its assessment of a person applying for a "
            "disabled facilities grant.",
            ["local_authority"],
        ),
        (
            "Fernhallow Police should make sure that an officer who attends a call about a vulnerable adult "
            "checks for earlier domestic abuse calls.",
            ["police"],
        ),
        (
            "Fernhallow GP practices should follow up a patient who misses two appointments after disclosing "
            "abuse.",
            ["gp"],
        ),
    ]
    plan = [
        [("Add two abuse questions to the grant assessment", "Fernhallow Council", "Q3 2019/20", "2019-12"),
         ("Train grant officers on the questions", "Fernhallow Council", "6 months", None)],
        [("Add a history check to the vulnerable adult attendance checklist", "Fernhallow Police", "01/09/19",
          "2019-09-01")],
        [("Set a missed appointment alert for patients who disclosed abuse", "Fernhallow CCG", "March 2020",
          "2020-03"),
         ("Check the alert in five practices", "Fernhallow CCG", "Ongoing", None)],
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Recommendation", "Action", "Lead", "Target date"]]
    for i, ((text, agencies), actions) in enumerate(zip(texts, plan, strict=True), start=1):
        rec = d.rec(str(i), text, agencies, "action_plan")
        for k, a in enumerate(actions):
            act(rec, *a)
            rows.append([str(i) if k == 0 else None, text if k == 0 else None, a[0], a[1], a[2]])
    w.table(rows, [1.2, 5.6, 5.0, 2.8, 2.4], font_size=10)
    return w, d


MORE = {
    "blindk-06-landscape-long-split": landscape_long_split,
    "blindk-07-merged-rec-rag": merged_rec_rag,
    "blindk-08-completion-outcome": completion_outcome,
    "blindk-09-update-notes": update_notes,
    "blindk-10-separate-plan": separate_plan,
}
