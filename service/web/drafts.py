"""The review screen's edits of a draft: the form's fields applied, add, merge, split, delete, and the label
corrections an edited draft makes (what the training loop learns from).

Pure functions over :class:`ExtractionResult`, so they are tested without a browser.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from dhr.errors import ConflictError, InputError
from dhr.schema import Action, ExtractionResult, Recommendation
from dhr.schema.common import MAX_ACTIONS, MAX_RECOMMENDATIONS, MAX_TEXT_CHARS
from service.web.render import vocab

_OP = re.compile(
    r"^(save|commit|add|delete|split|merge|add-action|delete-action)(?::(\d{1,4}))?(?::(\d{1,4}))?$"
)
_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+(?=[A-Z(])")


class FormLike(Protocol):
    def get(self, key: str, default: str | None = None) -> object: ...
    def getlist(self, key: str) -> Sequence[object]: ...


def _text(form: FormLike, name: str, limit: int = MAX_TEXT_CHARS) -> str | None:
    value = form.get(name)
    if not isinstance(value, str):
        return None
    return " ".join(value.split())[:limit] if "\n\n" not in value else value.strip()[:limit]


def _ids(form: FormLike, name: str, known: Mapping[str, str]) -> list[str]:
    return [v for v in dict.fromkeys(form.getlist(name)) if isinstance(v, str) and v in known]


def parse_op(value: object) -> tuple[str, int | None, int | None]:
    m = _OP.match(value if isinstance(value, str) else "")
    if m is None:
        raise InputError("unknown action on the review form")
    return m.group(1), (int(m.group(2)) if m.group(2) else None), (int(m.group(3)) if m.group(3) else None)


def apply_form(draft: ExtractionResult, form: FormLike) -> ExtractionResult:
    """The draft with the review form's fields: every field a person can change, nothing else."""
    count = form.get("count")
    if str(count) != str(len(draft.recommendations)):
        raise ConflictError(
            "the draft changed since this page was shown (another tab?): reload the review page and edit again"
        )
    v = vocab()
    out = draft.model_copy(deep=True)
    for field in ("title", "reference", "csp"):
        value = _text(form, f"review-{field}", 1000)
        if value is not None:
            setattr(out.review, field, value or None)
    for i, rec in enumerate(out.recommendations):
        p = f"r{i}-"
        if (text := _text(form, p + "text")) is not None:
            rec.text = " ".join(text.split())
        if (number := _text(form, p + "number", 64)) is not None:
            rec.number = number or None
        level = form.get(p + "level")
        if isinstance(level, str) and level in v["levels"]:
            rec.level = level  # type: ignore[assignment]
        if form.get(p + "labels") == "1":  # the agency and theme lists were on the page (empty = none ticked)
            rec.agencies = _ids(form, p + "agencies", v["agencies"])
            ticked = _ids(form, p + "themes", v["themes"])
            rec.themes = [t for t in rec.themes if t in ticked] + [t for t in ticked if t not in rec.themes]  # type: ignore[misc]
        for j, action in enumerate(rec.actions):
            q = f"{p}a{j}-"
            if (text := _text(form, q + "text")) is not None:
                action.text = " ".join(text.split())
            lead = form.get(q + "lead")
            if isinstance(lead, str) and (lead in v["agencies"] or lead == ""):
                rest = [a for a in action.agencies[1:] if a != lead]
                action.agencies = ([lead] if lead else []) + rest
    return out


def _new_id(draft: ExtractionResult) -> str:
    taken = {r.id for r in draft.recommendations}
    n = len(taken) + 1
    while f"r{n}" in taken:
        n += 1
    return f"r{n}"


def _index(draft: ExtractionResult, i: int | None) -> int:
    if i is None or not 0 <= i < len(draft.recommendations):
        raise InputError("that recommendation is not on the review page any more: reload it")
    return i


