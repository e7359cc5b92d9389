"""Actions listed under a recommendation in the report's body: a bold "Actions" line after the recommendation,
then bullets each naming the action, its lead and its target ("Deliver a briefing. Lead: X. Target date: Q2
2024/25."). The bullets are the recommendation's actions, not recommendations of their own: they join its text as
"Action: ..." labels, which :func:`extraction.plan_prose.prose_actions` reads as a prose plan.

Used by :func:`extraction.recommendations.split_items` while it walks a section's lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extraction.document import Line
from extraction.recommendation_items import RawItem
from extraction.recommendation_marks import match_marker
from extraction.recommendation_wording import split_fields

#: The label over the list: "Actions", "Actions:", "Agreed actions", "Actions to be taken", "Action(s)".
ACTIONS_LABEL = re.compile(
    r"^(?:(?:agreed|proposed|planned|key|suggested|smart)\s+)?actions?(?:\s*\(s\))?"
    r"(?:\s+(?:agreed|planned|to\s+be\s+taken|to\s+(?:implement|deliver)))?\s*:?$",
    re.IGNORECASE,
)

_OWNERS = ("numeric", "labelled", "letter", "paragraph")


@dataclass(slots=True)
class ActionList:
    """The action bullets being read under ``owner`` (the recommendation kept last)."""

    owner: RawItem
    #: where the current action's text starts on a PDF line (its wrapped lines start there too)
    text_left: float | None = None
    started: bool = False

    def _open(self) -> None:
        """The first action is read: the recommendation has a list of actions under it."""
        owner = self.owner
        if owner.lead_text is None and owner.target_text is None:
            # its own "Lead agency:" line stays its lead; the actions' labels are theirs
            owner.text, owner.lead_text, owner.target_text = split_fields(owner.text)
        owner.actions_listed = True

    def numbers_an_action(self, number: str | None) -> bool:
        """Is ``number`` an action's under the recommendation: "3.1", "3.2" under recommendation 3?"""
        own = self.owner.number
        return bool(own and number and re.fullmatch(re.escape(own) + r"\.\d{1,2}", number))

    def add(self, line: Line, text: str, bullet: bool) -> bool:
        """Take ``line`` (its ``text`` without any bullet) into the list; False where the list has ended."""
        if bullet:
            if not self.started:
                self._open()
            self.started = True
            self.text_left = line.x0 if line.x1 > 0 and text else None
            if text:
                self.owner.text += " Action: " + text
            return True
        if not self.started:
            return False
        if line.x1 <= 0:
            return False  # a DOCX paragraph is whole: one that is no bullet ends the list
        if self.text_left is None:
            # the bullet glyph was a line of its own: the action's first words open this one
            self.text_left = line.x0
            self.owner.text += " Action: " + text
            return True
        if line.x0 < self.text_left - 3.0:
            return False  # back at the margin: a paragraph after the list
        self.owner.text += " " + text
        return True


def actions_under(items: list[RawItem], text: str, line: Line, below: Line | None) -> ActionList | None:
    """An "Actions" label line under the recommendation kept last, a bullet (or a number under the
    recommendation's) on the line ``below`` it: the list of its actions opens. (An "Action" column header over
    cells opens none.)"""
    if line.list_item or not ACTIONS_LABEL.match(text) or not items or items[-1].style not in _OWNERS:
        return None
    actions = ActionList(items[-1])
    if below is None:
        return None
    marker = match_marker(below.text.strip())
    if below.list_item or (
        marker is not None and (marker[0] == "bullet" or actions.numbers_an_action(marker[1]))
    ):
        return actions
    return None


__all__ = ["ACTIONS_LABEL", "ActionList", "actions_under"]
