"""Seeded generator of synthetic DHR documents with ground truth (see :mod:`.generator` for what it covers).

The package's public names, importable from here as before the split: the document model, the renderers, the
generator entry points and the vocabulary that ``training/embeddings.py`` pairs templates from.
"""

from evaluation.synthetic_reports.generator import (
    ACTIVE,
    ALL_AGENCY,
    NUMBERING_STYLES,
    PASSIVE,
    TABLE_STYLES,
    TOPICS,
    Block,
    Bullet,
    GeneratedReport,
    Heading,
    Para,
    Segment,
    Table,
    document_for_gold,
    fmt_date,
    generate_corpus,
    generate_long_report,
    generate_report,
    gold_files,
    render_docx,
    render_html,
    render_pdf,
)

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
