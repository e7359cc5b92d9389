"""Word auto-numbering read from a DOCX's ``numbering.xml`` (python-docx does not expose it): the label each list
paragraph prints ("1.", "a)", "2.1"), counted as Word counts, and the indent its level gives.

Split out of :mod:`extraction.readers.docx`, whose reader asks :class:`DocxNumbering` for each list paragraph's
label; :func:`w_val` and :func:`indent_twips` are the small WordprocessingML readings both modules use.
"""

from __future__ import annotations

import re
from typing import Any

from extraction.readers.common import format_number

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class DocxNumbering:
    """Renders Word auto-numbering ("1.", "a)", "2.1") that python-docx does not expose."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, dict[str, Any]]] = {}  # abstractNumId -> ilvl -> level spec
        self.num_abstract: dict[str, str] = {}
        self.start_overrides: dict[str, dict[int, int]] = {}
        # a list's own levels (w:lvlOverride/w:lvl), where it redefines some
        self.num_levels: dict[str, dict[int, dict[str, Any]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.seen_nums: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except Exception:  # noqa: BLE001 - no numbering part
            return
        style_links: dict[str, str] = {}  # list style id -> the abstract that defines its levels
        links_to: dict[str, str] = {}  # abstract with no levels of its own -> the list style it follows
        for abstract in root.findall(f"{_W}abstractNum"):
            aid = abstract.get(f"{_W}abstractNumId", "")
            if (link := w_val(abstract.find(f"{_W}styleLink"))) is not None:
                style_links[link] = aid
            if (link := w_val(abstract.find(f"{_W}numStyleLink"))) is not None:
                links_to[aid] = link
            levels: dict[int, dict[str, Any]] = {}
            for lvl in abstract.findall(f"{_W}lvl"):
                levels[int(lvl.get(f"{_W}ilvl", "0") or 0)] = _level_spec(lvl)
            self.levels[aid] = levels
        # Word's built-in multilevel lists: the list's abstract only names a list style (w:numStyleLink); the
        # levels are in the abstract that the style links (w:styleLink), whose counters the lists share
        self.shared: dict[str, str] = {}
        for aid, link in links_to.items():
            definer = style_links.get(link)
            if definer is not None and definer != aid and not self.levels.get(aid):
                self.levels[aid] = self.levels.get(definer, {})
                self.shared[aid] = definer
        for num in root.findall(f"{_W}num"):
            nid = num.get(f"{_W}numId", "")
            abstract_ref = num.find(f"{_W}abstractNumId")
            self.num_abstract[nid] = w_val(abstract_ref) or ""
            overrides: dict[int, int] = {}
            for override in num.findall(f"{_W}lvlOverride"):
                ilvl = int(override.get(f"{_W}ilvl", "0") or 0)
                start = override.find(f"{_W}startOverride")
                if start is not None:
                    overrides[ilvl] = int(w_val(start) or 1)
                if (lvl := override.find(f"{_W}lvl")) is not None:
                    # the list redefines this level (Word writes it when one list's format is changed on its
                    # own: "a)" instead of "1."); it starts again from the level's own start
                    levels = self.num_levels.setdefault(
                        nid, dict(self.levels.get(self.num_abstract[nid], {}))
                    )
                    levels[ilvl] = _level_spec(lvl)
                    overrides.setdefault(ilvl, levels[ilvl]["start"])
            self.start_overrides[nid] = overrides

    def indent(self, num_id: str, ilvl: int) -> int | None:
        """The left indent (twips) the list gives its level ``ilvl``; None when it gives none."""
        levels = self.num_levels.get(num_id) or self.levels.get(self.num_abstract.get(num_id, ""), {})
        spec = levels.get(ilvl)
        return spec.get("indent") if spec else None

    def label(self, num_id: str, ilvl: int) -> tuple[str, bool]:
        """The rendered label for the next paragraph of list ``num_id`` at level ``ilvl``, and is-bullet."""
        aid = self.num_abstract.get(num_id)
        if aid is None or aid not in self.levels or num_id == "0":
            return "", False
        levels = self.num_levels.get(num_id) or self.levels[aid]
        spec = levels.get(ilvl)
        if spec is None:
            return "", False
        counters = self.counters.setdefault(self.shared.get(aid, aid), {})
        if num_id not in self.seen_nums:
            self.seen_nums.add(num_id)
            for level, start in self.start_overrides.get(num_id, {}).items():
                counters[level] = start - 1
        counters[ilvl] = counters.get(ilvl, levels[ilvl]["start"] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if spec["fmt"] in ("bullet", "none"):
            return "", spec["fmt"] == "bullet"

        def render(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            level_spec = levels.get(level, {"start": 1, "fmt": "decimal"})
            value = counters.get(level, level_spec["start"])
            return format_number(value, "decimal" if spec.get("legal") else level_spec["fmt"])

        return re.sub(r"%(\d)", render, spec["text"]).strip(), False


def w_val(element: Any) -> str | None:
    """An element's ``w:val`` attribute; None for no element."""
    return None if element is None else element.get(f"{_W}val")


def _level_spec(lvl: Any) -> dict[str, Any]:
    """A numbering level (``w:lvl``): start, format, label text, left indent, legal."""
    is_legal = lvl.find(f"{_W}isLgl")
    return {
        # left indent in twips: how deep the level sits (sub-points are indented further)
        "indent": indent_twips(lvl.find(f"{_W}pPr/{_W}ind")),
        "start": int(w_val(lvl.find(f"{_W}start")) or 1),
        "fmt": w_val(lvl.find(f"{_W}numFmt")) or "decimal",
        "text": w_val(lvl.find(f"{_W}lvlText")) or "",
        # "legal numbering": every level this label shows is printed as a decimal (I.a -> 1.1)
        "legal": is_legal is not None and w_val(is_legal) not in ("0", "false"),
    }


def indent_twips(ind: Any) -> int | None:
    """The left indent of a ``w:ind`` (``w:left`` or ``w:start``), in twips."""
    if ind is None:
        return None
    value = ind.get(f"{_W}left") or ind.get(f"{_W}start")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
