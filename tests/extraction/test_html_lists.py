"""HTML reader: list numbers, outline numbers, note marks and exported page parts (hand-written pages)."""

from __future__ import annotations

import pytest

from extraction.readers import read


def _lines(body: str) -> list[str]:
    doc = read(f"<!DOCTYPE html><html><body>{body}</body></html>".encode(), filename="r.html")
    return [line.text for line in doc.lines()]


def _tables(body: str) -> list[list[list[str]]]:
    doc = read(f"<!DOCTYPE html><html><body>{body}</body></html>".encode(), filename="r.html")
    return doc.pages[0].native_tables


def test_item_number_joins_its_paragraph() -> None:
    lines = _lines('<ol start="3"><li><p>The police should review training.</p></li></ol>')
    assert lines == ["3. The police should review training."]


def test_outline_numbers_compose() -> None:
    body = (
        '<ol><li value="4"><h1>Recommendations</h1><ol><li><p>The panel makes these.</p></li>'
        "<li><h2>Overview</h2><ol><li><p>NHS England should check records.</p></li>"
        "<li><p>Kent Police must examine its response.</p></li></ol></li></ol></li></ol>"
    )
    lines = _lines(body)
    assert "4.2.1 NHS England should check records." in lines
    assert "4.2.2 Kent Police must examine its response." in lines
    assert "4.1 The panel makes these." in lines


def test_outline_continued_after_a_break() -> None:
    body = (
        "<ol><li><h1>Intro</h1></li><li><h1>Recommendations</h1><ol><li><p>First.</p></li></ol></li></ol>"
        "<p>A paragraph between.</p>"
        '<ol><ol start="2"><li><p>The police should act.</p></li></ol><li><p>After.</p></li></ol>'
    )
    lines = _lines(body)
    assert "2.2 The police should act." in lines
    assert "3. After." in lines


def test_plain_nested_list_keeps_browser_numbers() -> None:
    body = "<ol><li>Share records.<ol type='a'><li>with police</li></ol></li><li>Train staff.</li></ol>"
    assert _lines(body) == ["1. Share records.", "a) with police", "2. Train staff."]


def test_list_number_in_table_cell() -> None:
    body = (
        "<table><tr><th>No.</th><th>Recommendation</th></tr>"
        '<tr><td><ol start="2"><li><p></p></li></ol></td><td>Police should act.</td></tr></table>'
    )
    assert _tables(body) == [[["No.", "Recommendation"], ["2.", "Police should act."]]]


def test_note_marks_dropped() -> None:
    body = (
        '<p>Records made by the GP<sup><a class="sdfootnoteanc" href="#sdfootnote3sym"><sup>3</sup></a></sup>'
        ' and the practice<sup><a href="#fn4">[4]</a></sup>.</p>'
        '<div id="sdfootnote3"><p><a class="sdfootnotesym" href="#sdfootnote3anc">3</a>GP - General'
        " Practitioner.</p></div>"
    )
    assert _lines(body) == ["Records made by the GP and the practice.", "GP - General Practitioner."]


def test_exported_page_header_footer_and_controls_dropped() -> None:
    body = (
        '<div title="header"><p>Norfolk DHR Adult V</p></div><p>Body \x04text.</p>'
        '<div title="footer"><p>Page 2</p></div>'
    )
    assert _lines(body) == ["Body text."]


def test_rowspan_cell_repeated_in_rows_it_covers() -> None:
    body = (
        "<table><tr><th>Recommendation</th><th>Action</th><th>Lead</th></tr>"
        '<tr><td rowspan="2">1 Police should act.</td><td>Brief staff</td><td rowspan="2">Police</td></tr>'
        "<tr><td>Audit cases</td></tr></table>"
    )
    assert _tables(body)[0][1:] == [
        ["1 Police should act.", "Brief staff", "Police"],
        ["1 Police should act.", "Audit cases", "Police"],
    ]


