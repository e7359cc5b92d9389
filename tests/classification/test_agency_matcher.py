"""The plain-Python agency matcher gives the spaCy EntityRuler's entities and tokens (classification.agency_matcher)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from classification import agencies, agency_matcher

TEXTS = [
    "Kent Police and Medway NHS Foundation Trust should review their joint training.",
    "training for GP practices on coercive control",
    "the Police Service of the CSP",
    "A&E staff and the MARAC chair",
    "  Police  ",
    "Police\nService and Women's Aid",
    "wed police cannot",
    "Cheshire Constabulary, the CCG and Adult Social Care",
    "probation service risk assessments",
    "The London Borough of Hackney Children and Families Service, with the DWP.",
    "",
]


def _reference(text: str) -> tuple[list[tuple[int, int, str, str]], list[tuple[str, int]]]:
    doc = agencies._ruler_nlp()(text)
    ents = [(e.start_char, e.end_char, e.text, e.ent_id_) for e in doc.ents if e.label_ == "AGENCY"]
    return ents, [(t.text, t.idx) for t in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_same_tokens_and_entities_as_the_entity_ruler(text: str) -> None:
    ents, toks = _reference(text)
    tokens = agency_matcher.tokenize(text)
    assert tokens == toks
    got = []
    for first, end, internal in agency_matcher.match(tokens):
        s, e = tokens[first][1], tokens[end - 1][1] + len(tokens[end - 1][0])
        got.append((s, e, text[s:e], internal))
    assert got == ents


def test_no_token_sequence_has_two_ids() -> None:
    """The ruler orders two matches of one span by hash; the matcher relies on there being none."""
    pats = agency_matcher.patterns()
    ids: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for key, agency in pats.lower.items():
        ids[key].add(agency)
    for key, agency in pats.orth.items():
        ids[tuple(t.lower() for t in key)].add(agency)
    for agency, phrases in agencies.PHRASES.items():
        for phrase in phrases:
            toks = pats.tokens[phrase]
            if toks and not (
                phrase in agencies.CASE_SENSITIVE or (len(toks) == 1 and phrase != phrase.lower())
            ):
                ids[tuple(t.lower() for t in toks)].add(agency)
    assert not {k: v for k, v in ids.items() if len(v) > 1}


def test_plain_queries_need_no_spacy_tokenizer(monkeypatch: pytest.MonkeyPatch) -> None:
    agency_matcher.patterns()

    def boom() -> None:
        raise AssertionError("spaCy used for a plain query")

    monkeypatch.setattr(agency_matcher, "spacy_tokenizer", boom)
    assert [m.agency for m in agencies.find_agencies("training for GP practices and the police")] == [
        "gp",
        "police",
    ]


def test_cache_round_trip(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(agency_matcher, "_cache_file", lambda key: tmp_path / f"p-{key}.json")
    first = agency_matcher._load_raw()
    assert list(tmp_path.glob("p-*.json"))
    again = agency_matcher._load_raw()
    assert (again["tokens"], again["specials"]) == (first["tokens"], first["specials"])
