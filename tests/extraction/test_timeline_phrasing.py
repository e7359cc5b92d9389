"""Timeline events written the way real reports write them (title pages, narrative sentences, chronology traps).

The sentences are written for these tests in the shapes seen in published reviews, not copied from them.
"""

import pytest

from extraction.timeline import extract_timeline
from tests.extraction.builders import make_document


def events_of(text: str) -> dict[str, str]:
    return {e.event: e.date for e in extract_timeline(make_document(text))}


BODY = "\f#1. Introduction\nThis review looks at the contact agencies had with the family.\n"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Safer Northshire Partnership\n\nDomestic Homicide Review\n\nAuthor - J Smith\n\nAugust 2016",
            "2016-08",
        ),
        (
            "Domestic Homicide Review\nReport produced by J Smith Independent Chair and Author November 2017",
            "2017-11",
        ),
        ("Domestic Homicide Review Executive Summary\nAuthor J Smith Date: 23 April 2017", "2017-04-23"),
        ("Overview Report\nIndependent Chair: J Smith\nDate of Completion: May 2016", "2016-05"),
        ("Domestic Homicide Review\nFinal version 3 - 12 May 2020", "2020-05-12"),
        (
            "Somerton Community Safety Partnership\nOverview Report\nReview Chair: A Bhogal.\n\nSomerton, 2022",
            "2022",
        ),
    ],
)
def test_the_report_date_on_a_title_page(title, expected):
    assert events_of(title + BODY)["report_completed"] == expected


def test_of_two_title_page_dates_the_one_after_the_author_is_the_report_date():
    events = events_of(
        "DOMESTIC HOMICIDE REVIEW 'ADAM' MAY 2014 REPORT PRODUCED BY J SMITH INDEPENDENT AUTHOR March 2019"
    )
    assert events["report_completed"] == "2019-03"


def test_a_revised_version_on_the_title_page_is_the_report_date():
    assert events_of(
        "Domestic Homicide Review\nIndependent Chair and author August 2021 / Updated May 2022" + BODY
    ) == {"report_completed": "2022-05"}


def test_title_page_publication_death_and_life_span():
    assert events_of("Domestic homicide review into the death of Jo\nPublished March 2024" + BODY) == {
        "publication": "2024-03"
    }
    assert (
        events_of("Domestic Homicide Review\nAlex Died April 2016 Overview Report" + BODY)["death"]
        == "2016-04"
    )
    events = events_of(
        "Domestic Homicide Review\nExecutive Summary 20 October 2015\nReport into the death of Jo 1970 - 2013"
    )
    assert events == {"report_completed": "2015-10-20", "death": "2013"}


def test_title_page_dates_that_are_not_the_report_date():
    # an action plan's own date, a web page's update stamp, a date in brackets after a name
    assert (
        events_of("Northshire CSP - DHR 'C' - Action Plan (v4, agreed at the DHR Steering Group, 12/05/2021)")
        == {}
    )
    assert (
        events_of("Domestic Homicide Review - Executive Summary\nLast updated: 3 February 2022" + BODY) == {}
    )
    assert events_of("Domestic Homicide Review 2019" + BODY) == {}


def test_a_bare_bracketed_date_after_a_name_dates_no_event():
    # The team's convention (annotations/real/README.md): a bare date beside a review's or a document's name does
    # not say whether it is the death, the report, the publication or a letter, so it is `other`.
    assert events_of("Domestic Homicide Review in the case of Sam (March 2022)" + BODY) == {}
    assert events_of("Overview report into the death of 'Tess' (May 2021)" + BODY) == {}
    assert events_of("Westbury DHR Joe - Home Office Quality Assurance Panel letter (July 2019)" + BODY) == {}
    # the line's own report date (after the name, with the chair) is still read; the bracketed one is not
    assert events_of("Westbury CSP Overview Report Jan (June 2017) 4 March 2019 Chris Hale" + BODY) == {
        "report_completed": "2019-03-04",
    }
    assert events_of("Domestic Homicide Review 2019" + BODY) == {}


def test_narrative_title_like_text_after_the_title_page_is_not_a_title():
    assert "report_completed" not in events_of(
        "#1. Introduction\nThe panel noted the GP's records.\n\fSummary May 2016"
    )


_DEATHS = [
    ("The man was stabbed to death on 27 October, 2013 by his partner at their flat.", "2013-10-27"),
    (
        "Mrs A was found at her home in the early hours of the 25th of May 2016, having been stabbed.",
        "2016-05-25",
    ),
    (
        "He took a knife from the kitchen and stabbed his wife several times on September 12, 2011.",
        "2011-09-12",
    ),
    ("Helen was killed on the 10 th December 2014 by her former partner.", "2014-12-10"),
    ("1.1 On 07.05.2012 the body of Adult A was discovered at her house by neighbours.", "2012-05-07"),
    ("The death occurred on 3 May 2016.", "2016-05-03"),
    ("Sadly Ann passed away on 3 March 2019.", "2019-03-03"),
    ("Ann's death on 3 March 2019 shocked her colleagues.", "2019-03-03"),
    ("Ann was unlawfully killed on 3 March 2019.", "2019-03-03"),
    ("Police attended on 3 May 2016 after a call from a neighbour and found Mary dead.", "2016-05-03"),
    (
        "Date of death 3 May 2016 Date CSP notified 10 May 2016 First panel meeting 12 July 2016",
        "2016-05-03",
    ),
    ("The review concerns a domestic homicide that occurred in Northshire in April 2018.", "2018-04"),
    ("The partnership commissioned a review following a domestic homicide case in 2014.", "2014"),
    ("The partnership published the report into the death of Jo in 2018.", "2018"),
    (
        "At 01:32hrs on the 11/11/2018 police were called to the home of Adult X, who was pronounced dead.",
        "2018-11-11",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), _DEATHS)
