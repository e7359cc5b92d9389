"""Who each recommendation is for, on the third agencies blind set (``tests/extraction/agencies_blind_c``: fifteen
word-processor documents and their PDF exports stressing the long tail of addressees and misleading topic words,
written and labelled before the pipeline was run on them; score: ``python -m tests.extraction.agencies_blind_c.score``).

Blind figure (the code of 479abde, before the fixes): extraction agencies F1 DOCX 0.957 / PDF 0.957,
recommendations F1 1.000; classification of the texts (printed heading or Lead cell as context) 0.907. One gold
label was corrected by guide rule 4 after that score (DLUHC to "require councils to record ...": the councils
are the actor of the change), with which the blind figures read 0.962 / 0.913. Its errors: "The Firearms and
Explosives Licensing Department" unknown; "Police call-out records ... to be checked" under a probation heading
read as the police; "The Family Help Service" guessed a domestic abuse service; "Adults and Communities
Directorate, <Place> Council" read as the council; "shared with the MARAC by all agencies" left the agent as
consulted. After: extraction 1.000 both forms; classification 0.951 (left: initials only a glossary defines,
"the Board" without the document's definition).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from classification.addressees import lead_agencies
from tests.extraction.agencies_blind.score import form_metrics

HERE = Path(__file__).resolve().parent / "agencies_blind_c"
GOLDS = sorted(HERE.glob("*.gold.json"))


def test_the_set_is_whole() -> None:
    assert len(GOLDS) == 30
    assert sum(g.name.endswith("-pdf.gold.json") for g in GOLDS) == 15


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_agencies_hold_on_the_third_blind_set(form: str) -> None:
    m, wrong = form_metrics(HERE, form)
    assert m.recommendations.f1 >= 0.98, wrong
    assert m.agencies.f1 >= 0.98, wrong


def test_classification_holds_on_the_third_blind_set() -> None:
    from tests.extraction.agencies_blind_c.score import classify_score

    assert classify_score()["agencies_f1"] >= 0.94


@pytest.mark.parametrize(
    ("text", "context", "want"),
    [
        # firearms licensing is a police function; national change to it is the Home Office's
        ("The firearms licensing team should visit every applicant at home.", None, ["police"]),
        ("Applicants for a shotgun certificate should be asked for a medical report.", None, ["police"]),
        ("That the law on granting shotgun certificates is tightened nationally.", None, ["home_office"]),
        ("The Home Office should review firearms licensing guidance.", None, ["home_office"]),
        # sharing between agencies: the agencies are the addressees; a passive agent after a consulted body acts
        ("Better sharing of information between partner agencies at the point of referral.", None,
         ["all_agencies"]),
        ("Information should be shared with the MARAC by all agencies.", None, ["all_agencies"]),
        ("Plans should be agreed with the victim, supported by the IDVA service.", "Northvale Police", ["police"]),
        # a body naming only the noun that is the subject ("Police call-out records") is no actor under a heading
        ("Police call-out records for a new address to be checked before it is approved.",
         "The Probation Service", ["probation_service"]),
        ("Police domestic abuse officers should attend the meeting.", None, ["police"]),
        # people of every agency as the subject, no heading: all agencies; a body after "between X and" is none
        ("Practitioners should share information with other agencies when a child is at risk.", None,
         ["all_agencies"]),
        ("Information sharing between health partners and the police should be reviewed by the CSP.", None,
         ["community_safety_partnership"]),
        ("Eastby Community Health should make sure district nurses ask about abuse.", None, ["local_health_trust"]),
        # a vague subject joined to its own body takes no heading ("officers and police staff" under a trust)
        ("That officers and police staff are reminded to tag incidents as domestic abuse.", "Eastby CityCare",
         ["police"]),
        ("Officers and the MASH should agree one referral form.", "Housing Options", ["housing", "mash"]),
        # a group title over several bodies' recommendations names no addressee
        ("Creation of a missed appointments process for adult patients.", "The partnership and its members", []),
        ("GP practices should adopt a domestic abuse policy.", "Eastby health and partnership bodies", ["gp"]),
        ("Staff should be trained on coercive control.", "Health bodies", ["local_health_trust"]),
        # GP practices and schools by name alone
        ("The Riverside Practice should add an alert to the record.", None, ["gp"]),
        ("The Oaks Medical Partnership should add an alert to the record.", None, ["gp"]),
        ("Westfield Primary should keep a record of who collects each child.", None, ["school"]),
        ("All High Risk cases should be reviewed.", None, []),
        # service names and directorates of a council
        ("The Family Help Service should keep a case open until a safety plan is in place.", None,
         ["childrens_social_care"]),
        ("Care needs assessments to include a private question.", "Adults and Communities Directorate, Eastby Council",
         ["adult_social_care"]),
    ],
)  # fmt: skip
def test_long_tail_cases(text: str, context: str | None, want: list[str]) -> None:
    assert sorted(lead_agencies(text, context)) == sorted(want)


def test_an_unknown_named_voluntary_body_is_other_in_classification() -> None:
    from classification.classifier import load_classifier
    from dhr.schema.classification import ClassifyInput

    (pred,) = load_classifier().predict(
        [ClassifyInput(id="1", text="The Eastby Carers Centre should train its volunteers.")]
    )
    assert pred.agencies == ["other"]
