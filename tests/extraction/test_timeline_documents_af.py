"""The timeline extractor on own-words blind document batch af (none of it real text): whole small documents.

``timeline_documents_af.jsonl``: 8 small documents, 32 events (one date per event), written and labelled by the
team's conventions (annotations/real/README.md) and the document rules of ``test_timeline_variants_ad.py``, and
committed (e20adca) before any run: a report opening with its title page and process dates beside a conviction
and sentencing; a chronology of contacts whose death is told over three sentences (the call and the pronouncement
undated); a DARDR suicide's summary (a core-group meeting before the decision, a list of panel dates, an earlier
review); a QA letter clearing a resubmitted report; a review-timeline table with a trial row; a news page (an
attack and the death the following day, a jail term, the publication, "It was completed in ... and approved by
the Home Office in ..."); a title page with a version table of drafts and the final; a report opening with a
relative's death, a delayed decision, a hearing and a board presentation.

Scored once at e20adca (the code of f186d0e), before any change, over (event, date) pairs
(:func:`tests.extraction.timeline_documents.documents_result`): with the sentence model (the default) and with
the rules alone P 1.000 R 0.906 F1 0.951 (29 tp, 0 fp, 3 fn). Fixed by general readings: "following the
Panel's initial consideration of it on DATE" (a QA letter; "the QA Panel's consideration" in a report) is the
panel's first hearing; a QA letter "content that it may now be published" clears the report (its own date is the
sign-off, as the letters' other clearing words are); "It was completed in DATE" right after a sentence whose
subject is the review or its report is the report's completion. After: 1.000 (32/0/0) in both modes (a dev
figure now). Real train 0.990 / dev 0.993 (rules alone 0.960 / 0.980) unchanged; batches af and ag unchanged;
every earlier variant and real train/dev sentence, the ad/ae documents and 359 annotated and fixture PDF/DOCX
documents read as before.
"""

import pytest

from evaluation.real_timeline import predict
from extraction.timeline import extract_timeline
from tests.extraction.builders import make_document
from tests.extraction.timeline_batch_checks import check_document, check_documents
from tests.extraction.timeline_documents import load_documents

_DOCUMENTS = load_documents("timeline_documents_af.jsonl")


@pytest.mark.parametrize("row", _DOCUMENTS, ids=lambda r: f"{r['category']}: {r['text'][:40]}")
def test_each_document(row: dict) -> None:
    check_document(row)


def test_the_documents_as_a_whole() -> None:
    check_documents(_DOCUMENTS, size=8, events=32, precision=0.98, f1=0.98)


def _events(text: str) -> dict[str, str]:
    return {e.event: e.date for e in extract_timeline(make_document(text))}


def test_the_report_a_pronoun_speaks_of() -> None:
    # written after the batch (not blind): "It" after a sentence on the review is the review ...
    review = (
        "#Findings\nThe overview report, which the partnership published on 4 May 2023, sets out six lessons.\n\n"
        "It was finalised in January 2023 after the family had read it.\n"
    )
    assert _events(review).get("report_completed") == "2023-01"
    # ... and after a sentence on anything else, no report
    other = (
        "#Chronology\nThe police investigation into the assault began on 2 March 2020.\n\n"
        "It was completed on 9 June 2020 and no further action was taken.\n"
    )
    assert "report_completed" not in _events(other)


def test_the_qa_panels_consideration() -> None:
    sentence = (
        "The Home Office Quality Assurance Panel's consideration of the report on 5 May 2021 led to changes."
    )
    assert dict(predict(sentence)) == {"2021-05-05": {"qap_first_heard"}}
    letter = (
        "Home Office\n2 Marsham Street\nLondon SW1P 4DF\n\n3 March 2022\n\nDear Mr Hale,\n\n"
        "Thank you for sending the revised report to the Home Office Quality Assurance Panel after the Panel's "
        "first consideration of it on 12 November 2021.\n\nThe Panel is satisfied that the report can now be "
        "published.\n"
    )
    assert _events(letter) == {"qap_first_heard": "2021-11-12", "qap_signed_off": "2022-03-03"}
