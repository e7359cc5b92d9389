"""A fourth blind set for who each recommendation is for, stressing the DOCUMENT'S WAYS of printing an addressee
outside the recommendation's own words (headings over per-agency blocks, "Recommendations for X" headings,
Lead agency cells, an Agency column merged down, lead-in sentences, tags in the numbering, labelled lines,
group and multi-agency headings, theme headings that are not agencies, initials and "the Partnership" the
document defines, national blocks). Labelled with ``shared/docs/LABELLING-GUIDE.md`` (agencies rules 1-5)
before the pipeline was run on it. Every place, body, person and recommendation here is invented for these
tests and written in our own words; the documents reuse the shared builders (front matter of
``annotations/wordproc/parts``, numbered bodies of ``tests/extraction/plans``).

* ``agd-01-for-headings``: "Recommendations for <agency>" headings over subject-less items, vague subjects
  ("Social workers to ..."), and a joint subject that overrides its heading.
* ``agd-02-lead-table``: a recommendations table No | Recommendation | Lead agency: a Lead cell with two
  bodies, "All agencies", a "(lead) ... (support)" cell, text that names its own subject.
* ``agd-03-agency-column``: No | Agency | Recommendation, the Agency cell merged down over several rows.
* ``agd-04-lead-ins``: lead-in sentences ("The following recommendations are for X:", "For X, the panel
  recommends:", "The panel makes these recommendations to X:") over numbered items.
* ``agd-05-theme-headings``: theme headings ("Training", "Information sharing") that name no agency, over
  recommendations that name their addressee in the sentence.
* ``agd-06-national-local``: "National recommendations" and "Local recommendations" blocks.
* ``agd-07-multi-single``: "Multi-agency recommendations", an "All agencies" heading, then single-agency blocks
  under a "Single agency recommendations" heading.
* ``agd-08-partnership``: the CSP defined once as "the Partnership"; its members, partners, a DA board.
* ``agd-09-initials-headings``: agencies defined by initials in the text, the initials alone as headings.
* ``agd-10-template-plan``: numbered recommendations, then the Home Office template action plan with a Lead
  Agency column (initials a glossary defines among the leads).
* ``agd-11-group-headings``: headings naming several bodies ("Health - ICB, community trust and acute
  hospital", "Police and Probation", "X (lead), Y (support)").
* ``agd-12-labels-tags``: "Recommendation 3 - <agency>" labels, a tag in the numbering "4 (ICB)", and
  "Lead agency: X" lines after the text.
* ``agd-13-restarting-blocks``: the panel's overview recommendations (an author heading, not an addressee) and
  IMR blocks whose numbering restarts at 1 under each agency.
* ``agd-14-bold-names``: agency names as bold paragraphs (not heading styles) over bulleted items.
* ``agd-15-merged-leads``: a plan whose Lead cell is merged down over several actions and recommendations, a
  row whose text names another subject than its Lead cell.

Gold: ``<name>.gold.json`` (DOCX) and ``<name>-pdf.gold.json`` (its LibreOffice export); only ``agencies`` (and
the texts they hang on) are labelled with care. A recommendation's ``heading`` in the gold is the heading, Lead
cell, label or lead-in the document prints for it (what ``score`` gives the classifier as context). Rebuild
(LibreOffice needed): ``python -m tests.extraction.agencies_blind_d.build``; score:
``python -m tests.extraction.agencies_blind_d.score``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import BULLET, Level, WordDoc
from dhr.schema import Recommendation
from tests.extraction.agencies_blind_common import Blocks, headed, start
from tests.extraction.plans.build import Doc, _numbered_body, act
from tests.extraction.plans_blind.build import build_set

HERE = Path(__file__).resolve().parent


def _rec_table(
    w: WordDoc, d: Doc, header: list[str], rows: list[tuple[str | None, str, list[str]]], lead_first: bool
) -> None:
    """A recommendations table: a number, the text and a lead cell a row (``lead_first``: the lead before the
    text); a lead None continues the cell above (merged down) and is the one above in the gold."""
    table: list[list[str | None]] = [header]
    above = ""
    for n, (lead, text, agencies) in enumerate(rows, start=1):
        rec = d.rec(str(n), text, agencies)
        rec.heading = lead or above
        above = lead or above
        table.append([str(n), lead, text] if lead_first else [str(n), text, lead])
    widths = [1.2, 4.5, 10.5] if lead_first else [1.2, 10.5, 4.5]
    w.table(table, widths, font_size=10)


def for_headings() -> tuple[WordDoc, Doc]:
    w, d = start("Eastmoor Community Safety Partnership", "Adult P")
    headed(w, d, [
        ("Recommendations for Eastmoor Police", [
            ("Call handlers to ask on every domestic abuse call whether there are weapons in the house.",
             ["police"]),
            ("Officers attending a domestic incident to write down what any child present says, in the child's "
             "own words.", ["police"]),
            ("That the risk checklist is completed in full before officers leave the address.", ["police"]),
            ("A review of how bail conditions are checked when a suspect is released during the night.",
             ["police"]),
        ]),
        ("Recommendations for Hollinbrook Borough Council", [
            ("Revenues and benefits staff to be trained to notice signs of economic abuse.", ["local_authority"]),
            ("A named lead for domestic abuse to be identified in every council directorate.",
             ["local_authority"]),
        ]),
        ("Recommendations for Eastmoor Children's Services", [
            ("Social workers to see each child alone at least once during every assessment.",
             ["childrens_social_care"]),
            ("Children's Services and Eastmoor Police should agree how notifications of incidents are passed "
             "on within one working day.", ["childrens_social_care", "police"]),
        ]),
    ])  # fmt: skip
    return w, d


def lead_table() -> tuple[WordDoc, Doc]:
    w, d = start("Safer Saltcombe Partnership", "Irene", font="Calibri")
    w.para("The panel's recommendations and the agency that will lead on each are set out below.")
    _rec_table(w, d, ["No.", "Recommendation", "Lead agency"], [
        ("Probation Service", "Develop a protocol for sharing information about high-risk perpetrators who are "
         "about to be released from custody.", ["probation_service"]),
        ("Saltcombe Hospitals NHS Foundation Trust", "Review the referral route from the emergency department "
         "to the hospital IDVA.", ["hospital"]),
        ("Saltcombe Integrated Care Board", "GP practices to record disclosures of domestic abuse with one "
         "agreed clinical code.", ["gp", "integrated_care_board"]),
        ("All agencies", "Make sure every frontline worker can recognise coercive and controlling behaviour.",
         ["all_agencies"]),
        ("Safer Saltcombe Partnership", "Commission specialist support for victims of domestic abuse who are "
         "over sixty.", ["community_safety_partnership"]),
        ("Police and Crown Prosecution Service", "Carry out a joint audit of cases where a victim withdrew her "
         "support for a prosecution.", ["police", "crown_prosecution_service"]),
        ("Saltcombe Drug and Alcohol Service (lead), Public Health (support)", "Write guidance for staff on "
         "working with victims who drink heavily.", ["drug_and_alcohol_services"]),
        ("Community Safety Partnership", "The Partnership should write to the Ministry of Justice about the "
         "time taken to list family court hearings.", ["community_safety_partnership"]),
        ("Saltcombe Police", "Saltcombe Police should review how it uses Domestic Violence Protection Notices.",
         ["police"]),
    ], lead_first=False)  # fmt: skip
    return w, d


def agency_column() -> tuple[WordDoc, Doc]:
    w, d = start("Thornleigh Community Safety Partnership", "Anna")
    _rec_table(w, d, ["No.", "Agency", "Recommendation"], [
        ("Thornleigh Hospitals NHS Foundation Trust", "Midwives to ask about domestic abuse at each antenatal "
         "appointment at which the woman is seen on her own.", ["hospital"]),
        (None, "Review the discharge policy so that the safeguarding team hears before a patient with a domestic "
         "abuse marker is sent home.", ["hospital"]),
        ("Thornleigh Police", "Introduce a check of earlier call-outs before an incident is closed.", ["police"]),
        (None, "Officers to be reminded of their power of arrest for a breach of a non-molestation order.",
         ["police"]),
        (None, "Provide refresher training on stalking for response officers.", ["police"]),
        ("Kestrel Housing Association", "Tenancy officers to be trained to recognise economic abuse.",
         ["housing"]),
        ("Thornleigh Adult Social Care", "Make sure that a carer's assessment asks whether the carer is at risk "
         "from the person they look after.", ["adult_social_care"]),
        (None, "The Thornleigh Safeguarding Adults Board should seek assurance that this change has been made.",
         ["safeguarding_adults_board"]),
    ], lead_first=True)  # fmt: skip
    return w, d


def lead_ins() -> tuple[WordDoc, Doc]:
    w, d = start("Redbourne Community Safety Partnership", "Sophie")
    blocks = [
        ("The following recommendations are for Redbourne Constabulary:", [
            ("Review how repeat victims are identified when they ring from different telephone numbers.",
             ["police"]),
            ("Supervisors to check that every high-risk case has been referred to the MARAC.", ["police"]),
        ]),
        ("The following recommendations are for Redbourne Community Health NHS Trust:", [
            ("Health visitors to ask about domestic abuse at each of the mandated contacts.",
             ["local_health_trust"]),
            ("Audit how often routine enquiry is made by the district nursing service.", ["local_health_trust"]),
        ]),
        ("For the Probation Service, the panel recommends:", [
            ("That probation practitioners check police call-out records before a new address is approved.",
             ["probation_service"]),
            ("That the risk assessment is reviewed whenever a person on licence starts a new relationship.",
             ["probation_service"]),
        ]),
        ("The panel makes these recommendations to Redbourne County Council:", [
            ("Review the commissioning of refuge places so that women with teenage sons can be housed.",
             ["local_authority"]),
            ("Publish a directory of local domestic abuse services for all council staff.", ["local_authority"]),
        ]),
        ("The following recommendation is made to the Home Office:", [
            ("Amend the statutory guidance so that reviews always consider economic abuse.", ["home_office"]),
        ]),
    ]  # fmt: skip
    for lead_in, recs in blocks:
        w.para(lead_in)
        for rec in _numbered_body(w, d, recs):
            rec.heading = lead_in
    return w, d


def theme_headings() -> tuple[WordDoc, Doc]:
    w, d = start("Hollinbrook Community Safety Partnership", "Joan", font="Calibri")
    headed(w, d, [
        ("Training", [
            ("Hollinbrook Police should train all call handlers to recognise coercive control.", ["police"]),
            ("The Integrated Care Board should commission domestic abuse training for practice nurses.",
             ["integrated_care_board"]),
        ]),
        ("Information sharing", [
            ("Adult Social Care and the mental health trust should agree how information about carers is "
             "shared.", ["adult_social_care", "mental_health_services"]),
            ("The MARAC coordinator should send the minutes of each meeting to the GP of every victim discussed.",
             ["marac"]),
            ("The housing provider should pass on to the police any pattern of repeated repairs after "
             "incidents.", ["housing"]),
        ]),
        ("Risk assessment", [
            ("All agencies should use the same risk checklist and give the score when they refer a case.",
             ["all_agencies"]),
            ("The Probation Service should complete a new risk assessment when a person's circumstances "
             "change.", ["probation_service"]),
        ]),
        ("Record keeping", [
            ("GP practices should record the name of anyone who comes with a patient to an appointment.",
             ["gp"]),
            ("Children's Social Care should keep a chronology on every open case that involves domestic abuse.",
             ["childrens_social_care"]),
        ]),
    ])  # fmt: skip
    return w, d


def national_local() -> tuple[WordDoc, Doc]:
    w, d = start("Kestrel Vale Community Safety Partnership", "Mrs R")
    headed(w, d, [
        ("National recommendations", [
            ("The Home Office should issue guidance on how reviews involve the victim's employer.",
             ["home_office"]),
            ("The Department of Health and Social Care should make domestic abuse training mandatory for all NHS "
             "staff.", ["dhsc"]),
            ("That the Government considers a national register of serial perpetrators.", ["other"]),
            ("The Ministry of Justice and HM Courts and Tribunals Service should review how risk information "
             "reaches the family court.", ["ministry_of_justice", "hmcts"]),
            ("The Community Safety Partnership should write to the Department for Work and Pensions asking for "
             "abuse to be recorded on a claimant's file with her consent.", ["community_safety_partnership"]),
            ("That the statutory guidance for reviews is updated so that a review looks at the five years before "
             "the death.", ["home_office"]),
        ]),
        ("Local recommendations", [
            ("Kestrel Vale District Council should review how it commissions perpetrator programmes.",
             ["local_authority"]),
            ("The Police and Crime Commissioner should fund an independent stalking advocate.",
             ["police_and_crime_commissioner"]),
            ("NHS England should ask its regional safeguarding leads to share this review with every trust in "
             "the region.", ["nhs_england"]),
        ]),
    ])  # fmt: skip
    return w, d


def multi_single() -> tuple[WordDoc, Doc]:
    w, d = start("Saltcombe Community Safety Partnership", "Karen")
    headed(w, d, [
        ("Multi-agency recommendations", [
            ("Agencies to make sure that staff ask about abuse whenever a victim is seen without her partner.",
             ["all_agencies"]),
            ("A multi-agency audit of cases in which a victim stopped engaging with services.", ["all_agencies"]),
        ]),
        ("All agencies", [
            ("Staff to be reminded how to refer a case to the MARAC.", ["all_agencies"]),
            ("Each agency should check that its domestic abuse policy covers economic abuse.", ["all_agencies"]),
        ]),
    ])  # fmt: skip
    w.heading("Single agency recommendations", 2)
    headed(w, d, [
        ("Saltcombe Drug and Alcohol Service", [
            ("Keyworkers to ask each client who else lives in the home.", ["drug_and_alcohol_services"]),
        ]),
        ("Saltcombe Women's Aid", [
            ("Outreach workers to record the reason each time a client does not attend.",
             ["domestic_abuse_services"]),
        ]),
        ("Jobcentre Plus", [
            ("Work coaches to be told how to make a safeguarding referral.", ["dwp"]),
        ]),
        ("Saltcombe Hospitals NHS Foundation Trust", [
            ("Staff in the fracture clinic to ask about abuse when a patient returns with a new injury.",
             ["hospital"]),
        ]),
    ], level=3)  # fmt: skip
    return w, d


def partnership() -> tuple[WordDoc, Doc]:
    w, d = start("Kestrel Vale Community Safety Partnership", "Linda", heading=False)
    w.para("This review was commissioned by the Kestrel Vale Community Safety Partnership (the Partnership), which "
           "accepted the recommendations below in full.")  # fmt: skip
    w.heading("Recommendations", 1)
    _numbered_body(w, d, [
        ("The Partnership should publish a yearly report on progress with every review action plan.",
         ["community_safety_partnership"]),
        ("The Partnership and its partners should run a campaign on stalking aimed at the night-time economy.",
         ["community_safety_partnership", "all_agencies"]),
        ("The Kestrel Vale Domestic Abuse Strategic Board should review the support offered to male victims.",
         ["domestic_abuse_partnership_board"]),
        ("Partners should make sure that the specialist domestic abuse service is invited to every strategy "
         "meeting.", ["all_agencies"]),
        ("The Partnership should seek assurance from the Safeguarding Children Partnership that every school "
         "receives police notifications of incidents.", ["community_safety_partnership"]),
        ("That the Partnership commissions a review of the capacity of the local IDVA service.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    return w, d


def initials_headings() -> tuple[WordDoc, Doc]:
    w, d = start("Redbourne Community Safety Partnership", "Maria", heading=False)
    w.para("The agencies that took part were Redbourne Constabulary (RC), Redbourne Mental Health NHS Foundation "
           "Trust (RMHT), Redbourne Borough Council (RBC) and the Redbourne Domestic Abuse Service (RDAS).")  # fmt: skip
    w.heading("Recommendations", 1)
    headed(w, d, [
        ("RC", [
            ("Officers to record the victim's first language on every domestic abuse report.", ["police"]),
        ]),
        ("RMHT", [
            ("Care coordinators to ask about the partner's behaviour at every care review.",
             ["mental_health_services"]),
            ("RMHT should audit how often carers are asked about their own safety.", ["mental_health_services"]),
        ]),
        ("RBC", [
            ("Review the allocations policy so that a victim is not penalised for refusing an offer of a home "
             "near the abuser.", ["local_authority"]),
        ]),
        ("RDAS", [
            ("Offer every client who leaves refuge a follow-up call after three months.",
             ["domestic_abuse_services"]),
        ]),
        ("Joint recommendations", [
            ("RC and RDAS should agree a protocol for joint visits to victims at high risk.",
             ["police", "domestic_abuse_services"]),
        ]),
    ])  # fmt: skip
    return w, d


def template_plan() -> tuple[WordDoc, Doc]:
    w, d = start("Hollinbrook Community Safety Partnership", "Adult T")
    leads = [
        ("Domestic abuse awareness training for reception staff in GP surgeries.", "Hollinbrook ICB",
         ["integrated_care_board"]),
        ("Hollinbrook Police should review its process for flagging repeat victims.", "Hollinbrook Police",
         ["police"]),
        ("A review of how the IDVA service receives referrals from the maternity unit.", "HDAS",
         ["domestic_abuse_services"]),
        ("Learning from this review to be shared with all partner agencies.", "Community Safety Partnership",
         ["community_safety_partnership"]),
        ("Housing providers to adopt the Domestic Abuse Housing Alliance standards.", "Hollinbrook Borough Council",
         ["housing", "local_authority"]),
    ]  # fmt: skip
    recs = _numbered_body(w, d, [(text, agencies) for text, _, agencies in leads])
    w.heading("Glossary", 1)
    w.table([
        ["Abbreviation", "Meaning"],
        ["HDAS", "Hollinbrook Domestic Abuse Service"],
        ["ICB", "Integrated Care Board"],
    ], [3.0, 12.0], font_size=10)  # fmt: skip
    w.heading("Appendix A: Action plan", 1)
    rows: list[list[str | None]] = [
        ["Recommendation", "Scope", "Action to take", "Lead Agency", "Key milestones", "Target Date",
         "Date of completion and outcome"],
    ]  # fmt: skip
    for rec, (_, lead, _) in zip(recs, leads, strict=True):
        rec.heading = lead
        action = "Agree the change and brief the staff affected"
        act(rec, action, lead, "June 2025", "2025-06")
        rows.append([f"{rec.number}. {rec.text}", "Local", action, lead, "Briefing held", "June 2025", ""])
    w.section(landscape=True)
    w.table(rows, [6.0, 1.8, 4.5, 3.5, 3.0, 2.2, 3.0], font_size=8)
    return w, d


def group_headings() -> tuple[WordDoc, Doc]:
    w, d = start("Eastmoor Community Safety Partnership", "Beth", font="Calibri")
    headed(w, d, [
        ("Health - ICB, community trust and acute hospital", [
            ("Safeguarding leads to share the learning from this review with their teams.",
             ["integrated_care_board", "local_health_trust", "hospital"]),
        ]),
        ("Police and Probation", [
            ("A joint review of how risk is managed when a perpetrator moves to another area.",
             ["police", "probation_service"]),
        ]),
        ("Children's Social Care and Early Help", [
            ("Early Help workers to ask about the parents' relationship when they assess a family.",
             ["childrens_social_care"]),
        ]),
        ("Eastmoor Police (lead), Eastmoor Borough Council (support)", [
            ("A protocol for responding to abuse that neighbours report.", ["police"]),
        ]),
        ("Adult Social Care and Housing", [
            ("Joint visits to be offered when a tenant with care needs discloses abuse.",
             ["adult_social_care", "housing"]),
        ]),
        ("Eastmoor Police", [
            ("The Crown Prosecution Service should be consulted before a charge is refused in a stalking case.",
             ["police"]),
        ]),
    ])  # fmt: skip
    return w, d


def labels_tags() -> tuple[WordDoc, Doc]:
    w, d = start("Thornleigh Community Safety Partnership", "Grace")
    labelled = [
        ("Recommendation 1 - Thornleigh Police", "1", "Officers to offer every victim a referral to the IDVA "
         "service, and to record the reason if it is refused.", ["police"]),
        ("Recommendation 2 - Thornleigh Borough Council", "2", "A review of the process for moving a household "
         "to temporary accommodation out of the area.", ["local_authority"]),
        ("Recommendation 3 - Thornleigh Integrated Care Board", "3", "Practices to be given a template letter "
         "for a patient who misses a follow-up appointment.", ["integrated_care_board"]),
    ]  # fmt: skip
    for label, number, text, agencies in labelled:
        w.para(label, bold=True)
        w.para(text)
        rec = d.rec(number, text, agencies)
        rec.heading = label.split(" - ", 1)[1]
    tagged = [
        ("4 (ICB) ", "Commission a domestic abuse service for people with a learning disability.",
         ["integrated_care_board"], "ICB"),
        ("5 (Probation) ", "Hold a case discussion before any licence condition is removed.",
         ["probation_service"], "Probation"),
    ]  # fmt: skip
    for mark, text, agencies, tag in tagged:
        w.para(mark + text)
        rec = d.rec(mark.split()[0], text, agencies)
        rec.heading = tag
    lined = [
        ("6", "A single referral form for domestic abuse to be agreed across the county.",
         "Thornleigh Safeguarding Adults Board", ["safeguarding_adults_board"]),
        ("7", "Staff to be reminded to check the police national database before a visit.",
         "Thornleigh Probation Delivery Unit", ["probation_service"]),
        ("8", "The Ambulance Service should tell the GP about every call-out where abuse is suspected.",
         "Thornleigh Integrated Care Board", ["ambulance_service"]),
    ]  # fmt: skip
    for number, text, lead, agencies in lined:
        w.para(f"{number}. {text}")
        w.para(f"Lead agency: {lead}")
        rec = d.rec(number, text, agencies)
        rec.heading = lead
    return w, d


def restarting_blocks() -> tuple[WordDoc, Doc]:
    w, d = start("Saltcombe Community Safety Partnership", "Diane", heading=False)
    w.heading("Recommendations of the review panel", 1)
    for rec in _numbered_body(w, d, [
        ("Saltcombe Borough Council should commission a service for children who have lived with domestic "
         "abuse.", ["local_authority"]),
        ("The Community Safety Partnership should check that every agency has a policy on abuse between "
         "colleagues.", ["community_safety_partnership"]),
        ("Partner agencies to review how they ask about abuse when the victim is an older man.",
         ["all_agencies"]),
    ]):  # fmt: skip
        rec.heading = "Recommendations of the review panel"
    w.heading("Single agency recommendations from the IMRs", 1)
    blocks: Blocks = [
        ("Saltcombe Police", [
            ("Response officers to use body-worn cameras at every domestic incident.", ["police"]),
            ("The force to review how it follows up a victim who withdraws a complaint.", ["police"]),
        ]),
        ("Saltcombe Mental Health NHS Trust", [
            ("Clinicians to ask about domestic abuse at the first assessment.", ["mental_health_services"]),
            ("The crisis team to tell the care coordinator of every out-of-hours contact.",
             ["mental_health_services"]),
        ]),
        ("Saltcombe Children's Social Care", [
            ("Managers to review every case closed within a month of a domestic incident.",
             ["childrens_social_care"]),
            ("Training on working with fathers who are violent.", ["childrens_social_care"]),
        ]),
    ]  # fmt: skip
    for heading, recs in blocks:
        w.heading(heading, 2)
        nid = w.num(w.abstract([Level("decimal", "%1.")]))
        for text, agencies in recs:
            label = w.para(text, num=(nid, 0))
            rec = d.rec(label.rstrip("."), text, agencies, section="single_agency")
            rec.heading = heading
    return w, d


def bold_names() -> tuple[WordDoc, Doc]:
    w, d = start("Redbourne Community Safety Partnership", "Olivia", font="Calibri")
    blocks = [
        ("Redbourne Hospitals NHS Trust", [
            ("Ward staff to check who may visit before giving a caller news about a patient.", ["hospital"]),
            ("A domestic abuse lead to be named in the emergency department.", ["hospital"]),
        ]),
        ("Redbourne Constabulary", [
            ("Call takers to ask whether the caller can speak freely.", ["police"]),
            ("Refresher training for officers on the law on controlling behaviour.", ["police"]),
        ]),
        ("GP practices", [
            ("Practices to ask about abuse when a patient asks for a letter about their housing.", ["gp"]),
        ]),
        ("Redbourne Homes", [
            ("Housing officers to visit in person when a tenant with a domestic abuse marker falls into "
             "arrears.", ["housing"]),
        ]),
    ]  # fmt: skip
    nid = w.num(w.abstract(BULLET))
    for name, recs in blocks:
        w.para(name, bold=True)
        for text, agencies in recs:
            w.para(text, num=(nid, 0))
            rec = d.rec(None, text, agencies)
            rec.heading = name
    return w, d


def merged_leads() -> tuple[WordDoc, Doc]:
    w, d = start("Eastmoor Community Safety Partnership", "Ruth")
    texts = [
        ("Domestic abuse to be a standing item at every team meeting for six months.", ["police"]),
        ("An audit of DASH forms completed by response officers.", ["police"]),
        ("Eastmoor Borough Council should review its policy on council tax debt when the debtor is a victim of "
         "abuse.", ["local_authority"]),
        ("Every agency to name a domestic abuse champion.", ["all_agencies"]),
        ("A joint protocol for managing perpetrators who are not convicted.", ["police", "probation_service"]),
    ]  # fmt: skip
    recs = _numbered_body(w, d, texts)
    plan: list[tuple[Recommendation, str | None, list[tuple[str, str, str | None]]]] = [
        (recs[0], "Eastmoor Police", [("Add the item to team meeting agendas", "June 2025", "2025-06"),
                                      ("Report attendance to the CSP", "September 2025", "2025-09")]),
        (recs[1], None, [("Sample 50 forms a quarter", "March 2026", "2026-03")]),
        (recs[2], "Eastmoor Police", [("Write to the council's revenues service", "July 2025", "2025-07")]),
        (recs[3], "All agencies", [("Each agency names its champion", "May 2025", "2025-05")]),
        (recs[4], "Police / Probation", [("Draft and sign the protocol", "December 2025", "2025-12")]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["No.", "Action", "Lead", "Target date"]]
    above = ""
    for rec, lead, actions in plan:
        above = lead or above
        rec.heading = above
        for k, (action, cell, iso) in enumerate(actions):
            act(rec, action, above, cell, iso)
            rows.append([rec.number if k == 0 else "", action, lead if k == 0 else None, cell])
    w.heading("Action plan", 1)
    w.table(rows, [1.5, 8.0, 4.0, 3.0], font_size=9)
    return w, d


DOCUMENTS = {
    "agd-01-for-headings": for_headings,
    "agd-02-lead-table": lead_table,
    "agd-03-agency-column": agency_column,
    "agd-04-lead-ins": lead_ins,
    "agd-05-theme-headings": theme_headings,
    "agd-06-national-local": national_local,
    "agd-07-multi-single": multi_single,
    "agd-08-partnership": partnership,
    "agd-09-initials-headings": initials_headings,
    "agd-10-template-plan": template_plan,
    "agd-11-group-headings": group_headings,
    "agd-12-labels-tags": labels_tags,
    "agd-13-restarting-blocks": restarting_blocks,
    "agd-14-bold-names": bold_names,
    "agd-15-merged-leads": merged_leads,
}


def main(argv: list[str]) -> int:
    return build_set(DOCUMENTS, {}, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
