"""Seeded generator of synthetic DHR documents with ground truth.

Produces overview reports, executive summaries and separate action plans as PDF (PyMuPDF ``Story``), DOCX
(python-docx) and HTML, each with a ``<name>.gold.json`` (an :class:`~dhr.schema.ExtractionResult`) beside it.
The shapes come from ``DHR-REPORTS.md``: every numbering style, per-agency IMR blocks (numbering restarting per
agency, headings naming several agencies), recommendations listed in the body and again in the action plan,
recommendations running across a page break, analysis prose that sounds like a recommendation, the "responsible
for this action plan" preamble, "in consultation with" traps, target dates inside recommendations, Home Office
action-plan tables and variants (renamed/dropped columns, theme group rows, numbered actions in one cell, tables
over several pages, prose action plans), every date shape, timeline events amid a chronology of other dates,
repeated headers/footers, hyphenation at line ends, a two-column page and pseudonyms.

Everything is decided by ``random.Random(seed)`` so the same seed gives the same documents and gold. The
generator is measured against, never trained on: build the extractor for ``DHR-REPORTS.md``, not for this file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import random
from pathlib import Path

from dhr.errors import InputError
from dhr.schema import (
    ExtractionResult,
    Recommendation,
    ReviewInfo,
    SourceInfo,
)
from evaluation.synthetic_reports.model import (
    NUMBERING_STYLES,
    TABLE_STYLES,
    Block,
    Bullet,
    DocType,
    Format,
    GeneratedReport,
    Heading,
    Para,
    RecSpec,
    Segment,
    Table,
    _Ctx,
)
from evaluation.synthetic_reports.recs import (
    _action_plan,
    _actions_for,
    _build_recs,
)
from evaluation.synthetic_reports.render import (
    _check_page_spanning,
    render_docx,
    render_html,
    render_pdf,
)
from evaluation.synthetic_reports.timeline import (
    _chronology,
    _render_events,
    _timeline,
)
from evaluation.synthetic_reports.vocab import (
    ANALYSIS_TRAPS,
    AUTHORS,
    EVENT_TEMPLATES,
    FILLER,
    LOCAL_KEYS,
    SUBJECTS,
    TOPICS,
    _areas,
)

log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------------------------------
# Document assembly.


def _analysis(ctx: _Ctx, n_paras: int, para_no: int) -> list[Block]:
    rng = ctx.rng
    out: list[Block] = [Heading("Analysis", 1)]
    for i in range(n_paras):
        if i % 3 == 1:
            trap = rng.choice(ANALYSIS_TRAPS).format(T=rng.choice(TOPICS))
            txt = rng.choice(FILLER).format(S=ctx.subject, P=ctx.perpetrator) + " " + trap
            ctx.variants.add("analysis_trap")
        else:
            txt = rng.choice(FILLER).format(S=ctx.subject, P=ctx.perpetrator)
        out.append(Para(txt, number=f"{para_no + i}."))
    ctx.variants.add("inline_paragraph_numbers")
    return out


def _hyphenated_lines(text: str, width: int = 62) -> list[str] | None:
    """Wrap ``text`` by hand, splitting one long plain word across two lines with a hyphen."""
    words = text.split()
    lines: list[str] = []
    cur = ""
    split_done = False
    for w in words:
        cand = f"{cur} {w}".strip()
        if len(cand) <= width:
            cur = cand
            continue
        core = w.rstrip(".,;:")
        if not split_done and len(core) >= 8 and core.isalpha() and len(cur) + 6 <= width:
            cut = max(3, min(len(core) - 3, width - len(cur) - 2))
            lines.append(f"{cur} {w[:cut]}-".strip())
            cur = w[cut:]
            split_done = True
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines if split_done else None


def _rec_blocks(
    ctx: _Ctx, over: list[RecSpec], blocks: list[tuple[str, list[RecSpec]]], style: str, fmt: Format
) -> list[Block]:
    out: list[Block] = []
    out.append(
        Heading(
            ctx.rng.choice(
                ["Overview Report Recommendations", "Panel Recommendations", "Multi-agency recommendations"]
            ),
            2,
        )
    )
    out.append(Para("The panel makes the following recommendations:"))
    hyph_budget = 1 if fmt == "pdf" else 0
    for group_heading, recs in [(None, over)] + [(h, rs) for h, rs in blocks]:
        if group_heading is not None:
            if group_heading == blocks[0][0]:
                out.append(
                    Heading(
                        ctx.rng.choice(
                            ["Single Agency Recommendations", "Individual Management Review recommendations"]
                        ),
                        2,
                    )
                )
            out.append(Heading(group_heading, 3))
        for r in recs:
            if style == "bullets":
                out.append(Bullet(r.text))
                continue
            lines = None
            if hyph_budget and len(r.text) > 90:
                lines = _hyphenated_lines(r.text)
                if lines:
                    hyph_budget -= 1
                    ctx.variants.add("hyphenation")
            out.append(Para(r.text, number=r.printed, lines=lines))
    return out


def _title_block(ctx: _Ctx, kind: str, report_date: tuple[str, str] | None, author: str) -> list[Block]:
    b: list[Block] = [
        Heading(ctx.ag("csp").name, 1),
        Heading("Domestic Homicide Review", 1),
        Heading(f"{kind} into the death of {ctx.subject}", 2),
        Para(f"Independent Chair and Author: {author}"),
    ]
    if report_date:
        b.append(Para(f"Report dated: {report_date[0]}"))
    return b


def _build_document(
    ctx: _Ctx,
    doc_type: DocType,
    fmt: Format,
    style: str,
    table_style: str,
    chrono_n: int,
    analysis_n: int,
    lead_in: int = 0,
) -> tuple[list[Segment], ExtractionResult, dict[str, str]]:
    rng = ctx.rng
    single = doc_type != "executive_summary" or rng.random() < 0.5
    restart = single and rng.random() < 0.5 and style in ("plain", "letter_paren", "rec_number")
    over, singles, blocks = _build_recs(ctx, style, single, restart)
    recs = over + singles
    death = dt.date(rng.randint(2012, 2021), rng.randint(1, 12), rng.randint(1, 28))
    for r in recs:
        _actions_for(ctx, r, death.year + 2)
    author = rng.choice(AUTHORS)
    qap_before = rng.random() < 0.35
    if doc_type == "action_plan":
        event_keys: list[str] = []
    elif doc_type == "executive_summary":
        event_keys = rng.sample(list(EVENT_TEMPLATES), k=6)
    else:
        event_keys = [k for k in EVENT_TEMPLATES if rng.random() < 0.85] or ["death"]
    if "death" not in event_keys and doc_type != "action_plan":
        event_keys.append("death")
    dates = _timeline(ctx, death, qap_before, event_keys)
    ev_paras, gold_events = _render_events(ctx, dates, "")
    kind = {
        "overview_report": "Overview Report",
        "executive_summary": "Executive Summary",
        "action_plan": "Action Plan",
    }[doc_type]
    segs: list[Segment] = []
    title = _title_block(ctx, kind, None, author)
    segs.append(Segment(title))
    if doc_type == "action_plan":
        for r in recs:
            r.section = "action_plan"
            if r.heading is not None:  # no agency heading in a separate plan: the Lead Agency cell decides
                r.heading = None
                r.agencies = r.agencies[:1]
                r.lead_names = r.lead_names[:1]
        ap = _action_plan(ctx, recs, table_style)
        segs.append(Segment(ap, landscape=True))
    else:
        intro: list[Block] = [
            Heading("1. Introduction", 1),
            Para(FILLER[3].format(S=ctx.subject, P=ctx.perpetrator), number="1.1"),
            Heading("Timescales", 2),
        ]
        intro += ev_paras
        intro.append(Heading("Panel membership", 2))
        intro.append(
            Table(
                [["Name", "Agency"]]
                + [
                    [rng.choice(["J. Smith", "A. Patel", "R. Jones", "K. Brown"]), ctx.ag(k).name]
                    for k in ("police", "icb", "mh", "da", "asc")
                ]
            )
        )
        two_col = fmt == "pdf" and rng.random() < 0.4
        if two_col:
            segs.append(Segment(intro, columns=2))
            ctx.variants.add("two_column_page")
        else:
            segs.append(Segment(intro))
        if doc_type == "overview_report":
            segs.append(
                Segment([Heading("5. Chronology", 1)] + _chronology(ctx, death, chrono_n, rng.random() < 0.5))
            )
            segs.append(Segment(_analysis(ctx, analysis_n, 60)))
        else:
            segs.append(
                Segment(
                    [Heading("Summary of the case", 1)]
                    + _chronology(ctx, death, max(4, chrono_n // 4), False)
                )
            )
            segs.append(Segment(_analysis(ctx, max(3, analysis_n // 3), 20)))
        rec_section = "executive_summary" if doc_type == "executive_summary" else None
        if rec_section:
            for r in recs:
                r.section = rec_section
        conclusions: list[Block] = [Heading("6. Conclusions and lessons learned", 1)]
        conclusions += [
            Para(FILLER[i % 3].format(S=ctx.subject, P=ctx.perpetrator), number=f"6.{i + 1}")
            for i in range(lead_in)
        ]
        rb = conclusions + [Heading("7. Recommendations", 1)] + _rec_blocks(ctx, over, blocks, style, fmt)
        segs.append(Segment(rb))
        if doc_type == "overview_report":
            segs.append(
                Segment(
                    [Heading("Glossary", 1)]
                    + [
                        Para(f"{a.short} - {a.name}")
                        for a in (ctx.ag(k) for k in LOCAL_KEYS)
                        if a.short and a.short[0].isupper()
                    ]
                )
            )
            ap = _action_plan(ctx, recs, table_style)
            segs.append(Segment([Heading("Appendix A", 1)] + ap, landscape=True))
            ctx.variants.add("rec_in_body_and_action_plan")
        else:
            for r in recs:
                r.actions = []
    gold_recs = []
    for i, r in enumerate(recs):
        gold_recs.append(
            Recommendation(
                id=f"r{i + 1}",
                number=r.number,
                text=r.text,
                section=r.section,
                heading=r.heading,  # type: ignore
                agencies=r.agencies,
                level=r.level,
                themes=r.themes,
                target_date=r.target_date,  # type: ignore
                actions=r.actions,
            )
        )
    gold = ExtractionResult(
        source=SourceInfo(filename="", sha256="", pages=0, format=fmt),
        review=ReviewInfo(
            title=f"Domestic Homicide Review {kind} into the death of {ctx.subject}",
            csp=ctx.ag("csp").name,
            subject=ctx.subject,
            author=author,
            chair=author,
            document_type=doc_type,
        ),
        timeline=gold_events,
        recommendations=gold_recs,
    )
    header = {
        "top": rng.choice(["OFFICIAL", "OFFICIAL - SENSITIVE", f"{ctx.ag('csp').name} DHR {ctx.subject}"])
    }
    return segs, gold, header


# ---------------------------------------------------------------------------------------------------------------
# Public API.


def generate_report(
    out_dir: Path,
    name: str,
    seed: int,
    *,
    doc_type: DocType = "overview_report",
    fmt: Format = "pdf",
    numbering: str = "plain",
    table_style: str = "home_office",
    chronology_entries: int = 30,
    analysis_paras: int = 9,
    target_pages: int | None = None,
) -> GeneratedReport:
    """Generate one document and its gold file into ``out_dir``.

    Args:
        out_dir: folder to write ``<name>.<fmt>`` and ``<name>.gold.json`` into (created if missing).
        name: file stem.
        seed: random seed; the same arguments give the same document and gold.
        doc_type: overview report (with an action plan appendix), executive summary or separate action plan.
        fmt: ``pdf``, ``docx`` or ``html``.
        numbering: one of :data:`NUMBERING_STYLES`.
        table_style: one of :data:`TABLE_STYLES`.
        chronology_entries / analysis_paras: length of the chronology and analysis (pages).
        target_pages: for PDFs, grow the chronology until the document has at least this many pages.

    Raises:
        InputError: an unknown format, document type, numbering or table style.
    """
    if fmt not in ("pdf", "docx", "html"):
        raise InputError(f"unknown format {fmt!r}; valid: pdf, docx, html")
    if doc_type not in ("overview_report", "executive_summary", "action_plan"):
        raise InputError(f"unknown document type {doc_type!r}")
    if numbering not in NUMBERING_STYLES:
        raise InputError(f"unknown numbering style {numbering!r}; valid: {', '.join(NUMBERING_STYLES)}")
    if table_style not in TABLE_STYLES:
        raise InputError(f"unknown table style {table_style!r}; valid: {', '.join(TABLE_STYLES)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.{fmt}"
    lead_in = 2
    for _attempt in range(40):
        rng = random.Random(seed)
        area = rng.choice(_areas())
        s, p = rng.choice(SUBJECTS)
        ctx = _Ctx(rng=rng, area=area, subject=s, perpetrator=p)
        segs, gold, header = _build_document(
            ctx, doc_type, fmt, numbering, table_style, chronology_entries, analysis_paras, lead_in
        )
        if fmt == "pdf":
            pages = render_pdf(segs, path, header["top"])
            ctx.variants.update({"repeated_header_footer", "page_x_of_y"})
            if target_pages and pages < target_pages:
                chronology_entries = int(chronology_entries * (target_pages + 2) / max(pages, 1)) + 5
                continue
            # Move the recommendations down until one runs across a page break (bounded; the body stays valid).
            spans = _check_page_spanning(
                path, [r.text for r in gold.recommendations if r.section != "action_plan"]
            )
            if spans:
                ctx.variants.add("rec_across_page_break")
            elif doc_type != "action_plan" and lead_in < 16:
                lead_in += 1
                continue
        elif fmt == "docx":
            render_docx(segs, path, header["top"])
            pages = 1
        else:
            render_html(segs, path, gold.review.title or name, ctx.ag("csp").name)
            ctx.variants.add("html_navigation_chrome")
            pages = 1
        break
    data = path.read_bytes()
    gold.source = SourceInfo(
        filename=path.name, sha256=hashlib.sha256(data).hexdigest(), pages=pages, format=fmt
    )
    gold_path = out_dir / f"{name}.gold.json"
    gold_path.write_text(gold.model_dump_json(indent=2, exclude_defaults=False), encoding="utf-8")
    ctx.variants.add(f"doc_{doc_type}")
    ctx.variants.add(f"format_{fmt}")
    return GeneratedReport(
        name=name,
        path=path,
        gold_path=gold_path,
        doc_type=doc_type,
        format=fmt,
        pages=pages,
        variants=sorted(ctx.variants),
    )


_DOC_CYCLE: tuple[tuple[DocType, Format], ...] = (
    ("overview_report", "pdf"),
    ("executive_summary", "pdf"),
    ("action_plan", "pdf"),
    ("overview_report", "docx"),
    ("overview_report", "pdf"),
    ("executive_summary", "html"),
    ("overview_report", "pdf"),
    ("action_plan", "docx"),
    ("overview_report", "html"),
    ("overview_report", "pdf"),
)


def generate_corpus(
    out_dir: Path, n: int, seed: int = 0, *, chronology_entries: int = 24
) -> list[GeneratedReport]:
    """Generate ``n`` varied documents (cycling numbering, table styles, document types and formats).

    Writes ``manifest.json`` (name, file, type, format, pages, variants) beside the documents.
    """
    if n < 1:
        raise InputError(f"--n must be at least 1, got {n}")
    reports = []
    with_plan = 0  # table styles cycle over the documents that have an action plan
    for i in range(n):
        doc_type, fmt = _DOC_CYCLE[i % len(_DOC_CYCLE)]
        numbering = NUMBERING_STYLES[i % len(NUMBERING_STYLES)]
        table_style = TABLE_STYLES[with_plan % len(TABLE_STYLES)]
        if doc_type != "executive_summary":
            with_plan += 1
        rep = generate_report(
            out_dir,
            f"synthetic-{seed}-{i:03d}",
            seed * 1000 + i,
            doc_type=doc_type,
            fmt=fmt,
            numbering=numbering,
            table_style=table_style,
            chronology_entries=chronology_entries,
        )
        reports.append(rep)
        log.info("generated %s (%s, %s pages)", rep.path.name, rep.format, rep.pages)
    manifest = [
        {
            "name": r.name,
            "file": r.path.name,
            "doc_type": r.doc_type,
            "format": r.format,
            "pages": r.pages,
            "variants": r.variants,
        }
        for r in reports
    ]
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return reports


def generate_long_report(out_dir: Path, pages: int = 100, seed: int = 7) -> GeneratedReport:
    """A long overview report (PDF, at least ``pages`` pages) for the benchmark."""
    return generate_report(
        out_dir,
        f"long-report-{pages}p-s{seed}",
        seed,
        doc_type="overview_report",
        fmt="pdf",
        numbering="hierarchical",
        table_style="home_office",
        chronology_entries=pages * 9,
        analysis_paras=max(9, pages // 2),
        target_pages=pages,
    )


def gold_files(folder: Path) -> list[Path]:
    """The ``*.gold.json`` files in ``folder`` (sorted)."""
    return sorted(folder.glob("*.gold.json"))


def document_for_gold(gold_path: Path) -> Path | None:
    """The document a gold file describes (``<name>.pdf|.docx|.html`` beside it), or None."""
    stem = gold_path.name[: -len(".gold.json")]
    for ext in (".pdf", ".docx", ".html", ".htm", ".txt"):
        p = gold_path.with_name(stem + ext)
        if p.exists():
            return p
    return None
