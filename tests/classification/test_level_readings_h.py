"""Level rules found by the level blind set H (``tests/extraction/level_blind_h``, a dev set since it was scored),
each tested here on other places and wording than the set's: a force's unit named for or said to cover more than
the CSP's area, officers based in a former district inside the CSP's unitary, a CCG named after a former
district's own CSP, "force-wide" in a county's review of its own force, "the city and the county" beside a unitary
city; and the readings without a CSP (``classification/level_no_csp.py``)."""

from __future__ import annotations

import pytest

from classification.level import decide_level
from classification.level_no_csp import BODY_WIDE, guess_level
from classification.rules import analyse


def _decide(
    text: str, csp: str | None, context: str | None = None, model: str = "local", confidence: float = 0.7
):
    rules = analyse(text, context)
    return decide_level(text, context, rules.agencies, rules, model, confidence, csp)


@pytest.mark.parametrize(
    ("text", "csp", "context", "level"),
    [
        # a unit named after the CSP's place and another one covers more than the CSP (labelling guide: regional)
        ("Thames Valley Police should brief the Reading and Wokingham local policing area on stalking.",
         "Wokingham", None, "regional"),
        ("Thames Valley Police should brief the Wokingham local policing area on stalking.", "Wokingham", None,
         "local"),
        ("The Met's North East BCU, which covers Hackney and Tower Hamlets, should audit its bail checks.", "Hackney",
         None, "regional"),
        ("Hackney's safer neighbourhood teams should visit every repeat victim.", "Hackney", None, "local"),
        # officers based in a former district that is part of the CSP's unitary: a station's officers
        ("Officers based in Sedgemoor should be told of the local outreach service.", "Somerset",
         "Avon and Somerset Constabulary", "local"),
        # ... but not a district's review naming another area ("based in Kent" is the area rules')
        ("Officers based in Kent should be told of the outreach service.", "Maidstone", "Kent Police", "regional"),
        # a CCG named after the former district whose CSP commissioned the review is that CSP's own
        ("The CCG should ensure every practice has a domestic abuse lead.", "Wycombe", "NHS Wycombe CCG", "local"),
        ("The CCG should ensure every practice has a domestic abuse lead.", "Aylesbury Vale", "NHS Wycombe CCG",
         "regional"),
        # a change written for the CSP's place and another is not confined to the CSP's place
        ("South Yorkshire Police should audit domestic abuse cases in Sheffield and Rotherham.", "Sheffield", None,
         "regional"),
        ("The CCG should share this review with every GP practice in Hambleton and Richmondshire.", "Hambleton",
         "NHS Hambleton, Richmondshire and Whitby CCG", "regional"),
        # a county's ICB reaching past the county is regional, unless the change is confined to the county
        ("The ICB should fund advocates in GP practices.", "Suffolk", "NHS Suffolk and North East Essex ICB",
         "regional"),
        ("The ICB should fund advocates in GP practices in Suffolk.", "Suffolk", "NHS Suffolk and North East Essex ICB",
         "local"),
        # "force-wide" in the review of the county the force is the home of: the county is the local area
        ("Norfolk Constabulary should ensure that officers across the force record coercive control.", "Norfolk",
         None, "local"),
        ("Norfolk Constabulary should ensure that officers across the force record coercive control.", "Norwich",
         None, "regional"),
        # "the city and the county": the county's review beside a unitary city covers both council areas
        ("NHS Nottingham and Nottinghamshire ICB should fund training for practices in the city and the county.",
         "Nottinghamshire", None, "regional"),
        # ... but a county whose city is one of its districts stays inside the county, and a council's name is no
        # scope
        ("Norfolk County Council should fund outreach in the city and the county.", "Norfolk", None, "local"),
        ("The City and County of Swansea should review its housing allocation policy.", "Swansea", None, "local"),
    ],
)  # fmt: skip
def test_level_with_the_csp(text: str, csp: str, context: str | None, level: str) -> None:
    decision = _decide(text, csp, context)
    assert decision.level == level, decision.basis


