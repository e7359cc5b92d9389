"""Action plans written as prose: "... Action 1: ... Lead agency: ... Target date: ... Action 2: ..." under a
recommendation, or as a section of such items. Each "Action" label starts an action; a Lead or Target label
belongs to the action before it (before any action, to all of them).
"""

from __future__ import annotations

import re

from dhr.schema import Action
from extraction.field_labels import LEAD_WORDS, RESPONSIBLE_WORDS
from extraction.plan_columns import agencies_from_lead
from extraction.target_dates import plan_target

_PROSE_LABEL = re.compile(
    r"\b(?P<label>actions?(?:\s*\d{1,2}(?:\.\d{1,2})?[a-z]?)?(?: to (?:be )?take[n]?)?|"
    # the shared lead labels, less a bare "Agency": searched for in running text, where it would also take the
    # end of "multi-agency:" or "single agency:"; a bare "Responsible:" reads as a plan's owner in prose
    rf"{LEAD_WORDS}|{RESPONSIBLE_WORDS}|responsible|owner|"
    # "Completion date:" is the target unless the action also has one ("Target date: ... Completion date: ...")
    r"(?:target |expected |planned )?completion date|date (?:of|for) completion|to be completed by|"
    r"target(?: date)?|by when|by|due(?: date| by)?|time ?scales?|time ?frame|deadline|outcome|milestones?)"
    r"\s*:\s*",
    re.IGNORECASE,
)


def prose_actions(text: str, page: int) -> tuple[str, list[Action]]:
    """Split "… Action 1: … Lead agency: … Target date: … Action 2: …" written in prose.

    Returns the recommendation text before the first label and one action per "Action" label; a Lead or
    Target label belongs to the action before it (or, before any action, to all of them).
    """
    from extraction.plan_actions import actions_from_cells

    matches = list(_PROSE_LABEL.finditer(text))
    if not matches or not any(m.group("label").lower().startswith("action") for m in matches):
        return text, []
    head = text[: matches[0].start()].strip()
    default_lead: str | None = None
    default_target: str | None = None
    default_completion: str | None = None
    groups: list[dict[str, str]] = []
    for m, nxt in zip(matches, [*matches[1:], None], strict=True):
        label = m.group("label").lower()
        value = text[m.end() : nxt.start() if nxt else len(text)].strip(" ;.")
        if label.startswith("action"):
            groups.append({"action": value})
        elif label.startswith(("lead", "responsible", "owner")):
            if groups:
                groups[-1]["lead"] = value
            else:
                default_lead = value
        elif "complet" in label:
            if groups:
                groups[-1]["completion"] = value
            else:
                default_completion = value
        elif label.startswith(("target", "by", "time", "deadline", "due")):
            if groups:
                groups[-1]["target"] = value
            else:
                default_target = value
        elif groups:
            groups[-1][label.split()[0]] = value
    actions: list[Action] = []
    for group in groups:
        target = group.get("target", default_target)
        completion = group.get("completion", default_completion)
        actions.extend(
            actions_from_cells(
                group["action"],
                group.get("lead", default_lead),
                target or completion,
                page,
                group.get("milestones") or group.get("milestone"),
                group.get("outcome") or (completion if target else None),
            )
        )
    return head, actions


def implied_action(text: str, lead_cell: str | None, target_cell: str, page: int) -> Action:
    """The action of a recommendations table with a target-date column but no action column ("No. |
    Recommendation | Lead agency | Target date", "Recommendation | Timescale"): the recommendation itself,
    so the draft action plan keeps its date. Its lower confidence marks it as implied, not printed as an action."""
    date = plan_target(target_cell)  # a non-date ("Ongoing", "6 months") stays text only
    return Action(
        text=text,
        agencies=agencies_from_lead(lead_cell),
        target_date=date.iso if date else None,
        target_date_text=target_cell,
        lead_text=lead_cell,
        page=page,
        confidence=0.6,
    )


#: A line that continues a recommendation with its plan ("Action 1: ...", "Lead agency: ...").
PROSE_LABEL_START = re.compile(rf"^(?:{_PROSE_LABEL.pattern})", re.IGNORECASE)

#: An action's label in a prose plan, however numbered ("Action:", "Action 2:", "Action 1.1:", "Actions 3a:").
_ACTION_LABEL = re.compile(r"\bactions?\s*\d{0,2}(?:\.\d{1,2})?[a-z]?\s*:", re.IGNORECASE)


def holds_prose_plan(text: str) -> bool:
    """Does ``text`` carry a prose action plan ("... Action 1.1: ... Lead: ... By when: ...")? Such text is
    left whole for :func:`prose_actions`: its Lead and By-when labels are each action's, not the
    recommendation's, and its length is the plan's, not a paragraph of commentary's."""
    return _ACTION_LABEL.search(text) is not None
