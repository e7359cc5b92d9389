"""Addressee variants written for these tests (own words, invented places where the place does not matter): the
heading or Lead Agency cell names the addressee (passive or subject-less text), labelled by LABELLING-GUIDE.md.

Each case is (recommendation text, heading / Lead Agency cell, the addressee ids expected).
"""

from __future__ import annotations

import pytest

from classification.addressees import lead_agencies

# ------------------------------------------------------------------------- the heading or Lead Agency cell
HEADINGS: list[tuple[str, str | None, set[str]]] = [
    ("A review of the referral pathway should be undertaken.", "Lead agency: Northshire Police", {"police"}),
    ("To review the process for recording third-party reports.", "Essex Police", {"police"}),
    ("Review the training offered to call handlers.", "Metropolitan Police Service (MPS)", {"police"}),
    ("Training on coercive control to be refreshed.", "Avon and Somerset Constabulary", {"police"}),
    ("To review the discharge procedure.", "Pennine Care NHS Foundation Trust", {"mental_health_services"}),
    (
        "Audit the use of the routine enquiry question.",
        "Homerton Healthcare NHS Foundation Trust",
        {"hospital"},
    ),
    (
        "To ensure notes from the emergency department reach the GP.",
        "University Hospitals Plymouth",
        {"hospital"},
    ),
    (
        "A safeguarding supervision model to be embedded.",
        "Kent Community Health NHS Foundation Trust",
        {"local_health_trust"},
    ),
    (
        "To review how crews record concerns.",
        "East of England Ambulance Service NHS Trust",
        {"ambulance_service"},
    ),
    ("Review how conveyance decisions are recorded.", "WAST", {"ambulance_service"}),
    ("To commission training for practice staff.", "Hackney CCG", {"integrated_care_board"}),
    ("To commission training for practice staff.", "NHS Kernow", {"integrated_care_board"}),
    ("To review the primary care safeguarding policy.", "Norfolk and Waveney ICB", {"integrated_care_board"}),
    ("To remind clinicians to record disclosures.", "Primary Care (GP)", {"gp"}),
    ("To review the carers' assessment offer.", "Adults, Health and Care", {"adult_social_care"}),
    ("To review the carers' assessment offer.", "Adults Social Care", {"adult_social_care"}),
    ("To review the carers' assessment offer.", "Adult Care and Health", {"adult_social_care"}),
    (
        "To review the carers' assessment offer.",
        "Adult Social Care and Health, Kent County Council",
        {"adult_social_care"},
    ),
    ("Review the early help offer.", "Children, Young People and Families", {"childrens_social_care"}),
    ("Review the early help offer.", "Family Services", {"childrens_social_care"}),
    ("To include domestic abuse in housing assessments.", "Housing Options", {"housing"}),
    ("To include domestic abuse in housing assessments.", "Housing Needs Service", {"housing"}),
    ("To include domestic abuse in housing assessments.", "Landlord Services", {"housing"}),
    ("To include domestic abuse in housing assessments.", "Peabody Trust", {"housing"}),
    (
        "Review how missed appointments are followed up.",
        "Change Grow Live (CGL)",
        {"drug_and_alcohol_services"},
    ),
    (
        "Review how missed appointments are followed up.",
        "Substance Misuse Service",
        {"drug_and_alcohol_services"},
    ),
    ("Review how missed appointments are followed up.", "Kenward Trust", {"drug_and_alcohol_services"}),
    (
        "Review how missed appointments are followed up.",
        "Community Drug and Alcohol Team",
        {"drug_and_alcohol_services"},
    ),
    ("Case notes to record the reason for closure.", "IDVA Service", {"domestic_abuse_services"}),
    (
        "Case notes to record the reason for closure.",
        "Independent Domestic Violence Advisor service",
        {"domestic_abuse_services"},
    ),
    ("Case notes to record the reason for closure.", "Wearside Women in Need", {"domestic_abuse_services"}),
    ("Case notes to record the reason for closure.", "BSafe", {"domestic_abuse_services"}),
    ("Case notes to record the reason for closure.", "Victim Support", {"domestic_abuse_services"}),
    (
        "Case notes to record the reason for closure.",
        "Northshire Domestic Abuse Service",
        {"domestic_abuse_services"},
    ),
    (
        "To review risk assessments at the point of release.",
        "Community Rehabilitation Company (CRC)",
        {"probation_service"},
    ),
    ("To review risk assessments at the point of release.", "Durham Tees Valley CRC", {"probation_service"}),
    ("To review risk assessments at the point of release.", "NPS and CRC", {"probation_service"}),
    ("To review risk assessments at the point of release.", "Probation", {"probation_service"}),
    ("Staff to be trained in spotting financial abuse.", "Jobcentre Plus (DWP)", {"dwp"}),
    ("A local campaign to be commissioned.", "The CSP", {"community_safety_partnership"}),
    ("A local campaign to be commissioned.", "Safer Sefton Together", {"community_safety_partnership"}),
    ("A local campaign to be commissioned.", "Safe Newcastle", {"community_safety_partnership"}),
    (
        "A local campaign to be commissioned.",
        "Nottingham Crime and Drugs Partnership",
        {"community_safety_partnership"},
    ),
    (
        "A local campaign to be commissioned.",
        "Community Safety Partnership Board",
        {"community_safety_partnership"},
    ),
    ("A local campaign to be commissioned.", "DHR Panel", {"community_safety_partnership"}),
    (
        "The strategy to be refreshed.",
        "Domestic Violence and Abuse Strategic Partnership",
        {"domestic_abuse_partnership_board"},
    ),
    (
        "The strategy to be refreshed.",
        "Domestic Abuse Focus Executive Group",
        {"domestic_abuse_partnership_board"},
    ),
    ("The strategy to be refreshed.", "DA Strategic Board", {"domestic_abuse_partnership_board"}),
    ("To raise awareness of the Clare's Law scheme.", "All Agencies", {"all_agencies"}),
    ("To raise awareness of the Clare's Law scheme.", "All partner agencies", {"all_agencies"}),
    ("To raise awareness of the Clare's Law scheme.", "Multi-agency", {"all_agencies"}),
    ("To raise awareness of the Clare's Law scheme.", "All panel members", {"all_agencies"}),
    (
        "To raise awareness of the Clare's Law scheme.",
        "All agencies involved in this review",
        {"all_agencies"},
    ),
    ("Referrals to be screened within one working day.", "Multi-Agency Safeguarding Hub (MASH)", {"mash"}),
    ("School staff to receive training on teenage relationship abuse.", "Education", {"school"}),
    ("Review the home fire safety visit checklist.", "Kent Fire and Rescue Service", {"other"}),
    # several agencies in one heading
    ("A joint protocol to be agreed.", "Police and Probation", {"police", "probation_service"}),
    (
        "A joint protocol to be agreed.",
        "Health - CCG, community trust and acute hospital",
        {"integrated_care_board", "local_health_trust", "hospital"},
    ),
    # the text's own subject wins over the heading
    (
        "Kent Police, in consultation with KSCS, should review the referral matrix.",
        "Kent Police | KSCS",
        {"police"},
    ),
    (
        "KMPT must consult Kent Police when drafting the section.",
        "KMPT | Kent Police",
        {"mental_health_services"},
    ),
    (
        "All agencies should read the seven golden rules.",
        "Harlow Community Safety Partnership",
        {"all_agencies"},
    ),
    # a body the text only consults is no addressee, even when the heading lists it
    (
        "To review the referral matrix in consultation with Children's Services.",
        "Kent Police | Children's Services",
        {"police"},
    ),
    # generic subjects take the heading
    (
        "The Trust should review its policy on missed appointments.",
        "Oxleas NHS Foundation Trust",
        {"mental_health_services"},
    ),
    ("The Council should review its housing allocation policy.", "Housing Options", {"housing"}),
    (
        "The service should record why a case was closed.",
        "Nottingham Recovery Network",
        {"drug_and_alcohol_services"},
    ),
    ("Key agencies to gain a better understanding of suicide risk.", "Public Health", {"public_health"}),
    ("Relevant agencies to review their training.", "Northshire Police", {"police"}),
    (
        "Social workers should ask about contact arrangements.",
        "Children's Services",
        {"childrens_social_care"},
    ),
    ("Officers should check for previous incidents at the address.", "Housing Options", {"housing"}),
    (
        "Practitioners should be curious about a victim's reasons for not engaging.",
        "Adult Social Care",
        {"adult_social_care"},
    ),
    # the actor of the change beside the commissioner that heads it (LABELLING-GUIDE rule 4)
    (
        "GP practices to record any disclosure on the child's record.",
        "Northshire CCG",
        {"gp", "integrated_care_board"},
    ),
    (
        "Each GP surgery should have a domestic abuse policy, which should be audited by practice managers.",
        "NHS Kernow",
        {"gp", "integrated_care_board"},
    ),
    ("The police response to repeat callers should be reviewed.", None, {"police"}),
    ("GP records should show who else lives in the household.", "Northshire CCG", {"integrated_care_board"}),
    ("Housing staff should be trained to recognise economic abuse.", None, {"housing"}),
]


