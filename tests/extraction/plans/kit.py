"""The kit every synthetic action-plan set is built with: the gold of one document (:class:`Doc`, :func:`act`),
numbered recommendations in the body (:func:`_numbered_body`) and the writer of a set's DOCX, PDF and gold files
(:func:`build_documents`).

Kept apart from ``build.py`` (which holds the ``plans`` set's ten documents) because the other sets
(``plans_blind*``, ``agencies_blind*``, ``rec_dates``) build with the same kit; ``build.py`` still re-exports
every name here, so ``from tests.extraction.plans.build import Doc, act, ...`` keeps working.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from annotations.wordproc.worddoc import Level, WordDoc
from dhr.schema import Action, ExtractionResult, Recommendation, ReviewInfo, SourceInfo

Plan = list[tuple[str, str, str, str | None]]  # (action, lead, target cell, target ISO or None)


class Doc:
    """The gold of one document, built beside its Word form."""

    def __init__(self, csp: str, subject: str, kind: str = "overview_report") -> None:
        self.csp, self.subject, self.kind = csp, subject, kind
        self.recs: list[Recommendation] = []

    def rec(
        self, number: str | None, text: str, agencies: list[str], section: str = "overview"
    ) -> Recommendation:
        rec = Recommendation(
            id=f"r{len(self.recs) + 1}", number=number, text=text, section=section,  # type: ignore[arg-type]
            agencies=agencies, level="local", themes=["other"],  # type: ignore[arg-type]
        )  # fmt: skip
        self.recs.append(rec)
        return rec


def act(rec: Recommendation, text: str, lead: str, cell: str, iso: str | None) -> None:
    from extraction.action_plan import agencies_from_lead

    rec.actions.append(
        Action(text=text, agencies=agencies_from_lead(lead), target_date=iso, lead_text=lead,  # type: ignore[arg-type]
               target_date_text=cell)
    )  # fmt: skip


def _numbered_body(w: WordDoc, d: Doc, recs: list[tuple[str, list[str]]]) -> list[Recommendation]:
    nums = w.abstract([Level("decimal", "%1.")])
    nid = w.num(nums)
    out = []
    for text, agencies in recs:
        label = w.para(text, num=(nid, 0))
        out.append(d.rec(label.rstrip("."), text, agencies))
    return out


def _write_gold(d: Doc, path: Path, fmt: str, pages: int) -> None:
    import hashlib

    result = ExtractionResult(
        source=SourceInfo(filename=path.name, sha256=hashlib.sha256(path.read_bytes()).hexdigest(), pages=pages,
                          format=fmt),  # type: ignore[arg-type]
        review=ReviewInfo(csp=d.csp, subject=d.subject, document_type=d.kind),  # type: ignore[arg-type]
        recommendations=d.recs,
    )  # fmt: skip
    path.with_name(path.stem + ".gold.json").write_text(
        result.model_dump_json(indent=2) + "\n", encoding="utf-8"
    )


def build_documents(
    documents: dict[str, Callable[[], tuple[WordDoc, Doc]]], folder: Path, argv: list[str]
) -> int:
    """Write each of ``documents`` (or those named in ``argv``) to ``folder`` as DOCX and PDF, with their gold."""
    import pymupdf

    from annotations.wordproc.build import to_pdf

    for name, builder in documents.items():
        if argv and name not in argv:
            continue
        w, d = builder()
        docx_path = folder / f"{name}.docx"
        w.save(docx_path)
        _write_gold(d, docx_path, "docx", 1)
        pdf_path = to_pdf(docx_path)
        with pymupdf.open(str(pdf_path)) as pdf:
            pages = pdf.page_count
        _write_gold(d, pdf_path, "pdf", pages)
        print(f"{name}: {len(d.recs)} recommendations, {sum(len(r.actions) for r in d.recs)} actions, "
              f"{pages} PDF pages")  # fmt: skip
    return 0
