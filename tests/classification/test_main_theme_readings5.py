"""Main-theme readings added after theme_blind19 became a dev set (end of the thirteenth session;
classification/theme_cues.py, theme_substance.py): each case is our own wording of the structure or vocabulary a
fix reads, not text taken from the set."""

from classification.main_theme import rule_main, substance_cue
from classification.theme_cues import cue_mechanism


def test_prompts_as_a_verb_or_prompt_as_an_adjective_is_no_system_prompt() -> None:
    # "a disclosure prompts a referral" is what happens next, not a prompt on a system
    text = "Job centre staff should make sure that a disclosure of abuse prompts an offer of a safety plan."
    assert cue_mechanism(text) != "technology_systems"
    assert cue_mechanism("Police should take prompt action on every breach of a bail condition.") != (
        "technology_systems"
    )
    # a prompt added to a system is still the technology mechanism
    assert cue_mechanism("The trust should add a prompt to the patient record to ask about abuse.") == (
        "technology_systems"
    )


def test_statutory_guidance_named_by_title_is_a_policy_document() -> None:
    # writing something into Working Together is rewriting statutory guidance (policy), not joint work
    text = (
        "The Department for Education should add coercive control to Working Together to Safeguard Children."
    )
    assert rule_main(text) == "policy"
    text = "The Department for Education should include stalking in Keeping Children Safe in Education."
    assert rule_main(text) == "policy"


def test_considering_whether_abuse_lies_behind_an_injury_is_risk_identification() -> None:
    # the object of "consider whether" can run to seven or eight words before "abuse"
    text = (
        "Paramedics should consider whether the bruising may have been caused by abuse, and refer to "
        "children's social care where they are unsure."
    )
    assert substance_cue(text) == "identification_of_risk"


def test_a_document_asked_to_be_shared_is_information_sharing() -> None:
    # the safety plan is only what is shared; the ask is the sharing with another body
    text = (
        "Keyworkers should ensure that the safety plan agreed with a victim who has been strangled by her "
        "partner is shared with her GP and the IDVA service."
    )
    assert substance_cue(text) == "multi_agency_working"


def test_mapping_services_and_their_gaps_is_commissioning_work() -> None:
    # a map of what is on offer, and where it falls short, is a needs assessment for commissioning (other)
    text = (
        "The partnership should map the refuge places in the county and identify any gaps for disabled women."
    )
    assert substance_cue(text) == "other"
    # a gap in what staff know is not provision
    assert substance_cue("Managers should identify gaps in staff knowledge of coercive control.") != "other"
