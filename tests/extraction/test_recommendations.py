import pytest

from extraction.recommendations import extract_items
from extraction.sections import body_font_size, find_sections
from tests.extraction.builders import make_document


def items_of(text: str):
    doc = make_document(text)
    return extract_items(find_sections(doc), body_font_size(doc))


def test_numbering_styles_and_agency_headings():
    items = items_of(
        """#Contents
Recommendations ........ 12
#5. Analysis
There should always be a process that ensures GP records are shared.
#9. Recommendations
The panel makes the following recommendations:
9.1 Northshire Police should review their DASH training by December 2013.
9.2 The CCG must ensure that GP practices routinely ask about domestic abuse.
#Single Agency Recommendations
#Northshire Constabulary
1. To review the handling of 999 calls.
2. To ensure that officers complete DASH risk assessments
at every incident.
#Adult Social Care
1. Staff should be trained on coercive control.
Recommendation number 3: All agencies to share learning from this review.
#10. Glossary
DASH - risk assessment
"""
    )
    assert [i.number for i in items] == ["9.1", "9.2", "1", "2", "1", "3"]
    assert [i.section for i in items] == ["overview"] * 2 + ["single_agency"] * 4
    assert items[2].heading == "Northshire Constabulary"
    assert items[4].heading == "Adult Social Care"
    assert items[3].text == "To ensure that officers complete DASH risk assessments at every incident."
    assert all("There should always" not in i.text for i in items)


def test_lettered_items_under_a_lead_in_and_hierarchical_numbers():
    items = items_of(
        """#21. Conclusions and Recommendations
21.10 The review makes the following recommendations.
21.10.1 The Police should introduce a flag for repeat victims.
7.2.1(a) Probation should review supervision of high-risk offenders.
10.3b The hospital trust should train emergency department staff in routine enquiry.
2a The CSP should commission a perpetrator programme.
4. The local authority should:
a) review its housing allocations policy;
b) train housing officers on domestic abuse.
"""
    )
    numbers = [i.number for i in items]
    assert numbers == ["21.10.1", "7.2.1(a)", "10.3b", "2a", "a", "b"]  # as printed
    assert items[-1].tag == "The local authority"


def test_text_runs_across_pages_and_number_on_its_own_line():
    items = items_of(
        """#Recommendations
1.
The Police should review the way
\fcalls from repeat victims are graded.
2. Housing providers should ask about abuse at tenancy reviews.
"""
    )
    assert items[0].number == "1"
    assert items[0].text == "The Police should review the way calls from repeat victims are graded."
    assert items[0].page == 1


def test_bullets_and_tags():
    items = items_of(
        """#Recommendations
• All agencies should remind staff of the MARAC referral criteria.
• The GP practice should record disclosures of domestic abuse.
"""
    )
    assert len(items) == 2 and all(i.number is None for i in items)
    tagged = items_of(
        "#Recommendations\n10 (CCG) Commission training for practice staff on coercive control.\n"
    )
    assert tagged[0].number == "10" and tagged[0].tag == "CCG"


def test_paragraph_numbers_run_into_one_line():
    items = items_of(
        "#Recommendations\n67. The Police should flag repeat callers. 68. The CCG should audit GP records of abuse.\n"
    )
    assert [(i.number, i.text) for i in items] == [
        ("67", "The Police should flag repeat callers."),
        ("68", "The CCG should audit GP records of abuse."),
    ]


def test_agency_named_in_block_heading_and_numbered_agency_headings():
    items = items_of(
        """#Recommendations for Northshire Police
1. To review the handling of 999 calls.
#Single agency recommendations
7.3 Adult Social Care
7.3.1 To train staff on coercive control.
"""
    )
    assert items[0].heading == "Recommendations for Northshire Police"
    assert (items[1].number, items[1].heading) == ("7.3.1", "Adult Social Care")


def test_titled_recommendations_and_sub_bullets():
    items = items_of(
        """#Recommendations
Recommendation 1 - Information sharing
The CCG should agree an information sharing protocol with GP practices.
• covering disclosures made at appointments
Recommendation 2: The Police should audit repeat-victim flags.
"""
    )
    assert [(i.number, i.text) for i in items] == [
        ("1", "The CCG should agree an information sharing protocol with GP practices. "
              "covering disclosures made at appointments"),
        ("2", "The Police should audit repeat-victim flags."),
    ]  # fmt: skip


def test_conclusion_paragraphs_in_a_conclusions_and_recommendations_chapter():
    items = items_of(
        """#12. Conclusions and Recommendations
12.1 The panel concluded that the homicide could not have been predicted, although there were missed opportunities to ask Adult A about abuse.
12.2 The Police should ensure that officers complete a DASH risk assessment at every domestic incident.
"""
    )
    assert [i.number for i in items] == ["12.2"]


