"""Recommendations (numbering styles, addressees, traps), their actions, and the action plan in every table
shape of DHR-REPORTS.md."""

from __future__ import annotations

import datetime as dt

from dhr.schema import (
    Action,
)
from evaluation.synthetic_reports.model import (
    Agency,
    Block,
    Heading,
    Para,
    RecSpec,
    Table,
    _cap,
    _Ctx,
    _norm,
)
from evaluation.synthetic_reports.timeline import (
    fmt_date,
)
from evaluation.synthetic_reports.vocab import (
    ACTION_TEXTS,
    ACTIVE,
    ALL_AGENCY,
    CONSULT,
    JOINT,
    NATIONAL,
    NATIONAL_RECS,
    PASSIVE,
    TOPICS,
)


def _make_rec(
    ctx: _Ctx, addressee: Agency | None, kind: str, section: str, heading_agencies: list[Agency]
) -> RecSpec:
    rng = ctx.rng
    topic = rng.choice(TOPICS)
    partner = ctx.ag(rng.choice(["police", "da", "asc", "icb", "hospital", "dna"]))
    if addressee is not None and partner.id == addressee.id:
        partner = ctx.ag("da") if addressee.id != "domestic_abuse_services" else ctx.ag("police")
    agencies: list[Agency]
    if kind == "passive":
        theme, tpl = rng.choice(PASSIVE)
        text = tpl.format(T=topic)
        agencies = list(heading_agencies)
        ctx.variants.add("passive_rec_heading_agency")
    elif kind == "consult":
        assert addressee is not None
        theme, tpl = rng.choice(CONSULT)
        text = tpl.format(A=ctx.surface(addressee), B=partner.name, T=topic)
        agencies = [addressee]
        ctx.variants.add("consultation_trap")
    elif kind == "joint":
        assert addressee is not None
        other = ctx.ag(
            rng.choice([k for k in ("police", "council", "dna", "mh") if ctx.ag(k).id != addressee.id])
        )
        theme, tpl = rng.choice(JOINT)
        text = tpl.format(A=ctx.surface(addressee), A2=other.name, T=topic)
        agencies = [addressee, other]
        ctx.variants.add("joint_addressees")
    elif kind == "national":
        nat = rng.choice(NATIONAL[:2] + NATIONAL[3:4])
        theme, tpl = rng.choice(NATIONAL_RECS)
        text = tpl.format(A=nat.name, T=topic)
        if not text.startswith("The "):
            text = _cap(text)
        agencies = [nat]
        ctx.variants.add("national_rec")
    elif kind == "all":
        theme, tpl = rng.choice(ALL_AGENCY)
        text = tpl.format(T=topic)
        agencies = [Agency("All agencies", "all_agencies")]
        ctx.variants.add("all_agencies_rec")
    else:
        assert addressee is not None
        theme, tpl = rng.choice(ACTIVE)
        text = tpl.format(A=ctx.surface(addressee), B=partner.name, T=topic)
        agencies = [addressee]
    text = _cap(text)
    target_iso: str | None = None
    r = rng.random()
    if r < 0.12:
        d = dt.date(rng.randint(2013, 2022), rng.randint(1, 12), 1)
        t, target_iso = fmt_date(d, "month")
        text = text[:-1] + f" by {t}."
        ctx.variants.add("target_date_in_rec")
    elif r < 0.18:
        y = rng.randint(2014, 2021)
        text = text[:-1] + f" during {y}-{y + 1}."
        target_iso = f"{y + 1:04d}"
        ctx.variants.add("financial_year_in_rec")
    ids: list[str] = []
    for a in agencies:
        if a.id not in ids:
            ids.append(a.id)
    level = "local"
    if any(a.level == "national" for a in agencies) or kind == "national":
        level = "national"
    elif any(a.level == "regional" for a in agencies):
        level = "regional"
    themes = [theme] if theme != "other" else ["other"]
    return RecSpec(
        number=None,
        printed=None,
        text=_norm(text),
        section=section,
        agencies=ids,
        level=level,
        themes=themes,
        target_date=target_iso,
        lead_names=[a.name for a in agencies],
    )


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _number(style: str, i: int, section_no: int) -> tuple[str | None, str | None]:
    """(printed label, gold number) for the i-th (0-based) recommendation in a block."""
    if style == "plain":
        return f"{i + 1}.", str(i + 1)
    if style == "letter_suffix":
        n = f"{i // 2 + 1}{_LETTERS[i % 2]}"
        return n, n
    if style == "letter_paren":
        return f"{_LETTERS[i]})", _LETTERS[i]
    if style == "section_paren":
        n = f"{section_no}.2.1({_LETTERS[i]})"
        return n, n
    if style == "hierarchical":
        n = f"{section_no}.10.{i + 1}"
        return n, n
    if style == "section_letter":
        n = f"{section_no}.3{_LETTERS[i]}"
        return n, n
    if style == "rec_number":
        return f"Recommendation number {i + 1}:", str(i + 1)
    return None, None


