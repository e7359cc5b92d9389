"""Main-theme readings added after theme_blind21 and theme_blind22 became dev sets (sixteenth session;
classification/theme_clause.py, theme_cues.py, theme_substance.py, main_theme.py): each case is our own wording of
the structure or vocabulary a fix reads, not text taken from the sets."""

from classification.main_theme import rule_main, substance_cue, text_cues
from classification.theme_clause import asked_clause, directive_clause
from classification.theme_cues import cue_mechanism, is_check


def test_a_finding_whose_only_modal_is_a_narrative_to_verb_is_not_the_ask() -> None:
    # "took ... to finish", "were late to send": the narrative's infinitives; the "should" sentence asks
    text = (
        "The panel took two years to finish its work, partly because agencies were late to send their reports. "
        "The Partnership should set deadlines for report authors at the first panel meeting."
    )
    assert directive_clause(text).startswith("The Partnership should set deadlines")
    # an action-plan ask in the bare "X to <verb>" form is still the ask when nothing later asks
    assert directive_clause("The Council to review its housing allocation policy.").startswith(
        "The Council to"
    )


def test_a_past_decision_before_the_ask_is_narrative() -> None:
    text = (
        "The hub decided that the referral needed no further action. The hub partners should revise the threshold "
        "procedure so that the school is asked for information first."
    )
    assert directive_clause(text).startswith("The hub partners should revise")
    assert rule_main(text) == "policy"


def test_a_post_named_as_the_addressee_is_no_mechanism() -> None:
    text = (
        "The Safeguarding Training Lead should review the referral pathway for patients who disclose abuse."
    )
    assert asked_clause(text).startswith("They should review")
    assert cue_mechanism(text) == "policy"
    assert rule_main(text) == "policy"


def test_the_review_process_governance_before_a_practice_is_other() -> None:
    assert (
        substance_cue(
            "The Partnership should agree deadlines for IMR authors and refer any late report to the chief officer."
        )
        == "other"
    )
    # a practice named first stays the substance
    assert substance_cue("The police should refer every high-risk victim to MARAC within the deadline.") == (
        "multi_agency_working"
    )


def test_a_policy_verb_does_not_reach_its_noun_across_a_for() -> None:
    # the verb's object is the noun before "for": a budget, training
    assert (
        cue_mechanism("The Partnership should agree a budget for the review process and its chair.") is None
    )
    assert cue_mechanism("The Trust should develop training for ward staff on the new pathway.") == "training"
    assert cue_mechanism("The Trust should develop a pathway for patients who disclose abuse.") == "policy"


def test_a_reviews_name_is_no_review_verb() -> None:
    assert (
        cue_mechanism(
            "The Board and the Partnership should agree, before the new Joint Case Review arrangements start, "
            "which of them will commission a review."
        )
        is None
    )
    assert cue_mechanism("The Partnership should review its arrangements for chairing meetings.") == "policy"


def test_a_reminder_a_system_gives_is_technology() -> None:
    assert cue_mechanism(
        "An automated reminder to the officer when a protection order is about to expire."
    ) == ("technology_systems")
    assert (
        cue_mechanism("A reminder on the case management system when a bail condition is about to end.")
        == "technology_systems"
    )
    assert (
        cue_mechanism("The Trust should remind staff of the duty to ask about abuse.") == "awareness_raising"
    )


def test_clinical_records_are_what_is_written_not_a_system() -> None:
    text = "The Trust should ensure that clinical records note who came with the patient and whether she was seen alone."
    assert cue_mechanism(text) is None
    assert rule_main(text) == "record_keeping"
    assert cue_mechanism("The Trust should change its clinical system so that an alert is shown.") == (
        "technology_systems"
    )


def test_checking_a_named_register_is_a_history_check_not_record_keeping() -> None:
    assert (
        substance_cue(
            "Officers should check the shotgun licensing register before they leave a domestic incident."
        )
        == "identification_of_risk"
    )
    # the quality of records, or an agency's own records, are no history check
    assert (
        substance_cue("NHS England should check the quality of records made by the practice.")
        == "record_keeping"
    )
    assert (
        substance_cue("All agencies should check their records before the meeting.")
        != "identification_of_risk"
    )


