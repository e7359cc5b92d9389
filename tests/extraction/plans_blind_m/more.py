"""The second half of the thirteenth blind set's Word documents (``blindm-09`` .. ``blindm-15``; see ``build.py``
and ``README.md``). Every place, person, recommendation, action and date is invented."""

from __future__ import annotations

from annotations.wordproc.worddoc import WordDoc
from tests.extraction.plans.build import Doc, act
from tests.extraction.plans_blind.build import Plan, plan_rows
from tests.extraction.plans_blind_m.build import FILLER, HO_HEADER, fillers, report


def date_forms() -> tuple[WordDoc, Doc]:
    w, d, recs = report("Loxley Moor Community Safety Partnership", "Sana", "Loxley Moor Community Safety "
                        "Partnership. Overview report, final version 8 February 2024", [
        "Sana was 29 when her husband strangled her at their home on 5 November 2022.",
        "Sana had moved to Loxley Moor from Pakistan after her marriage in 2020. She registered with a GP on "
        "16 March 2021 and attended antenatal appointments from May 2021, always with her mother-in-law.",
        "Her husband controlled her immigration papers and her money; no agency knew this until after her "
        "death.",
    ], [
        ("Loxley Moor Maternity Services should make sure that every pregnant woman is seen alone at least "
         "once during her antenatal care.", ["hospital"]),
        ("Loxley Moor Council should give front-line staff guidance on victims whose immigration status "
         "depends on their partner.", ["local_authority"]),
        ("The Loxley Moor Community Safety Partnership should commission outreach to women who have recently "
         "arrived in the area through marriage.", ["community_safety_partnership"]),
    ])  # fmt: skip
    w.heading("Appendix E: Action plan", 1)
    w.para(FILLER)
    plan: Plan = [
        (recs[0], [("Add a seen alone prompt to the booking appointment record", "Loxley Moor Hospitals NHS "
                    "Trust", "1st June 2024", "2024-06-01"),
                   ("Audit fifty booking records for the prompt", "Loxley Moor Hospitals NHS Trust", "Jun-24",
                    "2024-06")]),
        (recs[1], [("Write guidance on the destitute domestic abuse concession", "Loxley Moor Council",
                    "w/c 2nd September 2024", "2024-09-02"),
                   ("Publish the guidance on the staff intranet", "Loxley Moor Council", "June '24", "2024-06")]),
        (recs[2], [("Agree a specification for the outreach service", "Loxley Moor CSP", "End Sept 2024",
                    "2024-09"),
                   ("Award the outreach contract", "Loxley Moor CSP", "Spring 2025", "2025"),
                   ("Review the outreach service's first year", "Loxley Moor CSP", "Mid-2026", "2026")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Action", "Responsible", "Timescale"]]
    rows += plan_rows(plan, lambda rec, k, a: [rec.number if k == 0 else None, rec.text if k == 0 else None,
                                               a[0], a[1], a[2]])  # fmt: skip
    w.table(rows, [1.0, 4.8, 5.2, 3.4, 2.6], font_size=9.5)
    return w, d


def scope_officer_milestones() -> tuple[WordDoc, Doc]:
    w, d, recs = report("Northwold Community Safety Partnership", "Leanne", "Northwold Community Safety "
                        "Partnership. Report signed off by the panel on 11 January 2024", [
        "Leanne died on 2 August 2022. Her former partner was convicted of her murder on 17 March 2023.",
        "Leanne reported her former partner for stalking on 8 May 2022 and on 19 June 2022. Each report was "
        "dealt with as a separate harassment crime by a different officer.",
    ], [
        ("Northwold Police should link every report of stalking to earlier reports about the same suspect.",
         ["police"]),
        ("The Northwold Community Safety Partnership and its neighbouring partnerships should commission a "
         "stalking advocacy service across the police force area.", ["community_safety_partnership"]),
    ])  # fmt: skip
    recs[1].level = "regional"  # several partnerships across the force area
    w.section(landscape=True)
    w.heading("Appendix A: Action plan", 1)
    header = list(HO_HEADER)
    header[1] = "Scope of recommendation (i.e. local or regional)"
    header[3] = "Lead Agency (and officer)"
    plan: Plan = [
        (recs[0], [("Add an automatic link between stalking reports on the crime system", "Northwold Police – "
                    "DI Sarah Hale", "30th June 2024", "2024-06-30"),
                   ("Train investigators in the stalking screening tool", "Northwold Police – DS Omar Farouk",
                    "Q1 2024/25", "2024-06")]),
        (recs[1], [("Agree funding shares with the three neighbouring partnerships", "Northwold CSP – "
                    "Partnership Manager", "Dec 2024", "2024-12"),
                   ("Commission the stalking advocacy service", "Northwold CSP – Partnership Manager",
                    "2025/26", "2026-03")]),
    ]  # fmt: skip
    milestones = iter(
        [
            "1. Specification written 31/05/2024\n2. Testing June 2024",
            "Tool chosen April 2024",
            "Meeting held 14/10/2024",
            "",
        ]
    )
    done = iter(["Completed 27/06/2024 – link live", "", "", ""])
    rows: list[list[str | None]] = [header]
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None,
                                               ("Local" if rec.number == "1" else "Regional") if k == 0 else None,
                                               a[0], a[1], next(milestones), a[2], next(done)])  # fmt: skip
    w.table(rows, [5.0, 2.2, 5.0, 3.4, 3.6, 2.4, 3.4], font_size=9)
    return w, d


def exec_summary_timescale() -> tuple[WordDoc, Doc]:
    w, d, recs = report("Dunmere Safer Communities Partnership", "Mrs P", "Dunmere Safer Communities "
                        "Partnership. Executive summary, November 2023", [
        "Mrs P, aged 58, was killed by her husband on 21 May 2022.",
        "Mr P had been treated by the community mental health team since 2017. His care coordinator "
        "last saw him on 3 May 2022 and recorded that he was angry with his wife.",
    ], [
        ("Dunmere Mental Health NHS Foundation Trust should make sure that care coordinators consider the "
         "risk a patient poses to his partner when he expresses anger towards her.", ["mental_health_services"]),
        ("Dunmere GP practices should record the name of a patient's partner and whether they live together.",
         ["gp"]),
    ], title=("Domestic Homicide Review: Mrs P", "Executive Summary"))  # fmt: skip
    d.kind = "executive_summary"
    for rec in recs:
        rec.section = "executive_summary"
    w.heading("Action plan", 1)
    plan: Plan = [
        (recs[0], [("Add risk to partners to the care coordination review template", "Dunmere Mental Health "
                    "NHS Foundation Trust", "3 months", None),
                   ("Deliver a workshop for care coordinators on risk to partners", "Dunmere Mental Health "
                    "NHS Foundation Trust", "Sept 23", "2023-09")]),
        (recs[1], [("Issue a template change to all practices", "Dunmere ICB", "by end of 2024", "2024"),
                   ("Check partner recording in ten practices", "Dunmere ICB", "Complete", None)]),
    ]  # fmt: skip
    evidence = iter(["Template in use from 01/12/2023", "Attendance list held", "", "Completed 14/03/2024"])
    rows: list[list[str | None]] = [["Recommendation", "Actions required", "Responsible agency", "Timescale",
                                     "Evidence of completion"]]  # fmt: skip
    rows += plan_rows(plan, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None, a[0], a[1],
                                               a[2], next(evidence)])  # fmt: skip
    w.table(rows, [4.8, 5.0, 3.0, 2.2, 2.6], font_size=9.5)
    return w, d


