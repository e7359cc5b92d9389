"""List numbers and note marks of an HTML page, written into its text before it is walked.

Browsers print an ``<ol>``'s numbers from ``start``, ``value`` and ``type``; the text holds none of them, so the
reader writes each item's number into the item's first block (a number alone on a line of its own would part
it from its text). An outline (an ``<ol>`` whose items are headings, as word processors export automatic
chapter numbers: ``<ol><li><h1>Recommendations</h1><ol><li><h2>...``) numbers its nested decimal items with
their parents' numbers ('4.2.1'), as the document printed them; a list that goes on after a break is written as
an ``<ol>`` holding no item of its own around the nested ``<ol start=...>``, and takes its parent's number from
the outline it continues. Plain nested lists keep their own numbers, as a browser shows them.

Footnote and endnote references (a short mark linking into the page, in ``<sup>`` or named as a note) are
removed, so 'the GP<sup>3</sup>' reads 'the GP'; the mark that opens a note's own text is removed too, so a
note does not read as a numbered paragraph.
"""

from __future__ import annotations

import re
from typing import Any

from extraction.readers.common import format_number

_TYPES = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman", "1": "decimal"}
_CSS_TYPES = {
    "lower-alpha": "lowerLetter",
    "lower-latin": "lowerLetter",
    "upper-alpha": "upperLetter",
    "upper-latin": "upperLetter",
    "lower-roman": "lowerRoman",
    "upper-roman": "upperRoman",
    "decimal": "decimal",
}
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: Tags an item's number may be written into: its first block, or the inline run opening it.
_INTO = {"p", "div", "span", "b", "strong", "font", "em", "i", "u", *_HEADINGS}
_NOTE_MARK = re.compile(r"^\s*[\[(]?(?:\d{1,3}|[a-z]|[ivx]{1,4}|[*†‡§])[\])]?\s*$", re.I)
_NOTE_NAME = re.compile(r"footnote|endnote|fnref|noteref|sdfootnoteanc|sdendnoteanc", re.I)
_NOTE_SYM = re.compile(r"sdfootnotesym|sdendnotesym|footnote-back|fn-back", re.I)


def drop_note_marks(root: Any) -> None:
    """Remove footnote/endnote reference marks and the marks opening the notes' own text."""
    for a in root.find_all("a"):
        if a.decomposed:
            continue
        text = a.get_text()
        names = " ".join([*(a.get("class") or []), str(a.get("name", "")), str(a.get("id", ""))])
        href = str(a.get("href", ""))
        if _NOTE_SYM.search(names):
            a.decompose()
            continue
        if not href.startswith("#") or not _NOTE_MARK.match(text):
            continue
        sup = a.find_parent("sup")
        if sup is not None and _NOTE_MARK.match(sup.get_text()):
            sup.decompose()
        elif sup is not None or _NOTE_NAME.search(names + " " + href):
            a.decompose()


def write_list_numbers(root: Any) -> None:
    """Write each ordered item's printed number at the start of its text (see the module's docstring)."""
    carried: list[
        tuple[int, bool]
    ] = []  # the last outline number at each depth, and whether it was a heading
    for ol in root.find_all("ol"):
        if ol.find_parent("ol") is None:
            _number(ol, [], carried, 0)


def _list_format(ol: Any) -> str:
    style = str(ol.get("style", ""))
    found = re.search(r"list-style(?:-type)?\s*:\s*([a-z-]+)", style, re.I)
    if found and found.group(1).lower() in _CSS_TYPES:
        return _CSS_TYPES[found.group(1).lower()]
    if found and found.group(1).lower() == "none":
        return "none"  # the page prints no numbers (a CMS often types them into the text instead)
    return _TYPES.get(str(ol.get("type", "1")).strip(), "decimal")


def _int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _holds_heading(li: Any) -> bool:
    first = next((c for c in li.find_all(True, recursive=False)), None)
    return first is not None and first.name in _HEADINGS


def _number(ol: Any, parents: list[tuple[int, bool]], carried: list[tuple[int, bool]], depth: int) -> None:
    """Number ``ol``'s items; ``parents`` are the numbers of the items it sits in (and whether headings)."""
    fmt = _list_format(ol)
    start = _int(ol.get("start"))
    count = (start if start is not None else 1) - 1
    seen_item = False
    for child in ol.find_all(True, recursive=False):
        if child.name == "li":
            value = _int(child.get("value"))
            count = value if value is not None else count + 1
            seen_item = True
            here = (count, _holds_heading(child))
            del carried[depth:]
            carried.append(here)
            outline = fmt == "decimal" and any(h for _, h in [*parents, here])
            if fmt != "none":
                _write_label(child, _label(count, fmt, parents, outline))
            for inner in child.find_all("ol"):
                if inner.find_parent("ol") is ol and inner.find_parent("li") is child:
                    _number(inner, [*parents, here], carried, depth + 1)
        elif child.name == "ol":
            # An item-less level around a nested list: the list continues an outline after a break.
            if not seen_item and start is None and len(carried) > depth:
                here = carried[depth]
                count = here[0]  # an item after the nested list goes on from the outline's number
            else:
                here = (max(count, 1), False)
            _number(child, [*parents, here], carried, depth + 1)


def _label(count: int, fmt: str, parents: list[tuple[int, bool]], outline: bool) -> str:
    if outline and parents:
        return ".".join(str(n) for n, _ in parents) + f".{count}"
    return format_number(count, fmt) + ("." if fmt == "decimal" else ")")


def _write_label(li: Any, label: str) -> None:
    from bs4 import NavigableString, Tag

    target = li
    while True:
        first = next(
            (c for c in target.children if not (isinstance(c, NavigableString) and not c.strip())), None
        )
        if isinstance(first, Tag) and first.name in _INTO:
            target = first
            continue
        break
    target.insert(0, NavigableString(label + " "))
