"""Entry point of the ``dhr`` command: imports every package's commands, then runs the app."""

from __future__ import annotations

import os
import sys

# Everything runs offline: models come inside packages or are trained here, never from a hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import analysis.cli  # noqa: E402,F401  (registers commands)
import classification.cli  # noqa: E402,F401
import demo.cli  # noqa: E402,F401
import demo.walkthrough  # noqa: E402,F401
import drafting.cli  # noqa: E402,F401
import evaluation.cli  # noqa: E402,F401
import extraction.cli  # noqa: E402,F401
import retrieval.cli  # noqa: E402,F401
import service.cli  # noqa: E402,F401
import training.cli  # noqa: E402,F401
from dhr.cli_app import app  # noqa: E402
from dhr.settings import get_settings  # noqa: E402


def main() -> None:
    """Run the CLI; an unexpected error prints one line (a traceback only with DHR_DEBUG=1)."""
    try:
        _run()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback reaches a user
        if os.environ.get("DHR_DEBUG") or get_settings().debug:
            raise
        print(f"internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)


def _run() -> None:
    import typer

    try:
        # standalone_mode=False: usage errors come back here and are printed as one line, not a box
        result = typer.main.get_command(app).main(standalone_mode=False)
    except Exception as exc:
        # typer vendors its own click: match its exceptions by shape rather than by class
        name = type(exc).__name__
        if name == "Exit":
            sys.exit(getattr(exc, "exit_code", 0))
        if name == "Abort":
            print("interrupted", file=sys.stderr)
            sys.exit(130)
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):  # bad option, missing argument
            ctx = getattr(exc, "ctx", None)
            hint = f" (see: {ctx.command_path} --help)" if ctx is not None else ""
            print(f"error: {' '.join(exc.format_message().split())}{hint}", file=sys.stderr)
            sys.exit(exc.exit_code)
        raise
    sys.exit(result if isinstance(result, int) else 0)


if __name__ == "__main__":
    main()
