"""More of the variety real reports date their stages with (issue 13 point 6), in sentences written for these tests.

Narrative deaths with ordinal days and times of day, labelled fields and title pages, web listing pages, panel
meeting lists and chronology dates that are no stage of the review. Month-only dates stay ``YYYY-MM``.
"""

import pytest

from extraction.timeline import extract_timeline
from tests.extraction.builders import make_document


def events_of(text: str) -> dict[str, str]:
    return {e.event: e.date for e in extract_timeline(make_document(text))}


BODY = "\f#1. Introduction\nThis review looks at the help the family had from local services.\n"

_NARRATIVE_DEATHS = [
    ("In the early hours of 14 February 2017, Daniel was stabbed by his wife at their home.", "2017-02-14"),
    ("Zara was found dead at her flat on the 25th of June 2015.", "2015-06-25"),
    ("Tragically, on 9th September 2019 Amira was killed by her son.", "2019-09-09"),
    ("Jane died on 1 January 2020 of injuries inflicted by her husband.", "2020-01-01"),
    ("On 30/11/2016 Mark was fatally stabbed by his partner.", "2016-11-30"),
    ("Sarah was murdered by her former partner in July 2014.", "2014-07"),
    ("The victim was strangled in the early hours of 3rd August 2013.", "2013-08-03"),
    ("Ms D was discovered dead in her home on Sunday 5 April 2015.", "2015-04-05"),
    ("Alan's body was found by a neighbour on 8 November 2017.", "2017-11-08"),
    ("Emily was 34 when she was killed by her partner on the 22nd of December 2018.", "2018-12-22"),
    ("He was pronounced dead at the scene at 03:10 on 6 June 2019.", "2019-06-06"),
    (
        "On the evening of 17 March 2016 Jenny was assaulted by her husband and she died at the scene.",
        "2016-03-17",
    ),
    ("Paul was attacked by his son on 12 May 2018 and died of his injuries on 20 May 2018.", "2018-05-20"),
    ("Kim lost her life on 2nd October 2012 at the hands of her partner.", "2012-10-02"),
    ("Mr E was shot dead by his brother on 19 January 2021.", "2021-01-19"),
]


@pytest.mark.parametrize(("sentence", "expected"), _NARRATIVE_DEATHS)
def test_a_death_told_in_the_narrative(sentence, expected):
    assert events_of(BODY + sentence)["death"] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 March 2016 Sarah called the police to say her partner had threatened her.",
        "On 12 April 2015 he was arrested on suspicion of assault and released on bail.",
        "The perpetrator was sentenced on 20 January 2017 to life imprisonment with a minimum term of 18 years.",
        "On 4 June 2014 Jane saw her GP and spoke of low mood.",
        "Adult A's father died in 2009 and she then moved in with her aunt.",
        "Her first husband died on 2 May 2001, after which she lived alone.",
        "On 8 August 2016 the health visitor made a home visit and found the children well.",
        "Her son was informed of her death on 4 April 2016 by a police family liaison officer.",
        "Mr B died of natural causes in 2012, five years before the homicide.",
        "The case was heard at MARAC on 3 June 2015 and actions were agreed.",
        "The Chair wrote to the family on 10 June 2016 to explain the review.",
    ],
)
def test_chronology_dates_that_are_no_stage_of_the_review(sentence):
    assert events_of(BODY + sentence) == {}


_FIELDS = [
    ("Date of final report: 14 March 2019", "report_completed", "2019-03-14"),
    ("Report completed: June 2020", "report_completed", "2020-06"),
    ("Version 4.0 Final, 21/09/2018", "report_completed", "2018-09-21"),
    # (a bare "Published: DATE" naming no review is a web page's stamp: see test_a_bare_page_stamp_...)
    ("Domestic Homicide Review: Adult C Published: 14 March 2019", "publication", "2019-03-14"),
    ("Overview report Date published: 3 June 2021", "publication", "2021-06-03"),
    ("DHR executive summary Uploaded 12 May 2020", "publication", "2020-05-12"),
    ("Domestic Homicide Review - Adult B (PDF, 1.2MB) Published 4 January 2018", "publication", "2018-01-04"),
    ("Date of death: 21st April 2016", "death", "2016-04-21"),
]


@pytest.mark.parametrize(("line", "event", "expected"), _FIELDS)
def test_labelled_fields_and_listing_lines(line, event, expected):
    assert events_of(line + BODY)[event] == expected


@pytest.mark.parametrize(
    "line",
    [
        "Published: 14 March 2019",
        "Date published: 3 June 2021",
        "Uploaded 12 May 2020",
        "Publication date 3 May 2019",
    ],
)
def test_a_bare_page_stamp_naming_no_review_dates_no_publication(line):
    # the team labels a page's own "Published on <date>" `other` (annotations/real/README.md: a publication needs
    # the sentence to say the review was published); on a title page naming the review it is the publication
    assert "publication" not in events_of(line + BODY)
    assert events_of("Domestic Homicide Review\n" + line + BODY)["publication"]


def test_a_listing_page_first_published_date_is_the_publication_not_the_update():
    events = events_of(
        "Domestic Homicide Review: Adult C\nFirst published: 10 July 2019\nLast updated: 2 August 2021"
    )
    assert events == {"publication": "2019-07-10"}


def test_a_title_page_with_the_month_under_the_name_of_the_review():
    title = (
        "Northtown Community Safety Partnership\nDomestic Homicide Review\nExecutive Summary\nJanuary 2020"
    )
    assert events_of(title + BODY)["report_completed"] == "2020-01"