def bullets_one_lead() -> tuple[WordDoc, Doc]:
    w, d, recs = report("Stourfield Community Safety Partnership", "Kayleigh", "Stourfield Community Safety "
                        "Partnership. Overview report, final version 17 April 2024", [
        "Kayleigh was killed by her partner on 6 January 2023, three weeks after the birth of their son.",
        "Children's Social Care held a strategy meeting on 12 December 2022 and decided that a child and "
        "family assessment was needed. The assessment had not started by the time of Kayleigh's death.",
    ], [
        ("Stourfield Children's Social Care should start a child and family assessment within five working "
         "days when domestic abuse is the reason for the referral.", ["childrens_social_care"]),
        ("Stourfield Hospitals NHS Trust should ask about domestic abuse at every postnatal contact.",
         ["hospital"]),
    ])  # fmt: skip
    w.heading("Appendix 3: Action plan", 1)
    w.para(FILLER)
    one = ["Set a five-day standard for domestic abuse referrals", "Add the standard to the team's "
           "performance report", "Brief team managers on the standard"]  # fmt: skip
    two = [("Add a routine enquiry prompt to the postnatal record", "Q1 2024/25", "2024-06"),
           ("Train community midwives in routine enquiry", "31st March 2025", "2025-03-31"),
           ("Audit postnatal records for the prompt", "Ongoing", None)]  # fmt: skip
    for text in one:
        act(recs[0], text, "Stourfield Children's Social Care", "Sept 24", "2024-09")
    for text, cell, iso in two:
        act(recs[1], text, "Stourfield Hospitals NHS Trust", cell, iso)
    rows: list[list[str | None]] = [
        ["Recommendation", "Actions", "Lead", "Target date", "Update"],
        [f"{recs[0].number}. {recs[0].text}", "\n".join(f"• {t}" for t in one), "Stourfield Children's Social "
         "Care", "Sept 24", "Standard agreed at the management team on 04/06/2024"],
        [f"{recs[1].number}. {recs[1].text}", "\n".join(f"• {t}" for t, _, _ in two), "Stourfield Hospitals NHS "
         "Trust", "\n".join(f"• {c}" for _, c, _ in two), "Prompt live from 20/05/2024"],
    ]  # fmt: skip
    w.table(rows, [4.6, 5.6, 3.0, 2.4, 2.8], font_size=9.5)
    return w, d


