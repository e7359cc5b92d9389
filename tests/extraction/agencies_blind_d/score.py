"""Score the fourth agencies blind set: extraction (the first set's scorer: agencies P/R/F1 over (recommendation,
agency) pairs and recommendations F1, by form) and classification (each gold recommendation's text, with the
heading, Lead cell, label or lead-in the document printed for it as context, through the shipped classifier:
agencies micro P/R/F1; the third set's scorer).

Run: ``python -m tests.extraction.agencies_blind_d.score [-v]`` (``-v`` prints each wrong recommendation).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from tests.extraction.agencies_blind.score import cli
from tests.extraction.agencies_blind.score import score as _score_folder
from tests.extraction.agencies_blind_c.score import classify_score

HERE = Path(__file__).resolve().parent


def score(verbose: bool = False, folder: Path = HERE) -> dict[str, dict[str, float]]:
    """A set's extraction figures by form and its classification figure (key ``classify``); this set's by
    default (the fifth set's scorer is this one on its own folder)."""
    out = _score_folder(verbose, folder=folder)
    out["classify"] = classify_score(verbose, folder=folder)
    return out


def main(argv: list[str] | None = None, folder: Path = HERE, description: str | None = None) -> int:
    """Print each form's figures for ``folder`` (this set's by default) under ``description`` (``--help``)."""
    return cli(partial(score, folder=folder), description or __doc__.splitlines()[0], argv)


def set_commands(
    folder: Path, doc: str
) -> tuple[Callable[..., dict[str, dict[str, float]]], Callable[..., int]]:
    """The ``score`` and ``main`` of a later agencies set scored as this one is (sets E on): its ``folder`` and
    the first line of its module ``doc`` (the ``--help`` description). Kept here so that those sets carry no
    copy of the wrapper."""
    return partial(score, folder=folder), partial(main, folder=folder, description=doc.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
