"""CLI of the drafting help: ``dhr similar`` (similar recommendations and a SMART check of a draft). Registered
on import (``dhr/cli.py`` imports this module); the library options and output helpers are those of
``retrieval/cli.py``.
"""

from __future__ import annotations

from typing import Annotated

import typer

from dhr.cli_app import app, fail, handle_errors
from retrieval.cli import (
    FormatOpt,
    LibraryOpt,
    OutputFormat,
    YesOpt,
    _dump,
    _embed_missing_first,
    _open,
    _short,
    _table,
)


@app.command("similar")
@handle_errors
def similar(
    draft: Annotated[str, typer.Argument(help="The draft recommendation.")],
    k: Annotated[int, typer.Option("--k", help="Number of similar recommendations.")] = 5,
    csp: Annotated[str | None, typer.Option(help="Your CSP: its own recommendations are left out.")] = None,
    library: LibraryOpt = None,
    format: FormatOpt = OutputFormat.json,
    yes: YesOpt = False,
) -> None:
    """Similar recommendations from other areas, how they were implemented, and a SMART check of the draft."""
    from drafting.similar import find_similar

    if not draft.strip():
        raise fail("the draft is empty")
    if not 1 <= k <= 200:
        raise fail(f"--k must be between 1 and 200, got {k}")
    lib = _open(library)
    _embed_missing_first(lib, yes=yes)
    result = find_similar(lib, draft, k=k, csp=csp)
    if format is OutputFormat.json:
        print(_dump(result))
        return
    s = result.smart
    print(
        f"SMART {s.score}/4: specific agency={s.specific_agency} measurable={s.measurable} "
        f"time-bound={s.time_bound} addressed to CSP={s.addressed_to_csp}"
    )
    for line in s.advice:
        print(f"  - {line}")
    _table(
        [
            [f"{h.score:.3f}", h.csp or "", _short(h.text, 70), _short(h.implementation, 50)]
            for h in result.similar
        ],
        ["score", "csp", "text", "implementation"],
    )
