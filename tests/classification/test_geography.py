"""The CSP geography tables and look-ups (classification/geography.py, classification/data/*.csv)."""

from __future__ import annotations

import pytest

from classification.geography import (
    covers_whole,
    covers_whole_force,
    force_for,
    geography,
    normalise,
    resolve_csp,
)


def test_tables_hold_every_territorial_force_and_area():
    geo = geography()
    assert len(geo.forces) == 43
    current = [a for a in geo.areas.values() if a.current]
    kinds = {k: sum(1 for a in current if a.kind == k) for k in {a.kind for a in current}}
    assert kinds["london_borough"] == 32 and kinds["metropolitan_borough"] == 36
    assert kinds["welsh_principal_area"] == 22
    # every current area has a force, a fire and rescue service, an ICB/health board and a probation region
    for area in current:
        assert area.police_force in geo.forces, area.name
        assert area.fire_service and area.icb and area.probation_region, area.name
    # every force covers at least one current area; successors and counties point at rows of the table
    for force_id in geo.forces:
        assert geo.area_of("police_force", force_id), force_id
    for area in geo.areas.values():
        assert not area.successor or area.successor in geo.areas, area.name


@pytest.mark.parametrize(
    ("text", "areas", "force"),
    [
        ("Safer Stockport Partnership", ["Stockport"], "Greater Manchester Police"),
        ("Safe Newcastle", ["Newcastle upon Tyne"], "Northumbria Police"),
        ("Safer Leeds", ["Leeds"], "West Yorkshire Police"),
        ("Adur & Worthing Community Safety Partnership", ["Adur", "Worthing"], "Sussex Police"),
        ("London Borough of Hackney", ["Hackney"], "Metropolitan Police Service"),
        ("City of London", ["City of London"], "City of London Police"),
        ("Newcastle-under-Lyme CSP", ["Newcastle-under-Lyme"], "Staffordshire Police"),
        ("Bath and North East Somerset Community Safety Partnership", ["Bath and North East Somerset"],
         "Avon and Somerset Constabulary"),
        ("Corby Community Safety Partnership", ["Corby"], "Northamptonshire Police"),  # former district
        ("North Worcestershire Community Safety Partnership", ["Bromsgrove", "Redditch", "Wyre Forest"],
         "West Mercia Police"),
        ("Safer Stokport Partnership", ["Stockport"], "Greater Manchester Police"),  # misspelt
        ("Kingston upon Hull CSP", ["Kingston upon Hull"], "Humberside Police"),
        # CSPs named without their places, or after a wider one, and Welsh names of Welsh areas
        ("Citysafe", ["Liverpool"], "Merseyside Police"),
        ("Safer Vale Partnership", ["Vale of Glamorgan"], "South Wales Police"),
        ("Safer North Hampshire", ["Hart", "Rushmoor"], "Hampshire and Isle of Wight Constabulary"),
        ("Pan-Dorset Community Safety Partnership", ["Dorset", "Bournemouth, Christchurch and Poole"],
         "Dorset Police"),
        ("Partneriaeth Diogelwch Cymunedol Caerdydd", ["Cardiff"], "South Wales Police"),
        ("Cyngor Sir Gâr", ["Carmarthenshire"], "Dyfed-Powys Police"),
    ],
)  # fmt: skip
def test_resolve_csp_names(text, areas, force):
    csp = resolve_csp(text)
    assert csp is not None
    assert [a.name for a in csp.areas] == areas
    found = force_for(csp)
    assert found is not None and found.name == force


def test_unknown_places_are_not_guessed():
    assert resolve_csp("Safer Northshire Partnership") is None
    assert resolve_csp("Marlowe Vale Safer Partnership") is None
    assert resolve_csp("") is None and resolve_csp(None) is None


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Kent", True),  # county-level review: Kent Police is the county's own force (labelling guide)
        ("Kent and Medway", True),
        ("Durham", True),
        ("Wiltshire Community Safety Partnership", True),
        ("City of London", True),
        ("Nottingham", False),  # the city is one of Nottinghamshire Police's areas
        ("Harlow", False),
        ("Cornwall", False),  # Devon and Cornwall Police covers two counties
        ("Safer Stockport Partnership", False),
        ("Corby", False),
    ],
)
def test_covers_whole_force(text, whole):
    csp = resolve_csp(text)
    assert csp is not None
    assert covers_whole_force(csp) is whole


def test_other_bodies_by_area():
    kent = resolve_csp("Kent")
    assert kent is not None and covers_whole(kent, "icb", "kent_medway")  # Kent and Medway ICB
    harlow = resolve_csp("Harlow")
    assert harlow is not None and harlow.bodies("icb") == ["herts_west_essex"]
    assert not covers_whole(harlow, "icb", "herts_west_essex")
    assert geography().csps_in("police_force", "kent") == 13


def test_normalise():
    assert normalise("King's Lynn & West Norfolk") == "kings lynn and west norfolk"
    assert normalise("Stoke-on-Trent") == "stoke on trent"


def test_initials_and_the_ceremonial_county_of_cheshire():
    mk = resolve_csp("Safer MK Partnership")
    assert mk is not None and mk.covered == {"Milton Keynes"}
    # Cheshire as the force's and "pan-Cheshire" mean it: its former county's unitaries with Warrington and Halton
    assert geography().members("Cheshire") == {
        "Cheshire East",
        "Cheshire West and Chester",
        "Halton",
        "Warrington",
    }


def test_a_police_area_named_as_a_place():
    assert geography().members("Thames Valley") == geography().area_of("police_force", "thames_valley")
    assert "Brighton and Hove" in geography().members("Sussex")
    assert geography().place_names("Mid Sussex") == ["Mid Sussex"]
