"""Read a PDF's text layer with PyMuPDF: positioned lines in reading order, per page.

Lines carry their bbox, dominant font size, bold flag and block index; two-column pages are read left column
then right (:mod:`.layout`); raised ordinal superscripts are joined ("10th") and footnote marks dropped (a
line a browser or HTML engine cut at the mark is joined first); bullets drawn as shapes read as "•";
footnotes under a short rule at the page foot are dropped; repeated headers/footers, page numbers and markings
go, and end-of-line hyphenation is undone (:mod:`.cleanup`). Image-only pages go to OCR (:mod:`.scanned`).
One unreadable page is skipped with a warning; a file that cannot be opened, is encrypted, has no pages or no
text gets its own :class:`~dhr.errors.DocumentError`.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from typing import Any

from dhr.errors import (
    CorruptDocumentError,
    DHRError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    NoTextLayerError,
)
from dhr.settings import Settings
from extraction.document import Line, Page, keep_side_text
from extraction.readers.broken_words import join_broken_words
from extraction.readers.cleanup import (
    MARGIN_FRACTION,
    dehyphenate_pages,
    drop_headers_footers,
    is_page_chrome,
    join_wrapped_headings,
    margin_line_numbers,
)
from extraction.readers.common import (
    check_pages,
    normalise_ws,
    page_list,
    page_ranges,
    short_error,
)
from extraction.readers.layout import Block, order_blocks
from extraction.readers.mupdf import has_images, load_pymupdf, upright
from extraction.readers.pdf_marks import join_touching_lines, shape_bullets
from extraction.readers.pdf_tables import PdfTableFinder
from extraction.readers.scanned import OcrOutcome, ocr_scanned_pages

log = logging.getLogger(__name__)

#: A PDF page with fewer non-space characters than this counts as having no text.
MIN_PAGE_CHARS = 20
#: Unpacked DOCX parts larger than this many times the size limit are refused (zip bombs).


_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demibold|-bd\b|,bd\b", re.I)
#: Font names of italic faces whose span flags may not say so ("Calibri-Italic", "Arial,BoldItalic", "-It").
_ITALIC_NAME = re.compile(r"italic|oblique|-it\b|,it\b|-bdit\b|-boldit\b", re.I)
_ORDINAL = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_FOOTNOTE_MARK = re.compile(r"^(?:\d{1,3}|[ivx]{1,5})[,\s]*$|^[*†‡]$")  # roman: Word's endnote marks
_TEXT_FLAGS = 64  # TEXT_MEDIABOX_CLIP: ligatures expanded, whitespace normalised, no images


def read_pdf(
    data: bytes,
    name: str,
    settings: Settings,
    notes: list[str] | None = None,
    running: list[str] | None = None,
) -> tuple[list[Page], PdfTableFinder, list[str]]:
    """Pages, the table finder and warnings; ``notes`` and ``running``, when given, get the footnotes dropped
    from the page feet and the distinct running header/footer lines dropped (see ``Document.notes``)."""
    pymupdf = load_pymupdf()
    pymupdf.TOOLS.mupdf_warnings(reset=True)
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # noqa: BLE001 - any failure to open is a damaged file
        raise CorruptDocumentError(
            f"{name}: is damaged and cannot be opened as a PDF ({short_error(exc)})"
        ) from None
    try:
        return _read_open_pdf(doc, data, name, settings, notes, running)
    except DHRError:
        raise
    except MemoryError:
        raise DocumentTooLargeError(f"{name}: ran out of memory while reading the PDF") from None
    except Exception as exc:  # noqa: BLE001 - MuPDF raises many types on damaged input
        raise CorruptDocumentError(
            f"{name}: is damaged and cannot be read as a PDF ({short_error(exc)})"
        ) from None
    finally:
        doc.close()


def _read_open_pdf(
    doc: Any,
    data: bytes,
    name: str,
    settings: Settings,
    notes: list[str] | None = None,
    running: list[str] | None = None,
) -> tuple[list[Page], Any, list[str]]:
    pymupdf = load_pymupdf()
    warnings: list[str] = []
    if doc.needs_pass and not doc.authenticate(""):
        raise EncryptedDocumentError(
            f"{name}: is an encrypted PDF that needs a password to open; ask the sender for an unprotected copy"
        )
    if doc.is_encrypted:
        warnings.append("the PDF is encrypted without a user password; it was read with the empty password")
    repaired = bool(doc.is_repaired)
    n_pages = doc.page_count
    if n_pages == 0:
        if repaired:
            raise CorruptDocumentError(f"{name}: is damaged: no pages could be recovered from the PDF")
        raise EmptyDocumentError(f"{name}: the PDF has no pages")
    check_pages(n_pages, name, settings)

    pages: list[Page] = []
    unreadable: list[int] = []
    imaged_no_text: list[int] = []
    text_pages = 0
    replacement_chars = 0
    total_chars = 0
    for index in range(n_pages):
        number = index + 1
        try:
            pdf_page = upright(doc.load_page(index))
            rect = pdf_page.rect
            page = Page(number=number, width=float(rect.width) or 595.0, height=float(rect.height) or 842.0)
            raw = pdf_page.get_text("dict", sort=False, flags=_TEXT_FLAGS)
            blocks = _with_shape_bullets(pdf_page, _pdf_blocks(raw, number))
            every = [line for block in blocks for line in block.lines]
            numbers = margin_line_numbers(every)
            if numbers:
                # two columns: the right column's line numbers print in the gutter, left of that column alone
                # (from the leftmost bare number right of 40% of the page: a piece of a justified line of the
                # left column may reach past that too)
                rest = [ln for ln in every if id(ln) not in numbers and ln.x0 > 0.4 * page.width]
                gutter = min((ln.x0 for ln in rest if ln.text.strip().isdigit()), default=None)
                if gutter is not None:
                    numbers |= margin_line_numbers([ln for ln in rest if ln.x0 >= gutter - 1])
            if numbers:  # line numbering in the margin: not text, and it would read as list numbers
                kept = [[line for line in block.lines if id(line) not in numbers] for block in blocks]
                blocks = [Block.of(lines) for lines in kept if lines]
            page.lines = order_blocks(blocks, page.width)
            kept = _drop_footnotes(pdf_page, page)
            if notes is not None and len(kept) < len(page.lines):
                _keep_notes(page.lines, kept, notes)
            page.lines = kept
        except DHRError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad page must not lose the others
            log.debug("page %d of %s unreadable: %s", number, name, exc)
            unreadable.append(number)
            pages.append(Page(number=number))
            continue
        chars = _text_chars(page)
        total_chars += chars
        replacement_chars += sum(line.text.count("\ufffd") for line in page.lines)
        if chars >= MIN_PAGE_CHARS:
            text_pages += 1
        elif has_images(pdf_page):
            imaged_no_text.append(number)
        pages.append(page)

    if len(unreadable) == n_pages:
        raise CorruptDocumentError(f"{name}: is damaged: none of its {n_pages} pages could be read")
    scanned = OcrOutcome()
    if imaged_no_text:
        scanned = ocr_scanned_pages(doc, pages, imaged_no_text, name, settings, scanned_only=text_pages == 0)
        for number in scanned.read:
            chars = _text_chars(pages[number - 1])
            total_chars += chars
            text_pages += chars >= MIN_PAGE_CHARS
        read = set(scanned.read)
        imaged_no_text = [n for n in imaged_no_text if n not in read]
    if text_pages == 0 and total_chars < MIN_PAGE_CHARS:
        if imaged_no_text:
            raise NoTextLayerError(
                f"{name}: no text layer: this looks like a scanned PDF{scanned.why_not}, run OCR (e.g. ocrmypdf) first"
            )
        if repaired:
            raise CorruptDocumentError(f"{name}: is damaged: no text could be recovered from the PDF")
        raise EmptyDocumentError(f"{name}: the PDF's {n_pages} page(s) contain no text")

    if repaired:
        warnings.append("the PDF was damaged and has been repaired by the reader: check the text against it")
        mupdf_messages = [m for m in pymupdf.TOOLS.mupdf_warnings(reset=True).splitlines() if m.strip()]
        warnings.extend(f"PDF reader: {m}" for m in list(dict.fromkeys(mupdf_messages))[:3])
    if unreadable:
        warnings.append(f"pages that could not be read (damaged): {page_list(unreadable)}")
    if scanned.read:
        warnings.append(f"pages read by OCR (check the text): {page_ranges(scanned.read)}")
    warnings.extend(scanned.warnings)
    if imaged_no_text:
        warnings.append(f"pages with images but no text (scanned? run OCR): {page_list(imaged_no_text)}")
    if total_chars and replacement_chars > 0.05 * total_chars:
        warnings.append(
            "much of the text is unreadable (fonts without a Unicode map); OCR may give better text"
        )

    if drop_headers_footers(pages, _pdf_in_margin, running) and not any(page.lines for page in pages):
        raise EmptyDocumentError(
            f"{name}: the PDF holds only running headers, footers or page numbers, no body text"
        )
    dehyphenate_pages(pages)
    for page in pages:
        # a heading the print wrapped is one paragraph in the DOCX: read whole, it keeps its agency
        page.lines = join_wrapped_headings(page.lines)
    # after the headings are joined: a heading's word broken over its lines is then broken within one
    join_broken_words(pages)
    return pages, PdfTableFinder(data, ocr_tables=scanned.tables), warnings


def _text_chars(page: Page) -> int:
    """Characters of the page's text, spaces left out (what decides whether a page has a text layer)."""
    return sum(len(line.text.replace(" ", "")) for line in page.lines)


