"""Plan actions whose Lead cell holds initials (``extraction.agency_context.label_action_leads``): the document's
own initials map spells them out; initials the recommendation's own text uses under its agency heading are that
heading's body; anything else stays unread."""

from __future__ import annotations

from types import SimpleNamespace

from extraction.agency_context import label_action_leads


def _draft(text: str, heading: str | None, lead: str, agencies: list[str] | None = None) -> SimpleNamespace:
    action = SimpleNamespace(lead_text=lead, agencies=list(agencies or []))
    return SimpleNamespace(text=text, item=SimpleNamespace(heading=heading), actions=[action])


def test_initials_the_glossary_defines_are_spelled_out_in_a_lead_cell() -> None:
    d = _draft("Review the referral pathway.", None, "NDAS")
    label_action_leads([d], {"NDAS": "Northvale Domestic Abuse Service"})
    assert d.actions[0].agencies == ["domestic_abuse_services"]


def test_initials_the_text_uses_under_an_agency_heading_are_the_headings_body() -> None:
    d = _draft("When WCS staff speak to a parent about abuse, they should ask about contact.",
               "Westshire Children's Social Services", "WCS")  # fmt: skip
    label_action_leads([d])
    assert d.actions[0].agencies == ["childrens_social_care"]


def test_unread_initials_not_in_the_text_and_read_leads_stay() -> None:
    other = _draft("Staff should ask about contact.", "Westshire Children's Social Services", "WCS")
    known = _draft("When WCS staff speak to a parent.", "Westshire Children's Social Services", "Kent Police",
                   ["police"])  # fmt: skip
    label_action_leads([other, known])
    assert other.actions[0].agencies == [] and known.actions[0].agencies == ["police"]


def test_inherit_leads_passes_the_documents_initials_to_the_action_leads() -> None:
    # the pipeline calls inherit_leads with the document's initials map: plan Lead cells get it too
    from extraction.agency_context import inherit_leads

    d = _draft("Review the referral pathway.", None, "NDAS")
    d.from_table = d.from_plan = False
    inherit_leads([d], {"NDAS": "Northvale Domestic Abuse Service"})
    assert d.actions[0].agencies == ["domestic_abuse_services"]
