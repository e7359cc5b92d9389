"""A recommendation as found in a section (``RawItem``) and how items relate by numbering and place: the
sub-points of a recommendation, the items of a lead-in, numbering sequences and families, and whether a
numbered item is a recommendation by its place. Split out of :mod:`extraction.recommendations` (which splits
sections into items) to keep both modules small."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dhr.schema.extraction import SectionKind
from extraction.document import INDENT_STEP, Line
from extraction.recommendation_wording import reads_as_recommendation


@dataclass(slots=True)
class RawItem:
    """A recommendation as found in a section, before labelling."""

    number: str | None
    text: str
    page: int
    section: SectionKind
    heading: str | None
    tag: str | None = None
    style: str = "numeric"
    lines: list[Line] = field(default_factory=list)
    #: Length of the recommendation proper when sub-bullets were folded into ``text``: the bullets often
    #: name services to involve, who are not addressees.
    main_len: int | None = None
    #: Under a "Recommendations" sub-heading or a lead-in line inside a wider chapter ("Conclusions and
    #: recommendations"), so a numbered item there is a recommendation even without a directive.
    in_block: bool = False
    #: Written as an action already taken ("has been provided"): the draft action plan can show it as done.
    already_done: bool = False
    #: Labelled fields printed under the recommendation ("Lead agency: ...", "Timescale: ..."), taken out of
    #: its text: the lead names the addressee where the text names none.
    lead_text: str | None = None
    target_text: str | None = None
    #: Has an "Actions" list under it in the body: a recommendation by its place, whatever its wording.
    actions_listed: bool = False


def _next_numbers(number: str) -> list[str]:
    """What the next item of a sequence would be numbered: "9.1" -> "9.2", "3" -> "4", "2a" -> "2b"."""
    if re.fullmatch(r"\d+(?:\.\d+)*", number):
        head, _, last = number.rpartition(".")
        return [f"{head}.{int(last) + 1}" if head else str(int(last) + 1)]
    if re.fullmatch(r"\d+[a-y]", number):
        return [number[:-1] + chr(ord(number[-1]) + 1)]
    return []


def _is_sub_point(item: RawItem, out: list[RawItem]) -> bool:
    """Is ``item`` a sub-point of the recommendation kept last: a bullet or indented list paragraph under a
    numbered one ending in a colon, or a Word list paragraph indented under a numbered one?"""
    if not out or out[-1].style not in _NUMBERED:
        return False
    if _roman_under_letter(item, out[-1]) or _legal_sub_point(item, out[-1]):
        return True
    if item.style == "list":
        return _deeper(item, out[-1])
    return item.style == "bullet" and (out[-1].main_len is not None or out[-1].text.rstrip().endswith(":"))


def _roman_under_letter(item: RawItem, parent: RawItem) -> bool:
    """``i.``, ``ii.`` under a lettered recommendation ending in a colon: the third level of a ``1.`` / ``a.`` /
    ``i.`` list, the lettered recommendation's own sub-points (not the letter after "h"); and the mirror,
    ``a)``, ``b)`` under a recommendation numbered ``(iii)`` ending in a colon (a roman list's second level)."""
    if item.style != "letter" or parent.style != "letter":
        return False
    if not (parent.text.rstrip().endswith(":") or parent.main_len is not None):
        return False
    if _follows(parent.number or "", item.number or ""):
        return False
    if _roman(item.number):
        return True
    # a letter that cannot be a roman numeral under a roman one ("iii" surely, not "i", "v" or "x" alone,
    # which can be letters of the parent's own lettered list)
    return bool(re.fullmatch(r"[ivx]{2,4}", parent.number or "", re.I)) and not _roman(item.number)


def _legal_sub_point(item: RawItem, parent: RawItem) -> bool:
    """``5.3.1``, ``5.3.2`` under a recommendation numbered ``5.3`` that ends in a colon: the next level of a
    legal list holding that recommendation's own points."""
    if item.style != "numeric" or parent.style != "numeric" or not parent.number or not item.number:
        return False
    if not (parent.text.rstrip().endswith(":") or parent.main_len is not None):
        return False
    return re.fullmatch(re.escape(parent.number) + r"\.\d{1,2}", item.number) is not None


def _roman(number: str | None) -> bool:
    return bool(re.fullmatch(r"[ivx]{1,4}", number or "", re.I))


def _same_letter_kind(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` of one lettered scheme: both roman-looking, or both letters ("i", "v" and "x" alone
    can be either)?"""
    if a.lower() in ("i", "v", "x") or b.lower() in ("i", "v", "x"):
        return True
    return _roman(a) == _roman(b)


def _deeper(item: RawItem, parent: RawItem) -> bool:
    """Is ``item`` indented further than ``parent`` (both from a source that gives positions)?"""
    if not item.lines or not parent.lines:
        return False
    return item.lines[0].x0 > parent.lines[0].x0 + INDENT_STEP


def _has_sub_points(items: list[RawItem], index: int) -> bool:
    """A numbered recommendation ending in a colon with its sub-points under it ("2. The Probation Service has
    made recommendations which this review endorses: • ... • ..."), not a lead-in announcing the list: bullets
    (or indented list paragraphs) follow it, and it is numbered in the scheme of recommendations beside it."""
    item = items[index]
    following = items[index + 1] if index + 1 < len(items) else None
    if item.style not in _NUMBERED or not item.number or following is None:
        return False
    if item.style == "letter":
        if not _roman_under_letter(following, item):
            return False
    elif not (
        following.style == "bullet"
        or (following.style == "list" and _deeper(following, item))
        or _legal_sub_point(following, item)
    ):
        return False
    elif _legal_sub_point(following, item) and _lead_ins_over_levels(items, item):
        return False
    family = _family(item.number)
    return any(
        other is not item
        and other.style == item.style
        and other.number
        and (
            _same_letter_kind(other.number, item.number)
            if item.style == "letter"
            else _family(other.number) == family
        )
        and not other.text.rstrip().endswith(":")
        and reads_as_recommendation(other.text)
        for other in items
    )


def _lead_ins_over_levels(items: list[RawItem], item: RawItem) -> bool:
    """Is ``item`` one of several numbered lead-ins ("6.1 The panel makes five recommendations to X:", "6.2 For
    Y, the panel recommends:"), another of which has two or more items of the next legal level under it ("6.1.1",
    "6.1.2", the lead-in itself printed or read as the block's heading)? The next level then holds the
    recommendations themselves, one under a lead-in as well as five: not the points of one recommendation."""
    number = item.number or ""
    head, dot, _ = number.rpartition(".")
    if not dot:
        return False
    counts: dict[str, int] = {}
    for other in items:
        m = re.fullmatch(re.escape(head) + r"\.(\d{1,3})\.\d{1,3}", other.number or "")
        if other.style == "numeric" and m and f"{head}.{m.group(1)}" != number:
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return any(n >= 2 for n in counts.values())


def _is_sub_item(item: RawItem, parent: RawItem) -> bool:
    """Is ``item`` one of the listed points under the lead-in ``parent`` (deeper number, letter or bullet)?"""
    if parent.number and item.number and item.style in ("numeric", "labelled"):
        return item.number.startswith(parent.number + ".") or bool(
            re.fullmatch(re.escape(parent.number) + r"\s?\(?[a-z]\)?", item.number)
        )
    return item.style in ("letter", "bullet", "list")


_NUMBERED = ("numeric", "labelled", "letter")


def _follows(previous: str, number: str) -> bool:
    """Is ``number`` the next in a sequence after ``previous`` ("2" -> "3", "R1" -> "R2", "b" -> "c")?"""
    prefix = re.match(r"^[A-Za-z](?=\d)", previous)
    if prefix and number.startswith(prefix.group(0)):
        previous, number = previous[1:], number[1:]
    if _roman(previous) and _roman(number) and _roman_value(number) == _roman_value(previous) + 1:
        return True  # "iii" -> "iv" (and "i" -> "ii"; "h" -> "i" below)
    if re.fullmatch(r"[a-y]", previous, re.I):
        return number.lower() == chr(ord(previous.lower()) + 1)
    return number in _next_numbers(previous)


def _roman_value(numeral: str) -> int:
    values = {"i": 1, "v": 5, "x": 10}
    digits = [values[c] for c in numeral.lower()]
    return sum(-d if k + 1 < len(digits) and d < digits[k + 1] else d for k, d in enumerate(digits))


def _family(number: str) -> str:
    """The numbering scheme a number belongs to: "12.3" -> "12.#", "4" -> "#", "R2" -> "R#", "2a" -> "#a"."""
    head, dot, _ = number.rpartition(".")
    if dot:
        return head + ".#"
    return re.sub(r"[a-z]", "a", re.sub(r"\d+", "#", number))


def _in_recommendations_block(items: list[RawItem], index: int) -> bool:
    """Is ``items[index]`` a recommendation by its place, whatever its wording?

    True for "Recommendation 5: ...", an item after a "Recommendations" sub-heading or a lead-in line, and a
    numbered item that continues a numbering used only by recommendations (R1, R2 (this one), R3).
    """
    item = items[index]
    if item.style == "labelled" or item.in_block:
        return True
    if item.style not in _NUMBERED or not item.number:
        return False
    numbered = [(i, it) for i, it in enumerate(items) if it.style in _NUMBERED and it.number]
    position = next(p for p, (i, _) in enumerate(numbered) if i == index)
    previous = numbered[position - 1][1] if position > 0 else None
    if (
        previous is None
        or not reads_as_recommendation(previous.text)
        or not _follows(previous.number or "", item.number)
    ):
        return False
    following = numbered[position + 1][1] if position + 1 < len(numbered) else None
    if (
        following is not None
        and reads_as_recommendation(following.text)
        and _follows(item.number, following.number or "")
    ):
        return True  # between two recommendations of the same sequence
    # the last of its sequence: only where no other item of that numbering is a conclusion
    family = [it for _, it in numbered if it is not item and _family(it.number or "") == _family(item.number)]
    return len(family) >= 2 and all(reads_as_recommendation(it.text) for it in family)
