"""Action plans set out one recommendation to a table, labels down the left: "Recommendation 1 | <text>",
"Action | ...", "Lead | ...", "Target date | ...", "Progress | ..." (a record of fields, not a grid of columns).
Read as the fields of one plan row (``extraction.action_plan`` makes the row)."""

from __future__ import annotations

import re

from extraction.plan_columns import Column, cell_role
from extraction.plan_refs import MERGED

#: "Recommendation 1", "Recommendation number 2:", "Recommendation No. 3", "Recommendation": the label of the
#: recommendation's own row (its number in the label or on a row of its own).
_REC_LABEL = re.compile(
    r"^recommendation\s*(?:no\.?|number|ref\.?)?\s*(\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)?\s*[:.]?$", re.I
)
_BARE_NUMBER = re.compile(r"^[A-Z]{0,3}\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?\.?$")
#: Fields a record may hold besides the recommendation: any other label makes the table something else.
_FIELDS = {
    "action",
    "lead",
    "target",
    "revised",
    "milestones",
    "outcome",
    "monitoring",
    "scope",
    "partners",
    "start",
}


def record_fields(rows: list[list[str]]) -> dict[Column, str] | None:
    """The fields of a table that is one recommendation's plan record, by role ("number", "rec", "action",
    "lead", "target", ...); None for any other table. Every row is a label and its value (a value may be blank),
    the recommendation's label comes first, and an action and its lead or target are among the fields: a table
    of a recommendation's fields with no action ("Recommendation | Scope | Lead agency") is no plan."""
    pairs: list[tuple[str, str]] = []
    for row in rows:
        cells = [c.lstrip(MERGED).strip() for c in row]
        cells = [c for c in cells if c]
        if not cells:
            continue
        if len(cells) > 2:
            return None
        pairs.append((cells[0].rstrip(":").strip(), cells[1] if len(cells) == 2 else ""))
    if len(pairs) < 3:
        return None
    fields: dict[Column, str] = {}
    for k, (label, value) in enumerate(pairs):
        if len(label.split()) > 5:
            return None
        if m := _REC_LABEL.match(label):
            if m.group(1):
                fields.setdefault("number", m.group(1))
            if _BARE_NUMBER.match(value) and "number" not in fields:
                fields["number"] = value.rstrip(".")  # "Recommendation number | 3"
            elif value:
                fields.setdefault("rec", value)
            continue
        if k == 0:
            return None  # the recommendation's label opens the record
        role = cell_role(label)
        if role == "number" and _BARE_NUMBER.match(value):
            fields.setdefault("number", value.rstrip("."))
            continue
        if role not in _FIELDS:
            return None
        fields.setdefault(role, value)
    if not fields.get("action") or not ({"lead", "target"} & set(fields)):
        return None
    return fields


__all__ = ["record_fields"]
