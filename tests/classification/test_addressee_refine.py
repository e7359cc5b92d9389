"""The addressee readings of :mod:`classification.addressee_refine` and the long-tail names beside them (own-words
texts, LABELLING-GUIDE agencies rules 1, 3 and 5): a tag left before the text, "including X" in a subject, the
agent of a participle describing a noun, a trust of unclear type typed by its own team, "&" in a known trust's
name, multi-academy trusts and colleges, refuges, a council's commissioning and family support services."""

from __future__ import annotations

import pytest

from classification.addressee_refine import split_tag
from classification.addressees import lead_agencies


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # a tag in brackets left before the text by the reader: the numbering's tag (rule 3)
        ("(CCG) Commission a specialist service for older victims.", None, ["integrated_care_board"]),
        # ... which gives nothing beside a subject the text names (rule 1)
        ("(NPS) The police should share call-out records with offender managers.", None, ["police"]),
        # a bracket that names no body is no tag
        ("(Priority) Review the referral pathway.", None, []),
        # "including X" inside the subject: X acts too
        (
            "Each agency, including the ambulance service, should record who was present.",
            None,
            ["all_agencies", "ambulance_service"],
        ),
        # ... not an audience after the verb
        ("Training should be offered to staff in all agencies, including GP practices.", None, []),
        # the agent of a participle describing a noun did the thing described, not what is asked
        (
            "Call back every caller referred by the police within a day.",
            "Northshire IDVA Service",
            ["domestic_abuse_services"],
        ),
        # ... while a passive agent acts
        ("Records should be regularly reviewed by the CCG.", None, ["integrated_care_board"]),
        # initials of an unknown trust whose own crisis team the text names: a mental health trust
        ("NMHFT to make sure that its crisis team calls the family.", None, ["mental_health_services"]),
        # ... with no such team the type stays unclear
        ("NMHFT to make sure that patients are asked about abuse.", None, ["local_health_trust"]),
        # "&" written for "and" in a known trust's name
        (
            "Camden & Islington NHS Foundation Trust should record the carer's name.",
            None,
            ["mental_health_services"],
        ),
        (
            "Kent & Medway NHS and Social Care Partnership Trust should record the carer's name.",
            None,
            ["mental_health_services"],
        ),
        # a multi-academy trust and a further education college run schools; royal colleges do not
        ("The Oakwood Learning Trust should train a deputy lead in every school.", None, ["school"]),
        ("Westbridge College to teach healthy relationships to every student.", None, ["school"]),
        ("The Royal College of Psychiatrists should publish guidance.", None, ["other"]),
        # a refuge (LABELLING-GUIDE rule 5: Refuge, IDVA services, women's aid)
        ("The refuge should offer each resident a follow-up call.", None, ["domestic_abuse_services"]),
        # a council's commissioning and family support services by their names
        (
            "Strategic Commissioning should add a domestic abuse clause to housing contracts.",
            "Northshire County Council",
            ["local_authority_commissioners"],
        ),
        (
            "The Strengthening Families service to ask both parents about abuse.",
            "Northshire County Council",
            ["childrens_social_care"],
        ),
        # a CSP's forum, and the office of a Police, Fire and Crime Commissioner beside the force
        ("The Forum to update the directory of local services.", None, ["domestic_abuse_partnership_board"]),
        (
            "Northshire Police and the Office of the Police, Fire and Crime Commissioner should agree a protocol.",
            None,
            ["police", "police_and_crime_commissioner"],
        ),
    ],
)
def test_long_tail_addressees(text: str, context: str | None, expected: list[str]) -> None:
    assert lead_agencies(text, context) == expected


def test_split_tag_keeps_offsets() -> None:
    text = "(CCG) Commission a service."
    blanked, context = split_tag(text, None)
    assert len(blanked) == len(text) and blanked.strip() == "Commission a service."
    assert context == "CCG"
    # a heading that came with the text stays the context
    assert split_tag(text, "Northshire Police") == (text, "Northshire Police")


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # "X should be supported by Y to ...": X acts, Y supports (rule 2)
        (
            "The Eastmoor IDVA Service should be supported by Eastmoor Council to run a drop-in clinic.",
            None,
            ["domestic_abuse_services"],
        ),
        # a passive with its agent after "by": a body inside the subject noun phrase is not asked (rule 1)
        (
            "Funding for a hospital youth worker should be agreed by the Integrated Care Board.",
            None,
            ["integrated_care_board"],
        ),
        # "X, supported by Y, should:" and "X (lead); Y (support)" lead-ins: X only (rule 2)
        (
            "review the risk tool.",
            "Northshire Police, supported by the Probation Service, should:",
            ["police"],
        ),
        ("Review the risk tool.", "Northshire Police (lead); Northshire Women's Aid (support)", ["police"]),
        # an imperative under a heading: a body in the verb's object is not the subject (rule 3)
        ("Fund a specialist IDVA for older victims.", "Northshire OPCC", ["police_and_crime_commissioner"]),
        (
            "Contact every victim within a day of a police referral.",
            "Northshire Women's Aid",
            ["domestic_abuse_services"],
        ),
        # ... but "Both X and Y to ..." is a joint subject (rule 1)
        ("Both the GP practice and the police to review how they share records.", None, ["gp", "police"]),
        # local names of real bodies (rule 5)
        ("Poplar HARCA should train its estate officers.", None, ["housing"]),
        ("Assia should offer an IDVA again within a week.", None, ["domestic_abuse_services"]),
        ("SWP should record every refusal.", None, ["police"]),
        # "require police evidence": the body modifies the object, it is not told to act; "require X to" still is
        ("Housing Options should not require police evidence first.", None, ["housing"]),
        (
            "The ICB should require every GP practice in the area to name a lead.",
            None,
            ["gp", "integrated_care_board"],
        ),
        # a CSP under its local name, "Police and Crime Board" (rule 5: whatever its local name)
        (
            "The Eastmoor Police and Crime Board should receive a report.",
            None,
            ["community_safety_partnership"],
        ),
    ],
)
def test_supporters_agents_and_local_names(text: str, context: str | None, expected: list[str]) -> None:
    assert sorted(lead_agencies(text, context)) == sorted(expected)
