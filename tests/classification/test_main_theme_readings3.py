"""Main-theme readings added after theme_blind15 became a dev set (classification/main_theme.py, theme_cues.py):
each case is our own wording of the structure or vocabulary a fix reads, not text taken from the set."""

import pytest

from classification.main_theme import rule_main, substance_cue


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # learning staff are required to take is training (the guide's training mechanism)
        (
            "The Trust should ensure that the core e learning for ward clerks explains how stalking escalates.",
            "training",
        ),
        # a practice direction or code of practice amended is a rule rewritten: policy
        (
            "The Ministry should consider whether the code of practice on tenancy checks ought to be amended "
            "so that landlords ask about previous evictions.",
            "policy",
        ),
        # a system that prompts the worker is the technology mechanism
        (
            "Call handlers should be prompted by the control room system to ask whether weapons are in the "
            "house.",
            "technology_systems",
        ),
        # handing on what is learnt to another body is information sharing
        (
            "Schools should ensure that any new concern about a parent is passed to children's services on the "
            "same day.",
            "multi_agency_working",
        ),
        # a case talked through with another body is joint work
        (
            "Adult safeguarding concerns involving a carer should be discussed with the police before any "
            "decision on the level of risk is made.",
            "multi_agency_working",
        ),
        # the addressees sharing among themselves
        (
            "Landlords in the borough should share with one another any report of harassment by a former "
            "tenant.",
            "multi_agency_working",
        ),
    ],
)
def test_rule_main_reads(text: str, theme: str) -> None:
    assert rule_main(text) == theme


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a check of a harm assessment takes the risk theme (the guide: an audit takes its practice's theme)
        (
            "Team managers to audit a sample of cases to confirm that the risk of harm assessment was updated "
            "after every arrest notified to the officer.",
            "identification_of_risk",
        ),
        # a check that information reaches the record is record keeping, though another body's name comes first
        (
            "The board should audit case files to test whether MASH outcomes sent to schools are being added "
            "to the pupil records.",
            "record_keeping",
        ),
    ],
)
def test_substance_of_checks(text: str, theme: str) -> None:
    assert substance_cue(text) == theme