@pytest.mark.parametrize(
    ("text", "context", "level"),
    [
        # a force, a fire service, probation or an ICB covers several CSPs: regional is the likelier reading
        ("Essex Police should review how it grades repeat calls.", None, "regional"),
        ("The service should add domestic abuse to its home safety visits.", "Essex County Fire and Rescue Service",
         "regional"),
        ("The Probation Service should check MARAC records before a home visit.", None, "regional"),
        ("The ICB should fund advocates in GP practices.", None, "regional"),
        # an ambulance trust covers many CSPs even where the change is written for one place (labelling guide)
        ("The ambulance trust should remind crews attending calls in Hackney to ask about abuse.", None, "regional"),
        # a unit of the force, or a change written for one council area, is local
        ("Safer neighbourhood officers in Hackney should visit every repeat victim.", None, "local"),
        ("South Yorkshire Police should audit domestic abuse cases in Sheffield.", None, "local"),
        # a unit named after one council area is local; one covering several is regional
        ("Officers of the Bradford policing district should be reminded of the outreach service.", None, "local"),
        ("The Met's Central West BCU, which covers Ealing, Hillingdon and Hounslow, should audit bail checks.",
         None, "regional"),
        # a county council or fire service named after several council areas, or after one (a Welsh county)
        ("Hampshire County Council should review how adult social care assesses carers.", None, "regional"),
        ("Ceredigion County Council should review how adult social care assesses carers.", None, "local"),
        ("It is recommended that Hampshire County Council adult social care reviews its carers' assessments.",
         None, "regional"),
        ("The service should add domestic abuse to its home safety visits.", "Isle of Wight Fire and Rescue Service",
         "local"),
        # a scope of several council areas is regional whoever is asked
        ("Share the learning with GP practices in all seven districts.", None, "regional"),
        ("Share the learning with every GP practice in Reading, Wokingham and West Berkshire.", None, "regional"),
    ],
)  # fmt: skip
def test_level_without_a_csp(text: str, context: str | None, level: str) -> None:
    decision = _decide(text, None, context)
    assert decision.level == level
    assert decision.basis == "no CSP known: guessed from text"
    assert decision.confidence < 0.8  # a guess says so


def test_without_a_csp_a_guess_is_less_sure_than_the_same_reading_with_it() -> None:
    text = "Kent Police should review how it grades repeat calls."
    known = _decide(text, "Maidstone")
    guessed = _decide(text, None, confidence=0.95)
    assert known.level == guessed.level == "regional"
    assert guessed.confidence == BODY_WIDE < known.confidence


def test_without_a_csp_a_body_with_no_area_is_left_to_the_model() -> None:
    rules = analyse("The hospital trust should review its discharge policy.", None)
    assert (
        guess_level("The hospital trust should review its discharge policy.", None, rules.agencies, False)
        is None
    )
    decision = _decide("The hospital trust should review its discharge policy.", None, confidence=0.9)
    assert decision.level == "local" and decision.confidence == 0.9


def test_a_unit_covering_more_than_the_csp_stays_regional_after_labelling() -> None:
    # the post-labelling pass turns a police recommendation confined to a unit local; not a unit of two districts
    from classification.level import document_force_scope
    from dhr.schema import Recommendation

    text = "Thames Valley Police should brief the officers of the Reading and Wokingham local policing area."
    rec = Recommendation(id="r1", text=text, agencies=["police"], level="regional")
    document_force_scope([rec], "Wokingham Community Safety Partnership", text)
    assert rec.level == "regional"
    own = Recommendation(
        id="r2", text=text.replace("Reading and ", ""), agencies=["police"], level="regional"
    )
    document_force_scope([own], "Wokingham Community Safety Partnership", own.text)
    assert own.level == "local"
