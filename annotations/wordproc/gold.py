"""The gold a word-processor document is built beside: the real recommendation a layout prints
(:class:`RealRec`), the gold recommendations in the order the document numbers them (:class:`Gold`) and a plan
row's gold action (:func:`action`).

Kept apart from the Word writer (``worddoc.py``) because the gold is the data the evaluation compares against,
while the writer only decides how a document looks; ``annotations.wordproc.worddoc`` still re-exports these
names, which the layout modules and ``parts`` import from there.
"""

from dataclasses import dataclass, field

from annotations.wordproc.vocab import (
    LEADS,
    TARGETS,
)
from dhr.schema import Action, Recommendation


@dataclass(slots=True)
class RealRec:
    csp: str
    number: str | None
    text: str
    addressed_to: str
    agencies: list[str]
    level: str
    themes: list[str]


@dataclass(slots=True)
class Gold:
    name: str
    csp: str
    subject: str
    document_type: str = "overview_report"
    recs: list[Recommendation] = field(default_factory=list)

    def rec(
        self,
        real: RealRec,
        number: str | None,
        section: str = "overview",
        heading: str | None = None,
        text: str | None = None,
    ) -> Recommendation:
        if number:
            number = number.rstrip(".")
            number = (number if "(" in number else number.rstrip(")")).strip()  # "9.2(a)" keeps its bracket
        rec = Recommendation(
            id=f"r{len(self.recs) + 1}",
            number=number or None,
            text=text or real.text,
            section=section,  # type: ignore[arg-type]
            heading=heading,
            agencies=real.agencies,  # type: ignore[arg-type]
            level=real.level,  # type: ignore[arg-type]
            themes=real.themes[:3],  # type: ignore[arg-type]
        )
        self.recs.append(rec)
        return rec


def action(text: str, lead: str, target: str) -> Action:
    if target not in TARGETS:
        raise KeyError(f"target date {target!r} has no gold value in TARGETS")
    return Action(
        text=text,
        agencies=LEADS[lead],  # type: ignore[arg-type]
        target_date=TARGETS[target],
        lead_text=lead,
        target_date_text=target,
    )