def test_r_numbering_and_notes_around_the_list():
    items = items_of(
        """#4. Recommendations
4.1 The panel's recommendations are numbered R1 to R4 and each names the agency that should act on it, with the action plan at Appendix B setting out how each will be delivered.
R1 Gloucestershire Constabulary should review the grading of calls from repeat victims.
R2 The Partnership should commission a specialist service for older victims.
4.2 An action plan has been agreed by all partners and will be monitored by the Partnership.
4.3 The panel also considered whether a national recommendation was needed and concluded that it was not.
"""
    )
    assert [i.number for i in items] == ["R1", "R2"]


def test_the_panel_recommends_that_is_a_recommendation():
    items = items_of(
        "#Recommendations\n1. The panel recommends that the CCG audits GP records of disclosures.\n"
    )
    assert [i.number for i in items] == ["1"]


def test_a_short_wrapped_first_line_naming_an_agency_is_not_a_heading():
    items = items_of(
        """#12. Recommendations
12.2 The Home Office and the Ministry
of Justice should review the use of protection orders.
12.3 Adult Social Care
should train staff on coercive control.
"""
    )
    assert [(i.number, i.text[:22]) for i in items] == [
        ("12.2", "The Home Office and th"),
        ("12.3", "Adult Social Care shou"),
    ]


# Recommendations written as actions already taken, inside a "Conclusions and recommendations" chapter


def test_labelled_recommendation_written_as_action_taken_in_a_conclusions_chapter():
    items = items_of(
        """#8. Conclusions and recommendations
8.1 The panel concluded that the death was not predictable on the information available to any single agency.
Recommendation 1: Avon and Somerset Constabulary should notify the Firearms Licensing Unit of every domestic incident.
8.2 Conclusion: the housing association's staff had noticed that Ms H seemed frightened but did not know how to raise concerns.
Recommendation 2: Training on coercive control has been provided to all Axbridge Vale Homes tenancy staff.
8.3 The Home Office's statutory guidance on firearms licensing was revised in 2021 and the panel makes no further recommendation on that subject.
"""
    )
    assert [i.number for i in items] == ["1", "2"]
    assert not items[0].already_done
    assert items[1].already_done


def test_action_taken_after_a_lead_in_in_a_lessons_chapter():
    items = items_of(
        """#11. Lessons learned and recommendations
11.1 The panel identified that agencies did not share information about the perpetrator's previous convictions with each other.
11.2 The panel makes the following recommendations:
1. The Police should refer every repeat victim of domestic abuse to MARAC.
2. The Trust has revised its DNA policy so that a missed appointment by a patient with a domestic abuse marker is followed up by a safeguarding nurse.
3. The CCG should remind GPs to ask about domestic abuse.
"""
    )
    assert [i.number for i in items] == ["1", "2", "3"]
    assert [i.already_done for i in items] == [False, True, False]


def test_action_taken_under_a_recommendations_sub_heading():
    items = items_of(
        """#12. Conclusions and Recommendations
12.1 The panel concluded that the homicide could not have been predicted, although there were missed opportunities to ask Adult A about abuse.
#Recommendations
1. Adult Social Care should ensure that carers' assessments include a question about domestic abuse.
2. Since the death, training on coercive control has been delivered to all frontline staff of the council's housing service and its contractors, and a refresher is now part of annual training for every new starter in the service.
"""
    )
    assert [i.number for i in items] == ["1", "2"]
    assert items[1].already_done


def test_action_taken_between_numbered_recommendations_keeps_its_place():
    items = items_of(
        """#9. Conclusions and Recommendations
9.1 The panel concluded that the homicide was not predictable but that it might have been prevented if the risk had been recognised.
R1 Northshire Police should review the grading of calls from repeat victims.
R2 The Trust has updated its safeguarding supervision policy so that domestic abuse cases are discussed.
R3 The Partnership should commission a specialist service for older victims.
"""
    )
    assert [i.number for i in items] == ["R1", "R2", "R3"]
    assert [i.already_done for i in items] == [False, True, False]


def test_past_tense_conclusions_are_not_recommendations():
    items = items_of(
        """#12. Conclusions and Recommendations
12.1 The panel concluded that the death was not predictable.
12.2 The Police should ensure that officers complete a DASH risk assessment at every domestic incident.
12.3 The housing provider was provided with information about the incident but did not record it on the tenancy file.
12.4 Adult A was referred to the IDVA service in 2019, which was commissioned by the council, but she declined support.
"""
    )
    assert [i.number for i in items] == ["12.2"]