def test_the_death_from_what_the_sentence_says(sentence, expected):
    assert events_of(sentence)["death"] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "At the end of a two-week trial Mr B was found guilty of murder on 26 July 2013.",
        "Mr A was charged and convicted of murdering his mother on 3 July 2012.",
        "A post mortem found that Mr C had died from his injuries and a homicide investigation began on 21 July 2012.",
        "At 01:32hrs on the 13/03/2012 Jo called the ambulance service and said that her partner had stabbed her.",
        "In November 2016 she was convicted of murder and sentenced to life imprisonment.",
        "Jo and Sam were also subject to a serious case review which was published in July 2016.",
        "This review began on 26th February 2013.",
        "The GP noted her mother's death in 2001.",
        "An initial scoping meeting was held on 19 August 2013 between the Partnership and the police.",
        "He appeared at Crown Court on 3 May 2016 and was remanded in custody.",
    ],
)
def test_chronology_dates_are_not_events(sentence):
    assert events_of(sentence) == {}


_STAGES = [
    (
        "The Northshire Partnership published a domestic homicide review on 26 July 2023.",
        "publication",
        "2023-07-26",
    ),
    ("Final - for publication. Embargoed until 18 October 2016", "publication", "2016-10-18"),
    (
        "Work on the review started in February 2013 and it was concluded on the 11th July 2013.",
        "report_completed",
        "2013-07-11",
    ),
    ("The report was approved by the CSP Board on 12 December 2018.", "report_completed", "2018-12-12"),
    ("A revised report was resubmitted in October 2014.", "sent_to_qap", "2014-10"),
    (
        "After the report went in, in September 2013 the Home Office Quality Assurance Panel "
        "judged it to be not yet fit to publish.",
        "qap_first_heard",
        "2013-09",
    ),
    (
        "The Quality Assurance Panel met to discuss the report on 14 June 2017.",
        "qap_first_heard",
        "2017-06-14",
    ),
    ("Northshire CSU was notified of Jo's death on 6 April 2016.", "notification", "2016-04-06"),
    ("The review was initiated in September 2011.", "decision_to_review", "2011-09"),
    ("The DHR referral was received on 4 May 2016.", "notification", "2016-05-04"),
    (
        "Police contacted the Safer Northshire Partnership on 5 May 2016 to tell them.",
        "notification",
        "2016-05-05",
    ),
    (
        "The Community Safety Partnership commissioned this review on 3 May 2016.",
        "decision_to_review",
        "2016-05-03",
    ),
    ("A DHR was agreed on 3 May 2016.", "decision_to_review", "2016-05-03"),
    ("The Review Panel first convened on 3 June 2019.", "first_panel", "2019-06-03"),
    (
        "In a letter dated 5 July 2017 the Home Office QA Panel confirmed it is cleared.",
        "qap_signed_off",
        "2017-07-05",
    ),
    ("Publication of the report took place in March 2018.", "publication", "2018-03"),
    ("The report was made publicly available on 3 March 2019.", "publication", "2019-03-03"),
    (
        "The review panel signed off the final overview report on 3 December 2018.",
        "report_completed",
        "2018-12-03",
    ),
    ("Adult A sustained fatal injuries on 4 July 2015.", "death", "2015-07-04"),
    (
        "In July 2016, the CSP received a notification from the police of the death.",
        "notification",
        "2016-07",
    ),
    ("It was sent to the Home Office on 20 December 2016.", "sent_to_qap", "2016-12-20"),
    (
        "The DHR was completed in October 2019 and sent to the QA Panel in November 2019.",
        "report_completed",
        "2019-10",
    ),
    (
        "The report was signed off by the Safer Northshire Partnership Board on 5 Sept 2017.",
        "report_completed",
        "2017-09-05",
    ),
    (
        "The QA Panel letter dated 4 December 2017 confirmed the report could be published.",
        "qap_signed_off",
        "2017-12-04",
    ),
    (
        "The panel met on: 3 May 2016, 12 July 2016, 20 September 2016 and 8 November 2016.",
        "first_panel",
        "2016-05-03",
    ),
    ("Panel meetings were held on 3 May, 12 July and 9 September 2016.", "first_panel", "2016-05-03"),
]


@pytest.mark.parametrize(("sentence", "event", "expected"), _STAGES)
def test_review_stages_from_what_the_sentence_says(sentence, event, expected):
    assert events_of(sentence)[event] == expected


