"""A short name the document defines for a forum or a group ("Northshire Domestic Abuse Forum (the Forum)") names
that body in its recommendations; "the Panel" is never read so (a report's "the Panel" is its review panel)."""

from __future__ import annotations

from extraction.agency_context import agency_acronyms
from extraction.pipeline import get_extractor
from tests.extraction.builders import make_document


def test_the_forum_a_document_defines() -> None:
    # a bare "the Forum" is read as a domestic abuse forum: the document's own definition says which forum it is
    doc = make_document(
        "#Introduction\nThe review heard from the Northshire Housing Forum (the Forum).\n"
        "#Recommendations\n\n1. The Forum should publish a summary of this review for its members.\n"
    )
    assert agency_acronyms(doc).get("the Forum") == "Northshire Housing Forum"
    result = get_extractor()(doc)
    assert [r.agencies for r in result.recommendations] == [["housing"]]
    assert result.recommendations[0].text.startswith("The Forum should")


def test_a_domestic_abuse_forum_stays_one() -> None:
    doc = make_document(
        "#Introduction\nThe review was commissioned with the Northshire Domestic Abuse Forum (the Forum).\n"
        "#Recommendations\n\n1. The Forum should publish a summary of this review for practitioners.\n"
    )
    result = get_extractor()(doc)
    assert [r.agencies for r in result.recommendations] == [["domestic_abuse_partnership_board"]]


def test_the_group_a_document_defines() -> None:
    doc = make_document(
        "#Introduction\nActions are overseen by the Westbridge Domestic Abuse Strategic Group (\u2018the "
        "Group\u2019).\n#Recommendations\n\n1. The Group should review its training offer by March.\n"
    )
    assert agency_acronyms(doc).get("the Group") == "Westbridge Domestic Abuse Strategic Group"
    result = get_extractor()(doc)
    assert [r.agencies for r in result.recommendations] == [["domestic_abuse_partnership_board"]]


def test_the_panel_is_never_an_alias() -> None:
    doc = make_document(
        "#Introduction\nThe Northshire Domestic Homicide Review Panel (the Panel) met six times.\n"
        "#Recommendations\n\n1. The Panel recommends that Northshire Police review its training on stalking.\n"
    )
    assert "the Panel" not in agency_acronyms(doc)
    result = get_extractor()(doc)
    assert [r.agencies for r in result.recommendations] == [["police"]]
