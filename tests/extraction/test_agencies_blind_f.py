"""Who each recommendation is for, on the sixth agencies blind set (``tests/extraction/agencies_blind_f``: twenty
word-processor documents and their PDF exports, 112 recommendations, made of the shapes real reports print and
sets a-e lack: initials defined after the recommendations or in a footnote, "the Trust" / "the Force" standing
for a body the introduction named, a preamble listing every agency responsible for the plan, "Agencies involved"
beside "Lead agency", "Lead:" / "Owner: ... Support: ..." lines after the text, boards by initials, former trust
names, council services, voluntary brands, consulted bodies, joint headings, national departments; written and
labelled before the pipeline was run on them; score: ``python -m tests.extraction.agencies_blind_f.score``).

Blind figure (scored once at 8eebda2, the set committed before any run): extraction agencies DOCX P 0.917 R 0.917
F1 0.917, PDF P 0.917 R 0.917 F1 0.917 (10 recommendations with wrong agencies in each form), recommendations F1
0.996 both forms (the preamble "The agencies responsible for this action plan are ..." read as an unnumbered
recommendation); classification of the gold texts with their printed context 0.900. Its errors: initials
defined only in a footnote (GDASS) read as nothing, the text's "police referral" taking the subject's place;
"the Trust" defined in the introduction as a mental health trust read as a generic community trust; a board's
initials defined once (DAAB) unread, a "commission" verb and "MARAC" in the text taken instead; a former trust
name (2gether) and a short name (Alder Hey) unread as their trust's type; "Partnership members" read as the
CSP; "the Service" defined as a fire and rescue service read as probation.
After the fixes it prompted (a dev figure from then on): 0.983 both forms (P 0.983 R 0.983), classification
0.925. Left: initials whose meaning is only in a footnote (the readers drop footnotes, so the document never
defines GDASS: 2 items a form); the preamble read as an extra recommendation (the recommendation reader's);
the classifier alone cannot know initials or "the Trust" that only the document defines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dhr.schema import SourceInfo
from extraction.document import Document, Line, Page
from tests.extraction.agencies_blind.score import form_metrics

HERE = Path(__file__).resolve().parent / "agencies_blind_f"
GOLDS = sorted(HERE.glob("*.gold.json"))


def _document(texts: list[str]) -> Document:
    source = SourceInfo(filename="made-up.docx", sha256="0" * 64, pages=1, format="docx")
    return Document(source=source, pages=[Page(number=1, lines=[Line(text=t, page=1) for t in texts])])


def test_the_set_is_whole() -> None:
    assert len(GOLDS) == 40
    assert sum(g.name.endswith("-pdf.gold.json") for g in GOLDS) == 20


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_agencies_hold_on_the_sixth_blind_set(form: str) -> None:
    m, wrong = form_metrics(HERE, form)
    assert m.recommendations.f1 >= 0.98, wrong
    assert m.agencies.f1 >= 0.98, wrong


def test_classification_holds_on_the_sixth_blind_set() -> None:
    from tests.extraction.agencies_blind_c.score import classify_score

    assert classify_score(folder=HERE)["agencies_f1"] >= 0.92


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a known trust's short name alone is the trust when it is the sentence's subject
        ("Alder Hey should ask who brought the child in.", ["hospital"]),
        ("Oxleas to review its discharge letters.", ["mental_health_services"]),
        # a former trust name that starts with a digit is still the trust's
        ("2gether NHS Foundation Trust to share the learning.", ["mental_health_services"]),
        # a domestic abuse alliance board is the partnership's domestic abuse board
        ("The Northvale Domestic Abuse Alliance Board should fund a helpline.", ["domestic_abuse_partnership_board"]),
        # the partnership's members are every agency, not the CSP
        ("Partnership members to brief their staff on stalking.", ["all_agencies"]),
        ("Members of the partnership should adopt the new referral form.", ["all_agencies"]),
        # a violence reduction unit is no police force; neighbourhood teams are the police's
        ("The Northvale Violence Reduction Unit should fund youth work.", ["other"]),
        ("Neighbourhood policing teams to visit the victim within a week.", ["police"]),
    ],
)  # fmt: skip
def test_vocabulary_the_sixth_set_lacked(text: str, want: list[str]) -> None:
    from classification.addressees import lead_agencies

    assert sorted(lead_agencies(text, None)) == sorted(want)


def test_a_place_alone_is_no_trust() -> None:
    from classification.agencies import find_agencies

    assert not [
        m for m in find_agencies("Milton Keynes to review its taxi licensing.") if m.agency == "hospital"
    ]


@pytest.mark.parametrize(
    ("intro", "alias", "name"),
    [
        ("were Northvale Partnership NHS Foundation Trust (the Trust) and others.", "the Trust",
         "Northvale Partnership NHS Foundation Trust"),
        ("The home was visited by Northvale Fire and Rescue Service (the Service).", "the Service",
         "Fire and Rescue Service"),  # (the name starts where the recogniser's body does)
    ],
)  # fmt: skip
def test_a_short_name_the_introduction_defines(intro: str, alias: str, name: str) -> None:
    from extraction.agency_context import agency_acronyms, expand_acronyms

    acronyms = agency_acronyms(_document([intro]))
    assert acronyms.get(alias) == name
    assert expand_acronyms(f"{alias[0].upper()}{alias[1:]} should act.", acronyms) == f"{name} should act."


def test_a_short_name_given_to_two_bodies_is_neither() -> None:
    from extraction.agency_context import agency_acronyms

    lines = [
        "Northvale Hospitals NHS Trust (the Trust) gave a report.",
        "Westerly Partnership NHS Foundation Trust (the Trust) gave a report.",
    ]
    assert "the Trust" not in agency_acronyms(_document(lines))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Northvale Carers Centre, working with the council, should offer advice.", "Northvale Carers Centre"),
        ("Northvale Youth Project, in consultation with the school, to run a course.", "Northvale Youth Project"),
        ("The Northvale Carers Centre should offer advice.", "Northvale Carers Centre"),
        ("The Public Protection Unit should review its files.", None),
        # a body the recogniser knows as off the pick-list is ``other`` as the subject, not the model's guess
        ("The Northvale Violence Reduction Unit, working with the councils, should fund a campaign.",
         "Northvale Violence Reduction Unit"),
        ("Citizens Advice should train its advisers on economic abuse.", "Citizens Advice"),
        ("The police should work with Citizens Advice.", None),
    ],
)  # fmt: skip
def test_a_named_body_the_recogniser_does_not_know(text: str, name: str | None) -> None:
    """Such a subject is ``other`` (its surface kept), a partner named between commas after it no subject."""
    from classification.agency_topics import unknown_named_subject

    assert unknown_named_subject(text) == name


def test_initials_a_document_spells_out_without_brackets() -> None:
    """A body named in full in the narrative and by its initials in the recommendations, with no "(X)" anywhere:
    the words whose initials spell them are its name (a checklist's initials spell no agency, and are left)."""
    from extraction.agency_context import agency_acronyms, expand_acronyms

    acronyms = agency_acronyms(
        _document([
            "She was referred to Northvale Domestic Abuse Service twice, and a Domestic Abuse, Stalking and "
            "Harassment checklist was completed by Westerly Vale Police.",
            "NDAS should call back within a day. WVP to review the DASH.",
        ])
    )  # fmt: skip
    assert acronyms.get("NDAS") == "Northvale Domestic Abuse Service"
    assert acronyms.get("WVP") == "Westerly Vale Police"
    assert "DASH" not in acronyms
    assert (
        expand_acronyms("NDAS should call back.", acronyms)
        == "Northvale Domestic Abuse Service should call back."
    )
