"""The review screen's edits as pure functions: split, merge, add, delete, and the corrections they make."""

from __future__ import annotations

import pytest

from dhr.errors import ConflictError, InputError
from dhr.schema import Action, ExtractionResult, Recommendation, SourceInfo
from service.web.drafts import apply_form, apply_op, label_changes, parse_op, problems, split_point


def _draft() -> ExtractionResult:
    return ExtractionResult(
        source=SourceInfo(filename="r.pdf", sha256="0" * 64, pages=2),
        recommendations=[
            Recommendation(
                id="r1",
                text="Police should train staff. They should audit it yearly.",
                agencies=["police"],
                themes=["training"],
                actions=[Action(text="Train.", agencies=["police"])],
            ),
            Recommendation(
                id="r2", text="GPs should record concerns.", agencies=["gp"], themes=["record_keeping"]
            ),
        ],
    )


class Form(dict):
    def getlist(self, key: str) -> list[object]:
        value = self.get(key, [])
        return value if isinstance(value, list) else [value]


def test_split_at_an_empty_line_or_the_middle_sentence() -> None:
    assert split_point("First part.\n\nSecond part.") == len("First part.")
    assert split_point("One. Two. Three.").__class__ is int
    with pytest.raises(InputError, match="one sentence"):
        split_point("just one sentence without an end")
    draft = apply_op(_draft(), "split", 0, None)
    assert [r.text for r in draft.recommendations[:2]] == [
        "Police should train staff.",
        "They should audit it yearly.",
    ]
    assert draft.recommendations[1].id not in {"r1", "r2"} and draft.recommendations[1].actions == []


def test_merge_add_delete_and_actions() -> None:
    draft = apply_op(_draft(), "merge", 0, None)
    assert len(draft.recommendations) == 1 and draft.recommendations[0].agencies == ["police", "gp"]
    with pytest.raises(InputError):
        apply_op(draft, "merge", 0, None)  # nothing after the last one
    draft = apply_op(draft, "add", None, None)
    assert problems(draft) == [("r1-text", "Enter the text of recommendation 2, or delete it")]
    draft = apply_op(draft, "delete", 1, None)
    draft = apply_op(draft, "add-action", 0, None)
    assert draft.recommendations[0].actions[-1].agencies == ["police"]
    draft = apply_op(draft, "delete-action", 0, 1)
    assert len(draft.recommendations[0].actions) == 1
    with pytest.raises(InputError):
        apply_op(draft, "delete", 5, None)


def test_form_edits_and_the_corrections_they_make() -> None:
    original = _draft()
    form = Form(
        {
            "count": "2",
            "r0-level": "national",
            "r0-labels": "1",
            "r0-agencies": ["police", "home_office"],
            "r0-themes": ["policy", "training"],
            "r0-a0-lead": "home_office",
            "r1-text": "GPs  should\nrecord.",
        }
    )
    edited = apply_form(original, form)
    rec = edited.recommendations[0]
    assert rec.level == "national" and rec.themes == ["training", "policy"]  # the main theme stays first
    assert rec.actions[0].agencies == ["home_office"]  # the lead replaced
    assert edited.recommendations[1].text == "GPs should record."
    assert label_changes(original, edited) == [
        ("r1", "agencies", ["police", "home_office"]),
        ("r1", "themes", ["training", "policy"]),
        ("r1", "level", "national"),
    ]
    with pytest.raises(ConflictError):
        apply_form(original, Form({"count": "3"}))
    assert parse_op("delete-action:2:3") == ("delete-action", 2, 3)
    with pytest.raises(InputError):
        parse_op("drop table")
