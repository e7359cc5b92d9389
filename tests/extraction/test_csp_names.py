"""CSP names in the forms the level blind set D found unread (``tests/extraction/level_blind_d``), tested on other
places: a merged CSP listing its districts with commas and "&", the partnership's words before its place on a
title line, a place's initials, and a CSP named on the title page that places nowhere (the levels are then read
as for the place the report names most)."""

from __future__ import annotations

import pytest

from classification.geography import resolve_csp
from extraction.pipeline import Extractor
from extraction.review_fields import commissioning_csp
from tests.extraction.builders import make_document


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Babergh, Mid Suffolk & Ipswich Community Safety Partnership\nDomestic Homicide Review",
         {"Babergh", "Mid Suffolk", "Ipswich"}),
        ("Overview Report\nCommunity Safety Partnership Wigan\nReview into the death of Mr D", {"Wigan"}),
        ("Safer BCP Partnership\nDomestic Abuse Related Death Review", {"Bournemouth, Christchurch and Poole"}),
        ("Overview Report, Rushmoor Community Safety Partnership", {"Rushmoor"}),
        # a labelled field, on its line or as a details table's cells (one line each), and the area alone
        ("Domestic Homicide Review\nCommissioning CSP: Sevenoaks\nAuthor: A Writer", {"Sevenoaks"}),
        ("Review\nDomestic Homicide Review\nCommunity Safety Partnership\nGedling\nChair\nA Writer", {"Gedling"}),
        ("Domestic Homicide Review\nSwale Borough\nOverview Report", {"Swale"}),
        # initials before "for", a place in brackets, "City of X Council", places joined by "upon"
        ("The Community Safety Partnership (CSP) for the London Borough of Camden\nReview", {"Camden"}),
        ("Domestic Homicide Review\nThe Safer Communities Partnership (Rotherham)", {"Rotherham"}),
        ("Domestic Homicide Review\nCity of Bradford Metropolitan District Council", {"Bradford"}),
        ("Review\nNewcastle upon Tyne and North Tyneside Community Safety Partnership",
         {"Newcastle upon Tyne", "North Tyneside"}),
        # places whose names join words with "of", "with" or "upon" before "Community Safety Partnership" or
        # after "Safer" (the name used to be cut at that word: "Wight ...", "Safer Kingston")
        ("Domestic Homicide Review\nIsle of Wight Community Safety Partnership\nAdult A", {"Isle of Wight"}),
        ("DOMESTIC HOMICIDE REVIEW\nBLACKBURN WITH DARWEN COMMUNITY SAFETY PARTNERSHIP", {"Blackburn with Darwen"}),
        ("Review\nForest of Dean Community Safety Partnership", {"Forest of Dean"}),
        ("Domestic Homicide Review\nSafer Kingston upon Hull Partnership\nOverview", {"Kingston upon Hull"}),
        # "the Community Safety Partnership for X" under a title line (the title's words had run into it, and
        # the place after "for" was lost), with the next lines' words cut off the place again
        ("Domestic Abuse Related Death Review\nThe Community Safety Partnership for Bristol\nIntroduction",
         {"Bristol"}),
        ("Overview Report\nThe Community Safety Partnership for the Isle of Wight\nAdult A", {"Isle of Wight"}),
        ("Domestic Homicide Review\nReport for Richmond upon Thames CSP\nIntroduction", {"Richmond upon Thames"}),
    ],
)  # fmt: skip
def test_csp_names_read_and_placed(text: str, places: set[str]) -> None:
    name = commissioning_csp(text)
    area = resolve_csp(name)
    assert area is not None, name
    assert area.covered | area.partial == places


def test_a_csp_name_that_places_nowhere_falls_back_to_the_place_named_most() -> None:
    doc = make_document(
        "#Review\nSafer Streets Partnership\nThe panel met in Dartford. Dartford's services took part. Dartford "
        "Borough Council chaired it.\n#Recommendations\n1. Kent Police should review how it grades repeat calls.\n"
    )
    result = Extractor.load()(doc)
    assert result.review.csp == "Safer Streets Partnership"  # the name as written is kept
    assert result.recommendations[0].level == "regional"  # read as for Dartford, one of Kent's districts
    assert any("not on the map" in w and "levels read as for Dartford" in w for w in result.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Domestic Homicide Review\nCSP\nThe panel met in Kent twice.",
        "Commissioning body: the panel met in Kent.",
    ],
)
def test_a_sentence_under_a_label_is_not_a_csp(text: str) -> None:
    assert commissioning_csp(text) is None


def test_a_place_named_most_is_written_with_a_capital() -> None:
    from extraction.review_fields import csp_named_most

    text = "She was reading the letter. The reading of it took time, reading it twice. She lived in Bury. Bury Council."
    assert csp_named_most(text) == "Bury"
