"""The long tail of real addressees, in sentences written for these tests (invented places): initials with no
glossary, former names, council services by service name, voluntary bodies, generic references under a heading,
joint and consulted bodies, national departments. The sets (``data/agency_long_tail*.jsonl``) were labelled with
LABELLING-GUIDE.md before the rules were fixed against them; the rules alone must stay near perfect on them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classification.addressees import lead_agencies
from classification.agencies import normalise_agency, raw_matches

DATA = Path(__file__).resolve().parent / "data"


def _f1(name: str) -> float:
    tp = fp = fn = 0
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        got, want = set(lead_agencies(item["text"], item.get("context"))), set(item["agencies"])
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    return 2 * tp / (2 * tp + fp + fn)


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("agency_long_tail.jsonl", 0.98),
        ("agency_long_tail_2.jsonl", 0.95),
        ("agency_long_tail_3.jsonl", 0.98),
        ("agency_long_tail_4.jsonl", 0.98),
        ("agency_long_tail_5.jsonl", 0.98),
        # written after the fixes and scored once (not fixed against): the honest figure, 0.945
        ("agency_long_tail_6.jsonl", 0.94),
        # firearms, probation, DWP, housing, trusts with and without "NHS Foundation Trust", national bodies and
        # misleading topics, written after the third agencies blind set's fixes and scored once: the shipped
        # classifier 0.989, the rules alone 0.968 (a body after "between X and" taken for a subject); now 0.978
        ("agency_long_tail_7.jsonl", 0.97),
        # subject-less, heading-less texts about one kind of agency's duties or systems (Niche, OASys, section 42,
        # child protection conferences ...), labelled before classification/data/agency_topics.json was written:
        # scored once, the classifier 0.566, the rules alone 0.400; then 0.926 / 0.943, and 0.889 / 0.923 once a
        # duty had to be named in the subject ("Practices to be reminded to attend child protection conferences"
        # is the GPs'; lost: a SystmOne alert named after the verb). Left: an emergency department and an
        # antenatal booking labelled as the hospital, read as the unit
        ("agency_long_tail_8.jsonl", 0.9),
        # written after all of the above and labelled before running (36 items, long-tail names, joint and
        # consulted bodies, subject-less duties, headings): scored once, classifier 0.946, rules 0.959 ("The
        # Riverside Practice" read as the Riverside housing association; a duty shared with an IDVA left to the
        # fallback); now 1.000 / 1.000
        ("agency_long_tail_9.jsonl", 0.98),
        # long report-style sentences (consulted and joint bodies, letters to departments, actors of the change),
        # written last and scored once: 0.958 (classifier and rules); both misses were gold errors by the guide
        # (dental practices as actors of the change are labelled, rule 4: other; the Domestic Abuse Commissioner
        # has its own id), corrected after that score: 1.000
        ("agency_long_tail_10.jsonl", 0.98),
        # own-words long-tail items (60), scored once by the lead: rules and classifier 0.919; then read as a dev
        # set and fixed by general readings (role appositives, possessors, a council team's officers, "the
        # Partnership Trust", HMICFRS's present name, commissioning units, a body modifying a noun "concerning
        # ..."): 0.992 both; left, a gold doubt (a trust's maternity service under the trust's heading)
        ("agency_long_tail_13.jsonl", 0.98),
    ],
)
def test_the_long_tail_sets_stay_right(name: str, floor: float) -> None:
    assert _f1(name) >= floor


@pytest.mark.parametrize(
    ("text", "context", "want"),
    [
        # a former body with its type word in the name, not an unknown charity trust
        (
            "Westmoor Probation Trust to check call-out history at every transfer.",
            None,
            ["probation_service"],
        ),
        # a provider named "<Place> Healthcare"; its health visitors are its own staff, not a second body
        (
            "Eastmoor Healthcare should make sure that health visitors see mothers alone.",
            None,
            ["local_health_trust"],
        ),
        # a staff word after a body's name is that body's people ("officers" alone would be the police)
        ("Trading Standards officers to be shown how to spot financial abuse.", None, ["local_authority"]),
        # the body to be funded is not the one the recommendation is for
        (
            "The refuge should be funded to take women with older sons.",
            "Commissioners",
            ["local_authority_commissioners"],
        ),
        # an aim with no heading and no body named: every agency's
        ("To improve how agencies share records of missed appointments.", None, ["all_agencies"]),
        ("To strengthen adult safeguarding training across the borough.", None, ["all_agencies"]),
        # ... but a heading that is a theme, or a body named in the aim, leaves it to the heading / the model
        ("To review the MARAC referral form.", None, []),
        # a sector's agencies are that sector's bodies, not "all agencies" beside it
        (
            "That all health agencies and GP practices adopt a domestic abuse policy.",
            None,
            ["local_health_trust", "gp"],
        ),
        # a victim's or client's partners are people, not partner agencies
        (
            "The recovery service should ask about previous partners at assessment.",
            None,
            ["drug_and_alcohol_services"],
        ),
        ("The Police to make sure that partners of suspects are given safety advice.", None, ["police"]),
        ("All partners to adopt the information sharing agreement.", None, ["all_agencies"]),
        # a Lead Agency cell that marks its lead, or names supporting bodies after a label
        ("A joint protocol to be agreed for high-risk cases.", "Police (lead), Probation", ["police"]),
        ("A named lead for domestic abuse in each practice.", "Health (CCG lead)", ["integrated_care_board"]),
        (
            "A joint protocol to be agreed for high-risk cases.",
            "Lead: Police; Support: Probation",
            ["police"],
        ),
        (
            "A joint protocol to be agreed for high-risk cases.",
            "Probation, Police",
            ["probation_service", "police"],
        ),
        # a council's adults' or children's group after its name
        (
            "A review of the carers assessment offer.",
            "Westmoor County Council (Adults)",
            ["adult_social_care"],
        ),
        ("A review of the referral form.", "Westmoor County Council - Children", ["childrens_social_care"]),
        # every agency "responsible for this action plan" is no per-recommendation lead (the text's own still is)
        (
            "The Partnership to publish the learning.",
            "Agencies responsible for this action plan: Westmoor Police, Probation, Adult Social Care",
            ["community_safety_partnership"],
        ),
        # a duty only one council service holds, under a heading naming the whole council
        (
            "Carers should be offered a carers assessment of their own.",
            "Westmoor County Council",
            ["adult_social_care"],
        ),
        ("Section 47 enquiries to include the father.", "Westmoor Council", ["childrens_social_care"]),
        ("The learning to be shared with staff.", "Westmoor County Council", ["local_authority"]),
        # a heading naming who wrote the recommendations is no addressee (the text's own subject is)
        ("That officers are reminded to tag occurrences.", "Recommendations of the review panel", ["police"]),
        ("To improve how records are shared.", "Panel recommendations", ["all_agencies"]),
        (
            "To improve how records are shared.",
            "4 | Recommendations from the Independent Chair",
            ["all_agencies"],
        ),
        # an office-holder by title acts for the body named after it; ministers and chief officers for theirs
        ("The Head of Safeguarding at Eastmoor Hospital should review the policy.", None, ["hospital"]),
        ("The Domestic Abuse Lead at the CCG should share the learning.", None, ["integrated_care_board"]),
        ("The Chief Constable should review the policy.", None, ["police"]),
        (
            "The Secretary of State for Justice should consider a change in the law.",
            None,
            ["ministry_of_justice"],
        ),
        ("The Minister for Safeguarding should consider the findings.", None, ["home_office"]),
        ("Awareness Training for Staff at Eastmoor Hospital should be refreshed.", None, []),
        # a joint subject after an opening adverbial; an agent inside an opening "When ..." clause is not the actor
        (
            "Following this review, Westmoor Police and the Westmoor Probation Delivery Unit should agree a protocol.",
            None,
            ["police", "probation_service"],
        ),
        (
            "When a referral is made by the police and housing, the MASH should check the records.",
            None,
            ["mash"],
        ),
        ("The referral should be reviewed by the police and housing.", None, ["police", "housing"]),
        # a body only to be told beside one that acts; one asked to act is the addressee
        (
            "Probation should check police records first. Children's Social Care should be told of any move.",
            None,
            ["probation_service"],
        ),
        ("The CSP is asked to write to the Home Office.", None, ["community_safety_partnership"]),
        # each member agency of a board is every agency on it
        (
            "Each member agency of the Safeguarding Adults Board should audit its referrals.",
            None,
            ["all_agencies"],
        ),
        # commissioned providers are actors of the change beside the commissioner (guide, rule 4)
        (
            "That the council ensures its contracted home care providers train staff on coercive control.",
            None,
            ["local_authority", "care_provider"],
        ),
        # a role appositive describes the subject; the bodies in it do not act
        (
            "Westmoor Healthcare, as the provider of adult community health services, should review its policy.",
            None,
            ["local_health_trust"],
        ),
        # the owner acts through its unit; a council team's officers are its own staff, not the police
        (
            "The council's commissioning unit to add training to the contract.",
            None,
            ["local_authority_commissioners"],
        ),
        (
            "Environmental Health should ensure that officers visiting premises know the signs of abuse.",
            None,
            ["local_authority"],
        ),
        (
            "The Housing Options team should ensure that officers visiting tenants know the signs of abuse.",
            None,
            ["housing"],
        ),
        # a body modifying a noun with what it is about is no actor; a provider class with a place after it is
        (
            "The MASH to ensure that each police report about a child is read the same day.",
            None,
            ["mash"],
        ),
        (
            "The ICB should ensure that every GP practice in its area has a named lead.",
            None,
            ["integrated_care_board", "gp"],
        ),
    ],
)
def test_structural_cases(text: str, context: str | None, want: list[str]) -> None:
    assert sorted(lead_agencies(text, context)) == sorted(want)


def test_healthcare_alone_or_as_a_kind_of_care_is_no_provider() -> None:
    assert raw_matches("Primary Healthcare staff should ask.") == []
    assert raw_matches("access to healthcare for older people") == []


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("Surrey and Borders", "mental_health_services"),
        ("Nottingham CityCare", "local_health_trust"),
        ("The Children's Society", "other"),
        ("NSPCC", "other"),  # not a council's initials ("...CC")
        ("Rethink Mental Illness", "mental_health_services"),
        ("RBKC", "local_authority"),
        ("Emergency Duty Team", "local_authority"),  # the council's out-of-hours social work, not A&E
        ("Urgent Treatment Centre", "accident_and_emergency"),
        ("Liaison and Diversion", "mental_health_services"),
        ("Approved Premises", "probation_service"),
        ("ED", "accident_and_emergency"),
        ("Community Safety", "council_community_safety_team"),
    ],
)
def test_lead_cells_of_the_long_tail(name: str, agency: str) -> None:
    assert normalise_agency(name) == agency


def test_justified_pdf_spacing_keeps_names_whole() -> None:
    text = "Kent   Police and  Adult  Social  Care should  agree a protocol."
    assert [(s, e, text[s:e], i) for s, e, _, i in raw_matches(text)] == [
        (0, 13, "Kent   Police", "police"),
        (19, 38, "Adult  Social  Care", "adult_social_care"),
    ]
    assert sorted(lead_agencies(text)) == ["adult_social_care", "police"]


def test_council_directorates_by_their_service_words() -> None:
    text = "Westmoor County Council Children, Families and Education Directorate should review its policy."
    assert lead_agencies(text) == ["childrens_social_care"]
