"""End-to-end over in-memory documents: sections -> recommendations -> plan -> labels -> timeline."""

import pytest

from extraction.pipeline import Extractor
from tests.extraction.builders import make_document

REPORT = """#Domestic Homicide Review into the death of Adult A
Safer Northshire Partnership
Independent Chair and Author: Jane Smith
#1. Introduction
Adult A died on 21 August 2012. The Safer Northshire Partnership was notified on 29th August 2012.
#5. Analysis
There should always be a process that ensures GP records are shared.
#9. Recommendations
9.1 Northshire Police should review their DASH training by December 2013.
9.2 The CCG must ensure that GP practices routinely ask about domestic abuse, in consultation with the Police.
#Single Agency Recommendations
#Northshire Constabulary
1. To review the handling of 999 calls from repeat victims.
#10. Glossary
DASH - risk assessment
\f#Appendix 1: Action Plan
"""
PLAN = [
    ["Recommendation", "Scope", "Action to take", "Lead Agency", "Target Date"],
    ["9.1 Northshire Police should review their DASH training by December 2013.", "Local",
     "1. Review the package. 2. Train response officers.", "Northshire Constabulary", "December 2013"],
    ["1. To review the handling of 999 calls from repeat victims.", "Local", "Audit 50 calls", "Northshire Police",
     "31/03/2013"],
]  # fmt: skip


@pytest.fixture(scope="module")
def result():
    extractor = Extractor.load()
    return extractor(make_document(REPORT, tables={2: [PLAN]}))


def test_recommendations_once_with_their_actions(result):
    recs = result.recommendations
    assert [r.number for r in recs] == ["9.1", "9.2", "1"]
    assert [len(r.actions) for r in recs] == [2, 0, 1]
    assert recs[0].actions[1].text == "Train response officers."
    assert recs[0].actions[0].target_date == "2013-12"
    assert recs[2].actions[0].target_date == "2013-03-31"
    assert recs[0].target_date == "2013-12"


def test_agencies_follow_the_labelling_guide(result):
    recs = result.recommendations
    assert recs[0].agencies == ["police"]
    assert "police" not in recs[1].agencies  # consulted, not a lead
    assert "integrated_care_board" in recs[1].agencies
    assert recs[2].agencies == ["police"]  # from the heading: the sentence has no subject
    assert recs[2].section == "single_agency" and recs[2].heading == "Northshire Constabulary"


def test_labels_always_filled(result):
    for rec in result.recommendations:
        assert rec.level in ("local", "regional", "national")
        assert 1 <= len(rec.themes) <= 3


def test_review_fields_and_timeline(result):
    assert result.review.csp == "Safer Northshire Partnership"
    assert result.review.subject == "Adult A"
    assert result.review.chair == "Jane Smith" and result.review.author == "Jane Smith"
    assert [(e.event, e.date) for e in result.timeline] == [
        ("death", "2012-08-21"),
        ("notification", "2012-08-29"),
    ]


def test_analysis_prose_is_not_a_recommendation(result):
    assert all("There should always" not in r.text for r in result.recommendations)


def test_recommendations_laid_out_as_a_table_in_a_pdf(tmp_path):
    from tests.extraction.builders import html_to_pdf

    html = """<h1>Domestic Homicide Review: Executive Summary</h1><h2>1. Introduction</h2><p>Adult A died on 3 March 2019.</p>
    <h2>6. Recommendations</h2><table><tr><th>No.</th><th>Recommendation</th><th>Lead agency</th><th>Level</th></tr>
    <tr><td>1</td><td>The Police should review how calls from repeat victims are graded.</td><td>Northshire Police</td><td>Local</td></tr>
    <tr><td>2</td><td>Ask patients about domestic abuse at registration.</td><td>NHS Northshire ICB</td><td>Local</td></tr>
    </table><h2>7. Glossary</h2><p>DASH: risk checklist.</p>"""
    html_to_pdf(html, tmp_path / "summary.pdf")
    result = Extractor.load().extract_path(tmp_path / "summary.pdf")
    assert [(r.number, r.text) for r in result.recommendations] == [
        ("1", "The Police should review how calls from repeat victims are graded."),
        ("2", "Ask patients about domestic abuse at registration."),
    ]
    assert result.recommendations[1].agencies == ["integrated_care_board"]  # from the Lead agency cell
    assert all(r.heading is None for r in result.recommendations)


def test_document_defined_agency_acronyms():
    from extraction.pipeline import agency_acronyms

    doc = make_document(
        """The review was commissioned by the Safer Lewisham Partnership (SLP).
#Glossary
LH - Lewisham Homes
DASH - Domestic Abuse, Stalking and Harassment
#Recommendations
1. The SLP should ask LH to review its tenancy checks.
"""
    )
    assert agency_acronyms(doc) == {"SLP": "Safer Lewisham Partnership", "LH": "Lewisham Homes"}
    rec = Extractor.load()(doc).recommendations[0]
    assert rec.text == "The SLP should ask LH to review its tenancy checks."  # as written
    assert "community_safety_partnership" in rec.agencies


