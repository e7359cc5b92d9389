"""The main theme on the shapes of real recommendations that short own-words items lack (blind set 11's
conventions, in own wording, not its items): several asks listed in one sentence, a policy document made to say
something, learning talked through at a forum, a check with a long subject, training made compulsory as what a
check checks, a condition of the ask ("once they are made aware"), enquiries made with another agency, a purpose
before the addressee, a role named after abuse, a process reviewed "to ensure", a policy circulated to staff, an
initiative promoted."""

import pytest

from classification.main_theme import rule_main
from classification.theme_cues import directive_clause, is_check


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a list of asks in one sentence: the first item is the first ask, not a mechanism in a later item
        (
            "The Trust should: (a) make sure that midwives ask every woman about abuse when she is seen alone; "
            "(b) remind staff of the referral route; and (c) report the results to the Board.",
            "identification_of_risk",
        ),
        (
            "The Council to ensure that: 1. Housing officers check for previous reports of abuse at the "
            "address; 2. Staff are reminded of the MARAC referral criteria.",
            "identification_of_risk",
        ),
        # a policy document made to say something is writing the policy
        (
            "The ICB should ensure that the specification for the sexual health service sets out when staff must "
            "ask about coercive control.",
            "policy",
        ),
        # learning talked through where staff meet is sharing learning
        (
            "The Safeguarding Board should consider holding an annual event at which learning from local reviews "
            "is discussed with frontline managers.",
            "awareness_raising",
        ),
        # a check with a long subject takes the theme of the practice it checks
        (
            "Team leaders in the community mental health service for older adults should carry out a quarterly "
            "audit of care plans to check that screening questions about abuse are asked and the answers noted.",
            "identification_of_risk",
        ),
        # training made compulsory is what the assurance checks: training
        (
            "The Safeguarding Partnership should seek assurance that domestic abuse e-learning is compulsory for "
            "reception staff in every practice.",
            "training",
        ),
        # a condition of the ask is not awareness raising
        (
            "Agencies should ensure that once they are made aware that a perpetrator has been released, the "
            "information is shared with the victim's IDVA.",
            "multi_agency_working",
        ),
        # enquiries made with another agency are multi-agency working
        (
            "The Trust should ensure that enquiries are made with children's services whenever a patient with a "
            "history of violence is discharged to a home where children live.",
            "multi_agency_working",
        ),
        # a purpose before the addressee is rationale: the ask (here a check) follows the comma
        (
            "To assure the Board that the learning from this review has been shared, the Trust should carry out "
            "an audit of the referrals its midwives make to children's social care.",
            "multi_agency_working",
        ),
        # a role named after abuse is no identification of abuse
        (
            "Each school should identify a domestic abuse lead and ensure that information from Operation "
            "Encompass notifications is shared with the lead.",
            "multi_agency_working",
        ),
        # a process reviewed "to ensure that ..." is a process under review (the purpose is no practice)
        (
            "The Council to review its case transfer process to ensure that a family moving between teams keeps "
            "the same social worker for at least a month.",
            "policy",
        ),
        # a policy that exists made known to staff is telling them
        (
            "The Trust should ensure that the updated escalation policy is circulated to all community nurses and "
            "discussed at team meetings.",
            "awareness_raising",
        ),
        # promoting an initiative is awareness raising, though the policies it encourages are named after it
        (
            "The Partnership should promote the local Safe Spaces initiative in pharmacies and encourage the "
            "adoption of workplace policies.",
            "awareness_raising",
        ),
    ],
)
def test_rule_main_on_real_report_shapes(text, theme):
    assert rule_main(text) == theme


def test_the_first_item_of_a_list_is_the_ask_and_a_numbered_item_is_no_sentence_end():
    text = "The Council to ensure that: 1. Housing officers check the tenancy history; 2. Staff are reminded."
    assert (
        directive_clause(text) == "The Council to ensure that: 1. Housing officers check the tenancy history"
    )
    assert directive_clause("The Trust should (a) audit records; and (b) train staff.").endswith(
        "audit records"
    )
    # no list: the sentence is unchanged
    assert directive_clause("The Trust should train staff in version 1. 2 of the tool.").startswith(
        "The Trust"
    )


def test_a_long_subject_before_an_audit_is_still_a_check():
    # ... but the subject holds no modal or "that": a clause ending "in supervision" is no check by that alone
    assert not is_check(
        "The Trust ensure that the training on professional curiosity is covered in supervision."
    )
    assert is_check(
        "Managers in the adult community nursing service for the county should carry out a dip sample of "
        "case notes."
    )


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # the case's narrative first, then "It is recommended that ...": the ask is the recommending sentence
        (
            "Mr A sent the victim dozens of messages a day and turned up at her sister's house after she ended "
            "the relationship. Each call was logged as a separate incident. It is recommended that the "
            "Constabulary delivers training on stalking to its call handlers.",
            "training",
        ),
        (
            "The victim's son confided in a teaching assistant about violence at home. No concern was passed on. "
            "The review panel recommends that the school rewrites its safeguarding procedure so that a child's "
            "account of violence at home is always passed to the designated lead.",
            "policy",
        ),
    ],
)
def test_narrative_before_the_recommending_sentence(text: str, theme: str) -> None:
    assert rule_main(text) == theme


def test_an_ask_stated_first_keeps_its_place() -> None:
    from classification.directive import recommending_part

    text = "The Trust should ask every patient about abuse. The panel also recommends that staff are trained."
    assert recommending_part(text) == (text, False)
    narrative = "She moved twice in a year. It is recommended that housing providers share tenancy histories."
    assert recommending_part(narrative) == ("housing providers share tenancy histories.", True)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a policy made to refer to something is writing the policy
        ("Every partner should make sure its safeguarding procedure refers to the local referral criteria.", "policy"),
        # questions "set out in" existing guidance are used, not written: the practice is the ask
        (
            "Health visitors should ask about abuse at each new birth visit, using the questions set out in the "
            "national guidance.",
            "identification_of_risk",
        ),
        # what a system does by itself is a system change
        (
            "The Trust should amend its records platform so that the named nurse is notified automatically when "
            "a patient is discussed at MARAC.",
            "technology_systems",
        ),
        # a condition opening the ask is its trigger, not the ask
        (
            "The refuge should ensure that when a housing officer refers a woman, a DASH risk assessment is "
            "completed with her on arrival.",
            "identification_of_risk",
        ),
        # an audit of a flag takes the flag's theme, though a substance word qualifies it
        (
            "The ICB should audit practice records to check that a domestic abuse flag has been added for each "
            "patient discussed at the risk conference.",
            "technology_systems",
        ),
    ],
)  # fmt: skip
def test_readings_found_on_set_12(text: str, theme: str) -> None:
    assert rule_main(text) == theme
