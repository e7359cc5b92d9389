"""Where the ask is when a sentence of rationale comes before it and the ask has no modal (a nominal, imperative or
"That ..." ask, as real reports word them), and when a recommending "That ..." sentence carries a word a finding
would use. Made-up wording; the first three fail on the reader before the change."""

from __future__ import annotations

from classification.main_theme import rule_main
from classification.theme_clause import directive_clause


def test_nominal_ask_after_a_finding() -> None:
    text = (
        "The review found that the clinic did not follow up when the patient missed appointments. "
        "A review of the procedure for adult patients who do not attend their appointments."
    )
    assert directive_clause(text).startswith("A review of the procedure for adult patients")
    assert rule_main(text) == "policy"


def test_that_ask_after_a_finding() -> None:
    text = (
        "Staff did not know which agency held the information. "
        "That agencies gain a better understanding of the local domestic abuse services available."
    )
    assert directive_clause(text).startswith("agencies gain a better understanding")


def test_that_ask_with_a_perfect_passive_is_the_ask() -> None:
    # "has been disclosed" is what the ask is about, not a finding; the timescale after it is no ask of its own
    text = (
        "That victims are offered a follow-up call from the IDVA service where abuse has been disclosed. "
        "Progress should be reported to the Board within six months."
    )
    assert directive_clause(text).startswith("victims are offered a follow-up call")


def test_a_modal_ask_after_a_finding_is_still_found() -> None:
    text = "The review found that officers were unsure of the procedure. The police should provide training on it."
    assert directive_clause(text).startswith("The police should provide training")


def test_a_recommends_that_sentence_is_the_ask_though_it_names_the_past() -> None:
    text = (
        "The Board recommends that practices each ensure that the name of whoever took the call is written down. "
        "Several calls in this case could not be traced."
    )
    assert directive_clause(text).startswith("The Board recommends that practices")


def test_a_narrative_with_no_ask_keeps_its_first_sentence() -> None:
    text = "The victim told her GP about the bruises. The GP noted it. She was seen again in March."
    assert directive_clause(text).startswith("The victim told her GP")


def test_a_heading_before_the_ask_is_not_the_ask() -> None:
    text = (
        "Information sharing. The hospital trust should provide training for its staff on coercive control."
    )
    assert directive_clause(text).startswith("The hospital trust should provide training")
    assert rule_main(text) == "training"


def test_a_lead_agency_label_and_a_number_before_the_ask() -> None:
    text = "4. Lead agency: Police. Officers should ask the victim about the children at every call-out."
    assert directive_clause(text).startswith("Officers should ask")


def test_a_heading_before_a_lead_in() -> None:
    text = "Housing. It is recommended that the landlord checks who lives at the property before a tenancy starts."
    assert directive_clause(text).startswith("the landlord checks")


def test_an_imperative_or_a_nominal_ask_is_no_heading() -> None:
    assert directive_clause("Undertake an audit of complex cases. Report to the Board.").startswith(
        "Undertake"
    )
    text = "Review of the MARAC protocol. This should include how referrals are made."
    assert directive_clause(text).startswith("Review of the MARAC protocol")


def test_the_addressee_is_not_the_mechanism_asked_for() -> None:
    from classification.theme_clause import asked_clause

    text = "The Safeguarding Training Team and the police should refer every high-risk victim to MARAC."
    assert asked_clause(text).startswith("They should refer")
    assert rule_main(text) == "multi_agency_working"
    text = "The Department for Work and Pensions should issue guidance to work coaches on economic abuse."
    assert asked_clause(text).startswith("They should issue guidance")


def test_a_mechanism_as_subject_or_a_passive_ask_keeps_its_subject() -> None:
    from classification.theme_clause import asked_clause

    assert asked_clause("Training for all staff should include coercive control.").startswith("Training for")
    assert asked_clause("The police should be trained on stalking.").startswith("The police should be")
    # a "that" clause is no addressee: the body after it is the actor of the required change
    text = "That NHS England builds into its contracts a requirement that GP practices should use the system."
    assert not asked_clause(text).startswith("They")
