"""CLI commands of the classification package (registered on import by dhr.cli)."""

from __future__ import annotations