def _build_recs(
    ctx: _Ctx, style: str, single_agency: bool, restart: bool
) -> tuple[list[RecSpec], list[RecSpec], list[tuple[str, list[RecSpec]]]]:
    """Overview recs, and single-agency blocks [(heading, recs)]."""
    rng = ctx.rng
    n_over = rng.randint(4, 7)
    kinds = ["active", "active", "consult", "joint", "national", "all", "active", "active"]
    rng.shuffle(kinds)
    over: list[RecSpec] = []
    for k in kinds[:n_over]:
        addressee = ctx.ag(
            rng.choice(["police", "csp", "icb", "council", "asc", "hospital", "mh", "da", "board"])
        )
        over.append(_make_rec(ctx, addressee, k, "overview", []))
    blocks: list[tuple[str, list[RecSpec]]] = []
    if single_agency:
        keys = rng.sample(["police", "mh", "gp", "dna", "housing", "asc"], k=rng.randint(2, 4))
        groups: list[tuple[str, list[Agency]]] = [(ctx.ag(k).name, [ctx.ag(k)]) for k in keys]
        if rng.random() < 0.7:
            groups.append(
                (
                    "Health - CCG, community trust and acute hospital",
                    [ctx.ag("icb"), ctx.ag("community"), ctx.ag("hospital")],
                )
            )
            ctx.variants.add("heading_several_agencies")
        for heading, ags in groups:
            recs = []
            for _ in range(rng.randint(1, 3)):
                kind = "passive" if (len(ags) > 1 or rng.random() < 0.5) else "active"
                r = _make_rec(ctx, ags[0], kind, "single_agency", ags)
                r.heading = heading
                recs.append(r)
            blocks.append((heading, recs))
        ctx.variants.add("single_agency_block")
    # numbering
    for i, r in enumerate(over):
        r.printed, r.number = _number(style, i, 7)
    counter = 0
    for _heading, recs in blocks:
        for j, r in enumerate(recs):
            idx = j if restart else counter + len(over)
            r.printed, r.number = _number(style, idx, 7)
            counter += 1
    if restart and blocks:
        ctx.variants.add("numbering_restarts_per_agency")
    ctx.variants.add(f"numbering_{style}")
    return over, [r for _h, rs in blocks for r in rs], blocks


def _actions_for(ctx: _Ctx, rec: RecSpec, base_year: int) -> None:
    rng = ctx.rng
    theme = rec.themes[0]
    texts = ACTION_TEXTS.get(theme, ACTION_TEXTS["other"])
    n = rng.randint(1, min(3, len(texts)))
    topic = rng.choice(TOPICS)
    # lead agency: the rec's first addressee, by name, unless all agencies -> the CSP
    lead_name = rec.lead_names[0] if rec.lead_names else ctx.ag("csp").name
    lead_id = rec.agencies[0] if rec.agencies else "community_safety_partnership"
    if lead_id == "all_agencies":
        lead_name, lead_id = "All agencies", "all_agencies"
    for k in range(n):
        shape = rng.choice(["day", "month", "numeric", "ordinal", "month", "none"])
        if shape == "none":
            target_text, target_iso = rng.choice(["Ongoing", "Complete", "TBC"]), None
        else:
            d = dt.date(base_year + rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28))
            target_text, target_iso = fmt_date(d, shape)  # type: ignore[arg-type]
        rec.actions.append(
            Action(
                text=_norm(texts[k].format(T=topic)) + ".",
                agencies=[lead_id],
                target_date=target_iso,
                lead_text=lead_name,
                target_date_text=target_text,
            )
        )


