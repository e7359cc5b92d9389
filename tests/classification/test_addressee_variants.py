"""Addressee variants written for these tests (own words, invented places where the place does not matter):
the long tail of how real reviews name who a recommendation is for, labelled by LABELLING-GUIDE.md.

Each case is (recommendation text, heading / Lead Agency cell or None, the addressee ids expected).
"""

from __future__ import annotations

import pytest

from classification.addressees import lead_agencies

# ---------------------------------------------------------------------------------------- the text names it
SUBJECTS: list[tuple[str, str | None, set[str]]] = [
    # police forces and their units
    ("Gwent Police should refresh its guidance on stalking referrals.", None, {"police"}),
    ("Dyfed-Powys Police to audit a sample of domestic incidents for DASH quality.", None, {"police"}),
    ("The MPS must remind response officers to record the voice of the child.", None, {"police"}),
    ("Lancashire Constabulary's Public Protection Unit should review its triage.", None, {"police"}),
    ("That officers attending domestic incidents use body-worn video.", "Northshire Police", {"police"}),
    ("It is recommended that Cleveland Police reviews its call grading policy.", None, {"police"}),
    ("The review recommends that North Wales Police update the stalking checklist.", None, {"police"}),
    ("Recommendation 4: Essex Police to embed coercive control training.", None, {"police"}),
    # health: trusts by full name, short name, former name, acronym
    ("Oxleas should introduce routine enquiry in its community teams.", None, {"mental_health_services"}),
    ("EPUT must ensure care coordinators record carers' concerns.", None, {"mental_health_services"}),
    (
        "Essex Partnership University NHS Foundation Trust to review its discharge planning.",
        None,
        {"mental_health_services"},
    ),
    ("Barts Health should train emergency staff in routine enquiry.", None, {"hospital"}),
    ("The Royal Cornwall Hospitals Trust should audit its safeguarding referrals.", None, {"hospital"}),
    ("Sheffield Teaching Hospitals to review the maternity booking questions.", None, {"hospital"}),
    ("South East Coast Ambulance Service to review how crews pass on concerns.", None, {"ambulance_service"}),
    ("SECAmb should refresh its safeguarding referral guidance.", None, {"ambulance_service"}),
    ("The Welsh Ambulance Services NHS Trust should share the learning.", None, {"ambulance_service"}),
    (
        "Hywel Dda University Health Board should review its mental health triage.",
        None,
        {"local_health_trust"},
    ),
    ("Betsi Cadwaladr UHB must review how GP notes reach the crisis team.", None, {"local_health_trust"}),
    ("Kent and Medway CCG should commission an IRIS programme.", None, {"integrated_care_board"}),
    (
        "NHS North East London ICB should assure itself that practices record disclosures.",
        None,
        {"integrated_care_board"},
    ),
    ("The ICB's designated safeguarding nurse to brief practice leads.", None, {"integrated_care_board"}),
    ("NHS England and NHS Improvement should include the learning in its bulletin.", None, {"nhs_england"}),
    ("GPs should ask about domestic abuse when patients present with low mood.", None, {"gp"}),
    ("GP practices to record any disclosure on the household members' records.", None, {"gp"}),
    # council services by service name
    ("Adult Social Care should ensure carers' assessments are offered.", None, {"adult_social_care"}),
    (
        "Children's Services must consider the risk posed by a parent's new partner.",
        None,
        {"childrens_social_care"},
    ),
    ("Brighton and Hove City Council's Housing Options team should screen for abuse.", None, {"housing"}),
    ("The Housing Options service should ask about domestic abuse at first contact.", None, {"housing"}),
    (
        "Northshire County Council Adult Social Care to review its safeguarding triage.",
        None,
        {"adult_social_care"},
    ),
    ("Public Health should commission a suicide prevention campaign.", None, {"public_health"}),
    ("Eastbridge Borough Council should review its licensing of taxi drivers.", None, {"local_authority"}),
    # providers and voluntary bodies
    (
        "Change Grow Live should include domestic abuse in its assessment.",
        None,
        {"drug_and_alcohol_services"},
    ),
    ("CGL to review its policy on missed appointments.", None, {"drug_and_alcohol_services"}),
    ("WDP should ensure key workers ask about relationships.", None, {"drug_and_alcohol_services"}),
    ("The IDVA service should record when a victim declines support.", None, {"domestic_abuse_services"}),
    ("Refuge must review its approach to outreach in rural areas.", None, {"domestic_abuse_services"}),
    ("Northshire Women's Aid to review its risk assessment training.", None, {"domestic_abuse_services"}),
    (
        "Victim Support should make sure that contact attempts are recorded.",
        None,
        {"domestic_abuse_services"},
    ),
    ("Clarion Housing Group should train its income officers to spot abuse.", None, {"housing"}),
    ("The housing association should review its approach to tenancy breaches.", None, {"housing"}),
    # probation in all its names
    (
        "The National Probation Service should review its risk of serious harm assessments.",
        None,
        {"probation_service"},
    ),
    ("The CRC should ensure offender managers complete home visits.", None, {"probation_service"}),
    (
        "The Probation Service must review how it shares information with the MARAC.",
        None,
        {"probation_service"},
    ),
    (
        "Probation (NPS and CRC) to agree a shared approach to domestic abuse checks.",
        None,
        {"probation_service"},
    ),
    # departments written out
    ("The Department for Work and Pensions should train work coaches on financial abuse.", None, {"dwp"}),
    ("Jobcentre Plus to display information on domestic abuse support.", None, {"dwp"}),
    ("The Department of Health should amend the guidance on routine enquiry.", None, {"dhsc"}),
    ("The Home Office should amend the statutory guidance for reviews.", None, {"home_office"}),
    ("The Government should consider a register of serial perpetrators.", None, {"other"}),
    # partnerships
    ("The CSP should publish a briefing on coercive control.", None, {"community_safety_partnership"}),
    ("The Partnership to oversee delivery of the action plan.", None, {"community_safety_partnership"}),
    (
        "Safer Eastbridge Partnership should commission a local campaign.",
        None,
        {"community_safety_partnership"},
    ),
    (
        "The Safer Northshire Partnership Board must monitor the action plan.",
        None,
        {"community_safety_partnership"},
    ),
    (
        "The Domestic Abuse Partnership Board should review the local strategy.",
        None,
        {"domestic_abuse_partnership_board"},
    ),
    (
        "The VAWG Strategic Board to consider commissioning a stalking service.",
        None,
        {"domestic_abuse_partnership_board"},
    ),
    ("The MARAC Steering Group should review the referral threshold.", None, {"marac"}),
    ("The MASH should ensure that police notifications are triaged within a day.", None, {"mash"}),
    ("The Safeguarding Adults Board should consider a thematic review.", None, {"safeguarding_adults_board"}),
    # all agencies, in many words
    ("All agencies should make sure staff know how to refer to the MARAC.", None, {"all_agencies"}),
    ("All partner agencies to review their domestic abuse policies.", None, {"all_agencies"}),
    (
        "Each agency represented on the panel should share the learning with its staff.",
        None,
        {"all_agencies"},
    ),
    ("Every agency involved in this review should audit its training.", None, {"all_agencies"}),
    ("Partner agencies to ensure staff understand economic abuse.", None, {"all_agencies"}),
    ("All organisations should check that their policies name coercive control.", None, {"all_agencies"}),
    # joint subjects
    ("The Police and Probation should agree a joint protocol.", None, {"police", "probation_service"}),
    (
        "Adult Social Care and the CCG should jointly commission a carers' pathway.",
        None,
        {"adult_social_care", "integrated_care_board"},
    ),
    (
        "Northshire Police, the Probation Service and the IDVA service to review the MARAC referral form.",
        None,
        {"police", "probation_service", "domestic_abuse_services"},
    ),
    # consulted, partners, letter recipients, audiences: not addressees
    (
        "The CSP should write to the Department for Education about relationships education.",
        None,
        {"community_safety_partnership"},
    ),
    (
        "Adult Social Care, in partnership with the Police, should review the referral pathway.",
        None,
        {"adult_social_care"},
    ),
    (
        "The ICB should seek assurance from GP practices that training is complete.",
        None,
        {"integrated_care_board"},
    ),
    ("The Police should share the learning with Children's Services.", None, {"police"}),
    (
        "Public Health to deliver training to staff working in drug and alcohol services.",
        None,
        {"public_health"},
    ),
    ("NHS England should consider checking the quality of the notes made by the GP.", None, {"nhs_england"}),
    (
        "NHS England to consider whether there is a need to audit the notes kept by the GP.",
        None,
        {"nhs_england"},
    ),
    (
        "A protocol should be jointly agreed by the Probation Service and the MARAC.",
        None,
        {"probation_service", "marac"},
    ),
    ("Training on stalking is to be delivered by the IDVA service.", None, {"domestic_abuse_services"}),
    (
        "NHS England to write into the contract a requirement that GP practices should use the IRIS model.",
        None,
        {"nhs_england"},
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), SUBJECTS)
def test_the_text_names_the_addressee(text: str, context: str | None, expected: set[str]) -> None:
    assert set(lead_agencies(text, context)) == expected


