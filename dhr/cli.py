"""Entry point of the ``dhr`` command: imports every package's commands, then runs the app."""

from __future__ import annotations

import os
import sys

# Everything runs offline: models come inside packages or are trained here, never from a hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import classification.cli  # noqa: E402,F401  (registers commands)
import dhr.demo  # noqa: E402,F401
import evaluation.cli  # noqa: E402,F401
import extraction.cli  # noqa: E402,F401
import retrieval.analysis_cli  # noqa: E402,F401
import retrieval.cli  # noqa: E402,F401
import service.cli  # noqa: E402,F401
from dhr.cli_app import app  # noqa: E402
from dhr.settings import get_settings  # noqa: E402


def main() -> None:
    """Run the CLI; an unexpected error prints one line (a traceback only with DHR_DEBUG=1)."""
    try:
        app()
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


if __name__ == "__main__":
    main()