def test_a_court_coroner_or_partnership_told_is_information_sharing() -> None:
    assert (
        substance_cue(
            "The Ministry should make sure that the family court is told by the police of any abuse on record."
        )
        == "multi_agency_working"
    )
    assert (
        substance_cue(
            "The police should tell the Community Safety Partnership of any death recorded as a suicide."
        )
        == "multi_agency_working"
    )


def test_secondary_cues_are_read_from_the_ask_on_not_the_rationale_before_it() -> None:
    text = (
        "She disclosed the abuse to two nurses and it was never coded. "
        "The Trust should hold a learning event for its ward staff."
    )
    assert "identification_of_risk" not in text_cues(text)
    assert "identification_of_risk" in text_cues(
        "The Trust should train staff to respond when a patient discloses abuse."
    )


def test_a_policy_for_joint_work_cues_joint_work_as_a_secondary_theme() -> None:
    assert "multi_agency_working" in text_cues(
        "The two councils should develop a joint protocol for families who move between them."
    )
    assert "multi_agency_working" in text_cues(
        "The advocacy service should agree a handover procedure with the receiving service."
    )
    assert "multi_agency_working" not in text_cues("The Trust should update its domestic abuse policy.")


def test_an_action_plans_row_label_is_no_part_of_the_ask() -> None:
    text = "Action: audit ten cases a quarter to check that a referral was made to MARAC. Lead: Housing."
    assert is_check(text)
    assert rule_main(text) == "multi_agency_working"
    assert directive_clause("Action: brief all call handlers on the new questions.").startswith("brief all")


def test_an_audits_sample_of_files_is_not_the_practice_it_checks() -> None:
    # the checked clause names no practice: the files are only what is read, so the model decides
    assert substance_cue("Audit a sample of case files to check that the policy has been followed.") is None
    # a checked clause that names recording keeps it
    assert (
        rule_main("The Trust should audit case notes to check that disclosures are recorded.")
        == "record_keeping"
    )


def test_mechanisms_named_only_as_the_means_of_the_asked_practice_give_way_to_it() -> None:
    from classification.main_theme import means_only

    text = (
        "The Trust should introduce routine enquiry for every patient who attends with an injury, supported by a "
        "prompt in the electronic record and by training for staff."
    )
    assert means_only(text) == "identification_of_risk"
    assert rule_main(text) == "identification_of_risk"
    # a mechanism asked for before the means stays the main theme
    assert (
        rule_main("The Trust should deliver training on routine enquiry, supported by a prompt.")
        == "training"
    )


def test_a_parenthesis_of_examples_names_no_substance_of_the_ask() -> None:
    assert (
        substance_cue(
            "The Council should adopt a policy on abuse affecting its staff, setting out the support available "
            "(leave, changes to hours, safety planning at work)."
        )
        is None
    )
    # an acronym in brackets is one word and stays with its practice
    assert substance_cue("Officers should complete a risk assessment (DASH) at every incident.") == (
        "identification_of_risk"
    )


def test_a_narrative_to_verb_is_skipped_after_a_rationale_too_and_an_action_plans_will_asks() -> None:
    narrative = "The panel took two years to finish its work, partly because agencies were late to send their reports."
    ask = "The Partnership will set deadlines for report authors at the first panel meeting."
    assert directive_clause(f"{narrative} {ask}").startswith("The Partnership will set")
    rationale = "The review found that this was not done consistently in this case."
    assert directive_clause(f"{rationale} {narrative} {ask}").startswith("The Partnership will set")
    # an action plan's "X to <verb>" whose condition holds a finding word stays the ask, whatever follows it
    first = "Safeguarding leads to audit the cases where domestic abuse was a feature."
    assert directive_clause(f"{first} Progress should be reported to the CSP.").startswith(
        "Safeguarding leads to"
    )


def test_the_recommending_that_after_a_label_is_a_lead_in() -> None:
    text = "Recommendation 4: That the two services share with each other what each knows about abuse in the home."
    assert directive_clause(text).startswith("the two services share")
