"""CLI commands of the evaluation package (registered on import by dhr.cli)."""

from __future__ import annotations
