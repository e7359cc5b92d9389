"""A fast slice of the agency probe (``python -m evaluation.agency_probe``): own-words recommendations written
into a few of its layouts and read back, every extracted recommendation's agencies equal to the probe's
reference (the text's own addressee, or the printed one where the text names none); and the readings the probe
found wrong, in other words: a Lead cell or heading naming another body adds nothing beside a subject the text
names, whatever actor it quantifies inside; initials keyed in a sentence ("NP: Northshire Police; ...") define
the tags after the numbers; a local branch of a body off the pick-list ("Age UK <Place>") is
``other`` under an "All agencies" heading or beside a Lead cell naming another body."""

from __future__ import annotations

import pytest

from classification.addressees import lead_agencies
from classification.agency_topics import unknown_named_subject
from evaluation.agency_probe import read_alone, read_documents
from evaluation.agency_probe_layouts import Item


def _items() -> list[Item]:
    texts = [
        ("Wealdmoor Police should make sure that officers record the views of children present at an incident.",
         ["police"]),
        ("Training for call handlers on recognising coercive control to be refreshed every year.", ["police"]),
        ("A protocol for responding to abuse that neighbours report.", ["police"]),
        ("The Probation Service should check police call-out records before approving an address.",
         ["probation_service"]),
        ("A review of the discharge checklist so that a patient is asked who they are going home to.",
         ["hospital"]),
        ("Housing officers to ask about abuse when a tenant asks to move urgently.", ["housing"]),
        ("The Community Safety Partnership should publish a directory of local support services.",
         ["community_safety_partnership"]),
    ]  # fmt: skip
    items = [Item(text, gold, None, "test") for text, gold in texts]
    read_alone(items)
    return items


@pytest.mark.parametrize(
    "layout", ["headings", "agency_table", "lead_table", "lead_lines", "home_office_plan", "tags"]
)
def test_probe_slice_agrees_with_its_reference(layout: str) -> None:
    rows = read_documents([(layout, _items())], seed=3)
    wrong = [(r.placed.item.text, r.extracted, r.ref) for r in rows if r.side() != "agree"]
    assert not wrong


def test_quantified_actor_beside_a_named_subject_takes_no_lead_cell() -> None:
    text = (
        "The Wealdmoor Integrated Care Board to ensure that every GP practice keeps a domestic abuse policy."
    )
    assert set(lead_agencies(text, "Wealdmoor Police")) == {"integrated_care_board", "gp"}
    assert set(
        lead_agencies(
            "Public Health should ensure that all community pharmacies offer a safe room.", "Housing"
        )
    ) == {
        "public_health",
        "other",
    }
    # a provider class alone as the subject: the commissioner the heading names is labelled beside it (rule 4)
    assert set(lead_agencies("All GP practices to keep a domestic abuse policy.", "Wealdmoor ICB")) == {
        "gp",
        "integrated_care_board",
    }


def test_local_branch_of_an_off_list_body_is_its_own_subject() -> None:
    assert unknown_named_subject("Age UK Dunmere should train its befrienders to notice fear of a relative.")
    assert unknown_named_subject(
        "Citizens Advice North Dunmere to ask clients whether a partner controls money."
    )
    assert unknown_named_subject("The Police should train officers.") is None
    # the panel's "That X considers ..." form names its subject too
    assert unknown_named_subject("That the Government considers a register of repeat perpetrators.")
    assert unknown_named_subject("That Age UK Dunmere reviews its befriending training.")
    assert unknown_named_subject("That the findings are shared with the Government.") is None


def test_lead_in_naming_two_initials_names_the_list_addressee() -> None:
    from extraction.agency_context import lead_in_addressee

    assert lead_in_addressee("For NP, the panel recommends:") == "NP"
    assert lead_in_addressee("The following recommendations are for NP:") == "NP"
    assert lead_in_addressee("The following recommendations are for us:") is None
