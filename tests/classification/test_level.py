"""The level decision (classification/level.py): national asks, CSP geography, the text's own scope."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import classification.cli  # noqa: F401  (registers the commands)
from classification.classifier import load_classifier
from classification.geography import resolve_csp
from classification.level import decide_level, geography_levels, names_wider_area
from classification.rules import analyse
from dhr.cli_app import app
from dhr.schema.classification import ClassifyInput


def _decide(text: str, csp: str | None, context: str | None = None, model: str = "local"):
    rules = analyse(text, context)
    return decide_level(text, context, rules.agencies, rules, model, 0.7, csp)


@pytest.mark.parametrize(
    ("text", "csp", "level"),
    [
        ("Kent Police should review how it grades repeat calls.", "Kent", "local"),
        ("Kent Police should review how it grades repeat calls.", "Ashford Community Safety Partnership", "regional"),
        ("Nottinghamshire Police should remind officers to tag domestic abuse.", "Nottingham", "regional"),
        ("Nottinghamshire Police should remind officers to tag domestic abuse.", "Safer Nottinghamshire Board",
         "local"),
        # the force named by the CSP's area when the text names none
        ("The police should remind officers to complete the DASH.", "Safer Stockport Partnership", "regional"),
        ("The police should remind officers to complete the DASH.", "City of London", "local"),
        # a unit of the force, or a change confined to the CSP's place, is not force-wide
        ("Greater Manchester Police's Stockport district should review its neighbourhood team briefings.",
         "Safer Stockport Partnership", "local"),
        ("South Yorkshire Police should audit domestic abuse cases in Sheffield.", "Sheffield", "local"),
        # ambulance trusts and probation regions cover many CSPs
        ("The Ambulance Service should review its safeguarding referral form.", "Harlow", "regional"),
        ("The Probation Service should remind staff to check MARAC records.", "Norfolk", "regional"),
        # an ICB or CCG named by its place
        ("Kent and Medway CCG should review the dementia pathway.", "Kent", "local"),
        ("NHS Greater Manchester ICB should review its GP safeguarding training.", "Manchester", "regional"),
        # a body with no area of its own: the model's level
        ("The hospital trust should review its discharge policy.", "Harlow", "local"),
    ],
)  # fmt: skip
def test_level_by_geography(text, csp, level):
    decision = _decide(text, csp)
    assert decision.level == level, decision.basis


def test_the_basis_names_the_force_and_its_csps():
    decision = _decide("Kent Police should review how it grades repeat calls.", "Ashford")
    assert decision.basis.startswith("csp geography: Kent Police covers 13 CSPs")
    assert decision.confidence >= 0.85


def test_no_csp_says_the_level_is_guessed():
    decision = _decide("Kent Police should review how it grades repeat calls.", None)
    assert decision.basis == "no CSP known: guessed from text"
    unknown = _decide("Kent Police should review how it grades repeat calls.", "Safer Northshire Partnership")
    # a CSP off the map: the force is named after another place, so it covers more than the CSP
    assert unknown.level == "regional" and "not on the map" in unknown.basis


def test_national_and_wider_scope_win():
    assert (
        _decide("The Home Office should amend the statutory guidance for DHRs.", "Kent").level == "national"
    )
    text = "Kent Police should run a force-wide campaign on stalking."
    assert names_wider_area(text)
    assert _decide(text, "Ashford").level == "regional"
    # the county's own force in the county's review: force-wide is the county, its local area (labelling guide)
    assert not names_wider_area(text, own_force=True)
    assert _decide(text, "Kent").level == "local"
    assert _decide("The Metropolitan Police should run a pan-London campaign.", "Hackney").level == "regional"


def test_national_probation_service_and_local_nhs_england_matters_are_not_national():
    nps = _decide(
        "The National Probation Service should review its caseload allocation.", "Norfolk", model="national"
    )
    assert nps.level == "regional"
    nhse = _decide(
        "NHS England should check the quality of the records made by the GP visited by the victim.", "Kent"
    )
    assert nhse.level == "regional"
    text = "NHS England should issue national guidance to GP practices on recording domestic abuse."
    assert _decide(text, "Kent").level == "national"
    assert _decide("Staff should take cognisance of the Mental Capacity Act 2005.", "Sefton").level == "local"


def test_county_service_in_a_district_review():
    csp = resolve_csp("Harlow")
    assert csp is not None
    text = "Essex County Council adult social care should review its carers' assessments."
    levels = geography_levels(["adult_social_care"], text, None, csp)
    assert [b.level for b in levels] == ["regional"]
    county = resolve_csp("Essex")
    assert county is not None and geography_levels(["adult_social_care"], text, None, county) == []


def test_classifier_takes_the_csp(tmp_path: Path):
    clf = load_classifier(tmp_path)  # the rules baseline: no trained models needed
    text = "Kent Police should review how it grades repeat calls."
    out = clf.predict(
        [
            ClassifyInput(id="a", text=text, csp="Kent"),
            ClassifyInput(id="b", text=text, csp="Dartford Community Safety Partnership"),
            ClassifyInput(id="c", text=text),
        ]
    )
    assert [c.level for c in out] == ["local", "regional", out[2].level]
    assert out[0].level_basis and out[0].level_basis.startswith("csp geography")
    assert out[2].level_basis == "no CSP known: guessed from text"
    assert out[0].level_confidence is not None and out[0].level_confidence == out[0].scores["level"]


def test_cli_csp_option_applies_to_lines_without_their_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(
        "classification.classifier.load_classifier", lambda *a, **k: load_classifier(tmp_path)
    )
    f = tmp_path / "in.jsonl"
    text = "Kent Police should review how it grades repeat calls."
    f.write_text(
        json.dumps({"id": "1", "text": text})
        + "\n"
        + json.dumps({"id": "2", "text": text, "csp": "Dover"})
        + "\n"
    )
    r = CliRunner().invoke(app, ["classify", str(f), "--csp", "Kent"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["level"] for x in rows] == ["local", "regional"]
    assert all(x["level_basis"].startswith("csp geography") for x in rows)


def test_health_commissioners_by_their_named_area():
    # a CCG named after the CSP's borough (the City of London is too small to make it wider)
    assert (
        _decide("City and Hackney CCG should review its GP safeguarding training.", "Hackney").level
        == "local"
    )
    # an ICB named by no place: the CSP's ICB; a CCG named by no place: the model (CCGs were often one borough's)
    icb = _decide("The ICB should review its GP safeguarding training.", "Manchester")
    assert icb.level == "regional" and "the ICB covers 10 CSPs" in icb.basis
    ccg = _decide("The CCG should review its GP safeguarding training.", "Manchester", model="local")
    assert ccg.level == "local" and not ccg.basis.startswith("csp geography")


def test_a_board_named_after_the_county_in_a_district_review():
    text = "Essex Safeguarding Adults Board should review its multi-agency procedures."
    assert _decide(text, "Harlow").level == "regional"
    assert _decide(text, "Essex").level == "local"


@pytest.mark.parametrize(
    ("text", "context", "csp", "level"),
    [
        # a fire and rescue service as the subject or the heading is weighed by its area, whatever the agencies read
        ("Kent Fire and Rescue Service should refer any disclosure made on a home visit.", None, "Maidstone",
         "regional"),
        ("Home safety visits should include a prompt about domestic abuse.", "Cornwall Fire and Rescue Service",
         "Safer Cornwall", "local"),
        # named later in the sentence it is a partner, not the addressee
        ("The housing team should share hoarding concerns with the fire and rescue service.", None, "Maidstone",
         "local"),
    ],
)  # fmt: skip
def test_a_fire_service_asked_is_weighed_by_its_area(text, context, csp, level):
    assert _decide(text, csp, context).level == level


@pytest.mark.parametrize(
    ("text", "csp", "level"),
    [
        ("Northumbria Police should ensure that officers in the Central Area Command visit victims within a day.",
         "Safe Newcastle", "local"),
        ("The Probation Service should reduce caseloads at the relevant office.", "Norfolk", "local"),
        ("The Probation Service should ensure that its local delivery unit checks new addresses.", "Stockport",
         "local"),
        ("Northumbria Police should review its policy on the seizure of phones.", "Safe Newcastle", "regional"),
    ],
)  # fmt: skip
def test_a_unit_of_the_force_or_of_probation_is_local(text, csp, level):
    assert _decide(text, csp).level == level


def test_a_county_reviews_icb_that_reaches_further_is_regional_unless_confined_to_the_county():
    # Norfolk and Waveney takes in a Suffolk district: its change covers more than Norfolk (labelling guide:
    # regional), unless the text confines it to the CSP's place ("a strategy for Norfolk")
    norfolk = "Norfolk County Community Safety Partnership"
    assert _decide("The ICB should lead the strategy.", norfolk).level == "regional"
    assert _decide("The ICB should lead a domestic abuse strategy for Norfolk.", norfolk).level == "local"
    assert _decide("The ICB should train GP practices in Norfolk.", norfolk).level == "local"
    # an ICB of which the county is a small part stays regional
    text = "Humber and North Yorkshire ICB should commission GP training."
    assert _decide(text, "East Riding of Yorkshire").level == "regional"
    # a district's review: the county's ICB is wider than the district
    assert _decide("The ICB should lead the strategy.", "Breckland").level == "regional"


def test_learning_from_other_areas_nationally_asks_no_national_change():
    text = "The partnership should explore with other forces and partnerships nationally a way to take third party reports."
    assert _decide(text, "Safe Durham Partnership", model="national").level == "local"
    # a national change asked is still national
    text = "The partnership should ask the Home Office to change the statutory guidance nationally."
    assert _decide(text, "Safe Durham Partnership", model="national").level == "national"


@pytest.mark.parametrize(
    ("text", "csp", "level"),
    [
        # the CSP's place as the force's unit
        ("Sussex Police should ensure that the Brighton and Hove district's officers attend refresher training.",
         "Brighton and Hove", "local"),
        # a change written across a wider place than the CSP's, or asked of a board of a county and its neighbour
        ("All agencies in Kent should adopt the same risk checklist.", "Maidstone", "regional"),
        ("All agencies in Kent should adopt the same risk checklist.", "Kent", "local"),
        ("Every GP practice in Maidstone should display the helpline.", "Maidstone", "local"),
        ("Kent and Medway Domestic Abuse Strategic Board to review its communications plan.", "Maidstone",
         "regional"),
    ],
)  # fmt: skip
def test_schemes_units_and_wider_places(text, csp, level):
    assert _decide(text, csp).level == level


def test_a_named_scheme_is_not_a_law_changed():
    # "Clare's Law" (the disclosure scheme) is used by the force, not a law the text asks to change
    from classification.level import text_level

    assert text_level(
        "Thames Valley Police should review its use of Clare's Law disclosures.", None, [], False
    )[0] != ("national")
    assert text_level("The Government should change the law on stalking.", None, [], False)[0] == "national"
    inputs = [
        ClassifyInput(id="a", text="Thames Valley Police should review its use of Clare's Law disclosures.",
                      csp="Safer Slough Partnership")
    ]  # fmt: skip
    assert load_classifier().predict(inputs)[0].level == "regional"


@pytest.mark.parametrize(
    ("text", "csp", "level"),
    [
        # a partnership asked that is named after a place holding the CSP and more
        ("The Greater Manchester Health and Social Care Partnership should issue guidance on routine enquiry.",
         "Stockport", "regional"),
        ("Stockport Council should review its housing allocation policy.", "Stockport", "local"),
        # a provider named after the county stays local
        ("Cumbria Partnership NHS Foundation Trust should ensure that health visitors ask about abuse.", "Allerdale",
         "local"),
        # the probation office of the CSP's own place
        ("The Probation Service should review how its Tower Hamlets office handles licence recalls.", "Tower Hamlets",
         "local"),
    ],
)  # fmt: skip
def test_bodies_named_after_wider_places_and_own_offices(text, csp, level):
    assert _decide(text, csp).level == level


def test_nhs_england_asked_across_a_region_is_its_regional_team():
    text = "NHS England to ensure that the learning is shared with GP practices across the North West."
    assert _decide(text, "Stockport", model="national").level == "regional"
    text = "NHS England should amend the GP contract to require domestic abuse training."
    assert _decide(text, "Stockport", model="national").level == "national"
