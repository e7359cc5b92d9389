"""Directive cues for the main theme (classification/theme_cues.py), on recommendations written for these tests."""

import pytest

from classification.theme_cues import cue_mechanism, cue_tokens, directive_clause, main_directive


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        (
            "That all ward staff are reminded of the duty to ask about abuse at each admission.",
            "awareness_raising",
        ),
        (
            "Practitioners in the team familiarise themselves with the local MARAC referral route.",
            "awareness_raising",
        ),
        (
            "That partner agencies develop a greater understanding of economic abuse in older couples.",
            "awareness_raising",
        ),
        (
            "The Trust should make sure the learning from this review is shared with its community nurses.",
            "awareness_raising",
        ),
        (
            "Housing staff take cognisance of the Care Act duties when a tenant discloses abuse.",
            "awareness_raising",
        ),
        ("The CSP to publish a seven minute briefing for front-line staff.", "awareness_raising"),
        (
            "That the probation service delivers refresher training on stalking to all offender managers.",
            "training",
        ),
        ("The Board develops a protocol for reviews that cross two council areas.", "policy"),
        (
            "The council to review its allocations procedure for people fleeing abuse.",
            "policy",
        ),
        (
            "That the hospital's discharge procedure is revised to include a check on who the patient goes home to.",
            "policy",
        ),
        (
            "The surgery to add an alert to the patient record when a MARAC referral is made.",
            "technology_systems",
        ),
    ],
)
def test_the_mechanism_a_recommendation_asks_for(text, theme):
    assert main_directive(text, None) == theme


def test_a_practice_change_has_no_mechanism_cue():
    assert (
        cue_mechanism("Health visitors should ask every mother about abuse when they are seen alone.") is None
    )


def test_a_check_that_names_a_policy_is_not_a_policy_directive():
    text = "Assurance is given to the Board that the referral pathway is used by every agency."
    assert main_directive(text, "policy") is None
    assert "zcuecheck" in cue_tokens(text)


def test_a_mechanism_cue_overrides_a_resourcing_reading_but_not_a_rule_mechanism():
    text = "Agencies ensure their staff take cognisance of the Mental Capacity Act when assessing a victim."
    assert main_directive(text, "other") == "awareness_raising"
    # the rules' own mechanism stands (they read the directive span after the modal)
    assert (
        main_directive("The Trust should train staff and remind them of the policy.", "training")
        == "training"
    )


def test_the_clause_is_the_first_sentence_without_its_lead_in():
    text = "It is recommended that the police review the policy. Training could follow later."
    assert directive_clause(text) == "the police review the policy"
    assert cue_mechanism(text) == "policy"
    assert cue_mechanism("") is None and cue_tokens("") == ""


def test_the_first_ask_of_a_sentence_decides_and_a_process_review_is_left_to_the_model():
    text = "The intake form should ask about abuse at home, and staff should be trained to ask it safely."
    assert cue_mechanism(text) is None
    assert cue_mechanism("Review the process by which officers refer cases to MARAC.") is None


def test_supervision_and_audit_take_the_theme_of_the_practice_they_check():
    assert (
        main_directive("Supervision of social workers checks that the risk policy is followed.", "policy")
        is None
    )
    assert (
        main_directive("An audit of 20 cases to test whether staff were reminded of the protocol.", None)
        is None
    )


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Ward staff should be made aware of the referral route to the hospital IDVA.", "awareness_raising"),
        (
            "Agencies to make sure their staff know how to book an interpreter for a victim.",
            "awareness_raising",
        ),
        ("Staff to be familiar with the Trust's policy on abuse between patients.", "awareness_raising"),
        ("The council should publicise the local helpline in its tenant newsletter.", "awareness_raising"),
        ("A bulletin for pharmacists on the signs of abuse in older customers.", "awareness_raising"),
        (
            "That the Department for Work and Pensions issues guidance to staff on abuse disclosures.",
            "policy",
        ),
        ("That agencies revise their information sharing agreements with the housing provider.", "policy"),
        (
            "The Trust should ensure that alerts are visible to clinicians on the shared care record.",
            "technology_systems",
        ),
        ("The council should move its case files onto a system the police can access.", "technology_systems"),
    ],
)
def test_more_ways_of_naming_the_mechanism(text, theme):
    assert main_directive(text, None) == theme


def test_recording_on_a_system_is_record_keeping_not_an_it_change():
    assert cue_mechanism("Staff to record each disclosure on the safeguarding system the same day.") is None


def test_a_mechanism_cued_in_the_first_sentence_beats_one_the_rules_found_later():
    text = "Public health to build a better understanding of self-harm among older men. Their plan may help."
    assert main_directive(text, "policy") == "awareness_raising"


def test_seeking_assurance_after_the_addressee_is_a_check():
    text = "The Board should seek assurance that every practice attends the MARAC briefing."
    assert main_directive(text, "awareness_raising") is None


def test_a_check_takes_a_substance_theme_from_the_model():
    import numpy as np

    from classification.theme_cues import is_check, substance_main

    classes = ["policy", "multi_agency_working", "identification_of_risk"]
    proba = np.array([0.6, 0.3, 0.1])
    text = "Assurance is provided to the Partnership that the information sharing pathway is used."
    assert is_check(text)
    assert substance_main(proba, classes, True) == "multi_agency_working"
    assert substance_main(proba, classes, False) == "policy"
    assert not is_check("The Trust should review its policy on missed appointments.")