_FOOTNOTE_START = re.compile(r"^(?:\d{1,3}|[*†‡])(?:\s|[A-Z])")


def _drop_footnotes(pdf_page: Any, page: Page) -> list[Line]:
    """The page's lines without its footnotes (word processors print them under a short rule at the page foot).

    Footnotes are glossary entries and sources ("3 GP - General Practitioner."): read in the flow, a numbered
    one inside a recommendations block becomes a recommendation, or splits one that runs on to the next page.
    They are recognised by what Word and LibreOffice print: a short horizontal separator rule from the left
    text margin (under half the page width, no other drawing on its band), then only lines smaller than the
    page's body text, the first starting with the note's number. Tables never qualify: their cell rules come
    with vertical rules and full-size or repeated rows beside them.
    """
    lines = page.lines
    weights: Counter[float] = Counter()
    for line in lines:
        if len(line.text) >= 40:
            weights[round(line.size * 2) / 2] += len(line.text)
    if not weights:
        return lines
    body = weights.most_common(1)[0][0]
    foot_zone = page.height * 0.45
    small = [
        ln for ln in lines if ln.y0 > foot_zone and ln.size <= body - 0.9 and _FOOTNOTE_START.match(ln.text)
    ]
    # notes printed as large as the body (a small body font: 9 pt text, 9 pt notes) are told by their rule and
    # their place alone: at the foot of the page, under the rule, the first starting with its number
    foot = page.height * 0.6
    level = [ln for ln in lines if ln.y0 > foot and _FOOTNOTE_START.match(ln.text)] if not small else []
    if not small and not level:
        return lines
    try:
        drawings = pdf_page.get_drawings()
    except Exception:  # noqa: BLE001 - a page whose vector graphics cannot be read keeps its text
        return lines
    left = min(ln.x0 for ln in lines)
    rules = []
    for drawing in drawings:
        rect = drawing.get("rect")
        if rect is None or rect.height > 2.0 or rect.y0 < foot_zone:
            continue
        if not (0.08 * page.width <= rect.width <= 0.5 * page.width) or abs(rect.x0 - left) > 12:
            continue
        # nothing else drawn on the rule's band: a table's cell edge has neighbours (other cells, verticals)
        band = [
            d
            for d in drawings
            if d.get("rect") is not None and d["rect"].y0 <= rect.y1 + 1 and d["rect"].y1 >= rect.y0 - 1
            and d["rect"] != rect
            and not (abs(d["rect"].x0 - rect.x0) < 1 and abs(d["rect"].x1 - rect.x1) < 1)
        ]  # fmt: skip
        if not band:
            rules.append(rect)
    for rule in sorted(rules, key=lambda r: r.y0):
        below = [ln for ln in lines if ln.y0 >= rule.y1 - 1]
        if not below:
            continue
        first = min(below, key=lambda ln: (ln.y0, ln.x0))
        # a running footer in body print ("Northshire Community Safety Partnership") sits under the notes, in
        # the bottom margin: it is not a note, and it must not make the notes above it look like body text
        footer_zone = page.height * (1 - MARGIN_FRACTION)
        notes = [
            ln
            for ln in below
            if not is_page_chrome(ln.text) and not (ln.y0 >= footer_zone and ln.size > body - 0.9)
        ]
        # (a note run on from the page before starts the notes without its number, in lower case, when the
        # notes under the rule are all in smaller print and one of them starts with its number)
        runs_on = (
            first.text.strip()[:1].islower()
            and bool(notes)
            and all(ln.size <= body - 0.9 for ln in notes)
            and any(_FOOTNOTE_START.match(ln.text) for ln in notes)
        )
        if first.y0 - rule.y1 >= 24 or not (_FOOTNOTE_START.match(first.text) or runs_on):
            continue
        smaller = any(ln.size <= body - 0.9 for ln in notes)
        if smaller and all(ln.size <= body - 0.9 or _FOOTNOTE_START.match(ln.text) for ln in notes):
            drop = {
                id(ln)
                for ln in notes
                if ln.y1 <= page.height * (1 - MARGIN_FRACTION) or ln.size <= body - 0.9
            }
            return [ln for ln in lines if id(ln) not in drop]
        if level and rule.y0 > foot and _notes_at_foot(lines, rule, below):
            # (the bottom margin holds notes too when they are long; a running footer under them goes as
            # well: it is page chrome either way)
            return [ln for ln in lines if id(ln) not in {id(n) for n in below}]
    return lines