# ---------------------------------------------------------------------------------------------------------------
# Action plan.


def _ap_preamble(ctx: _Ctx) -> Para:
    names = [ctx.ag(k).name for k in ("police", "icb", "hospital", "mh", "council", "da", "dna")]
    ctx.variants.add("responsible_preamble")
    return Para(
        "The following agencies are responsible for this action plan: "
        + ", ".join(names[:-1])
        + " and "
        + names[-1]
        + ". Progress will be monitored by the "
        + ctx.ag("csp").name
        + "."
    )


def _rec_cell(r: RecSpec) -> str:
    return f"{r.printed} {r.text}" if r.printed else r.text


def _action_plan(ctx: _Ctx, recs: list[RecSpec], style: str) -> list[Block]:
    rng = ctx.rng
    ctx.variants.add(f"table_{style}")
    blocks: list[Block] = [Heading("Action Plan", 1), _ap_preamble(ctx)]
    if style == "prose":
        for r in recs:
            blocks.append(Heading(f"Recommendation {r.number}" if r.number else "Recommendation", 3))
            blocks.append(Para(r.text))
            for i, a in enumerate(r.actions):
                blocks.append(
                    Para(
                        f"Action {i + 1}: {a.text} Lead agency: {a.lead_text}. "
                        f"Target date: {a.target_date_text}."
                    )
                )
        return blocks
    if style == "home_office":
        head = [
            "Recommendation",
            "Scope of recommendation (i.e. local or regional)",
            "Action to take",
            "Lead Agency",
            "Key milestones achieved in enacting recommendation",
            "Target Date",
            "Date of completion and outcome",
        ]
    elif style == "renamed":
        head = ["No.", "Recommendation", "Action", "Lead", "Target date", "Outcome"]
    elif style == "theme_groups":
        head = [
            "Recommendation",
            "Scope",
            "Action to take",
            "Lead Agency",
            "Target Date",
            "Date of completion and outcome",
        ]
    else:  # multi_action_cell
        head = [
            "Recommendation",
            "Scope of recommendation",
            "Action to take",
            "Lead Agency",
            "Target Date",
            "Outcome",
        ]
    rows: list[list[str]] = [head]
    groups: set[int] = set()
    themes = [
        "Theme 1 - Risk identification - local",
        "Theme 2 - Processes - county wide",
        "Theme 3 - Training and awareness - local",
    ]
    for ri, r in enumerate(recs):
        if style == "theme_groups" and ri % 3 == 0:
            groups.add(len(rows))
            rows.append([themes[(ri // 3) % 3]] + [""] * (len(head) - 1))
        scope = _cap(r.level)
        if style == "multi_action_cell" and len(r.actions) > 1:
            acts = "\n".join(f"{i + 1}. {a.text}" for i, a in enumerate(r.actions))
            dates = "\n".join(f"{i + 1}. {a.target_date_text}" for i, a in enumerate(r.actions))
            rows.append([_rec_cell(r), scope, acts, r.actions[0].lead_text or "", dates, ""])
            ctx.variants.add("several_actions_in_one_cell")
            continue
        for i, a in enumerate(r.actions):
            first = i == 0
            if style == "home_office":
                rows.append(
                    [
                        _rec_cell(r) if first else "",
                        scope if first else "",
                        a.text,
                        a.lead_text or "",
                        rng.choice(["", "Briefing drafted", "Training scheduled"]),
                        a.target_date_text or "",
                        "",
                    ]
                )
            elif style == "renamed":
                rows.append(
                    [
                        (r.number or "") if first else "",
                        r.text if first else "",
                        a.text,
                        a.lead_text or "",
                        a.target_date_text or "",
                        "",
                    ]
                )
            else:
                rows.append(
                    [
                        _rec_cell(r) if first else "",
                        scope if first else "",
                        a.text,
                        a.lead_text or "",
                        a.target_date_text or "",
                        "",
                    ]
                )
    if style == "theme_groups":
        ctx.variants.add("theme_group_rows")
    blocks.append(Table(rows, group_rows=groups))
    return blocks
