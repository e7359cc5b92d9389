"""The typer application and its command groups.

Each package registers its commands in its own ``cli.py`` against these objects (``dhr.cli`` imports them
all). Heavy libraries are imported inside commands so that ``--help`` and input errors answer fast.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from dhr.errors import DHRError

F = TypeVar("F", bound=Callable[..., Any])

_common = {"no_args_is_help": True, "pretty_exceptions_enable": False, "add_completion": False}

app = typer.Typer(
    help="Domestic Homicide Review learning service: extract, classify, search, serve.", **_common
)
evaluate_app = typer.Typer(
    help="Evaluate a stage on annotated data; metrics are logged to mlflow.", **_common
)
train_app = typer.Typer(help="Train models and save them to models/.", **_common)
bench_app = typer.Typer(help="Benchmarks that print figures (speed, memory).", **_common)
library_app = typer.Typer(help="The learning library: add, list and delete reviews.", **_common)
audit_app = typer.Typer(help="The service's audit log.", **_common)

app.add_typer(evaluate_app, name="evaluate")
app.add_typer(train_app, name="train")
app.add_typer(bench_app, name="bench")
app.add_typer(library_app, name="library")
app.add_typer(audit_app, name="audit")

#: Exit code for bad input (the documented contract of every command).
EXIT_BAD_INPUT = 2


def fail(message: str, code: int = EXIT_BAD_INPUT) -> typer.Exit:
    """Print a one-line error on stderr and return the Exit to raise."""
    print(f"error: {' '.join(str(message).split())}", file=sys.stderr)
    return typer.Exit(code)


def handle_errors(func: F) -> F:
    """Turn :class:`DHRError` into a one-line message and exit 2: users never see a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DHRError as exc:
            raise fail(str(exc)) from None

    return wrapper  # type: ignore[return-value]