def _keep_notes(lines: list[Line], kept: list[Line], notes: list[str]) -> None:
    """The footnotes dropped from a page, one entry a note: a line starting with its number starts one, the
    lines after it go on with it; the number itself is left off ("3 GP - General Practitioner" -> "GP - ...")."""
    left = {id(ln) for ln in kept}
    current: list[str] = []
    for line in lines:
        if id(line) in left or is_page_chrome(line.text):
            continue
        text = line.text.strip()
        if _FOOTNOTE_START.match(text) and current:
            keep_side_text(notes, " ".join(current))
            current = []
        current.append(_NOTE_NUMBER.sub("", text) if not current else text)
    if current:
        keep_side_text(notes, " ".join(current))


_NOTE_NUMBER = re.compile(r"^(?:\d{1,3}|[*†‡])\s*")


def _notes_at_foot(lines: list[Line], rule: Any, notes: list[Line]) -> bool:
    """Body-size lines under a short rule are notes when the rule stands apart from the text above it and the
    lines under it fill the page foot with nothing of the body's flow after them: the lines above the rule
    end at least a line's gap above it, and the notes take less than a third of the page."""
    above = [ln for ln in lines if ln.y1 <= rule.y0 + 1]
    if not above or not notes:
        return False
    gap = rule.y0 - max(ln.y1 for ln in above)
    height = max(ln.y1 for ln in notes) - rule.y1
    return gap >= 3.0 and height < 0.33 * (max(ln.y1 for ln in lines) - min(ln.y0 for ln in lines))