# ------------------------------------------------------------- more shapes: authors, office-holders, lead-ins
MORE: list[tuple[str, str | None, set[str]]] = [
    (
        "That the Community Safety Partnership writes to the Home Office about the guidance.",
        None,
        {"community_safety_partnership"},
    ),
    (
        "It is recommended that Northshire County Council, as commissioner of the IDVA service, reviews the contract.",
        None,
        {"local_authority"},
    ),
    (
        "Both the CCG and the Local Authority should fund the pathway.",
        None,
        {"integrated_care_board", "local_authority"},
    ),
    ("Northshire Police (Public Protection Unit) should review the referral.", None, {"police"}),
    (
        "The Police and Crime Commissioner's office should commission a service.",
        None,
        {"police_and_crime_commissioner"},
    ),
    ("Adult Social Care (ASC) should review carers' assessments.", None, {"adult_social_care"}),
    (
        "Northshire Council's Adult Social Care service should review carers' assessments.",
        None,
        {"adult_social_care"},
    ),
    ("The Local Authority, as lead for the MASH, should review triage.", None, {"local_authority"}),
    ("Her Majesty's Government should legislate for a register.", None, {"other"}),
    ("All GP practices in Northshire should adopt the policy.", None, {"gp"}),
    ("Hospital staff should ask about domestic abuse.", None, {"hospital"}),
    ("DWP work coaches should be trained in economic abuse.", None, {"dwp"}),
    ("Jobcentre staff should be trained in economic abuse.", None, {"dwp"}),
    ("The housing provider should review its tenancy policy.", None, {"housing"}),
    ("The DHR panel recommends that the Police review their call handling.", None, {"police"}),
    ("The review panel recommends that Northshire Police review their call handling.", None, {"police"}),
    ("The Chair of the CSP should write to the Minister.", None, {"community_safety_partnership"}),
    ("NHS England (South West) to share the learning with commissioners.", None, {"nhs_england"}),
    ("The Integrated Care System should commission IRIS.", None, {"integrated_care_board"}),
    (
        "The Safeguarding Adults Board and the Community Safety Partnership should jointly publish the learning.",
        None,
        {"safeguarding_adults_board", "community_safety_partnership"},
    ),
    ("Agencies should ensure staff are trained.", None, {"all_agencies"}),
    (
        "Recommendation 2: Children's Social Care to review its assessment of fathers.",
        None,
        {"childrens_social_care"},
    ),
    ("2. The Probation Service should review its home visit policy.", None, {"probation_service"}),
    (
        "The CSP is asked to ensure that partners share the learning.",
        None,
        {"community_safety_partnership", "all_agencies"},
    ),
    ("In light of this review, the MARAC should review its threshold.", None, {"marac"}),
    ("Where a victim discloses abuse, GPs should offer a referral.", None, {"gp"}),
    ("When officers attend a domestic incident, they should complete a DASH.", None, {"police"}),
    ("Northshire Constabulary must review how it shares information with partners.", None, {"police"}),
    (
        "Change, Grow, Live should review the way it records missed appointments.",
        None,
        {"drug_and_alcohol_services"},
    ),
    ("The CRC and NPS should agree a joint approach.", None, {"probation_service"}),
    (
        "The Department for Levelling Up, Housing and Communities should review the homelessness code.",
        None,
        {"mhclg"},
    ),
    (
        "The Ministry of Justice and HMCTS should review the family court process.",
        None,
        {"ministry_of_justice", "hmcts"},
    ),
    ("Cafcass should ensure that safeguarding letters include police checks.", None, {"hmcts"}),
    ("The Domestic Abuse Commissioner should consider this review.", None, {"domestic_abuse_commissioner"}),
    ("Review the use of the DASH risk checklist.", "All agencies", {"all_agencies"}),
    ("Review the use of the DASH risk checklist.", "Police / Probation", {"police", "probation_service"}),
    (
        "Review the use of the DASH risk checklist.",
        "Northshire Police and Northshire County Council",
        {"police", "local_authority"},
    ),
    (
        "Review the use of the DASH risk checklist.",
        "Lead: Northshire Safeguarding Adults Board",
        {"safeguarding_adults_board"},
    ),
    ("Review the use of the DASH risk checklist.", "Acute Trust (Northshire General Hospital)", {"hospital"}),
    ("Review the use of the DASH risk checklist.", "Northshire General Hospital", {"hospital"}),
    ("Review the use of the DASH risk checklist.", "Mental Health Trust", {"mental_health_services"}),
    ("Review the use of the DASH risk checklist.", "Community Health Trust", {"local_health_trust"}),
    ("Review the use of the DASH risk checklist.", "Health (CCG)", {"integrated_care_board"}),
    ("Review the use of the DASH risk checklist.", "National Probation Service / CRC", {"probation_service"}),
    ("Review the use of the DASH risk checklist.", "Youth Offending Team", {"youth_offending_service"}),
    ("Review the use of the DASH risk checklist.", "Northshire Council Housing Services", {"housing"}),
    ("Review the use of the DASH risk checklist.", "Housing Associations", {"housing"}),
    ("Review the use of the DASH risk checklist.", "Registered Social Landlords", {"housing"}),
    (
        "Review the use of the DASH risk checklist.",
        "Children's Social Care and Early Help",
        {"childrens_social_care"},
    ),
    (
        "Review the use of the DASH risk checklist.",
        "Adult Social Care and Children's Social Care",
        {"adult_social_care", "childrens_social_care"},
    ),
    ("Review the use of the DASH risk checklist.", "Department for Work and Pensions (DWP)", {"dwp"}),
    ("Review the use of the DASH risk checklist.", "HMPPS", {"probation_service"}),
]


