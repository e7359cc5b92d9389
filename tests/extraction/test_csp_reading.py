"""The commissioning CSP read from a report's first pages, and the level it gives police recommendations."""

from __future__ import annotations

import pytest

from extraction.pipeline import Extractor
from extraction.review_fields import commissioning_csp, csp_named_most
from tests.extraction.builders import make_document


@pytest.mark.parametrize(
    ("text", "csp"),
    [
        ("Domestic Homicide Review. Safer Leeds Domestic Homicide Review Overview Report", "Safer Leeds"),
        ("Safe Newcastle DHR into the death of Adult B", "Safe Newcastle"),
        ("Overview Report. Commissioned by Stockport Council on behalf of its partners.", "Stockport Council"),
        ("This review was commissioned by the Safer Stockport Partnership.", "Safer Stockport Partnership"),
        ("Report to the Harlow CSP into the death of Mr C", "Harlow CSP"),
        ("Nottingham Crime and Drugs Partnership. Commissioned by Nottingham Crime and Drugs Partnership",
         "Nottingham Crime and Drugs Partnership"),
        ("An overview report about Adult A for the panel.", None),
        # the name runs within its line: the next line's heading and sentence are not part of it
        ("Overview Report\nCommissioned by Lambeth\nIntroduction\nThis review examines ...", "Lambeth"),
        ("Overview Report\nCommissioned by\nStockport Council\nContents", "Stockport Council"),
        ("Commissioned by Nottingham Crime and Drugs\nPartnership\nContents", "Nottingham Crime and Drugs Partnership"),
        # the place after the partnership's name, the title page's next words left out
        ("This review was commissioned by the Community Safety Partnership for Wiltshire following the death",
         "Community Safety Partnership for Wiltshire"),
        ("Community Safety Partnership for Kingston upon Hull\nDomestic Homicide Review",
         "Community Safety Partnership for Kingston upon Hull"),
        # a partnership's name with no place is not the CSP: the place is looked for further
        ("The Safer Communities Partnership met. Commissioned by Harlow Council.", "Harlow Council"),
        ("Safer Communities Partnership for Bradford\nOverview Report", "Safer Communities Partnership for Bradford"),
        ("The Safe City Partnership agreed the terms of reference.", None),
        # title pages in capitals, a partnership or council named alone on a title line
        ("DOMESTIC HOMICIDE REVIEW\nSAFER STOCKPORT PARTNERSHIP\nAdult A", "Safer Stockport Partnership"),
        ("HARLOW COMMUNITY SAFETY PARTNERSHIP\nDOMESTIC HOMICIDE REVIEW", "Harlow Community Safety Partnership"),
        ("Domestic Homicide Review\nLondon Borough of Tower Hamlets\nOverview Report", "London Borough of Tower Hamlets"),
        ("Leicester City Council\nDomestic Homicide Review", "Leicester City Council"),
        ("Sheffield Safer and Sustainable Communities Partnership\nDomestic Homicide Review",
         "Sheffield Safer and Sustainable Communities Partnership"),
        ("Domestic Homicide Review\nBlackpool Community Safety Partnership", "Blackpool Community Safety Partnership"),
        # a council named in a sentence of the title page is not the CSP (a district's report names its county's)
        ("Domestic Homicide Review\nMaidstone\nThe agencies were Kent County Council and Kent Police.", None),
    ],
)  # fmt: skip
def test_commissioning_csp(text, csp):
    assert commissioning_csp(text) == csp


def test_csp_named_most_leaves_out_police_forces_and_ties():
    assert (
        csp_named_most("South Yorkshire Police visited. The Harlow panel met. Harlow council agreed.")
        == "Harlow"
    )
    assert csp_named_most("She moved from Leeds to Bradford.") is None
    assert csp_named_most("West Yorkshire Police and West Yorkshire Police again.") is None
    # a tie goes to the place whose council the report names (an addressee), not another area's review it cites
    text = "The earlier Harlow review. Harlow panel. Sheffield City Council should ensure ... Sheffield."
    assert csp_named_most(text) == "Sheffield"
    # the county-wide bodies a district's report names often name their county, not the review's area
    text = (
        "The panel met in Maidstone. Kent County Council, Kent Fire and Rescue Service, NHS Kent and Medway ICB "
        "and Kent Community Health NHS Foundation Trust took part. She lived in Maidstone."
    )
    assert csp_named_most(text) == "Maidstone"


@pytest.mark.parametrize(
    ("csp", "level"),
    [("Kent Community Safety Partnership", "local"), ("Dartford Community Safety Partnership", "regional")],
)
def test_police_level_follows_the_csp_read_from_the_report(csp, level):
    doc = make_document(
        f"#Review\nCommissioned by {csp}\n#Recommendations\n1. Kent Police should review how it grades repeat calls.\n"
    )
    result = Extractor.load()(doc)
    assert result.review.csp == csp
    assert result.recommendations[0].level == level


def test_a_report_naming_no_csp_says_which_area_its_levels_assume():
    doc = make_document(
        "#Review\nThe panel met in Dartford. Dartford's services took part.\n#Recommendations\n"
        "1. Kent Police should review how it grades repeat calls.\n"
    )
    result = Extractor.load()(doc)
    assert result.review.csp is None
    assert result.recommendations[0].level == "regional"
    assert any("levels read as for Dartford" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("text", "csp"),
    [
        # a running header or title naming the review by its area, when nothing else names the partnership
        ("Kent DHR Mrs V\nDomestic Homicide Review: Mrs V\nConclusions\nThe panel concluded.", "Kent"),
        ("Cherwell Domestic Homicide Review into the death of Ann\nFinal report", "Cherwell"),
        # title words before "DHR" place nowhere; a title with no place names none
        ("Overview Report DHR\nDomestic Homicide Review: Mrs V\nConclusions", None),
        ("Final Overview DARDR Report\nJanuary 2024", None),
        # a partnership named outright still comes first
        ("Safer Leeds\nLeeds DHR Mrs V\nThe review was commissioned by Safer Leeds.", "Safer Leeds"),
    ],
)
def test_a_title_naming_the_review_by_its_area_gives_the_csp(text, csp):
    assert commissioning_csp(text) == csp


def test_a_partnership_defined_in_apposition_gives_its_place():
    # "X, the community safety partnership for <place>, commissioned ...": the brand name is placed by the apposition
    text = (
        "Safer City Partnership\nDomestic Homicide Review\nIntroduction\nThe Safer City Partnership, the community "
        "safety partnership for the Square Mile, commissioned this review."
    )
    assert commissioning_csp(text) == "Community Safety Partnership for Square Mile"
