"""A DOCX 'paragraph bomb' (a small ZIP that unpacks to a huge XML tree) is refused before it is parsed."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile

import pytest

from dhr.errors import DocumentTooLargeError
from dhr.settings import Settings
from extraction.readers import read

_BODY_START = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
_BODY_END = b"</w:body></w:document>"


def _docx(body: bytes) -> bytes:
    """A real python-docx document whose word/document.xml is replaced by ``body`` (between the wrappers)."""
    import docx

    base = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("placeholder")
    d.save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = _BODY_START + body + _BODY_END
            dst.writestr(info.filename, data)
    return out.getvalue()


def test_ordinary_docx_still_reads() -> None:
    para = b"<w:p><w:r><w:t>The police should review their DASH training.</w:t></w:r></w:p>"
    doc = read(_docx(para * 50), filename="plan.docx", settings=Settings())
    assert sum(len(p.lines) for p in doc.pages) == 50


def test_paragraph_bomb_is_refused_fast_and_small() -> None:
    bomb = _docx(b"<w:p/>" * 3_000_000)  # ~18 MB of XML, a few tens of KB zipped
    assert len(bomb) < 200_000
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(DocumentTooLargeError, match="paragraphs.*DHR_MAX_DOCX_PARAGRAPHS"):
        read(bomb, filename="bomb.docx", settings=Settings())
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 50 * 1024 * 1024, peak  # counted on the stream, never parsed into a tree
    assert elapsed < 10, elapsed  # generous on a loaded 2-core machine; typically well under a second


def test_xml_size_limit_names_its_setting() -> None:
    text = b"<w:p><w:r><w:t>" + b"a" * (3 * 1024 * 1024) + b"</w:t></w:r></w:p>"
    with pytest.raises(DocumentTooLargeError, match="DHR_MAX_DOCX_XML_MB"):
        read(_docx(text), filename="big.docx", settings=Settings(max_docx_xml_mb=1))


def test_paragraph_count_is_exact_across_chunk_boundaries() -> None:
    from extraction.readers.docx import _docx_paragraphs

    body = b"<w:p/>" * 200_001 + b'<w:p w:rsidR="1"><w:r><w:t>x</w:t></w:r></w:p>' + b"<w:pPr/>"
    with zipfile.ZipFile(io.BytesIO(_docx(body))) as archive:
        assert _docx_paragraphs(archive, "word/document.xml", 10**9) == 200_002