def test_a_report_that_could_be_published_is_not_published():
    assert "publication" not in events_of(
        "On 4 December 2017 the Partnership was told the report could be published."
    )


def test_a_single_panel_meeting_date_is_not_taken_as_the_first():
    assert "first_panel" not in events_of("The panel met on 14 May 2018 to agree the analysis.")


def test_the_panel_after_a_sentence_naming_the_qa_panel_is_the_qa_panel():
    text = (
        "The report was submitted to the Home Office Quality Assurance Panel in May 2021. "
        "The Panel considered the report on 23 June 2021 and asked for revisions."
    )
    assert events_of(text)["qap_first_heard"] == "2021-06-23"


def test_a_clause_after_a_semicolon_keeps_its_own_date():
    text = (
        "On 10 September 2019 the Standing Panel agreed that a Domestic Homicide Review should be held; the Home "
        "Office was told on 12 September."
    )
    events = events_of(text)
    assert events["decision_to_review"] == "2019-09-10"
    assert events["home_office_notified"] == "2019-09-12"


def test_an_undated_death_carries_to_the_next_sentence_even_with_an_age():
    text = "This review concerns Mrs B, who was 71 when she died. At 23:15hrs on the 02/11/2017 police received a call."
    assert events_of(text)["death"] == "2017-11-02"


def test_every_cue_in_these_phrasings_passes_the_cheap_anchor_filter():
    # extract_timeline only tries the cue regexes on sentences holding an anchor word: a cue without one is dead
    from extraction.timeline import _ANCHOR, _ANY_CUE, _NOT_EVENT, _PANEL_LIST, _lower

    sentences = [p[0] for p in _STAGES + _DEATHS] + [
        "The panel met on: 3 May 2016, 12 July 2016 and 8 November 2016.",
        "The report was made publicly available on 3 March 2019.",
    ]
    for sentence in sentences:
        low = _lower(sentence)
        for regex in (_ANY_CUE, _PANEL_LIST):
            if regex.search(low):
                assert _ANCHOR.search(low), sentence
    assert _NOT_EVENT.search(_lower("Mr B was found guilty of murder on 26 July 2013."))


def test_a_second_reading_of_a_date_gives_way_to_its_first():
    text = (
        "The Quality Assurance Panel considered the report at its meeting on 23 May 2019 and I am pleased to "
        "confirm it is approved for publication."
    )
    assert events_of(text) == {"qap_first_heard": "2019-05-23"}


def test_the_same_day_is_a_full_reading():
    text = "The decision to hold a review was taken on 8 August 2019 and the Home Office was informed on the same day."
    assert events_of(text) == {"decision_to_review": "2019-08-08", "home_office_notified": "2019-08-08"}


# The team's labelling conventions (annotations/real/README.md, "Timeline labels: conventions"): a date the
# sentence does not tie to one review stage is `other`. Sentences written here in our own words.
_TEAM_OTHER = [
    # an approval that does not name the Home Office or its QA panel
    "Review into the death of Ms K Approved for publication in March 2017",
    "The report was approved for publication by the Partnership on 2 May 2018.",
    # "found guilty of murdering X ... on DATE": the killing's date or the verdict's
    "Gary was found guilty of murdering his wife Lena at their flat on 2 March 2015.",
    # a review named by one pseudonym and a month, with no death word
    "Domestic Homicide Review Petra/July 2017 Overview Report",
    # a range
    "The homicide occurred in Northtown between 2 March 2016 and 5 March 2016.",
    "In 2019/20 four reviews were commissioned by the Partnership.",
    # drafts
    "Draft v2 - 12 May 2017",
    "Northtown CSP Overview Report Draft 3 March 2018",
    # a later act on the body
    "Ray attacked Nina at home, then attempted to set fire to her body on 9 May 2019.",
]


@pytest.mark.parametrize("text", _TEAM_OTHER)
def test_dates_the_team_labels_other_date_no_event(text):
    assert events_of(text + BODY) == {}
    assert events_of(BODY + text) == {}


def test_team_conventions_keep_the_stages_the_text_states():
    # approval for publication by the Home Office QA panel, named in the sentence
    assert events_of(
        BODY + "The Home Office Quality Assurance Panel approved the report for publication on 6 June 2019."
    ) == {"qap_signed_off": "2019-06-06"}
    # the title's report date with its author; the month beside the pseudonym is no event
    assert events_of(
        "DOMESTIC HOMICIDE REVIEW 'HOLLY' MARCH 2016 REPORT BY AN INDEPENDENT AUTHOR June 2019" + BODY
    ) == {"report_completed": "2019-06"}
    # a range's end that the sentence itself dates ("... and DATE when he killed her")
    assert events_of(
        BODY + "Police logged six incidents between May 2016 and 4 June 2018 when Dan stabbed her to death."
    ) == {"death": "2018-06-04"}
    # a title that says whose death and when
    assert events_of("Domestic Homicide Review into the death of Lily 1980 - 2016" + BODY) == {
        "death": "2016"
    }