@pytest.mark.parametrize(("text", "context", "expected"), MORE)
def test_more_addressee_shapes(text: str, context: str | None, expected: set[str]) -> None:
    assert set(lead_agencies(text, context)) == expected


# ----------------------------------------------------------- long real-style sentences: joint, passive, actors
SENTENCES: list[tuple[str, str | None, set[str]]] = [
    (
        "That Northshire Police and Northshire Adult Social Care work together to develop a joint protocol.",
        None,
        {"police", "adult_social_care"},
    ),
    (
        "That a multi-agency audit of DASH completion is undertaken by the CSP.",
        None,
        {"community_safety_partnership"},
    ),
    (
        "Northshire CSP to seek assurance from all partner agencies that staff are trained.",
        None,
        {"community_safety_partnership"},
    ),
    ("That all agencies ensure that their staff are aware of the referral route.", None, {"all_agencies"}),
    (
        "The Home Office to consider amending the statutory guidance to include suicide.",
        None,
        {"home_office"},
    ),
    (
        "That the learning from this review is shared with all partner agencies.",
        "Safer Northshire Partnership",
        {"community_safety_partnership"},
    ),
    ("Each agency to review its policy on missed appointments.", None, {"all_agencies"}),
    ("That the MARAC Coordinator ensures that actions are completed.", None, {"marac"}),
    (
        "That the Local Safeguarding Children Board and the Safeguarding Adults Board jointly publish guidance.",
        None,
        {"children_safeguarding_board", "safeguarding_adults_board"},
    ),
    (
        "Northshire County Council and the CCG to jointly commission an outreach service.",
        None,
        {"local_authority", "integrated_care_board"},
    ),
    ("That the Police review their response to repeat callers.", None, {"police"}),
    ("The Police should, as a matter of urgency, review the call.", None, {"police"}),
    ("Consideration should be given by the Probation Service to home visits.", None, {"probation_service"}),
    (
        "Children's Social Care should ensure that the views of the child are recorded.",
        None,
        {"childrens_social_care"},
    ),
    ("The CCG should work with GP practices to improve recording.", None, {"integrated_care_board"}),
    (
        "The Trust to ensure that all staff complete level 3 safeguarding training.",
        "Northshire University Hospitals NHS Trust",
        {"hospital"},
    ),
    ("Northshire Police should ensure that officers record the relationship.", None, {"police"}),
    ("Housing providers should ensure that tenants know how to report abuse.", None, {"housing"}),
    (
        "The Partnership should ask the Home Office to review the guidance.",
        None,
        {"community_safety_partnership"},
    ),
    ("The CSP to lobby the Government for a change in the law.", None, {"community_safety_partnership"}),
    (
        "A briefing should be produced by the Community Safety Partnership for all agencies.",
        None,
        {"community_safety_partnership"},
    ),
    (
        "The Police, Probation and Children's Services should review information sharing.",
        None,
        {"police", "probation_service", "childrens_social_care"},
    ),
    (
        "The Ambulance Service should ensure that crews report safeguarding concerns.",
        None,
        {"ambulance_service"},
    ),
    ("The Mental Health Trust to review its policy on carers.", None, {"mental_health_services"}),
    ("The Acute Trust should train emergency department staff.", None, {"hospital"}),
    ("Northshire Women's Aid to extend its outreach to rural areas.", None, {"domestic_abuse_services"}),
    ("The substance misuse service should screen for domestic abuse.", None, {"drug_and_alcohol_services"}),
    (
        "The Youth Offending Service should consider the risk to the young person's mother.",
        None,
        {"youth_offending_service"},
    ),
    ("Schools should teach about healthy relationships.", None, {"school"}),
    ("The Designated Safeguarding Lead at the school should record the disclosure.", None, {"school"}),
    ("DASH risk assessments should be completed by officers at every incident.", None, {"police"}),
    (
        "Training on coercive control should be delivered to all GPs.",
        "NHS Northshire ICB",
        {"integrated_care_board"},
    ),
    (
        "The CSP chair should write to the Domestic Abuse Commissioner.",
        None,
        {"community_safety_partnership"},
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), SENTENCES)
def test_real_style_sentences(text: str, context: str | None, expected: set[str]) -> None:
    assert set(lead_agencies(text, context)) == expected