def _pdf_in_margin(page: Page, line: Line) -> bool:
    zone = MARGIN_FRACTION * page.height
    return line.y0 < zone or line.y1 > page.height - zone


def _with_shape_bullets(pdf_page: Any, blocks: list[Block]) -> list[Block]:
    """``blocks`` with a "•" line before each line that a bullet drawn as a shape opens (a browser's print),
    where a word processor's PDF has the glyph: the lists then read alike (:func:`.pdf_marks.shape_bullets`)."""
    lines = [line for block in blocks for line in block.lines]
    if not lines:
        return blocks
    try:
        # the C-level listing: a page of a vector map or chart holds tens of thousands of paths
        drawings = pdf_page.get_cdrawings()
    except Exception:  # noqa: BLE001 - a page whose vector graphics cannot be read keeps its text
        return blocks
    found = shape_bullets(drawings, [(ln.x0, ln.y0, ln.x1, ln.y1) for ln in lines])
    if not found:
        return blocks
    opened = {
        id(lines[index]): box for index, box in found.items() if not _BULLET_GLYPH.match(lines[index].text)
    }
    out: list[Block] = []
    for block in blocks:
        kept: list[Line] = []
        for line in block.lines:
            box = opened.get(id(line))
            if box is not None:
                kept.append(
                    Line(
                        text="•", page=line.page, x0=box[0], y0=line.y0, x1=box[2], y1=line.y1, size=line.size
                    )
                )
            kept.append(line)
        out.append(Block.of(kept) if len(kept) > len(block.lines) else block)
    return out