@pytest.mark.parametrize(
    ("csp", "force", "level"),
    [
        ("Safer Eastbridge Partnership", "Thames Valley Police", "regional"),  # a district inside the force
        ("Wiltshire Community Safety Partnership", "Wiltshire Police", "local"),  # county-level review
    ],
)
def test_police_force_level_depends_on_the_commissioning_area(csp, force, level):
    doc = make_document(
        f"#Review\n{csp}\n#Recommendations\n1. {force} should review how it grades repeat calls.\n"
    )
    assert Extractor.load()(doc).recommendations[0].level == level


@pytest.mark.parametrize(
    ("csp", "text", "level"),
    [
        # the change is confined to the commissioning CSP's own area: not force-wide, so local
        (
            "Ashdown Community Safety Partnership",
            'Kent Police to dip sample domestic incidents graded as "verbal only" in the Ashdown district each '
            "quarter for twelve months and report compliance to the Partnership.",
            "local",
        ),
        (
            "Ashdown Community Safety Partnership",
            "Kent Police to share the learning from the Ashdown review across the force.",
            "regional",
        ),
        # a unit of the force (a Basic Command Unit) is not the force: its change is not force-wide
        (
            "Safer Lambourne Partnership",
            "Lambourne Council Children's Services and the Metropolitan Police Service Central South Basic Command "
            "Unit should jointly review how they respond to care leavers who are victims of domestic abuse.",
            "local",
        ),
        (
            "Safer Lambourne Partnership",
            "The Metropolitan Police Service should review how it responds to care leavers who are victims of "
            "domestic abuse.",
            "regional",
        ),
    ],
)
def test_police_force_rule_only_for_a_force_wide_change(csp, text, level):
    doc = make_document(f"#Review\n{csp}\n#Recommendations\n1. {text}\n")
    assert Extractor.load()(doc).recommendations[0].level == level


@pytest.mark.parametrize(
    ("first_line", "csp"),
    [
        ("Marlowe Vale Safer Partnership", "Marlowe Vale Safer Partnership"),
        (
            'Thornbury and Kingsway Safer Communities Board \u00b7 DHR "Mr K" \u00b7 Overview Report',
            "Thornbury and Kingsway Safer Communities Board",
        ),
        ("Safer Northshire Partnership", "Safer Northshire Partnership"),
    ],
)
def test_csp_named_place_first_and_its_police_force_is_regional(first_line, csp):
    doc = make_document(
        f"{first_line}\nDomestic Homicide Review\n#Recommendations\n"
        "1. Hertfordshire Constabulary to ensure that officers attending domestic incidents use an independent "
        "interpreter.\n"
    )
    result = Extractor.load()(doc)
    assert result.review.csp == csp
    assert result.recommendations[0].level == "regional"


def test_a_recommendation_written_as_done_takes_the_agency_it_was_done_for():
    doc = make_document(
        """#8. Conclusions and recommendations
8.1 The panel concluded that the death was not predictable on the information available to any single agency.
Recommendation 1: Avon and Somerset Constabulary should notify the Firearms Licensing Unit of every domestic incident.
Recommendation 2: Training on coercive control and on the Axbridge Vale referral pathway has been provided to all Axbridge Vale Homes tenancy staff.
"""
    )
    recs = Extractor.load()(doc).recommendations
    assert [r.number for r in recs] == ["1", "2"]
    assert recs[0].agencies == ["police"]
    assert recs[1].agencies == ["housing"]  # named after "provided to", not as the subject
    assert [r.written_as_done for r in recs] == [False, True]
    from extraction.export import rows

    result = Extractor.load()(doc)
    evidence = [row["Rationale/evidence for implementation status"] for row in rows(result)]
    assert evidence[0] == "" and evidence[1].startswith("The report states this as already done")


@pytest.fixture(scope="module")
def extractor():
    return Extractor.load()


@pytest.mark.parametrize(
    ("heading", "not_its"),
    [
        ("The Westfold Community Safety Partnership and its members", "community_safety_partnership"),
        ("Westfold health and partnership bodies", "local_health_trust"),
    ],
)
def test_a_group_heading_names_no_addressee_for_subject_less_text(extractor, heading, not_its):
    # a group title over several bodies' recommendations: a subject-less one the classifier finds no addressee
    # for takes none from the heading (the judgement of classification.addressee_heading.addressee_context)
    doc = make_document(
        f"""#7. Recommendations
#{heading}
7.1 Development of a follow-up procedure for adults who miss booked appointments, with advice on escalation.
#Westfold Police
7.2 To audit how repeat calls to the same address are flagged.
"""
    )
    recs = extractor(doc).recommendations
    assert [r.number for r in recs] == ["7.1", "7.2"]
    assert not_its not in recs[0].agencies
    assert recs[1].agencies == ["police"]


@pytest.mark.parametrize(
    ("printed", "key"),
    [("R1", "1"), ("Rec 2", "2"), ("Rec. 3", "3"), ("Recommendation 4.", "4"), ("1.", "1"), ("5.2.1", "5.2.1"),
     ("r7)", "7"), ("A1", "a1"), ("", None), (None, None)],
)  # fmt: skip
def test_a_plan_number_and_a_body_number_share_a_key(printed: str | None, key: str | None) -> None:
    from extraction.pipeline import _number_key

    assert _number_key(printed) == key