@pytest.mark.parametrize(("text", "context", "expected"), HEADINGS)
def test_the_heading_names_the_addressee(text: str, context: str | None, expected: set[str]) -> None:
    assert set(lead_agencies(text, context)) == expected


# ------------------------------------------------------- headings as extraction passes them (tags, labels, lists)
HEADING_SHAPES: list[tuple[str, set[str]]] = [
    ("10 (CCG)", {"integrated_care_board"}),
    ("Recommendation 4 (Police)", {"police"}),
    ("Theme 2 - Policing | Northshire Police", {"police"}),
    ("Single agency recommendations: Northshire Police", {"police"}),
    ("Agency: Adult Social Care", {"adult_social_care"}),
    ("Lead agency: CSP / All agencies", {"community_safety_partnership", "all_agencies"}),
    ("Responsible agency - Housing Options", {"housing"}),
    ("Owner: Public Health", {"public_health"}),
    ("Lead: Probation", {"probation_service"}),
    ("Northshire Police; Northshire County Council", {"police", "local_authority"}),
    ("Police & Children's Services", {"police", "childrens_social_care"}),
    ("CCG/ICB", {"integrated_care_board"}),
    ("Northshire Safeguarding Adults Board (NSAB)", {"safeguarding_adults_board"}),
    ("Domestic Abuse Commissioning Team, Northshire County Council", {"local_authority_commissioners"}),
    ("Northshire Council Community Safety Team", {"council_community_safety_team"}),
    ("IDVA Service (Victim Support)", {"domestic_abuse_services"}),
    ("Recovery Partnership (CGL)", {"drug_and_alcohol_services"}),
    ("NPS", {"probation_service"}),
    ("Her Majesty's Prison and Probation Service (HMPPS)", {"probation_service"}),
    ("Department for Education / Ofsted", {"dfe", "other"}),
    ("Single Agency: Northshire University Hospitals NHS Trust", {"hospital"}),
    ("Northshire and Southshire Mental Health Partnership Trust", {"mental_health_services"}),
    (
        "The Safeguarding Children Partnership and the Safeguarding Adults Board",
        {"children_safeguarding_board", "safeguarding_adults_board"},
    ),
    ("GP Practices / CCG", {"gp", "integrated_care_board"}),
    ("Probation Service (formerly CRC)", {"probation_service"}),
    ("Health visiting (0-19 service)", {"community_health"}),
]


@pytest.mark.parametrize(("context", "expected"), HEADING_SHAPES)
def test_heading_shapes(context: str, expected: set[str]) -> None:
    assert set(lead_agencies("To review the process for recording missed appointments.", context)) == expected
