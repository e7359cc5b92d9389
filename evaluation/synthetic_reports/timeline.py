"""Dates in every shape of DHR-REPORTS.md, the review's timeline events and the chronology of other dates
around them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from dhr.schema import (
    TimelineEvent,
)
from evaluation.synthetic_reports.model import (
    Block,
    Para,
    Table,
    _cap,
    _Ctx,
)
from evaluation.synthetic_reports.vocab import (
    CHRONO_TEMPLATES,
    EVENT_TEMPLATES,
    MONTHS,
)

# ---------------------------------------------------------------------------------------------------------------
# Dates in every shape of DHR-REPORTS.md.

DateShape = Literal[
    "day", "ordinal", "split_ordinal", "numeric", "month", "year", "weekday", "no_year", "time"
]
DAY_SHAPES: tuple[DateShape, ...] = ("day", "ordinal", "split_ordinal", "numeric", "weekday", "time")


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fmt_date(d: dt.date, shape: DateShape) -> tuple[str, str]:
    """Render ``d`` in a shape; return (text, gold ISO at the precision the text gives)."""
    iso = d.isoformat()
    if shape == "day":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}", iso
    if shape == "ordinal":
        return f"{_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}", iso
    if shape == "split_ordinal":
        o = _ordinal(d.day)
        return f"{o[:-2]} {o[-2:]} {MONTHS[d.month - 1]} {d.year}", iso
    if shape == "numeric":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", iso
    if shape == "weekday":
        return f"{d.strftime('%A')} {d.day} {MONTHS[d.month - 1]} {d.year}", iso
    if shape == "time":
        return f"{d.day:02d}/{d.month:02d}/{d.year}", iso
    if shape == "no_year":
        return f"{d.day} {MONTHS[d.month - 1]}", iso
    if shape == "month":
        return f"{MONTHS[d.month - 1]} {d.year}", f"{d.year:04d}-{d.month:02d}"
    return f"{d.year}", f"{d.year:04d}"


# ---------------------------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------------------------
# Timeline and chronology.


def _timeline(
    ctx: _Ctx, death: dt.date, qap_before_report: bool, events: Iterable[str]
) -> dict[str, dt.date]:
    rng = ctx.rng
    d: dict[str, dt.date] = {"death": death}
    d["notification"] = death + dt.timedelta(days=rng.randint(1, 8))
    d["decision_to_review"] = d["notification"] + dt.timedelta(days=rng.randint(10, 40))
    d["home_office_notified"] = d["decision_to_review"] + dt.timedelta(days=rng.randint(1, 10))
    d["first_panel"] = d["decision_to_review"] + dt.timedelta(days=rng.randint(30, 90))
    report = d["first_panel"] + dt.timedelta(days=rng.randint(300, 600))
    if qap_before_report:
        d["sent_to_qap"] = report - dt.timedelta(days=rng.randint(120, 160))
        d["qap_first_heard"] = d["sent_to_qap"] + dt.timedelta(days=rng.randint(40, 70))
        d["qap_signed_off"] = report + dt.timedelta(days=rng.randint(10, 40))
        ctx.variants.add("qap_before_report_date")
    else:
        d["sent_to_qap"] = report + dt.timedelta(days=rng.randint(5, 40))
        d["qap_first_heard"] = d["sent_to_qap"] + dt.timedelta(days=rng.randint(40, 90))
        d["qap_signed_off"] = d["qap_first_heard"] + dt.timedelta(days=rng.randint(20, 100))
    d["report_completed"] = report
    d["publication"] = d["qap_signed_off"] + dt.timedelta(days=rng.randint(30, 150))
    return {k: v for k, v in d.items() if k in set(events)}


def _render_events(
    ctx: _Ctx, dates: dict[str, dt.date], page_hint: str
) -> tuple[list[Para], list[TimelineEvent]]:
    """Sentences for the timeline events, grouped in paragraphs; returns gold events."""
    rng = ctx.rng
    paras: list[Para] = []
    gold: list[TimelineEvent] = []
    order = sorted(dates, key=lambda k: dates[k])
    chunk: list[str] = []
    prev_year: int | None = None
    for key in order:
        d = dates[key]
        tpl = rng.choice(EVENT_TEMPLATES[key])
        if "01:32hrs" in tpl:
            shape: DateShape = "time"
            ctx.variants.add("date_with_time")
        elif key == "report_completed":
            shape = rng.choice(["month", "day", "ordinal"])
        elif prev_year == d.year and chunk and rng.random() < 0.35:
            shape = "no_year"
            ctx.variants.add("date_year_from_context")
        else:
            shape = rng.choice(["day", "ordinal", "split_ordinal", "numeric", "weekday", "month"])
        if "{D}." in tpl and shape == "month" and key != "report_completed":
            shape = "day"
        text_d, iso = fmt_date(d, shape)
        ctx.variants.add(f"date_{shape}")
        if shape == "month":
            tpl = tpl.replace("completed on {D}", "completed in {D}").replace(" on {D}", " in {D}")
        sent = tpl.format(
            S=ctx.subject, P=ctx.perpetrator, D=text_d, CSP=ctx.ag("csp").name, POLICE=ctx.ag("police").name
        )
        sent = _cap(sent)
        chunk.append(sent)
        gold.append(TimelineEvent(event=key, date=iso, text=sent))  # type: ignore[arg-type]
        prev_year = d.year
        if len(chunk) >= rng.randint(2, 3):
            paras.append(Para(" ".join(chunk)))
            chunk = []
            prev_year = None
    if chunk:
        paras.append(Para(" ".join(chunk)))
    return paras, gold


def _chronology(ctx: _Ctx, death: dt.date, n: int, as_table: bool) -> list[Block]:
    rng = ctx.rng
    start = death - dt.timedelta(days=365 * rng.randint(3, 8))
    span = (death - start).days
    days = sorted(rng.sample(range(span), k=min(n, span)))
    subs = {
        "S": ctx.subject,
        "P": ctx.perpetrator,
        "GP": ctx.ag("gp").name,
        "POLICE": ctx.ag("police").name,
        "HOSP": ctx.ag("hospital").name,
        "DA": ctx.ag("da").name,
        "DNA": ctx.ag("dna").name,
        "HOUSING": ctx.ag("housing").name,
    }
    out: list[Block] = []
    rows = [["Date", "Agency", "Event"]]
    for i, off in enumerate(days):
        d = start + dt.timedelta(days=off)
        shape = rng.choice(["day", "ordinal", "numeric", "split_ordinal"])
        t, _ = fmt_date(d, shape)  # type: ignore[arg-type]
        sent = _cap(rng.choice(CHRONO_TEMPLATES).format(D=t, **subs))
        if as_table:
            rows.append([t, rng.choice([subs["POLICE"], subs["GP"], subs["HOSP"], subs["DA"]]), sent])
        else:
            out.append(Para(sent, number=f"{5}.{i + 1}"))
    if as_table:
        out.append(Table(rows))
    y = start.year - rng.randint(1, 5)
    out.append(
        Para(
            f"{ctx.subject} and {ctx.perpetrator} met in {y} and moved in together during "
            f"{y + 1}-{y + 2}. A previous review in the area was published in {y + 2}."
        )
    )
    ctx.variants.add("chronology_distractor_dates")
    ctx.variants.add("date_year")
    return out
