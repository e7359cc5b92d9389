"""A fast slice of the level probe (``evaluation/level_probe.py``): documents in each layout, for CSPs of several
kinds, whose extracted levels must equal the classifier's on the printed text, context and CSP; and the two
CSP readings the probe found wrong (a partnership named in a short report's recommendations taken for the
commissioner over the title page's name; a merged CSP's name cut at "of")."""

from __future__ import annotations

import pytest

from classification.geography import resolve_csp
from evaluation.level_probe import run
from evaluation.level_probe_docs import LAYOUTS, documents
from extraction.pipeline import Extractor
from extraction.review_fields import commissioning_csp
from tests.extraction.builders import make_document


def _places(name: str | None) -> set[str]:
    area = resolve_csp(name)
    assert area is not None, name
    return set(area.covered | area.partial)


def test_a_slice_of_the_probe_reads_the_classifier_s_levels() -> None:
    # one document in each layout with real texts for mapped CSPs, and one own-words document in each
    docs = documents(per_kind=1)
    real = [d for d in docs if d.name.startswith("real-")][: len(LAYOUTS)]
    own = docs[: len(LAYOUTS)]
    counts, findings, n = run([*own, *real])
    assert n > 100
    assert not findings, [(f.doc, f.cause, f.reference, f.extracted, f.text[:60]) for f in findings]
    assert counts["csp_misread_documents"] == 0


@pytest.mark.parametrize(
    "title",
    ["Windsor and Maidenhead CSP", "Westmorland and Furness Council", "Kerrier CSP"],
)
def test_the_title_page_names_the_commissioner_before_a_partnership_the_recommendations_name(
    title: str,
) -> None:
    doc = make_document(
        f"{title}\nDomestic Homicide Review\nOverview Report\f"
        "#Recommendations\n1. The Safe Durham Partnership Board should agree a protocol for reviews.\n"
        "2. Norfolk County Community Safety Partnership should publish its learning.\n"
    )
    result = Extractor.load()(doc)
    assert _places(result.review.csp) == _places(title.removesuffix(" CSP").removesuffix(" Council"))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Cornwall and Isles of Scilly Community Safety Partnership\nReview",
            {"Cornwall", "Isles of Scilly"},
        ),
        (
            "Gwynedd and Isle of Anglesey Community Safety Partnership\nReview",
            {"Gwynedd", "Isle of Anglesey"},
        ),
        ("Cardiff and Vale of Glamorgan Community Safety Partnership", {"Cardiff", "Vale of Glamorgan"}),
        ("Cornwall and the Isles of Scilly Community Safety Partnership", {"Cornwall", "Isles of Scilly"}),
        ("South Oxfordshire and Vale of White Horse Community Safety Partnership",
         {"South Oxfordshire", "Vale of White Horse"}),
        # the longer name is the narrower place: "London" alone would be every borough
        ("Domestic Homicide Review\nCity of London Community Safety Partnership", {"City of London"}),
        # the title's words before a place joined by "of" stay out of the name
        ("Domestic Homicide Review\nIsle of Wight Community Safety Partnership\nAdult A", {"Isle of Wight"}),
    ],
)  # fmt: skip
def test_a_merged_csp_named_with_a_place_joined_by_of(text: str, places: set[str]) -> None:
    name = commissioning_csp(text)
    assert _places(name) == places
    assert name is not None and not name.startswith("Domestic")
