"""CSP readings found by the level set J (``tests/extraction/level_blind_j``, a dev set since the sixteenth session),
tested on other places and wording than the set's: a partnership named only as a recommendation's addressee on
the first pages is not the commissioner (the running header's is), and the place a report that names no CSP is
about is the one whose own council it asks (a Welsh county's "County Council" too), not a former county or the
city whose hospitals it names."""

from __future__ import annotations

import pytest

from extraction.review_csp import commissioning_csp, csp_named_most
from extraction.review_fields import review_info
from tests.extraction.builders import make_document


@pytest.mark.parametrize(
    ("text", "csp"),
    [
        # a partnership asked in a recommendation on the first pages is an addressee
        ("Domestic Homicide Review\nOverview Report\nRecommendations\nThe Safer Essex Partnership should publish a "
         "county-wide briefing.", None),
        ("Overview Report\nThe Rother CSP (RCSP) must write to the Home Office.", None),
        # the title page's partnership still comes first, and one named outright elsewhere stays read
        ("Harlow Community Safety Partnership\nOverview Report\nThe Safer Essex Partnership should publish a "
         "briefing.", "Harlow Community Safety Partnership"),
        ("Overview Report\nThe review was overseen by the Safer Essex Partnership.", "Safer Essex Partnership"),
    ],
)  # fmt: skip
def test_a_partnership_asked_in_a_recommendation_is_not_the_commissioner(text: str, csp: str | None) -> None:
    assert commissioning_csp(text) == csp


def test_the_running_header_names_the_csp_over_an_addressee_partnership() -> None:
    doc = make_document(
        "#Domestic Homicide Review\nOverview Report\nMrs T\f#Recommendations\n"
        "1. The Safer Kent Partnership should publish a county-wide briefing on abuse by a carer.\n"
    )
    doc.running_text = ["Tunbridge Wells CSP - DHR Mrs T - Restricted"]
    assert review_info(doc).csp == "Tunbridge Wells CSP"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a former county is no CSP's area; a Welsh county's "County Council" is its own area's council
        ("Agencies across Gwent took part. The Gwent board and Gwent services met. She had lived in Gloucestershire "
         "and Gloucestershire agencies gave chronologies. Monmouthshire County Council should visit her. Monmouthshire "
         "Housing Association should train its staff.", "Monmouthshire"),
        # the place whose own council is asked comes before the city named more often for its hospitals
        ("She was treated in Leicester and agencies in Leicester gave chronologies; Leicester was where she worked. "
         "Blaby District Council should ensure its housing team asks about abuse in Blaby.", "Blaby"),
        # a two-tier county's council is every district's addressee, not the review's own
        ("The panel met in Maidstone. Kent County Council and Kent Fire and Rescue Service took part. She lived in "
         "Maidstone.", "Maidstone"),
    ],
)  # fmt: skip
def test_the_place_whose_own_council_is_asked(text: str, place: str) -> None:
    assert csp_named_most(text) == place
