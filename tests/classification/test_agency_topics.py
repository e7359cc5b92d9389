"""Addressees implied by a recommendation's topic (classification/agency_topics.py), in sentences written for
these tests: firearms licensing, sharing between agencies, every agency's practitioners, one kind of agency's
duties and systems (classification/data/agency_topics.json), unknown named voluntary bodies."""

from __future__ import annotations

import pytest

from classification.addressees import lead_agencies
from classification.agency_topics import duty_owner, unknown_named_subject


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Niche records should show whether children were present.", "police"),
        # the duty named only after the verb may be another body's: none
        ("Practices to be reminded to attend child protection conferences.", None),
        # ... unless the subject is the service's user
        ("A claimant who discloses abuse should have the claimant commitment reviewed.", "dwp"),
        ("OASys assessments should be reviewed when a person on licence moves address.", "probation_service"),
        ("Section 42 enquiries should include a conversation with the adult alone.", "adult_social_care"),
        ("Methadone reviews should ask who holds the client's medication.", "drug_and_alcohol_services"),
        # two kinds of agency's duties: none (the learned fallback decides)
        ("Bail conditions should be shared with the care coordinator.", None),
        ("Staff should be trained on coercive control.", None),
    ],
)
def test_duty_owner(text: str, want: str | None) -> None:
    assert duty_owner(text) == want


@pytest.mark.parametrize(
    ("text", "context", "want"),
    [
        # the duty names the addressee only where the text names none and there is no heading
        ("A DVPN should be considered after every arrest for a domestic assault.", None, ["police"]),
        ("A DVPN should be considered after every arrest.", "Eastby Council", ["local_authority"]),
        ("Housing Options should ask whether a DVPN was issued.", None, ["housing"]),
        # a partner it is shared with is no rival; a body the text names otherwise leaves it to the fallback
        ("Tenancy checks should be shared with the MASH.", None, ["housing"]),
        ("Tenancy checks should include the MASH flag.", None, []),
        # firearms licensing: the police; national change to it: the Home Office
        (
            "The grant of a shotgun certificate should wait for the applicant's medical report.",
            None,
            ["police"],
        ),
        ("The Firearms Act should require a medical report before any grant.", None, ["home_office"]),
        # national guidance it is only to follow: still the police
        (
            "The Chief Officer should make sure the Home Office guidance on firearms licensing is followed.",
            None,
            ["police"],
        ),
    ],
)
def test_topic_owner_in_the_rules(text: str, context: str | None, want: list[str]) -> None:
    assert lead_agencies(text, context) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # those who are to work or share together are the addressees; a place moved between is none
        ("Strengthen joint working between the mental health trust and the domestic abuse service.",
         ["mental_health_services", "domestic_abuse_services"]),
        ("Where a family moves between local authorities, the case file should be sent in full.", []),
        ("Staff to be familiar with the Trust's domestic abuse policy.", []),
    ],
)  # fmt: skip
def test_between_and_generic_references(text: str, want: list[str]) -> None:
    assert sorted(lead_agencies(text)) == sorted(want)


def test_unknown_named_subject() -> None:
    assert (
        unknown_named_subject("The Eastby Carers Centre should train volunteers.") == "Eastby Carers Centre"
    )
    assert unknown_named_subject("Eastby Women's Aid should extend its hours.") is None


@pytest.mark.parametrize(
    ("text", "context", "want"),
    [
        # a hospital's own clinics (outpatients, specialist clinics, A&E): the acute trust
        (
            "Outpatient appointments that are missed twice should prompt a call to the patient.",
            None,
            ["hospital"],
        ),
        (
            "Guidance for specialist clinics on patients who stop attending should be written.",
            None,
            ["hospital"],
        ),
        # public information and campaigns with no body named: the commissioning partnership
        (
            "A public awareness campaign on stalking should be run in the spring.",
            None,
            ["community_safety_partnership"],
        ),
        (
            "Information about domestic abuse should be made available in libraries and community centres.",
            None,
            ["community_safety_partnership"],
        ),
        # a body named beside the campaign is left to the fallback; a heading names the addressee
        ("Information about domestic abuse should be displayed in GP surgeries.", None, []),
        ("A publicity campaign on coercive control should be run.", "Eastby Council", ["local_authority"]),
    ],
)
def test_clinics_and_public_campaigns(text: str, context: str | None, want: list[str]) -> None:
    assert lead_agencies(text, context) == want
