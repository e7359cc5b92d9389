"""The rules baseline's theme logic: the directive, its mechanism (the main theme per the labelling guide)."""

from __future__ import annotations

import pytest

from classification.directive import directive_span, directive_theme
from classification.rules import analyse, feature_text, rule_themes


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Kent Police should review its policy on bail so that victims are told.",
            "review its policy on bail",
        ),
        (
            "A protocol should be developed for patients who do not attend.",
            "A protocol be developed for patients",
        ),
        ("The Trust to deliver training to ward staff.", "deliver training to ward staff."),
        (
            "It is recommended that the OPCC update its safeguarding procedure to include economic abuse.",
            "the OPCC update its safeguarding procedure to include economic abuse.",
        ),
        (
            "The CSP should write to the DWP asking it to ensure that work coaches are trained.",
            "ensure that work coaches are trained.",
        ),
        (
            "Ensure that notes are completed, and that the answer is recorded.",
            "Ensure that notes are completed",
        ),
    ],
)
def test_directive_span(text: str, span: str) -> None:
    assert directive_span(text) == span


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # mechanisms (labelling guide): training, awareness raising, policy, technology
        ("All frontline staff should receive training on coercive control.", "training"),
        ("Domestic abuse awareness training should be made mandatory for housing officers.", "training"),
        (
            "The CCG should remind GP practices of the indicators of domestic abuse in older patients.",
            "awareness_raising",
        ),
        (
            "The Force should ensure that all officers understand the revised stalking protocol.",
            "awareness_raising",
        ),
        (
            "The CSP should ensure that the learning from this review is shared with all GP practices.",
            "awareness_raising",
        ),
        (
            "Kent Police should work with Children's Services to develop a joint protocol for notifications.",
            "policy",
        ),
        (
            "The Home Office should amend the statutory guidance to require panels to consider suicide.",
            "policy",
        ),
        ("A domestic abuse policy should be developed and shared with all staff.", "policy"),
        (
            "The GP practice should add a domestic abuse prompt to its electronic patient record.",
            "technology_systems",
        ),
        (
            "The CSP should write to the DWP asking it to ensure that training on economic abuse is given.",
            "training",
        ),
        # resourcing, workload, governance -> other
        (
            "The MARAC needs to review staffing levels so that referrals are allocated within two days.",
            "other",
        ),
        ("Consideration should be given to funding an additional safeguarding post.", "other"),
        # practice changes: no rule, the model decides the substance
        (
            "The MASH should ensure that staff complete a DASH risk assessment whenever abuse is disclosed.",
            None,
        ),
        ("Maternity services should ensure that disclosures are shared with the health visitor.", None),
        # an audit takes the theme of the practice it checks, not the policy it names
        ("The emergency department to audit compliance with the routine enquiry policy.", None),
        # staff records on a system: record keeping, not a system change
        ("Humberside Police should ensure that officers record the details of children on Niche.", None),
    ],
)
def test_directive_theme(text: str, theme: str | None) -> None:
    assert directive_theme(text) == theme


def test_rule_themes_main_is_the_directive() -> None:
    themes, scores = rule_themes(
        "Staff should be reminded of the referral criteria for MARAC.", "awareness_raising"
    )
    assert themes[0] == "awareness_raising" and len(themes) <= 3
    assert abs(sum(scores.values()) - 1.0) < 0.01
    # without a directive theme the strongest substance leads, even beside a mechanism word
    themes, _ = rule_themes("Officers should complete the DASH risk assessment in line with the policy.")
    assert themes[0] == "identification_of_risk"


def test_analyse_and_features_carry_the_directive() -> None:
    r = analyse("The Trust should review its routine enquiry policy.", "Oxleas NHS Foundation Trust")
    assert r.directive == "policy" and r.themes[0] == "policy"
    feats = feature_text("The Trust should review its routine enquiry policy.", None, r)
    assert "zmechpolicy" in feats and "zsreview" in feats and "[span]" in feats