@pytest.mark.parametrize(
    "text",
    [
        "Undertake a regular audit of cases where a victim withdraws, including the children's view.",
        "The service undertakes an annual dip sample of closed referrals.",
        "Each team to audit a sample of its discharge letters.",
    ],
)
def test_audits_in_any_wording_are_checks(text):
    from classification.theme_cues import is_check

    assert is_check(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("A review of the out-of-hours ‘offer’ for victims who work nights.", "policy"),
        ("Consideration should be given to reviewing the arrangements for joint home visits.", "policy"),
        (
            "The ICB to build into its GP contract monitoring a requirement to name a domestic abuse lead.",
            "policy",
        ),
    ],
)
def test_reviewing_how_a_service_is_arranged_is_policy(text, theme):
    assert main_directive(text, None) == theme


def test_arrangements_for_a_practice_are_left_to_the_substance():
    assert cue_mechanism("A review of the arrangements for recording visits to older carers.") is None


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Staff to be briefed on the new referral pathway.", "awareness_raising"),
        (
            "Staff need to be clear about when consent is not needed to share information.",
            "awareness_raising",
        ),
        ("The Trust has reviewed its safeguarding policy to include domestic abuse.", "policy"),
        ("Commissioners to review the service specification for the recovery service.", "policy"),
        (
            "There should be a clear escalation process for practitioners who disagree with a MARAC decision.",
            "policy",
        ),
        ("The referral pathway between the hospital and the IDVA service to be reviewed.", "policy"),
        (
            "The Council to review its carers assessment process so that the risk of abuse is considered.",
            "policy",
        ),
        (
            "The Ministry of Justice should review how family courts learn of a parent's abuse history.",
            "policy",
        ),
        ("The Home Office should legislate to make coercive control an offence after separation.", "policy"),
        ("Officers to be issued with body worn cameras at domestic incidents.", "technology_systems"),
        # a colon-introduced list: the first item is the ask
        (
            "The Service has made recommendations which this review endorses: • To reduce caseloads at the office "
            "• To recruit to vacant posts",
            None,
        ),
    ],
)
def test_cue_mechanism_on_real_report_structures(text, theme):
    assert cue_mechanism(text) == theme


def test_a_colon_introduced_list_takes_its_first_item_as_the_ask():
    text = (
        "The Service has made recommendations which this review endorses: • To reduce caseloads • To recruit"
    )
    assert directive_clause(text) == "To reduce caseloads"
    # an ask before the colon stays the ask
    assert directive_clause(
        "The Trust should make sure its policy covers: • stalking • honour abuse"
    ).startswith("The Trust should")


def test_a_finding_before_the_ask_is_skipped():
    text = (
        "The review found that staff did not recognise coercive control. The Trust should provide training on "
        "coercive control to all community nurses."
    )
    assert directive_clause(text).startswith("The Trust should provide training")
    # a first sentence that asks stays the ask
    text = "A review of the MARAC protocol. It was last updated in 2015."
    assert directive_clause(text) == "A review of the MARAC protocol"


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # a policy asked to be in place (the guide: writing a procedure is policy)
        ("Every pharmacy should have a clear written procedure for customers who ask for help.", "policy"),
        ("The college to put in place an agreed protocol with the student union.", "policy"),
        # the guide's tags, a system named by what it manages, a system changed, the NHS care records
        ("The surgery to add a tag to the file of every patient seen at MARAC.", "technology_systems"),
        (
            "The landlord should update its asset management system so that visits are logged.",
            "technology_systems",
        ),
        ("The council should amend its benefits software to show joint claims.", "technology_systems"),
        ("Give paramedics access to the summary care record at the scene.", "technology_systems"),
        # an aside's words are examples, not the ask
        ("Analysts should widen the search for repeat victims, i.e. not relying on flags alone.", None),
    ],
)
def test_cue_mechanism_reads_policies_in_place_and_system_changes(text, theme):
    assert cue_mechanism(text) == theme


@pytest.mark.parametrize(
    "text",
    [
        "The Trust should undertake a case file audit of referrals made by midwives.",
        "Team leaders to use monthly supervision to check that risk is reviewed.",
        "The service should review a random sample of closed cases to test whether children were seen.",
    ],
)
def test_supervision_sampling_and_named_audits_are_checks(text):
    from classification.theme_cues import is_check

    assert is_check(text)
    assert not is_check("The service should review its closure procedure.")


def test_following_a_policy_names_no_mechanism_and_a_change_in_the_law_is_policy():
    """The guide's policy mechanism is writing or reviewing one: following it is left to the substance or the model;
    changing the law is national policy."""
    assert (
        main_directive("Midwives should follow the chaperone policy at every booking visit.", "policy")
        is None
    )
    assert (
        main_directive("Midwives should follow and then revise the chaperone policy.", "policy") == "policy"
    )
    assert cue_mechanism("That the department considers changing the law on stalking orders.") == "policy"


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        (
            "Officers should have recognised the signs of stalking at the first call. The force should deliver "
            "training on stalking to call handlers.",
            "The force should deliver training",
        ),
        (
            "It would have been good practice to note who was present. The Trust should review its recording policy.",
            "The Trust should review",
        ),
        (
            "The patient should not have been discharged without a plan. The ward should update its discharge "
            "procedure.",
            "The ward should update",
        ),
    ],
)
def test_what_should_have_happened_is_rationale_not_the_ask(text, ask):
    assert directive_clause(text).startswith(ask)
    # a counterfactual alone is still the only sentence there is
    assert directive_clause("Staff should have asked about abuse.") == "Staff should have asked about abuse."


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("R4. Agencies should share information with the IDVA.", "Agencies should share"),
        ("3.1 The Trust should review its policy.", "The Trust should review"),
        ("(b) GPs should ask about abuse.", "GPs should ask"),
        # a number that is the text's own, not a reference, stays
        ("24 hours notice should be given to the IDVA.", "24 hours notice"),
    ],
)
def test_an_items_reference_is_not_its_ask(text, ask):
    assert directive_clause(text).startswith(ask)
