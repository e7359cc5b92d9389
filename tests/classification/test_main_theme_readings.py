"""Main-theme readings added after theme_blind13 became a dev set, with those for set 12's errors left after its
fixes (classification/main_theme.py, theme_cues.py, theme_clause.py): each case is written in our own words for
the structure or vocabulary the fix reads, not taken from a set."""

import pytest

from classification.main_theme import rule_main


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # another body told in the passive, after the trigger that opens the ask, is sharing with it
        (
            "Housing providers should ensure that, where a tenant reports abuse by a neighbour, the police are "
            "informed.",
            "multi_agency_working",
        ),
        # recording on a system is record keeping: the system is where the record is kept, not an IT change
        ("The surgery to record any disclosure of abuse on its clinical system.", "record_keeping"),
        # a record as a thing joined to another ("the GP record and the care record") is not recording
        (
            "The ICB should look at whether the GP record and the shared care record could hold an alert for "
            "victims.",
            "technology_systems",
        ),
        # a system change named as a noun, and what a system shows by itself
        (
            "The force should make the IT changes needed to link incidents to both parties.",
            "technology_systems",
        ),
        (
            "The police should make sure that a caller's earlier incidents automatically display to the call "
            "handler.",
            "technology_systems",
        ),
        # a strategy made to recognise or address something is writing the strategy
        (
            "The Board should ensure that the local homelessness strategy recognises domestic abuse as a cause of "
            "homelessness.",
            "policy",
        ),
        # "no recourse to public funds" is an immigration status, not funding; publishing information is
        # awareness raising
        (
            "The council to publish information about support for women with no recourse to public funds.",
            "awareness_raising",
        ),
    ],
)
def test_rule_main_readings_found_on_set_13(text, theme):
    assert rule_main(text) == theme


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a second "and that" clause of "ensure that" is a second ask: the first is read
        (
            "The council should ensure that its contractors raise a safeguarding alert whenever a client seems "
            "afraid of a relative, and that their workers understand that such abuse is domestic abuse.",
            "multi_agency_working",
        ),
        # a history checked (the passive) is the risk check, though checked with another body
        (
            "Managers to dip sample assessments to check whether the partner's history was checked with the "
            "police.",
            "identification_of_risk",
        ),
        # a procedure that includes a practice, in a relative clause, is writing the procedure
        (
            "The ICB should require that each provider it commissions has a procedure that includes asking about "
            "abuse.",
            "policy",
        ),
    ],
)
def test_rule_main_readings_found_on_set_12_left_errors(text, theme):
    assert rule_main(text) == theme


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the readings above leave these as they were
        ("The CSP should fund an additional IDVA post for the next two years.", "other"),
        (
            "Health visitors should record each contact with the family on the electronic patient record.",
            "record_keeping",
        ),
        (
            "The Trust to make sure that, when a patient says her partner has hurt her, the GP is notified within a "
            "day.",
            "multi_agency_working",
        ),
        ("Staff should record and share any disclosure with the safeguarding lead.", "record_keeping"),
        (
            "The police should change the command and control system so that repeat callers are flagged.",
            "technology_systems",
        ),
        ("All agencies should ensure staff know how to refer to MARAC.", "awareness_raising"),
    ],
)
def test_rule_main_unchanged_by_those_readings(text, theme):
    assert rule_main(text) == theme
