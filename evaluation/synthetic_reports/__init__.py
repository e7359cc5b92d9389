"""Seeded generator of synthetic DHR documents with ground truth (see :mod:`.generator` for what it covers).

Modules: ``vocab`` (data: areas, agencies, templates), ``model`` (the intermediate document, the generated
report, the context), ``timeline`` (dates, timeline events, chronology), ``recs`` (recommendations, actions,
action plans), ``render`` (PDF, DOCX, HTML), ``generator`` (document assembly and the entry points).
The package's public names, importable from here as before the split: the document model, the renderers, the
generator entry points and the vocabulary that ``training/embeddings.py`` pairs templates from.
"""

from evaluation.synthetic_reports.generator import (
    document_for_gold,
    generate_corpus,
    generate_long_report,
    generate_report,
    gold_files,
)
from evaluation.synthetic_reports.model import (
    NUMBERING_STYLES,
    TABLE_STYLES,
    Block,
    Bullet,
    GeneratedReport,
    Heading,
    Para,
    Segment,
    Table,
)
from evaluation.synthetic_reports.render import render_docx, render_html, render_pdf
from evaluation.synthetic_reports.timeline import fmt_date
from evaluation.synthetic_reports.vocab import ACTIVE, ALL_AGENCY, PASSIVE, TOPICS

__all__ = [
    "ACTIVE",
    "ALL_AGENCY",
    "NUMBERING_STYLES",
    "PASSIVE",
    "TABLE_STYLES",
    "TOPICS",
    "Block",
    "Bullet",
    "GeneratedReport",
    "Heading",
    "Para",
    "Segment",
    "Table",
    "document_for_gold",
    "fmt_date",
    "generate_corpus",
    "generate_long_report",
    "generate_report",
    "gold_files",
    "render_docx",
    "render_html",
    "render_pdf",
]
