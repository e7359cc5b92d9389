"""Pieces shared by the layouts: the pool of real recommendation texts, the front matter, action-plan rows."""

from collections.abc import Callable

from annotations.real import load_recommendations
from annotations.wordproc.vocab import (
    ANALYSIS_TRAP,
    FOOTNOTES,
    INTRO_PROSE,
    TOR_ITEMS,
)
from annotations.wordproc.worddoc import (
    Gold,
    RealRec,
    WordDoc,
    action,
)
from dhr.schema import Recommendation


def real_pool() -> dict[str, list[RealRec]]:
    """Train and dev recommendations by CSP, in the loader's order (never the test split)."""
    pool: dict[str, list[RealRec]] = {}
    for split in ("train", "dev"):
        for item in load_recommendations(split):  # type: ignore[arg-type]
            pool.setdefault(item["csp"], []).append(
                RealRec(
                    csp=item["csp"],
                    number=item.get("number"),
                    text=" ".join(item["text"].split()),
                    addressed_to=item.get("addressed_to") or "",
                    agencies=list(item.get("agencies") or []),
                    level=item.get("level") or "local",
                    themes=list(item.get("themes") or ["other"]),
                )
            )
    return pool


def pick(pool: dict[str, list[RealRec]], csp: str, addressed: str, n: int, used: set[str]) -> list[RealRec]:
    """``n`` unused recommendations of ``csp`` whose addressee contains ``addressed`` (case-insensitive)."""
    out = []
    for rec in pool.get(csp, []):
        if rec.text in used or addressed.lower() not in rec.addressed_to.lower():
            continue
        if "•" in rec.text:  # bullets folded into one labelled text: its layout is not ours to redo
            continue
        out.append(rec)
        used.add(rec.text)
        if len(out) == n:
            break
    if len(out) < n:
        raise SystemExit(
            f"not enough real recommendations for {csp} / {addressed}: want {n}, have {len(out)}"
        )
    return out


def opening(
    w: WordDoc, g: Gold, chapter: str = "Introduction", fill: int = 1, heading: str = "Recommendations"
) -> None:
    """The title, a first chapter of case prose (the introduction, the analysis trap and ``fill`` filler
    paragraphs) and the next chapter's heading (the recommendations'), as most layouts open."""
    from annotations.wordproc.layouts_dev4 import _intro  # (here: the layouts import this module)

    w.para(f"Domestic Homicide Review: {g.subject}", style="Title")
    w.heading(chapter, 1)
    _intro(w, g, fill=fill)
    w.heading(heading, 1)


def closing(w: WordDoc, gloss: str, header: str, footer: str) -> None:
    """A glossary of one entry, then the running header and footer (``{n}`` the page, ``{m}`` the pages), as
    most layouts close."""
    from annotations.wordproc.layouts_dev3 import _header_footer  # (here: the layouts import this module)

    w.heading("Glossary", 1)
    w.para(gloss)
    _header_footer(w, header, footer)


# --------------------------------------------------------------------------------------------------------------
# the documents
# --------------------------------------------------------------------------------------------------------------

Builder = Callable[[dict[str, list[RealRec]], set[str]], tuple[WordDoc, Gold]]


def _front(w: WordDoc, g: Gold, chapter: tuple[int, int] | None, *, tor: bool = True, fn: int = 0) -> None:
    """Title, introduction, terms of reference (numbered in the chapter scheme when given), analysis."""
    w.para(f"Domestic Homicide Review into the death of {g.subject}", style="Title")
    w.para(f"Commissioned by {g.csp}", bold=True)
    w.heading("Introduction", 1, num=chapter)
    sub = (chapter[0], 1) if chapter else None
    w.para(INTRO_PROSE.format(csp=g.csp, subject=g.subject), num=sub)
    w.para(
        "Agencies that had contact provided an IMR and a chronology of their involvement.",
        num=sub,
        footnote=FOOTNOTES[4] if fn else None,
    )
    if tor:
        w.heading("Terms of Reference", 1, num=chapter)
        w.para("The terms of reference agreed by the panel were:", num=sub)
        for item in TOR_ITEMS:
            w.para(item, num=(chapter[0], 2) if chapter else None)
    w.heading("Analysis", 1, num=chapter)
    w.para(
        f"{g.subject} was assessed as medium risk on a DASH form in the year before her death and was not "
        "referred to MARAC.",
        num=sub,
        footnote=FOOTNOTES[2] if fn else None,
    )
    w.para(ANALYSIS_TRAP, num=sub)


def _plan_rows(
    g: Gold, recs: list[tuple[Recommendation, str]], actions: dict[str, list[tuple[str, str, str]]]
) -> list[list[str | None]]:
    rows: list[list[str | None]] = []
    for rec, scope in recs:
        acts = actions[rec.id]
        for k, (text, lead, target) in enumerate(acts):
            rec.actions.append(action(text, lead, target))
            first = k == 0
            rows.append(
                [
                    f"{rec.number} {rec.text}" if first else None,
                    scope if first else None,
                    text,
                    lead,
                    "Briefing note drafted" if k % 2 == 0 else "",
                    target,
                    "",
                ]
            )
    return rows
