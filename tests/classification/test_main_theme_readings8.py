"""Main-theme readings added after theme_blind23 became a dev set (sixteenth session; classification/theme_cues.py,
theme_clause.py, theme_substance.py, main_theme.py): each case is our own wording of the structure or vocabulary a
fix reads, not text taken from the set."""

from classification.main_theme import at_the_verb, later_mechanisms, rule_main, substance_cue
from classification.theme_clause import asked_clause, directive_clause
from classification.theme_cues import cue_mechanism, is_check


def test_reference_is_no_referral() -> None:
    text = (
        "The force should review its use of the scheme, with particular reference to applications that lapse."
    )
    assert substance_cue(text) is None
    # the referrer is still the body that referred
    assert substance_cue("The service should contact the referrer before a case is closed.") == (
        "multi_agency_working"
    )


def test_a_passive_recording_ask_is_record_keeping_whatever_its_subject_lists() -> None:
    text = (
        "Any referral made and the advice given to the victim should be recorded by the practice nurse in the "
        "notes."
    )
    assert substance_cue(text) == "record_keeping"
    # writing a policy is not recording
    assert substance_cue("A referral policy should be written for the ward.") != "record_keeping"


def test_another_body_asked_for_what_it_holds_is_information_sharing() -> None:
    text = "The team should ensure that when a tenant moves in, the police are asked for any callouts to the address."
    assert substance_cue(text) == "multi_agency_working"
    text = "Officers should ask the health visitor for any concerns about the family before the visit."
    assert substance_cue(text) == "multi_agency_working"
    # the ask's first words after an opening condition are at the verb
    assert at_the_verb(
        "The unit should ensure that when a man on licence moves, the police are asked for his history.",
        "multi_agency_working",
    )


def test_chronologies_for_a_review_panel_are_review_governance() -> None:
    text = "The CSP should require agencies to submit chronologies and IMRs to the panel within the timescales agreed."
    assert substance_cue(text) == "other"
    text = "Agencies should provide chronologies for the review within eight weeks of being asked."
    assert substance_cue(text) == "other"
    # a chronology kept on a case file is still recording
    assert substance_cue("Social workers should keep a chronology on each child's file.") == "record_keeping"


def test_an_action_plan_rows_action_gives_the_mechanism_when_the_recommendation_is_an_aim() -> None:
    text = (
        "Recommendation 2: Better recording of disclosures by reception staff. Action: reception staff to be "
        "reminded at the next team meeting how to record a disclosure. Lead: practice manager. Target: May."
    )
    assert cue_mechanism(text) == "awareness_raising"
    text = (
        "Recommendation 3: Practices to ask new patients about abuse at registration. Action: produce guidance "
        "for reception staff on the registration questions. Lead: ICB. Target date: June."
    )
    assert rule_main(text) == "policy"
    # a recommendation that names its own mechanism keeps it
    text = (
        "Recommendation 1: Revise the discharge procedure for patients at risk. Action: deliver briefings on it "
        "to every ward. Lead: Trust. Target: July."
    )
    assert directive_clause(text).startswith("Revise the discharge procedure")


def test_a_narrative_infinitive_in_a_finding_is_no_ask() -> None:
    text = (
        "Health visitors said they were reluctant to ask about abuse in front of relatives. The Trust should "
        "provide training for health visitors on making safe opportunities to ask."
    )
    assert asked_clause(text).startswith("They should provide training")
    # an ask in "X to <verb>" form after a finding clause stays the ask
    text = "Given that officers failed to check the history, the force to review its procedure for call handling."
    assert "review its procedure" in asked_clause(text)


def test_a_thematic_review_of_cases_to_establish_whether_is_a_check() -> None:
    text = (
        "The Board should commission a thematic review of cases closed by the team last year, to establish "
        "whether the DASH was completed, and share the findings with its members."
    )
    assert is_check(text)
    assert cue_mechanism(text) is None
    assert substance_cue(text) == "identification_of_risk"


def test_statutory_guidance_named_by_its_title_and_a_threshold_reviewed_are_policy() -> None:
    text = "The Department should update Working Together to Safeguard Children to say when schools are told."
    assert cue_mechanism(text) == "policy"
    assert cue_mechanism("The hub to revise its referral threshold for unborn babies.") == "policy"
    # reviewing the cases that meet a threshold is no threshold under review
    assert (
        cue_mechanism("The hub should review cases that meet the threshold for a strategy meeting.") is None
    )


def test_a_form_the_system_will_not_let_through_is_a_system_change() -> None:
    text = (
        "The force should make the risk questions part of the incident report, so that the report cannot be "
        "submitted until they are answered."
    )
    assert cue_mechanism(text) == "technology_systems"


def test_sharing_with_the_councils_social_care_services_is_information_sharing() -> None:
    text = "Colleges should share with adult social care any concern they hear about a student's carer."
    assert substance_cue(text) == "multi_agency_working"


def test_recognising_that_gives_the_reason_not_a_risk_practice() -> None:
    text = "The CSP should publicise the helpline in shops, recognising that victims in villages rarely see staff."
    assert substance_cue(text) is None
    assert substance_cue("Staff should recognise the signs of coercive control.") == "identification_of_risk"


def test_an_ask_that_refers_back_takes_the_substance_of_the_rationale() -> None:
    text = (
        "No referral to the MARAC was made after the second incident. The Trust should seek assurance, through "
        "an audit, that such referrals are made within a day."
    )
    assert substance_cue(text) == "multi_agency_working"
    # nothing referred back to: no substance
    assert substance_cue("The Board should make sure that these meetings are held each month.") is None
    # the people or occasions of a case are no practice referred back to
    text = "A referral was not made. The team should consider whether to act in such cases within a week."
    assert substance_cue(text) is None


def test_information_for_people_outside_the_services_after_a_list_of_examples_is_awareness() -> None:
    text = (
        "The CSP should work with the parish councils to give people who visit older residents, such as "
        "volunteers, drivers and carers, information about the signs of abuse and where to get help."
    )
    assert cue_mechanism(text) == "awareness_raising"


def test_a_mechanism_asked_in_a_later_ask_is_listed_for_the_secondary_themes() -> None:
    text = (
        "The Trust should revise its discharge procedure for patients at risk of abuse, and should deliver "
        "training on the revised procedure to ward staff."
    )
    assert later_mechanisms(text) == ["training"]
    text = (
        "The force should: (i) update its stalking policy; (ii) brief all response officers on it; and (iii) "
        "audit the use of the policy after a year."
    )
    assert later_mechanisms(text) == ["awareness_raising"]  # the audit names no mechanism
    # a later sentence that does not ask names none either
    text = "The ICB should review its safeguarding policy. Staff told the review that training was rare."
    assert later_mechanisms(text) == []


def test_learning_published_is_shared_learning_but_a_report_published_is_not() -> None:
    assert cue_mechanism("The CSP should publish the learning from the review on its website.") == (
        "awareness_raising"
    )
    assert cue_mechanism("The CSP should publish the overview report within a month.") != "awareness_raising"
