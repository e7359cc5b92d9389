"""A trust's own units and staff (:mod:`classification.addressee_units`) and the readings added beside them from
agencies set J's errors (own-words texts, LABELLING-GUIDE agencies rules 1-5): a unit or staff of a trust the text
or heading names is that trust; a trust's community arm is a community trust; a partner inside an embedded
question and a post's setting word are not consulted bodies; a tag in square brackets; Welsh county borough
council initials; VAWDASV boards; a council's domestic abuse intervention service and child and family services;
real brands of housing, community health, mental health, drug and alcohol and domestic abuse services; initials of
adults partnership boards; a body inside a verbless text's noun phrase; a body naming the kind of a contract or
record."""

from __future__ import annotations

import pytest

from classification.addressees import lead_agencies


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # a unit after "the Trust's" under a trust heading: the trust acts through it
        (
            "The Trust's midwifery service should offer every woman a private appointment.",
            "Northfield Hospitals NHS Trust",
            ["hospital"],
        ),
        # a trust's own community nursing teams are no second body
        (
            "Cwm Taf Morgannwg University Health Board to make sure that its district nursing teams record carers.",
            None,
            ["local_health_trust"],
        ),
        # an acute trust's health visitors: its community arm (an acute and community trust)
        (
            "Walsall Healthcare NHS Trust should ensure that health visitors see the mother alone.",
            None,
            ["local_health_trust"],
        ),
        # a mental health and community trust's district nurses: its community arm too
        (
            "Leicestershire Partnership NHS Trust's district nurses should ask carers whether they feel safe.",
            None,
            ["local_health_trust"],
        ),
        # ... and under its heading
        (
            "School nurses to offer a drop-in session on healthy relationships.",
            "Royal Devon University Healthcare NHS Foundation Trust",
            ["local_health_trust"],
        ),
        # a known trust's short name owning its service
        (
            "Airedale's maternity service to record who attends each appointment.",
            None,
            ["hospital"],
        ),
        # the trust's emergency department under its heading is the trust (sets B-K and extraction_dev2 label it
        # `hospital` alone)
        (
            "The emergency department to audit routine enquiry every quarter.",
            "Royal Berkshire NHS Foundation Trust",
            ["hospital"],
        ),
        # health visitors with no owner named keep their own id
        ("Health visitors should review the guidance on home visits.", None, ["community_health"]),
        # a partner of an embedded question's verb is part of the question, not consulted: the cell names both
        (
            "Review how housing officers pass on concerns with the police.",
            "Northshire Police / Northshire Council",
            ["police", "local_authority"],
        ),
        # ... a consulted partner the cell names is still dropped from it
        (
            "Develop a protocol in consultation with the police.",
            "Northshire Police / Northshire Council",
            ["local_authority"],
        ),
        # a setting word before a post ("the hospital IDVA") is no partner
        (
            "Make sure that every referral to the hospital IDVA is logged.",
            "Northfield Hospitals NHS Trust",
            ["hospital"],
        ),
        # a tag in square brackets left before the text: the numbering's tag, for subject-less text only
        ("[NYP] Officers to check the history of both parties.", None, ["police"]),
        ("[NYP] Northshire Council should review its housing allocations policy.", None, ["local_authority"]),
        # a Welsh county borough council by its initials
        ("BCBC to commission a service for older victims.", None, ["local_authority"]),
        # a VAWDASV board, by name and in a Lead cell
        (
            "Chart the provision of perpetrator programmes in each county.",
            "Gwent VAWDASV Partnership Board",
            ["domestic_abuse_partnership_board"],
        ),
        (
            "The regional VAWDASV board should publish its strategy.",
            None,
            ["domestic_abuse_partnership_board"],
        ),
        # a council's own domestic abuse intervention service and its child and family services
        (
            "Southwark Council's Domestic Abuse Intervention Service should call back each caller.",
            None,
            ["domestic_abuse_services"],
        ),
        (
            "Neath Port Talbot Council's Child and Family Services should revise the safety plan template.",
            None,
            ["childrens_social_care"],
        ),
        # real providers by brand
        ("Abri should train its repairs staff.", None, ["housing"]),
        ("Homes for Haringey to review its emergency transfer policy.", None, ["housing"]),
        ("Navigo should record the partner's details.", None, ["mental_health_services"]),
        (
            "School nurses to be trained in teenage relationship abuse.",
            "Care Plus Group",
            ["local_health_trust"],
        ),
        ("SIDAS to call back each victim within a day.", None, ["domestic_abuse_services"]),
        ("HAGA should ask each client about abuse.", None, ["drug_and_alcohol_services"]),
        # a safeguarding adults partnership board by its initials
        ("The LSAPB should audit enquiries about partners.", None, ["safeguarding_adults_board"]),
        # community trusts by their short names and initials; a former acute trust's initials
        ("Health visitors to see the mother alone.", "Solent", ["local_health_trust"]),
        ("LCH to train its district nurses.", None, ["local_health_trust"]),
        ("The RD&E should make sure that its maternity unit asks about abuse.", None, ["hospital"]),
        # a body naming the kind of a contract or record the subject is to make do something modifies it
        (
            "The ICB should require all GP practice contracts to include a domestic abuse lead.",
            None,
            ["integrated_care_board"],
        ),
        # ... while the providers themselves as the actor are labelled beside it (rule 4)
        (
            "The ICB should require all GP practices to name a domestic abuse lead.",
            None,
            ["integrated_care_board", "gp"],
        ),
        # a body inside a verbless text's opening noun phrase is what it is about: the heading's (rule 3)
        (
            "A protocol for sharing MARAC minutes with practices.",
            "NHS Kent and Medway ICB",
            ["integrated_care_board"],
        ),
    ],
)
def test_units_and_set_j_readings(text: str, context: str | None, expected: list[str]) -> None:
    assert sorted(lead_agencies(text, context)) == sorted(expected)
