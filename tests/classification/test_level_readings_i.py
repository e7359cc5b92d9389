"""Level rules found by the level set I (``tests/extraction/level_blind_i``, a dev set since it was scored), each
tested here on other places and wording than the set's: a unit or officers at a town's police station, an ICB's
team for one of its places, an ICB or health board known by its own name, a neighbouring area's council, the
heading naming the body a sentence leaves unnamed (a "Regional" board, "The Mayor"), a joint body named after two
areas; and the same readings without a CSP (``classification/level_no_csp.py``)."""

from __future__ import annotations

import pytest

from classification.level import decide_level
from classification.level_bodies import heading_body, place_team
from classification.level_no_csp import guess_level
from classification.rules import analyse


def _decide(
    text: str, csp: str | None, context: str | None = None, model: str = "local", confidence: float = 0.7
):
    rules = analyse(text, context)
    return decide_level(text, context, rules.agencies, rules, model, confidence, csp)


@pytest.mark.parametrize(
    ("text", "csp", "context", "level"),
    [
        # a unit at a police station in the CSP's own area is the station's, not the force's
        ("Brief the safeguarding unit at Maidstone police station on the new referral pathway.", "Maidstone",
         "Kent Police", "local"),
        ("Officers at Maidstone Police Station should be told of the outreach service.", "Maidstone", None, "local"),
        # ... another mapped area's station is left to the force's area
        ("Officers at Maidstone Police Station should be told of the outreach service.", "Dartford", "Kent Police",
         "regional"),
        # an ICB's team for the CSP's place is local; the whole ICB, or another place's team, regional
        ("The ICB's Kirklees place team should fund advocates in the borough's GP practices.", "Kirklees",
         "NHS West Yorkshire Integrated Care Board", "local"),
        ("The Wirral place-based partnership should commission IDVA sessions in GP practices.", "Wirral",
         "NHS Cheshire and Merseyside ICB", "local"),
        ("The ICB should add domestic abuse to its suicide prevention plan.", "Kirklees",
         "NHS West Yorkshire Integrated Care Board", "regional"),
        ("The ICB's Leeds place team should fund advocates in GP practices.", "Kirklees",
         "NHS West Yorkshire Integrated Care Board", "regional"),
        # an ICB known by its own name (its words are not its places): its whole area from the table
        ("The Gateshead team of NHS North East and North Cumbria ICB should fund routine enquiry training.",
         "Gateshead", None, "local"),
        ("NHS North East and North Cumbria ICB should fund routine enquiry training.", "Gateshead", None,
         "regional"),
        # a neighbouring area's council acting in its own area is beyond the CSP's; the CSP's own council, or a
        # unitary of a county-level review's police area, is local
        ("Thurrock Council should ensure that its housing team shares known risks when a tenant moves.",
         "Basildon", None, "regional"),
        ("Basildon Borough Council should ensure that its housing team shares known risks when a tenant moves.",
         "Basildon", None, "local"),
        ("Medway Council should ensure that its housing team shares known risks when a tenant moves.", "Kent",
         None, "local"),
        # the heading names the body when the sentence has no subject, or only "The Mayor"
        ("The Mayor should fund a helpline for male victims.", "Bolton", "Mayor of Greater Manchester", "regional"),
        ("Publish a practice guide on abuse of older people by their carers.", "Cardiff",
         "Cardiff and Vale Regional Safeguarding Board", "regional"),
        # ... but not when the change is confined to the CSP's own place
        ("Ensure that GP practices in Dartford ask about abuse at every new patient check.", "Dartford",
         "NHS Kent and Medway Integrated Care Board", "local"),
        # a board named after two areas is wider than the smaller one's; the City beside Hackney does not make a
        # Hackney body wider (a few thousand residents)
        ("The City and Hackney Safeguarding Children Partnership should publish a briefing on coercive control.",
         "City of London", None, "regional"),
        ("The City and Hackney Safeguarding Children Partnership should publish a briefing on coercive control.",
         "Hackney", None, "local"),
    ],
)  # fmt: skip
def test_level_with_the_csp(text: str, csp: str, context: str | None, level: str) -> None:
    decision = _decide(text, csp, context)
    assert decision.level == level, decision.basis


def test_icb_by_its_name_counts_its_whole_area() -> None:
    decision = _decide(
        "NHS North East and North Cumbria ICB should fund routine enquiry training.", "Gateshead"
    )
    assert "13 CSPs" in decision.basis and "not Gateshead" not in decision.basis


@pytest.mark.parametrize(
    ("text", "context", "level"),
    [
        ("The ICB's Wakefield place team should fund advocates in GP practices.", "NHS West Yorkshire ICB", "local"),
        ("Officers at Worksop police station should be told of the outreach service.", "Nottinghamshire Police",
         "local"),
        ("Publish guidance on carers' assessments.", "Mid and West Wales Regional Safeguarding Board", "regional"),
        ("The Mayor should fund a helpline for male victims.", "Mayor of Greater Manchester", "regional"),
    ],
)  # fmt: skip
def test_level_without_a_csp(text: str, context: str | None, level: str) -> None:
    rules = analyse(text, context)
    guess = guess_level(text, context, rules.agencies, False)
    assert guess is not None and guess.level == level, guess


def test_a_csp_named_in_the_heading_is_no_wider_body_without_a_csp() -> None:
    text = "The partnership should hold a learning event on this review for practitioners."
    context = "Adur and Worthing Community Safety Partnership"
    assert guess_level(text, context, analyse(text, context).agencies, False) is None


def test_heading_body_only_when_the_sentence_names_none() -> None:
    assert heading_body("Publish a practice guide.", "X Regional Board") == "X Regional Board"
    assert (
        heading_body("The Board should publish a practice guide.", "X Regional Board") == "X Regional Board"
    )
    assert heading_body("Medway Council should publish a guide.", "Kent Police") is None
    assert heading_body("Gentoo should train its staff.", "Gentoo") is None
    assert heading_body("Publish a practice guide.", None) is None


def test_place_team() -> None:
    assert place_team("The ICB's Calderdale place team should ...") == ["Calderdale"]
    assert place_team("the Sunderland team of NHS North East and North Cumbria ICB") == ["Sunderland"]
    assert place_team("The ICB should fund training for all five places.") == []


@pytest.mark.parametrize(
    ("text", "context", "level"),
    [
        # a unit the text says polices several boroughs covers more than one CSP
        ("The Central West BCU, which polices Hammersmith and Fulham and Kensington and Chelsea, should audit its "
         "bail checks.", "Metropolitan Police Service", "regional"),
        ("The Central West BCU should audit its bail checks.", "Metropolitan Police Service", "local"),
        # "Hereford" is Herefordshire's: the Hereford and Worcester fire service covers two council areas and more
        ("Home safety visits should ask who else lives in the home.", "Hereford and Worcester Fire and Rescue Service",
         "regional"),
    ],
)  # fmt: skip
def test_more_readings_without_a_csp(text: str, context: str | None, level: str) -> None:
    rules = analyse(text, context)
    guess = guess_level(text, context, rules.agencies, False)
    assert guess is not None and guess.level == level, guess
