"""Main-theme readings added after theme_blind14 became a dev set (classification/main_theme.py, theme_cues.py):
each case is written in our own words for the structure or vocabulary the fix reads, not taken from a set."""

import pytest

from classification.main_theme import rule_main, substance_cue
from classification.theme_cues import cue_mechanism


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # being alert to something is no system alert: the substance (the signs of abuse) decides
        (
            "Ward staff must remain alert to the signs of financial abuse and coercive control in older couples.",
            "identification_of_risk",
        ),
        # ... while an alert added to a record still is one
        ("The surgery should add an alert to the records of victims.", "technology_systems"),
        # a body whose staff are to know about a service is awareness raising, like staff knowing it
        (
            "Commissioners should make sure that dental surgeries know how to contact the local refuge.",
            "awareness_raising",
        ),
        # intimate partners, named beside former partners, are not partner agencies
        (
            "Probation officers should record every conversation with partners and ex-partners of the people "
            "they supervise.",
            "record_keeping",
        ),
    ],
)
def test_readings(text: str, theme: str) -> None:
    assert rule_main(text) == theme


def test_alert_adjective_is_no_cue() -> None:
    assert cue_mechanism("Crews should be alert to the risk of abuse in every household.") is None


def test_later_condition_is_the_trigger() -> None:
    # the referral is when the ask applies, not what is asked for
    text = "Health visitors should make sure the mother is seen alone whenever the family is referred by the police."
    assert substance_cue(text) == "identification_of_risk"
    nothing = "Teachers should visit the home whenever a pupil is referred by the police."
    assert substance_cue(nothing) is None
    # "when to refer" is what staff are to know, not a condition
    assert (
        substance_cue("Practice nurses to agree when to refer a patient to the MARAC.")
        == "multi_agency_working"
    )
