"""A year in a clause about the subject's history ("which took over ... in 2022", "<Name> until 2019", "formed in
2022", "(formerly ...)") dates the body, not the ask: no target date. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from extraction.target_dates import deadline_in_text, in_history_clause


def _at(text: str, date: str) -> bool:
    m = re.search(re.escape(date), text)
    assert m is not None
    return in_history_clause(text, m.start(), m.end())


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "NHS Westmoor ICB (NHS Kelby CCG until 2020 and then NHS Westmoor CCG) to ensure that GPs record it.",
            "2020",
        ),
        (
            "Westmoor locality, which took over from NHS Kelby CCG in July 2022, to make sure that GPs code it.",
            "July 2022",
        ),
        ("Kelby Homes, Westmoor Housing until 2019, should ask about abuse at each visit.", "2019"),
        (
            "NHS Kelby, and the group that will succeed it in April 2013, should ensure that GPs have a lead.",
            "April 2013",
        ),
        (
            "The ICB, which took on the duties of NHS Kelby CCG in 2022, to ensure that GPs join the programme.",
            "2022",
        ),
        ("Tai Westmoor, formed in 2022 from Tai Kelby and Tai Moor, to train its housing officers.", "2022"),
        ("The Trust (formerly Kelby Health, renamed in 2021) should review its policy.", "2021"),
    ],
)
def test_history_year_is_no_target(text: str, date: str) -> None:
    assert _at(text, date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a deadline of the ask itself
        ("The Council should review its policy by March 2024.", "March 2024"),
        ("Fund the Westmoor IDVA Service until 2021, and review it then.", "2021"),
        ("The Council should, until 2021, fund the outreach post.", "2021"),
        ("Until 2021 the Board should meet quarterly.", "2021"),
        # a history verb with a deadline's "by"
        ("The new service, established by March 2021, should be evaluated after a year.", "March 2021"),
        # a history word in an earlier clause, a deadline in the ask's own clause
        ("The service that replaced the old one, to be recommissioned by April 2021.", "April 2021"),
    ],
)
def test_deadline_stays(text: str, date: str) -> None:
    assert not _at(text, date)


def test_deadline_in_text_skips_the_history_year() -> None:
    found = deadline_in_text("Westmoor Housing until 2019, should review its policy by March 2024.")
    assert found is not None and found.iso == "2024-03"
    assert deadline_in_text("Kelby Homes, Westmoor Housing until 2019, should ask about abuse.") is None
