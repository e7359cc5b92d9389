"""Main-theme readings added after theme_blind20 became a dev set (fifteenth session; classification/theme_cues.py,
theme_substance.py, main_theme.py): each case is our own wording of the structure or vocabulary a fix reads, not
text taken from the set."""

from classification.main_theme import rule_main, substance_cue
from classification.theme_cues import cue_mechanism, is_check


def test_a_compulsory_question_on_a_form_is_a_system_field_not_a_rule() -> None:
    # a field the record will not save without is the technology mechanism
    text = (
        "The ambulance trust should add a compulsory safeguarding question to the electronic patient care "
        "record so that it cannot be closed without an answer."
    )
    assert cue_mechanism(text) == "technology_systems"
    # making a subject compulsory is still a rule made binding
    assert (
        cue_mechanism("The Government should make relationships teaching compulsory in colleges.") == "policy"
    )


def test_a_partner_named_between_the_verb_and_the_policy_leaves_the_policy_the_object() -> None:
    text = (
        "The partnership should agree, in consultation with the local hospital trust, a pathway for victims who "
        "attend the emergency department more than twice in a year."
    )
    assert rule_main(text) == "policy"
    text = "The Board develops, together with the CSP, a protocol for joint reviews of deaths by suicide."
    assert rule_main(text) == "policy"


def test_learning_gathered_and_passed_on_is_awareness_raising() -> None:
    text = "The Ministry of Justice should collate the lessons from reviews of deaths in custody each year."
    assert cue_mechanism(text) == "awareness_raising"
    text = "The ICB should gather the learning from the local reviews of deaths in the year and circulate it to GPs."
    assert cue_mechanism(text) == "awareness_raising"


def test_findings_presented_to_a_board_are_shared_learning_but_an_audits_are_not() -> None:
    text = "The CSP presents the learning from this review to the Children's Partnership by the spring."
    assert cue_mechanism(text) == "awareness_raising"
    text = "The Trust should present the findings of the records audit to its safeguarding committee."
    assert cue_mechanism(text) != "awareness_raising"


def test_the_law_or_an_offence_under_review_is_policy() -> None:
    text = "The Ministry of Justice should review whether the offence of stalking covers tracking by smart devices."
    assert rule_main(text) == "policy"
    assert rule_main("The Home Office should review the law on threats to share intimate images.") == "policy"
    # law enforcement is no law
    assert cue_mechanism("The Force should review law enforcement contacts with the victim.") != "policy"


def test_referral_routes_under_review_are_a_pathway() -> None:
    text = "The partnership should review the referral routes from the sexual health clinic into the IDVA service."
    assert rule_main(text) == "policy"


def test_a_policy_made_to_say_something_however_long_its_name() -> None:
    text = (
        "That services make sure their procedures for home visits to patients with dementia state that the "
        "carer should be asked about their own safety."
    )
    assert cue_mechanism(text) == "policy"


def test_information_put_before_the_court_is_information_sharing() -> None:
    text = (
        "The Crown Prosecution Service should ensure that the victim's statement and, where one exists, the "
        "risk assessment by the police are before the court at the bail hearing."
    )
    assert substance_cue(text) == "multi_agency_working"


def test_identification_of_abuse_named_as_a_noun_is_risk_identification() -> None:
    text = (
        "NHS England should include the identification of coercive control, and onward referral, in the "
        "pharmacy contract framework."
    )
    assert substance_cue(text) == "identification_of_risk"


def test_a_listed_audit_takes_the_practice_a_later_item_checks() -> None:
    text = (
        "That the Safeguarding Adults Board: (a) audits the cases referred to the MASH last year where the "
        "person was over seventy; (b) establishes whether routine enquiry about abuse was made; and (c) reports "
        "to the Partnership."
    )
    assert is_check(text)
    assert substance_cue(text) == "identification_of_risk"
    # a noun "audits" with a modal after it is the subject of a passive, not the bare verb
    assert not is_check("That the safeguarding audits should be published on the council's website.")


def test_a_listed_audit_reads_the_same_under_a_label_or_rationale() -> None:
    ask = (
        "That the Safeguarding Adults Board: (a) audits the cases referred to the MASH last year where the person "
        "was over seventy; (b) establishes whether routine enquiry about abuse was made."
    )
    for text in (
        f"Recommendation 3: {ask}",
        f"The review found that older victims were rarely asked about abuse. {ask}",
        f"Older victims. {ask}",
    ):
        assert is_check(text), text
        assert substance_cue(text) == "identification_of_risk", text


def test_a_heading_before_it_is_recommended_is_no_ask() -> None:
    from classification.theme_clause import directive_clause

    text = "Information sharing. It is recommended that, with the new campaign, the CSP runs a second one."
    assert directive_clause(text).startswith("It is recommended that, with")
    assert at_the_verb_free(text)
    # a pronoun sentence still goes on about the words before it: those are no heading
    assert directive_clause("A review of the MARAC. It should report by May.") != "It should report by May."


def at_the_verb_free(text: str) -> bool:
    """The heading's words ("Information sharing") are not read as the ask's substance at its verb."""
    from classification.main_theme import at_the_verb

    return not at_the_verb(text, "multi_agency_working", 12)
