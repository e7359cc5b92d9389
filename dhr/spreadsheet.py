"""Cells of the CSV and XLSX files the project writes: report text must never run as a spreadsheet formula.

A recommendation, title or CSP name comes from a report or an API caller. Excel, LibreOffice and Sheets treat a
cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before one) as a formula, which
can fetch URLs or run commands on the reader's machine (CSV/formula injection). OWASP's remedy: prefix such a
cell with a single quote, which the spreadsheet shows as text with the words unchanged; the importer strips it
again (:func:`unescape_cell`).
"""

from __future__ import annotations

#: First characters that make a spreadsheet read a cell as a formula (OWASP, plus the full-width forms some
#: locales' Excel also accept).
FORMULA_TRIGGERS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def is_formula_like(value: str) -> bool:
    return bool(value) and value[0] in FORMULA_TRIGGERS


def escape_cell(value: str) -> str:
    """``value`` as a CSV cell that no spreadsheet evaluates: a leading ``'`` where it would start a formula."""
    return "'" + value if is_formula_like(value) else value


def unescape_cell(value: str) -> str:
    """The text :func:`escape_cell` wrote (a CSV written by ``dhr extract`` read back in an import)."""
    return value[1:] if value[:1] == "'" and is_formula_like(value[1:]) else value
