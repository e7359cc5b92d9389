"""The search synonyms: one data file, read by one loader, and every search path sees the same lists."""

from __future__ import annotations

import re

import pytest

from dhr.taxonomy import load_taxonomy
from retrieval import lexical, thesaurus
from retrieval.lexical import tokenize
from retrieval.thesaurus import CONCEPT_AGENCIES, GENERAL, SURFACE_FORMS, concept_tokens, load_synonyms


def test_the_file_has_its_sections() -> None:
    data = load_synonyms()
    assert set(data) >= {"about", "concepts", "concept_agencies", "token_expansions", "surface_forms"}
    assert set(data["concepts"]) == {"general", "full"}


@pytest.mark.parametrize("vocabulary", ["general", "full"])
def test_every_pattern_compiles_and_has_a_description(vocabulary: str) -> None:
    for name, (pattern, description) in thesaurus.VOCABULARIES[vocabulary].items():
        re.compile(pattern)
        assert description.strip(), name


def test_cross_references_name_known_concepts_and_agencies() -> None:
    agencies = set(load_taxonomy().agency_ids)
    assert set(CONCEPT_AGENCIES) <= set(GENERAL)
    assert {a for ids in CONCEPT_AGENCIES.values() for a in ids} <= agencies
    assert set(SURFACE_FORMS) <= set(GENERAL)


def test_lexical_search_reads_the_same_expansions() -> None:
    assert lexical.EXPANSIONS is thesaurus.EXPANSIONS
    for word, tokens in thesaurus.EXPANSIONS.items():
        assert word == word.lower() and tokens.split(), word


def test_an_acronym_and_its_long_form_meet_in_both_lists() -> None:
    # the word-level expansion: "ICB" indexes the words of its long form
    assert {"integrat", "care", "board"} <= set(tokenize("the ICB", thesaurus=False))
    # the concept level: another name of the same body carries the same concept token
    assert concept_tokens("a clinical commissioning group") == concept_tokens("the ICB") == ["zzicb"]
