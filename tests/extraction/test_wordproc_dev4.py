"""Word-processor layouts of ``annotations/wordproc/dev4``: the rules its blind run showed missing, in made-up text,
and the committed dev4 documents end to end (no ``soffice`` needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhr.schema import SourceInfo
from extraction.document import Document, Line, Page
from extraction.recommendation_marks import match_marker
from extraction.recommendations import split_items
from extraction.sections import Section, find_sections, heading_forms

ROOT = Path(__file__).resolve().parents[2]
DEV4 = ROOT / "annotations" / "wordproc" / "dev4"


def _section(texts: list[str]) -> Section:
    lines = [Line(text=text, page=1, block=i) for i, text in enumerate(texts)]
    return Section(kind="overview", heading="Recommendations", lines=lines)


def _document(lines: list[Line]) -> Document:
    source = SourceInfo(filename="made-up.docx", sha256="0" * 64, pages=1, format="docx")
    return Document(source=source, pages=[Page(number=1, lines=lines)])


@pytest.mark.parametrize(
    "heading",
    [
        "Argymhellion / Recommendations",
        "4. Argymhellion / Recommendations",
        "Recommendations | Argymhellion",
        "Argymhellion",
    ],
)
def test_welsh_and_bilingual_headings_open_the_recommendations(heading: str) -> None:
    lines = [
        Line(text="Cyflwyniad / Introduction", page=1, heading_level=1),
        Line(text="The panel met six times between spring and autumn.", page=1),
        Line(text=heading, page=1, heading_level=1),
        Line(text="1. The council should publish its housing allocation policy in plain English.", page=1),
        Line(text="Geirfa / Glossary", page=1, heading_level=1),
        Line(text="IDVA - Independent Domestic Violence Advisor.", page=1),
    ]
    sections = find_sections(_document(lines))
    assert [s.kind for s in sections] == ["overview"]
    assert [line.text[:2] for line in sections[0].lines] == ["1."]


def test_bilingual_heading_forms_keep_the_chapter_number_on_each_side() -> None:
    forms = heading_forms("7. Casgliadau / Conclusions")
    assert "7. Conclusions" in forms and "7. conclusions" in forms


def test_a_slash_inside_an_ordinary_heading_is_not_split() -> None:
    # a side longer than eight words is prose, not half of a bilingual heading
    text = "Contact with the GP and/or the practice nurse between the first and the second referral / notes"
    assert heading_forms(text) == [text]


def test_bilingual_recommendation_label() -> None:
    marker = match_marker("Argymhelliad 3 / Recommendation 3")
    assert marker is not None and marker[:2] == ("labelled", "3")
    assert match_marker("Argymhelliad 2: The board should meet quarterly.")[:2] == ("labelled", "2")  # type: ignore[index]


def test_roman_points_under_a_lettered_recommendation_are_its_sub_points() -> None:
    items = split_items(
        _section(
            [
                "1. Westvale Council",
                "a. The council should publish its housing allocation policy in plain English.",
                "2. Eastshire Probation Service",
                "a. The service has agreed the following changes, which this review recommends are made:",
                "i. To cut the caseloads of officers at the busiest office",
                "ii. To recruit experienced officers to that office",
                "b. The service should check that supervisors record what happens at each session.",
            ]
        ),
        11.0,
    )
    assert [(i.number, i.text[:24]) for i in items] == [
        ("a", "The council should publi"),
        ("a", "The service has agreed t"),
        ("b", "The service should check"),
    ]
    assert items[1].text.endswith("To recruit experienced officers to that office")


def test_letter_after_h_is_the_next_recommendation_not_a_sub_point() -> None:
    texts = [f"{c}. The service should review its practice on point {c} of the audit." for c in "abcdefg"]
    texts += [
        "h. The service should agree the following with its partners:",
        "i. The service should share its audit with the partnership board every year.",
    ]
    items = split_items(_section(texts), 11.0)
    assert [i.number for i in items][-2:] == ["h", "i"]


@pytest.fixture(scope="module")
def extractor():  # type: ignore[no-untyped-def]
    from extraction.pipeline import Extractor

    return Extractor.load()


def _score(extractor, pdf: bool):  # type: ignore[no-untyped-def]
    from evaluation.extraction import aggregate, evaluate_extraction, load_gold

    metrics = []
    for gold_path in sorted(DEV4.glob("*.gold.json")):
        if gold_path.name.endswith("-pdf.gold.json") != pdf:
            continue
        gold = load_gold(gold_path)
        metrics.append(evaluate_extraction(extractor.extract_path(DEV4 / gold.source.filename), gold))
    return aggregate(metrics)


@pytest.mark.parametrize("pdf", [False, True], ids=["docx", "pdf"])
def test_dev4_documents(extractor, pdf: bool) -> None:  # type: ignore[no-untyped-def]
    total = _score(extractor, pdf)
    assert total.recommendations.f1 >= 0.97
    assert total.numbers.value >= 0.97
    assert total.actions_target_date.f1 >= 0.95