def dardr_owner_deadline() -> tuple[WordDoc, Doc]:
    w, d, recs = report("Safer Ravensholt Partnership", "Jo", "Safer Ravensholt Partnership. Final report, "
                        "version 1.2, 12 March 2025", [
        "Jo took her own life on 19 February 2024. For several years before her death she had been subjected "
        "to coercive and controlling behaviour by her partner. This review is a Domestic Abuse Related Death "
        "Review (DARDR).",
        "Jo contacted the police on 2 September 2023 and told them her partner tracked her phone. She was "
        "referred to the Ravensholt IDVA service, which closed the case on 30 October 2023 after three "
        "unanswered calls.",
    ], [
        ("Ravensholt Police should consider coercive and controlling behaviour at every report of a partner "
         "monitoring a victim's phone.", ["police"]),
        ("The Ravensholt IDVA service should not close a high-risk case for non-engagement without a "
         "multi-agency discussion.", ["domestic_abuse_services"]),
        ("The Safer Ravensholt Partnership should include suicide risk in its domestic abuse training.",
         ["community_safety_partnership"]),
    ], title=("Domestic Abuse Related Death Review: Jo", "Overview Report"))  # fmt: skip
    w.heading("Appendix B: DARDR action plan", 1)
    w.para(FILLER)
    plan: Plan = [
        (recs[0], [("Issue guidance on technology-facilitated coercive control", "Ravensholt Police",
                    "Q2 2025/26", "2025-09"),
                   ("Add phone monitoring to the risk assessment prompts", "Ravensholt Police", "30.09.25",
                    "2025-09-30")]),
        (recs[1], [("Change the closure policy for high-risk cases", "Ravensholt IDVA Service", "Immediate",
                    None),
                   ("Report closures for non-engagement to the MARAC steering group", "Ravensholt IDVA Service",
                    "Complete", None)]),
        (recs[2], [("Add a suicide risk module to the partnership's training", "Safer Ravensholt Partnership",
                    "Dec-25", "2025-12")]),
    ]  # fmt: skip
    rag = iter(["Amber", "Green", "Green", "Blue", "Red"])
    comments = iter(["Draft with legal services, May 2025", "", "Policy changed 14/04/2025",
                     "Reported to steering group 02/06/2025", "Trainer not yet found"])  # fmt: skip
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Action", "Owner", "Deadline", "RAG",
                                     "Comments"]]  # fmt: skip
    rows += plan_rows(plan, lambda rec, k, a: [f"R{rec.number}" if k == 0 else None, rec.text if k == 0 else None,
                                               a[0], a[1], a[2], next(rag), next(comments)])  # fmt: skip
    w.table(rows, [1.0, 4.0, 4.4, 2.6, 1.8, 1.3, 2.6], font_size=8.5)
    return w, d


def table_per_recommendation() -> tuple[WordDoc, Doc]:
    w, d, recs = report("Hembury Community Safety Partnership", "Adult W", "Hembury Community Safety "
                        "Partnership. Overview report, final version 5 December 2023", [
        "Adult W, a man of 71, was killed by his wife, who had dementia, on 24 June 2022.",
        "Adult W had told the memory clinic on 15 February 2022 that his wife had hit him. The clinic wrote "
        "to the GP on 1 March 2022. A carer's assessment was booked for July 2022.",
    ], [
        ("Hembury Memory Clinic should refer a carer who reports violence from the person cared for to Adult "
         "Social Care the same day.", ["mental_health_services"]),
        ("Hembury Adult Social Care should treat violence towards a carer as a reason to bring a carer's "
         "assessment forward.", ["adult_social_care"]),
    ])  # fmt: skip
    w.heading("Appendix A: Action plan", 1)
    w.para(FILLER)
    plans = [
        (recs[0], [("Add a same-day referral step to the clinic's safeguarding procedure", "Hembury Memory Clinic",
                    "Q3 2023/24", "2023-12"),
                   ("Tell clinic staff about the step at the team meeting", "Hembury Memory Clinic", "Complete",
                    None)], ["Procedure updated 12/12/2023", "Done 09/01/2024"]),
        (recs[1], [("Change the prioritisation criteria for carer's assessments", "Hembury Adult Social Care",
                    "31st March 2024", "2024-03-31"),
                   ("Train the carers' team on the criteria", "Hembury Adult Social Care",
                    "within 6 months of publication", None),
                   ("Report waiting times for urgent carer's assessments", "Hembury Adult Social Care",
                    "Quarterly", None)], ["", "", "First report due July 2024"]),
    ]  # fmt: skip
    for rec, actions, progress in plans:
        w.para(f"Recommendation {rec.number}", bold=True)
        w.para(rec.text)
        rows: list[list[str | None]] = [["Action", "Lead", "By when", "Progress update"]]
        for (text, lead, cell, iso), note in zip(actions, progress, strict=True):
            act(rec, text, lead, cell, iso)
            rows.append([text, lead, cell, note])
        w.table(rows, [7.0, 3.6, 2.8, 3.4], font_size=10)
    return w, d


