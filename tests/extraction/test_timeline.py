from extraction.timeline import extract_timeline
from tests.extraction.builders import make_document

REPORT = """#Domestic Homicide Review: Adult A
#1. Introduction
Adult A died on 21 August 2012 at her home.
The Safer Northshire Partnership was notified of the death on 29th August 2012.
The decision to conduct a Domestic Homicide Review was made on 10 th September 2012 and the Home Office was informed on 14/09/2012.
The initial meeting was held on 3 October 2012.
#2. Chronology
On 13/03/2012 police attended after a neighbour called. On 19 April GP saw Adult A.
In 2009 she moved to the area. Her mother died in 2001.
\f#Final
The report was submitted to the Home Office Quality Assurance Panel on 2 May 2014.
The Quality Assurance Panel considered the report at its meeting on 18 June 2014 and approved it for publication on 20 August 2014.
This report was published on 1 October 2014.
"""


def test_timeline_events_and_chronology_dates_left_out():
    events = {e.event: e.date for e in extract_timeline(make_document(REPORT))}
    assert events["death"] == "2012-08-21"
    assert events["notification"] == "2012-08-29"
    assert events["decision_to_review"] == "2012-09-10"
    assert events["home_office_notified"] == "2012-09-14"
    assert events["first_panel"] == "2012-10-03"
    assert events["sent_to_qap"] == "2014-05-02"
    assert events["qap_first_heard"] == "2014-06-18"
    assert events["qap_signed_off"] == "2014-08-20"
    assert events["publication"] == "2014-10-01"
    assert "2012-03-13" not in events.values()
    assert "2001" not in events.values()


def test_events_come_in_process_order_with_pages():
    events = extract_timeline(make_document(REPORT))
    assert [e.event for e in events][:2] == ["death", "notification"]
    assert events[-1].page == 2


QA_LETTER = """Home Office
Public Protection Unit
2 Marsham Street
London SW1P 4DF
Ms Jane Doe
Chair, Safer Northshire Partnership
12 March 2019

Dear Ms Doe,

Thank you for submitting the Domestic Homicide Review report (Adult A) for Safer Northshire Partnership.
The Panel considered the report on 20th February 2019. I apologise for the delay in responding to you.
The Panel felt this was a thorough report, although the chronology of 3 May 2017 events could be shorter.

Yours sincerely,
Lynne Abbott
Chair of the Home Office DHR Quality Assurance Panel
"""


def test_qa_letter_saying_only_the_panel_considered_the_report():
    events = {e.event: e.date for e in extract_timeline(make_document(QA_LETTER))}
    assert events["qap_first_heard"] == "2019-02-20"


def test_qa_letter_header_naming_the_panel_and_the_panel_met():
    letter = """Home Office Quality Assurance Panel
Domestic Homicide Reviews
2 Marsham Street, London SW1P 4DF

Dear Mr Smith,

DHR Adult B - Safer Westshire Partnership
The Panel met on 4 June 2020 and discussed the overview report and executive summary.
"""
    events = {e.event: e.date for e in extract_timeline(make_document(letter))}
    assert events["qap_first_heard"] == "2020-06-04"


def test_review_panel_of_an_overview_report_is_not_the_qa_panel():
    report = """#Domestic Homicide Review: Adult C
#1. Introduction
Adult C died on 2 January 2018 at her home.
The Panel considered the chronology on 5 March 2018. The panel met on 14 May 2018 to agree the analysis.
The review was conducted in line with the Home Office guidance; the report will be sent to the Home Office Quality Assurance Panel.
"""
    events = {e.event: e.date for e in extract_timeline(make_document(report))}
    assert "qap_first_heard" not in events
    assert events["death"] == "2018-01-02"


def test_in_a_qa_letter_the_review_panel_is_still_not_the_qa_panel():
    letter = QA_LETTER.replace(
        "The Panel felt this was",
        "The Panel noted that the review panel met on 9 May 2017. The Panel felt this was",
    )
    events = {e.event: e.date for e in extract_timeline(make_document(letter))}
    assert events["qap_first_heard"] == "2019-02-20"
    assert "2017-05-09" not in events.values()


def test_a_qa_letter_is_judged_from_its_own_first_lines():
    from extraction.timeline import is_qa_letter

    assert is_qa_letter(make_document(QA_LETTER))
    assert not is_qa_letter(make_document(REPORT))
    # an overview report naming the QA panel on its first page, with the letter only as a late appendix
    overview = (
        "#Overview report\nThe report was considered by the Home Office Quality Assurance Panel on 23 April 2020.\n"
        + "".join(f"Paragraph {n} of the chronology.\n" for n in range(45))
        + "\f"
        + QA_LETTER
    )
    assert not is_qa_letter(make_document(overview))