_BULLET_GLYPH = re.compile(r"\s*[•●▪■◦○‣⁃∙·\-–]")


def _pdf_blocks(raw: dict[str, Any], page_number: int) -> list[Block]:
    blocks: list[Block] = []
    for block in join_touching_lines(raw).get("blocks", ()):
        if block.get("type", 0) != 0:
            continue
        lines: list[Line] = []
        for raw_line in block.get("lines", ()):
            direction = raw_line.get("dir", (1.0, 0.0))
            if abs(direction[1]) > 0.2 or direction[0] < 0:  # rotated text: watermarks, margin stamps
                continue
            line = _pdf_line(raw_line, page_number)
            if line is not None:
                lines.append(line)
        if lines:
            blocks.append(Block.of(_join_stretched_rows(lines)))
    return blocks


#: A piece of a row that is a list number or bullet ("7.", "(b)", "iv)", "6.1", "•").
_LIST_NUMBER = re.compile(r"\(?[\dA-Za-z]{1,4}[.)]|[\d.]+|\W")


def _join_stretched_rows(lines: list[Line]) -> list[Line]:
    """One line again for a row of single words spread over the column: a justified paragraph's line that ends
    in a manual line break (a bold "Recommendation 4:" label, then Shift+Enter) is stretched to the margin, and
    MuPDF cuts it at every wide space ("Recommendation" ... "4:"). Only where the row reaches the right edge
    the block's prose lines reach from the same left edge, its pieces are all single words, the first is no list number ("7." then its
    text is a hanging number, kept apart) and they share size and weight."""
    if len(lines) < 3:
        return lines
    rows: list[list[Line]] = []
    for line in lines:
        if rows and abs(line.y0 - rows[-1][0].y0) <= 1.0 and line.x0 > rows[-1][-1].x1:
            rows[-1].append(line)
        else:
            rows.append([line])
    if all(len(row) == 1 for row in rows):
        return lines
    out: list[Line] = []
    for row in rows:
        if len(row) >= 3 and _LIST_NUMBER.fullmatch(row[0].text.strip()):
            # a hanging list number, then its text's first line stretched: the number kept apart, the rest joined
            out.append(row[0])
            row = row[1:]
        first = row[0]
        # prose lines of the same paragraph: several words, from the row's left edge (not a table's cells)
        others = [
            ln.x1
            for other in rows
            if other is not row
            for ln in other
            if len(ln.text.split()) >= 4 and abs(ln.x0 - first.x0) <= 3.0
        ]
        if (
            len(row) >= 2
            and others
            and abs(row[-1].x1 - max(others)) <= 6.0
            and all(" " not in ln.text.strip() for ln in row)
            and not _LIST_NUMBER.fullmatch(first.text.strip())
            and all(ln.size == first.size and ln.bold == first.bold for ln in row)
        ):
            first.text = " ".join(ln.text.strip() for ln in row)
            first.x1, first.y1 = row[-1].x1, max(ln.y1 for ln in row)
            out.append(first)
        else:
            out.extend(row)
    return out


#: A line of single letters set apart by spaces ("R E C O M M E N D A T I O N S"): expanded character spacing.
_SPREAD = re.compile(r"\s*(?:[A-Za-z&] {1,3}){3,}[A-Za-z]\s*")