def test_number_column_grid_read_in_the_flow() -> None:
    body = (
        "<table><tr><td>6.1</td><td>That the police remind staff about linking offences.</td></tr>"
        "<tr><td>6.2</td><td>That internal communications are refreshed for staff.</td></tr></table>"
    )
    lines = _lines(body)
    assert lines == [
        "6.1 That the police remind staff about linking offences.",
        "6.2 That internal communications are refreshed for staff.",
    ]


def test_side_heading_grid_read_in_the_flow() -> None:
    body = (
        "<table><tr><td>Nottinghamshire Police</td><td><ol><li><p>That the police remind staff about"
        " linking offences.</p></li><li><p>That internal communications are refreshed.</p></li></ol></td></tr>"
        '<tr><td>Adult Social Care</td><td><ol start="3"><li><p>Duty workers must review history.</p></li>'
        "</ol></td></tr></table>"
    )
    assert _lines(body) == [
        "Nottinghamshire Police",
        "1. That the police remind staff about linking offences.",
        "2. That internal communications are refreshed.",
        "Adult Social Care",
        "3. Duty workers must review history.",
    ]


def test_label_value_template_read_as_paragraphs() -> None:
    body = (
        "<table><tr><td>Recommendation number</td><td>2</td></tr>"
        "<tr><td>Recommendation</td><td>Public Health will target the need for a better understanding.</td></tr>"
        "<tr><td>Lead agency</td><td>Public Health</td></tr></table>"
    )
    assert _lines(body) == [
        "Recommendation 2",
        "Public Health will target the need for a better understanding.",
        "Lead agency: Public Health",
    ]


def test_welsh_english_columns_read_once_in_english() -> None:
    body = (
        "<table><tr><td><p>Dylai'r heddlu adolygu eu hyfforddiant gyda phob asiantaeth sy'n gweithio yn y"
        " maes.</p></td><td><ol><li><p>The police should review their training with all of the agencies"
        " that work in the area.</p></li></ol></td></tr></table>"
    )
    assert _lines(body) == [
        "1. The police should review their training with all of the agencies that work in the area."
    ]


def test_css_list_style_read() -> None:
    body = (
        '<ol style="list-style-type: lower-roman"><li>Share records.</li><li>Train staff.</li></ol>'
        '<ol style="list-style: none"><li>1.1 The police should act.</li></ol>'
    )
    assert _lines(body) == ["i) Share records.", "ii) Train staff.", "1.1 The police should act."]


def test_table_keeps_the_paragraphs_before_it() -> None:
    body = (
        "<p>Recommendation 3</p><p>Kent Police must examine its response.</p>"
        "<table><tr><th>Lead agency</th><th>Timescale</th></tr><tr><td>Kent Police</td><td>6 months</td></tr>"
        "</table>"
    )
    (table,) = _tables(body)
    assert table.before == ["Recommendation 3", "Kent Police must examine its response."]


def test_nested_list_indented_further() -> None:
    body = "<p>Intro.</p><ol><li>The service should act:<ul><li>to plan</li></ul></li></ol>"
    doc = read(f"<html><body>{body}</body></html>".encode(), filename="r.html")
    intro, item, bullet = doc.lines()
    assert intro.x0 < item.x0 < bullet.x0


def test_styled_paragraph_headings() -> None:
    body = (
        '<p class="Heading2">Recommendations</p><div role="heading" aria-level="3">Police</div><p>Text.</p>'
    )
    doc = read(f"<html><body>{body}</body></html>".encode(), filename="r.html")
    assert [(ln.text, ln.heading_level) for ln in doc.lines()] == [
        ("Recommendations", 2),
        ("Police", 3),
        ("Text.", None),
    ]


def test_html_nested_thousands_deep_is_a_clear_error() -> None:
    from dhr.errors import DocumentError
    from extraction.pipeline import extract_bytes

    deep = (
        "<html><body>"
        + "<ol><li>The police should review training." * 3000
        + "</li></ol>" * 3000
        + "</body></html>"
    )
    with pytest.raises(DocumentError, match="nested too deeply"):
        extract_bytes(deep.encode(), "deep.html")
