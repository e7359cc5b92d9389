"""Rendering of the intermediate document to PDF (PyMuPDF ``Story``), DOCX (python-docx) and HTML."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from evaluation.synthetic_reports.model import (
    Block,
    Bullet,
    Heading,
    Para,
    Segment,
    Table,
    _norm,
)

_CSS = """
body { font-family: sans-serif; font-size: 10.5pt; }
h1 { font-size: 15pt; margin-top: 8pt; }
h2 { font-size: 13pt; }
h3 { font-size: 11.5pt; }
p { margin-top: 3pt; margin-bottom: 5pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #000000; padding: 2pt; font-size: 8.5pt; vertical-align: top; }
th { background-color: #dddddd; }
"""


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _blocks_html(blocks: list[Block]) -> str:
    out: list[str] = []
    in_list = False
    for b in blocks:
        if isinstance(b, Bullet):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_esc(b.text)}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if isinstance(b, Heading):
            out.append(f"<h{b.level}>{_esc(b.text)}</h{b.level}>")
        elif isinstance(b, Para):
            body = "<br/>".join(_esc(x) for x in b.lines) if b.lines else _esc(b.text)
            num = f"<b>{_esc(b.number)}</b> " if b.number else ""
            out.append(f"<p>{num}{body}</p>")
        elif isinstance(b, Table):
            rows = []
            for i, row in enumerate(b.rows):
                tag = "th" if (i == 0 and b.header) else "td"
                cells = "".join(
                    f"<{tag}>{'<br/>'.join(_esc(x) for x in c.split(chr(10)))}</{tag}>" for c in row
                )
                if i in b.group_rows:
                    cells = "".join(f"<td><b>{_esc(c)}</b></td>" for c in row)
                rows.append(f"<tr>{cells}</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def render_pdf(
    segs: list[Segment],
    path: Path,
    header: str,
    footer_prefix: str = "Page",
    *,
    css: str | None = None,
    footer: str | None = None,
    skip_first_page: bool = False,
) -> int:
    """Render segments to a PDF; each segment starts a new page. Returns the page count.

    ``footer`` is a format string with ``{n}`` and ``{total}`` (default ``"<footer_prefix> {n} of {total}"``);
    ``css`` replaces the default style sheet; ``skip_first_page`` leaves the title page without header/footer.
    """
    import pymupdf

    writer = pymupdf.DocumentWriter(str(path))
    for seg in segs:
        mediabox = pymupdf.paper_rect("a4-l" if seg.landscape else "a4")
        where = mediabox + (60, 64, -60, -64)
        story = pymupdf.Story(_blocks_html(seg.blocks), user_css=css or _CSS)
        more = 1
        while more:
            dev = writer.begin_page(mediabox)
            if seg.columns == 2:
                mid = (where.x0 + where.x1) / 2
                for rect in (
                    pymupdf.Rect(where.x0, where.y0, mid - 8, where.y1),
                    pymupdf.Rect(mid + 8, where.y0, where.x1, where.y1),
                ):
                    more, _ = story.place(rect)
                    story.draw(dev)
                    if not more:
                        break
            else:
                more, _ = story.place(where)
                story.draw(dev)
            writer.end_page()
    writer.close()
    doc = pymupdf.open(str(path))
    n = len(doc)
    for i, page in enumerate(doc):
        if skip_first_page and i == 0:
            continue
        if header:
            page.insert_text((60, 40), header, fontsize=9, fontname="helv")
        foot = (footer or footer_prefix + " {n} of {total}").format(n=i + 1, total=n)
        page.insert_text((page.rect.width / 2 - 30, page.rect.height - 30), foot, fontsize=9, fontname="helv")
    tmp = path.with_suffix(".tmp.pdf")
    fixed = "D:20240101000000Z"  # fixed metadata and /ID: same seed, same bytes
    doc.set_metadata({"creationDate": fixed, "modDate": fixed, "producer": "dhr synthetic", "creator": ""})
    doc.save(str(tmp), garbage=3, deflate=True, no_new_id=True)
    doc.close()
    tmp.replace(path)
    return n


def render_docx(segs: list[Segment], path: Path, header: str) -> int:
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = header
    d.sections[0].footer.paragraphs[0].text = "OFFICIAL"
    first = True
    for seg in segs:
        if not first:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        first = False
        for b in seg.blocks:
            if isinstance(b, Heading):
                d.add_heading(b.text, level=min(b.level, 3))
            elif isinstance(b, Para):
                p = d.add_paragraph()
                if b.number:
                    p.add_run(b.number + " ").bold = True
                p.add_run(b.text)
            elif isinstance(b, Bullet):
                d.add_paragraph(b.text, style="List Bullet")
            elif isinstance(b, Table):
                t = d.add_table(rows=len(b.rows), cols=len(b.rows[0]))
                t.style = "Table Grid"
                for i, row in enumerate(b.rows):
                    for j, c in enumerate(row):
                        t.cell(i, j).text = c
    d.save(str(path))
    return 0


_NAV = """<header class="site"><nav><ul><li><a href="/">Home</a></li><li><a href="/community-safety">Community
safety</a></li><li><a href="/dhr">Domestic Homicide Reviews</a></li><li><a href="/contact">Contact us</a></li></ul>
</nav><div class="cookie">We use cookies to improve your experience. <a href="/cookies">Accept all cookies</a></div>
</header>"""
_FOOT = """<footer><p>Back to top</p><ul><li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li></ul><p>&copy; {csp} 2024</p></footer>"""


def render_html(segs: list[Segment], path: Path, title: str, csp: str) -> int:
    body = "\n".join(_blocks_html(s.blocks) for s in segs)
    html = (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{_esc(title)}</title></head>"
        f"<body>{_NAV}<main id='content'><article>{body}</article></main>{_FOOT.format(csp=_esc(csp))}"
        "</body></html>"
    )
    path.write_text(html, encoding="utf-8")
    return 1


def _check_page_spanning(path: Path, texts: list[str]) -> bool:
    """True when some recommendation's first and last words sit on different pages."""
    import pymupdf

    doc = pymupdf.open(str(path))
    page_texts = [_norm(unicodedata.normalize("NFKC", p.get_text())) for p in doc]
    doc.close()
    for t in texts:
        words = t.split()
        if len(words) < 12:
            continue
        head, tail = " ".join(words[:5]), " ".join(words[-4:])
        hp = [i for i, pt in enumerate(page_texts) if head in pt]
        tp = [i for i, pt in enumerate(page_texts) if tail in pt]
        # first occurrences (the action plan repeats the text later)
        if hp and tp and min(tp) == min(hp) + 1:
            return True
    return False
