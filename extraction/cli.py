"""CLI commands of the extraction package (registered on import by dhr.cli)."""

from __future__ import annotations
