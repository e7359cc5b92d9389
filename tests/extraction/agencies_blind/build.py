"""A blind set for who each extracted recommendation is for: how a report attributes its addressees, not how it is
laid out. Written and labelled with ``shared/docs/LABELLING-GUIDE.md`` (agencies rules 1-5) before the pipeline
was run on it; every word is invented for these tests (places, bodies, people, recommendations).

* ``agb-01-agency-headings``: a multi-agency block naming its subjects, then one Heading 2 per agency over lists
  restarting at 1 whose items name no addressee ("Response officers to be reminded ...", "To offer ...").
* ``agb-02-agency-lines``: "Recommendation N" titles, each text followed by an "Agency:" or "Lead agency:" line
  (a drug service by its provider's name, "All partner agencies", a CCG "now" an ICB, "the Partnership").
* ``agb-03-lead-table``: a No. / Recommendation / Lead Agency table: "All agencies", two agencies in one cell,
  a cell merged down over two rows, a glossary's initials, a housing provider, an empty cell under a named subject.
* ``agb-04-number-tags``: typed numbers carrying the lead's initials, ``10 (CCG)``, ``14 (All)``, one defined in
  a glossary of "INITIALS - name" lines; passive and subject-less texts.
* ``agb-05-lead-in``: "The following recommendations are for Wealdmoor Police:" and other lead-in sentences
  (not headings) over numbered subject-less items; "The trust should ...".
* ``agb-06-acronyms``: subjects written only as initials the report defines (a glossary table, one in brackets
  in the text): community, mental-health and housing trusts, a DA service, a CSP by an unusual name.
* ``agb-07-joint-subjects``: two or more bodies as one subject; "working jointly with" is a partner.
* ``agb-08-consulted``: consulted bodies, partners, a letter's recipient, assurance sought from, an audience.
* ``agb-09-long-tail``: names with no "NHS Foundation Trust", a council service by its name, a voluntary body,
  a provider known by its brand, "the Partnership", a strategic board.
* ``agb-10-bold-headings``: bold-paragraph agency headings (one naming three health bodies) over passive and
  "There is a need for" texts.
* ``agb-11-action-plan-lead``: a separate action plan: the recommendations only in a Home Office-style table,
  Lead Agency cells merged down over actions ("formerly CCG", "NPS / CRC", "Police & Adult Social Care").
* ``agb-12-overview-and-imr``: overview recommendations with their subjects (a commissioner over GP practices),
  then single-agency blocks under Heading 3 names, one defining its initials in the heading.

Gold: ``<name>.gold.json`` (DOCX) and ``<name>-pdf.gold.json`` (its LibreOffice export), ``annotations/extraction``
format; only ``agencies`` (and the recommendation texts and numbers they hang on) are labelled with care: level and
themes are placeholders. Rebuild (LibreOffice needed): ``python -m tests.extraction.agencies_blind.build``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from annotations.wordproc.worddoc import Level, WordDoc
from tests.extraction.plans.build import Doc, build_documents

HERE = Path(__file__).resolve().parent

Recs = list[tuple[str, list[str]]]
#: Writes a report's cover lines: ``cover(w, subject, csp)``.
Cover = Callable[[WordDoc, str, str], None]


def _title(w: WordDoc, subject: str, csp: str) -> None:
    w.para(f"Domestic Homicide Review into the death of {subject}", style="Title")
    w.para(f"Overview report commissioned by {csp}. Final version, June 2021.")


def opening(
    csp: str,
    subject: str,
    font: str = "Arial",
    *,
    cover: Cover = _title,
    heading: str | None = "Recommendations",
) -> tuple[WordDoc, Doc]:
    """A report's Word form and gold, its cover written and (unless None) its recommendations' heading."""
    d = Doc(csp, subject)
    w = WordDoc(font, 11)
    cover(w, subject, csp)
    if heading is not None:
        w.heading(heading, 1)
    return w, d


def items(w: WordDoc, d: Doc, nid: int, recs: Recs, section: str = "overview") -> None:
    """Each recommendation a paragraph of the Word list ``nid``, added to the gold under the label Word gives it."""
    for text, agencies in recs:
        label = w.para(text, num=(nid, 0))
        d.rec(label.rstrip(".)"), text, agencies, section)


def numbered(w: WordDoc, d: Doc, recs: Recs, section: str = "overview", fmt: str = "%1.") -> None:
    """A Word-numbered list of its own ("1." unless ``fmt`` says otherwise), each item added to the gold."""
    items(w, d, w.num(w.abstract([Level("decimal", fmt)]), restart={0: 1}), recs, section)


def headed(w: WordDoc, d: Doc, blocks: list[tuple[str, Recs]], level: int = 3) -> None:
    """One heading per agency, its single-agency recommendations in a list of their own under it."""
    for name, recs in blocks:
        w.heading(name, level)
        numbered(w, d, recs, "single_agency")


def titled(
    w: WordDoc,
    d: Doc,
    number: str,
    text: str,
    agencies: list[str],
    before: Sequence[str] = (),
    after: Sequence[str] = (),
) -> None:
    """A recommendation under its own bold title "Recommendation N", with the lines ``before`` and ``after`` its
    text (an addressee line, an owner, a timescale)."""
    w.para(f"Recommendation {number}", bold=True)
    for line in before:
        w.para(line)
    w.para(text)
    for line in after:
        w.para(line)
    d.rec(number, text, agencies)


def agency_headings() -> tuple[WordDoc, Doc]:
    w, d = opening("Harwick Community Safety Partnership", "Adult H")
    w.heading("Multi-agency recommendations", 2)
    numbered(w, d, [
        ("The Harwick Community Safety Partnership should ask every agency on the panel to report within six "
         "months on how it has acted on this review.", ["community_safety_partnership"]),
        ("All agencies represented on the panel should make sure their staff know how to refer a victim to the "
         "local outreach service.", ["all_agencies"]),
    ])  # fmt: skip
    w.heading("Single agency recommendations", 2)
    blocks: list[tuple[str, Recs]] = [
        ("Harwick Constabulary", [
            ("Response officers to be reminded that a victim's account given at the scene must be recorded in "
             "full, even when the victim later withdraws it.", ["police"]),
            ("A review of how repeat calls from one address are flagged in the command and control system.",
             ["police"]),
        ]),
        ("Harwick and Dene Hospitals NHS Foundation Trust", [
            ("Emergency department staff to ask about domestic abuse whenever a patient attends with an injury "
             "that does not match the account given.", ["hospital"]),
            ("The safeguarding team to audit a sample of emergency department records each quarter for evidence "
             "that the question was asked.", ["hospital"]),
        ]),
        ("Adult Social Care", [
            ("Ensure that carers' assessments include a question about the carer's own safety at home.",
             ["adult_social_care"]),
        ]),
        ("Harwick Women's Aid", [
            ("To offer outreach sessions at the two GP surgeries in the north of the borough.",
             ["domestic_abuse_services"]),
        ]),
    ]  # fmt: skip
    headed(w, d, blocks)
    return w, d


def agency_lines() -> tuple[WordDoc, Doc]:
    w, d = opening("Safer Tollbridge Partnership", "Rosa", "Calibri")
    w.para("Each recommendation below names the agency that will lead on it.")
    recs = [
        ("Make sure that the risk of suicide is considered whenever a victim of domestic abuse is assessed.",
         "Lead agency: Tollbridge and Marsh Mental Health NHS Trust", ["mental_health_services"]),
        ("A written protocol for sharing information about perpetrators with the MARAC should be agreed.",
         "Agency: Tollbridge Probation Delivery Unit", ["probation_service"]),
        ("Recovery workers should ask every client about their relationship at each review of their care plan.",
         "Lead agency: Change Grow Live (Tollbridge)", ["drug_and_alcohol_services"]),
        ("Hold a learning event on this review for practitioners across the borough.",
         "Agency: All partner agencies", ["all_agencies"]),
        ("The Tollbridge Clinical Commissioning Group should remind GP practices of the guidance on routine "
         "enquiry.", "Lead agency: Tollbridge CCG (now NHS Tollbridge and Downs ICB)", ["integrated_care_board"]),
        ("The Partnership to publish a directory of local domestic abuse services in community languages.",
         "Lead agency: Safer Tollbridge Partnership", ["community_safety_partnership"]),
    ]  # fmt: skip
    for k, (text, line, agencies) in enumerate(recs, start=1):
        titled(w, d, str(k), text, agencies, after=[line])
    return w, d


def lead_table() -> tuple[WordDoc, Doc]:
    w, d = opening("Brackwater Community Safety Partnership", "Mrs T", heading=None)
    w.heading("Glossary", 1)
    for line in ("BCHS - Brackwater Community Health Services NHS Trust", "DASH - Domestic Abuse, Stalking and "
                 "Harassment risk checklist", "IDVA - Independent Domestic Violence Advisor"):  # fmt: skip
        w.para(line)
    w.heading("Recommendations", 1)
    w.para("The panel's recommendations and the agency leading on each are set out in the table below.")
    rows: list[list[str | None]] = [["No.", "Recommendation", "Lead Agency"]]
    table = [
        ("Training on coercive control should be delivered to all frontline staff.", "All agencies",
         ["all_agencies"]),
        ("Information about a perpetrator's previous partners should be shared at the point of referral.",
         "Brackwater Police\nNational Probation Service", ["police", "probation_service"]),
        ("A single point of contact should be named for domestic abuse referrals between the two services.", None,
         ["police", "probation_service"]),
        ("Safeguarding supervision should include cases where domestic abuse has been disclosed.", "BCHS",
         ["local_health_trust"]),
        ("The housing register form should ask applicants whether they are leaving an abusive relationship.",
         "Brackwater Homes", ["housing"]),
        ("Brackwater Borough Council should review how its licensing team shares concerns about abuse seen in "
         "the night-time economy.", "", ["local_authority"]),
        ("Officers should complete the DASH checklist with the victim away from the suspect.", "Brackwater Police",
         ["police"]),
    ]  # fmt: skip
    for k, (text, lead, agencies) in enumerate(table, start=1):
        rows.append([str(k), text, lead])
        d.rec(str(k), text, agencies)
    w.table(rows, [1.2, 10.5, 4.0], font_size=10)
    return w, d


def number_tags() -> tuple[WordDoc, Doc]:
    w, d = opening("Eastholme Community Safety Partnership", "Grace", heading=None)
    w.heading("Abbreviations", 1)
    for line in (
        "ASC - Adult Social Care",
        "CCG - Clinical Commissioning Group",
        "EDAS - Eastholme Domestic Abuse Service",
        "MARAC - Multi-Agency Risk Assessment Conference",
    ):
        w.para(line)  # fmt: skip
    w.heading("Recommendations", 1)
    w.para("The panel's recommendations follow on from the lessons in section 9; each carries the initials of "
           "the agency that will lead on it.")  # fmt: skip
    recs = [
        ("10", "CCG", "A review of how GP practices record a patient's disclosure of abuse should be "
         "commissioned.", ["integrated_care_board"]),
        ("11", "Police", "Officers should be given guidance on recording the history of abuse when a victim "
         "withdraws support for a prosecution.", ["police"]),
        ("12", "ASC", "It is recommended that safeguarding enquiries record the views of the adult's family.",
         ["adult_social_care"]),
        ("13", "Probation", "Licence conditions should be checked with the victim's advocate before release.",
         ["probation_service"]),
        ("14", "All", "Each agency should check that its domestic abuse policy names the lead professional for "
         "a case.", ["all_agencies"]),
        ("15", "EDAS", "Outreach workers should be trained to spot the signs of economic abuse.",
         ["domestic_abuse_services"]),
    ]  # fmt: skip
    for number, tag, text, agencies in recs:
        w.para(f"{number} ({tag}) {text}")
        d.rec(number, text, agencies)
    return w, d


def lead_in() -> tuple[WordDoc, Doc]:
    w, d = opening("Wealdmoor Community Safety Partnership", "Lena")
    nid = w.num(w.abstract([Level("decimal", "%1.")]), restart={0: 1})
    blocks: list[tuple[str, Recs]] = [
        ("The following recommendations are for Wealdmoor Police:", [
            ("That call handlers are reminded to ask whether children are present at the address.", ["police"]),
            ("Ensure that a DASH risk assessment is completed at every domestic incident, including those "
             "reported by a third party.", ["police"]),
        ]),
        ("The panel makes these recommendations to Wealdmoor County Council's Children's Services:", [
            ("Social workers should record the views of the non-abusing parent when a child protection plan "
             "ends.", ["childrens_social_care"]),
            ("A briefing should be prepared for staff on the risks that arise when a family moves across a county "
             "boundary.", ["childrens_social_care"]),
        ]),
        ("For the Wealdmoor Hospitals NHS Trust, the panel recommends:", [
            ("Nurses in the emergency department should offer a private conversation to any patient who attends "
             "with a partner and an unexplained injury.", ["hospital"]),
            ("The trust should add domestic abuse to the mandatory safeguarding training for all clinical staff.",
             ["hospital"]),
        ]),
    ]  # fmt: skip
    for lead, recs in blocks:
        w.para(lead)
        items(w, d, nid, recs)
    return w, d


def acronyms() -> tuple[WordDoc, Doc]:
    w, d = opening("Fenbury Community Safety Partnership", "Mr J", heading=None)
    w.heading("Introduction", 1)
    w.para("Mr J was known to Fenbury Community Health NHS Trust (FCHT) through its district nursing service, "
           "and to his GP.")  # fmt: skip
    w.heading("Glossary", 1)
    w.table([["Term", "Meaning"],
             ["FDAS", "Fenbury Domestic Abuse Service"],
             ["FHA", "Fenmoor Housing Association"],
             ["NMH", "Northfen Mental Health NHS Foundation Trust"],
             ["SFP", "Safer Fenbury Partnership (the Community Safety Partnership)"]],
            [3.0, 12.0], font_size=10)  # fmt: skip
    w.heading("Recommendations", 1)
    numbered(w, d, [
        ("FCHT should make sure that district nurses ask about domestic abuse when a carer is always present.",
         ["local_health_trust"]),
        ("NMH to review its discharge planning so that a patient's partner is not relied on as the only carer.",
         ["mental_health_services"]),
        ("FHA should train its tenancy officers to recognise the signs of abuse in rent arrears cases.",
         ["housing"]),
        ("FDAS and the police should agree how a victim's consent to share information is recorded.",
         ["domestic_abuse_services", "police"]),
        ("SFP should check in twelve months that each of these recommendations has been acted on.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    return w, d


def joint_subjects() -> tuple[WordDoc, Doc]:
    w, d = opening("Oakhurst Safer Communities Partnership", "Amira", "Calibri")
    numbered(w, d, [
        ("The Police and the Office of the Police and Crime Commissioner should review how victims are kept "
         "informed while a case waits for trial.", ["police", "police_and_crime_commissioner"]),
        ("The Partnership and its partners should run a campaign aimed at the friends and family of victims.",
         ["community_safety_partnership", "all_agencies"]),
        ("Adult Social Care and the Community Mental Health Team should agree a joint protocol for adults who "
         "decline support.", ["adult_social_care", "mental_health_services"]),
        ("Oakhurst District Council and Greenway Housing Trust should make sure that tenants who report abuse "
         "are offered a management move.", ["local_authority", "housing"]),
        ("Both the CCG and NHS England's regional team should check that GP practices follow the national "
         "guidance on routine enquiry.", ["integrated_care_board", "nhs_england"]),
        ("The Probation Service, working jointly with the Police, should make sure that referrals to MAPPA take "
         "account of a history of domestic abuse.", ["probation_service"]),
    ])  # fmt: skip
    return w, d


def consulted() -> tuple[WordDoc, Doc]:
    w, d = opening("Lynmoor Community Safety Partnership", "Helen")
    numbered(w, d, [
        ("Lynmoor Police, in consultation with the Crown Prosecution Service, should review how bail conditions "
         "are explained to victims.", ["police"]),
        ("The Integrated Care Board should work with the local GP federations to introduce a domestic abuse "
         "champion in every practice.", ["integrated_care_board"]),
        ("The Community Safety Partnership should write to the Home Office asking that the statutory guidance "
         "say more about reviews of deaths by suicide.", ["community_safety_partnership"]),
        ("The Safeguarding Adults Board should seek assurance from the ambulance trust that crews record who else "
         "is present at a call-out.", ["safeguarding_adults_board"]),
        ("Adult Social Care should provide training on self-neglect and abuse to all staff working in the "
         "council's housing options team.", ["adult_social_care"]),
        ("The drug and alcohol service must consult the client's care coordinator before closing a case where "
         "domestic abuse is known.", ["drug_and_alcohol_services"]),
    ])  # fmt: skip
    return w, d


def long_tail() -> tuple[WordDoc, Doc]:
    w, d = opening("Safer Carnford Partnership", "Daisy")
    numbered(w, d, [
        ("Carnford Teaching Hospitals should make sure that an IDVA is available in the emergency department "
         "five days a week.", ["hospital"]),
        ("The Partnership should commission an independent review of the domestic abuse services it funds.",
         ["community_safety_partnership"]),
        ("Carnford Council's Housing Options service should record whether an applicant is fleeing abuse.",
         ["housing"]),
        ("The Council's community safety team should set up a forum for licensed premises on spotting abuse.",
         ["council_community_safety_team"]),
        ("Westway Ambulance Service should add a prompt about domestic abuse to its patient care record.",
         ["ambulance_service"]),
        ("The Domestic Abuse Strategic Board should adopt a shared definition of economic abuse.",
         ["domestic_abuse_partnership_board"]),
        ("Turning Point should make sure that a client's partner is never used as their interpreter.",
         ["drug_and_alcohol_services"]),
        ("Citizens Advice Carnford should train its debt advisers to ask about financial control.", ["other"]),
    ])  # fmt: skip
    return w, d


def bold_headings() -> tuple[WordDoc, Doc]:
    w, d = opening("Marlstone Community Safety Partnership", "Adult M")
    blocks: list[tuple[str, Recs]] = [
        ("Health - Marlstone ICB, community trust and acute hospital", [
            ("A review of the safeguarding training offered to staff who work with older patients.",
             ["integrated_care_board", "local_health_trust", "hospital"]),
        ]),
        ("GP practices", [
            ("It is recommended that practices add a flag to the record of a patient who discloses abuse.",
             ["gp"]),
        ]),
        ("Marlstone Borough Council", [
            ("There is a need for a single point of contact for domestic abuse within the council.",
             ["local_authority"]),
        ]),
        ("Probation (Marlstone Probation Delivery Unit)", [
            ("Home visits to be considered before a perpetrator's move to a new address is approved.",
             ["probation_service"]),
        ]),
        ("Mid Marlstone Recovery Service", [
            ("Clients to be asked about domestic abuse at assessment and at each review of their care plan.",
             ["drug_and_alcohol_services"]),
        ]),
    ]  # fmt: skip
    abstract = w.abstract([Level("decimal", "%1.")])
    for name, recs in blocks:
        w.para(name, bold=True)
        items(w, d, w.num(abstract, restart={0: 1}), recs, "single_agency")
    return w, d


def action_plan_lead() -> tuple[WordDoc, Doc]:
    d = Doc("Thornleigh Community Safety Partnership", "Katie", kind="action_plan")
    w = WordDoc("Arial", 10)
    w.para("Action plan: Domestic Homicide Review (Katie)", style="Title")
    w.para("Thornleigh Community Safety Partnership")
    plan = [
        ("A pathway for victims who disclose abuse at a pharmacy should be developed.",
         "Thornleigh ICB (formerly Thornleigh CCG)", ["integrated_care_board"],
         ["Map the pharmacies in the area", "Agree the pathway with the local pharmaceutical committee"]),
        ("Awareness of stalking should be raised across the partnership's workforce.", "All agencies",
         ["all_agencies"], ["Circulate a briefing on stalking"]),
        ("Case notes should show who was present when a victim was asked about abuse.", "NPS / CRC",
         ["probation_service"], ["Add a field to the case record", "Dip sample twenty records"]),
        ("Joint visits should be offered where a victim has both a social worker and a support worker.",
         "Police & Adult Social Care", ["police", "adult_social_care"], ["Write a joint visits protocol"]),
        ("The refuge referral form should be shortened.", "Thornleigh Women's Centre",
         ["domestic_abuse_services"], ["Redraft the form with service users"]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [
        ["Recommendation", "Scope", "Action to take", "Lead Agency", "Target Date"]
    ]
    for k, (text, lead, agencies, actions) in enumerate(plan, start=1):
        d.rec(str(k), text, agencies, "action_plan")
        for j, action in enumerate(actions):
            rows.append([f"{k}. {text}" if j == 0 else None, "Local" if j == 0 else None, action,
                         lead if j == 0 else None, "March 2022"])  # fmt: skip
    w.table(rows, [4.8, 1.4, 4.4, 3.0, 2.0], font_size=9)
    return w, d


def overview_and_imr() -> tuple[WordDoc, Doc]:
    w, d = opening("Safer Northdene Partnership", "Joanne")
    w.heading("Overview report recommendations", 2)
    numbered(w, d, [
        ("The Northdene Safeguarding Children Partnership should check that schools know how to share concerns "
         "about a parent's new partner.", ["children_safeguarding_board"]),
        ("Northdene Council should make sure that its contracts with care providers require staff to report "
         "suspected abuse.", ["local_authority"]),
        ("The ICB should ensure that all GP practices establish a policy on seeing patients alone.",
         ["integrated_care_board", "gp"]),
    ])  # fmt: skip
    w.heading("Single agency recommendations", 2)
    blocks: list[tuple[str, Recs]] = [
        ("Northdene Healthcare NHS Trust (NDHT)", [
            ("NDHT to ensure that district nurses record any concerns about a carer's behaviour.",
             ["local_health_trust"]),
            ("Health visitors to ask about domestic abuse at every contact where the partner is not present.",
             ["local_health_trust"]),
        ]),
        ("National Probation Service", [
            ("Offender managers to check with the police for call-outs to a new partner's address before a move "
             "is approved.", ["probation_service"]),
        ]),
        ("Northdene Police", [
            ("The force should review its policy on removing weapons at domestic incidents.", ["police"]),
        ]),
    ]  # fmt: skip
    headed(w, d, blocks)
    return w, d


DOCUMENTS = {
    "agb-01-agency-headings": agency_headings,
    "agb-02-agency-lines": agency_lines,
    "agb-03-lead-table": lead_table,
    "agb-04-number-tags": number_tags,
    "agb-05-lead-in": lead_in,
    "agb-06-acronyms": acronyms,
    "agb-07-joint-subjects": joint_subjects,
    "agb-08-consulted": consulted,
    "agb-09-long-tail": long_tail,
    "agb-10-bold-headings": bold_headings,
    "agb-11-action-plan-lead": action_plan_lead,
    "agb-12-overview-and-imr": overview_and_imr,
}


def main(argv: list[str]) -> int:
    return build_documents(DOCUMENTS, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