_STAGES = [
    (
        "The panel met on four occasions: 12 January 2016, 3 March 2016, 20 May 2016 and 15 July 2016.",
        "first_panel",
        "2016-01-12",
    ),
    ("The first meeting of the DHR panel took place on 3 February 2015.", "first_panel", "2015-02-03"),
    (
        "Notification of the death was received by the Community Safety Partnership on 5 April 2016.",
        "notification",
        "2016-04-05",
    ),
    (
        "The report was considered by the Home Office Quality Assurance Panel on 26 April 2017.",
        "qap_first_heard",
        "2017-04-26",
    ),
    ("The overview report was finalised in November 2016.", "report_completed", "2016-11"),
    ("The review was published on the council's website on 1 December 2017.", "publication", "2017-12-01"),
]


@pytest.mark.parametrize(("sentence", "event", "expected"), _STAGES)
def test_review_stages_in_the_narrative(sentence, event, expected):
    assert events_of(BODY + sentence)[event] == expected


def test_a_home_office_qa_letter_dates_the_panel_and_the_clearance():
    letter = (
        "Home Office\n2 Marsham Street\nLondon\n\n12 June 2018\n\nDear Ms Smith,\n\n"
        "Thank you for submitting the Domestic Homicide Review report for Northtown to the Home Office Quality "
        "Assurance Panel. The report was considered at the Panel meeting on 23 May 2018. The Panel would be "
        "grateful if the points below were addressed before you arrange for publication of the report.\n"
    )
    events = events_of(letter)
    assert events["qap_first_heard"] == "2018-05-23"
    assert events["qap_signed_off"] == "2018-06-12"


_MORE = [
    (
        "Adult A died in hospital on 11th January 2018, two days after the assault at her home.",
        "death",
        "2018-01-11",
    ),
    ("The homicide happened at about 23:00 on Saturday 13 June 2015.", "death", "2015-06-13"),
    ("Anna (not her real name) was murdered on 14.02.2016.", "death", "2016-02-14"),
    ("Mr F died on the 3rd of March, 2017 after his son attacked him.", "death", "2017-03-03"),
    ("This report was completed on 21st June 2019.", "report_completed", "2019-06-21"),
    ("Executive Summary Publication date 3 May 2019", "publication", "2019-05-03"),
    ("The report was published in full on 1 July 2020.", "publication", "2020-07-01"),
    ("Status: Final Date: 3 April 2019", "report_completed", "2019-04-03"),
    ("Final Version – 13th March 2017", "report_completed", "2017-03-13"),
]


@pytest.mark.parametrize(("sentence", "event", "expected"), _MORE)
def test_more_ways_of_dating_a_stage(sentence, event, expected):
    text = sentence + BODY if not sentence.endswith(".") else BODY + sentence
    assert events_of(text)[event] == expected


_STAGE_PHRASES = [
    ("The initial meeting of the review panel was held on 19 August 2014.", "first_panel", "2014-08-19"),
    ("The Home Office was informed of the decision to hold a review on 2 June 2016.", "home_office_notified",
     "2016-06-02"),
    ("On 14 July 2015 the Chair of the Safer Westmere Partnership agreed that a DHR should be undertaken.",
     "decision_to_review", "2015-07-14"),
    ("Westmere CSP received notification of the death from the police on 3 March 2017.", "notification",
     "2017-03-03"),
    ("The final report was sent to the Home Office Quality Assurance Panel in January 2019.", "sent_to_qap",
     "2019-01"),
    ("In a letter dated 10 May 2019 the Home Office QA Panel confirmed the report could be published.",
     "qap_signed_off", "2019-05-10"),
    ("Police were called to the flat at 02:15 on 3rd January 2016 where they found Mr A with stab wounds; he was "
     "declared dead shortly afterwards.", "death", "2016-01-03"),
    ("Carol died on 26.10.2014 having been assaulted by her son on 24.10.2014.", "death", "2014-10-26"),
    ("In June 2015, Jo was found deceased at her address.", "death", "2015-06"),
    ("Date of Report: 01.10.2016", "report_completed", "2016-10-01"),
    ("DHR Publication Date: 30th April 2021", "publication", "2021-04-30"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "event", "expected"), _STAGE_PHRASES)
def test_stage_phrasings(sentence, event, expected):
    text = BODY + sentence if sentence.endswith(".") else sentence + BODY
    assert events_of(text)[event] == expected


def test_a_title_naming_the_death_and_its_date_and_a_listing_upload_stamp():
    title = (
        "OVERVIEW REPORT INTO THE DEATH OF MS A ON 14 FEBRUARY 2015\nIndependent Author: J Bloggs\nApril 2016"
    )
    assert events_of(title + BODY) == {"death": "2015-02-14", "report_completed": "2016-04"}
    assert events_of("DHR Executive Summary - Paul - uploaded 14/05/2021" + BODY) == {
        "publication": "2021-05-14"
    }


def test_a_qa_letter_asking_for_the_final_version_and_its_web_link_clears_the_report():
    letter = (
        "Home Office\n2 Marsham Street\nLondon\n\n4 October 2017\n\nDear Mr Jones,\n\n"
        "The Home Office Quality Assurance Panel discussed the Domestic Homicide Review report for Eastvale at its "
        "meeting on 13 September 2017. The Panel found the report thorough.\n"
        "When the changes are made, please send us a digital copy of the revised final version of the report and "
        "the web link to the site where the report will be published.\n"
    )
    events = events_of(letter)
    assert events["qap_first_heard"] == "2017-09-13"
    assert events["qap_signed_off"] == "2017-10-04"
