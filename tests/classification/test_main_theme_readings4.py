"""Main-theme readings added after theme_blind18 became a dev set (the thirteenth session; classification/
main_theme.py, theme_substance.py, theme_cues.py): each case is our own wording of the structure or vocabulary a
fix reads, not text taken from the set."""

import pytest

from classification.main_theme import rule_main, substance_cue


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # what a body knows passed on to others is information sharing
        (
            "Health visitors and school nurses should share what they know about a family's history of violence.",
            "multi_agency_working",
        ),
        # a long object between "screen" and "for abuse" is still screening for abuse
        (
            "The benefits team should screen every new housing application for signs of domestic abuse.",
            "identification_of_risk",
        ),
        # an enquiry about abuse made of the patient is routine enquiry ...
        (
            "Health visitors should make a domestic abuse enquiry at the first home visit and at six weeks.",
            "identification_of_risk",
        ),
        # ... one made of another body is checking its records (joint work)
        (
            "Offender managers should complete a domestic abuse enquiry with the police before each review.",
            "multi_agency_working",
        ),
        # concerns followed up: professional curiosity
        (
            "Housing officers should follow up any concerns a neighbour reports about shouting at the property.",
            "identification_of_risk",
        ),
        # a person's safety established is risk identification
        (
            "Duty social workers should ring back the same day to establish the victim's safety.",
            "identification_of_risk",
        ),
        # how a child is to be kept safe, set out in a plan, is risk management
        (
            "The core group should agree how the children will be kept safe if the father returns home.",
            "identification_of_risk",
        ),
    ],
)
def test_rule_main_on_thirteenth_session_readings(text: str, theme: str) -> None:
    assert rule_main(text) == theme


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a check of what the training teaches takes the training's theme (the guide: the practice checked)
        (
            "The Board should seek assurance that each partner's safeguarding e-learning includes economic abuse.",
            "training",
        ),
        # a check whether abuse was considered checks risk identification, not the referral that may follow
        (
            "The practice should audit a sample of closed cases to test whether abuse was considered and a "
            "referral offered.",
            "identification_of_risk",
        ),
        # how an injury came about asked of the patient is risk identification
        (
            "The ward manager should audit a sample of notes to see whether the cause of the injury was asked "
            "about.",
            "identification_of_risk",
        ),
    ],
)
def test_substance_of_a_check(text: str, theme: str) -> None:
    assert substance_cue(text) == theme


def test_cases_named_by_a_condition_are_not_the_practice_checked() -> None:
    # "cases where abuse was identified" names the sample; the referral checked is the practice
    text = (
        "The Board should audit cases where domestic abuse was identified to check that referrals to the IDVA "
        "service were made."
    )
    assert substance_cue(text) == "multi_agency_working"


def test_relationships_education_is_awareness_raising_unless_made_compulsory() -> None:
    assert rule_main("Schools should make sure that healthy relationships education teaches consent.") == (
        "awareness_raising"
    )
    assert (
        rule_main("The Department should make relationships education compulsory in every school.")
        == "policy"
    )


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # something written into a policy document is the document rewritten: policy
        (
            "The ambulance trust should include coercive control in its safeguarding adults procedure so that "
            "crews refer to the council.",
            "policy",
        ),
        (
            "The Department should consider naming economic abuse as a warning sign in the next national "
            "gambling harms strategy.",
            "policy",
        ),
    ],
)
def test_something_written_into_a_policy_document(text: str, theme: str) -> None:
    assert rule_main(text) == theme


