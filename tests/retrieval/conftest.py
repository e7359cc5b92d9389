"""Fixtures for the library tests: a small records corpus and libraries on the deterministic hash encoder."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from dhr.settings import Settings
from retrieval.embeddings import HashEncoder
from retrieval.library import Library

RECORDS = [
    {
        "id": "n1",
        "text": "Police should complete a DASH risk assessment at every domestic abuse incident.",
        "csp": "Northtown CSP",
        "region": "North East",
        "review": "DHR Adult A",
        "year": 2021,
        "agencies": ["police"],
        "themes": ["identification_of_risk"],
        "level": "local",
        "actions": [
            {
                "text": "Audit DASH completion rates",
                "status": "completed",
                "quality": "gold",
                "evidence": "Audit 2022",
            }
        ],
    },
    {
        "id": "n2",
        "text": "GP practices should introduce routine enquiry about domestic abuse for all patients.",
        "csp": "Northtown CSP",
        "review": "DHR Adult A",
        "year": 2021,
        "agencies": ["gp"],
        "themes": ["identification_of_risk"],
        "level": "local",
    },
    {
        "id": "s1",
        "text": "Officers must carry out a DASH risk assessment whenever they attend a domestic incident.",
        "csp": "Southville CSP",
        "region": "South West",
        "review": "DHR Mrs B",
        "year": 2019,
        "agencies": ["police"],
        "themes": ["identification_of_risk"],
        "level": "local",
        "actions": [
            {
                "text": "Briefing to officers",
                "status": "abandoned",
                "evidence": "Superseded by national training",
            }
        ],
    },
    {
        "id": "s2",
        "text": "Housing providers should train staff to recognise coercive control during home visits.",
        "csp": "Southville CSP",
        "review": "DHR Mrs B",
        "year": 2019,
        "agencies": ["housing"],
        "themes": ["training"],
        "level": "local",
    },
    {
        "id": "w1",
        "text": "The police should ensure a DASH risk assessment is completed at every domestic incident attended.",
        "csp": "Westham CSP",
        "review": "DHR Ms C",
        "year": 2020,
        "agencies": ["police"],
        "themes": ["identification_of_risk"],
        "level": "local",
    },
    {
        "id": "w2",
        "text": "The Home Office should fund national awareness campaigns about economic abuse.",
        "csp": "Westham CSP",
        "review": "DHR Ms C",
        "year": 2020,
        "agencies": ["home_office"],
        "themes": ["awareness_raising"],
        "level": "national",
    },
    {
        "id": "e1",
        "text": "Mental health services should ask patients about domestic abuse as part of risk assessment.",
        "csp": "Eastbury CSP",
        "review": "DHR Mr D",
        "year": 2022,
        "agencies": ["mental_health_services"],
        "themes": ["identification_of_risk"],
        "level": "local",
        "actions": [{"text": "Add question to assessment form", "status": "in_progress"}],
    },
]


def write_records(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def lib_records(tmp_path: Path) -> Path:
    return write_records(tmp_path / "records.jsonl", RECORDS)


@pytest.fixture
def lib_settings(tmp_path: Path) -> Settings:
    return Settings(library_dir=tmp_path / "lib", embedding_model="hash")


@pytest.fixture
def lib(lib_settings: Settings) -> Iterator[Library]:
    library = Library.open(lib_settings.library_dir, settings=lib_settings, encoder=HashEncoder())
    yield library
    library.close()


@pytest.fixture
def lib_loaded(lib: Library, lib_records: Path) -> Library:
    from retrieval.ingest import add_paths

    report = add_paths(lib, [lib_records])
    assert not report.errors
    return lib
