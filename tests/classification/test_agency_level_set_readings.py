"""Agencies read from the level sets' agency labels (``python -m evaluation.level_sets_agencies``): the general
readings behind their errors (invented names and wording, in the shapes real reports use)."""

from __future__ import annotations

import pytest

from classification.addressees import lead_agencies


@pytest.mark.parametrize(
    ("text", "context", "want"),
    [
        # "<force area> Police and Crime Commissioner": the commissioner, not the force whose name it starts with
        ("The Dyfed-Powys Police and Crime Commissioner should commission a service for male victims.", None,
         ["police_and_crime_commissioner"]),
        ("The Kent Police and Crime Commissioner should fund outreach for rural victims.", None,
         ["police_and_crime_commissioner"]),
        ("The Avon and Somerset Police and Crime Commissioner should fund a helpline.", None,
         ["police_and_crime_commissioner"]),
        # a police authority (the PCC's predecessor; the City of London's still is one)
        ("The City of London Police Authority Board should seek evidence that the training reaches officers.", None,
         ["police_and_crime_commissioner"]),
        # an elected mayor who holds the PCC's functions, and "The Mayor" under such a heading
        ("The Mayor should fund a helpline for male victims.", "Mayor of West Yorkshire",
         ["police_and_crime_commissioner"]),
        ("The South Yorkshire Mayoral Combined Authority should commission specialist advocacy.", None,
         ["police_and_crime_commissioner"]),
        # Wales' regional safeguarding boards, named in the text or in the heading of subject-less text
        ("The North Wales Safeguarding Board should publish a learning briefing.", None,
         ["safeguarding_adults_board"]),
        ("The Cardiff and Vale Regional Safeguarding Board should publish a practice briefing.", None,
         ["safeguarding_adults_board"]),
        ("Publish a practice guide on homicide-suicide in older couples.",
         "Cardiff and Vale Regional Safeguarding Board", ["safeguarding_adults_board"]),
        ("Share this review with practitioners across Gwent.", "Gwent Safeguarding Board",
         ["safeguarding_adults_board"]),
        # council directorates by their local names
        ("Health and Adult Services should include abuse by a family member in the carers' strategy.",
         "North Yorkshire County Council", ["adult_social_care"]),
        ("Adult and Community Services to consider abuse when a woman's husband is her only carer.",
         "Suffolk County Council", ["adult_social_care"]),
        ("Children's and Young People's Service should make sure that a teenager is seen alone.",
         "North Yorkshire County Council", ["childrens_social_care"]),
        ("Safer Communities Torbay should run a local campaign for male victims.", None,
         ["community_safety_partnership"]),
        # a body given something in an "ensure that" clause, with its staff noun or "in the region" between
        ("NHS Devon should ensure that primary care staff receive training on coercive control.", None,
         ["integrated_care_board"]),
        ("NHS England's regional team should ensure that GP practices in the region receive the learning.", None,
         ["nhs_england"]),
        # ... but a body told to act is still labelled (rule 4)
        ("The ICB should ensure that GP practices in the city add MARAC information to the record.", None,
         ["integrated_care_board", "gp"]),
        ("The ICB should ensure that primary care staff ask about abuse.", None, ["integrated_care_board", "gp"]),
        # "make sure that" as "ensure that": a trust's own staff made to act are the trust (its community arm is
        # local_health_trust); a quantified provider class ("every GP practice") acts beside its commissioner
        ("Riverton Partnership NHS Trust should make sure that its health visitors record a new partner's name.",
         None, ["local_health_trust"]),
        ("Make sure that community nurses record concerns about a spouse's behaviour.",
         "Gloucestershire Health and Care NHS Foundation Trust", ["local_health_trust"]),
        ("The CCG should make sure that every GP practice in the Vale has a named lead for domestic abuse.", None,
         ["integrated_care_board", "gp"]),
        # the force alone is still the force
        ("Dyfed-Powys Police should review its response to male victims.", None, ["police"]),
    ],
)  # fmt: skip
def test_level_set_readings(text: str, context: str | None, want: list[str]) -> None:
    assert sorted(lead_agencies(text, context)) == sorted(want)
