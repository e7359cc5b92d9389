"""A report's glossary spelt out before classifying (``classification.glossary``): the API's and CLI's
``glossary``, and the one expansion the extraction pipeline's document-read initials go through."""

from __future__ import annotations

import time

import pytest

from classification.glossary import (
    MAX_REPLACEMENTS,
    expand_glossary,
    parse_glossary,
    with_glossary,
)
from dhr.errors import ValidationError
from dhr.schema.classification import MAX_GLOSSARY_ENTRIES, ClassifyInput

GLOSSARY = {
    "PCFT": "Pennine Care NHS Foundation Trust",
    "B&NES": "Bath and North East Somerset Council",
    "the Board": "Safer Rochdale Partnership Board",
    "0-19 team": "the Healthy Child Programme",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PCFT should audit.", "Pennine Care NHS Foundation Trust should audit."),
        # a plain key keeps the article before it; a key with its article is replaced with it, at a start too
        (
            "the PCFT and The Board",
            "the Pennine Care NHS Foundation Trust and Safer Rochdale Partnership Board",
        ),
        ("B&NES housing", "Bath and North East Somerset Council housing"),
        ("a PCFT-led audit", "a Pennine Care NHS Foundation Trust-led audit"),
        ("the 0-19 team", "the the Healthy Child Programme"),
        # whole words only, case kept: initials inside a word or in lower case are not the key
        ("PCFTs and pcft and Board", "PCFTs and pcft and Board"),
        ("", ""),
    ],
)
def test_expand_glossary(text: str, expected: str) -> None:
    assert expand_glossary(text, GLOSSARY) == expected


def test_expansion_is_bounded() -> None:
    text = " ".join(["PCFT"] * (MAX_REPLACEMENTS + 10))
    out = expand_glossary(text, GLOSSARY)
    assert out.count("Pennine Care") == MAX_REPLACEMENTS and out.count("PCFT") == 10
    # a full glossary over a long text is one pass, not one scan an entry
    big = {f"X{n}Y": f"Body number {n}" for n in range(MAX_GLOSSARY_ENTRIES)}
    start = time.perf_counter()
    expand_glossary("X7Y and others " * 1200, big)
    assert time.perf_counter() - start < 5  # generous: catches a quadratic blow-up, not a speed goal


def test_with_glossary_spells_text_and_context_and_keeps_ids() -> None:
    items = [
        ClassifyInput(id="r1", text="The Trust should train staff.", context="PCFT"),
        ClassifyInput(id="r2", text="x"),
    ]
    out = with_glossary(items, GLOSSARY)
    assert [it.id for it in out] == ["r1", "r2"]
    assert out[0].context == "Pennine Care NHS Foundation Trust" and items[0].context == "PCFT"
    assert with_glossary(items, None) == items


def test_parse_glossary_forms() -> None:
    assert parse_glossary('{"PCFT": "Pennine Care NHS Foundation Trust"}', "g.json") == {
        "PCFT": "Pennine Care NHS Foundation Trust"
    }
    text = "# initials\nPCFT - Pennine Care NHS Foundation Trust\nGMP: Greater Manchester Police\n\nRBC\tRochdale Borough Council\nNWAS | North West Ambulance Service\nthe Board = Safer Rochdale Partnership Board\n"
    assert parse_glossary(text, "g.txt") == {
        "PCFT": "Pennine Care NHS Foundation Trust",
        "GMP": "Greater Manchester Police",
        "RBC": "Rochdale Borough Council",
        "NWAS": "North West Ambulance Service",
        "the Board": "Safer Rochdale Partnership Board",
    }


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("PCFT Pennine Care\n", "g.txt:1: expected 'INITIALS - name'"),
        ('{"PCFT": 3}', "PCFT"),
        ("[1, 2]", "expected a JSON object"),
        ('{"PCFT": ', "not valid JSON"),
        ('{"' + "X" * 41 + '": "a name"}', "at most 40 characters"),
        ("\n".join(f"K{n} - Name {n}" for n in range(MAX_GLOSSARY_ENTRIES + 5)), "at most 500 items"),
    ],
)
def test_parse_glossary_errors_name_the_problem(raw: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace("(", r"\(")):
        parse_glossary(raw, "g.txt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Humber should audit its referrals.",
            "Humber Teaching NHS Foundation Trust should audit its referrals.",
        ),
        ("NHS Humber and North Yorkshire ICB", "NHS Humber and North Yorkshire ICB"),
        ("the Humber Road clinic and Humber-wide work", "the Humber Road clinic and Humber-wide work"),
    ],
)
def test_a_one_word_short_name_is_spelt_only_standing_alone(text: str, expected: str) -> None:
    assert expand_glossary(text, {"Humber": "Humber Teaching NHS Foundation Trust"}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "St Anne's maternity service to record the answer.",
            "St Anne's Hospitals NHS Foundation Trust maternity service to record the answer.",
        ),
        # inside the full name it shortens, or inside another body's name: left as written
        (
            "St Anne's Hospitals NHS Foundation Trust should",
            "St Anne's Hospitals NHS Foundation Trust should",
        ),
        (
            "Westmoor and St Anne's Mental Health NHS Trust should",
            "Westmoor and St Anne's Mental Health NHS Trust should",
        ),
    ],
)
def test_a_short_name_of_several_words_is_spelt_only_standing_alone(text: str, expected: str) -> None:
    assert expand_glossary(text, {"St Anne's": "St Anne's Hospitals NHS Foundation Trust"}) == expected
