"""Readings added from agencies set L's errors (own-words texts; LABELLING-GUIDE agencies rules 1-5): an ICB by
its area's initials after "NHS"; "make sure that" as a verb of requiring; "practices" alone as a primary care
commissioner's GP practices; a body asked FOR information is no addressee; "the borough's" service in a lead-in; a
Welsh health board's own mental health team is the board; a named or designated post is the heading's body's;
real local brands of drug and alcohol, domestic abuse, housing and community health services."""

from __future__ import annotations

import pytest

from classification.addressees import lead_agencies
from classification.agencies import find_agencies


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("NHS GM (Rochdale) should review its policy.", "integrated_care_board"),
        ("NHS C&M should review its policy.", "integrated_care_board"),
        ("NHS SWL to commission an IDVA in each hospital.", "integrated_care_board"),
    ],
)
def test_an_icb_by_its_areas_initials_after_nhs(text: str, agency: str) -> None:
    assert [m.agency for m in find_agencies(text)][:1] == [agency]


@pytest.mark.parametrize(
    "text", ["NHS FT staff should be trained.", "NHS CB guidance applies.", "NHS A&E staff"]
)
def test_the_nhss_own_initials_words_are_no_icb(text: str) -> None:
    assert "integrated_care_board" not in {m.agency for m in find_agencies(text)}


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # rule 4 after "make sure that", as after "ensure that"
        (
            "Primary care commissioners should make sure that GP practices add an alert to the record.",
            "NENC ICB (Tees Valley)",
            {"integrated_care_board", "gp"},
        ),
        # "practices" alone, told to act by a primary care commissioner: its GP practices
        (
            "NHS GM (Rochdale), which took over the work of HMR CCG, should ensure that practices in the borough "
            "add a MARAC code to the record of each patient discussed at the meeting.",
            None,
            {"integrated_care_board", "gp"},
        ),
        # ... not "good practices" shared by it, nor practices after another body's verb
        ("The ICB should share good practices with partners.", None, {"integrated_care_board"}),
        ("The police should ensure that practices of coercive control are recorded.", None, {"police"}),
        # ... not where they are only to receive something (set E)
        (
            "The ICB should make sure that GP practices receive the MARAC outcome for their patients.",
            None,
            {"integrated_care_board"},
        ),
        # a body asked FOR information is a source, not an addressee (rule 2)
        (
            "Make sure that the police are asked for call-out information before every review of a sentence plan.",
            "The Probation Service",
            {"probation_service"},
        ),
        # a lead-in's "the borough's" service: the area's service, not the council
        (
            "asks every client about abuse in their relationships at each review of the recovery plan.",
            "It is recommended that the borough's drug and alcohol service, run by Change Grow Live:",
            {"drug_and_alcohol_services"},
        ),
        # a Welsh health board's own mental health team is the board (sets B, F, J-L)
        (
            "The Health Board's Blaenau Gwent community mental health team to ask about domestic abuse at each "
            "review.",
            None,
            {"local_health_trust"},
        ),
        (
            "BCUHB's Flintshire Community Mental Health Team to record the name of each person a patient lives with.",
            "Betsi Cadwaladr University Health Board (BCUHB)",
            {"local_health_trust"},
        ),
        (
            "Hywel Dda University Health Board should ensure that its crisis team asks about abuse.",
            None,
            {"local_health_trust"},
        ),
        # ... while a mental health trust beside a board is a body of its own
        (
            "The Health Board and the mental health trust should agree a protocol.",
            None,
            {"local_health_trust", "mental_health_services"},
        ),
        # a named post is the heading's body's (rule 3), not the trade's
        (
            "It is recommended that a named GP for safeguarding adults is appointed for the East Riding.",
            "HNY ICB",
            {"integrated_care_board"},
        ),
        ("GPs should record who attends each appointment.", "HNY ICB", {"gp", "integrated_care_board"}),
        # local brands (gazetteer data)
        (
            "Early Break, with support from the borough's IDVA service, to ask young people about abuse.",
            None,
            {"drug_and_alcohol_services"},
        ),
        (
            "Make the domestic abuse screening question a required field.",
            "Adferiad (formerly CAIS)",
            {"drug_and_alcohol_services"},
        ),
        (
            "Review how IDVA caseloads are allocated when a victim moves into the area.",
            "Blue Door",
            {"domestic_abuse_services"},
        ),
        (
            "Train neighbourhood officers to recognise economic abuse during a rent arrears visit.",
            "ClwydAlyn",
            {"housing"},
        ),
        (
            "District nurses to record who else lives with a housebound patient.",
            "CHCP",
            {"local_health_trust"},
        ),
        (
            "PCFT should ensure that the Home Treatment Team records the name of the person a patient lives with.",
            None,
            {"mental_health_services"},
        ),
    ],
)
def test_set_l_readings(text: str, context: str | None, expected: set[str]) -> None:
    assert set(lead_agencies(text, context)) == expected


def test_initials_with_a_linking_words_letter_in_lower_case() -> None:
    # "NLaG" for Northern Lincolnshire and Goole, listed as "NLAG"
    assert [m.agency for m in find_agencies("NLaG should review its discharge letters.")] == ["hospital"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's own head noun after its kind ("domiciliary care agency") and people doing something
        # ("Paramedics attending calls ...") name the subject: an "All agencies" heading does not override them
        (
            "The domiciliary care agency should ensure that carers report any injury to a client.",
            ["care_provider"],
        ),
        ("Paramedics attending calls from an address should be able to see any flag.", ["ambulance_service"]),
        # ... while a body modifying a thing that is to be done is no actor: the heading's
        ("Police notifications should be triaged within a day.", ["all_agencies"]),
        ("GP records should be shared with the MARAC.", ["all_agencies"]),
    ],
)
def test_a_subject_named_by_kind_or_by_people_acting(text: str, expected: list[str]) -> None:
    assert lead_agencies(text, "All agencies") == expected