def test_a_check_that_things_were_written_down_is_record_keeping() -> None:
    # the clause checked says the items were documented; an enquiry "made and written up" checks the enquiry
    assert (
        substance_cue(
            "The Trust should audit twenty case files to check that the risk assessment and the safety plan were "
            "all documented."
        )
        == "record_keeping"
    )
    assert (
        substance_cue(
            "The practice should audit twenty case files to check that a domestic abuse enquiry was made and "
            "written up."
        )
        == "identification_of_risk"
    )


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # an information sharing agreement refreshed is a policy rewritten, in the passive too
        (
            "The county's data sharing agreement to be updated so that housing providers are party to it.",
            "policy",
        ),
        # the periodic update staff must attend is training
        ("Health visitors should cover stalking in the mandatory annual update.", "training"),
        # commissioning arrangements reviewed are contract management, not a policy
        ("The council should review its commissioning arrangements for the refuge service.", "other"),
        # noting something on an account or file is record keeping
        ("Housing officers should note on the tenancy file when a tenant reports abuse.", "record_keeping"),
        # records to be shared are the sharing asked for
        (
            "Records should be shared between the two GP surgeries when a patient moves.",
            "multi_agency_working",
        ),
        # exploring with the person whether they are safe is risk identification
        (
            "Pharmacists should explore with customers who buy emergency contraception whether they feel safe.",
            "identification_of_risk",
        ),
    ],
)
def test_rule_main_on_thirteenth_session_readings_2(text: str, theme: str) -> None:
    assert rule_main(text) == theme


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # taught sessions for staff are training; sessions for the public are not
        ("The force should run awareness sessions for custody staff on stalking.", "training"),
        # writing guidance is the policy mechanism, named before the training that follows it
        (
            "The practice to write guidance for reception staff on callers who cannot speak freely, and to train "
            "them in it.",
            "policy",
        ),
    ],
)
def test_rule_main_on_thirteenth_session_readings_3(text: str, theme: str) -> None:
    assert rule_main(text) == theme


def test_records_read_to_check_a_practice_are_an_audit() -> None:
    text = (
        "The named nurse should review the notes of children seen after a police call-out to check whether the "
        "child was asked about home."
    )
    assert substance_cue(text) == "identification_of_risk"


def test_hidden_abuse_looked_for_among_cases() -> None:
    text = "The landlord should audit last year's noise complaints to identify those that may have involved abuse."
    assert substance_cue(text) == "identification_of_risk"


def test_a_contract_specification_is_no_policy() -> None:
    assert rule_main(
        "Commissioners should write into the contract specification a duty to ask about abuse."
    ) != ("policy")


def test_contacting_a_named_body_and_bodies_told_with_a_modal_are_joint_work() -> None:
    from classification.main_theme import text_cues

    assert "multi_agency_working" in text_cues(
        "Tenancy officers should contact adult social care if a tenant is hurt."
    )
    assert "multi_agency_working" in text_cues(
        "The plan should be closed and the other agencies involved must be told."
    )


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a guide or booklet produced or made available for people is awareness material
        (
            "The council should produce a booklet for landlords on where tenants can get help.",
            "awareness_raising",
        ),
        (
            "The surgery should make available to reception staff a printed guide to local refuges.",
            "awareness_raising",
        ),
        # a review by a named body of the arrangements is a review of the arrangements
        ("A review by the Board of the arrangements under which carers are assessed.", "policy"),
        # what a record or system lets people do is the system
        (
            "The ICB should ensure that the shared GP record allows a warning to be seen by locums.",
            "technology_systems",
        ),
    ],
)
def test_rule_main_on_thirteenth_session_readings_4(text: str, theme: str) -> None:
    assert rule_main(text) == theme


def test_a_marker_of_risk_is_no_system_marker() -> None:
    from classification.theme_cues import cue_mechanism

    assert (
        cue_mechanism("Officers should treat a threat to kill as a marker of serious harm.")
        != "technology_systems"
    )


def test_a_condition_with_no_comma_ends_at_the_main_clause() -> None:
    # "when a tenant reports damage to a door" is the trigger; the risk assessment is the ask
    text = (
        "Repairs staff should make sure that when a tenant reports damage to a door a risk assessment is "
        "completed by the housing officer."
    )
    assert substance_cue(text) == "identification_of_risk"
    # a condition that runs to the end keeps its words out of the ask as before
    assert substance_cue("Housing staff should visit within a week when a tenant is referred by MARAC.") != (
        "multi_agency_working"
    )
