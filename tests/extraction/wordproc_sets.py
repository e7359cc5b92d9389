"""What the tests of the hand-built Word sets (``annotations/wordproc/dev7``, ``dev8``) share: a printed line,
the items a Recommendations section of such lines gives, the sections a made-up PDF of them gives, and the score of a whole set in one of its forms.

Kept in one place so that each set's test module holds only its own cases and figures.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extraction.document import Line
from extraction.sections import Section


def line(
    text: str,
    x0: float,
    y0: float,
    x1: float,
    size: float = 10.0,
    *,
    block: int = -1,
    page: int = 1,
    bold: bool = False,
    list_item: bool = False,
) -> Line:
    """A printed line from ``x0`` to ``x1`` whose top is ``y0``, one ``size`` tall."""
    return Line(
        text=text,
        page=page,
        x0=x0,
        y0=y0,
        x1=x1,
        y1=y0 + size,
        size=size,
        bold=bold,
        block=block,
        list_item=list_item,
    )


def items(lines: list[Line]):  # type: ignore[no-untyped-def]
    """The recommendation items read from ``lines`` as one overview Recommendations section (body size 10)."""
    from extraction.recommendations import extract_items

    return extract_items([Section(heading="Recommendations", kind="overview", lines=lines)], 10.0)


def made_up_sections(lines: list[Line]):  # type: ignore[no-untyped-def]
    """The sections found in a made-up PDF of ``lines`` (pages as the lines' page numbers give them)."""
    from dhr.schema.extraction import SourceInfo
    from extraction.document import Document, Page
    from extraction.sections import find_sections

    pages = [
        Page(number=n, lines=[ln for ln in lines if ln.page == n]) for n in sorted({ln.page for ln in lines})
    ]
    source = SourceInfo(filename="made-up.pdf", sha256="0" * 64, pages=len(pages), format="pdf")
    return find_sections(Document(source=source, pages=pages))


def score_folder(extractor: Any, folder: Path, pdf: bool) -> tuple[int, Any]:
    """How many documents of ``folder`` have gold in the form asked (``pdf``: the PDF exports, else the DOCX)
    and the extractor's aggregate score over them."""
    from evaluation.extraction import aggregate, evaluate_extraction, load_gold

    metrics = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        if gold_path.name.endswith("-pdf.gold.json") != pdf:
            continue
        gold = load_gold(gold_path)
        metrics.append(evaluate_extraction(extractor.extract_path(folder / gold.source.filename), gold))
    return len(metrics), aggregate(metrics)


@pytest.fixture(scope="module", name="extractor")
def set_extractor():  # type: ignore[no-untyped-def]
    """The fixture ``extractor``: the pipeline's extractor, loaded once per test module. A set's module imports
    ``set_extractor`` (pytest finds the fixture among the module's names), its tests ask for ``extractor``."""
    from extraction.pipeline import Extractor

    return Extractor.load()


def assert_set(extractor: Any, folder: Path, pdf: bool, documents: int, floors: tuple[float, ...]) -> None:
    """``folder`` has ``documents`` documents with gold in the form asked (``pdf``) and scores at least
    ``floors`` on them: recommendations F1, numbers, agencies F1, actions + target date F1 and, where a fifth
    floor is given, text exact."""
    count, total = score_folder(extractor, folder, pdf)
    assert count == documents
    assert total.recommendations.f1 >= floors[0]
    assert total.numbers.value >= floors[1]
    assert total.agencies.f1 >= floors[2]
    assert total.actions_target_date.f1 >= floors[3]
    if len(floors) > 4:
        assert total.text_exact.value >= floors[4]