def test_past_tense_outside_a_recommendations_block_is_not_a_recommendation():
    items = items_of(
        """#5. Analysis
5.1 Training on coercive control has been provided to all frontline staff since the death.
5.2 There should always be a process that checks whether a victim has been referred to MARAC.
#6. Conclusions
6.1 The Trust has revised its DNA policy.
"""
    )
    assert items == []


def test_a_directive_whose_subject_is_the_chair_is_a_recommendation_not_commentary() -> None:
    from extraction.recommendation_wording import is_commentary

    # "X to <verb>" with no verb before "to" is a directive, whoever X is
    assert not is_commentary("The Chair of the Partnership to write to the Home Office sharing the learning.")
    assert not is_commentary("The Review Panel to be reconvened in six months to check progress.")
    # the narrator's own clauses stay commentary
    assert is_commentary("The panel was asked to consider the terms of reference.")
    assert is_commentary("The chair agreed to circulate the draft report.")
    assert is_commentary("The review panel noted that agencies shared information promptly.")


@pytest.mark.parametrize(
    "note",
    [
        "In light of these findings the panel recommends the following.",
        "Each recommendation is addressed to the agency that must act on it.",
        "The IMR authors made recommendations for their own agencies, which the panel supports.",
        "The overview author recommends the following.",
        "It was noted that the CCG has begun work on this.",
        "A number of agencies have already acted on the learning.",
        "The action plan at Appendix A shows how each recommendation will be implemented.",
        "The review makes recommendations to three agencies.",
    ],
)
def test_notes_numbered_between_recommendations_are_not_recommendations(note: str) -> None:
    items = items_of(
        f"#8. Recommendations\n8.1 {note}\n\n8.2 The Police should review its training on coercive control.\n\n"
        f"8.3 The CCG should audit referrals from GP practices.\n\n8.4 {note}\n\n"
        "8.5 Housing should record all reports of abuse made by tenants.\n"
    )
    assert [i.number for i in items] == ["8.2", "8.3", "8.5"]


@pytest.mark.parametrize(
    "heading",
    ["8. Recommendations and actions", "Recommendations and Learning", "Findings and recommendations"],
)
def test_combined_recommendation_headings_open_the_block(heading):
    # a report that heads its block "Recommendations and actions" printed nothing before: no section was found
    items = items_of(
        f"""#7. Conclusions
The review found that risk was not shared between agencies.
#{heading}
8.1 Westshire Police should audit how officers record coercive control.
8.2 The CSP should publish a directory of local specialist services.
#9. Glossary
IDVA - Independent Domestic Violence Advisor
"""
    )
    assert [i.number for i in items] == ["8.1", "8.2"]


def test_a_label_naming_an_agency_with_initials_in_brackets_heads_the_text_under_it():
    # "Recommendation N - <agency (initials)>" over its text: the name is the addressee, the text the
    # recommendation, whether the text is the label's paragraph's next line or a paragraph of its own
    for gap in ("", "\n"):
        items = items_of(
            f"""#Recommendations
Recommendation 1 - Devon & Torbay (D&T) Adult Social Care
{gap}Review how carers are assessed for the risk of abuse.
{gap}Recommendation 2 - Bath and North East Somerset (BaNES) Council
{gap}The council should publish its housing allocations policy for victims.
{gap}Recommendation 3 - Norfolk & Waveney (N&W) Integrated Care Board
{gap}To commission training on coercive control for GP practices.
"""
        )
        assert [(i.number, i.tag, i.text) for i in items] == [
            ("1", "Devon & Torbay (D&T) Adult Social Care", "Review how carers are assessed for the risk of abuse."),
            ("2", "Bath and North East Somerset (BaNES) Council",
             "The council should publish its housing allocations policy for victims."),
            ("3", "Norfolk & Waveney (N&W) Integrated Care Board",
             "To commission training on coercive control for GP practices."),
        ]  # fmt: skip


def test_a_long_agency_tag_after_a_number_is_a_tag():
    items = items_of(
        """#Recommendations
12 (Somerset NHS Foundation Trust and its community services) The trust should audit its safeguarding referrals.
13 (Northumbria Healthcare NHS Foundation Trust) Staff should be trained in coercive control.
14 (Greater Manchester Integrated Care Board) The board should commission a perpetrator programme.
Recommendation 15 (Royal Berkshire & West Berkshire Safeguarding Partnership) Publish a guide to local services.
"""
    )
    assert [(i.number, i.tag, i.text[:16]) for i in items] == [
        ("12", "Somerset NHS Foundation Trust and its community services", "The trust should"),
        ("13", "Northumbria Healthcare NHS Foundation Trust", "Staff should be "),
        ("14", "Greater Manchester Integrated Care Board", "The board should"),
        ("15", "Royal Berkshire & West Berkshire Safeguarding Partnership", "Publish a guide "),
    ]
