"""An "&" inside an organisation's name reads as "and": the name is not cut at it ("Sheffield Health & Social Care
NHS Foundation Trust" is one mental health trust, not "Health" and a "Social Care ... Trust")."""

from __future__ import annotations

import pytest

from classification.agencies import find_agencies, normalise_agency
from classification.gazetteer import PHRASES


@pytest.mark.parametrize("joiner", ["and", "&"])
def test_a_known_trust_with_and_or_ampersand(joiner: str) -> None:
    name = f"Sheffield Health {joiner} Social Care NHS Foundation Trust"
    found = find_agencies(f"Recommendation for {name} to review its policy.")
    assert [(m.text, m.agency) for m in found] == [(name, "mental_health_services")]
    assert normalise_agency(name) == "mental_health_services"


def test_a_known_trust_short_name_with_ampersand() -> None:
    found = find_agencies("Sheffield Health & Social Care should audit its records.")
    assert [(m.text, m.agency) for m in found] == [
        ("Sheffield Health & Social Care", "mental_health_services")
    ]


def test_a_gazetteer_phrase_with_ampersand() -> None:
    # every phrase with "and" has its "&" spelling, with the same id unless another phrase already holds it
    spelled = {p.lower() for ps in PHRASES.values() for p in ps}
    for phrases in PHRASES.values():
        for p in phrases:
            if " and " in p.lower():
                assert p.lower().replace(" and ", " & ") in spelled
    found = find_agencies("The Adult Health & Social Care team should review.")
    assert [(m.text, m.agency) for m in found] == [("Adult Health & Social Care", "adult_social_care")]