def theme_action_refs() -> tuple[WordDoc, Doc]:
    w, d, recs = report("Cwm Arian Community Safety Partnership", "Gwen", "Cwm Arian Community Safety "
                        "Partnership. Final version, 28 June 2023", [
        "Gwen, aged 33, was killed by her former partner on 13 November 2021 at her home in Cwm Arian.",
        "Gwen reported threats from her former partner to Cwm Arian Police on 30 September 2021. A "
        "non-molestation order was granted on 22 October 2021.",
    ], [
        ("Cwm Arian Police should make sure that a breach of a non-molestation order is treated as a "
         "high-risk incident until a supervisor has reviewed it, and that the victim is told of the outcome "
         "of every reported breach, whether or not the suspect is charged.", ["police"]),
        ("The Cwm Arian Community Safety Partnership should check that civil orders are recorded on each "
         "agency's case system.", ["community_safety_partnership"]),
        ("The Welsh Government should include civil orders in the national training framework on violence "
         "against women, domestic abuse and sexual violence.", ["other"]),
    ])  # fmt: skip
    recs[2].level = "national"  # the guide: a government addressed
    w.section(landscape=True)
    w.heading("Appendix A: Action plan", 1)
    fillers(w, 4)
    header = ["Recommendation", "Scope of recommendation", "Ref", "Action to take", "Lead Agency", "Target Date",
              "Date of completion and Outcome"]  # fmt: skip
    rows: list[list[str | None]] = [header, ["Theme 1 – Protective orders – Local"]]
    one: Plan = [
        (recs[0], [("Issue a force instruction on breaches of non-molestation orders", "Cwm Arian Police",
                    "Sept 23", "2023-09"),
                   ("Add a supervisor review task to the breach crime type", "Cwm Arian Police", "Q4 2023/24",
                    "2024-03"),
                   ("Write a victim update letter for reported breaches", "Cwm Arian Police",
                    "Complete – March 2024", "2024-03")]),
        (recs[1], [("Survey agencies on how they record civil orders", "Cwm Arian CSP",
                    "Within 6 months of publication", None),
                   ("Report the survey findings to the board", "Cwm Arian CSP", "31st March 2024",
                    "2024-03-31")]),
    ]  # fmt: skip
    done = iter(["Instruction published 18/09/2023", "", "Letter in use", "", ""])
    rows += plan_rows(one, lambda rec, k, a: [f"{rec.number}. {rec.text}" if k == 0 else None,
                                              "Local" if k == 0 else None, f"{rec.number}.{k + 1}", a[0], a[1],
                                              a[2], next(done)])  # fmt: skip
    rows.append(["Theme 2 – Training – National (Wales)"])
    three: Plan = [
        (recs[2], [("Write to the Welsh Government asking for the change", "Cwm Arian CSP", "Immediate", None)]),
    ]  # fmt: skip
    rows += plan_rows(three, lambda rec, k, a: [f"{rec.number}. {rec.text}", "National", f"{rec.number}.1",
                                                a[0], a[1], a[2], "Letter sent 05/07/2023"])  # fmt: skip
    w.table(rows, [6.0, 2.2, 1.2, 5.0, 3.0, 2.6, 3.4], font_size=10)
    return w, d


MORE = {
    "blindm-09-date-forms": date_forms,
    "blindm-10-scope-officer-milestones": scope_officer_milestones,
    "blindm-11-exec-summary-timescale": exec_summary_timescale,
    "blindm-12-bullets-one-lead": bullets_one_lead,
    "blindm-13-dardr-owner-deadline": dardr_owner_deadline,
    "blindm-14-table-per-recommendation": table_per_recommendation,
    "blindm-15-theme-action-refs": theme_action_refs,
}