def split_point(text: str) -> int:
    """Where to split: at an empty line the officer typed, else at the sentence end nearest the middle."""
    if "\n\n" in text:
        return text.index("\n\n")
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    if not ends:
        raise InputError(
            "this recommendation is one sentence: to split it, put an empty line in its text where it should "
            "split, then press Split"
        )
    return min(ends, key=lambda e: abs(e - len(text) / 2))


def apply_op(
    draft: ExtractionResult, op: str, i: int | None, j: int | None, raw_text: str = ""
) -> ExtractionResult:
    """Add, delete, split or merge recommendations, or add or delete an action."""
    recs = draft.recommendations
    if op == "add":
        if len(recs) >= MAX_RECOMMENDATIONS:
            raise InputError(f"a review has at most {MAX_RECOMMENDATIONS} recommendations")
        recs.append(Recommendation(id=_new_id(draft), text="", confidence=1.0))
    elif op == "delete":
        del recs[_index(draft, i)]
    elif op == "merge":
        i = _index(draft, i)
        if i + 1 >= len(recs):
            raise InputError("the last recommendation has none after it to merge with")
        first, second = recs[i], recs.pop(i + 1)
        first.text = f"{first.text} {second.text}".strip()
        first.agencies = list(dict.fromkeys(first.agencies + second.agencies))
        first.themes = list(dict.fromkeys(first.themes + second.themes))  # type: ignore[assignment]
        first.actions = first.actions + second.actions
        first.confidence = min(first.confidence, second.confidence)
    elif op == "split":
        i = _index(draft, i)
        rec = recs[i]
        text = raw_text.strip() or rec.text
        cut = split_point(text)
        head, tail = " ".join(text[:cut].split()), " ".join(text[cut:].split())
        if not head or not tail:
            raise InputError("a split needs text on both sides")
        rec.text = head
        twin = rec.model_copy(
            deep=True, update={"id": _new_id(draft), "text": tail, "actions": [], "number": None}
        )
        recs.insert(i + 1, twin)
    elif op == "add-action":
        rec = recs[_index(draft, i)]
        if len(rec.actions) >= MAX_ACTIONS:
            raise InputError(f"a recommendation has at most {MAX_ACTIONS} actions")
        rec.actions.append(Action(text="", agencies=rec.agencies[:1]))
    elif op == "delete-action":
        rec = recs[_index(draft, i)]
        if j is None or not 0 <= j < len(rec.actions):
            raise InputError("that action is not on the review page any more: reload it")
        del rec.actions[j]
    return draft


def problems(draft: ExtractionResult) -> list[tuple[str, str]]:
    """What stops a commit, as (field id, message) for the error summary."""
    out = []
    if not draft.recommendations:
        out.append(("add", "Add at least one recommendation before committing"))
    for i, rec in enumerate(draft.recommendations):
        if not rec.text.strip():
            out.append((f"r{i}-text", f"Enter the text of recommendation {i + 1}, or delete it"))
        for j, action in enumerate(rec.actions):
            if not action.text.strip():
                out.append(
                    (
                        f"r{i}-a{j}-text",
                        f"Enter the text of action {j + 1} of recommendation {i + 1}, or delete it",
                    )
                )
    return out


def label_changes(original: ExtractionResult, current: ExtractionResult) -> list[tuple[str, str, object]]:
    """(draft recommendation id, field, new value) for each label a person changed on a recommendation the
    extractor found: the corrections the classifier learns from. Added recommendations carry no correction."""
    before = {r.id: r for r in original.recommendations}
    out: list[tuple[str, str, object]] = []
    for rec in current.recommendations:
        old = before.get(rec.id)
        if old is None:
            continue
        if sorted(old.agencies) != sorted(rec.agencies):
            out.append((rec.id, "agencies", list(rec.agencies)))
        if old.themes != rec.themes:
            out.append((rec.id, "themes", list(rec.themes)))
        if old.level != rec.level:
            out.append((rec.id, "level", rec.level))
    return out