def _kerned_spread(text: str) -> bool:
    """A spread heading with a kerned pair: a browser prints a pair such as "AT" or "AV" closer than the
    spacing asks, and it is read as one piece ("R E C O M M E N D AT I O N S"). One two-letter piece is
    allowed among at least six single capitals; mixed case or more pairs is words ("I AM A B C")."""
    pieces = text.split()
    pairs = [p for p in pieces if len(p) == 2]
    singles = [p for p in pieces if len(p) == 1]
    return (
        len(pairs) == 1
        and len(singles) >= 6
        and len(singles) + 1 == len(pieces)
        and all(p.isalpha() and p.isupper() for p in pieces)
    )


def _letter_spaced(text: str) -> str:
    """``text`` whitespace-normalised; a heading printed with its letters spread apart (Word's expanded
    character spacing, which MuPDF reads as a space after each letter) as its words again: the letters of
    a word joined, a wider gap between words kept as one space."""
    if not _SPREAD.fullmatch(text) and not _kerned_spread(text):
        return normalise_ws(text)
    return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", text.strip()))


def _is_bold(span: dict[str, Any]) -> bool:
    return bool(int(span.get("flags", 0)) & 16 or _BOLD_NAME.search(span.get("font", "")))


def _is_italic(span: dict[str, Any]) -> bool:
    return bool(int(span.get("flags", 0)) & 2 or _ITALIC_NAME.search(span.get("font", "")))


def _weight_changes(spans: list[dict[str, Any]], span: dict[str, Any]) -> bool:
    """Is ``span`` in another weight than the span before it on its line?"""
    index = next(i for i, s in enumerate(spans) if s is span)
    return index > 0 and _is_bold(spans[index - 1]) != _is_bold(span)


def _pdf_line(raw_line: dict[str, Any], page_number: int) -> Line | None:
    spans = [s for s in raw_line.get("spans", ()) if s.get("text")]
    if not spans:
        return None
    sizes: Counter[float] = Counter()
    bold_chars = 0
    italic_chars = 0
    all_chars = 0
    for span in spans:
        n = len(span["text"].strip())
        sizes[round(float(span.get("size", 11.0)), 1)] += n
        all_chars += n
        if n and _is_bold(span):
            bold_chars += n
        if n and _is_italic(span):
            italic_chars += n
    size = sizes.most_common(1)[0][0] if sizes else 11.0
    parts: list[str] = []
    base_y = max(float(s.get("origin", (0, 0))[1]) for s in spans)
    for span in spans:
        text = span["text"]
        raised = int(span.get("flags", 0)) & 1 or (
            float(span.get("size", size)) < 0.85 * size
            and float(span.get("origin", (0, base_y))[1]) < base_y - 1
        )
        if raised and parts and _ORDINAL.match(text.strip()):
            previous = "".join(parts).rstrip()
            if previous[-1:].isdigit():
                parts = [previous]
                text = text.strip() + (" " if text.endswith(" ") else "")
        elif (
            raised
            and parts
            and _FOOTNOTE_MARK.match(text)
            and (
                re.search(r"[^\d\s]$", "".join(parts))
                # after a number only when printed smaller: glued to it the mark would change the number
                # ("Recommendation 3²" read as 32, "in 2016¹" as 20161)
                or float(span.get("size", size)) < 0.85 * size
            )
        ):
            # a footnote reference ("the GP³ visited"): not part of the words, and "GP3" would change them
            text = " " if text.endswith(" ") else ""
        elif (
            parts
            and _weight_changes(spans, span)
            and re.match(r"[A-Z]", text)
            and re.search(r"\S$", parts[-1])
        ):
            # a bold label then the text in regular print, the tab between them printed as no character
            # ("Recommendation 2" + "An all agency review"): the change of weight is a word break
            text = " " + text
        parts.append(text)
    text = _letter_spaced("".join(parts))
    if not text:
        return None
    x0, y0, x1, y1 = (float(v) for v in raw_line.get("bbox", (0, 0, 0, 0)))
    return Line(
        text=text,
        page=page_number,
        x0=x0,
        y0=y0,
        x1=x1,
        y1=y1,
        size=float(size),
        bold=all_chars > 0 and bold_chars * 2 > all_chars,
        italic=all_chars > 0 and italic_chars * 2 > all_chars,
    )
