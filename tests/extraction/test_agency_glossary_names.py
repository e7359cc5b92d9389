"""The names a document defines for agencies (:func:`extraction.agency_context.agency_acronyms`), as agencies
set L printed them: a glossary cell that describes the body after its name, a bracketed definition of a name
with commas in it, a one-word short name that is the body's own first word (and where it is spelled out); and a
lead-in's addressee without the relative clause after it (dev21-01's PDF)."""

from __future__ import annotations

import pytest

from extraction.agency_context import agency_acronyms, expand_acronyms, lead_in_addressee
from tests.extraction.builders import make_document


def test_a_glossary_cells_description_after_the_name_is_cut() -> None:
    rows = [
        ["Term", "Meaning"],
        [
            "WCA",
            "Westmoor Care Alliance NHS Foundation Trust, which runs Westmoor Infirmary and Eastfold General "
            "Hospital and the urgent treatment centres of the borough",
        ],
        ["EPT", "Eastfold Partnership NHS Foundation Trust, the mental health trust for the borough"],
        ["WH", "Westmoor Homes (formerly Westmoor Council's housing department)"],
    ]
    document = make_document("# Glossary\n# Recommendations\n1. WCA to ask about abuse.\n", {1: [rows]})
    found = agency_acronyms(document)
    assert found["WCA"] == "Westmoor Care Alliance NHS Foundation Trust"
    assert found["EPT"] == "Eastfold Partnership NHS Foundation Trust"
    assert found["WH"] == "Westmoor Homes"


def test_a_bracketed_definition_keeps_the_commas_of_the_name() -> None:
    document = make_document(
        "# Introduction\nThis summary uses these short names: Northshire Police, Eastfold, Westmere and Southby "
        "Partnership NHS Foundation Trust (EWSP) and Northshire Police, Northshire Women's Aid (NWA).\n"
    )
    found = agency_acronyms(document)
    assert found["EWSP"] == "Eastfold, Westmere and Southby Partnership NHS Foundation Trust"
    assert found["NWA"] == "Northshire Women's Aid"  # the body the initials spell, not the list before it


def test_a_one_word_short_name_is_its_bodys_first_word() -> None:
    document = make_document(
        "# Introduction\nHumberside Police (HP), Humber Teaching NHS Foundation Trust (Humber) and Kent Police "
        "(Lead) took part.\n"
    )
    found = agency_acronyms(document)
    assert found["Humber"] == "Humber Teaching NHS Foundation Trust"
    assert "Lead" not in found


def test_a_short_name_is_spelled_out_only_where_it_stands_alone() -> None:
    names = {"Humber": "Humber Teaching NHS Foundation Trust"}
    assert expand_acronyms("Humber", names) == "Humber Teaching NHS Foundation Trust"
    assert expand_acronyms("ERYC / Humber", names) == "ERYC / Humber Teaching NHS Foundation Trust"
    assert (
        expand_acronyms("NHS Humber and North Yorkshire ICB", names) == "NHS Humber and North Yorkshire ICB"
    )
    assert expand_acronyms("North Humber", names) == "North Humber"


def test_a_glossary_lines_description_after_the_name_is_cut() -> None:
    document = make_document(
        "# Glossary\nWCA - Westmoor Care Alliance NHS Foundation Trust, which runs Westmoor Infirmary and Eastfold "
        "General Hospital and the urgent treatment centres of the borough\n"
        "EPT - Eastfold Partnership NHS Foundation Trust, the mental health trust for the borough\n"
    )
    found = agency_acronyms(document)
    assert found["WCA"] == "Westmoor Care Alliance NHS Foundation Trust"
    assert found["EPT"] == "Eastfold Partnership NHS Foundation Trust"


@pytest.mark.parametrize(
    "text",
    [
        "The IMR author made the following recommendations for Eastby Police, which the panel supports:",
        "The following recommendations are for Eastby Police, who have accepted them:",
    ],
)
def test_a_lead_ins_relative_clause_is_no_part_of_the_addressee(text: str) -> None:
    assert lead_in_addressee(text) == "Eastby Police"
